import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import type { precompileScenario } from './src/cli/precompileScenario';

const root = import.meta.dirname;

/**
 * Bundled scenarios reach the app precompiled, as plain data (docs/bundle.md):
 * `scenarios/<id>.yaml?summary` is a scenario's catalogue entry and
 * `?precompiled` its validated content, both made by
 * src/cli/precompileScenario.ts with the engine's loader. The engine is
 * imported through tsx when the first scenario is, not bundled into this config.
 */
function precompiledScenarios(): Plugin {
  let precompile: Promise<typeof precompileScenario> | undefined;
  return {
    name: 'parley:precompiled-scenarios',
    enforce: 'pre',
    async load(id) {
      const match = /^(.*\.yaml)\?(summary|precompiled)$/.exec(id);
      if (!match) return null;
      const [, path = '', kind] = match;
      this.addWatchFile(path);
      const module = pathToFileURL(resolve(root, 'src/cli/precompileScenario.ts')).href;
      precompile ??= import('tsx/esm/api')
        .then(
          ({ tsImport }) =>
            tsImport(module, import.meta.url) as Promise<{ precompileScenario: typeof precompileScenario }>,
        )
        .then((m) => m.precompileScenario);
      const made = (await precompile)(readFileSync(path, 'utf8'), basename(path));
      // A JSON string parsed once is read faster than the same object written as a literal.
      const json = JSON.stringify(kind === 'summary' ? made.summary : made.precompiled);
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}

export default defineConfig({
  root,
  // Relative asset URLs so the built game also works from a sub-path or file host.
  base: './',
  plugins: [precompiledScenarios()],
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
