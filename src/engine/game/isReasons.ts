/**
 * Whether untrusted data (an order from a saved game or a network message)
 * is Reasons data (Reasons.ts) whose every index names something in this
 * scenario: the log and every view read reasons, so a malformed one must be
 * refused by the rules, never crash them later.
 */
import type { PublicScenario } from './PublicScenario';

type Data = Readonly<Record<string, unknown>>;

const isObject = (x: unknown): x is Data => x !== null && typeof x === 'object' && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isIndex = (x: unknown, length: number): x is number =>
  Number.isInteger(x) && (x as number) >= 0 && (x as number) < length;

// Module-level helpers, not closures over the scenario: every order of every seat, every week, is checked here.
const isLever = (scenario: PublicScenario, l: unknown) => isIndex(l, scenario.levers.length);
const isOption = (scenario: PublicScenario, l: unknown, o: unknown) =>
  isLever(scenario, l) && isIndex(o, scenario.levers[l as number]?.options.length ?? 0);
const isGains = (scenario: PublicScenario, g: unknown) => {
  if (!Array.isArray(g) || g.length > scenario.actors.length) return false;
  // As Array.prototype.every: holes are skipped.
  for (let i = 0; i < g.length; i++) {
    const e: unknown = g[i];
    if (i in g && !(isObject(e) && isIndex(e.actor, scenario.actors.length) && isNumber(e.gain))) return false;
  }
  return true;
};
const VERDICTS: readonly unknown[] = ['acceptable', 'close', 'far'];

function isPublicReason(scenario: PublicScenario, pub: unknown): boolean {
  if (!isObject(pub)) return false;
  switch (pub.kind) {
    case 'answer':
      return (
        VERDICTS.includes(pub.verdict) &&
        (pub.sticking === undefined || isLever(scenario, pub.sticking)) &&
        typeof pub.countered === 'boolean'
      );
    case 'red_line_crossed':
      return (pub.lever === undefined || isLever(scenario, pub.lever)) && typeof pub.countered === 'boolean';
    case 'overtaken':
      return isLever(scenario, pub.lever) && typeof pub.countered === 'boolean';
    case 'nothing_in_return':
      return typeof pub.countered === 'boolean';
    case 'proposal':
      return typeof pub.acceptable === 'boolean';
    case 'learn':
      return isIndex(pub.about, scenario.actors.length);
    default:
      return pub.kind === 'commitment' || pub.kind === 'pressure';
  }
}

export function isReasons(scenario: PublicScenario, x: unknown): boolean {
  if (!isObject(x)) return false;
  if (!isPublicReason(scenario, x.public)) return false;

  const p = x.private;
  if (p === null) return true;
  if (!isObject(p)) return false;
  switch (p.kind) {
    case 'answer': {
      const a = p.assessment;
      const assessed =
        isObject(a) &&
        (a.kind === 'red_line'
          ? isOption(scenario, a.lever, a.option)
          : a.kind === 'overtaken'
            ? isLever(scenario, a.lever)
            : a.kind === 'gift'
              ? isNumber(a.worth) && isNumber(a.cost) && isNumber(a.owed)
              : a.kind === 'value' &&
                isNumber(a.worth) &&
                isNumber(a.target) &&
                isNumber(a.reservation) &&
                isNumber(a.t) &&
                isNumber(a.temperament) &&
                isNumber(a.trust) &&
                (a.costliest === null ||
                  (isObject(a.costliest) && isLever(scenario, a.costliest.lever) && isNumber(a.costliest.loss))));
      const then = p.then;
      const followed =
        then === null ||
        (isObject(then) &&
          (then.kind === 'no_counter' ||
            (then.kind === 'counter' && isNumber(then.own) && isGains(scenario, then.gains))));
      return assessed && followed;
    }
    case 'proposal':
      return isNumber(p.own) && isNumber(p.target) && isGains(scenario, p.gains) && typeof p.acceptable === 'boolean';
    case 'red_lines': {
      const options = p.options;
      if (!isLever(scenario, p.lever) || !Array.isArray(options) || options.length > 64) return false;
      for (let i = 0; i < options.length; i++)
        if (i in options && !isOption(scenario, p.lever, options[i])) return false;
      return true;
    }
    case 'meet':
      return isIndex(p.other, scenario.actors.length) && isNumber(p.width);
    case 'pressure':
      return isNumber(p.stalled) && isNumber(p.t) && isNumber(p.from) && isNumber(p.cost);
    default:
      return false;
  }
}
