/**
 * Under `npm run dev`: the errors of the scenarios being written, in a panel
 * above the game (docs/authoring.md, "Play it in the browser"). The game goes
 * on meanwhile with each file's last version without errors; the panel
 * folds away (it is a <details>) and goes when the errors are fixed.
 */
import { diagnosticsList } from './diagnosticsList';
import { h } from './dom';
import type { ScenarioProblem } from './ScenarioProblem';

const errors = (n: number) => (n === 1 ? '1 error' : `${n} errors`);

function fileSection(problem: ScenarioProblem): HTMLElement {
  const meanwhile = problem.running
    ? `The game goes on with the version of ${problem.file} you last saved without errors.`
    : `${problem.file} is left out of the list of scenarios until its errors are fixed.`;
  return h(
    'section',
    { class: 'scenario-problem' },
    h('p', { text: `${meanwhile} Fix the file and save it: the page then reloads with your change.` }),
    diagnosticsList('To fix', problem.diagnostics),
  );
}

export function scenarioProblemsPanel(parent: HTMLElement): {
  readonly show: (problems: readonly ScenarioProblem[]) => void;
} {
  const details = h('details', { attrs: { open: true } });
  // A live region: a save that brings errors is announced, as the reload that fixes them would be seen.
  const panel = h(
    'div',
    {
      class: 'scenario-problems',
      attrs: { role: 'region', 'aria-label': 'Errors in scenario files', 'aria-live': 'polite', hidden: true },
    },
    details,
  );
  parent.prepend(panel);
  return {
    show(problems) {
      panel.hidden = problems.length === 0;
      const count = problems.reduce((n, p) => n + p.diagnostics.filter((d) => d.severity === 'error').length, 0);
      const files = problems.length === 1 ? (problems[0]?.file ?? '') : `${problems.length} scenario files`;
      details.replaceChildren(h('summary', { text: `${errors(count)} in ${files}` }), ...problems.map(fileSection));
      if (problems.length > 0) details.open = true;
    },
  };
}
