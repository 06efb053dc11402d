/**
 * What a compiled scenario does at the start of a game, read with the
 * engine's own rules rather than a copy of them: each actor's reservation
 * value on the initial world (an ordinary number, near its utility of the
 * status quo), and the end check on the state a new game starts from.
 */
import { createGame } from '../game/createGame';
import { resolveEnd } from '../game/resolveEnd';
import { startEnvOf } from '../game/startEnvOf';
import { utilityOf } from '../model/utilityOf';
import { agree, capitalise, possessive, theName } from '../text';
import type { CompiledScenario } from './CompiledScenario';
import { hundredths } from './hundredths';
import type { Report } from './Report';

/** Week 1's random news depends on the seed; this is the seed `npm run sim` plays by default. */
const START_SEED = 1;

export function checkStart(s: CompiledScenario, report: Report): void {
  checkReservations(s, report);
  checkEndingAtStart(s, report);
}

function checkReservations(s: CompiledScenario, report: Report): void {
  const env = startEnvOf(s);
  s.actors.forEach((a) => {
    const path = ['actors', a.index, 'profile', 'reservation'];
    const u = utilityOf(a.profile, env.levers, env.values);
    const rv = a.profile.reservation.fn(env);
    // An overflow saturates at ±Number.MAX_VALUE (docs/expressions.md); every later sum with it is infinite.
    if (!(Math.abs(rv) < Number.MAX_VALUE)) {
      report(
        'RV_NOT_FINITE',
        path,
        `${capitalise(possessive(theName(a)))} reservation value at the start is too large to be a number: the expression overflows.`,
        'A reservation value is in points, like the values of the options (0 to 100): check the multiplications in `reservation`.',
      );
    } else if (Math.abs(u - rv) > s.rvTolerance) {
      report(
        'RV_FAR_FROM_STATUS_QUO',
        path,
        `${capitalise(possessive(theName(a)))} reservation value at the start is ${hundredths(rv)}, but ${agree(a, 'its', 'their')} utility of the status quo is ${hundredths(u)} (tolerance ${s.rvTolerance}).`,
        'No deal at the start should be worth about what the status quo is worth; adjust the reservation expression or the values.',
      );
    }
  });
}

/** A terminal ending that the end check picks on the state a game starts from would end every game in week 1. */
function checkEndingAtStart(s: CompiledScenario, report: Report): void {
  const { state } = createGame(s, START_SEED);
  const ended = resolveEnd(s, state).find((e) => e.type === 'game_ended');
  const ending = ended ? s.endings[ended.ending] : undefined;
  if (!ending || ending.kind !== 'terminal') return;
  report(
    'ENDING_AT_START',
    ['endings', ending.index, 'when'],
    `Ending \`${ending.id}\` ("${ending.title}") holds at the start: its condition is already true before anyone moves, so every game would end with it in ${s.turns.unit} 1.`,
    'Write a condition that becomes true during the game, and check it against the starting values (metrics’ `initial`, `support`, trust, each lever’s `status_quo`) and the first week’s events.',
  );
}
