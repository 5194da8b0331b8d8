import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: ['index.*'], // each build cleans only its own files: the two builds run at once
    splitting: false, // dynamic imports inlined: the library is index.js / index.cjs alone
    target: 'node20',
    shims: true,
    // eld's package exports only an `import` condition: bundle it so the CommonJS build can require() it
    noExternal: ['eld'],
  },
  {
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    clean: ['cli.*', 'worker.*', 'chunk-*', 'single-*', 'task-*'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
