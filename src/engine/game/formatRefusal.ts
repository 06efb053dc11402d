/**
 * The plain-language message of a refusal, written from its code and facts
 * (Refusal.ts): the one place refusals become English. Names come from the
 * public scenario, so a seat's view can explain its own choices.
 */
import { at } from '../util/at';
import { joinNames } from '../text/joinNames';
import { theName } from '../text/theName';
import { conditionText } from './conditionText';
import type { PublicScenario } from './PublicScenario';
import type { Refusal, RefusalCode, RefusalFacts } from './Refusal';

const NOTHING: Readonly<Record<string, string>> = {
  accept: 'No package is waiting for your answer.',
  reject: 'No package is waiting for your answer.',
  counter: 'No package is waiting for your answer.',
  red_line: 'You sign no lever, so you have nothing to make a statement on.',
  flexibility: 'You sign no lever, so you have nothing to make a statement on.',
  pressure: 'Your side has no pressure to apply in this scenario.',
};

/**
 * A refusal with its facts. The message is written when first read: the
 * rules refuse far more candidate orders (every AI seat's menu, every week)
 * than anyone ever reads about. A class, whose getter lives on the prototype:
 * an object literal with spread facts and its own getter costs about twenty
 * times as much to make, and a game makes some 180 of them.
 */
class LazyRefusal {
  readonly #scenario: PublicScenario;
  readonly #facts: RefusalFacts;
  #message: string | undefined;
  readonly code: RefusalCode;

  constructor(scenario: PublicScenario, code: RefusalCode, facts: RefusalFacts) {
    this.#scenario = scenario;
    this.#facts = facts;
    this.code = code;
    Object.assign(this, facts);
  }

  get message(): string {
    this.#message ??= formatRefusal(this.#scenario, this.code, this.#facts);
    return this.#message;
  }

  /** As data, message included (a getter is not an own property). */
  toJSON(): Refusal {
    return { code: this.code, ...this.#facts, message: this.message };
  }
}

export function refusal(scenario: PublicScenario, code: RefusalCode, facts: RefusalFacts = {}): Refusal {
  return new LazyRefusal(scenario, code, facts);
}

export function formatRefusal(scenario: PublicScenario, code: RefusalCode, facts: RefusalFacts): string {
  const unit = scenario.turns.unit;
  const actor = (i = facts.actor ?? -1) => at(scenario.actors, i, 'actor').name;
  const lever = () => at(scenario.levers, facts.lever ?? -1, 'lever');
  const option = () => at(lever().options, facts.option ?? -1, 'option').name;
  const pressure = () => at(scenario.pressures, facts.pressure ?? -1, 'pressure');
  switch (code) {
    case 'MALFORMED_ACTION':
      return `This order cannot be read (its ${facts.part ?? 'form'} is not valid).`;
    case 'GAME_OVER':
      return 'The game has ended.';
    case 'NOT_YOUR_SEAT':
      return 'You can only give orders for your own actor.';
    case 'NOT_ENOUGH_POINTS':
      return `This costs ${facts.cost} action point${facts.cost === 1 ? '' : 's'}; you have ${facts.left} left this ${unit}.`;
    case 'LAST_WEEK':
      return `No packages in the last ${unit}: nobody could answer them.`;
    case 'EMPTY_PACKAGE':
      return 'A package needs at least one clause.';
    case 'DUPLICATE_LEVER':
      return `The package sets ${lever().name} twice.`;
    case 'LEVER_CLOSED':
      return `${lever().name} is not on the table yet.`;
    case 'LEVER_SETTLED': {
      const signed = at(lever().options, facts.option ?? -1, 'option');
      if (signed.leadsTo.length === 0) return `${lever().name} is already settled (${signed.name}).`;
      // Signed at an interim option: a deal may still move it on, but no statement is made on a signed lever.
      return facts.kind
        ? `${lever().name} is signed at “${signed.name}”: no statement on it is possible now.`
        : `${lever().name} is signed at “${signed.name}”; a deal may now only make it ${signed.leadsTo.map((o) => `“${at(lever().options, o, 'option').name}”`).join(' or ')}.`;
    }
    case 'STATUS_QUO_CLAUSE':
      return `“${option()}” is already the status quo of ${lever().name}; a clause must change something.`;
    case 'NOT_A_PROPOSER':
      return `Only ${joinNames(lever().proposers.map((p) => theName(at(scenario.actors, p, 'actor'))))} may propose ${lever().name}.`;
    case 'LEVER_IN_PLAY':
      return `You already have an offer out on ${lever().name}: one per lever until it is answered.`;
    case 'BAD_COPY':
      return 'You cannot copy yourself in.';
    case 'NO_SUCH_PACKAGE':
      return `That offer is not waiting for your answer this ${unit}.`;
    case 'OWN_PACKAGE':
      return 'You signed your own package when you made it.';
    case 'NOT_A_PARTY':
      return 'You do not sign any lever in that offer, so it is not yours to answer.';
    case 'ALREADY_ANSWERED':
      return `You have already answered that offer this ${unit}: remove that answer from your orders to change it.`;
    case 'EMPTY_MEETING':
      return 'Invite at least one other actor.';
    case 'BAD_MEETING':
      return 'Invite each other actor once, and not yourself.';
    case 'MEETING_RESTRICTED':
      return at(scenario.meetingRules, facts.rule ?? -1, 'meeting rule').message;
    case 'NOT_A_SIGNATORY':
      return `Only those who sign ${lever().name} can make a statement on it.`;
    case 'EMPTY_RED_LINE':
      return 'Name at least one option you will never sign.';
    case 'RED_LINE_STATUS_QUO':
      return 'The status quo needs no signature; a red line names options a deal could set.';
    case 'RED_LINE_ALL':
      return `That would rule out every change to ${lever().name}; leave at least one option open.`;
    case 'NOT_YOUR_PRESSURE':
      return `${pressure().name} belongs to ${actor(pressure().actor)}.`;
    case 'ALREADY_ORDERED':
      return `${pressure().name} is already in your orders this ${unit}.`;
    case 'COOLDOWN':
      return `${pressure().name} is available again in ${unit} ${facts.readyWeek}.`;
    case 'CONDITION_FAILS': {
      const when = pressure().when;
      const only = when && conditionText(scenario, when.source);
      return only ? `${pressure().name} is possible only while ${only}.` : `${pressure().name} is not possible now.`;
    }
    case 'NO_CLAUSE':
      return `No lever is open for you to put in a package this ${unit}; each lever says why.`;
    case 'NOTHING_TO_DO':
      return NOTHING[facts.kind ?? ''] ?? `There is nothing of that kind to do this ${unit}.`;
  }
}
