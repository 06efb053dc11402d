/**
 * `npm run scenario -- new <id> [folder]`: writes a starter scenario
 * (./starter.yaml: two actors, two levers, commented) as <folder>/<id>.yaml,
 * with its id set, ready to lint and play. It never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const STARTER = resolve(import.meta.dirname, 'starter.yaml');
const SCHEMA = resolve(import.meta.dirname, '../../scenarios/scenario.schema.json');
const ID = /^[a-z][a-z0-9_-]{0,39}$/;

export type NewScenarioResult =
  { readonly ok: true; readonly file: string } | { readonly ok: false; readonly message: string };

export function newScenario(id: string, folder = 'scenarios'): NewScenarioResult {
  if (!ID.test(id))
    return {
      ok: false,
      message: `"${id}" cannot be a scenario id: use 1 to 40 lower-case letters, digits, _ and -, starting with a letter (e.g. harbour-deal).`,
    };
  const file = join(folder, `${id}.yaml`);
  if (existsSync(file))
    return { ok: false, message: `${file} already exists; choose another id, or delete the file first.` };
  // The schema modeline names the schema beside the bundled scenarios; from another folder, point at that one.
  const schema = relative(resolve(folder), SCHEMA).split('\\').join('/');
  const text = readFileSync(STARTER, 'utf8')
    .replace(/^id: starter$/m, `id: ${id}`)
    .replace('$schema=./scenario.schema.json', `$schema=${schema.startsWith('.') ? schema : `./${schema}`}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    return { ok: false, message: `${file} could not be written: ${(error as Error).message.split('\n')[0]}.` };
  }
  return { ok: true, file };
}
