// What a first visit to each page fetches: index.html and its stylesheet,
// and, for home, its script; for a calculator, that page's module (JavaScript and WebAssembly) —
// nothing of the other pages. Read from dist/modules.json, which
// scripts/build-pages.mjs writes. Shared by the size budget
// (tests/size-budget.mjs), the benchmark and the browser tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** { '': [files of home], stress: [files], … } */
export function pageLoads(dist) {
  const { style, home, modules } = JSON.parse(readFileSync(join(dist, 'modules.json'), 'utf8'));
  const loads = { '': ['index.html', style, home] };
  for (const [key, m] of Object.entries(modules)) {
    if (key !== 'all' && key !== 'import_worker') loads[key] = ['index.html', style, m.js, m.wasm];
  }
  return loads;
}

/** The files the data page's import worker fetches when a large file is opened. */
export function workerLoad(dist) {
  const { importWorker, modules } = JSON.parse(readFileSync(join(dist, 'modules.json'), 'utf8'));
  return [importWorker, modules.import_worker.js, modules.import_worker.wasm];
}
