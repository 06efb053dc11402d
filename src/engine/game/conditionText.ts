/**
 * A scenario condition in plain words, for a player: "Ceasefire is
 * “Partial ceasefire”", "U.S. aid flow is at least 40", "from week 3". It
 * reads the simple conditions scenarios give their pressures — a lever's
 * option, a value against a number known before play, the week, whether a
 * lever is settled, whether an actor has declared a red line, joined by
 * `and` and `or` — and gives null for anything else, so that a caller says
 * less rather than show an expression.
 */
import type { Ast } from '../expr/Ast';
import { parse } from '../expr/parse';
import { tokenize } from '../expr/tokenize';
import { constantOf } from './endingThresholds';
import { fmt } from './fmt';
import type { PublicScenario } from './PublicScenario';
import { capitalise, theName } from '../text';

const AS_WORDS: Readonly<Record<string, string>> = {
  '>=': 'at least',
  '>': 'above',
  '<=': 'at most',
  '<': 'below',
  '==': 'exactly',
  '!=': 'not',
};

export function conditionText(scenario: PublicScenario, source: string): string | null {
  let ast: Ast;
  try {
    ast = parse(tokenize(source), source);
  } catch {
    return null;
  }
  return phrase(scenario, ast);
}

function phrase(scenario: PublicScenario, ast: Ast): string | null {
  const leverOf = (name: string, prefix: string) =>
    name.startsWith(prefix) ? scenario.levers.find((l) => l.id === name.slice(prefix.length)) : undefined;
  if (ast.kind === 'name') {
    const settled = leverOf(ast.name, 'settled.');
    return settled ? `${settled.name} is settled` : redLineText(scenario, ast.name, true);
  }
  if (ast.kind === 'unary' && ast.op === 'not' && ast.operand.kind === 'name') {
    const settled = leverOf(ast.operand.name, 'settled.');
    return settled ? `${settled.name} is not settled` : redLineText(scenario, ast.operand.name, false);
  }
  if (ast.kind !== 'binary') return null;
  if (ast.op === 'and' || ast.op === 'or') {
    const left = phrase(scenario, ast.left);
    const right = phrase(scenario, ast.right);
    return left && right ? `${left} ${ast.op} ${right}` : null;
  }
  const words = AS_WORDS[ast.op];
  if (!words || ast.left.kind !== 'name') return null;
  const lever = leverOf(ast.left.name, 'lever.');
  if (lever) {
    const right = ast.right;
    const option = right.kind === 'name' ? lever.options.find((o) => o.id === right.name) : undefined;
    if (!option || (ast.op !== '==' && ast.op !== '!=')) return null;
    return `${lever.name} is ${ast.op === '!=' ? 'not ' : ''}“${option.name}”`;
  }
  const at = constantOf(ast.right, scenario);
  if (at === undefined) return null;
  if (ast.left.name === 'week') {
    const unit = scenario.turns.unit;
    if (ast.op === '>=') return `from ${unit} ${fmt(at)}`;
    if (ast.op === '<=') return `until ${unit} ${fmt(at)}`;
    return `the ${unit} is ${words} ${fmt(at)}`;
  }
  const slot = scenario.valueIndex.get(ast.left.name);
  const value = slot === undefined ? undefined : scenario.values[slot];
  return value ? `${value.name} is ${words} ${fmt(at)}` : null;
}

/** `red_line.<actor>.<lever>.<option>` in words: "The Soviet Union has declared “Dismantled and shipped home” a red line". */
function redLineText(scenario: PublicScenario, name: string, declared: boolean): string | null {
  const [head, actorId, leverId, optionId, ...rest] = name.split('.');
  if (head !== 'red_line' || rest.length > 0) return null;
  const actor = scenario.actors.find((a) => a.id === actorId);
  const lever = scenario.levers.find((l) => l.id === leverId);
  const option = lever?.options.find((o) => o.id === optionId);
  if (!actor || !lever || !option) return null;
  return `${capitalise(theName(actor))} ${declared ? 'has' : 'has not'} declared “${option.name}” a red line on ${lever.name}`;
}
