/**
 * Composition root: scenario text → engine → (later: store → Phaser + DOM).
 * For now it only loads the bundled scenario and shows the placeholder page.
 */
// Must stay the first import: it configures zod before any schema runs.
import './ui/configureZodForCsp';
import scenarioText from '../scenarios/ukraine-2025.yaml?raw';
import { loadScenario } from './engine/scenario/loadScenario';
import { renderPlaceholder } from './ui/renderPlaceholder';

const SCENARIO_FILE = 'ukraine-2025.yaml';

const root = document.getElementById('app');
if (!root) throw new Error('index.html is missing <main id="app">');

const result = loadScenario(scenarioText, SCENARIO_FILE);
renderPlaceholder(
  root,
  result.ok
    ? { ok: true, title: result.scenario.title, diagnostics: result.diagnostics }
    : { ok: false, file: SCENARIO_FILE, diagnostics: result.diagnostics },
);
