/**
 * The default negotiator (docs/model.md §6, "The negotiator"): a
 * policy like the others, deciding from its seat's view, legal actions and
 * the events it saw. Each week, within its action points:
 *  1. answers every package: accept when it is worth the concession target
 *     (adjusted for trust in the proposer, never below RV, never across a red
 *     line, never a package overtaken by a signature, never one that only
 *     costs it unless it owes those it helps as much); otherwise counter with
 *     the best package it estimates the others would accept and that is
 *     worth at least its target and the package it rejects — or reject,
 *     saying none exists;
 *  2. proposes the best package it estimates acceptable, or, when none is,
 *     its opening position;
 *  3. declares its red lines once (a public commitment);
 *  4. meets the counterpart it knows least, while its estimates are wide;
 *  5. uses pressure once its offers stall past the persona's time.
 * Every action carries its reasons.
 */
import type { Action } from '../game/Action';
import type { Clause } from '../game/GameState';
import type { LegalActions } from '../game/legalActions';
import type { PublicScenario } from '../game/PublicScenario';
import type { SeatView } from '../game/viewFor';
import { repays, type Gain, type PrivateReason, type Reasons } from '../game/Reasons';
import { utilityOf } from '../model/utilityOf';
import { leversWith } from '../game/leversWith';
import { ownReservation, viewEnvOf } from '../policies/ownValue';
import type { Policy, PolicyFactory } from '../policies/Policy';
import { packageSpace, type Found, type SearchRequest } from './bestPackage';
import { concessionTarget, timeOf, trustAdjusted } from './concession';
import { explainAnswer } from './explainAnswer';
import { costliestOpenLever } from '../model/costliestOpenLever';
import {
  copyOpponentData,
  emptyOpponentData,
  isOpponentData,
  OpponentModel,
  seen,
  type OpponentData,
} from './OpponentModel';
import { pressureProjector } from './projectPressure';
import { isLedger, openLedger, owedTo, recordSignatures, returnsSomething, type Ledger } from './Ledger';
import type { Persona } from './Persona';
import { at } from '../util/at';
import { sorted } from '../util/sorted';
import { stillTo } from '../game/isLocked';
import { overtakenClause } from '../game/overtakenClause';
import { optionIndex, optionIndices, type ActorIndex, type LeverIndex, type OptionIndex } from '../game/ids';

export interface Stance {
  readonly t: number;
  readonly temperament: number;
  readonly reservation: number;
  readonly max: number;
  readonly target: number;
  readonly current: number;
  /**
   * The least gain, by its opponent model, it assumes every other party needs to sign; below 0, a loss it assumes
   * they would accept (docs/model.md §6).
   */
  readonly demand: number;
}

/** Where the seat stands this week: its time, reservation value, best possible and concession target. */
export function stanceOf(scenario: PublicScenario, view: SeatView, persona: Persona): Stance {
  const t = timeOf(view.week, view.horizon);
  const temperament = view.temperament * persona.temperamentScale;
  const reservation = ownReservation(scenario, view);
  // The option in force per lever, as the week's seats share it.
  const current = utilityOf(view.profile, viewEnvOf(scenario, view).levers, view.values);
  let max = current;
  // Index loops rather than map() and forEach() with closures: every seat asks this every week.
  for (let l = 0; l < view.levers.length; l++) {
    const now = at(view.levers, l);
    if (!now.open) continue;
    const weighted = at(view.profile.weighted, l);
    // A signed lever can still gain only what its option leads to (docs/model.md §3). The best of them by a
    // loop, not Math.max over a spread copy: every seat asks this every week.
    let best = Number.NEGATIVE_INFINITY;
    if (now.settled) {
      const to = stillTo(at(scenario.levers, l), now);
      for (let i = 0; i < to.length; i++) best = Math.max(best, at(weighted, at(to, i)));
    } else for (let o = 0; o < weighted.length; o++) best = Math.max(best, at(weighted, o));
    if (best !== Number.NEGATIVE_INFINITY) max += Math.max(0, best - at(weighted, now.option));
  }
  const target = concessionTarget(reservation, max, t, temperament);
  return { t, temperament, reservation, max, current, target, demand: persona.demandShare * (target - current) };
}

/** What the negotiator remembers between weeks: plain data, saved with the game. */
export interface NegotiatorMemory {
  readonly model: OpponentData;
  /** Its own packages that expired unsigned since its last deal. */
  readonly stalled: number;
  /** The week it last applied pressure, or −1. */
  readonly pressedWeek: number;
  /** Its costliest open lever when it last decided (what a meeting that week revealed of it), or null. */
  readonly costliest: LeverIndex | -1 | null;
  /** What it owes each other actor for what they gave it (Ledger.ts), kept by a seat that gives nothing for nothing. */
  readonly ledger?: Ledger;
}

export function negotiatorPolicy(persona: Persona): PolicyFactory {
  return ({ scenario, actor }): Policy<NegotiatorMemory> => ({
    id: persona.id,
    start: () => ({ model: emptyOpponentData(scenario), stalled: 0, pressedWeek: -1, costliest: null }),
    isMemory: (data): data is NegotiatorMemory => {
      if (data === null || typeof data !== 'object') return false;
      const m = data as Record<string, unknown>;
      return (
        isOpponentData(scenario, m.model) &&
        Number.isInteger(m.stalled) &&
        Number.isInteger(m.pressedWeek) &&
        (m.costliest === null || Number.isInteger(m.costliest)) &&
        (m.ledger === undefined || isLedger(scenario, m.ledger))
      );
    },
    decide(view, legal, memory) {
      // Learn from what happened since its last orders, as it was then.
      const model = new OpponentModel(scenario, actor, copyOpponentData(memory.model));
      model.observe(view.recent, memory.costliest);
      // Its accounts, kept only by a seat that gives nothing for nothing (docs/model.md §6).
      const ledger = !view.profile.nothingForNothing
        ? null
        : memory.ledger
          ? recordSignatures(memory.ledger, view.profile.weighted, actor, scenario, view.recent)
          : openLedger(view);
      let { stalled, pressedWeek } = memory;
      // Index loops, not for-of, through this function and its helpers: each iterator adds a try block to every
      // compile of it, and every seat decides every week (−1.1% instructions over 300 lab games).
      for (let i = 0; i < view.recent.length; i++) {
        const e = at(view.recent, i);
        // An own package counts as stalled when the others turned its terms down, not when a signature overtook it
        // (the model keeps only the packages that were not overtaken when delivered).
        if (
          e.type === 'package_expired' &&
          e.proposer === actor &&
          seen(memory.model.packages, e.package) !== undefined
        )
          stalled++;
        if (e.type === 'package_signed' && e.package.parties.includes(actor)) stalled = 0;
      }
      const orders: Action[] = [];
      let points = legal.points;
      const stance = stanceOf(scenario, view, persona);
      const { demand } = stance;
      const trustEffect = view.profile.trustEffect * persona.trustScale;
      const lastWeek = view.week >= scenario.turns.count;
      // The levers this week's orders hold, as a bit mask (the package search's form).
      let used = 0;
      // Enumerated on the first question only: many weeks need no search at all.
      let space: ReturnType<typeof packageSpace> | undefined;
      // The request written out, not spread from a partial one: V8 copies a spread of varying shapes slowly.
      const search = (minOwn: number, acceptableOnly: boolean, mustInclude?: number) => {
        space ??= packageSpace(scenario, view, legal, model, persona.maxClauses, ledger);
        const request: SearchRequest = { demand, acceptableOnly, minOwn, excludeLevers: used, mustInclude };
        return space.best(request);
      };

      const toAnswer = sorted(legal.toAnswer, byId);
      for (let i = 0; i < toAnswer.length; i++) {
        const pkg = at(toAnswer, i);
        const trust = at(view.values, scenario.trustIndex(actor, pkg.proposer));
        const target = trustAdjusted(stance.target, stance.reservation, trust, trustEffect);
        const worth = utilityOf(view.profile, leversWith(view.levers, pkg.clauses), view.values);
        const redLine = redLineClause(view, pkg.clauses);
        const overtaken = overtakenClause(scenario.levers, view.levers, pkg.clauses);
        const costliest = costliestClause(view, pkg.clauses);
        // Nothing for nothing (docs/model.md §6): a package worth its target that leaves the seat worse off and
        // holds no clause it values above the option in force is signed only to repay those it helps.
        const gift =
          ledger !== null &&
          worth >= target &&
          worth < stance.current &&
          !returnsSomething(view.profile.weighted, view.levers, pkg.clauses)
            ? { cost: stance.current - worth, owed: owedTo(ledger, helped(model, view, pkg.parties, pkg.clauses)) }
            : null;
        const reasons = explainAnswer({
          worth,
          target,
          reservation: stance.reservation,
          t: stance.t,
          temperament: stance.temperament,
          trust,
          costliest,
          redLine,
          overtaken,
          gift,
          receiverKnowsCostliest: costliest !== null && model.hasRevealed(pkg.proposer, costliest.clause.lever),
        });
        if (!overtaken && !redLine && worth >= target && (gift === null || repays(gift))) {
          orders.push({ type: 'accept', actor, package: pkg.id, reasons });
          continue;
        }
        const counter =
          !lastWeek && points >= scenario.actions.counter.cost
            ? search(Math.max(target, worth), true, pkg.proposer)
            : null;
        if (counter) {
          points -= scenario.actions.counter.cost;
          for (const c of counter.clauses) used |= 1 << c.lever;
          orders.push({
            type: 'counter',
            actor,
            to: pkg.id,
            clauses: counter.clauses,
            reasons: counterReasons(view, reasons, counter),
          });
        } else {
          orders.push({
            type: 'reject',
            actor,
            package: pkg.id,
            reasons: { ...reasons, private: followedBy(reasons.private, { kind: 'no_counter' }) },
          });
        }
      }

      if (!lastWeek && points >= scenario.actions.propose.cost) {
        const offer = search(stance.target, true) ?? search(stance.target, false);
        const acceptable = offer !== null && offer.acceptable;
        if (offer && (acceptable || !view.awaiting.length)) {
          points -= scenario.actions.propose.cost;
          for (const c of offer.clauses) used |= 1 << c.lever;
          orders.push({
            type: 'propose',
            actor,
            clauses: offer.clauses,
            reasons: {
              public: { kind: 'proposal', acceptable },
              private: {
                kind: 'proposal',
                own: offer.own,
                target: stance.target,
                gains: gainsOf(view, offer),
                acceptable,
              },
            },
          });
        }
      }

      const redLine = points >= scenario.actions.statement.cost ? undeclaredRedLine(view, legal) : null;
      if (redLine) {
        points -= scenario.actions.statement.cost;
        orders.push({
          type: 'red_line',
          actor,
          lever: redLine.lever,
          options: redLine.options,
          reasons: {
            public: { kind: 'commitment' },
            private: { kind: 'red_lines', lever: redLine.lever, options: redLine.options },
          },
        });
      }

      const partner = points >= scenario.actions.meet.cost ? leastKnownPartner(scenario, view, legal, persona) : null;
      if (partner) {
        points -= scenario.actions.meet.cost;
        orders.push({
          type: 'meet',
          actor,
          with: [partner.actor],
          reasons: {
            public: { kind: 'learn', about: partner.actor },
            private: { kind: 'meet', other: partner.actor, width: partner.width },
          },
        });
      }

      if (stance.t >= persona.pressureFrom && stalled >= 2 && pressedWeek < view.week - 1) {
        const choice = choosePressure(scenario, view, legal, persona, points);
        if (choice) {
          pressedWeek = view.week;
          orders.push({
            type: 'pressure',
            actor,
            pressure: choice.pressure,
            reasons: {
              public: { kind: 'pressure' },
              private: {
                kind: 'pressure',
                stalled,
                t: stance.t,
                from: persona.pressureFrom,
                // 0 − x, not −x: a saved game's JSON cannot hold −0, and its replay must equal the original.
                cost: 0 - choice.ownChange,
              },
            },
          });
        }
      }
      space?.release();
      const costliest = costliestOpenLever(view.profile, view.levers);
      // Two literals, not a spread of an optional part: every seat remembers every week.
      const next: NegotiatorMemory = ledger
        ? { model: model.data, stalled, pressedWeek, costliest, ledger }
        : { model: model.data, stalled, pressedWeek, costliest };
      return { orders, memory: next };
    },
  });
}

/** The cheapest pressure for the seat that hastens no terminal ending, within the persona's tolerance. */
function choosePressure(
  scenario: PublicScenario,
  view: SeatView,
  legal: LegalActions,
  persona: Persona,
  points: number,
): { pressure: number; ownChange: number } | null {
  let best: { pressure: number; ownChange: number } | null = null;
  const project = pressureProjector(scenario, view);
  for (const pressure of legal.pressures) {
    if (at(scenario.pressures, pressure).cost > points) continue;
    const projection = project(pressure);
    // The look-ahead last, and only for a pressure that would otherwise be chosen.
    if (projection.ownChange < -persona.pressureCost || (best && projection.ownChange <= best.ownChange)) continue;
    if (!projection.hastens()) best = { pressure, ownChange: projection.ownChange };
  }
  return best;
}

/** The other parties of a package the seat estimates it would leave better off. */
function helped(model: OpponentModel, view: SeatView, parties: readonly ActorIndex[], clauses: readonly Clause[]) {
  const list: ActorIndex[] = [];
  for (let i = 0; i < parties.length; i++) {
    const j = at(parties, i);
    if (j !== view.actor && model.gainOf(view, j, clauses) > 0) list.push(j);
  }
  return list;
}

/** Packages in order of id, as the seat answers them. */
function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : 1;
}

/** The first clause of a package that crosses one of the seat's red lines, hidden or declared, if any. */
function redLineClause(view: SeatView, clauses: readonly Clause[]): Clause | null {
  // A loop, not find() with a closure: every seat checks every package it answers.
  for (let i = 0; i < clauses.length; i++) {
    const c = at(clauses, i);
    if (at(view.profile.redLines, c.lever)[c.option] || at(at(view.redLines, view.actor), c.lever).includes(c.option))
      return c;
  }
  return null;
}

/** The clause that costs the seat most against the option in force, if any costs it. */
function costliestClause(view: SeatView, clauses: readonly Clause[]): { clause: Clause; loss: number } | null {
  let worst: { clause: Clause; loss: number } | null = null;
  for (let i = 0; i < clauses.length; i++) {
    const c = at(clauses, i);
    const weighted = at(view.profile.weighted, c.lever);
    const loss = at(weighted, at(view.levers, c.lever).option) - at(weighted, c.option);
    if (loss > 0 && (!worst || loss > worst.loss)) worst = { clause: c, loss };
  }
  return worst;
}

/** A refusal's reasons, followed by the counter-offer it makes. */
function counterReasons(view: SeatView, rejected: Reasons, counter: Found): Reasons {
  const publicPart =
    rejected.public.kind === 'answer' ||
    rejected.public.kind === 'red_line_crossed' ||
    rejected.public.kind === 'nothing_in_return' ||
    rejected.public.kind === 'overtaken'
      ? { ...rejected.public, countered: true }
      : rejected.public;
  return {
    public: publicPart,
    private: followedBy(rejected.private, { kind: 'counter', own: counter.own, gains: gainsOf(view, counter) }),
  };
}

/** An answer's private reasons, with what the seat did after refusing. */
function followedBy(
  reason: PrivateReason | null,
  then: Extract<PrivateReason, { kind: 'answer' }>['then'],
): PrivateReason | null {
  return reason?.kind === 'answer' ? { ...reason, then } : reason;
}

/** Every other party's estimated gain from a package the seat found. */
function gainsOf(view: SeatView, found: Found): Gain[] {
  // A loop, not flatMap(), which V8 makes slowly: every proposal and counter of every seat gives these.
  const gains: Gain[] = [];
  for (let i = 0; i < found.parties.length; i++) {
    const actor = at(found.parties, i);
    if (actor !== view.actor) gains.push({ actor, gain: at(found.gains, i) });
  }
  return gains;
}

/** A lever the seat signs where it has hidden red lines it has not declared yet. */
function undeclaredRedLine(view: SeatView, legal: LegalActions): { lever: LeverIndex; options: OptionIndex[] } | null {
  for (let i = 0; i < legal.statementLevers.length; i++) {
    const lever = at(legal.statementLevers, i);
    const red = at(view.profile.redLines, lever);
    // Most levers hold none of the seat's red lines: passed over before anything is made for them (−1.2%
    // instructions a lab game).
    if (!red.includes(true)) continue;
    const declared = at(at(view.redLines, view.actor), lever);
    const now = at(view.levers, lever).option;
    const isHidden = (o: OptionIndex) => at(red, o) && !declared.includes(o) && o !== now;
    // Counted before any list is made: every seat asks every week, and most levers have none to declare.
    const options = at(view.scenario.levers, lever).options.length;
    let count = 0;
    for (let o = 0; o < options; o++) if (isHidden(optionIndex(o))) count++;
    if (count > 0 && count < red.length - 1)
      return { lever, options: optionIndices(at(view.scenario.levers, lever)).filter(isHidden) };
  }
  return null;
}

/** The counterpart sharing an open lever whose weights the seat knows least, while still wide. */
function leastKnownPartner(
  scenario: PublicScenario,
  view: SeatView,
  legal: LegalActions,
  persona: Persona,
): { actor: ActorIndex; width: number } | null {
  let best: { actor: ActorIndex; width: number } | null = null;
  const mine = at(sharedLevers(scenario), view.actor);
  // Index loops rather than some() and reduce() with closures, or iterators: every seat asks this every week.
  for (let i = 0; i < legal.meetable.length; i++) {
    const other = at(legal.meetable, i);
    const levers = at(mine, other);
    let shares = false;
    for (let x = 0; x < levers.length && !shares; x++) {
      const now = at(view.levers, at(levers, x));
      shares = now.open && !now.settled;
    }
    if (!shares) continue;
    const intervals = at(view.estimates, other);
    let total = 0;
    for (let l = 0; l < intervals.length; l++) {
      const interval = at(intervals, l);
      total += interval[1] - interval[0];
    }
    const width = total / intervals.length;
    if (width > persona.meetWhileWider && (!best || width > best.width)) best = { actor: other, width };
  }
  return best;
}

/** shared[a][b]: the levers actors a and b both sign. */
const sharedMade = new WeakMap<PublicScenario, readonly (readonly (readonly LeverIndex[])[])[]>();

/**
 * The levers each pair of actors both sign, made once per scenario: every seat looks every week for the counterparts
 * it shares an open lever with, and most levers have neither as a signatory.
 */
function sharedLevers(scenario: PublicScenario): readonly (readonly (readonly LeverIndex[])[])[] {
  let shared = sharedMade.get(scenario);
  if (shared) return shared;
  const { actors, levers } = scenario;
  shared = actors.map((a) =>
    actors.map((b) =>
      levers.filter((l) => l.signatories.includes(a.index) && l.signatories.includes(b.index)).map((l) => l.index),
    ),
  );
  sharedMade.set(scenario, shared);
  return shared;
}
