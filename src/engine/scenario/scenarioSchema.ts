/**
 * The shape of a scenario file (format 1), written once in zod. The loader
 * validates with it, and `npm run scenario -- schema` turns it into the JSON
 * Schema that gives editors completion and hover text. Cross-references and
 * expressions are checked later, by compileScenario.
 */
import { z } from 'zod';
import { isCalendarDate } from './isCalendarDate';

/** Names that would collide with Object.prototype if ever used as a key, or with expression keywords. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  // Words of the expression language: an option with such an id could never be named in a condition.
  'and',
  'or',
  'not',
  'true',
  'false',
]);

const ID_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const ID_MESSAGE = 'an id is lower-case letters, digits and _, starting with a letter (at most 40)';
export const RESERVED_ID_MESSAGE = 'this id is reserved (by JavaScript or the expression language)';
const SCENARIO_ID_MESSAGE = 'a scenario id is lower-case letters, digits, _ and -, starting with a letter (at most 40)';
/** A start date of the right form that is no day (2025-02-30): the loader's hint for it says what a day is. */
export const DATE_MESSAGE = 'there is no such day in the calendar (a month has 01 to 12, a day 01 to 28, 29, 30 or 31)';
/** The messages of the checks that make an id: the loader reports these as SCHEMA_ID, other forms as SCHEMA_FORMAT. */
export const ID_MESSAGES: ReadonlySet<string> = new Set([ID_MESSAGE, RESERVED_ID_MESSAGE, SCENARIO_ID_MESSAGE]);

export const Id = z
  .string()
  .regex(ID_PATTERN, ID_MESSAGE)
  .refine((s) => !RESERVED_IDS.has(s), RESERVED_ID_MESSAGE)
  .meta({ description: 'An identifier: lower-case letters, digits and _, starting with a letter.' });

/** The scenario's own id is a file name, so it may also contain '-' (ukraine-2025); it is never a key. */
const ScenarioId = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, SCENARIO_ID_MESSAGE)
  .meta({ description: 'Must equal the file name without .yaml: lower-case letters, digits, _ and -.' });

const Text = (max: number) => z.string().min(1).max(max);
const Expr = z
  .union([z.string().max(20_000), z.number()])
  .meta({ description: 'An expression (see docs/expressions.md); a plain number is one too.' });
const Points = z.number().min(-1000).max(1000);
const Weeks = z.int().min(1).max(200);

const Label = z.enum(['reported', 'context', 'simulated']).meta({
  description:
    'reported: in a source, quoted; context: a well-known public fact not in the source; simulated: a game mechanic.',
});

/** Where an element comes from; `reported` elements must quote their sentence. */
const provenance = {
  label: Label,
  source: Id.optional().meta({ description: 'The id of the source a reported element comes from.' }),
  quote: Text(1000).optional().meta({ description: 'The sentence of the source, verbatim.' }),
  note: Text(1000).optional().meta({ description: 'For context facts: what is known and why it matters.' }),
};

const EffectMap = z.record(z.string().max(200), Expr).meta({
  description: 'target → expression, e.g. `world.war_intensity: 5`. Targets are world.*, support.* or trust.*.*.',
});

export const Effects = z
  .strictObject({
    add: EffectMap.optional().meta({ description: 'Amounts added to values (summed, then clamped once).' }),
    set: EffectMap.optional().meta({ description: 'Values set outright (then clamped).' }),
    open: z.array(Id).optional().meta({ description: 'Levers that open for negotiation.' }),
    break: z.array(Id).optional().meta({ description: 'Levers that return to their status quo and open again.' }),
  })
  .meta({ description: 'What happens: add to or set values, open or break levers.' });

const Range = z.tuple([z.number().min(-1000).max(1000), z.number().min(-1000).max(1000)]);
const PositiveRange = z.tuple([z.number().gt(0).max(1000), z.number().gt(0).max(1000)]);

const Link = z.strictObject({
  options: z
    .record(Id, Id)
    .meta({ description: 'Two levers and the option of each, e.g. {leadership: resigns, nato: pursue}.' }),
  bonus: Points.meta({ description: 'Points added (negative: removed) when both options hold together.' }),
  why: Text(500).optional(),
});

const Profile = z.strictObject({
  weights: z.record(Id, z.number().min(0).max(1)).meta({ description: 'Lever → weight; weights sum to 1.' }),
  values: z.record(Id, z.record(Id, z.number().min(0).max(100))).meta({
    description: 'Lever → option → value 0–100, for every option of every weighted lever.',
  }),
  links: z.array(Link).optional(),
  world: z.record(z.string().max(200), z.number().min(-100).max(100)).optional().meta({
    description: 'Value name → points of utility per unit, e.g. `world.war_intensity: -0.1`.',
  }),
  reservation: Expr.meta({
    description:
      'What this actor expects from no deal: an expression over the world (no lever.*, settled.* or red_line.*).',
  }),
  red_lines: z
    .record(Id, z.array(Id).min(1))
    .optional()
    .meta({ description: 'Lever → options this actor never signs (hidden).' }),
  temperament: PositiveRange.meta({
    description: 'Range of the concession exponent e drawn per game (e < 1 concedes late, e > 1 early).',
  }),
  horizon: Range.meta({ description: 'Range of the time horizon H in turns, drawn per game (at least 2).' }),
  trust_effect: z.number().min(0).max(5).meta({
    description: 'Points of demanded utility lowered per point of trust above 50 in the proposer (raised below 50).',
  }),
  nothing_for_nothing: z.boolean().optional().meta({
    description:
      'The computer signs a package that costs this actor and gives it nothing in return only to repay sides that gave it as much, and assumes the others do the same (default false).',
  }),
});

const Adviser = z.strictObject({ name: Text(120), role: Text(200), ...provenance });

/** One paragraph of a briefing with its own label, so a student can tell the source's facts from the game's. */
const BriefingParagraph = z.strictObject({ text: Text(4000), ...provenance });

const Briefing = z.union([Text(4000), z.array(BriefingParagraph).min(1).max(20)]).meta({
  description:
    '150–300 words, in the actor’s own voice: one text, or a list of paragraphs, each `{ text, label }` with `source`/`quote` or `note` as its label asks.',
});

export const Actor = z.strictObject({
  id: Id,
  name: Text(80),
  plural: z.boolean().optional().meta({
    description:
      'true when the name is grammatically plural ("European allies"): verbs and pronouns agree ("learn", "their"). Default false.',
  }),
  article: z.enum(['the']).optional().meta({
    description:
      'the: the name takes "the" inside a sentence ("the United States", "the European allies"). Default: no article.',
  }),
  leader: Text(120),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb'),
  emblem: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*\.svg$/, 'an emblem is a file name in assets/emblems/, such as ua.svg')
    .optional()
    .meta({ description: 'Its emblem on the table: an SVG file in assets/emblems/ (a flag or a drawn crest).' }),
  playable: z.boolean(),
  action_points: z.int().min(1).max(20),
  support: z.number().min(0).max(100).meta({ description: 'Initial domestic support, 0–100.' }),
  briefing: Briefing,
  summary: Text(1000).optional().meta({
    description:
      'About 50 words (at most 60), in the actor’s own voice: what the role card shows first, the briefing one click away.',
  }),
  advisers: z.array(Adviser).optional(),
  profile: Profile,
  ...provenance,
});

/** An option may carry its own label (an invented option on a reported lever is `simulated`); else it has its lever's. */
const Option = z.strictObject({
  id: Id,
  name: Text(120),
  description: Text(1000).optional(),
  ...provenance,
  label: Label.optional().meta({ description: 'Where this option comes from; without it, its lever’s label.' }),
  leads_to: z.array(Id).min(1).optional().meta({
    description:
      'An interim option: once the lever is signed at it, a later package may still move it to one of these (docs/model.md §3).',
  }),
});

export const Lever = z.strictObject({
  id: Id,
  name: Text(120),
  description: Text(1000).optional(),
  options: z.array(Option).min(2).max(12),
  status_quo: Id,
  signatories: z.array(Id).min(1),
  proposable_by: z.array(Id).optional().meta({ description: 'Actors who may propose this lever without signing it.' }),
  opens: z.enum(['start', 'event']).meta({ description: 'start: open from week 1; event: opened later by an effect.' }),
  ...provenance,
});

const Metric = z.strictObject({
  id: Id,
  name: Text(120),
  description: Text(1000).optional(),
  min: z.number().min(-1e6).max(1e6),
  max: z.number().min(-1e6).max(1e6),
  initial: z.number().min(-1e6).max(1e6),
  ...provenance,
});

const Rule = z.strictObject({
  id: Id,
  description: Text(1000).optional(),
  when: Expr.optional(),
  ...Effects.shape,
});

const MeetingRule = z.strictObject({
  id: Id,
  when: Expr.meta({ description: 'While this holds, the rule applies.' }),
  includes: z.array(Id).min(1).meta({ description: 'A meeting that includes all of these actors …' }),
  others_allowed: z.literal(false).meta({ description: '… may include no one else.' }),
  message: Text(500),
  ...provenance,
});

const Pressure = z.strictObject({
  id: Id,
  actor: Id,
  name: Text(120),
  description: Text(1000).optional(),
  cost: z.int().min(0).max(20).meta({ description: 'Action points.' }),
  cooldown: z.int().min(0).max(50).meta({ description: 'Weeks before it may be used again.' }),
  when: Expr.optional(),
  user_cost: Effects.meta({ description: 'What it costs its user: support, trust or a metric in its own utility.' }),
  effects: Effects,
  ...provenance,
});

const Event = z.strictObject({
  id: Id,
  week: Weeks.optional().meta({ description: 'Scheduled: fires in this week (if `when` holds).' }),
  chance: z.number().min(0).max(1).optional().meta({ description: 'Random: weekly chance while `when` holds.' }),
  when: Expr.optional(),
  repeat: z.boolean().optional().meta({ description: 'May fire more than once (random events only); default false.' }),
  headline: Text(400),
  effects: Effects.optional(),
  ...provenance,
});

const Ending = z.strictObject({
  id: Id,
  title: Text(120),
  kind: z.enum(['terminal', 'classification']),
  priority: z.int().min(0).max(1000).meta({ description: 'Higher wins when several conditions hold.' }),
  when: Expr.optional().meta({ description: 'Omitted only on the default ending.' }),
  default: z
    .boolean()
    .optional()
    .meta({ description: 'The ending when no other holds; exactly one, a classification.' }),
  narrative: Text(3000),
  ...provenance,
});

const Source = z.strictObject({
  id: Id,
  title: Text(300),
  kind: Text(80).optional(),
  published: Text(40).optional(),
  text: Text(50_000)
    .optional()
    .meta({ description: 'The full text; when present, every quote must appear in it verbatim.' }),
});

/** Most games per population a `balance:` block may ask for. */
export const MAX_BALANCE_GAMES = 1_000_000;

const Probe = z
  .string()
  .min(1)
  .max(200)
  .meta({ description: 'A probe spec or probe set, as `npm run balance -- --probes` takes it (docs/balance.md).' });

const BalanceTargets = z
  .strictObject({
    games: z
      .int()
      .min(1)
      .max(MAX_BALANCE_GAMES)
      .optional()
      .meta({ description: 'Games per population (and sweep value); --games overrides it. Default 1000.' }),
    probes: z
      .array(Probe)
      .max(100)
      .optional()
      .meta({ description: 'Populations to play beside the baseline, as --probes takes them (which overrides it).' }),
    roles: z
      .array(Id)
      .min(1)
      .max(100)
      .optional()
      .meta({ description: 'Actors that play the probes (default: every actor); --roles overrides it.' }),
    good_rate: z.record(Id, Range).optional().meta({ description: 'Actor → [lo, hi] share of good outcomes (0–1).' }),
    result_mean: z.record(Id, Range).optional().meta({ description: 'Actor → [lo, hi] mean result in points.' }),
    batna_calibration: z
      .record(Id, Range)
      .optional()
      .meta({ description: 'Actor → [lo, hi] mean result in games with no deal (near 0 when RV is honest).' }),
    ending_rate: z.record(Id, Range).optional().meta({ description: 'Ending → [lo, hi] share of games (0–1).' }),
    agreement_rate: Range.optional().meta({ description: '[lo, hi] share of games with at least one package signed.' }),
    length_mean: Range.optional().meta({ description: '[lo, hi] mean game length in turns.' }),
    void_rate_max: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .meta({ description: 'Most games in which the same-week conflict rule voided a package.' }),
    late_first_agreement_max: z.number().min(0).max(1).optional().meta({
      description: 'Of the games with a package signed, the most whose first was signed in the last 2 turns.',
    }),
    void_share_max: z.number().min(0).max(1).optional().meta({
      description: 'Of the packages every party accepted, the most the same-turn conflict rule voided.',
    }),
    options_never_proposed_max: z.int().min(0).max(10000).optional().meta({
      description: 'Most options proposed neither in the baseline nor by any bot (forced probes do not count).',
    }),
    every_ending_rate_min: z.number().min(0).max(1).optional().meta({
      description: 'Least share of games each ending reaches in the population where it is most frequent.',
    }),
    endings_reached_min: z.int().min(0).max(100).optional(),
    entropy_min: z.number().min(0).max(20).optional().meta({ description: 'Least spread of endings, in bits.' }),
    events_never_fired_max: z.int().min(0).max(1000).optional(),
    no_dominant_actions: z
      .boolean()
      .optional()
      .meta({ description: 'No forbid/force or maximum-pressure probe may beat the default AI.' }),
    probe_good_rate: z.record(Probe, Range).optional().meta({
      description:
        'Probe → [lo, hi] share of good outcomes (0–1) of each probed role playing it, the others at baseline.',
    }),
    probe_gain_max: z.record(Probe, z.number().min(-100).max(100)).optional().meta({
      description:
        'Probe or set → most percentage points each probed role playing it may gain in good outcomes over the baseline.',
    }),
    probe_good_rate_max: z
      .record(Probe, z.number().min(0).max(1))
      .optional()
      .meta({ description: 'Probe or set → highest share of good outcomes (0–1) of each probed role playing it.' }),
    below_expert: z.array(Probe).max(100).optional().meta({
      description: 'Probes or sets whose share of good outcomes must stay below the same role’s under the expert.',
    }),
    good_rate_spread_max: z.number().min(0).max(1).optional().meta({
      description: 'Baseline: the best playable role’s share of good outcomes minus the worst’s, at most.',
    }),
    zone_of_agreement: z
      .strictObject({
        actors: z.array(Id).min(2).max(100),
        levers: z.array(Id).min(1).max(8),
        start_max: z.number().min(0).max(1),
        widened_rate: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]),
      })
      .optional()
      .meta({
        description:
          'Baseline: the share of packages on these levers (the others at their status quo) that every one of these actors values at least at its reservation value — at most start_max at the start, and more than that in some week of a share of games within widened_rate.',
      }),
  })
  .meta({
    description: 'Targets the balance lab checks (npm run balance exits 2 when one is violated); see docs/balance.md.',
  });

export const ScenarioSchema = z
  .strictObject({
    format: z.literal(1).meta({ description: 'Scenario format version.' }),
    id: ScenarioId,
    title: Text(200),
    summary: Text(2000),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language tag such as en or en-GB'),
    turns: z.strictObject({
      count: z.int().min(2).max(52),
      unit: z.enum(['week', 'month', 'day', 'round']),
      start_date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
        .refine(isCalendarDate, DATE_MESSAGE),
    }),
    rv_tolerance: z.number().min(0).max(100).meta({
      description:
        'The loader warns when an actor’s reservation value at the start and its utility of the status quo differ by more.',
    }),
    sources: z.array(Source).min(1),
    params: z.record(Id, z.number().min(-1e6).max(1e6)).optional().meta({
      description: 'Named numbers that expressions read as param.<name>; designers tune and sweep them.',
    }),
    metrics: z.array(Metric).min(1),
    trust: z.strictObject({
      default: z.number().min(0).max(100).meta({ description: 'Initial trust, 0–100, for pairs not listed.' }),
      initial: z
        .record(Id, z.record(Id, z.number().min(0).max(100)))
        .optional()
        .meta({
          description: 'A → B → A’s trust in B.',
        }),
    }),
    actors: z.array(Actor).min(2).max(12),
    levers: z.array(Lever).min(1).max(30),
    dynamics: z.array(Rule).optional().meta({ description: 'Rules applied at the end of every turn.' }),
    meeting_rules: z.array(MeetingRule).optional(),
    actions: z.strictObject({
      propose: z.strictObject({ cost: z.int().min(0).max(20) }),
      counter: z.strictObject({ cost: z.int().min(0).max(20) }),
      meet: z.strictObject({
        cost: z.int().min(0).max(20),
        trust_gain: z.number().min(-100).max(100).meta({ description: 'Trust change between participants.' }),
        // Above 0.8 a narrowed interval could not keep its centre off the true weight (docs/model.md §3.3).
        narrow_to: z
          .number()
          .gt(0)
          .max(0.8)
          .meta({ description: 'Fraction of its width an estimate interval keeps (at most 0.8).' }),
        left_out_trust: z
          .number()
          .min(-100)
          .max(0)
          .meta({ description: 'Trust change of a left-out stakeholder in those who met.' }),
      }),
      statement: z.strictObject({
        cost: z.int().min(0).max(20),
        red_line_support_cost: z
          .number()
          .min(0)
          .max(100)
          .meta({ description: 'Support lost on signing across one’s own red line.' }),
        flexibility_trust: z
          .number()
          .min(0)
          .max(100)
          .meta({ description: 'Trust other signatories gain in a flexible speaker.' }),
        red_line_trust: z
          .number()
          .min(-100)
          .max(0)
          .optional()
          .meta({ description: 'Trust change of other signatories in a speaker declaring a red line (default 0).' }),
      }),
    }),
    pressure: z.array(Pressure).optional(),
    events: z.array(Event).optional(),
    endings: z.array(Ending).min(1),
    balance: BalanceTargets.optional(),
    early_end: z
      .strictObject({ from_week: Weeks, chance: z.number().min(0).max(1) })
      .optional()
      .meta({ description: 'From this turn to the one before the last, a weekly chance that the talks end early.' }),
  })
  .meta({ title: 'Parley scenario', description: 'A Parley negotiation scenario (format 1).' });

export type ScenarioInput = z.infer<typeof ScenarioSchema>;
export type EffectsInput = z.infer<typeof Effects>;
