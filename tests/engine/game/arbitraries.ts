/**
 * fast-check arbitraries for orders, honest and hostile: mostly well-formed
 * actions with indices a little out of range now and then, package ids that
 * often name real packages, plus malformed objects (wrong types, NaN, missing
 * fields, unknown types) and arbitrary values. Everything here must be either
 * applied or refused with a code, never thrown on.
 */
import fc from 'fast-check';
import { ACTION_TYPES, type Action } from '../../../src/engine/game/Action';
import type { Package } from '../../../src/engine/game/GameState';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';

/** An index, usually in [0, length), sometimes just outside or not an integer at all. */
function indexArb(length: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 30, arbitrary: fc.integer({ min: 0, max: Math.max(0, length - 1) }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(-1, length, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '0', null, undefined),
    },
  );
}

/** Ids as resolveWeek makes them (w<week>-<actor>-<k>), mostly of last week's packages (the ones that can be answered), plus nonsense. */
function packageIdArb(scenario: CompiledScenario, week: number): fc.Arbitrary<unknown> {
  const id = (w: fc.Arbitrary<number>) =>
    fc
      .tuple(w, fc.constantFrom(...scenario.actors.map((a) => a.id)), fc.integer({ min: 1, max: 2 }))
      .map(([w, a, k]) => `w${w}-${a}-${k}`);
  return fc.oneof(
    { weight: 8, arbitrary: id(fc.constant(week - 1)) },
    { weight: 2, arbitrary: id(fc.integer({ min: 1, max: scenario.turns.count })) },
    { weight: 1, arbitrary: fc.constantFrom('', 'w0-x-0', 7, null) },
  );
}

/** Clauses, mostly changing a lever from its status quo. */
function clausesArb(scenario: CompiledScenario): fc.Arbitrary<unknown> {
  const clause = fc.integer({ min: 0, max: scenario.levers.length - 1 }).chain((lever) => {
    const def = scenario.levers[lever]!;
    const changes = def.options.map((_, o) => o).filter((o) => o !== def.statusQuo);
    return fc.record({
      lever: fc.oneof(
        { weight: 20, arbitrary: fc.constant<unknown>(lever) },
        { weight: 1, arbitrary: indexArb(scenario.levers.length) },
      ),
      option: fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom<unknown>(...changes) },
        { weight: 1, arbitrary: indexArb(def.options.length) },
      ),
    });
  });
  return fc.oneof(
    { weight: 30, arbitrary: fc.array(clause, { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([], 'port', null, [null], [[0, 1]], { lever: 0, option: 1 }) },
  );
}

/** An actor who may propose the first clause's lever, usually. */
function proposerArb(scenario: CompiledScenario, clauses: unknown): fc.Arbitrary<unknown> {
  const first = Array.isArray(clauses) ? (clauses[0] as { lever?: unknown } | undefined)?.lever : undefined;
  const def = typeof first === 'number' ? scenario.levers[first] : undefined;
  const any = indexArb(scenario.actors.length);
  return def
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom<unknown>(...def.proposers) }, { weight: 1, arbitrary: any })
    : any;
}

/** Reasons as the AI writes them (Reasons.ts): public and private facts with indices in range. */
function reasonsDataArb(scenario: CompiledScenario): fc.Arbitrary<unknown> {
  const lever = fc.integer({ min: 0, max: scenario.levers.length - 1 });
  const actor = fc.integer({ min: 0, max: scenario.actors.length - 1 });
  const number = fc.double({ min: -100, max: 100, noNaN: true });
  const gains = fc.array(fc.record({ actor, gain: number }), { maxLength: 3 });
  const publicArb = fc.oneof(
    fc.record(
      {
        kind: fc.constant('answer'),
        verdict: fc.constantFrom('acceptable', 'close', 'far'),
        sticking: lever,
        countered: fc.boolean(),
      },
      { requiredKeys: ['kind', 'verdict', 'countered'] },
    ),
    fc.record(
      { kind: fc.constant('red_line_crossed'), lever, countered: fc.boolean() },
      { requiredKeys: ['kind', 'countered'] },
    ),
    fc.record({ kind: fc.constant('overtaken'), lever, countered: fc.boolean() }),
    fc.record({ kind: fc.constant('proposal'), acceptable: fc.boolean() }),
    fc.constant({ kind: 'commitment' }),
    fc.record({ kind: fc.constant('learn'), about: actor }),
    fc.constant({ kind: 'pressure' }),
  );
  const privateArb = fc.oneof(
    fc.constant(null),
    fc.record({
      kind: fc.constant('proposal'),
      own: number,
      target: number,
      gains,
      acceptable: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('answer'),
      assessment: fc.oneof(
        fc.record({ kind: fc.constant('red_line'), lever, option: fc.constant(0) }),
        fc.record({ kind: fc.constant('overtaken'), lever }),
        fc.record({
          kind: fc.constant('value'),
          worth: number,
          target: number,
          reservation: number,
          t: number,
          temperament: number,
          trust: number,
          costliest: fc.option(fc.record({ lever, loss: number })),
        }),
      ),
      then: fc.oneof(
        fc.constant(null),
        fc.constant({ kind: 'no_counter' }),
        fc.record({ kind: fc.constant('counter'), own: number, gains }),
      ),
    }),
    fc.record({ kind: fc.constant('meet'), other: actor, width: number }),
    fc.record({ kind: fc.constant('pressure'), stalled: fc.nat(5), t: number, from: number, cost: number }),
  );
  return fc.record({ public: publicArb, private: privateArb });
}

/** What a hostile caller may send as reasons: anything at all. */
const hostileReasonsArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    {},
    [],
    { public: 'text', private: 'text' },
    { public: null, private: null },
    { public: { kind: 'x' } },
  ),
  fc.anything({ maxDepth: 2 }),
);

export interface OrderOptions {
  /** Also send reasons that are not Reasons data (a hostile caller). */
  readonly hostileReasons?: boolean;
}

/** One order: usually well-formed, sometimes subtly or grossly malformed. */
export function actionArb(scenario: CompiledScenario, week: number, options: OrderOptions = {}): fc.Arbitrary<Action> {
  const reasonsArb = fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: reasonsDataArb(scenario) },
    ...(options.hostileReasons ? [{ weight: 1, arbitrary: hostileReasonsArb }] : []),
  );
  const actor = indexArb(scenario.actors.length);
  const actors = fc.array(indexArb(scenario.actors.length), { maxLength: 3 });
  const lever = indexArb(scenario.levers.length);
  const withReasons = <T extends Record<string, unknown>>(arb: fc.Arbitrary<T>) =>
    fc.tuple(arb, reasonsArb).map(([a, reasons]) => (reasons === undefined ? a : { ...a, reasons }));
  const w = (weight: number, arbitrary: fc.Arbitrary<unknown>) => ({ weight, arbitrary });
  const wellFormed = fc.oneof(
    w(
      3,
      withReasons(
        clausesArb(scenario).chain((clauses) =>
          fc.record({
            type: fc.constant('propose'),
            actor: proposerArb(scenario, clauses),
            clauses: fc.constant(clauses),
          }),
        ),
      ),
    ),
    w(
      1,
      withReasons(
        clausesArb(scenario).chain((clauses) =>
          fc.record({
            type: fc.constant('propose'),
            actor: proposerArb(scenario, clauses),
            clauses: fc.constant(clauses),
            copied: actors,
          }),
        ),
      ),
    ),
    w(
      1,
      withReasons(
        clausesArb(scenario).chain((clauses) =>
          fc.record({
            type: fc.constant('counter'),
            actor: proposerArb(scenario, clauses),
            to: packageIdArb(scenario, week),
            clauses: fc.constant(clauses),
          }),
        ),
      ),
    ),
    w(
      4,
      withReasons(
        fc.record({
          type: fc.constantFrom('accept', 'accept', 'reject'),
          actor,
          package: packageIdArb(scenario, week),
        }),
      ),
    ),
    w(1, withReasons(fc.record({ type: fc.constant('meet'), actor, with: actors }))),
    w(
      1,
      withReasons(
        fc.record({ type: fc.constant('red_line'), actor, lever, options: fc.array(indexArb(3), { maxLength: 3 }) }),
      ),
    ),
    w(1, withReasons(fc.record({ type: fc.constant('flexibility'), actor, lever }))),
    w(
      1,
      withReasons(
        scenario.pressures.length === 0
          ? fc.record({ type: fc.constant('pressure'), actor, pressure: indexArb(0) })
          : fc.integer({ min: 0, max: scenario.pressures.length - 1 }).chain((p) =>
              fc.record({
                type: fc.constant('pressure'),
                actor: fc.oneof(w(3, fc.constant(scenario.pressures[p]!.actor)), w(1, actor)),
                pressure: fc.constant(p),
              }),
            ),
      ),
    ),
  );
  const malformed = fc.oneof(
    // Fields missing or of the wrong type.
    fc.record(
      {
        type: fc.constantFrom<string>(...ACTION_TYPES, 'surrender', '', 'constructor', '__proto__'),
        actor,
      },
      { requiredKeys: [] },
    ),
    fc.record({
      type: fc.constantFrom('propose', 'meet', 'pressure'),
      actor: fc.anything({ maxDepth: 1 }),
      clauses: fc.anything({ maxDepth: 2 }),
      with: fc.anything({ maxDepth: 1 }),
      pressure: fc.anything({ maxDepth: 0 }),
    }),
    fc.anything({ maxDepth: 2 }),
  );
  return fc.oneof(
    { weight: 9, arbitrary: wellFormed },
    { weight: 1, arbitrary: malformed },
  ) as fc.Arbitrary<unknown> as fc.Arbitrary<Action>;
}

/**
 * A game's worth of weekly orders: week w's answers mostly name week w − 1's
 * packages. On weeks marked `acceptAll`, the player also accepts every
 * package in the inbox for every party, so that packages do get signed
 * (and sometimes conflict).
 */
export function gameArb(
  scenario: CompiledScenario,
  maxOrders = 10,
  options: OrderOptions = {},
): fc.Arbitrary<{ seed: number; weeks: Action[][]; acceptAll: boolean[] }> {
  const weeks = fc
    .integer({ min: 1, max: scenario.turns.count })
    .chain((n) =>
      fc.tuple(
        ...Array.from({ length: n }, (_, i) => fc.array(actionArb(scenario, i + 1, options), { maxLength: maxOrders })),
      ),
    );
  return fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    weeks,
    acceptAll: fc.array(fc.boolean(), { maxLength: scenario.turns.count }),
  });
}

/** Accepts of every package in the inbox by every party but its proposer. */
export function acceptEverything(inbox: readonly Package[]): Action[] {
  return inbox.flatMap((p) =>
    p.parties.filter((a) => a !== p.proposer).map((actor): Action => ({ type: 'accept', actor, package: p.id })),
  );
}
