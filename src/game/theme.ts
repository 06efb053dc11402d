/**
 * The table's look: a dark theme matching the DOM shell, the Okabe–Ito
 * colour-blind-safe palette for UI accents (actors keep the scenario's
 * colours), system sans-serif fonts, and how trust is styled so that its
 * level reads from thickness and dash pattern (and, in focus, a number),
 * never colour alone.
 */

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
  black: 0x000000,
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

export const COLOURS = {
  background: 0x14171d,
  panel: 0x1d2129,
  panelEdge: 0x303644,
  table: 0x262b35,
  tableEdge: 0x3a4150,
  track: 0x5b6476,
  barTrack: 0x2c323e,
  meterFill: OKABE_ITO.skyBlue,
  supportFill: OKABE_ITO.skyBlue,
  seat: OKABE_ITO.yellow,
  settled: OKABE_ITO.bluishGreen,
  toSeat: OKABE_ITO.orange,
  inForce: 0xf2f4f7,
} as const;

/** Text colours as CSS strings (Phaser Text takes CSS colours); all ≥ 4.5:1 on the background. */
export const INK = {
  primary: '#eef0f3',
  secondary: '#b9c0cc',
  dim: '#98a1b0',
  onAccent: '#000000',
  settled: '#5fd3ad',
  warning: '#f5c15c',
} as const;

export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif';

export interface TrustStyle {
  /** Line width in CSS px at scale 1. */
  readonly width: number;
  /** [dash, gap] in CSS px, or null for a solid line. */
  readonly dash: readonly [number, number] | null;
  readonly colour: number;
}

/** Low trust is dotted, middling dashed, high solid; thickness grows with trust. Colour only repeats the cue. */
export function trustStyle(trust: number): TrustStyle {
  const t = Math.max(0, Math.min(100, trust));
  const width = 1 + (t / 100) * 5;
  if (t < 25) return { width, dash: [2, 4], colour: OKABE_ITO.vermillion };
  if (t < 50) return { width, dash: [7, 5], colour: OKABE_ITO.orange };
  return { width, dash: null, colour: OKABE_ITO.bluishGreen };
}

/** Black or white text, whichever reads better on `rgb` (WCAG relative luminance). */
export function inkOn(rgb: number): string {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
  // Contrast against black is (l + 0.05) / 0.05, against white 1.05 / (l + 0.05).
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** '#rrggbb' (validated by the scenario loader) → 0xrrggbb; a neutral grey if malformed. */
export function colourOf(css: string): number {
  return /^#[0-9a-fA-F]{6}$/.test(css) ? Number.parseInt(css.slice(1), 16) : 0x888888;
}
