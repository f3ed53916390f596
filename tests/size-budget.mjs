// Fails when the gzipped size of everything the first load fetches passes
// the budget in size-budget.json. Sizes are stable, so this belongs in the
// tests; timings are not, so they live in scripts/bench.
//
// Usage: node tests/size-budget.mjs [dist]
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { firstLoadFiles } from './first-load.mjs';

const dist = process.argv[2] ?? 'dist';
const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const files = firstLoadFiles(dist);
let total = 0;
for (const f of files) {
  const path = join(dist, f);
  if (!existsSync(path)) {
    console.error(`size budget: ${f} is referenced by index.html but missing from ${dist}/`);
    process.exit(1);
  }
  const gz = gzipSync(readFileSync(path), { level: 9 }).length;
  total += gz;
  console.log(`  ${f.padEnd(42)} ${(gz / 1024).toFixed(1).padStart(7)} KiB gzip`);
}
const limit = budget.first_load_gzip_kib;
console.log(`  ${'first load'.padEnd(42)} ${(total / 1024).toFixed(1).padStart(7)} KiB gzip (budget ${limit} KiB, goal ${budget.goal_kib} KiB)`);
if (total > limit * 1024) {
  console.error(`size budget: the first load is ${(total / 1024).toFixed(1)} KiB gzipped, over the budget of ${limit} KiB (size-budget.json).`);
  process.exit(1);
}
