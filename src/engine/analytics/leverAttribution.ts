import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at } from '../util/at';

/**
 * Who gained what on which lever, from the status quo to `options`:
 * attribution[lever][i] = w·v(option) − w·v(status quo) for member group[i],
 * plus, for each of its links whose state differs between the two, half the
 * change in bonus on each of the link's two levers (a link belongs to both).
 * World terms are the same on both sides and cancel, so a member's column
 * sums to u_i(options) − u_i(status quo) in any one world.
 */
export function leverAttribution(
  scenario: CompiledScenario,
  group: readonly number[],
  options: readonly number[],
): number[][] {
  const attribution = scenario.levers.map(() => new Array<number>(group.length).fill(0));
  const statusQuo = scenario.levers.map((l) => l.statusQuo);
  const addHalf = (lever: number, i: number, half: number) => {
    const row = at(attribution, lever, 'lever');
    row[i] = at(row, i, 'member') + half;
  };
  group.forEach((a, i) => {
    const profile = at(scenario.actors, a, 'actor').profile;
    for (const lever of scenario.levers) {
      const row = at(profile.weighted, lever.index, 'lever');
      const option = at(options, lever.index, 'option');
      at(attribution, lever.index, 'lever')[i] = at(row, option, 'option') - at(row, lever.statusQuo, 'option');
    }
    for (const link of profile.links) {
      const holds = (o: readonly number[]): number =>
        o[link.a.lever] === link.a.option && o[link.b.lever] === link.b.option ? 1 : 0;
      const half = (link.bonus * (holds(options) - holds(statusQuo))) / 2;
      if (half === 0) continue;
      addHalf(link.a.lever, i, half);
      addHalf(link.b.lever, i, half);
    }
  });
  return attribution;
}
