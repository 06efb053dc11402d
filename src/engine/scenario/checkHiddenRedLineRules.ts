import { possessive, theName } from '../text';
import type { CompiledEffects, CompiledExpr, CompiledScenario } from './CompiledScenario';
import type { Report } from './Report';

/**
 * A rule, event, pressure, meeting rule or ending that reads an actor's hidden red line
 * (`red_line.<actor>.<lever>.<option>` where the profile's `red_lines` hold that option) answers a declaration that
 * actor's computer player makes as soon as it can (docs/model.md §6): it then holds in nearly every game, which is
 * rarely what its author meant.
 */
export function checkHiddenRedLineRules(s: CompiledScenario, report: Report): void {
  const hidden = new Map<string, string>();
  for (const a of s.actors)
    s.levers.forEach((l) =>
      l.options.forEach((o, k) => {
        if (a.profile.redLines[l.index]?.[k]) hidden.set(`red_line.${a.id}.${l.id}.${o.id}`, theName(a));
      }),
    );
  if (hidden.size === 0) return;
  const exprs = (when: CompiledExpr | undefined, ...effects: CompiledEffects[]) => [
    ...(when ? [when] : []),
    ...effects.flatMap((e) => [...e.add, ...e.set].map((x) => x.expr)),
  ];
  const items = [
    ...s.dynamics.map((r, i) => ({ what: `Rule \`${r.id}\``, path: ['dynamics', i], reads: exprs(r.when, r.effects) })),
    ...s.events.map((e) => ({ what: `Event \`${e.id}\``, path: ['events', e.index], reads: exprs(e.when, e.effects) })),
    ...s.pressures.map((p) => ({
      what: `Pressure \`${p.id}\``,
      path: ['pressure', p.index],
      reads: exprs(p.when, p.userCost, p.effects),
    })),
    ...s.meetingRules.map((r, i) => ({
      what: `Meeting rule \`${r.id}\``,
      path: ['meeting_rules', i],
      reads: exprs(r.when),
    })),
    ...s.endings.map((e) => ({ what: `Ending \`${e.id}\``, path: ['endings', e.index], reads: exprs(e.when) })),
  ];
  for (const item of items) {
    const names = new Set(item.reads.flatMap((e) => e.names));
    for (const name of names) {
      const who = hidden.get(name);
      if (who === undefined) continue;
      report(
        'RULE_READS_HIDDEN_RED_LINE',
        [...item.path, 'id'],
        `${item.what} reads \`${name}\`, one of ${possessive(who)} hidden red lines: ${possessive(who)} computer player declares its hidden red lines as soon as it can, so this holds in nearly every game it plays.`,
        `Read an option that is not one of ${possessive(who)} hidden red lines, or take it out of ${possessive(who)} \`red_lines\` if ${who} may sign it after all.`,
      );
    }
  }
}
