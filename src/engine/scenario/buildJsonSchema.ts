import { z } from 'zod';
import { ScenarioSchema } from './scenarioSchema';

/** The JSON Schema editors use for completion and hover, derived from the zod source. */
export function buildJsonSchema(): string {
  const schema = z.toJSONSchema(ScenarioSchema, { target: 'draft-2020-12' });
  return JSON.stringify({ ...schema, $id: 'scenario.schema.json' }, null, 2) + '\n';
}
