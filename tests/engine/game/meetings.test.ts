/**
 * Meetings and statements (docs/model.md §3): what participants learn (narrower
 * estimates that still contain the truth but are never centred on it, and
 * each other's costliest open lever), how trust moves for those who met and
 * for stakeholders left out, and what a statement reveals. Told on
 * tests/fixtures/three.yaml (narrow_to 0.5; meeting +5 trust; left out −4).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAction } from '../../../src/engine/game/checkAction';
import { createGame } from '../../../src/engine/game/createGame';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import type { Interval } from '../../../src/engine/game/GameState';
import { narrowInterval } from '../../../src/engine/game/narrowInterval';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';
import { fixture, ordersFor, Table, ukraine } from './kit';

const scenario = fixture('three');
const on = ordersFor(scenario);
const pub = publicScenarioOf(scenario);
const SEED = 1;
const [ALPHA, BETA, GAMMA] = [on.actor('alpha'), on.actor('beta'), on.actor('gamma')];

function expectNarrowed(interval: Interval, truth: number, width: number): void {
  expect(interval[1] - interval[0]).toBeCloseTo(width, 12);
  expect(interval[0]).toBeLessThanOrEqual(truth);
  expect(interval[1]).toBeGreaterThanOrEqual(truth);
  // Never centred on the truth: at least a tenth of the width away.
  expect(Math.abs((interval[0] + interval[1]) / 2 - truth)).toBeGreaterThanOrEqual(0.1 * width - 1e-12);
}

describe('a meeting', () => {
  it('narrows both sides’ estimates, reveals costliest levers, builds trust and costs left-out stakeholders', () => {
    const t = new Table(scenario, SEED);
    t.week(on.meet('alpha', 'beta'));
    expect(t.lastLog()).toMatchInlineSnapshot(`
      "Alpha meets Beta.
      Alpha now thinks The port matters most to Beta, then The canal (a fair guess); of the levers open now, Beta has most at stake in Fishing quota.
      Beta now thinks The canal matters most to Alpha, then The port (a fair guess); of the levers open now, Alpha has most at stake in The port.
      Alpha's trust in Beta rose from 50 to 55: Alpha's meeting with Beta.
      Beta's trust in Alpha rose from 50 to 55: Alpha's meeting with Beta.
      Gamma's trust in Alpha fell from 50 to 46: Alpha's meeting with Beta, without Gamma.
      Gamma's trust in Beta fell from 50 to 46: Alpha's meeting with Beta, without Gamma.
      Week 2 of 5"
    `);
    // Each participant's interval on each of the other's weights keeps half its width and still holds the truth.
    for (const [observer, target] of [
      [ALPHA, BETA],
      [BETA, ALPHA],
    ] as const) {
      scenario.actors[target]!.profile.weights.forEach((w, lever) =>
        expectNarrowed(t.state.estimates[observer]![target]![lever]!, w, 0.5),
      );
      // Nobody learnt anything about gamma.
      expect(t.state.estimates[observer]![GAMMA]).toEqual(scenario.levers.map(() => [0, 1]));
    }
    // beta's costliest open lever: fish, 0.4 × (100 − 0) = 40 beats port 0.4 × 60 = 24 and canal 0.2 × 100 = 20.
    expect(t.state.costliest[ALPHA]![BETA]).toBe(on.lever('fish'));
    // alpha's: port, 0.6 × 100 = 60 beats canal 0.4 × 100 = 40.
    expect(t.state.costliest[BETA]![ALPHA]).toBe(on.lever('port'));
    expect(t.state.costliest[GAMMA]).toEqual([-1, -1, -1]);
    const trust = (a: string, b: string) => t.state.values[on.value(`trust.${a}.${b}`)];
    expect([trust('alpha', 'beta'), trust('beta', 'alpha')]).toEqual([55, 55]);
    // gamma signs the fishing quota with beta, so it has a stake and was left out.
    expect([trust('gamma', 'alpha'), trust('gamma', 'beta')]).toEqual([46, 46]);
    expect([trust('alpha', 'gamma'), trust('beta', 'gamma')]).toEqual([50, 50]);
  });

  it('narrows again at every new meeting, never onto the truth', () => {
    const t = new Table(scenario, SEED);
    let width = 1;
    for (let week = 1; week <= 4; week++) {
      t.week(on.meet('beta', 'gamma'));
      width *= 0.5;
      scenario.actors[GAMMA]!.profile.weights.forEach((w, lever) =>
        expectNarrowed(t.state.estimates[BETA]![GAMMA]![lever]!, w, width),
      );
    }
  });

  it('held twice in one week by the same pair narrows twice, and a summit narrows every pair', () => {
    const t = new Table(scenario, SEED);
    t.week(on.meet('alpha', 'beta'), on.meet('beta', 'alpha'), on.meet('gamma', 'alpha', 'beta'));
    expect(t.lastLog().split('\n')).toMatchInlineSnapshot(`
      [
        "Alpha meets Beta.",
        "Beta meets Alpha.",
        "Gamma calls a summit with Alpha and Beta.",
        "Alpha now thinks The port matters most to Beta, then Fishing quota (a close guess); of the levers open now, Beta has most at stake in Fishing quota.",
        "Alpha now thinks Fishing quota matters most to Gamma, then The port (a fair guess); of the levers open now, Gamma has most at stake in Fishing quota.",
        "Beta now thinks The port matters most to Alpha, then The canal (a close guess); of the levers open now, Alpha has most at stake in The port.",
        "Beta now thinks Fishing quota matters most to Gamma, then The port (a fair guess); of the levers open now, Gamma has most at stake in Fishing quota.",
        "Gamma now thinks The canal matters most to Alpha, then The port (a fair guess); of the levers open now, Alpha has most at stake in The port.",
        "Gamma now thinks The port matters most to Beta, then The canal (a fair guess); of the levers open now, Beta has most at stake in Fishing quota.",
        "Alpha's trust in Beta rose from 50 to 65: Alpha's meeting with Beta (+5); Beta's meeting with Alpha (+5); Gamma's summit with Alpha and Beta (+5).",
        "Alpha's trust in Gamma rose from 50 to 55: Gamma's summit with Alpha and Beta.",
        "Beta's trust in Alpha rose from 50 to 65: Alpha's meeting with Beta (+5); Beta's meeting with Alpha (+5); Gamma's summit with Alpha and Beta (+5).",
        "Beta's trust in Gamma rose from 50 to 55: Gamma's summit with Alpha and Beta.",
        "Gamma's trust in Alpha fell from 50 to 47: Alpha's meeting with Beta, without Gamma (−4); Beta's meeting with Alpha, without Gamma (−4); Gamma's summit with Alpha and Beta (+5).",
        "Gamma's trust in Beta fell from 50 to 47: Alpha's meeting with Beta, without Gamma (−4); Beta's meeting with Alpha, without Gamma (−4); Gamma's summit with Alpha and Beta (+5).",
        "Week 2 of 5",
      ]
    `);
    scenario.actors[BETA]!.profile.weights.forEach((w, lever) =>
      expectNarrowed(t.state.estimates[ALPHA]![BETA]![lever]!, w, 0.125),
    );
    scenario.actors[GAMMA]!.profile.weights.forEach((w, lever) =>
      expectNarrowed(t.state.estimates[ALPHA]![GAMMA]![lever]!, w, 0.5),
    );
  });

  it('invites each other actor once and never oneself', () => {
    const { state } = createGame(scenario, SEED);
    expect(checkAction(pub, state, [], on.meet('alpha'))?.code).toBe('EMPTY_MEETING');
    expect(checkAction(pub, state, [], on.meet('alpha', 'alpha'))?.code).toBe('BAD_MEETING');
    expect(checkAction(pub, state, [], on.meet('alpha', 'beta', 'beta'))?.code).toBe('BAD_MEETING');
  });
});

describe('a meeting rule', () => {
  it('in ukraine-2025: while the talks are U.S.–Russia only, a meeting of both has no one else (MEETING_RESTRICTED)', () => {
    const ua = ukraine();
    const u = ordersFor(ua);
    const uaPub = publicScenarioOf(ua);
    const { state } = createGame(ua, SEED);
    const restricted = checkAction(uaPub, state, [], u.meet('usa', 'russia', 'ukraine'));
    const rule = ua.meetingRules.findIndex(
      (r) => r.includes.length === 2 && r.includes.includes(u.actor('usa')) && r.includes.includes(u.actor('russia')),
    );
    expect(rule).toBeGreaterThanOrEqual(0);
    expect(restricted).toMatchObject({ code: 'MEETING_RESTRICTED', rule });
    // The refusal says what the scenario's rule says.
    expect(restricted?.message).toBe(ua.meetingRules[rule]!.message);
    expect(checkAction(uaPub, state, [], u.meet('usa', 'russia'))).toBeNull();
    expect(checkAction(uaPub, state, [], u.meet('europe', 'russia', 'ukraine'))).toBeNull();
    // Once the seat at the table is settled as inclusive, the summit may go ahead.
    const seat = u.lever('seat');
    const inclusive = {
      ...state,
      levers: state.levers.map((l, i) =>
        i === seat ? { option: u.option('seat', 'inclusive'), settled: true, open: true } : l,
      ),
    };
    expect(checkAction(uaPub, inclusive, [], u.meet('usa', 'russia', 'ukraine'))).toBeNull();
  });
});

describe('narrowInterval', () => {
  it('keeps the fraction of the width, inside the old interval, around the truth, off-centre, for any draw', () => {
    for (const [old, truth] of [
      [[0, 1], 0.5],
      [[0, 1], 0],
      [[0, 1], 1],
      [[0.2, 0.6], 0.3],
      [[0.25, 0.75], 0.5],
    ] as const) {
      for (let k = 0; k < 100; k++) {
        const u = k / 100;
        const next = narrowInterval(old, truth, 0.6, u);
        expectNarrowed(next, truth, (old[1] - old[0]) * 0.6);
        expect(next[0]).toBeGreaterThanOrEqual(old[0]);
        expect(next[1]).toBeLessThanOrEqual(old[1]);
      }
    }
  });
});

describe('a statement', () => {
  it('of a red line is public and permanent, and tells everyone how much the lever matters to the speaker', () => {
    const t = new Table(scenario, SEED);
    t.week(on.redLine('beta', 'port', 'leased'));
    expect(t.lastLog()).toMatchInlineSnapshot(`
      "Beta declares a red line on The port: never “Leased”.
      Alpha learns from Beta's statement that The port matters to Beta, but not yet how much.
      Gamma learns from Beta's statement that The port matters to Beta, but not yet how much.
      Week 2 of 5"
    `);
    expect(t.state.redLines[BETA]![on.lever('port')]).toEqual([on.option('port', 'leased')]);
    expect(t.state.importance[ALPHA]![BETA]).toEqual([on.lever('port')]);
    expect(t.state.importance[GAMMA]![BETA]).toEqual([on.lever('port')]);
    expectNarrowed(t.state.estimates[GAMMA]![BETA]![on.lever('port')]!, 0.4, 0.5);
    // Other levers' estimates are untouched.
    expect(t.state.estimates[GAMMA]![BETA]![on.lever('fish')]).toEqual([0, 1]);
  });

  it('of a red line lowers the other signatories’ trust in the speaker by red_line_trust, when the scenario sets it', () => {
    const file = 'tests/fixtures/three.yaml';
    const text = readFileSync(file, 'utf8').replace(
      'flexibility_trust: 3 }',
      'flexibility_trust: 3, red_line_trust: -6 }',
    );
    expect(text).toContain('red_line_trust: -6');
    const loaded = loadScenario(text, file);
    if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
    const hardening = loaded.scenario;
    const t = new Table(hardening, SEED);
    const said = ordersFor(hardening);
    t.week(said.redLine('beta', 'port', 'leased'));
    expect(t.lastLog()).toMatchInlineSnapshot(`
      "Beta declares a red line on The port: never “Leased”.
      Alpha learns from Beta's statement that The port matters to Beta, but not yet how much.
      Gamma learns from Beta's statement that The port matters to Beta, but not yet how much.
      Alpha's trust in Beta fell from 50 to 44: Beta declared a red line on The port.
      Week 2 of 5"
    `);
    // Only the lever's other signatories: alpha signs the port with beta, gamma does not.
    expect(t.state.values[said.value('trust.alpha.beta')]).toBe(44);
    expect(t.state.values[said.value('trust.gamma.beta')]).toBe(50);
  });

  it('of a red line is what a rule may read: `red_line.<actor>.<lever>.<option>` holds from the week it is declared', () => {
    const file = 'tests/fixtures/three.yaml';
    const text = readFileSync(file, 'utf8').replace(
      'dynamics:\n',
      `dynamics:
  - id: defiance
    description: Beta's vow that the port will never be leased alarms the coast.
    when: "red_line.beta.port.leased"
    add: { world.tension: 7 }
`,
    );
    expect(text).toContain('red_line.beta.port.leased');
    const loaded = loadScenario(text, file);
    if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
    const vowed = loaded.scenario;
    const said = ordersFor(vowed);
    const tension = said.value('world.tension');
    const quiet = new Table(vowed, SEED);
    quiet.week();
    expect(quiet.state.values[tension]).toBe(40);
    const t = new Table(vowed, SEED);
    t.week(said.redLine('beta', 'port', 'leased'));
    expect(t.lastLog()).toContain(
      "Tension rose from 40 to 47. Beta's vow that the port will never be leased alarms the coast.",
    );
    t.week();
    expect(t.state.values[tension]).toBe(54);
    // Another actor's red line on the same option is not beta's.
    const other = new Table(vowed, SEED);
    other.week(said.redLine('alpha', 'port', 'leased'));
    expect(other.state.values[tension]).toBe(40);
  });

  it('of flexibility raises the other signatories’ trust in the speaker', () => {
    const t = new Table(scenario, SEED);
    t.week(on.flexibility('beta', 'fish'));
    expect(t.lastLog()).toMatchInlineSnapshot(`
      "Beta signals flexibility on Fishing quota.
      Alpha learns from Beta's statement that Fishing quota matters to Beta, but not yet how much.
      Gamma learns from Beta's statement that Fishing quota matters to Beta, but not yet how much.
      Gamma's trust in Beta rose from 50 to 53: Beta signalled flexibility on Fishing quota.
      Week 2 of 5"
    `);
    expect(t.state.values[on.value('trust.gamma.beta')]).toBe(53);
    expect(t.state.values[on.value('trust.alpha.beta')]).toBe(50);
    // Everyone else learns how much the lever matters to the speaker.
    for (const observer of [ALPHA, GAMMA])
      expectNarrowed(t.state.estimates[observer]![BETA]![on.lever('fish')]!, 0.4, 0.5);
  });

  it('is refused from a non-signatory, on the status quo, or when it would rule out every change', () => {
    const { state } = createGame(scenario, SEED);
    const code = (a: ReturnType<typeof on.redLine>) => checkAction(pub, state, [], a)?.code;
    expect(code(on.redLine('gamma', 'port', 'leased'))).toBe('NOT_A_SIGNATORY');
    expect(code(on.redLine('beta', 'fish', 'mid'))).toBe('RED_LINE_STATUS_QUO');
    expect(code(on.redLine('beta', 'fish', 'low', 'high'))).toBe('RED_LINE_ALL');
    expect(code(on.redLine('beta', 'fish'))).toBe('EMPTY_RED_LINE');
  });

  it('of red lines that together, in one week’s orders, would rule out every change is refused (RED_LINE_ALL)', () => {
    const t = new Table(scenario, SEED);
    t.week(on.redLine('beta', 'fish', 'low'), on.redLine('beta', 'fish', 'high'));
    expect(t.refusedCodes()).toEqual(['RED_LINE_ALL']);
    expect(t.state.redLines[BETA]![on.lever('fish')]).toEqual([on.option('fish', 'low')]);
    // Nor a week later, on top of the declared one.
    expect(checkAction(pub, t.state, [], on.redLine('beta', 'fish', 'high'))?.code).toBe('RED_LINE_ALL');
  });
});
