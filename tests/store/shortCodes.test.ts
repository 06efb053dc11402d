/**
 * The actors' short codes on the table's discs and pins come from the names a
 * student reads, never from the ids a scenario file uses (ids `side_a` and
 * `side_b` once showed as "SID" and "SIE").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newGame, publicScenario, seatLogOf, seatViewOf } from '../../src/engine/index';
import { loadScenario } from '../../src/engine/loader';
import { selectTableModel } from '../../src/store/selectTableModel';
import { shortCodes } from '../../src/store/shortCodes';
import { A } from '../ids';

describe('shortCodes', () => {
  it('gives the initials of a name of capitalised words, else the first three letters of its first word', () => {
    expect(shortCodes(['United Kingdom', 'Iceland'])).toEqual(['UK', 'ICE']);
    expect(shortCodes(['United States', 'Ukraine', 'European allies', 'Northport'])).toEqual([
      'US',
      'UKR',
      'EUR',
      'NOR',
    ]);
    expect(shortCodes(['Democratic Republic of the Congo', "People's Republic of China", 'Türkiye'])).toEqual([
      'DRC',
      'PRC',
      'TÜR',
    ]);
  });

  it('skips a leading article, and keeps at most three letters', () => {
    expect(shortCodes(['The Netherlands', 'A Coalition of the Willing', 'An Island'])).toEqual(['NET', 'CW', 'ISL']);
    expect(shortCodes(['United Arab Emirates Federation'])).toEqual(['UAE']);
  });

  it('keeps codes unique: a code taken gives way to two first letters and a later one, then to the place', () => {
    expect(shortCodes(['Iceland', 'Ice', 'ICE', 'United Kingdom', 'United Kingdom'])).toEqual([
      'ICE',
      'IC2',
      'IC3',
      'UK',
      'UNT',
    ]);
    const many = shortCodes(Array.from({ length: 12 }, () => 'Aa'));
    expect(new Set(many).size).toBe(12);
    expect(many.every((c) => c.length <= 3)).toBe(true);
  });

  it("is what the bundled scenarios' tables show, made from the names", () => {
    const codesOf = (file: string) => {
      const loaded = loadScenario(readFileSync(`scenarios/${file}`), file);
      if (!loaded.ok) throw new Error(`${file} does not load`);
      const game = newGame(
        loaded.scenario,
        1,
        publicScenario(loaded.scenario).actors.map(() => null),
      );
      const model = selectTableModel({
        view: seatViewOf(loaded.scenario, game, A(0)),
        log: seatLogOf(game, A(0)),
      });
      expect(model.actors.map((a) => a.name)).toEqual(publicScenario(loaded.scenario).actors.map((a) => a.name));
      return model.actors.map((a) => a.code);
    };
    // ukraine-2025's ids are ukraine, russia, usa, europe: the United States was "USA" when codes came from ids.
    expect(codesOf('ukraine-2025.yaml')).toEqual(['UKR', 'RUS', 'US', 'EUR']);
    expect(codesOf('tutorial.yaml')).toEqual(['NOR', 'SOU']);
  });
});
