// What a student is told, on the statement tab, that the scenario answers a red line with: every rule, event,
// pressure, meeting rule and ending whose condition or effects read it, and nothing that reads another actor's or
// another option's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { redLineAnswers } from '../../../src/engine/game/redLineAnswers';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';
import { ordersFor } from './kit';

const file = 'tests/fixtures/three.yaml';
/** The fixture with `from` replaced: each patch must find its text. */
const patched = (text: string, [from, to]: readonly [string, string]): string => {
  if (!text.includes(from)) throw new Error(`the fixture no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
};
const text = (
  [
    [
      'dynamics:\n',
      `dynamics:
  - id: defiance
    description: The coast arms while Beta refuses any lease.
    when: "red_line.beta.port.leased"
    add: { world.tension: 7 }
  - id: quiet
    when: "red_line.beta.port.leased and week > 2"
    add: { world.tension: 1 }
  - id: tide
    description: Fishing boats stay in port while the lease is refused.
    add: { world.tension: "if(red_line.beta.port.leased, 2, 0)" }
`,
    ],
    ['    when: "settled.canal"\n', '    when: "settled.canal or red_line.beta.port.leased"\n'],
    ['    name: Calming talks\n', '    name: Calming talks\n    when: "not red_line.alpha.port.leased"\n'],
    [
      'effects: { add: { world.tension: 70 } }',
      'effects: { add: { world.tension: "70 + if(red_line.beta.port.shared, 5, 0)" } }',
    ],
    ['when: "world.tension >= 90"', 'when: "world.tension >= 90 or (red_line.beta.port.leased and week >= 4)"'],
    [
      'actions:\n',
      `meeting_rules:
  - id: harbour_talks
    when: "red_line.alpha.port.shared"
    includes: [alpha, beta]
    others_allowed: false
    message: Once Alpha refuses a shared port, the harbour talks are for Alpha and Beta alone.
    label: simulated
actions:
`,
    ],
  ] as const
).reduce(patched, readFileSync(file, 'utf8'));

describe('red_line names', () => {
  it('exist only for a lever’s signatories: gamma does not sign the port', () => {
    const refused = loadScenario(
      text.replace('when: "red_line.beta.port.leased"', 'when: "red_line.gamma.port.leased"'),
      file,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
        'EXPR_UNKNOWN_NAME',
      ]);
  });
});

describe('redLineAnswers', () => {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  const scenario = publicScenarioOf(loaded.scenario);
  const on = ordersFor(loaded.scenario);
  const port = on.lever('port');

  it('names each rule, event and ending that reads the red line, in its condition or its effects, in words', () => {
    expect(redLineAnswers(scenario, on.actor('beta'), port, on.option('port', 'leased'))).toEqual([
      'The coast arms while Beta refuses any lease.',
      'The world changes every week this red line stands (the scenario does not say how).',
      'Fishing boats stay in port while the lease is refused.',
      'It bears on news that may come.',
      'It bears on an ending: “Crisis”.',
    ]);
  });

  it('names a pressure that reads it in its condition or its effects, and a meeting rule', () => {
    expect(redLineAnswers(scenario, on.actor('alpha'), port, on.option('port', 'leased'))).toEqual([
      'It bears on a pressure: “Calming talks”.',
    ]);
    expect(redLineAnswers(scenario, on.actor('beta'), port, on.option('port', 'shared'))).toEqual([
      'It bears on a pressure: “Naval blockade”.',
    ]);
    expect(redLineAnswers(scenario, on.actor('alpha'), port, on.option('port', 'shared'))).toEqual([
      'It bears on who may meet: “Once Alpha refuses a shared port, the harbour talks are for Alpha and Beta alone.”',
    ]);
  });
});
