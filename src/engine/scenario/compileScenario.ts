/**
 * A shape-valid scenario → the compiled form, resolving every name to an
 * index and checking what a schema cannot: references, sums, ranges that
 * depend on each other, expressions, provenance and the package space.
 * Each problem is reported once, where it starts; a name that fails to
 * resolve is not reported again by everything that uses it.
 */
import { compileExpression, didYouMean } from '../expr';
import type { ExprScope } from '../expr';
import { actorIndex, leverIndex, optionIndex, type ActorIndex, type LeverIndex, type OptionIndex } from '../game/ids';
import { diagnostic, type Diagnostic } from './Diagnostic';
import type { PathSegment, SourceMap } from './parseScenarioYaml';
import type { Report } from './Report';
import { quoteMismatch } from './quoteMismatch';
import type { EffectsInput, ScenarioInput } from './scenarioSchema';
import { buildExprScope } from './buildExprScope';
import { checkSharedIds } from './checkSharedIds';
import { checkStart } from './checkStart';
import { checkHiddenRedLineRules } from './checkHiddenRedLineRules';
import { hundredths } from './hundredths';
import { at } from '../util/at';
import { agree, capitalise, firstSentences, possessive, subject, theName, wordsOf } from '../text';
import type {
  BriefingParagraph,
  CompiledActor,
  CompiledEffects,
  CompiledEnding,
  CompiledEvent,
  CompiledExpr,
  CompiledLever,
  CompiledOption,
  CompiledLink,
  CompiledMeetingRule,
  CompiledPressure,
  CompiledRule,
  CompiledScenario,
  Provenance,
  ValueDef,
} from './CompiledScenario';

export const MAX_PACKAGE_SPACE = 1_000_000;
export const BRIEFING_WORDS = { min: 150, max: 300 } as const;
/** A role card's summary: about 50 words, at most 60; without one, the briefing's first sentences up to 50. */
export const SUMMARY_WORDS = { aim: 50, max: 60 } as const;

export interface CompileOptions {
  readonly file: string;
  readonly sourceMap: SourceMap;
  /** Overrides of the scenario's params (for sweeps). */
  readonly params?: Readonly<Record<string, number>>;
  /** The files in assets/emblems/, when the caller can list them (the lint does): an actor's emblem must be one. */
  readonly emblems?: ReadonlySet<string>;
}

export type CompileResult =
  | { readonly ok: true; readonly scenario: CompiledScenario; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** One formatter for every number written as an expression (toLocaleString with options makes a new one each call). */
const PLAIN_DECIMAL = new Intl.NumberFormat('en', { useGrouping: false, maximumFractionDigits: 20 });

export function compileScenario(input: ScenarioInput, options: CompileOptions): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const { file, sourceMap } = options;
  const report: Report = (code, path, message, hint, atKey = false) => {
    diagnostics.push(diagnostic(file, sourceMap.position(path, atKey), code, message, hint));
  };

  checkFileName(input, file, report);
  for (const [list, name] of [
    [input.actors, 'actors'],
    [input.levers, 'levers'],
    [input.metrics, 'metrics'],
    [input.sources, 'sources'],
    [input.events ?? [], 'events'],
    [input.pressure ?? [], 'pressure'],
    [input.endings, 'endings'],
    [input.dynamics ?? [], 'dynamics'],
    [input.meeting_rules ?? [], 'meeting_rules'],
  ] as const)
    checkUniqueIds(list, [name], report);
  input.levers.forEach((lever, l) => checkUniqueIds(lever.options, ['levers', l, 'options'], report));
  checkSharedIds(input, report, (path, atKey) => sourceMap.position(path, atKey));

  // The validated boundary: a reference that resolves names an actor, lever or option of this scenario.
  const actorIds = indexById(input.actors);
  const leverIds = indexById(input.levers);
  const refActor = (id: string, path: readonly PathSegment[]): ActorIndex | undefined =>
    brand(resolveRef(id, actorIds, 'REF_ACTOR', 'actor', path, report), actorIndex);
  const refLever = (id: string, path: readonly PathSegment[], atKey = false): LeverIndex | undefined =>
    brand(resolveRef(id, leverIds, 'REF_LEVER', 'lever', path, report, atKey), leverIndex);
  const refOption = (
    lever: number,
    id: string,
    path: readonly PathSegment[],
    atKey = false,
  ): OptionIndex | undefined => {
    const l = input.levers[lever]!;
    const found = resolveRef(
      id,
      indexById(l.options),
      'REF_OPTION',
      `option of lever \`${l.id}\``,
      path,
      report,
      atKey,
    );
    return brand(found, optionIndex);
  };

  // --- values: world metrics, then each actor's support, then directed trust.
  const n = input.actors.length;
  const values: ValueDef[] = [];
  input.metrics.forEach((m, i) => {
    if (m.min >= m.max)
      report(
        'RANGE_ORDER',
        ['metrics', i, 'max'],
        `Metric \`${m.id}\` has max ${m.max} not above min ${m.min}.`,
        'Make max larger than min.',
      );
    else if (m.initial < m.min || m.initial > m.max)
      report(
        'INITIAL_OUT_OF_RANGE',
        ['metrics', i, 'initial'],
        `Metric \`${m.id}\` starts at ${m.initial}, outside ${m.min}–${m.max}.`,
        'Put the initial value inside the range.',
      );
    values.push({ key: `world.${m.id}`, kind: 'world', name: m.name, min: m.min, max: m.max, initial: m.initial });
  });
  const supportBase = values.length;
  input.actors.forEach((a) =>
    values.push({
      key: `support.${a.id}`,
      kind: 'support',
      name: `Support for ${a.leader}`,
      min: 0,
      max: 100,
      initial: a.support,
    }),
  );
  const trustBase = values.length;
  const trustIndex = (a: number, b: number) => trustBase + a * n + b;
  const trustInitial = resolveTrust(input, actorIds, report);
  input.actors.forEach((a, i) =>
    input.actors.forEach((b, j) => {
      values.push({
        key: `trust.${a.id}.${b.id}`,
        kind: 'trust',
        name: `${capitalise(possessive(theName(a)))} trust in ${theName(b)}`,
        min: 0,
        max: 100,
        initial: trustInitial[i]![j]!,
      });
    }),
  );
  const valueIndex = new Map<string, number>();
  values.forEach((v, i) => {
    if (v.kind !== 'trust' || !isSelfTrust(v.key)) valueIndex.set(v.key, i);
  });
  /** A value named as a map key (a world weight, an effect's target): its index, or REF_VALUE at the key. */
  const refValue = (key: string, path: readonly PathSegment[]): number | undefined => {
    const index = valueIndex.get(key);
    if (index === undefined)
      report(
        'REF_VALUE',
        path,
        `\`${key}\` is not a value of this scenario.`,
        hintFor(key, valueIndex.keys(), 'Values are world.<metric>, support.<actor> or trust.<actor>.<actor>.'),
        true,
      );
    return index;
  };

  const params = new Map<string, number>(Object.entries(input.params ?? {}));
  for (const [name, value] of Object.entries(options.params ?? {})) {
    if (!params.has(name))
      report('REF_PARAM', ['params'], `There is no param \`${name}\` to override.`, hintFor(name, params.keys()));
    else params.set(name, value);
  }

  const scopeInput = {
    valueIndex,
    params,
    levers: input.levers.map((l) => ({
      id: l.id,
      options: l.options.map((o) => o.id),
      statusQuo: l.status_quo,
      signatories: l.signatories,
    })),
    actors: input.actors,
  };
  const general = buildExprScope(scopeInput, 'general');
  const reservationScope = buildExprScope(scopeInput, 'reservation');
  const expr = (
    text: string | number,
    path: readonly PathSegment[],
    expected: 'number' | 'boolean',
    scope: ExprScope = general,
  ): CompiledExpr | undefined => {
    // A YAML number becomes its plain decimal text (String(1e-7) would be "1e-7", which expressions do not read).
    const source = typeof text === 'number' ? PLAIN_DECIMAL.format(text) : text;
    const result = compileExpression(source, scope, expected);
    if (result.ok) return { source, fn: result.fn, names: result.names };
    diagnostics.push(
      diagnostic(
        file,
        sourceMap.positionInString(path, result.error.offset),
        result.error.code,
        sentence(result.error.message),
        sentence(result.error.hint),
      ),
    );
    return undefined;
  };
  // A misspelt lever in `open:` is reported as such, not again as a lever that never opens.
  let misspeltLeverInEffects = false;
  const effects = (e: EffectsInput | undefined, path: readonly PathSegment[]): CompiledEffects => {
    const targets = (map: Record<string, string | number> | undefined, kind: 'add' | 'set') =>
      Object.entries(map ?? {}).flatMap(([target, source]) => {
        const index = refValue(target, [...path, kind, target]);
        if (index === undefined) return [];
        const compiled = expr(source, [...path, kind, target], 'number');
        return compiled ? [{ target: index, expr: compiled }] : [];
      });
    const levers = (ids: readonly string[] | undefined, kind: 'open' | 'break') =>
      (ids ?? []).flatMap((id, i) => {
        const l = refLever(id, [...path, kind, i]);
        if (l === undefined) misspeltLeverInEffects = true;
        return l === undefined ? [] : [l];
      });
    (e?.break ?? []).forEach((id, i) => {
      if (e?.open?.includes(id))
        report(
          'EFFECT_OPEN_AND_BREAK',
          [...path, 'break', i],
          `These effects both open and break lever \`${id}\`.`,
          '`break:` already opens the lever again after undoing its deal; `open:` opens a lever not yet open. Keep the one you mean.',
        );
    });
    return {
      add: targets(e?.add, 'add'),
      set: targets(e?.set, 'set'),
      open: levers(e?.open, 'open'),
      break: levers(e?.break, 'break'),
    };
  };
  const provenance = (
    p: {
      label: Provenance['label'];
      source?: string | undefined;
      quote?: string | undefined;
      note?: string | undefined;
    },
    path: readonly PathSegment[],
  ): Provenance => {
    checkProvenance(input, p, path, report);
    return {
      label: p.label,
      ...(p.source ? { source: p.source } : {}),
      ...(p.quote ? { quote: p.quote } : {}),
      ...(p.note ? { note: p.note } : {}),
    };
  };
  input.metrics.forEach((m, i) => provenance(m, ['metrics', i]));

  // --- levers
  /** The options an interim option leads to: other options of its lever, never itself or the status quo. */
  function leadsTo(
    l: ScenarioInput['levers'][number],
    lever: number,
    k: number,
    path: readonly PathSegment[],
  ): OptionIndex[] {
    const self = l.options[k]!;
    return (self.leads_to ?? []).flatMap((id, j) => {
      if (id === self.id || id === l.status_quo) {
        report(
          'LEADS_TO_BACK',
          [...path, j],
          `Option \`${self.id}\` of lever \`${l.id}\` leads to \`${id}\`, ${id === self.id ? 'itself' : 'the status quo'}: a signed lever can only move on.`,
          'Name the options a later package may still move the lever to once it is signed at this one.',
        );
        return [];
      }
      const o = refOption(lever, id, [...path, j]);
      return o === undefined ? [] : [o];
    });
  }
  /** An interim option may lead only onwards: no chain of `leads_to` comes back to where it started. */
  function checkLoops(l: ScenarioInput['levers'][number], lever: number, options: readonly CompiledOption[]): void {
    options.forEach((start, k) => {
      const seen = new Set<number>();
      const next = [...start.leadsTo];
      for (let o = next.pop(); o !== undefined; o = next.pop()) {
        if (o === k) {
          report(
            'LEADS_TO_BACK',
            ['levers', lever, 'options', k, 'leads_to'],
            `Option \`${start.id}\` of lever \`${l.id}\` leads back to itself through what it leads to: a signed lever can only move on.`,
            'Break the loop: an option a signed lever may move to must not lead back to the one it came from.',
          );
          return;
        }
        if (seen.has(o)) continue;
        seen.add(o);
        next.push(...at(options, o, 'option').leadsTo);
      }
    });
  }
  const levers: CompiledLever[] = input.levers.map((l, i) => {
    const path = ['levers', i];
    const signatories = l.signatories.flatMap((id, k) => {
      const a = refActor(id, [...path, 'signatories', k]);
      return a === undefined ? [] : [a];
    });
    const extra = (l.proposable_by ?? []).flatMap((id, k) => {
      const a = refActor(id, [...path, 'proposable_by', k]);
      return a === undefined ? [] : [a];
    });
    const leverProvenance = provenance(l, path);
    const options = l.options.map((o, k) => ({
      id: o.id,
      name: o.name,
      description: o.description ?? '',
      provenance: o.label ? provenance({ ...o, label: o.label }, [...path, 'options', k]) : leverProvenance,
      leadsTo: unique(leadsTo(l, i, k, [...path, 'options', k, 'leads_to'])),
    }));
    checkLoops(l, i, options);
    return {
      index: leverIndex(i),
      id: l.id,
      name: l.name,
      description: l.description ?? '',
      options,
      statusQuo: refOption(i, l.status_quo, [...path, 'status_quo']) ?? optionIndex(0),
      signatories: unique(signatories),
      proposers: unique([...signatories, ...extra]),
      opensAtStart: l.opens === 'start',
      provenance: leverProvenance,
    };
  });
  const space = levers.reduce((acc, l) => acc * l.options.length, 1);
  if (space > MAX_PACKAGE_SPACE) {
    report(
      'PACKAGE_SPACE',
      ['levers'],
      `The levers allow ${space.toLocaleString('en')} combinations of options; at most ${MAX_PACKAGE_SPACE.toLocaleString('en')} are supported.`,
      'Use fewer levers or fewer options per lever; students cannot weigh that many combinations either.',
    );
  }

  // --- actors
  const actors: CompiledActor[] = input.actors.map((a, i) => compileActor(a, i));
  function compileActor(a: ScenarioInput['actors'][number], i: number): CompiledActor {
    const path = ['actors', i];
    const p = a.profile;
    const ppath = [...path, 'profile'];
    const weights = levers.map(() => 0);
    let sum = 0;
    for (const [id, w] of Object.entries(p.weights)) {
      const l = refLever(id, [...ppath, 'weights', id], true);
      if (l !== undefined) weights[l] = w;
      sum += w;
    }
    if (Math.abs(sum - 1) > 1e-6) {
      report(
        'WEIGHTS_SUM',
        [...ppath, 'weights'],
        `${capitalise(possessive(theName(a)))} lever weights sum to ${hundredths(sum)}, not 1.`,
        'Adjust the weights so they add up to exactly 1.',
      );
    }
    const valuesOf = levers.map((l) => l.options.map(() => 0));
    // A misspelt option is reported where it is misspelt, not again as the option it leaves without a value.
    const misspelt = new Set<number>();
    for (const [id, optionValues] of Object.entries(p.values)) {
      const l = refLever(id, [...ppath, 'values', id], true);
      if (l === undefined) continue;
      for (const [optionId, v] of Object.entries(optionValues)) {
        const o = refOption(l, optionId, [...ppath, 'values', id, optionId], true);
        if (o !== undefined) valuesOf[l]![o] = v;
        else misspelt.add(l);
      }
    }
    levers.forEach((l) => {
      if (weights[l.index]! <= 0 || misspelt.has(l.index)) return;
      const given = p.values[l.id];
      const missing = l.options.filter((o) => given?.[o.id] === undefined).map((o) => o.id);
      if (missing.length > 0) {
        report(
          'VALUES_MISSING',
          given ? [...ppath, 'values', l.id] : [...ppath, 'weights', l.id],
          `${capitalise(subject(a, 'weighs', 'weigh'))} lever \`${l.id}\` but ${agree(a, 'gives', 'give')} no value for: ${missing.join(', ')}.`,
          `Give every option of \`${l.id}\` a value from 0 to 100.`,
          !given,
        );
      }
    });
    const links: CompiledLink[] = (p.links ?? []).flatMap((link, k) => {
      const lpath = [...ppath, 'links', k];
      const entries = Object.entries(link.options);
      if (entries.length !== 2) {
        report(
          'LINK_SHAPE',
          [...lpath, 'options'],
          `A link names exactly two levers with one option each; this one names ${entries.length}.`,
          'Write e.g. `options: {leadership: resigns, nato: pursue}`.',
        );
        return [];
      }
      const refs = entries.map(([leverId, optionId]) => {
        const l = refLever(leverId, [...lpath, 'options', leverId], true);
        const o = l === undefined ? undefined : refOption(l, optionId, [...lpath, 'options', leverId]);
        return l === undefined || o === undefined ? undefined : { lever: l, option: o };
      });
      const [ra, rb] = refs;
      if (!ra || !rb) return [];
      if (ra.lever === rb.lever) {
        report(
          'LINK_SHAPE',
          [...lpath, 'options'],
          'A link joins options of two different levers.',
          'Name two different levers.',
        );
        return [];
      }
      return [{ a: ra, b: rb, bonus: link.bonus, why: link.why ?? '' }];
    });
    const world = Object.entries(p.world ?? {}).flatMap(([key, coef]) => {
      const index = refValue(key, [...ppath, 'world', key]);
      if (index === undefined) return [];
      return [{ index, coef }];
    });
    const redLines = levers.map((l) => l.options.map(() => false));
    for (const [id, options] of Object.entries(p.red_lines ?? {})) {
      const l = refLever(id, [...ppath, 'red_lines', id], true);
      if (l === undefined) continue;
      options.forEach((optionId, k) => {
        const o = refOption(l, optionId, [...ppath, 'red_lines', id, k]);
        if (o !== undefined) redLines[l]![o] = true;
      });
    }
    const [tLo, tHi] = p.temperament;
    if (tLo > tHi)
      report(
        'RANGE_ORDER',
        [...ppath, 'temperament'],
        `Temperament range [${tLo}, ${tHi}] runs high to low.`,
        'Write e.g. [0.6, 1.6]; 1 concedes steadily, below 1 late, above 1 early.',
      );
    if (a.emblem !== undefined && options.emblems && !options.emblems.has(a.emblem))
      report(
        'EMBLEM_MISSING',
        [...path, 'emblem'],
        `There is no emblem \`${a.emblem}\` in assets/emblems/.`,
        `Use one of: ${[...options.emblems].sort().join(', ') || 'none yet'}; or leave emblem out for a disc with a short code.`,
      );
    const [hLo, hHi] = p.horizon;
    if (hLo > hHi)
      report(
        'RANGE_ORDER',
        [...ppath, 'horizon'],
        `Horizon range [${hLo}, ${hHi}] runs high to low.`,
        'Write the shorter horizon first.',
      );
    else if (hLo < 2)
      report(
        'HORIZON_TOO_SHORT',
        [...ppath, 'horizon'],
        `A horizon of ${hLo} turn(s) is too short; the AI needs at least 2 to concede over time.`,
        'Use a range such as [6, 10].',
      );
    const reservation = expr(p.reservation, [...ppath, 'reservation'], 'number', reservationScope);
    const paragraphs: BriefingParagraph[] =
      typeof a.briefing === 'string'
        ? [{ text: a.briefing, provenance: null }]
        : a.briefing.map((b, k) => ({ text: b.text, provenance: provenance(b, [...path, 'briefing', k]) }));
    const briefing = paragraphs.map((b) => b.text).join('\n\n');
    const words = wordsOf(briefing).length;
    if (words < BRIEFING_WORDS.min || words > BRIEFING_WORDS.max) {
      report(
        'BRIEFING_LENGTH',
        [...path, 'briefing'],
        `${capitalise(possessive(theName(a)))} briefing has ${words} words; aim for ${BRIEFING_WORDS.min}–${BRIEFING_WORDS.max}.`,
        words < BRIEFING_WORDS.min
          ? 'Say what the actor wants, fears, and what happens with no deal.'
          : 'Cut it down: students read it before their first move.',
      );
    }
    const summaryWords = wordsOf(a.summary ?? '').length;
    if (summaryWords > SUMMARY_WORDS.max) {
      report(
        'SUMMARY_LENGTH',
        [...path, 'summary'],
        `${capitalise(possessive(theName(a)))} summary has ${summaryWords} words; aim for about ${SUMMARY_WORDS.aim}, at most ${SUMMARY_WORDS.max}.`,
        'Keep what the role wants most and fears most; the full briefing is one click away.',
      );
    }
    return {
      index: actorIndex(i),
      id: a.id,
      name: a.name,
      plural: a.plural ?? false,
      article: a.article ?? '',
      leader: a.leader,
      colour: a.colour,
      emblem: a.emblem ?? null,
      playable: a.playable,
      actionPoints: a.action_points,
      briefing,
      briefingParagraphs: paragraphs,
      summary: a.summary ?? firstSentences(briefing, SUMMARY_WORDS.aim),
      supportIndex: supportBase + i,
      provenance: provenance(a, path),
      advisers: (a.advisers ?? []).map((adv, k) => ({
        name: adv.name,
        role: adv.role,
        provenance: provenance(adv, [...path, 'advisers', k]),
      })),
      profile: {
        weights,
        values: valuesOf,
        weighted: valuesOf.map((vs, l) => vs.map((v) => v * weights[l]!)),
        links,
        world,
        reservation: reservation ?? { source: String(p.reservation), fn: () => 0, names: [] },
        redLines,
        temperament: [tLo, tHi],
        horizon: [hLo, hHi],
        trustEffect: p.trust_effect,
        nothingForNothing: p.nothing_for_nothing ?? false,
      },
    };
  }

  // --- rules, meetings, pressure, events, endings
  const dynamics: CompiledRule[] = (input.dynamics ?? []).map((r, i) => ({
    id: r.id,
    description: r.description ?? '',
    when: r.when === undefined ? undefined : expr(r.when, ['dynamics', i, 'when'], 'boolean'),
    effects: effects(r, ['dynamics', i]),
  }));
  const meetingRules: CompiledMeetingRule[] = (input.meeting_rules ?? []).flatMap((r, i) => {
    const when = expr(r.when, ['meeting_rules', i, 'when'], 'boolean');
    const includes = r.includes.flatMap((id, k) => {
      const a = refActor(id, ['meeting_rules', i, 'includes', k]);
      return a === undefined ? [] : [a];
    });
    return when
      ? [{ id: r.id, when, includes, message: r.message, provenance: provenance(r, ['meeting_rules', i]) }]
      : [];
  });
  const pressures: CompiledPressure[] = (input.pressure ?? []).map((pr, i) => {
    const path = ['pressure', i];
    const userCost = effects(pr.user_cost, [...path, 'user_cost']);
    // Count what the file writes, not what compiled: a misspelt cost is reported as such, not as no cost.
    const { add, set, open, break: broken } = pr.user_cost;
    if (Object.keys({ ...add, ...set }).length + (open?.length ?? 0) + (broken?.length ?? 0) === 0) {
      report(
        'PRESSURE_NO_COST',
        [...path, 'user_cost'],
        `Pressure \`${pr.id}\` costs its user nothing.`,
        'Give it a cost in support, trust or a metric its user cares about; free pressure dominates play.',
      );
    }
    return {
      index: i,
      id: pr.id,
      actor: refActor(pr.actor, [...path, 'actor']) ?? actorIndex(0),
      name: pr.name,
      description: pr.description ?? '',
      cost: pr.cost,
      cooldown: pr.cooldown,
      when: pr.when === undefined ? undefined : expr(pr.when, [...path, 'when'], 'boolean'),
      userCost,
      effects: effects(pr.effects, [...path, 'effects']),
      provenance: provenance(pr, path),
    };
  });
  const count = input.turns.count;
  const events: CompiledEvent[] = (input.events ?? []).map((e, i) => {
    const path = ['events', i];
    if ((e.week === undefined) === (e.chance === undefined)) {
      report(
        'EVENT_TIMING',
        path,
        `Event \`${e.id}\` needs either \`week:\` (scheduled) or \`chance:\` (random), not ${e.week === undefined ? 'neither' : 'both'}.`,
        'Add `week: 2` or `chance: 0.2`.',
      );
    } else if (e.week !== undefined && e.week > count) {
      report(
        'EVENT_TIMING',
        [...path, 'week'],
        `Event \`${e.id}\` is set for ${input.turns.unit} ${e.week}, but the game has ${count}.`,
        `Use a ${input.turns.unit} from 1 to ${count}.`,
      );
    }
    return {
      index: i,
      id: e.id,
      week: e.week,
      chance: e.chance,
      repeat: e.repeat ?? false,
      headline: e.headline,
      when: e.when === undefined ? undefined : expr(e.when, [...path, 'when'], 'boolean'),
      effects: effects(e.effects, [...path, 'effects']),
      provenance: provenance(e, path),
    };
  });
  const endings: CompiledEnding[] = input.endings.map((e, i) => ({
    index: i,
    id: e.id,
    title: e.title,
    kind: e.kind,
    priority: e.priority,
    isDefault: e.default ?? false,
    narrative: e.narrative,
    when: e.when === undefined ? undefined : expr(e.when, ['endings', i, 'when'], 'boolean'),
    provenance: provenance(e, ['endings', i]),
  }));
  const defaultEnding = checkEndings(input, report);
  checkBalanceTargets(input, actorIds, report);
  if (input.early_end && input.early_end.from_week >= count) {
    report(
      'EARLY_END_WEEK',
      ['early_end', 'from_week'],
      `The early end may start at most in ${input.turns.unit} ${count - 1}, the one before the last.`,
      `Use a value from 1 to ${count - 1}.`,
    );
  }
  const opened = new Set(
    [...dynamics, ...pressures.flatMap((p) => [p, { effects: p.userCost }]), ...events].flatMap((x) => [
      ...x.effects.open,
      ...x.effects.break,
    ]),
  );
  levers.forEach((l) => {
    if (!l.opensAtStart && !opened.has(l.index) && !misspeltLeverInEffects)
      report(
        'LEVER_NEVER_OPENS',
        ['levers', l.index, 'opens'],
        `Lever \`${l.id}\` opens by an event, but no event, pressure or rule opens it.`,
        `Add \`open: [${l.id}]\` to an event's effects, or write \`opens: start\`.`,
      );
  });

  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };

  const scenario: CompiledScenario = {
    id: input.id,
    file,
    title: input.title,
    summary: input.summary,
    language: input.language,
    turns: { count, unit: input.turns.unit, startDate: input.turns.start_date },
    rvTolerance: input.rv_tolerance,
    sources: input.sources.map((s) => ({ id: s.id, title: s.title, kind: s.kind ?? '', text: s.text ?? '' })),
    params,
    values,
    valueIndex,
    actors,
    levers,
    dynamics,
    meetingRules,
    actions: {
      ...input.actions,
      statement: { ...input.actions.statement, red_line_trust: input.actions.statement.red_line_trust ?? 0 },
    },
    pressures,
    events,
    endings,
    defaultEnding,
    earlyEnd: input.early_end ? { fromWeek: input.early_end.from_week, chance: input.early_end.chance } : undefined,
    trustIndex,
    input,
  };
  checkStart(scenario, report);
  checkHiddenRedLineRules(scenario, report);
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  return { ok: true, scenario, diagnostics };
}

/**
 * Balance targets and the roles probed name real actors and endings (their
 * numbers are the lab's to judge; the lab checks the probes, whose rules are its own).
 */
function checkBalanceTargets(input: ScenarioInput, actorIndex: ReadonlyMap<string, number>, report: Report): void {
  const balance = input.balance;
  if (!balance) return;
  (balance.roles ?? []).forEach((id, i) =>
    resolveRef(id, actorIndex, 'REF_ACTOR', 'actor', ['balance', 'roles', i], report),
  );
  for (const key of ['good_rate', 'result_mean', 'batna_calibration'] as const) {
    for (const id of Object.keys(balance[key] ?? {}))
      resolveRef(id, actorIndex, 'REF_ACTOR', 'actor', ['balance', key, id], report, true);
  }
  const endings = indexById(input.endings);
  for (const id of Object.keys(balance.ending_rate ?? {}))
    resolveRef(id, endings, 'REF_ENDING', 'ending', ['balance', 'ending_rate', id], report, true);
  const zone = balance.zone_of_agreement;
  zone?.actors.forEach((id, i) =>
    resolveRef(id, actorIndex, 'REF_ACTOR', 'actor', ['balance', 'zone_of_agreement', 'actors', i], report),
  );
  const levers = indexById(input.levers);
  zone?.levers.forEach((id, i) =>
    resolveRef(id, levers, 'REF_LEVER', 'lever', ['balance', 'zone_of_agreement', 'levers', i], report),
  );
}

function checkFileName(input: ScenarioInput, file: string, report: Report): void {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.ya?ml$/i, '');
  if (stem !== base && stem !== input.id) {
    report(
      'ID_FILE_MISMATCH',
      ['id'],
      `The scenario id \`${input.id}\` differs from the file name \`${base}\`.`,
      `Rename the file to \`${input.id}.yaml\` or set \`id: ${stem}\`.`,
    );
  }
}

function checkUniqueIds(list: readonly { id: string }[], path: readonly PathSegment[], report: Report): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id))
      report(
        'ID_DUPLICATE',
        [...path, i, 'id'],
        `The id \`${item.id}\` is used twice in ${String(path.at(-1))}.`,
        'Give each one its own id.',
      );
    seen.add(item.id);
  });
}

function indexById(list: readonly { id: string }[]): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  list.forEach((item, i) => {
    if (!map.has(item.id)) map.set(item.id, i);
  });
  return map;
}

function resolveRef(
  id: string,
  index: ReadonlyMap<string, number>,
  code: 'REF_ACTOR' | 'REF_LEVER' | 'REF_OPTION' | 'REF_ENDING',
  what: string,
  path: readonly PathSegment[],
  report: Report,
  atKey = false,
): number | undefined {
  const found = index.get(id);
  if (found === undefined) report(code, path, `There is no ${what} \`${id}\`.`, hintFor(id, index.keys()), atKey);
  return found;
}

/** "Did you mean" the closest name, else the names (when few), else `otherwise`. */
function hintFor(
  name: string,
  candidates: Iterable<string>,
  otherwise = 'Check the spelling against the ids declared in the scenario.',
): string {
  const list = [...candidates];
  const guess = didYouMean(name, list);
  if (guess) return `Did you mean \`${guess}\`?`;
  return list.length <= 12 ? `Use one of the ids this scenario declares: ${list.join(', ')}.` : otherwise;
}

function resolveTrust(input: ScenarioInput, actorIndex: ReadonlyMap<string, number>, report: Report): number[][] {
  const n = input.actors.length;
  const table = Array.from({ length: n }, () => Array.from({ length: n }, () => input.trust.default));
  for (const [from, row] of Object.entries(input.trust.initial ?? {})) {
    const a = resolveRef(from, actorIndex, 'REF_ACTOR', 'actor', ['trust', 'initial', from], report, true);
    for (const [to, value] of Object.entries(row)) {
      const b = resolveRef(to, actorIndex, 'REF_ACTOR', 'actor', ['trust', 'initial', from, to], report, true);
      if (a === undefined || b === undefined) continue;
      if (a === b)
        report(
          'TRUST_SELF',
          ['trust', 'initial', from, to],
          'Trust is between two different actors.',
          'Remove this entry.',
          true,
        );
      else table[a]![b] = value;
    }
  }
  return table;
}

function isSelfTrust(key: string): boolean {
  const [, a, b] = key.split('.');
  return a === b;
}

function checkProvenance(
  input: ScenarioInput,
  p: { label: string; source?: string | undefined; quote?: string | undefined },
  path: readonly PathSegment[],
  report: Report,
): void {
  if (p.label !== 'reported') return;
  if (!p.source || !p.quote) {
    report(
      'PROVENANCE_MISSING',
      [...path, 'label'],
      'A reported element needs `source:` and the `quote:` of its sentence.',
      'Quote the sentence it comes from, or label it `context` or `simulated`.',
      true,
    );
    return;
  }
  const source = input.sources.find((s) => s.id === p.source);
  if (!source) {
    report(
      'REF_SOURCE',
      [...path, 'source'],
      `There is no source \`${p.source}\`.`,
      hintFor(
        p.source,
        input.sources.map((s) => s.id),
      ),
    );
    return;
  }
  const mismatch =
    source.text === undefined ? null : quoteMismatch(normalisedText(source, source.text), normaliseSpace(p.quote));
  if (mismatch !== null) {
    report(
      'QUOTE_NOT_IN_SOURCE',
      [...path, 'quote'],
      `This quote does not appear in source \`${source.id}\`: ${mismatch}`,
      'Copy the sentence exactly, with its punctuation; a quote is never paraphrased.',
    );
  }
}

function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A source's text with its white space normalised: once per source, however many quotes it has. */
const normalisedTexts = new WeakMap<object, string>();
function normalisedText(source: object, raw: string): string {
  let text = normalisedTexts.get(source);
  if (text === undefined) {
    text = normaliseSpace(raw);
    normalisedTexts.set(source, text);
  }
  return text;
}

function checkEndings(input: ScenarioInput, report: Report): number {
  const defaults = input.endings.map((e, i) => ({ e, i })).filter(({ e }) => e.default);
  if (defaults.length !== 1) {
    report(
      'ENDING_DEFAULT',
      ['endings'],
      defaults.length === 0
        ? 'No ending is marked `default: true`.'
        : `${defaults.length} endings are marked default; exactly one may be.`,
      'Mark exactly one classification ending (e.g. no_deal) with `default: true` and no `when`.',
    );
  }
  input.endings.forEach((e, i) => {
    if (e.default && (e.when !== undefined || e.kind !== 'classification')) {
      report(
        'ENDING_DEFAULT',
        ['endings', i],
        `The default ending \`${e.id}\` must be a classification with no \`when\`.`,
        'It names the game when nothing else holds.',
      );
    } else if (!e.default && e.when === undefined) {
      report(
        'ENDING_CONDITION',
        ['endings', i],
        `Ending \`${e.id}\` has no \`when\` condition.`,
        'Add a condition, or make it the default ending.',
      );
    }
  });
  return defaults[0]?.i ?? 0;
}

/** The expression compiler's fragments as the loader's sentences: capitalised, with a full stop. */
function sentence(text: string): string {
  if (!text) return text;
  const s = capitalise(text);
  return /[.?!]$/.test(s) ? s : `${s}.`;
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

function brand<T>(found: number | undefined, as: (n: number) => T): T | undefined {
  return found === undefined ? undefined : as(found);
}
