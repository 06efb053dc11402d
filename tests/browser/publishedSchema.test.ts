// The built app publishes the scenario format's schema beside index.html, so
// that an editor can complete a scenario kept anywhere (docs/scenario-format.md,
// "Editor support"); the title screen never fetches it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from './appPage';

describe('the published schema', () => {
  it('is served by the built app as scenario.schema.json, the same as the one beside the bundled scenarios', async () => {
    const response = await fetch(`${inject('baseURL')}scenario.schema.json`);
    expect(response.status).toBe(200);
    const served = (await response.json()) as { $id: string; properties: Record<string, unknown> };
    expect(served).toEqual(JSON.parse(readFileSync(resolve(ROOT, 'scenarios/scenario.schema.json'), 'utf8')));
    expect(served.$id).toBe('scenario.schema.json');
    expect(Object.keys(served.properties)).toContain('actors');
  });
});
