import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  // Relative asset URLs so the built game also works from a sub-path or file host.
  base: './',
  server: {
    host: '127.0.0.1',
    fs: {
      strict: true,
      // Scenarios live outside src and are imported as `?raw` text.
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
