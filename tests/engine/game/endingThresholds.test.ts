/**
 * The table's danger marks (docs/model.md §3.4) are read from the endings'
 * conditions; these tests hold the reading to the end check itself: a value
 * pushed just across a threshold that stands alone ends the game with that
 * ending, and one just short of it does not.
 */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../../src/engine/game/createGame';
import { endingDangers, endingThresholds } from '../../../src/engine/game/endingThresholds';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { resolveEnd } from '../../../src/engine/game/resolveEnd';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import { fixture, ukraine } from './kit';

const keyOf = (s: CompiledScenario, slot: number) => s.values[slot]?.key;

describe('endingThresholds', () => {
  it('reads ukraine-2025: escalation at war intensity 90, collapse at western unity 25 alone or two trusts together', () => {
    const s = ukraine();
    const read = endingThresholds(publicScenarioOf(s)).map((t) => [t.title, keyOf(s, t.value), t.op, t.at, t.alone]);
    expect(read).toEqual([
      ['Escalation', 'world.war_intensity', '>=', 90, true],
      ['The talks collapse', 'world.western_unity', '<=', 25, true],
      ['The talks collapse', 'trust.ukraine.usa', '<=', 20, false],
      ['The talks collapse', 'trust.europe.usa', '<=', 25, false],
    ]);
  });

  it('leaves out conditions on levers and classification endings', () => {
    const s = fixture('three');
    expect(endingThresholds(publicScenarioOf(s)).map((t) => [t.title, keyOf(s, t.value), t.op, t.at])).toEqual([
      ['Crisis', 'world.tension', '>=', 90],
    ]);
  });

  for (const [name, load] of [
    ['ukraine-2025', ukraine],
    ['three', () => fixture('three')],
  ] as const) {
    it(`agrees with the end check in ${name}: just across a lone threshold ends the game there, just short does not`, () => {
      const s = load();
      const start = createGame(s, 1).state;
      for (const t of endingThresholds(publicScenarioOf(s)).filter((x) => x.alone)) {
        const step = t.op === '>=' || t.op === '<' ? 1 : -1;
        const across = t.op === '>=' || t.op === '<=' ? t.at : t.at + step;
        const short = across - step;
        const at = (v: number) => {
          const values = [...start.values];
          values[t.value] = v;
          return resolveEnd(s, { ...start, values }).find((e) => e.type === 'game_ended');
        };
        expect(at(across)).toMatchObject({ ending: t.ending });
        expect(at(short)).toBeUndefined();
      }
    });
  }

  it('names a danger once the value is within its margin, nearest first, and not before', () => {
    const s = ukraine();
    const p = publicScenarioOf(s);
    const values = s.values.map((v) => v.initial);
    const war = s.valueIndex.get('world.war_intensity')!;
    const unity = s.valueIndex.get('world.western_unity')!;
    expect(endingDangers(p, values)).toEqual([]);
    values[war] = 90 - 15;
    values[unity] = 25 + 4;
    expect(endingDangers(p, values).map((d) => [d.title, d.distance])).toEqual([
      ['The talks collapse', 4],
      ['Escalation', 15],
    ]);
    values[war] = 90 - 15.5;
    expect(endingDangers(p, values).map((d) => d.title)).toEqual(['The talks collapse']);
  });
});
