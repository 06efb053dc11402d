/**
 * Reads a PNG screenshot's pixels in a blank Chromium page (no CSP there, and
 * no PNG decoder needed in Node): how many distinct colours it has and what
 * share of its pixels differ from the most common one (the background).
 */
import type { Browser } from 'playwright-core';

export interface PixelStats {
  readonly width: number;
  readonly height: number;
  readonly colours: number;
  /** Share of pixels unlike the dominant colour, 0–1. */
  readonly drawn: number;
}

export async function pixelStats(browser: Browser, png: Buffer): Promise<PixelStats> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      const data = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = ((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const total = data.length / 4;
      const top = Math.max(...counts.values());
      return { width: bitmap.width, height: bitmap.height, colours: counts.size, drawn: 1 - top / total };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}
