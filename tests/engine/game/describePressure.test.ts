/**
 * A pressure in words, for the screen that offers it: what it moves, by how
 * much, where each value stands now and the ending that lies that way
 * (docs/model.md §3.2 step 1, §3.4); and a pressure's condition in plain
 * words when the rules refuse it (CONDITION_FAILS), never as an expression.
 */
import { describe, expect, it } from 'vitest';
import { conditionText } from '../../../src/engine/game/conditionText';
import { describePressure } from '../../../src/engine/game/describePressure';
import { refusal } from '../../../src/engine/game/formatRefusal';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { fixture, ordersFor, ukraine } from './kit';

const minimal = publicScenarioOf(fixture('minimal'));
const on = ordersFor(fixture('minimal'));
const drills = on.pressure('drills').pressure;

describe('describePressure', () => {
  it('says what the pressure moves, where the value stands, and the ending it pushes towards', () => {
    const values = minimal.values.map((v) => v.initial);
    expect(describePressure(minimal, values, drills)).toEqual({
      does: [{ text: 'Tension +10 (now 50; at 90 or more the game ends: Crisis)', warns: true }],
      costs: [{ text: "Support for The North's premier −2 (now 60)", warns: false }],
    });
  });

  it('says when the push alone would cross the threshold', () => {
    const values = minimal.values.map((v) => (v.key === 'world.tension' ? 84.5 : v.initial));
    expect(describePressure(minimal, values, drills).does[0]?.text).toBe(
      'Tension +10 (now 84.5; that would take it to 94.5, and at 90 or more the game ends: Crisis)',
    );
  });

  it("names a lever a pressure breaks, and each of ukraine-2025's pressures in words only", () => {
    const scenario = publicScenarioOf(ukraine());
    const values = scenario.values.map((v) => v.initial);
    for (const p of scenario.pressures) {
      const { does, costs } = describePressure(scenario, values, p.index);
      expect(does.length + costs.length, p.id).toBeGreaterThan(0);
      for (const line of [...does, ...costs]) expect(line.text, p.id).not.toMatch(/param\.|world\.|_|undefined|NaN/);
      if (p.effects.break.length > 0)
        expect(does[0]?.text, p.id).toMatch(/^Ends what was agreed on .+: it is open again$/);
    }
  });
});

describe('conditionText', () => {
  it('reads the simple conditions of pressures and events', () => {
    expect(conditionText(minimal, 'world.tension >= 85')).toBe('Tension is at least 85');
    expect(conditionText(minimal, 'not settled.border')).toBe('The border is not settled');
    expect(conditionText(minimal, 'lever.quota == small and week >= 3')).toBe('Trade quota is “Small” and from week 3');
    expect(conditionText(minimal, 'lever.border != new_line or settled.quota')).toBe(
      'The border is not “The new line” or Trade quota is settled',
    );
    expect(conditionText(minimal, 'red_line.south.quota.small and week >= 3')).toBe(
      'South has declared “Small” a red line on Trade quota and from week 3',
    );
    expect(conditionText(minimal, 'not red_line.north.quota.large')).toBe(
      'North has not declared “Large” a red line on Trade quota',
    );
  });

  it('gives up, rather than show an expression, on anything else', () => {
    expect(conditionText(minimal, 'world.tension * 2 >= 85')).toBeNull();
    expect(conditionText(minimal, 'world.tension >= support.north')).toBeNull();
    expect(conditionText(minimal, 'lever.quota > small')).toBeNull();
  });

  it("words a pressure's refusal by its condition", () => {
    const scenario = publicScenarioOf(ukraine());
    const offensive = scenario.pressures.find((p) => p.id === 'offensive');
    if (!offensive) throw new Error('no offensive');
    expect(refusal(scenario, 'CONDITION_FAILS', { pressure: offensive.index }).message).toBe(
      'Launch an offensive is possible only while Ceasefire is “No ceasefire”.',
    );
  });
});
