import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Plugin, type ViteDevServer } from 'vite';
import type { precompileScenario } from './src/cli/precompileScenario';
import type { Diagnostic } from './src/engine/index';
import type { ScenarioProblem } from './src/ui/ScenarioProblem';

const root = import.meta.dirname;

type Precompile = typeof precompileScenario;
type Made = ReturnType<Precompile>;

/** A scenario's file, and an import of it by the app (src/main.ts): its path, then what is imported. */
const SCENARIO_FILE = /[\\/]scenarios[\\/][^\\/]+\.yaml$/;
const SCENARIO_IMPORT = /^(.*[\\/]scenarios[\\/][^\\/]+\.yaml)\?(summary|precompiled|raw)$/;

/**
 * Bundled scenarios reach the app precompiled, as plain data (docs/bundle.md):
 * `scenarios/<id>.yaml?summary` is a scenario's catalogue entry, `?precompiled`
 * its validated content and `?raw` its text, the first two made by
 * src/cli/precompileScenario.ts with the engine's loader. The engine is
 * imported through tsx when the first scenario is, not bundled into this config.
 *
 * A scenario with errors stops the build. Under `npm run dev` it stops
 * nothing (docs/authoring.md, "Play it in the browser"): the page keeps the
 * file's last version without errors (or leaves the file out of the list, if
 * it never had one) and shows the diagnostics in a panel; a save that fixes
 * them reloads the page, which carries the game on to the new version.
 */
function precompiledScenarios(): Plugin {
  let precompile: Promise<Precompile> | undefined;
  let server: ViteDevServer | undefined;
  /** Per scenario path: the last text without errors, and what it made (each text is compiled once). */
  const lastGood = new Map<string, { readonly text: string; readonly made: Made }>();
  /** Per scenario path, under `npm run dev`: its errors now. */
  const problems = new Map<string, ScenarioProblem>();

  const precompiler = () =>
    (precompile ??= import('tsx/esm/api')
      .then(
        ({ tsImport }) =>
          tsImport(pathToFileURL(resolve(root, 'src/cli/precompileScenario.ts')).href, import.meta.url) as Promise<{
            precompileScenario: Precompile;
          }>,
      )
      .then((m) => m.precompileScenario));
  const sendProblems = () => server?.ws.send('parley:scenario-problems', [...problems.values()]);

  /** What the app gets for this file now: its text's, or (under `npm run dev`) its last good text's; null if none. */
  async function compile(path: string, text: string): Promise<{ readonly text: string; readonly made: Made } | null> {
    const good = lastGood.get(path);
    if (good?.text === text) return good;
    try {
      const made = (await precompiler())(text, basename(path));
      lastGood.set(path, { text, made });
      if (problems.delete(path)) sendProblems();
      return { text, made };
    } catch (error) {
      if (!server || !(error instanceof Error && 'diagnostics' in error)) throw error;
      const file = relative(root, path);
      const diagnostics = (error.diagnostics as readonly Diagnostic[]).map((d) => ({ ...d, file }));
      problems.set(path, { file, running: good !== undefined, diagnostics });
      sendProblems();
      return good ?? null;
    }
  }

  return {
    name: 'parley:precompiled-scenarios',
    enforce: 'pre',
    configureServer(devServer) {
      server = devServer;
      server.ws.on('parley:scenario-problems-wanted', (_, client) =>
        client.send('parley:scenario-problems', [...problems.values()]),
      );
    },
    load: {
      // Only scenarios' imports reach the hook (not every module of the app).
      filter: { id: SCENARIO_IMPORT },
      async handler(id) {
        const match = SCENARIO_IMPORT.exec(id);
        if (!match) return null;
        const [, path = '', kind] = match;
        this.addWatchFile(path);
        const now = await compile(path, readFileSync(path, 'utf8'));
        // A JSON string parsed once is read faster than the same object written as a literal.
        const json = JSON.stringify(
          now === null
            ? null
            : kind === 'raw'
              ? now.text
              : kind === 'summary'
                ? now.made.summary
                : now.made.precompiled,
        );
        return `export default JSON.parse(${JSON.stringify(json)});`;
      },
    },
    // A save with errors changes nothing in the page (its panel says why); any other change reloads it.
    async hotUpdate({ file, type, read }) {
      if (this.environment.name !== 'client' || !SCENARIO_FILE.test(file)) return;
      if (type === 'delete') {
        lastGood.delete(file);
        if (problems.delete(file)) sendProblems();
        return;
      }
      const text = await read();
      const now = await compile(file, text);
      return now?.text === text ? undefined : [];
    },
  };
}

/**
 * The scenario format's JSON Schema (scenarios/scenario.schema.json) is
 * published beside the game, as /scenario.schema.json, by the built app and
 * by `npm run dev` alike: an editor completes a scenario kept anywhere from
 * the address of the Parley a school serves (docs/scenario-format.md,
 * "Editor support").
 */
function publishedSchema(): Plugin {
  const schema = () => readFileSync(resolve(root, 'scenarios/scenario.schema.json'), 'utf8');
  return {
    name: 'parley:published-schema',
    configureServer(server) {
      server.middlewares.use('/scenario.schema.json', (_request, response) => {
        response.setHeader('Content-Type', 'application/schema+json');
        response.end(schema());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'scenario.schema.json', source: schema() });
    },
  };
}

/**
 * Under `npm run dev` only, the page's CSP (index.html) also allows inline
 * styles: Vite's dev server puts the app's CSS, and its own error overlay, in
 * <style> elements. The built app keeps the strict policy.
 */
function devInlineStyles(): Plugin {
  return {
    name: 'parley:dev-inline-styles',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  root,
  // Relative asset URLs so the built game also works from a sub-path or file host.
  base: './',
  plugins: [precompiledScenarios(), publishedSchema(), devInlineStyles()],
  resolve: {
    alias: {
      // The network client's MessagePack library probes `Function('')` when it loads, which our CSP refuses (and
      // reports); its build without eval is the same library, minus that probe and the code it would enable.
      '@colyseus/msgpackr': '@colyseus/msgpackr/index-no-eval',
    },
  },
  server: {
    host: '127.0.0.1',
    fs: {
      strict: true,
      // Scenarios live outside src; the app imports them precompiled.
      allow: [
        resolve(root, 'index.html'),
        resolve(root, 'src'),
        resolve(root, 'scenarios'),
        resolve(root, 'assets'),
        resolve(root, 'node_modules'),
      ],
    },
  },
  preview: {
    host: '127.0.0.1',
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Phaser is ~1.4 MB minified and cannot be tree-shaken; it gets its own
    // cacheable chunk (below), so only warn about chunks larger than that.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
});
