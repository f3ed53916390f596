// The browser step of tests/exports/third_party.py (run by it; see there for
// the installs). Usage: node third_party_qti_engine.mjs PLAN.json NPM_DIR CHROMIUM
//
// For every QTI 2.1 item of the plan:
//  1. @citolab/qti-convert (npm, the TypeScript converter) upgrades it to
//     QTI 3.0; the result must keep the correct response and both bounds;
//  2. @citolab/qti-components (QTI 3 web components) loads, in headless
//     Chromium, the item converted by the Python citolab-qti-convert
//     (DIR/qti3-py) and the one converted in step 1, types each probe answer
//     into the item's text entry box, runs the item's response processing
//     (processResponse()) and reads SCORE;
//  3. the same player is also given the QTI 2.1 item as it is.
// Prints one line of figures per reader, and "FAULT ..." lines.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [planFile, npmDir, chromiumPath] = process.argv.slice(2);
const plan = JSON.parse(fs.readFileSync(planFile, 'utf8'));
const mod = (p) => import(pathToFileURL(path.join(npmDir, 'node_modules', p)).href);
const pkgVersion = (p) =>
  JSON.parse(fs.readFileSync(path.join(npmDir, 'node_modules', p, 'package.json'), 'utf8')).version;

const { convertQti2toQti3 } = await mod('@citolab/qti-convert/dist/qti-converter-node/index.js');
const { chromium } = await mod('playwright-core/index.mjs');
const cdn = fs.readFileSync(path.join(npmDir, 'node_modules/@citolab/qti-components/cdn/index.js'));

let faults = 0;
const fault = (m) => { faults++; console.log('FAULT ' + m); };

// numbers of a QTI 3 item: correct response, lower and upper bound
function qti3Numbers(xml) {
  const num = (re) => { const m = xml.match(re); return m ? Number(m[1]) : null; };
  return [
    num(/<qti-correct-response>\s*<qti-value>([^<]+)<\/qti-value>/),
    num(/<qti-gte?>[\s\S]*?<qti-base-value[^>]*>([^<]+)<\/qti-base-value>/),
    num(/<qti-lte?>[\s\S]*?<qti-base-value[^>]*>([^<]+)<\/qti-base-value>/),
  ];
}
function qti21Numbers(xml) {
  const num = (re) => { const m = xml.match(re); return m ? Number(m[1]) : null; };
  return [
    num(/<correctResponse>\s*<value>([^<]+)<\/value>/),
    num(/<gte?>[\s\S]*?<baseValue[^>]*>([^<]+)<\/baseValue>/),
    num(/<lte?>[\s\S]*?<baseValue[^>]*>([^<]+)<\/baseValue>/),
  ];
}
const same = (a, b) => a.length === b.length && a.every((x, i) => x !== null && Math.abs(x - b[i]) <= 1e-12 * Math.abs(b[i]));

// ---- 1. the npm converter
let total = 0, converted = 0, kept = 0;
for (const ex of plan) {
  fs.mkdirSync(path.join(ex.dir, 'qti3-npm'), { recursive: true });
  for (const it of ex.items) {
    total++;
    const src = fs.readFileSync(path.join(ex.dir, 'qti21', it.file), 'utf8');
    let out;
    try {
      out = await convertQti2toQti3(src);
    } catch (e) {
      fault(`@citolab/qti-convert: ${ex.exercise}/${it.file}: ${e}`);
      continue;
    }
    if (!/<qti-assessment-item[\s>]/.test(out)) { fault(`@citolab/qti-convert: ${ex.exercise}/${it.file}: no qti-assessment-item`); continue; }
    converted++;
    fs.writeFileSync(path.join(ex.dir, 'qti3-npm', it.file), out);
    const got = qti3Numbers(out), want = qti21Numbers(src);
    if (same(got, want)) kept++;
    else fault(`@citolab/qti-convert: ${ex.exercise}/${it.file}: correct/lower/upper ${got}, QTI 2.1 has ${want}`);
  }
}
console.log(`@citolab/qti-convert ${pkgVersion('@citolab/qti-convert')}: ${converted}/${total} items converted to QTI 3.0; correct response and both bounds kept in ${kept}/${total}`);

// ---- 2. and 3. the player
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
const page = await browser.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
await page.route('http://qti.test/**', (route) => {
  const u = new URL(route.request().url());
  if (u.pathname === '/qti-components.js') return route.fulfill({ body: cdn, contentType: 'text/javascript' });
  return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="host"></div></body></html>' });
});
await page.goto('http://qti.test/');
await page.evaluate(async () => { window.QC = await import('/qti-components.js'); });

async function load(xml) {
  return page.evaluate(async (xml) => {
    const host = document.getElementById('host');
    host.innerHTML = '';
    let html;
    try { html = window.QC.qtiTransformItem().parse(xml).html(); } catch (e) { return 'transform: ' + e; }
    host.innerHTML = html;
    const item = host.querySelector('qti-assessment-item');
    if (!item) return 'no qti-assessment-item after the transform';
    await customElements.whenDefined('qti-assessment-item');
    await item.updateComplete;
    const box = host.querySelector('qti-text-entry-interaction');
    if (!box) return 'no qti-text-entry-interaction';
    await box.updateComplete;
    return null;
  }, xml);
}

async function score(typed) {
  const input = page.locator('#host qti-text-entry-interaction input');
  await input.fill(typed);
  await input.blur();
  return page.evaluate(() => {
    const item = document.querySelector('#host qti-assessment-item');
    item.processResponse();
    const s = item.getOutcome('SCORE');
    const r = item.variables.find((v) => v.identifier === 'RESPONSE');
    return { score: s ? Number(s.value) : null, response: r ? r.value : null };
  });
}

const version = pkgVersion('@citolab/qti-components');
for (const source of ['qti3-py', 'qti3-npm', 'qti21']) {
  let items = 0, loaded = 0, allRight = 0;
  const byProbe = {};
  for (const ex of plan) {
    for (const it of ex.items) {
      const file = path.join(ex.dir, source, it.file);
      if (!fs.existsSync(file)) continue;
      items++;
      const err = await load(fs.readFileSync(file, 'utf8'));
      if (err) { if (source !== 'qti21') fault(`qti-components (${source}): ${ex.exercise}/${it.file}: ${err}`); continue; }
      loaded++;
      let ok = true;
      for (const [probe, typed, expected] of it.probes) {
        const r = await score(typed);
        const b = (byProbe[probe] ??= { expected, n: 0, scores: {} });
        b.n++;
        b.scores[r.score] = (b.scores[r.score] ?? 0) + 1;
        if (expected !== null && (r.score !== expected || String(r.response) !== typed)) {
          ok = false;
          fault(`qti-components (${source}): ${ex.exercise}/${it.file}: typed ${typed} (${probe}, answer ${it.answer}): SCORE ${r.score}, RESPONSE ${r.response}, expected ${expected}`);
        }
      }
      if (ok) allRight++;
    }
  }
  const label = { 'qti3-py': 'QTI 3.0 from citolab-qti-convert (PyPI)', 'qti3-npm': 'QTI 3.0 from @citolab/qti-convert (npm)', qti21: 'our QTI 2.1 items as they are' }[source];
  if (source === 'qti21' && loaded === 0) {
    console.log(`@citolab/qti-components ${version} (${label}): 0/${items} loaded (the player reads QTI 3 only)`);
    continue;
  }
  const probes = Object.entries(byProbe)
    .map(([p, b]) => `${p}${b.expected === null ? ' (not judged)' : ''} ${Object.entries(b.scores).map(([s, n]) => (n === b.n ? s : `${s}×${n}`)).join('/')}`)
    .join(', ');
  console.log(`@citolab/qti-components ${version} (${label}), Chromium: ${loaded}/${items} items loaded, scored right on every probe in ${allRight}/${loaded}; SCORE by probe: ${probes}`);
}
if (pageErrors.length) console.log(`(page errors: ${[...new Set(pageErrors)].slice(0, 3).join(' | ')})`);
await browser.close();
process.exit(faults ? 1 : 0);
