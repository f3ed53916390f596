// Runs after trunk's release build (scripts/setup.sh: build_release):
//  - dist/sw.js: the service worker that makes the page work offline after
//    the first visit, with the exact (hashed) files of this build precached;
//  - dist/ecm-calc.html: the whole page in one file (styles, script and
//    WebAssembly inlined) that works opened straight from disk, for course
//    sites and e-mail.
//
// Usage: node scripts/finish-dist.mjs [dist]
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const find = (re, what) => {
  const m = html.match(re);
  if (!m) throw new Error(`finish-dist: no ${what} in ${dist}/index.html`);
  return m[1];
};
// (trunk minifies index.html: attributes may be unquoted and in any order.)
const css = find(/<link[^>]*\shref=["']?\.\/([^"'\s>]+\.css)/, 'stylesheet');
const js = find(/import init, \* as bindings from '\.\/([^']+\.js)'/, 'module script');
const wasm = find(/module_or_path: '\.\/([^']+\.wasm)'/, 'wasm');

// ---- Service worker -------------------------------------------------------
const files = ['./', 'index.html', css, js, wasm];
const version = createHash('sha256').update(files.join('\n')).update(html).digest('hex').slice(0, 16);
writeFileSync(join(dist, 'sw.js'), `// ecm-calc offline support, written by scripts/finish-dist.mjs for this build.
// Precaches the page's files; navigations go to the network first and fall back
// to the cached page (any query string), files come from the cache first
// (their names carry a content hash).
const CACHE = 'ecm-calc-${version}';
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ecm-calc-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match('index.html', { ignoreSearch: true }).then((hit) => hit || cache.match('./', { ignoreSearch: true }))),
      ),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
`);

// ---- Single file ----------------------------------------------------------
const escapeScript = (text) => text.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
const style = readFileSync(join(dist, css), 'utf8');
const script = readFileSync(join(dist, js), 'utf8');
const bytes = readFileSync(join(dist, wasm)).toString('base64');
let single = html
  // Drop the external stylesheet, preloads and the module loader …
  .replace(/<link[^>]*\brel=["']?stylesheet[^>]*>/, () => `<style>${style.replace(/<\/style/gi, '<\\/style')}</style>`)
  .replace(/<link[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/g, '')
  .replace(/<script type=["']?module["']?>[\s\S]*?<\/script>/, () =>
    // … and run the bindings inline, with the WebAssembly from base64.
    `<script type="module">\n${escapeScript(script)}\n` +
    `const ecmWasm = Uint8Array.from(atob("${bytes}"), (c) => c.charCodeAt(0));\n` +
    `await __wbg_init({ module_or_path: ecmWasm });\n</script>`);
// The offline worker needs http(s); the file is offline by itself.
single = single.replace(/<script id=["']?sw-register["']?>[\s\S]*?<\/script>/, '');
writeFileSync(join(dist, 'ecm-calc.html'), single);
console.log(`finish-dist: ${dist}/sw.js (cache ${version}), ${dist}/ecm-calc.html (${(single.length / 1024).toFixed(0)} KB)`);
