/**
 * `npm run scenario -- explain <file>` in words: the facts explainScenario
 * finds (docs/authoring.md, "Is a deal possible?"), each with what it means
 * for the game and what to change when it is a problem.
 */
import { formatPackage, type CompiledScenario, type Explanation } from '../engine/authoring';

const points = (x: number) => x.toFixed(1);
const count = (n: number) => n.toLocaleString('en');
const share = (k: number, n: number) => `${((100 * k) / Math.max(1, n)).toFixed(k === 0 || k === n ? 0 : 1)}%`;

export function formatExplanation(scenario: CompiledScenario, e: Explanation): string {
  const lines: string[] = [`${scenario.title} (${scenario.id})`, '', 'At the start, each actor:'];
  for (const a of e.actors) {
    const gap = a.reservation - a.statusQuo;
    const than = gap === 0 ? 'the same' : `${points(Math.abs(gap))} ${gap > 0 ? 'more' : 'less'}`;
    const [it, its, It, signs] = a.plural ? ['them', 'their', 'They', 'sign'] : ['it', 'its', 'It', 'signs'];
    lines.push(
      `  ${a.name}: the status quo is worth ${points(a.statusQuo)} to ${it}; no deal (${its} reservation value) ${points(a.reservation)}, ${than}. ${It} ${signs} only packages worth at least ${its} reservation value.`,
    );
    if (a.acceptable !== null && e.packages !== null)
      lines.push(
        `    Better than no deal for ${it}: ${count(a.acceptable)} of ${count(e.packages)} packages (${share(a.acceptable, e.packages)}).`,
      );
    if (a.favourite)
      lines.push(
        `    ${a.plural ? 'Their' : 'Its'} favourite package (worth ${points(a.favourite.utility)}): ${formatPackage(scenario, a.favourite.options)}.`,
      );
  }
  lines.push('');
  if (e.zone === null || e.packages === null)
    lines.push('Zone of agreement: too many packages to count (more than 250,000 combinations of options).');
  else if (e.zone === 0)
    lines.push(
      'Zone of agreement at the start: closed — no package is better than no deal for every actor. Deals become possible only if the world moves (dynamics, events, pressure); if none should, lower a reservation value or raise the values of options the others can give.',
    );
  else {
    lines.push(
      `Zone of agreement at the start: open — ${count(e.zone)} of the ${count(e.packages)} packages that change something (${share(e.zone, e.packages)}) ${e.zone === 1 ? 'is' : 'are'} better than no deal for every actor.`,
      `  ${e.zone === 1 ? 'The only one' : e.zone <= e.zoneBest.length ? 'Fairest first' : `The ${e.zoneBest.length} fairest`} (what the side it suits least gains over no deal):`,
      ...e.zoneBest.map((z) => `    ${formatPackage(scenario, z.options)} (+${points(z.leastGain)})`),
    );
  }
  if (e.longNames.length > 0)
    lines.push(
      '',
      'Long names: the table wraps them onto several lines and grows taller; shorter ones read better there.',
      ...e.longNames.map(
        (n) => `  ${n.what}: "${n.name}" — ${n.length} characters; about ${n.limit} or fewer read well.`,
      ),
    );
  lines.push('', `A quick batch: ${e.batch.games} games with the default computer negotiator in every seat.`);
  for (const ending of e.batch.endings) {
    const title = scenario.endings.find((x) => x.id === ending.id)?.title ?? ending.id;
    lines.push(
      `  ${title} (${ending.id}): ${ending.games === 0 ? 'never reached' : share(ending.games, e.batch.games)}`,
    );
  }
  const never = e.batch.endings.filter((x) => x.games === 0).map((x) => x.id);
  if (never.length > 0)
    lines.push(
      `  Never reached here: ${never.join(', ')}. Computer players may still miss what students reach; run \`npm run balance\` with probes to be sure.`,
    );
  return `${lines.join('\n')}\n`;
}
