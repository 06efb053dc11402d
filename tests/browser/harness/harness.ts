/**
 * Browser harness for the Phaser table alone (no DOM shell): loads the
 * Ukraine scenario through the engine's loader, plays a seeded AI-only game
 * week by week, builds each week's TableModel for the Ukraine seat, and lets
 * the test mount tables of given sizes, show any week (with the events that
 * led to it, to animate), resize, skip and destroy them, and read the probe.
 * A table box has the width asked for and the height asked for as its
 * minimum: the table grows taller when its content needs it, as in the app.
 */
import '../../../src/ui/configureZodForCsp';
import scenarioText from '../../../scenarios/ukraine-2025.yaml?raw';
import {
  DEFAULT_POLICY,
  newGame,
  playWeek,
  publicScenario,
  seatLogOf,
  seatPolicies,
  seatViewOf,
  type GameEvent,
} from '../../../src/engine/index';
import { loadScenario } from '../../../src/engine/loader';
import { mountTable } from '../../../src/game/mountTable';
import { probeTable } from '../../../src/game/probeTable';
import type { ProbeLabel } from '../../../src/game/probeTable';
import type { MeterReport } from '../../../src/game/views/MetersView';
import { emblemUrl } from '../../../src/ui/assets';
import type { TableHandle } from '../../../src/game/TableHandle';
import type { TableModel } from '../../../src/store/TableModel';
import { selectTableModel } from '../../../src/store/selectTableModel';
import { shortCodes } from '../../../src/store/shortCodes';
import { A } from '../../ids';

const SEED = 1;
const SEAT = A(0);
const LAST_WEEK = 10;

/** game: as played; stress: crowded on purpose; six: six actors; danger: war intensity 80, one bad week from escalation. */
export type Variant = 'game' | 'stress' | 'six' | 'danger';

export interface MountOptions {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly week: number;
  readonly reducedMotion: boolean;
  readonly variant?: Variant;
}

export interface ShowOptions {
  readonly week: number;
  readonly variant?: Variant;
  /** Pass the events that led to `week`, to animate them. */
  readonly animate: boolean;
}

export interface HarnessApi {
  /** Weeks with a model (the game may end early). */
  readonly weeks: readonly number[];
  mount(options: MountOptions): void;
  /** Shows a week's model, with the events that led to it when `animate`; returns how many events it passed. */
  show(id: string, options: ShowOptions): number;
  settled(id: string): Promise<number>;
  skip(id: string): void;
  resize(id: string, width: number, height: number): void;
  destroy(id: string): void;
  /** Puts an actor in focus on the table (null: none). */
  focus(id: string, actor: number | null): void;
  probe(id: string): {
    labels: ProbeLabel[];
    smallestFontPx: number;
    meters: MeterReport[];
    layout: unknown;
    animating: boolean;
    fps: number;
    frames: number;
    sleeping: boolean;
    renderer: string;
    canvas: { count: number; ariaHidden: string | null; width: number; height: number };
  };
  colours(id: string): Promise<number>;
  /** Slows the table's animations down (e.g. 0.05) so a screenshot can catch one step. */
  setTimeScale(id: string, scale: number): void;
  /** How long the last advance()'s update() call took, in ms (layout and drawing, before any animation). */
  lastUpdateMs(): number;
  summary(): string;
}

declare global {
  interface Window {
    tableHarness?: HarnessApi;
  }
}

const loaded = loadScenario(scenarioText, 'ukraine-2025.yaml');
if (!loaded.ok) throw new Error(`scenario did not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
const scenario = loaded.scenario;

// Week w's model (what the seat sees at the start of week w) and the events that led to it, as the seat saw them.
const models = new Map<number, TableModel>();
const weekEvents = new Map<number, readonly GameEvent[]>();
const dangers = new Map<number, TableModel>();
{
  const seats = Object.fromEntries(publicScenario(scenario).actors.map((a) => [a.id, DEFAULT_POLICY]));
  const made = seatPolicies(scenario, seats, SEED);
  if (!made.ok) throw new Error(`no policy for ${made.unknown}`);
  let game = newGame(scenario, SEED, made.policies);
  const seen = () => ({ view: seatViewOf(scenario, game, SEAT), log: seatLogOf(game, SEAT) });
  // The same view with war intensity at 80: the engine's endingDangers decides that escalation is near.
  const war = publicScenario(scenario).valueIndex.get('world.war_intensity') ?? -1;
  const keep = () => {
    const { view, log } = seen();
    models.set(game.state.week, selectTableModel({ view, log }));
    dangers.set(
      game.state.week,
      selectTableModel({ view: { ...view, values: view.values.map((v, i) => (i === war ? 80 : v)) }, log }),
    );
    return log;
  };
  keep();
  while (!game.state.ended && game.state.week < LAST_WEEK) {
    game = playWeek(scenario, game, made.policies);
    const log = keep();
    weekEvents.set(game.state.week, log.events.slice(log.lastWeekFrom));
  }
}

/** Crowded on purpose: long names, stacked pins on one option, a settled lever, many headlines. */
function stress(model: TableModel): TableModel {
  const proposals = (lever: number, option: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      packageId: `stress-${lever}-${i}`,
      name: `Offer ${i + 1} on lever ${lever + 1}`,
      proposer: i % model.actors.length,
      option,
      direction: i === 0 ? ('to-seat' as const) : i === 1 ? ('from-seat' as const) : ('between-others' as const),
    }));
  return {
    ...model,
    earlyEndChance: 0.15,
    earlyEnd: { fromWeek: model.week, chance: 0.15 },
    levers: model.levers.map((l, i) => ({
      ...l,
      name: i === 0 ? `${l.name} — and a much longer explanation of what exactly is at stake here` : l.name,
      options: i === 1 ? l.options.map((o) => `${o} with a great many qualifications attached`) : l.options,
      status:
        i === 2
          ? ('settled' as const)
          : i === 7
            ? ('closed' as const)
            : l.status === 'closed'
              ? ('open' as const)
              : l.status,
      proposals:
        i === 0
          ? [...proposals(0, 1, 4), ...proposals(0, 0, 1)]
          : i === 1
            ? [...proposals(1, 0, 2), ...proposals(1, 1, 2), ...proposals(1, 2, 3)]
            : l.proposals,
    })),
    news: [
      ...model.news,
      ...model.news,
      {
        headline: 'A very long simulated headline about talks that go on and on without any sign of ending soon',
        label: 'simulated' as const,
      },
    ].slice(0, 5),
  };
}

/** Six actors, to check the ring and trust labels beyond the scenario's four. */
function six(model: TableModel): TableModel {
  const extra = [
    { id: 'turkey', name: 'Türkiye', leader: 'Recep Tayyip Erdoğan', colour: '#CC79A7' },
    { id: 'china', name: "People's Republic of China", leader: 'Xi Jinping', colour: '#56B4E9' },
  ];
  const codes = shortCodes([...model.actors, ...extra].map((a) => a.name));
  const actors = [
    ...model.actors,
    ...extra.map((e, i) => ({
      ...e,
      called: e.name,
      code: codes[model.actors.length + i] ?? '',
      emblem: null,
      index: model.actors.length + i,
      isSeat: false,
      support: 40 + 10 * i,
    })),
  ];
  const n = actors.length;
  const trust = actors.map((a) =>
    Array.from({ length: n }, (_, b) =>
      a.index === b ? 0 : (model.trust[a.index]?.[b] ?? (a.index * 17 + b * 29) % 100),
    ),
  );
  const trustChanges = actors.map((a) => Array.from({ length: n }, (_, b) => model.trustChanges[a.index]?.[b] ?? null));
  return { ...model, actors, trust, trustChanges };
}

let lastUpdateMs = 0;
const tables = new Map<string, { handle: TableHandle; box: HTMLElement }>();
const modelFor = (week: number, variant: Variant): TableModel => {
  const model = models.get(week);
  if (!model) throw new Error(`no model for week ${week}`);
  if (variant === 'danger') return dangers.get(week) ?? model;
  return variant === 'stress' ? stress(model) : variant === 'six' ? six(model) : model;
};
const entry = (id: string) => {
  const t = tables.get(id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};

window.tableHarness = {
  weeks: [...models.keys()],
  mount({ id, width, height, week, reducedMotion, variant = 'game' }) {
    const box = document.createElement('div');
    box.className = 'table-box';
    box.id = id;
    box.style.width = `${width}px`;
    box.style.minHeight = `${height}px`;
    document.getElementById('stage')!.append(box);
    const handle = mountTable(box, { reducedMotion, emblemUrl });
    handle.update(modelFor(week, variant), []);
    tables.set(id, { handle, box });
  },
  show(id, { week, variant = 'game', animate }) {
    const events = animate ? (weekEvents.get(week) ?? []) : [];
    const started = performance.now();
    entry(id).handle.update(modelFor(week, variant), events);
    lastUpdateMs = performance.now() - started;
    return events.length;
  },
  lastUpdateMs: () => lastUpdateMs,
  async settled(id) {
    const started = performance.now();
    await entry(id).handle.settled();
    return performance.now() - started;
  },
  skip: (id) => entry(id).handle.skipAnimations(),
  resize(id, width, height) {
    const { box } = entry(id);
    box.style.width = `${width}px`;
    box.style.minHeight = `${height}px`;
  },
  focus: (id, actor) => probeTable(entry(id).handle)!.focus(actor),
  destroy(id) {
    entry(id).handle.destroy();
  },
  probe(id) {
    const { handle, box } = entry(id);
    const probe = probeTable(handle)!;
    const canvases = box.querySelectorAll('canvas');
    const canvas = canvases[0];
    return {
      labels: probe.labels(),
      smallestFontPx: probe.smallestFontPx(),
      meters: probe.meters(),
      layout: probe.layout(),
      animating: probe.animating(),
      fps: probe.fps(),
      frames: probe.frames(),
      sleeping: probe.sleeping(),
      renderer: probe.renderer,
      canvas: {
        count: canvases.length,
        ariaHidden: canvas?.getAttribute('aria-hidden') ?? null,
        width: canvas?.clientWidth ?? 0,
        height: canvas?.clientHeight ?? 0,
      },
    };
  },
  colours: (id) => probeTable(entry(id).handle)!.distinctColours(),
  setTimeScale: (id, scale) => probeTable(entry(id).handle)!.setTimeScale(scale),
  summary: () =>
    [...weekEvents].map(([w, evs]) => `w${w}: ${[...new Set(evs.map((e) => e.type))].join(',')}`).join('\n'),
};
document.body.dataset['ready'] = 'true';
