/**
 * The choices a seat's screen shows must be the rules' own answers. For one
 * seat at one moment, every candidate single order (each lever × option as a
 * one-clause package, each answer to each package, each meeting of two, each
 * statement, each pressure) is judged twice: by choicesOf from the seat's
 * view, and by checkAction on the whole game state. Returns the
 * disagreements, as readable lines (none when the two agree).
 */
import {
  checkAction,
  choicesOf,
  publicScenarioOf,
  viewFor,
  type Action,
  type ActorIndex,
  type CompiledScenario,
  type GameState,
  type Verdict,
} from '../../engine/authoring';

export function checkChoices(
  scenario: CompiledScenario,
  state: GameState,
  seat: ActorIndex,
  draft: readonly Action[],
): string[] {
  const pub = publicScenarioOf(scenario);
  const choices = choicesOf(viewFor(scenario, state, seat, []), draft);
  const problems: string[] = [];
  const compare = (what: string, shown: Verdict, action: Action) => {
    const rules = checkAction(pub, state, draft, action);
    if ((shown?.code ?? null) !== (rules?.code ?? null)) {
      problems.push(
        `week ${state.week}, seat ${seat}, ${what}: choices ${shown?.code ?? 'allowed'}, rules ${rules?.code ?? 'allowed'}`,
      );
    }
  };
  for (const l of choices.levers) {
    for (const o of l.options) {
      compare(`propose ${l.lever}=${o.option}`, o.refusal, {
        type: 'propose',
        actor: seat,
        clauses: [{ lever: l.lever, option: o.option }],
      });
    }
  }
  for (const a of choices.answers) {
    compare(`accept ${a.package.id}`, a.accept, { type: 'accept', actor: seat, package: a.package.id });
    compare(`reject ${a.package.id}`, a.reject, { type: 'reject', actor: seat, package: a.package.id });
    // A counter is judged on its answer and its points; its clauses are judged like a proposal's.
    const clause = choices.levers.flatMap((l) =>
      l.options.filter((o) => o.refusal === null).map((o) => ({ lever: l.lever, option: o.option })),
    )[0];
    if (clause)
      compare(`counter ${a.package.id}`, a.counter, {
        type: 'counter',
        actor: seat,
        to: a.package.id,
        clauses: [clause],
      });
  }
  for (const m of choices.meet) compare(`meet ${m.actor}`, m.refusal, { type: 'meet', actor: seat, with: [m.actor] });
  for (const s of choices.statements) {
    compare(`flexibility ${s.lever}`, s.flexibility, { type: 'flexibility', actor: seat, lever: s.lever });
    for (const r of s.redLine) {
      compare(`red line ${s.lever}:${r.option}`, r.refusal, {
        type: 'red_line',
        actor: seat,
        lever: s.lever,
        options: [r.option],
      });
    }
  }
  for (const p of choices.pressures) {
    compare(`pressure ${p.pressure}`, p.refusal, { type: 'pressure', actor: seat, pressure: p.pressure });
  }
  return problems;
}
