// ecm-calc benchmark: first-load sizes, load time against a bare page,
// input-to-result-and-plot times on every calculator, and Lighthouse scores.
// Run by scripts/bench, which builds dist/ first. Prints figures; asserts nothing.
//
//   node tests/bench/bench.mjs [--loads 10] [--edits 100] [--no-lighthouse]
//
// BENCH_ONLY=4 (or 2,4,…) runs only those numbered sections.
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, cpSync, rmSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import { join } from 'node:path';
import os from 'node:os';
import { pageLoads } from '../first-load.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const LOADS = opt('loads', 10);
const EDITS = opt('edits', 100);
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = opt('port', 4391);
const DIST = 'dist';
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter((s) => s.trim()).map(Number);
const section = (n) => !ONLY.length || ONLY.includes(n);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;

// ---- 1. Sizes of what a first visit to each page fetches --------------------
const loads = pageLoads(DIST);
console.log(`ecm-calc benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Chromium ${execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}`);
if (section(1)) {
  console.log('\nFirst visit to each page (index.html, stylesheet, that page\'s module):');
  for (const [key, files] of Object.entries(loads)) {
    const t = { raw: 0, gz: 0, br: 0 };
    for (const f of files) {
      const buf = readFileSync(join(DIST, f));
      t.raw += buf.length;
      t.gz += gzipSync(buf, { level: 9 }).length;
      t.br += brotliCompressSync(buf, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    const wasm = files.find((f) => f.endsWith('.wasm'));
    const wasmGz = wasm ? gzipSync(readFileSync(join(DIST, wasm)), { level: 9 }).length : 0;
    console.log(`  ${(key || 'home').padEnd(10)} ${kb(t.raw).padStart(10)} raw ${kb(t.gz).padStart(10)} gzip ${kb(t.br).padStart(10)} brotli   (wasm ${kb(wasmGz)} gzip)`);
  }
}

// ---- A site: the release build plus a bare reference page -------------------
const site = join(os.tmpdir(), `ecm-bench-${process.pid}`);
rmSync(site, { recursive: true, force: true });
cpSync(DIST, site, { recursive: true });
// The same HTML head and styles, computing one number in inline JavaScript.
const css = loads[''].find((f) => f.endsWith('.css'));
writeFileSync(join(site, 'bare.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bare reference</title>
${css ? `<link rel="stylesheet" href="${css}">` : ''}</head><body><main>
<span data-testid="stress"></span> MPa<script>
const F = 96485.33212, vm = 23.7e-6, dphi = 0.1;
document.querySelector('[data-testid=stress]').textContent = (dphi * F / vm / 1e6).toFixed(1);
</script></main></body></html>`);
const server = spawn('node', ['tests/static-server.mjs', site, '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.once('data', ok));
const base = `http://127.0.0.1:${PORT}/`;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });

// What a user does before a file is chosen: click "Choose files…" (the page
// then starts its import worker) and spend a second in the chooser. Times
// below start when the file is chosen. (A dispatched click opens no chooser.)
async function openChooser(page) {
  await page.locator('label.file-button').dispatchEvent('click');
  await page.waitForTimeout(1000);
}

async function withPage(throttle, fn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  try { return await fn(page); } finally { await context.close(); }
}

// ---- 2. Navigation → first correct result on screen --------------------------
// An init script notes performance.now() (ms since navigation start) when the
// page's first result reads its known value; a fresh context each time (no
// cache). The bare page computes the stress result in inline JavaScript.
const FIRST = [
  { page: 'stress', id: 'stress', value: '407.1' },
  { page: 'fracture', id: 'fracture-stress', value: '252.3' },
  { page: 'sphere', id: 'sphere-ratio', value: '5.000' },
];
const WATCH = ({ id, value }) => {
  const done = () => {
    const e = document.querySelector(`[data-testid="${id}"]`);
    if (e && e.textContent.trim() === value && window.__firstResult === undefined) window.__firstResult = performance.now();
  };
  new MutationObserver(done).observe(document, { subtree: true, childList: true, characterData: true });
};
async function loadTimes(url, throttle, watch) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    times.push(await withPage(throttle, async (page) => {
      await page.addInitScript(WATCH, watch);
      await page.goto(url);
      await page.waitForFunction(() => window.__firstResult !== undefined, null, { timeout: 30_000 });
      return page.evaluate(() => window.__firstResult);
    }));
  }
  return times;
}
if (section(2)) {
  console.log(`\nNavigation → first correct result on screen, median of ${LOADS} cold loads (no cache), beside a bare HTML page computing one number in inline JavaScript:`);
  const loadSummary = {};
  for (const throttle of [1, 4]) {
    const bare = median(await loadTimes(`${base}bare.html`, throttle, { id: 'stress', value: '407.1' }));
    for (const f of FIRST) {
      const app = median(await loadTimes(`${base}?page=${f.page}`, throttle, f));
      loadSummary[`${f.page}@${throttle}`] = { app, bare };
      console.log(`  CPU ×${throttle}: ${f.page.padEnd(9)} ${ms(app).padStart(9)}, bare page ${ms(bare).padStart(8)}, ratio ${(app / bare).toFixed(2)}`);
    }
  }

  // Moving between pages with a warm cache: from a click on the menu to the
  // next page's first result (each page is its own document and module).
  console.log(`\nPage to page (warm cache), click → first correct result, median of ${LOADS}:`);
  for (const throttle of [1, 4]) {
    const times = await withPage(throttle, async (page) => {
      for (const f of FIRST) { await page.goto(`${base}?page=${f.page}`); await page.getByTestId(f.id).waitFor(); }
      const out = [];
      for (let i = 0; i < LOADS; i++) {
        const to = FIRST[i % FIRST.length];
        const t0 = Date.now();
        await page.getByTestId(`nav-${to.page}`).click();
        await page.waitForFunction(({ page: key, id, value }) => new URLSearchParams(location.search).get('page') === key
          && document.querySelector(`[data-testid="${id}"]`)?.textContent.trim() === value, to, { timeout: 30_000, polling: 'raf' });
        out.push(Date.now() - t0);
      }
      return out;
    });
    console.log(`  CPU ×${throttle}: median ${ms(median(times))}, slowest ${ms(Math.max(...times))}`);
  }
}

// ---- 3. Input → updated result and redrawn plot ------------------------------
// In the page: set a field, fire `input`, and take the time until the result's
// text has changed and the plot has marked `ecm-plot-drawn` (performance.mark
// in components/plot.rs), then until the next animation frame.
const CASES = [
  { name: 'overpotential → stress', page: 'stress', field: 'dphi', result: 'stress', plot: true, values: (i) => String(50 + (i % 50) * 3) },
  { name: 'fracture + failure map', page: 'fracture', field: 'flaw', result: 'fracture-stress', plot: true, values: (i) => String(1 + (i % 40) * 0.5) },
  { name: 'sphere compression', page: 'sphere', field: 'dt', result: 'sphere-stress', plot: true, values: (i) => String(10 + (i % 60) * 2) },
  { name: 'rod test, one point', page: 'rod', field: 'dx', result: 'rod-force', plot: false, values: (i) => String(300 + (i % 50) * 7) },
  { name: 'rod test, 121-point series', page: 'rod', field: 'offset', result: 'series-yield', plot: true, values: (i) => String(0.1 + (i % 20) * 0.02), setup: async (p) => p.getByTestId('series-example').click() },
];
async function editTimes(c, throttle) {
  return withPage(throttle, async (page) => {
    await page.goto(`${base}?page=${c.page}`);
    await page.getByTestId(c.result).waitFor();
    if (c.setup) await c.setup(page);
    await page.waitForTimeout(300);
    const values = Array.from({ length: EDITS }, (_, i) => c.values(i));
    return page.evaluate(async ({ field, result, plot, values }) => {
      const input = document.querySelector(`[data-testid="${field}"]`);
      const out = document.querySelector(`[data-testid="${result}"]`);
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
      const rows = [];
      for (const v of values) {
        if (input.value === v) continue;
        await frame();
        const before = out.textContent;
        performance.clearMarks('ecm-plot-drawn');
        let tResult;
        const mo = new MutationObserver(() => { if (tResult === undefined && out.textContent !== before) tResult = performance.now(); });
        mo.observe(out, { subtree: true, childList: true, characterData: true });
        const t0 = performance.now();
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const tFrame = await frame();
        // Effects may finish after the first frame on a slow CPU: wait for them.
        // With a plot, its redraw marks the end (a result may round to the same
        // text); without one, the result's change does.
        const pending = () => (plot ? !performance.getEntriesByName('ecm-plot-drawn').length : tResult === undefined);
        for (let k = 0; k < 100 && pending(); k++) await frame();
        mo.disconnect();
        const tPlot = plot ? performance.getEntriesByName('ecm-plot-drawn').at(-1)?.startTime : undefined;
        const tDone = Math.max(...[tResult, tPlot].filter((t) => t !== undefined));
        const painted = tDone <= tFrame ? tFrame : await frame();
        rows.push({ work: tDone - t0, paint: painted - t0 });
      }
      return rows;
    }, { field: c.field, result: c.result, plot: c.plot, values });
  });
}
if (section(3)) {
  console.log(`\nInput → updated result and redrawn plot, ${EDITS} edits per calculator (work: until the result and plot are updated; frame: until the next animation frame after that):`);
  const editSummary = [];
  for (const throttle of [1, 4]) {
    for (const c of CASES) {
      const rows = await editTimes(c, throttle);
      const work = rows.map((r) => r.work), paint = rows.map((r) => r.paint);
      const s = { name: c.name, throttle, n: rows.length, workMedian: median(work), workP95: pct(work, 95), paintMedian: median(paint), paintP95: pct(paint, 95) };
      editSummary.push(s);
      console.log(`  CPU ×${throttle}  ${c.name.padEnd(28)} work median ${ms(s.workMedian).padStart(9)} p95 ${ms(s.workP95).padStart(9)}   frame median ${ms(s.paintMedian).padStart(9)} p95 ${ms(s.paintP95).padStart(9)}  (${s.n} edits)`);
    }
  }
}

// ---- 4. A million-row export on the test data page ----------------------------
// A 1 000 000-row TriboScan-style table (about 27 MB): from choosing the file
// to the results on screen, and the longest task on the page's thread meanwhile.
// Then a plain two-column CSV of a million rows (about 20 MB): from choosing
// it to its maximum force on screen. Beside them, pandas.read_csv of the same
// files on the same machine, when a Python with pandas is found (PEERS_PYTHON,
// else python3).
const py = process.env.PEERS_PYTHON || 'python3';
const peer = (code) => {
  try {
    return execFileSync(py, ['-c', code], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};
if (section(4)) {
  // Elastic at 0.98 µN/nm to 12 nm, then hardening at 0.04 µN/nm to 50 nm
  // (800 000 rows), then elastic unloading to 60 % of the peak (200 000).
  const load = (d) => (d <= 12 ? 0.98 * d : 11.76 + 0.04 * (d - 12));
  const peak = load(50);
  const row = (i) => {
    const depth = i < 800_000 ? (50 * i) / 799_999 : 50 - (0.4 * peak * (i - 799_999)) / 200_000 / 0.98;
    const force = i < 800_000 ? load(depth) : peak - 0.98 * (50 - depth);
    return [depth.toFixed(6), force.toFixed(6), (i * 1e-3).toFixed(3)];
  };
  const big = join(site, 'big-export.txt');
  const csv = join(site, 'big-two-columns.csv');
  const tsvRows = ['Depth (nm)\tLoad (µN)\tTime (s)\n'];
  const csvRows = ['Displacement (nm),Force (uN)\n'];
  for (let i = 0; i < 1_000_000; i++) {
    const [d, f, t] = row(i);
    tsvRows.push(`${d}\t${f}\t${t}\n`);
    csvRows.push(`${d},${f}\n`);
  }
  writeFileSync(big, tsvRows.join(''));
  writeFileSync(csv, csvRows.join(''));
  const mb = (file) => `${(readFileSync(file).length / 1e6).toFixed(0)} MB`;
  // From choosing `file` on the test data page until `done` holds a number,
  // as seen by a frame's callback (the number is painted with that frame;
  // the page may be busy with the next stage by the time the test asks).
  const chosenToShown = (file, done) => withPage(1, async (page) => {
    await page.goto(`${base}?page=data&dt=500&l0=1&l0_unit=%C2%B5m`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 });
    await openChooser(page);
    await page.evaluate(() => {
      window.longest = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration); }).observe({ type: 'longtask' });
      window.t0 = performance.now();
    });
    await page.getByTestId('data-files').setInputFiles(file);
    await page.waitForFunction((id) => {
      const shown = /\d/.test(document.querySelector(`[data-testid=${id}]`)?.textContent ?? '');
      if (shown) window.tShown ??= performance.now();
      return shown;
    }, done, { timeout: 60_000, polling: 'raf' });
    return page.evaluate(() => ({ total: window.tShown - window.t0, longest: window.longest,
      marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('ecm-')).map((m) => [m.name, m.startTime - window.t0])) }));
  });
  const pandas = (file, how) => {
    const t = peer(`import time, pandas\nts=[]\nfor _ in range(3):\n  t=time.perf_counter(); pandas.read_csv(${JSON.stringify(file)}${how}); ts.append(time.perf_counter()-t)\nprint(sorted(ts)[1]*1000)`);
    return t ? `${Number(t).toFixed(0)} ms (median of 3)` : 'not measured (no pandas; set PEERS_PYTHON to a Python that has it)';
  };
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await chosenToShown(big, 'hardening-exponent'));
  const m = (f) => median(runs.map(f));
  console.log(`\nA 1 000 000-row export (${mb(big)}) on the test data page, CPU ×1, 3 runs (medians):`);
  console.log(`  file chosen → every result on screen ${ms(m((r) => r.total))}; read in the worker until ${ms(m((r) => r.marks['ecm-worker-answered'] ?? NaN))}; longest main-thread task ${ms(m((r) => r.longest))}`);
  console.log(`  correction ${ms(m((r) => r.marks['ecm-correct-end'] - r.marks['ecm-correct-start']))}, analysis ${ms(m((r) => r.marks['ecm-analyse-end'] - r.marks['ecm-analyse-start']))}, hardening fit ${ms(m((r) => r.marks['ecm-hardening-end'] - r.marks['ecm-hardening-start']))} (each in its own task)`);
  console.log(`  pandas.read_csv of the same export: ${pandas(big, ", sep='\\t', encoding='latin-1'")}`);
  const csvRuns = [];
  for (let i = 0; i < 3; i++) csvRuns.push(await chosenToShown(csv, 'max-force'));
  const c = (f) => median(csvRuns.map(f));
  console.log(`A 1 000 000-row two-column CSV (${mb(csv)}), CPU ×1, 3 runs (medians):`);
  console.log(`  file chosen → maximum force on screen ${ms(c((r) => r.total))}; read in the worker until ${ms(c((r) => r.marks['ecm-worker-answered'] ?? NaN))}; longest main-thread task ${ms(c((r) => r.longest))}`);
  console.log(`  pandas.read_csv of the same CSV: ${pandas(csv, '')}`);
}
// ---- 5. The specimen models on the test data page ------------------------------
// An AFM approach of 2 000 points (Hertz paraboloid, contact point free) and a
// 20 000-point Berkovich indent (Oliver–Pharr), from the browser tests'
// synthetic files: the time of each fit in the page, from its marks, over
// refits forced by editing an input.
if (section(5)) {
  const { jpkAfmCurve, triboscanIndent } = await import('../browser/synthetic-specimens.mjs');
  const afmFile = join(site, 'afm-2000.txt');
  writeFileSync(afmFile, jpkAfmCurve(2000));
  const indentFile = join(site, 'indent-20000.txt');
  writeFileSync(indentFile, triboscanIndent(9990));
  const fits = await withPage(1, async (page) => {
    const out = { afm: [], indent: [] };
    const span = (name) => page.evaluate((n) => {
      const all = performance.getEntriesByType('mark');
      const s = all.filter((m) => m.name === `ecm-${n}-start`).pop();
      const e = all.filter((m) => m.name === `ecm-${n}-end`).pop();
      return s && e ? e.startTime - s.startTime : NaN;
    }, name);
    await page.goto(`${base}?page=data`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 });
    await page.getByTestId('data-files').setInputFiles(afmFile);
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid=indent-modulus]')?.textContent ?? ''), null, { timeout: 60_000 });
    for (let i = 0; i < 20; i++) {
      await page.getByTestId('tip_r').fill(String(5 + (i % 2) * 1e-6 + i * 1e-9));
      await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid=indent-modulus]')?.textContent ?? ''));
      out.afm.push(await span('afm'));
    }
    await page.goto(`${base}?page=data&specimen=nanoindent`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 });
    await page.getByTestId('data-files').setInputFiles(indentFile);
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid=hardness]')?.textContent ?? ''), null, { timeout: 60_000 });
    for (let i = 0; i < 20; i++) {
      await page.getByTestId('eps').fill(String(0.75 + (i % 2) * 0.001 + i * 1e-6));
      await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid=hardness]')?.textContent ?? ''));
      out.indent.push(await span('indent'));
    }
    return out;
  });
  console.log('\nSpecimen models in the page (CPU ×1, 20 refits each):');
  console.log(`  AFM fit, 2 000-point approach (paraboloid, contact point free): median ${ms(median(fits.afm))}, p95 ${ms(pct(fits.afm, 95))}`);
  console.log(`  Oliver–Pharr, 20 000-point indent: median ${ms(median(fits.indent))}, p95 ${ms(pct(fits.indent, 95))}`);
  // The field's tool on the same machine, when a Python with it is found
  // (PEERS_PYTHON, else python3): nanite's fit of the same 2 000-point approach.
  const nanite = peer(`import time, numpy as np, nanite\nd=np.loadtxt(${JSON.stringify(afmFile)}, comments='#')\nk=${0.05}; s=${40e-9}\nz=-d[:,0]; f=d[:,1]*s*k\nts=[]\nfor _ in range(20):\n  t=time.perf_counter(); idnt=nanite.Indentation(data={'height (measured)': -z, 'force': f, 'segment': np.zeros(len(f), dtype=np.uint8), 'time': d[:,2]}, metadata={'spring constant': k, 'sensitivity': s, 'imaging mode': 'force-distance', 'enum': 0, 'path': 'x'}); idnt.apply_preprocessing(['compute_tip_position','correct_force_offset','correct_tip_offset']); p=idnt.get_initial_fit_parameters(model_key='hertz_para'); p['R'].set(value=5e-6); idnt.fit_model(model_key='hertz_para', params_initial=p, x_axis='tip position', y_axis='force', segment=0); ts.append(time.perf_counter()-t)\nprint(sorted(ts)[10]*1000, idnt.fit_properties['params_fitted']['E'].value)`);
  console.log(`  nanite, the same 2 000-point approach: ${nanite ? `${Number(nanite.split(' ')[0]).toFixed(1)} ms per fit, preprocessing included (median of 20; nanite caches a fit, so each is a new curve object), E = ${Number(nanite.split(' ')[1]).toFixed(0)} Pa` : 'not measured (no nanite; set PEERS_PYTHON to a Python that has it)'}`);

  // A batch: 1 000 such approaches (E from 45 to 55 kPa, so each file is its
  // own curve) opened at once on the AFM page, from choosing the files until
  // every row of the batch table has its modulus or reason and the summary
  // counts them all, and the longest task on the page's thread meanwhile.
  const BATCH = 1000;
  const batchDir = join(site, 'afm-batch');
  mkdirSync(batchDir, { recursive: true });
  const batchFiles = Array.from({ length: BATCH }, (_, i) => {
    const f = join(batchDir, `cell-${String(i + 1).padStart(4, '0')}.txt`);
    writeFileSync(f, jpkAfmCurve(2000, 45e3 + (10e3 * i) / (BATCH - 1)));
    return f;
  });
  const batchRuns = [];
  for (let run = 0; run < 2; run++) {
    batchRuns.push(await withPage(1, async (page) => {
      await page.goto(`${base}?page=data&specimen=afm`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 });
      await openChooser(page);
      await page.evaluate(() => {
        window.longest = 0;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration); }).observe({ type: 'longtask' });
        window.t0 = performance.now();
      });
      await page.getByTestId('data-files').setInputFiles(batchFiles);
      await page.waitForFunction((n) => {
        const rows = document.querySelectorAll('[data-testid^=model-batch-row-]');
        const done = rows.length === n && ![...rows].some((r) => r.querySelector('td')?.textContent === '…')
          && !document.querySelector('[data-testid=model-batch-progress]')
          && /\d/.test(document.querySelector('[data-testid=model-batch-summary]')?.textContent ?? '');
        if (done) window.tDone ??= performance.now();
        return done;
      }, BATCH, { timeout: 300_000, polling: 'raf' });
      return page.evaluate(() => {
        const mark = (n) => performance.getEntriesByType('mark').filter((m) => m.name === n).pop()?.startTime - window.t0;
        return { total: window.tDone - window.t0, longest: window.longest, read: mark('ecm-files-read'),
          summary: document.querySelector('[data-testid=model-batch-summary]').textContent };
      });
    }));
  }
  rmSync(batchDir, { recursive: true, force: true });
  console.log(`  AFM batch, 1 000 curves of 2 000 points (2 runs): ${batchRuns.map((r) => `${(r.total / 1000).toFixed(2)} s`).join(', ')} (files chosen → every row and the summary); files read by ${batchRuns.map((r) => `${(r.read / 1000).toFixed(2)} s`).join(', ')}; longest main-thread task ${batchRuns.map((r) => ms(r.longest)).join(', ')}`);
  console.log(`    ${batchRuns[0].summary}`);
}
// ---- 7. The exercise builder: 1 000 variants in the page ----------------------
// A teacher's link drawing 1 000 variants on the stress page: from
// navigation to the calculator ready and to the preview table drawn (the
// builder's module downloaded, the variants drawn and listed; a fresh
// context each run, so nothing cached), then each export from its click to
// the file.
if (section(7)) {
  const link = `${base}?page=stress&ranges=1&metal=custom-vm&dphi=50&dphi_max=200&vm=13.0&vm_max=23.7&variants=1000&seed=2020`;
  const runs = [];
  for (let run = 0; run < 3; run++) {
    runs.push(await withPage(1, async (page) => {
      await page.goto(link);
      // Times since navigation start, noted in the page when each is seen.
      await page.waitForFunction(() => {
        if (document.documentElement.dataset.ready === '1') window.tReady ??= performance.now();
        if (document.querySelectorAll('[data-testid=exercise-variants] tbody tr').length === 1000) window.tTable ??= performance.now();
        return window.tReady && window.tTable;
      }, null, { timeout: 60_000, polling: 'raf' });
      const { tReady: ready, tTable: table } = await page.evaluate(() => ({ tReady: window.tReady, tTable: window.tTable }));
      const exports = {};
      for (const id of ['export-moodle', 'export-qti21', 'export-qti12', 'export-blackboard']) {
        const t0 = await page.evaluate(() => performance.now());
        await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
        exports[id] = (await page.evaluate(() => performance.now())) - t0;
      }
      return { ready, table, exports };
    }));
  }
  console.log('\nExercise builder, 1 000 variants on the stress page (CPU ×1, 3 runs):');
  console.log(`  navigation → calculator ready: ${runs.map((r) => ms(r.ready)).join(', ')}; → builder downloaded, 1 000 variants drawn and listed: ${runs.map((r) => ms(r.table)).join(', ')}`);
  for (const id of Object.keys(runs[0].exports)) console.log(`  ${id}: click → download ${runs.map((r) => ms(r.exports[id])).join(', ')}`);
}
await browser.close();

// ---- Exercises: 1 000 variants drawn and exported (native, release) ----------
// A native release build of the core: only in a full run, not with BENCH_ONLY.
if (!ONLY.length) {
  try {
    const out = execFileSync('cargo', ['test', '--release', '-q', '-p', 'ecm-core', '--test', 'exercise_exports', '--', '--ignored', '--nocapture'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const line = out.split('\n').find((l) => l.startsWith('1000 variants'));
    console.log(`\nExercises (native, release): ${line ?? 'not measured'}`);
  } catch {
    console.log('\nExercises: not measured (cargo test failed)');
  }
}

// ---- 6. Lighthouse (mobile) ---------------------------------------------------
if (LIGHTHOUSE && section(6)) {
  const lh = join('.bench-tools', 'node_modules', '.bin', 'lighthouse');
  if (!existsSync(lh)) {
    console.log('\nInstalling Lighthouse into .bench-tools/ (once)…');
    mkdirSync('.bench-tools', { recursive: true });
    execFileSync('npm', ['install', '--prefix', '.bench-tools', '--no-audit', '--no-fund', 'lighthouse@12'], { stdio: 'inherit' });
  }
  console.log('\nLighthouse, mobile (Debian Chromium, headless):');
  for (const pageKey of ['', 'stress', 'fracture', 'sphere']) {
    const url = `${base}${pageKey ? `?page=${pageKey}` : ''}`;
    const out = join(site, `lh-${pageKey || 'home'}.json`);
    try {
      execFileSync(lh, [url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
      const r = JSON.parse(readFileSync(out, 'utf8'));
      const score = (k) => Math.round((r.categories[k]?.score ?? 0) * 100);
      const failing = Object.values(r.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual').map((a) => a.id);
      console.log(`  ${(pageKey || 'home').padEnd(10)} performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}  (FCP ${r.audits['first-contentful-paint'].displayValue}, LCP ${r.audits['largest-contentful-paint'].displayValue}, TBT ${r.audits['total-blocking-time'].displayValue}; below 100: ${failing.slice(0, 8).join(', ') || 'none'})`);
    } catch (e) {
      console.log(`  ${(pageKey || 'home').padEnd(10)} Lighthouse failed: ${String(e.stderr ?? e.message).split('\n').slice(-3).join(' ')}`);
    }
  }
}

server.kill();
rmSync(site, { recursive: true, force: true });
