// The files a first visit fetches: index.html and the scripts, wasm and
// styles it references (trunk minifies it, so attributes may be unquoted).
// Shared by the size budget (tests/size-budget.mjs) and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function firstLoadFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:href|src)=["']?\.?\/?([^"'\s>#?:]+\.(?:js|wasm|css))/g)].map((m) => m[1]);
  return ['index.html', ...new Set(referenced)];
}
