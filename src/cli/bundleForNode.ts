/**
 * A TypeScript entry bundled with the engine into one JavaScript file that
 * Node starts directly. Under tsx (TypeScript sources) a worker thread would
 * have to compile every module through tsx's hooks (1.5–2 s per worker), and
 * the bundle is also what the balance lab's games run as: the lab's workers
 * and the lab's benchmark start from it. Built JavaScript (a `.js` entry) is
 * used as it is.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export interface Bundle {
  readonly url: URL;
  /** Removes the bundle's temporary folder. */
  cleanup(): Promise<void>;
}

/** Bundles `source` (a module's URL) into a temporary folder, unless it is JavaScript already. */
export async function bundleForNode(source: URL): Promise<Bundle> {
  if (!source.pathname.endsWith('.ts')) return { url: source, cleanup: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), 'parley-'));
  // CommonJS, so that bundled CommonJS packages (yaml) may still require Node's modules.
  const outfile = join(dir, 'entry.cjs');
  await build({
    entryPoints: [fileURLToPath(source)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
  });
  return { url: pathToFileURL(outfile), cleanup: () => rm(dir, { recursive: true, force: true }) };
}
