// Builds the release site into dist/: one WebAssembly module per page.
//
// Why not trunk: trunk 0.21 builds one `rel="rust"` module per HTML file and
// empties dist/ on every build, so it cannot put several page modules beside
// one index.html; and it leaves wasm-bindgen's JavaScript unminified. The
// steps are the ones trunk runs, plus esbuild:
//
//   1. cargo build --release --target wasm32-unknown-unknown (every bin of
//      ecm-web: one per page in src/bin/, and `all`, every page in one module),
//      and the import worker (crates/ecm-import-worker) with the `worker`
//      profile, optimised for speed, not size;
//   2. wasm-bindgen --target web, for each, less the stream classes of
//      Leptos's server functions, which the site never uses (below);
//   3. wasm-opt -Oz, the worker -O3 (binaryen 132 from npm; Debian's 108
//      breaks the page);
//   4. esbuild minifies each module's JavaScript and the stylesheet;
//   5. file names get a content hash (cached for ever, replaced by a new build);
//   6. www/index.html is written to dist/ with the table of page modules its
//      loader reads (the home page itself is plain HTML and loads no module);
//   7. scripts/finish-dist.mjs writes the offline worker and the single file.
//
// Usage: node scripts/build-pages.mjs [dist]   (scripts/build runs it)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { transformSync } from 'esbuild';
import binaryen from 'binaryen';

const root = resolve(new URL('..', import.meta.url).pathname);
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
// Cargo's target folder, wherever it is (CARGO_TARGET_DIR, a
// .cargo/config.toml `build.target-dir`, or the default target/): cargo
// itself says.
const target = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })).target_directory;
const work = join(target, 'pages');
const release = join(target, 'wasm32-unknown-unknown', 'release');
// Each module: its name, where cargo writes it, and wasm-opt's goal.
const bins = readdirSync(join(root, 'crates/ecm-web/src/bin'))
  .filter((f) => f.endsWith('.rs'))
  .map((f) => f.slice(0, -3))
  .sort()
  .map((bin) => ({ bin, wasm: join(release, `${bin}.wasm`), opt: '-Oz' }));
// The import worker reads a million-row file while the user waits and is
// downloaded only when the user opens files: built for speed.
bins.push({ bin: 'import_worker', wasm: join(target, 'wasm32-unknown-unknown', 'worker', 'import_worker.wasm'), opt: '-O3' });

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root });
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);
const time = (label, f) => {
  const t = Date.now();
  const out = f();
  console.log(`  ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return out;
};

time('cargo build, every page module', () =>
  run('cargo', ['build', '--release', '--locked', '--target', 'wasm32-unknown-unknown', '-p', 'ecm-web', '--bins']));
time('cargo build, the import worker', () =>
  run('cargo', ['build', '--profile', 'worker', '--locked', '--target', 'wasm32-unknown-unknown', '-p', 'ecm-import-worker']));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// Leptos links its server functions' browser side on wasm, and with it
// wasm-streams, whose three classes (IntoUnderlyingSource, …Sink,
// …ByteSource) wasm-bindgen exports from every module: this site has no
// server functions and never makes one. The glue's classes go, then every
// export of the module that the glue no longer names, and wasm-opt drops
// the code only those reached (about 1.5 KiB gzipped WebAssembly and
// 0.4 KiB of JavaScript a page; docs/benchmarks.md).
const STREAM_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
function dropStreamClasses(js) {
  for (const c of STREAM_CLASSES) {
    js = js
      .replace(new RegExp(`^export class ${c} \\{\\n[\\s\\S]*?\\n\\}\\n`, 'm'), '')
      .replace(new RegExp(`^if \\(Symbol\\.dispose\\) ${c}\\.prototype\\[.*\\n`, 'm'), '')
      .replace(new RegExp(`^const ${c}Finalization = [^;]*;\\n`, 'm'), '');
  }
  return js;
}
// The glue is the module's only user (it instantiates it and names each
// export it calls as `wasm.<name>`): an export it does not name is dead.
function dropUnusedExports(wasmFile, js) {
  const named = new Set(js.match(/\bwasm\.[A-Za-z_$][\w$]*/g).map((w) => w.slice(5)));
  const m = binaryen.readBinary(readFileSync(wasmFile));
  const unused = [];
  for (let i = 0; i < m.getNumExports(); i++) {
    const name = binaryen.getExportInfo(m.getExportByIndex(i)).name;
    if (!named.has(name)) unused.push(name);
  }
  for (const name of unused) m.removeExport(name);
  writeFileSync(wasmFile, m.emitBinary());
  m.dispose();
}

const modules = {};
for (const { bin, wasm: built, opt } of bins) {
  time(`${bin}: wasm-bindgen, wasm-opt ${opt}, esbuild`, () => {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', bin, built]);
    const wasmIn = join(work, `${bin}_bg.wasm`);
    // String slicing that can panic (`&s[a..b]`, `str::replace` with a
    // text pattern, `split_at`) links the panic's message code: 4–5.5 KiB
    // gzipped (docs/benchmarks.md). The calculators link none; say so when
    // one starts to.
    if (readFileSync(built).includes('slice_error_fail')) console.log(`  ${bin}: links str::slice_error_fail (a string slice that can panic)`);
    const glue = dropStreamClasses(readFileSync(join(work, `${bin}.js`), 'utf8'));
    writeFileSync(join(work, `${bin}.js`), glue);
    dropUnusedExports(wasmIn, glue);
    run(join(root, 'node_modules/.bin/wasm-opt'), [opt, '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
      '--enable-reference-types', '--enable-multivalue', '--strip-debug', '--strip-producers', wasmIn, '-o', wasmIn]);
    const wasm = readFileSync(wasmIn);
    const js = transformSync(readFileSync(join(work, `${bin}.js`), 'utf8'), {
      format: 'esm', minify: true, target: 'es2020', legalComments: 'none',
    }).code;
    const wasmName = `${bin}-${hash(wasm)}_bg.wasm`;
    const jsName = `${bin}-${hash(js)}.js`;
    writeFileSync(join(dist, wasmName), wasm);
    writeFileSync(join(dist, jsName), js);
    modules[bin] = { js: jsName, wasm: wasmName };
  });
}

const css = transformSync(readFileSync(join(root, 'www/style.css'), 'utf8'), { loader: 'css', minify: true }).code;
const cssName = `style-${hash(css)}.css`;
writeFileSync(join(dist, cssName), css);

// The import worker (page=data reads large files in it): a small module
// script that starts the `import_worker` module and hands it each message.
const worker = modules.import_worker;
// It reads a small table of its own before the first file (`warm_up`).
const workerJs = `import init, { import_file, warm_up } from './${worker.js}';
const ready = init({ module_or_path: new URL('./${worker.wasm}', import.meta.url) }).then(() => { warm_up(); });
self.onmessage = (e) => ready.then(() => {
  const [result, transfer] = import_file(e.data.name, new Uint8Array(e.data.bytes));
  self.postMessage(result, transfer);
});
`;
const workerName = `import-worker-${hash(workerJs)}.js`;
writeFileSync(join(dist, workerName), workerJs);

// index.html: the stylesheet and the loader's table of page modules. The
// `all` module serves only the single file (finish-dist.mjs), and
// `import_worker` only the worker. Each page is written as the hashes of
// its two files, `<key>-<hash>.js` and `<key>-<hash>_bg.wasm`, which every
// visit downloads: the loader makes the names.
const pages = Object.fromEntries(Object.entries(modules)
  .filter(([k]) => k !== 'all' && k !== 'import_worker')
  .map(([k, m]) => {
    const h = [m.js, m.wasm].map((f) => f.slice(k.length + 1).replace(/(_bg\.wasm|\.js)$/, ''));
    if (`${k}-${h[0]}.js` !== m.js || `${k}-${h[1]}_bg.wasm` !== m.wasm) throw new Error(`build-pages: unexpected names ${m.js}, ${m.wasm}`);
    return [k, h];
  }));
let html = readFileSync(join(root, 'www/index.html'), 'utf8');
const fill = (marker, value) => {
  if (!html.includes(marker)) throw new Error(`build-pages: www/index.html has no ${marker}`);
  html = html.split(marker).join(value);
};
// The home page's script, fetched on the home page only.
const homeJs = transformSync(readFileSync(join(root, 'www/home.js'), 'utf8'), { minify: true, target: 'es2020' }).code;
const homeName = `home-${hash(homeJs)}.js`;
writeFileSync(join(dist, homeName), homeJs);
fill('{{STYLE}}', cssName);
fill('{{HOME_SCRIPT}}', JSON.stringify(homeName));
fill('{{PAGE_MODULES}}', JSON.stringify(pages));
fill('{{IMPORT_WORKER}}', JSON.stringify(workerName));
// "Make an exercise" under a calculator: plain script in the page.
fill('{{EXERCISE_DISCLOSURE}}', readFileSync(join(root, 'www/exercise-disclosure.js'), 'utf8'));
// Scripts inline in the page are minified too.
html = html.replace(/<script( id="[^"]+")?>([\s\S]*?)<\/script>/g, (_, id, code) =>
  `<script${id ?? ''}>${transformSync(code, { minify: true, target: 'es2020' }).code.trim()}</script>`);
html = html.replace(/<!--(?! \/?ecm:)[\s\S]*?-->/g, '').replace(/\n\s+/g, '\n');
writeFileSync(join(dist, 'index.html'), html);
writeFileSync(join(dist, 'modules.json'), JSON.stringify({ style: cssName, home: homeName, importWorker: workerName, modules }, null, 2) + '\n');
for (const f of readdirSync(join(root, 'www'))) {
  if (!['index.html', 'style.css', 'home.js', 'exercise-disclosure.js'].includes(f)) copyFileSync(join(root, 'www', f), join(dist, f));
}
run('node', [join(root, 'scripts/finish-dist.mjs'), dist]);
console.log(`build-pages: ${bins.length} modules in ${dist}`);
