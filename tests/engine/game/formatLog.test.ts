/**
 * A log people read (formatLog): the reader is "you"; packages go by their
 * names, never their ids; every trust change says what moved it; an update
 * of estimates says what the reader now believes, never a range of numbers;
 * a red line crossed is named. Told on tests/fixtures/three.yaml (meeting
 * +5 trust, left out −4), then held over whole ukraine-2025 games, for every
 * seat's log.
 */
import { describe, expect, it } from 'vitest';
import { formatCauses } from '../../../src/engine/game/formatCauses';
import { formatLog, LOG_KINDS } from '../../../src/engine/game/formatLog';
import { publicText } from '../../../src/engine/game/formatReasons';
import type { GameEvent } from '../../../src/engine/game/GameEvent';
import type { Interval } from '../../../src/engine/game/GameState';
import type { ActorIndex } from '../../../src/engine/game/ids';
import { packageName } from '../../../src/engine/game/packageName';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { eventsFor } from '../../../src/engine/game/visibleTo';
import { playGame, seeds } from '../playGame';
import { fixture, ordersFor, Table, ukraine } from './kit';

const scenario = fixture('three');
const pub = publicScenarioOf(scenario);
const on = ordersFor(scenario);
const [ALPHA, BETA, GAMMA] = [on.actor('alpha'), on.actor('beta'), on.actor('gamma')];
const SEED = 1;

/** The lines of `reader`'s log of the table's last week. */
function lastWeekOf(t: Table, reader: ActorIndex): string[] {
  const from = t.events.length - (t.last?.events.length ?? 0);
  const seen = eventsFor(t.events.slice(0, from), reader).length;
  return formatLog(scenario, eventsFor(t.events, reader), { reader })
    .filter((e) => e.event >= seen)
    .map((e) => e.text);
}

/** The lever whose interval has the highest middle (ties: the lower index), as the log's "matters most". */
function topOf(intervals: readonly Interval[]): string {
  const mids = intervals.map(([lo, hi]) => (lo + hi) / 2);
  return scenario.levers[mids.indexOf(Math.max(...mids))]!.name;
}

describe('a package', () => {
  it('is named for people: whose, offer or counter-offer, which of the week, the week; "your" for the reader', () => {
    const pkg = (id: string, proposer: ActorIndex, counters: string | null = null) => ({
      id,
      proposer,
      week: Number(id.slice(1, id.indexOf('-'))),
      counters,
    });
    expect(packageName(pub, pkg('w6-beta-1', BETA), ALPHA)).toBe("Beta's offer of week 6");
    expect(packageName(pub, pkg('w6-beta-1', BETA), BETA)).toBe('your offer of week 6');
    expect(packageName(pub, pkg('w2-alpha-1', ALPHA, 'w1-beta-1'), ALPHA)).toBe('your counter-offer of week 2');
    // The number in the id counts offers and counter-offers together: no two packages share a name.
    expect(packageName(pub, pkg('w6-beta-2', BETA), null)).toBe("Beta's second offer of week 6");
    expect(packageName(pub, pkg('w6-beta-3', BETA, 'w5-gamma-1'), null)).toBe("Beta's third counter-offer of week 6");
  });

  it('goes by its name in every line of the log that speaks of it, never by its id', () => {
    const t = new Table(scenario, SEED);
    t.week(on.propose('alpha', { port: 'leased' }));
    t.week(on.counter('beta', 'w1-alpha-1', { port: 'shared' }));
    expect(lastWeekOf(t, ALPHA)).toEqual([
      'Beta counters your offer of week 1.',
      'Your offer of week 1 expires: not every party accepted it.',
      'Beta answers your offer of week 1 with a counter-offer to you (The port: Shared).',
      'Week 3 of 5',
    ]);
    t.week(on.accept('alpha', 'w2-beta-1'));
    expect(lastWeekOf(t, BETA)).toEqual([
      'Alpha accepts your counter-offer of week 2.',
      'Signed: your counter-offer of week 2 (The port: Shared), by you and Alpha.',
      'Week 4 of 5',
    ]);
  });
});

describe('a trust change', () => {
  it('says what moved it: a meeting, who called it, or being left out of one', () => {
    const t = new Table(scenario, SEED);
    t.week(on.meet('alpha', 'beta'));
    const gamma = lastWeekOf(t, GAMMA);
    // Gamma signs the port with alpha and the fishing quota with beta: left out, it trusts both less.
    expect(gamma).toContain("Your trust in Alpha fell from 50 to 46: Alpha's meeting with Beta, without you.");
    expect(gamma).toContain("Your trust in Beta fell from 50 to 46: Alpha's meeting with Beta, without you.");
    expect(gamma).toContain("Alpha's trust in Beta rose from 50 to 55: Alpha's meeting with Beta.");
    const alpha = lastWeekOf(t, ALPHA);
    expect(alpha).toContain('Your trust in Beta rose from 50 to 55: your meeting with Beta.');
    expect(alpha).toContain("Gamma's trust in you fell from 50 to 46: your meeting with Beta, without Gamma.");
  });

  it('with several causes, gives each with what it added, alike ones summed', () => {
    const t = new Table(scenario, SEED);
    t.week(on.meet('alpha', 'beta'), on.meet('beta', 'alpha'), on.meet('gamma', 'alpha'));
    // Beta signs the port with alpha and the fishing quota with gamma: left out of their meeting.
    expect(lastWeekOf(t, BETA).filter((l) => l.startsWith('Your trust'))).toEqual([
      "Your trust in Alpha rose from 50 to 56: Alpha's meeting with you (+5); your meeting with Alpha (+5); Gamma's meeting with Alpha, without you (−4).",
      "Your trust in Gamma fell from 50 to 46: Gamma's meeting with Alpha, without you.",
    ]);
  });

  it('is told in the same words where a screen shows one change alone (formatCauses)', () => {
    const t = new Table(scenario, SEED);
    t.week(on.meet('alpha', 'beta'), on.meet('beta', 'alpha'), on.meet('gamma', 'alpha'));
    const changes = t.events.flatMap((e) => (e.type === 'values_changed' ? e.changes : []));
    const change = changes.find((c) => c.index === on.value('trust.beta.alpha'))!;
    expect(formatCauses(pub, change.causes, BETA, BETA)).toBe(
      "Alpha's meeting with you (+5); your meeting with Alpha (+5); Gamma's meeting with Alpha, without you (−4).",
    );
    expect(formatCauses(pub, change.causes, BETA, null)).toBe(
      "Alpha's meeting with Beta (+5); Beta's meeting with Alpha (+5); Gamma's meeting with Alpha, without Beta (−4).",
    );
  });

  it('from a signal of flexibility names who signalled, on which lever', () => {
    const t = new Table(scenario, SEED);
    t.week(on.flexibility('beta', 'fish'));
    expect(lastWeekOf(t, GAMMA)).toContain(
      'Your trust in Beta rose from 50 to 53: Beta signalled flexibility on Fishing quota.',
    );
  });
});

describe('estimates', () => {
  it('are summed up as what the reader now believes, and what changed, never as ranges', () => {
    const t = new Table(scenario, SEED);
    t.week(on.meet('alpha', 'beta'));
    const first = lastWeekOf(t, ALPHA).filter((l) => l.startsWith('You now think') || l.startsWith('You still'));
    const believed = topOf(t.state.estimates[ALPHA]![BETA]!);
    // Beta's costliest open lever: fish, 0.4 × 100 beats the port 0.4 × 60 and the canal 0.2 × 100.
    expect(first).toEqual([
      expect.stringMatching(
        new RegExp(
          `^You now think ${believed} matters most to Beta, then [^(]+ \\(a fair guess\\); of the levers open now, Beta has most at stake in Fishing quota\\.$`,
        ),
      ),
    ]);
    t.week(on.meet('alpha', 'beta'));
    const again = topOf(t.state.estimates[ALPHA]![BETA]!);
    const second = lastWeekOf(t, ALPHA).find((l) => /^You (now|still) think/.test(l));
    expect(second).toMatch(
      new RegExp(`^You ${again === believed ? 'still' : 'now'} think ${again} matters most to Beta`),
    );
    // Each meeting halves every interval: a quarter of the weight wide on average is still a fair guess, an eighth a close one.
    expect(second).toContain('(a fair guess)');
    t.week(on.meet('alpha', 'beta'));
    expect(lastWeekOf(t, ALPHA).find((l) => /^You (now|still) think/.test(l))).toContain('(a close guess)');
    for (const line of [...first, second]) expect(line).not.toMatch(/\d/);
  });

  it('from a statement say whether the lever surely matters a lot or little, or not yet how much', () => {
    const t = new Table(scenario, SEED);
    t.week(on.redLine('beta', 'port', 'leased'));
    const [lo, hi] = t.state.estimates[ALPHA]![BETA]![on.lever('port')]!;
    const share = 1 / scenario.levers.length;
    const how = lo >= share ? 'a lot to Beta.' : hi <= share ? 'little to Beta.' : 'to Beta, but not yet how much.';
    expect(lastWeekOf(t, ALPHA)).toContain(`You learn from Beta's statement that The port matters ${how}`);
  });
});

describe('a red line crossed', () => {
  it('is named in the public reason, whether declared or not', () => {
    expect(publicText(pub, BETA, { kind: 'red_line_crossed', lever: on.lever('port'), countered: false })).toBe(
      'Beta will never sign the clause on The port (a red line)',
    );
    expect(publicText(pub, BETA, { kind: 'red_line_crossed', lever: on.lever('port'), countered: true }, ALPHA)).toBe(
      'Beta will never sign the clause on The port (a red line); it answers with terms it expects the others can accept',
    );
  });
});

describe("every seat's log of whole ukraine-2025 games", () => {
  const game = ukraine();
  const upub = publicScenarioOf(game);
  it('has no package id, no range of weights, a cause for every trust change and no number in an estimate', () => {
    let trustChanges = 0;
    for (const seed of seeds(6, 40)) {
      const played = playGame(game, seed, 'negotiator');
      for (const actor of game.actors) {
        const events = eventsFor(played.events, actor.index);
        const log = formatLog(upub, events, { reader: actor.index });
        const where = `seed ${seed}, ${actor.id}`;
        for (const { kind, text } of log) {
          expect(LOG_KINDS, where).toContain(kind);
          expect(text, where).not.toMatch(/\bw\d+-[a-z]+-\d+\b/);
          expect(text, where).not.toMatch(/\d+(\.\d+)?–\d+(\.\d+)?%/);
          expect(text, where).not.toContain('→');
          if (kind === 'estimates') expect(text, where).not.toMatch(/\d/);
        }
        // One line per trust change, each with its cause after the change.
        const trust = log.filter((e) => e.kind === 'trust' || e.kind === 'trust_between').map((e) => e.text);
        const changes = events
          .filter((e): e is Extract<GameEvent, { type: 'values_changed' }> => e.type === 'values_changed')
          .flatMap((e) => e.changes)
          .filter((c) => game.values[c.index]!.kind === 'trust');
        expect(trust, where).toHaveLength(changes.length);
        for (const line of trust)
          expect(line, where).toMatch(
            /^(Your|.+'s?) trust in .+ (rose|fell) (from [\d.]+ to|a little, to) [\d.]+: .+\.$/,
          );
        trustChanges += changes.length;
        // The reader's own trust, in others and theirs in it, is "yours"; the rest is between the others.
        for (const line of log.filter((e) => e.kind === 'trust'))
          expect(line.text, where).toMatch(/^Your trust|trust in you /);
      }
    }
    expect(trustChanges).toBeGreaterThan(100);
  }, 60_000);
});
