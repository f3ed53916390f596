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
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// What scripts/build-pages.mjs wrote: the stylesheet and each module's files.
const { style: css, home, importWorker, modules } = JSON.parse(readFileSync(join(dist, 'modules.json'), 'utf8'));
const pageFiles = Object.entries(modules)
  .filter(([key]) => key !== 'all')
  .flatMap(([, m]) => [m.js, m.wasm]);

// ---- Service worker -------------------------------------------------------
const files = ['./', 'index.html', css, home, importWorker, ...pageFiles];
const version = createHash('sha256').update(files.join('\n')).update(html).digest('hex').slice(0, 16);
writeFileSync(join(dist, 'sw.js'), `// ecm-calc offline support, written by scripts/finish-dist.mjs for this build.
// Precaches every page's files (installed once the first page is drawn, so
// the other pages' modules download in the background); navigations go to the network first and fall back
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
// Every page in one module (`all`), with in-place navigation and the home
// page drawn by the module: the plain-HTML home and the loader are dropped.
const escapeScript = (text) => text.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
const style = readFileSync(join(dist, css), 'utf8');
const bytes = readFileSync(join(dist, modules.all.wasm)).toString('base64');
// The module's bindings bundled with the call that starts it on the inlined bytes.
const script = buildSync({
  stdin: {
    contents: `import init from ${JSON.stringify(resolve(dist, modules.all.js))};\n` +
      'await init({ module_or_path: Uint8Array.from(atob(ecmWasm), (c) => c.charCodeAt(0)) });\n',
    resolveDir: resolve(dist),
  },
  bundle: true, format: 'esm', minify: true, target: 'es2022', write: false, legalComments: 'none',
}).outputFiles[0].text;
const cut = (text, re, what) => {
  if (!re.test(text)) throw new Error(`finish-dist: no ${what} in ${dist}/index.html`);
  return text.replace(re, '');
};
let single = html.replace(/<link[^>]*\brel=["']?stylesheet[^>]*>/, () => `<style>${style.replace(/<\/style/gi, '<\\/style')}</style>`);
single = cut(single, /<!-- ecm:home -->[\s\S]*<!-- \/ecm:home -->/, 'home section');
// The offline worker needs http(s); the file is offline by itself.
single = cut(single, /<script id=["']?sw-register["']?>[\s\S]*?<\/script>/, 'worker registration');
single = single.replace(/<script id=["']?page-loader["']?>[\s\S]*?<\/script>/, () =>
  // The bindings run inline, with the WebAssembly from base64.
  `<script type="module">\nconst ecmWasm = "${bytes}";\n${escapeScript(script)}</script>`);
writeFileSync(join(dist, 'ecm-calc.html'), single);
console.log(`finish-dist: ${dist}/sw.js (cache ${version}, ${files.length} files), ${dist}/ecm-calc.html (${(single.length / 1024).toFixed(0)} KB)`);
