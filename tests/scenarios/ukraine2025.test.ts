/**
 * Holds scenarios/ukraine-2025.yaml to its brief: the actors, the
 * levers and their options, who signs and proposes what, the article embedded
 * verbatim, every reported quote taken from it, the article's two offers kept
 * apart, the briefings' length, and the context labels. It reads the YAML
 * directly (not through the loader) so that it checks the content, not the
 * loader's API.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAlias, parse, parseDocument, visit } from 'yaml';

const FILE = 'scenarios/ukraine-2025.yaml';
const text = readFileSync(FILE, 'utf8');
const scenario = parse(text) as Scenario;

/** SHA-256 of the seed article (../shared/seed/article.txt), whose text the scenario embeds. */
const ARTICLE_SHA256 = '0a3dd2ee2207065a002efbf7753ea6fdab35ab53d4049709ac6f5cbd8e2fb7df';
const HEADLINE = 'Zelensky agrees to drop NATO bid if it ends the war';
const RESIGN_SENTENCE =
  'In a surprising declaration, Ukrainian President Volodymyr Zelensky expressed a willingness to resign if it would ensure peace for Ukraine and facilitate the country\u2019s entry into NATO.';

interface Provenance { label: 'reported' | 'context' | 'simulated'; source?: string; quote?: string; note?: string }
type Paragraph = Provenance & { text: string };
interface Actor extends Provenance {
  id: string; name: string; leader: string; colour: string; playable: boolean; action_points: number;
  briefing: string | Paragraph[];
  advisers?: (Provenance & { name: string; role: string })[];
  profile: {
    weights: Record<string, number>;
    values: Record<string, Record<string, number>>;
    reservation: string | number;
    horizon: [number, number];
  };
}
interface Lever extends Provenance {
  id: string; name: string; options: (Partial<Provenance> & { id: string; name: string })[]; status_quo: string; signatories: string[]; proposable_by?: string[]; opens: 'start' | 'event';
}
interface Effects { add?: Record<string, unknown>; set?: Record<string, unknown>; open?: string[]; break?: string[] }
interface Event extends Provenance { id: string; week?: number; chance?: number; headline: string; effects?: Effects }
interface Pressure extends Provenance { id: string; actor: string; cost: number; cooldown: number; user_cost: Effects; effects: Effects }
interface Scenario {
  format: number; id: string; turns: { count: number };
  sources: { id: string; title: string; text?: string }[];
  actors: Actor[]; levers: Lever[]; events?: Event[]; pressure?: Pressure[];
  meeting_rules?: { when: string; includes: string[]; others_allowed: boolean }[];
  endings: { id: string; kind: string; default?: boolean; when?: string }[];
}

const article = scenario.sources.find((s) => s.id === 'article');
const articleText = article?.text ?? '';
const lever = (id: string): Lever => {
  const found = scenario.levers.find((l) => l.id === id);
  if (!found) throw new Error(`no lever ${id}`);
  return found;
};

/** Every object in the scenario that carries a provenance label, with its path. */
function labelled(): { path: string; p: Provenance }[] {
  const out: { path: string; p: Provenance }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (node !== null && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o['label'] === 'string') out.push({ path, p: o as unknown as Provenance });
      for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    }
  };
  walk(scenario, '');
  return out;
}

/** An actor's briefing as its paragraphs (a plain briefing is one, unlabelled). */
const paragraphsOf = (a: Actor): Paragraph[] =>
  typeof a.briefing === 'string' ? [{ text: a.briefing, label: a.label }] : a.briefing;
const briefingText = (a: Actor): string => paragraphsOf(a).map((p) => p.text).join('\n\n');

/** Word count as the loader counts it: whitespace-separated tokens with a letter or digit. */
const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('ukraine-2025: the file', () => {
  it('starts with the JSON Schema line and uses format 1 and its file name as id', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    expect(scenario.format).toBe(1);
    expect(scenario.id).toBe('ukraine-2025');
  });

  it('uses no anchors, aliases or tags', () => {
    const doc = parseDocument(text);
    let bad = 0;
    visit(doc, (_key, node) => {
      if (isAlias(node)) bad++;
      else if (node && typeof node === 'object' && 'anchor' in node && (node as { anchor?: string }).anchor) bad++;
      else if (node && typeof node === 'object' && 'tag' in node && (node as { tag?: string }).tag) bad++;
    });
    expect(bad).toBe(0);
  });
});

describe('ukraine-2025: the source', () => {
  it('embeds the article verbatim, headline first', () => {
    expect(article).toBeDefined();
    expect(article?.title).toBe(HEADLINE);
    expect(articleText.split('\n')[0]).toBe(HEADLINE);
    expect(createHash('sha256').update(articleText, 'utf8').digest('hex')).toBe(ARTICLE_SHA256);
    expect(articleText).toContain('\u2019'); // curly apostrophes kept
  });

  it('quotes every reported element verbatim from the article', () => {
    const reported = labelled().filter(({ p }) => p.label === 'reported');
    expect(reported.length).toBeGreaterThan(10);
    for (const { path, p } of reported) {
      expect(p.source, path).toBe('article');
      expect(typeof p.quote, path).toBe('string');
      expect(articleText.includes(p.quote!), `${path}: ${p.quote}`).toBe(true);
    }
  });

  it('gives every context element a note', () => {
    for (const { path, p } of labelled().filter(({ p }) => p.label === 'context')) {
      expect(p.note?.length ?? 0, path).toBeGreaterThan(20);
    }
  });
});

describe('ukraine-2025: the article\u2019s two offers stay apart', () => {
  const quotes = labelled().flatMap(({ path, p }) => (p.quote ? [{ path, quote: p.quote }] : []));

  it('no quote contains both the NATO offer and the resignation offer', () => {
    for (const { path, quote } of quotes) {
      const nato = quote.includes('drop NATO bid');
      const resign = quote.includes('resign');
      expect(nato && resign, path).toBe(false);
    }
  });

  it('two different events quote the headline offer and the resignation offer', () => {
    const events = scenario.events ?? [];
    const natoEvents = events.filter((e) => e.quote === HEADLINE);
    const resignEvents = events.filter((e) => e.quote === RESIGN_SENTENCE);
    expect(natoEvents.length).toBeGreaterThanOrEqual(1);
    expect(resignEvents.length).toBeGreaterThanOrEqual(1);
    for (const a of natoEvents) for (const b of resignEvents) expect(a.id).not.toBe(b.id);
    // Each offer opens its own lever.
    expect(natoEvents.some((e) => e.effects?.open?.includes('nato'))).toBe(true);
    expect(resignEvents.some((e) => e.effects?.open?.includes('leadership'))).toBe(true);
  });

  it('the headline quote is the first line of the article, the resignation sentence is in its body', () => {
    expect(articleText.startsWith(`${HEADLINE}\n`)).toBe(true);
    expect(articleText.indexOf(RESIGN_SENTENCE)).toBeGreaterThan(HEADLINE.length);
  });
});

describe('ukraine-2025: actors', () => {
  it('has the four playable actors', () => {
    expect(scenario.actors.map((a) => a.id).sort()).toEqual(['europe', 'russia', 'ukraine', 'usa']);
    for (const a of scenario.actors) {
      expect(a.playable, a.id).toBe(true);
      expect(a.action_points, a.id).toBe(3);
    }
    const leader = (id: string) => scenario.actors.find((a) => a.id === id)?.leader;
    expect(leader('ukraine')).toBe('Volodymyr Zelensky');
    expect(leader('russia')).toBe('Vladimir Putin');
    expect(leader('usa')).toBe('Donald Trump');
  });

  it('gives every actor a distinct colour', () => {
    const colours = scenario.actors.map((a) => a.colour.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
  });

  it.each(['ukraine', 'russia', 'usa', 'europe'])('%s has a briefing of 150–300 words in its own voice', (id) => {
    const a = scenario.actors.find((x) => x.id === id)!;
    const n = words(briefingText(a));
    expect(n).toBeGreaterThanOrEqual(150);
    expect(n).toBeLessThanOrEqual(300);
    expect(briefingText(a)).toMatch(/\bWe\b/);
  });

  it('names the Defense Secretary, Pete Hegseth, as context (the article prints "Pete Heg")', () => {
    const advisers = scenario.actors.find((a) => a.id === 'usa')?.advisers ?? [];
    const hegseth = advisers.find((a) => a.name === 'Pete Hegseth');
    expect(hegseth?.label).toBe('context');
    expect(hegseth?.note).toContain('Pete Heg');
    expect(articleText).toContain('Pete Heg');
    expect(articleText).not.toContain('Hegseth');
  });

  it('gives the special envoy a voice, labelled context (the article does not name him)', () => {
    const advisers = scenario.actors.find((a) => a.id === 'usa')?.advisers ?? [];
    const envoy = advisers.find((a) => /envoy/i.test(a.role));
    expect(envoy?.label).toBe('context');
    expect(articleText).not.toContain(envoy?.name ?? '?');
  });

  it('has profiles whose lever weights sum to 1 and value every option of a weighted lever', () => {
    for (const a of scenario.actors) {
      const sum = Object.values(a.profile.weights).reduce((x, y) => x + y, 0);
      expect(sum, a.id).toBeCloseTo(1, 9);
      for (const [leverId, w] of Object.entries(a.profile.weights)) {
        if (w <= 0) continue;
        for (const o of lever(leverId).options) expect(a.profile.values[leverId]?.[o.id], `${a.id} ${leverId} ${o.id}`).toBeTypeOf('number');
      }
      expect(String(a.profile.reservation), a.id).not.toMatch(/\b(lever|settled)\./);
      expect(a.profile.horizon[0], a.id).toBeGreaterThanOrEqual(2);
      expect(a.profile.horizon[1], a.id).toBeLessThanOrEqual(scenario.turns.count);
    }
  });
});

describe('ukraine-2025: levers', () => {
  const expected: Record<string, { options: string[]; status_quo: string }> = {
    nato: { options: ['pursue', 'postpone', 'renounce'], status_quo: 'pursue' },
    leadership: { options: ['stays', 'elections', 'resigns'], status_quo: 'stays' },
    minerals: { options: ['none', 'joint_fund', 'us_majority'], status_quo: 'none' },
    ceasefire: { options: ['none', 'partial', 'full'], status_quo: 'none' },
    security: { options: ['none', 'european_force', 'european_force_us_backstop'], status_quo: 'none' },
    territory: { options: ['no_recognition', 'frozen_line', 'recognition'], status_quo: 'no_recognition' },
    sanctions: { options: ['keep', 'phased_relief', 'lifted'], status_quo: 'keep' },
    seat: { options: ['us_russia_only', 'inclusive'], status_quo: 'us_russia_only' },
  };

  it.each(Object.entries(expected))('%s has its options and status quo', (id, want) => {
    const l = lever(id);
    expect(l.options.map((o) => o.id)).toEqual(want.options);
    expect(l.status_quo).toBe(want.status_quo);
  });

  it('leadership is signed by Ukraine alone and only Ukraine may propose it', () => {
    const l = lever('leadership');
    expect(l.signatories).toEqual(['ukraine']);
    expect((l.proposable_by ?? []).filter((a) => a !== 'ukraine')).toEqual([]);
  });

  it('the seat at the table is signed by the U.S. and Russia, and a U.S.–Russia meeting is closed while it stands', () => {
    expect([...lever('seat').signatories].sort()).toEqual(['russia', 'usa']);
    const rule = (scenario.meeting_rules ?? []).find((r) => r.when.replace(/\s+/g, ' ').trim() === 'lever.seat == us_russia_only');
    expect(rule?.includes.slice().sort()).toEqual(['russia', 'usa']);
    expect(rule?.others_allowed).toBe(false);
  });

  it('the minerals deal is signed by Ukraine and the U.S. and reported as compensation for aid', () => {
    const l = lever('minerals');
    expect([...l.signatories].sort()).toEqual(['ukraine', 'usa']);
    expect(l.label).toBe('reported');
    expect(l.quote).toContain('compensation');
  });

  it('opens a few levers at the start and the rest by events in weeks 1–3', () => {
    const atStart = scenario.levers.filter((l) => l.opens === 'start').map((l) => l.id).sort();
    expect(atStart).toEqual(['ceasefire', 'minerals', 'seat']);
    for (const l of scenario.levers.filter((x) => x.opens === 'event')) {
      const openers = (scenario.events ?? []).filter((e) => e.effects?.open?.includes(l.id));
      expect(openers.length, l.id).toBeGreaterThan(0);
      expect(openers.every((e) => e.week !== undefined && e.week <= 3), l.id).toBe(true);
    }
  });
});

describe('ukraine-2025: pressure, events and endings', () => {
  it('gives every role at least two pressure actions, each with a cost to its user and a cooldown', () => {
    for (const id of ['ukraine', 'russia', 'usa', 'europe']) {
      const mine = (scenario.pressure ?? []).filter((p) => p.actor === id);
      expect(mine.length, id).toBeGreaterThanOrEqual(2);
      for (const p of mine) {
        expect(p.cost, p.id).toBeGreaterThanOrEqual(1);
        expect(p.cost, p.id).toBeLessThanOrEqual(2);
        expect(p.cooldown, p.id).toBeGreaterThan(0);
        expect(Object.keys(p.user_cost.add ?? {}).length + Object.keys(p.user_cost.set ?? {}).length, p.id).toBeGreaterThan(0);
      }
    }
  });

  it('times every event by week or by chance, never both', () => {
    for (const e of scenario.events ?? []) expect((e.week === undefined) !== (e.chance === undefined), e.id).toBe(true);
  });

  it('has the endings of the brief, with no_deal as the default', () => {
    const byId = new Map(scenario.endings.map((e) => [e.id, e]));
    for (const id of ['comprehensive_peace', 'talks_collapse', 'escalation']) expect(byId.get(id)?.kind, id).toBe('terminal');
    for (const id of ['ceasefire_only', 'partial_deals', 'no_deal']) expect(byId.get(id)?.kind, id).toBe('classification');
    expect(byId.get('no_deal')?.default).toBe(true);
    expect(byId.get('no_deal')?.when).toBeUndefined();
  });
});

describe('ukraine-2025: read against its source', () => {
  const CRITICS = [
    'Some observers are puzzled by the perceived deference to Putin',
    'Critics contend that Trump\u2019s unilateral approach',
  ];
  const actor = (id: string): Actor => scenario.actors.find((a) => a.id === id)!;
  const event = (id: string): Event => (scenario.events ?? []).find((e) => e.id === id)!;

  it('writes every briefing as labelled paragraphs, each reported one quoting the article and each context one with a note', () => {
    for (const a of scenario.actors) {
      expect(Array.isArray(a.briefing), a.id).toBe(true);
      const labels = new Set(paragraphsOf(a).map((p) => p.label));
      // The game's own mechanics (what no deal does in play) are told apart from the facts.
      expect(labels.has('simulated'), a.id).toBe(true);
      expect(labels.has('context'), a.id).toBe(true);
    }
  });

  it('keeps "reportedly", "as reported" and "the article reports" out of the actors\u2019 own voices', () => {
    for (const a of scenario.actors) {
      const voice = `${briefingText(a)}\n${(a as Actor & { summary?: string }).summary ?? ''}`;
      expect(voice, a.id).not.toMatch(/reportedly|as reported|the article|observers|critics/i);
    }
  });

  it('reports the critics of the U.S. approach once, as what critics say, with no penalty attached', () => {
    const quoting = labelled().filter(({ p }) => CRITICS.some((c) => p.quote?.includes(c)));
    expect(quoting.map(({ path }) => path)).toEqual([`.events[${(scenario.events ?? []).indexOf(event('critics_speak'))}]`]);
    expect(event('critics_speak').headline).toMatch(/^Critics say/);
    expect(event('critics_speak').effects).toBeUndefined();
  });

  it('shows the headline as a headline and the body\u2019s offer as the offer, with a note on the gap', () => {
    const headline = event('nato_offer');
    expect(headline.quote).toBe(HEADLINE);
    expect(headline.headline).toBe(`A headline: "${HEADLINE}"`);
    expect(headline.note).toMatch(/body of the article reports a different offer/);
    expect(lever('nato').note).toMatch(/^Read past the headline/);
    expect(event('resignation_offer').quote).toBe(RESIGN_SENTENCE);
    // Ukraine's own briefing tells the offer its president made, never the headline's.
    const ukraine = paragraphsOf(actor('ukraine'));
    expect(ukraine.some((p) => p.quote === RESIGN_SENTENCE)).toBe(true);
    expect(ukraine.some((p) => p.quote === HEADLINE || /drop|give up NATO|renounce/i.test(p.text))).toBe(false);
    expect(briefingText(actor('ukraine'))).toMatch(/NATO membership remains our goal/);
  });

  it('gives Russia\u2019s publicly stated demands plainly, as context with a note', () => {
    const demands = paragraphsOf(actor('russia')).find((p) => p.text.startsWith('Our conditions are public'));
    expect(demands?.label).toBe('context');
    for (const demand of [
      /NATO membership for good/,
      /neutral, non-aligned and non-nuclear/,
      /demilitarised and\s+denazified/,
      /Russian speakers/,
      /Crimea and Sevastopol/,
      /Zaporizhzhia and Kherson/,
      /No troops from\s+NATO countries/,
      /sanctions[\s\S]*lifted/,
    ])
      expect(demands?.text).toMatch(demand);
    expect(demands?.note).toMatch(/14 June 2024/);
    // The note says how Kyiv and Western governments answer the terms, as the other sides' notes answer theirs.
    expect(demands?.note).toMatch(/Kyiv and Western governments reject/);
    expect(briefingText(actor('russia'))).not.toMatch(/territorial reality/);
  });

  it('words the annexations alike: declared annexed, in 2014 and in 2022', () => {
    const all = JSON.stringify(scenario.levers) + JSON.stringify(scenario.actors);
    expect(all).not.toMatch(/claimed to annex|\(annexed in 2014\)/);
    expect(lever('territory').note).toMatch(/declared Crimea annexed in 2014 and the four regions annexed in 2022/);
  });

  it('labels the options the article does not contain on its reported levers', () => {
    const option = (l: string, o: string) => lever(l).options.find((x) => x.id === o)!;
    expect(option('nato', 'postpone').label).toBe('simulated');
    expect(option('nato', 'renounce')).toMatchObject({ label: 'reported', quote: HEADLINE });
    expect(option('nato', 'pursue').label).toBe('context');
    expect(option('minerals', 'us_majority').label).toBe('simulated');
    expect(option('minerals', 'joint_fund').label).toBe('context');
    expect(option('leadership', 'elections').label).toBe('context');
    expect(option('ceasefire', 'partial').label).toBe('context');
    expect(option('ceasefire', 'full').label).toBe('context');
    expect(option('seat', 'inclusive').label).toBe('context');
  });

  it('says whose view each side\u2019s contested claim is, not only Russia\u2019s', () => {
    const noteOf = (id: string, start: string) => paragraphsOf(actor(id)).find((p) => p.text.startsWith(start))?.note;
    expect(noteOf('ukraine', 'NATO membership remains our goal')).toMatch(/is Kyiv's view; Moscow calls/);
    expect(noteOf('ukraine', 'NATO membership remains our goal')).toMatch(/Budapest Memorandum[\s\S]*Moscow denies/);
    expect(noteOf('usa', 'We want this war over')).toMatch(/"Stalemate" is the administration's description/);
    expect(noteOf('europe', 'We are Ukraine')).toMatch(/ES-11\/1[\s\S]*Russia rejects it/);
    expect(noteOf('russia', 'The Minsk agreements')).toMatch(/Kyiv and Western governments answer/);
  });

  it('gives every actor a named adviser, labelled context', () => {
    for (const a of scenario.actors) {
      expect(a.advisers?.length ?? 0, a.id).toBeGreaterThan(0);
      for (const adviser of a.advisers ?? []) expect(adviser.label, adviser.name).toBe('context');
    }
  });

  it('dates the European force talks in the week they fire (week 3 begins on 3 March 2025)', () => {
    const talks = event('european_force_talks');
    expect(talks.week).toBe(3);
    const start = Date.parse(`${(scenario as unknown as { turns: { start_date: string } }).turns.start_date}T00:00:00Z`);
    expect(new Date(start + 14 * 86_400_000).toISOString().slice(0, 10)).toBe('2025-03-03');
    expect(talks.note).toMatch(/^Not in the article\. On 2 March 2025, the eve of week 3/);
  });

  it('does not charge European voters for aid paid from frozen Russian assets', () => {
    const aid = (scenario.pressure ?? []).find((p) => p.id === 'boost_aid')!;
    expect(aid.user_cost.add?.['world.aid_spent']).toBeUndefined();
    expect(JSON.stringify(aid)).not.toMatch(/voters/);
  });

  it('lets no strike on civilians reward a side by raising Western unity', () => {
    const strike = event('strike_on_city');
    expect(strike.effects?.add?.['world.human_cost']).toBeGreaterThan(0);
    expect(strike.effects?.add?.['world.western_unity']).toBeUndefined();
  });

  it('names the human cost in the endings of a war that goes on, and no flippant word', () => {
    const narrative = (id: string) => (scenario.endings.find((e) => e.id === id) as unknown as { narrative: string }).narrative;
    for (const id of ['escalation', 'partial_deals', 'no_deal', 'ceasefire_only']) expect(narrative(id), id).toMatch(/dead and\s+wounded|killed\s+and\s+wounded/);
    expect(text).not.toMatch(/banked|game over/i);
  });

  it('names levers as nouns that read inside a sentence', () => {
    expect(scenario.levers.map((l) => l.name)).toEqual([
      "Ukraine's path to NATO",
      "Zelensky's leadership",
      "U.S. access to Ukraine's rare earths",
      'Ceasefire',
      "Ukraine's security",
      'Territory held by Russia',
      'Relief from sanctions',
      'Participation in the talks',
    ]);
  });
});
