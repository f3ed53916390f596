// Fails when the gzipped size of what a first visit to any page fetches
// (tests/first-load.mjs) passes that page's limit in size-budget.json. Sizes
// are stable, so this belongs in the tests; timings are not, so they live in
// scripts/bench.
//
// Usage: node tests/size-budget.mjs [dist]
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pageLoads, workerLoad } from './first-load.mjs';

const dist = process.argv[2] ?? 'dist';
const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
const kib = (n) => (n / 1024).toFixed(1).padStart(6);
let failed = false;
const loads = pageLoads(dist);
for (const key of new Set([...Object.keys(loads), ...Object.keys(budget.pages_gzip_kib)])) {
  const name = key || 'home';
  const limit = budget.pages_gzip_kib[key];
  const files = loads[key];
  if (!files) { console.error(`size budget: size-budget.json lists "${name}", which the build has no module for`); failed = true; continue; }
  if (limit === undefined) { console.error(`size budget: the page "${name}" has no limit in size-budget.json`); failed = true; continue; }
  const missing = files.filter((f) => !existsSync(join(dist, f)));
  if (missing.length) { console.error(`size budget: ${name} needs ${missing.join(', ')}, missing from ${dist}/`); failed = true; continue; }
  const sizes = files.map(gz);
  const total = sizes.reduce((a, b) => a + b, 0);
  const over = total > limit * 1024;
  console.log(`  ${name.padEnd(10)} ${kib(total)} KiB gzip (limit ${limit} KiB; goal ${budget.goal_gzip_kib[key === '' ? 'home' : 'calculator']} KiB)  ${files.map((f, i) => `${f.replace(/-[0-9a-f]{12}/, '')} ${(sizes[i] / 1024).toFixed(1)}`).join(' + ')}${over ? '  OVER' : ''}`);
  if (over) {
    console.error(`size budget: a first visit to ${name} fetches ${(total / 1024).toFixed(1)} KiB gzipped, over its limit of ${limit} KiB (size-budget.json).`);
    failed = true;
  }
}
{
  const files = workerLoad(dist);
  const total = files.map(gz).reduce((a, b) => a + b, 0);
  const limit = budget.import_worker_gzip_kib;
  console.log(`  ${'worker'.padEnd(10)} ${kib(total)} KiB gzip (limit ${limit} KiB), fetched by page=data for files over 2 MB`);
  if (!(total <= limit * 1024)) {
    console.error(`size budget: the import worker is ${(total / 1024).toFixed(1)} KiB gzipped, over its limit of ${limit} KiB (size-budget.json).`);
    failed = true;
  }
}
if (failed) process.exit(1);
