/**
 * What moves a worth besides the terms is named from the scenario's own
 * meters, so a scenario with no war never reads "the war, the economy…".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicScenario } from '../../src/engine/index';
import { loadScenario } from '../../src/engine/loader';
import { worldMetersText } from '../../src/store/worldMetersText';

const valuesOf = (file: string) => {
  const loaded = loadScenario(readFileSync(file), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return publicScenario(loaded.scenario).values;
};

describe('worldMetersText', () => {
  it("names the scenario's world meters, never its support or trust, up to three and how many more", () => {
    expect(worldMetersText(valuesOf('scenarios/tutorial.yaml'))).toBe("the world's meters (Harbour tension)");
    expect(worldMetersText(valuesOf('scenarios/ukraine-2025.yaml'))).toBe(
      "the world's meters (War intensity, Human cost, Western unity and 4 more)",
    );
    const four = ['A', 'B', 'C', 'D'].map((name) => ({ kind: 'world', name }));
    expect(worldMetersText(four)).toBe("the world's meters (A, B, C and D)");
    expect(worldMetersText([{ kind: 'support', name: 'Support for Northport' }])).toBeNull();
  });
});
