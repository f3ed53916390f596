// The test data page (?page=data): instrument exports, as they leave the
// instrument, to Table 1 numbers. The export files in
// crates/ecm-core/tests/data/import/ are written by the project from one
// synthetic pillar test (tests/import_fixtures.rs), so every number here is
// the synthetic test's own, worked out below by hand.
import { test, expect, open, sig } from './fixtures.mjs';
import { readFileSync, writeFileSync } from 'node:fs';

const DIR = 'crates/ecm-core/tests/data/import';

// The synthetic pillar: d = 500 nm, L0 = 1 µm, E = 5 GPa to a yield stress of
// 60 MPa, then 200 MPa per unit strain, loaded to 5 % strain (50 nm), 0.5 s
// a point; 20 approach points with a −0.3 µN offset; frame compliance
// C = 0.01 nm/µN (1e-5 m/N) in the depth.
const D = 500e-9;
const L0 = 1e-6;
const E = 5e9;
const AREA = (Math.PI * D * D) / 4;
const YIELD_STRAIN = 60e6 / E; // 1.2 %
const PEAK = 60e6 + 200e6 * (0.05 - YIELD_STRAIN); // 67.6 MPa at 5 %
// 0.2 % offset: E(ε − 0.002) = 60 MPa + 200 MPa (ε − 0.012).
const OFFSET_STRAIN = (60e6 - 200e6 * YIELD_STRAIN + E * 0.002) / (E - 200e6);
const OFFSET_YIELD = E * (OFFSET_STRAIN - 0.002); // 60.42 MPa
// Work to the peak: A·L0·∫σ dε (elastic triangle, then the hardening trapezoid).
const WORK = AREA * L0 * (0.5 * 60e6 * YIELD_STRAIN + (60e6 + PEAK) / 2 * (0.05 - YIELD_STRAIN));
const C = 1e-5;

/** Data rows of an export: its lines that start with a number. */
function dataRows(name) {
  return readFileSync(`${DIR}/${name}`, 'latin1').split(/\r\n|\r|\n/).filter((l) => /^\s*"?-?\d/.test(l)).length;
}

/** Opens files: names of export files, or { name, buffer } made by a test. */
async function openFiles(page, ...files) {
  const asBuffer = (f) => (typeof f === 'string' ? { name: f, mimeType: 'text/plain', buffer: readFileSync(`${DIR}/${f}`) } : f);
  await page.getByTestId('data-files').setInputFiles(files.some((f) => typeof f !== 'string') ? files.map(asBuffer) : files.map((f) => `${DIR}/${f}`));
}

async function pillar(page) {
  // AFM exports propose an AFM indentation; these files are pillar tests.
  await page.getByTestId('specimen').selectOption('pillar');
  await page.getByTestId('dt').fill('500');
  await page.getByTestId('l0-unit').selectOption({ label: 'µm' });
  await page.getByTestId('l0').fill('1');
}

async function baseline(page, points = '15') {
  await page.getByTestId('use-baseline').check();
  await page.getByTestId('bl').fill(points);
}

async function expectSyntheticResults(page, { unloading = true } = {}) {
  await expect(page.getByTestId('max-force')).toHaveText(sig((PEAK * AREA) / 1e-6)); // 13.27 µN
  await expect(page.getByTestId('max-force-displacement')).toHaveText(sig(50));
  await expect(page.getByTestId('loading-modulus')).toHaveText(sig(E / 1e9)); // 5.000
  await expect(page.getByTestId('yield-stress')).toHaveText(sig(OFFSET_YIELD / 1e6)); // 60.42
  await expect(page.getByTestId('max-stress')).toHaveText(sig(PEAK / 1e6)); // 67.60
  await expect(page.getByTestId('strain-at-max')).toHaveText(sig(5));
  if (unloading) await expect(page.getByTestId('unloading-modulus')).toHaveText(sig(E / 1e9));
}

test('before any data: where to drop files and the worked example, not an empty plot', async ({ page }) => {
  await open(page, 'data');
  await expect(page.getByTestId('drop-zone')).toContainText(/drop export files here/i);
  await expect(page.getByTestId('drop-zone')).toContainText('Choose files');
  await expect(page.getByTestId('empty-state')).toContainText('worked example');
  await expect(page.locator('main canvas')).toHaveCount(0);
  await expect(page.getByTestId('import-summary')).toHaveCount(0);
});

test('the worked example gives back the numbers that made it', async ({ page }) => {
  await open(page, 'data');
  await page.getByTestId('data-example').click();
  await expect(page.getByTestId('import-summary')).toHaveText(`Hysitron TriboScan .hld test data: ${dataRows('triboscan_pillar.hld')} points, 1 segment`);
  await expectSyntheticResults(page);
  await expect(page.getByTestId('strain-rate')).toHaveText(sig(0.05 / (500 * 0.5))); // 5 % over 500 steps of 0.5 s
  await expect(page.getByTestId('work')).toHaveText(sig(WORK / 1e-12));
  await expect(page.getByTestId('cross-section')).toHaveText(sig(AREA / 1e-12));
  await expect(page.getByTestId('corrections-used')).toContainText('baseline fitted over the first 15 points');
  await expect(page.getByTestId('corrections-used')).toContainText('frame compliance removed');
  // The header's values are shown, and the frame compliance was taken from it.
  await page.getByTestId('import-metadata').locator('summary').click();
  await expect(page.getByTestId('import-metadata')).toContainText('Machine Comp');
  await expect(page.getByTestId('cf')).toHaveValue('0.01');
  await expect(page.getByTestId('loading-window')).toContainText('automatic');
  await expect(page.getByTestId('unloading-window')).toContainText('from 50 % to 90 % of the unloading force');
  await expect(page.getByTestId('unloading-window')).toContainText(`S = ${sig((E * AREA) / L0)} N/m`); // 981.7
  await expect(page.getByTestId('hardening-exponent')).toHaveText(/^0\.\d+$/);
});

// Every format, with what the user adds (only what the page asks for).
const FORMATS = [
  ['triboscan_ti950.txt', 'Hysitron TriboScan text export', 1, async (p) => {
    await expect(p.getByTestId('import-summary').locator('xpath=..')).toContainText('Latin-1');
    await p.getByTestId('use-frame').check();
    await p.getByTestId('cf').fill('0.01');
  }],
  ['triboscan_ti990.txt', 'Hysitron TriboScan text export', 1, async (p) => {
    await p.getByTestId('use-frame').check();
    await p.getByTestId('cf').fill('0.01');
  }],
  ['triboscan_pillar.hld', 'Hysitron TriboScan .hld test data', 1, async (p) => {
    await expect(p.getByTestId('use-frame')).toBeChecked();
  }],
  ['femtotools_pillar.txt', 'FemtoTools text export', 2, async () => {}],
  ['spreadsheet_eu.csv', 'Table of numbers (semicolons, decimal commas)', 1, async (p) => {
    await expect(p.getByTestId('unit-2')).toHaveValue('nN');
  }],
  ['jpk_force.txt', 'JPK force curve text export', 2, async (p) => {
    // Spring constant and sensitivity come from the header; the deflection is in volts.
    await expect(p.getByTestId('use-cantilever')).toBeChecked();
    await expect(p.getByTestId('k')).toHaveValue('40');
    await expect(p.getByTestId('unit-2')).toHaveValue('V');
  }],
  ['afm_workshop.csv', 'AFM Workshop force–distance CSV', 2, async (p) => {
    await expect(p.getByTestId('analysis-warnings')).toContainText('piezo travel is taken as the specimen');
    await p.getByTestId('use-cantilever').check();
    await p.getByTestId('k').fill('40');
  }],
  ['nanoscope_force.txt', 'Bruker Nanoscope ASCII force export', 2, async () => {}],
  ['ntmdt.txt', 'Table of numbers (decimal commas)', 1, async (p) => {
    // No header: the page asks instead of computing.
    await expect(p.getByTestId('mapping-msg')).toContainText('force');
    await expect(p.getByTestId('max-force')).toHaveText('—');
    await expect(p.getByTestId('column-table')).toContainText('−40');
    await p.getByTestId('role-1').selectOption('d');
    await p.getByTestId('unit-1').selectOption('nm');
    await p.getByTestId('role-2').selectOption('f');
    await p.getByTestId('unit-2').selectOption('nN');
  }],
];

for (const [file, format, segments, setup] of FORMATS) {
  test(`${file}: read as “${format}” and analysed to the synthetic test's numbers`, async ({ page }) => {
    await open(page, 'data');
    await openFiles(page, file);
    const points = file === 'afm_workshop.csv' || file === 'nanoscope_force.txt' ? 1042 : dataRows(file);
    await expect(page.getByTestId('import-summary')).toHaveText(`${format}: ${points} points, ${segments} segment${segments === 1 ? '' : 's'}`);
    await pillar(page);
    await baseline(page);
    await setup(page);
    await expect(page.getByTestId('mapping-msg')).toHaveText('');
    await expectSyntheticResults(page);
  });
}

test('the frame compliance correction changes the modulus as the arithmetic says', async ({ page }) => {
  await open(page, 'data');
  await openFiles(page, 'triboscan_ti950.txt');
  await pillar(page);
  await baseline(page);
  // Without it the depth includes the frame: 1/S = L0/(E·A) + C.
  const apparent = 1 / (1 / E + (C * AREA) / L0);
  await expect(page.getByTestId('loading-modulus')).toHaveText(sig(apparent / 1e9)); // 4.951
  await expect(page.getByTestId('corrections-used')).not.toContainText('frame');
  await page.getByTestId('use-frame').check();
  await page.getByTestId('cf').fill('0.01');
  await expect(page.getByTestId('loading-modulus')).toHaveText(sig(E / 1e9));
  await expect(page.getByTestId('corrections-used')).toContainText('frame compliance removed');
});

/** The synthetic loading as a pasted table, depth (nm) and load (µN), each multiplied by its sign. */
function pastedCurve(sd, sf) {
  const rows = ['Depth (nm)\tLoad (µN)'];
  for (let i = 0; i <= 100; i++) {
    const e = (0.05 * i) / 100;
    const s = e <= YIELD_STRAIN ? E * e : 60e6 + 200e6 * (e - YIELD_STRAIN);
    rows.push(`${sd * e * L0 * 1e9}\t${sf * s * AREA * 1e6}`);
  }
  return rows.join('\n');
}

for (const [sd, sf] of [[1, 1], [-1, -1], [-1, 1], [1, -1]]) {
  test(`signs: compression recorded with displacement ${sd < 0 ? '−' : '+'} and force ${sf < 0 ? '−' : '+'} gives the same results`, async ({ page }) => {
    await open(page, 'data');
    await page.locator('details.paste summary').click();
    await page.getByTestId('data-paste').fill(pastedCurve(sd, sf));
    await page.getByTestId('data-paste-read').click();
    await expect(page.getByTestId('import-summary')).toHaveText('Table of numbers (tab-separated): 101 points, 1 segment');
    await pillar(page);
    await expect(page.getByTestId('loading-modulus')).toHaveText(sig(E / 1e9));
    await expect(page.getByTestId('max-stress')).toHaveText(sig(PEAK / 1e6));
    await expect(page.getByTestId('work')).toHaveText(sig(WORK / 1e-12));
    if (sd < 0 || sf < 0) await expect(page.getByTestId('corrections-used')).toContainText('signs turned');
    await expect(page.getByTestId('analysis-warnings')).toHaveText('');
  });
}

test('the test mode is shown and changeable; tension keeps the modulus and changes the true-stress fit', async ({ page }) => {
  await open(page, 'data');
  await page.getByTestId('data-example').click();
  await expect(page.getByTestId('mode')).toHaveValue('compression');
  const n = await page.getByTestId('hardening-exponent').textContent();
  await page.getByTestId('mode').selectOption('tension');
  await expect(page.getByTestId('loading-modulus')).toHaveText(sig(E / 1e9));
  await expect(page.getByTestId('hardening-exponent')).not.toHaveText(n);
  await expect(page).toHaveURL(/mode=tension/);
});

test('segments: the file\'s own (JPK extend and retract) can be chosen, and the plot shows loading and unloading apart', async ({ page }) => {
  await open(page, 'data');
  await openFiles(page, 'jpk_force.txt');
  await pillar(page);
  await baseline(page);
  await expect(page.getByTestId('unloading-modulus')).toHaveText(sig(E / 1e9));
  await expect(page.getByTestId('curve-plot-alt')).toContainText('loading');
  await expect(page.getByTestId('curve-plot-alt')).toContainText('unloading');
  await expect(page.getByTestId('seg').locator('option')).toHaveText(['all rows', /^extend/, /^retract/]);
  await page.getByTestId('seg').selectOption('1');
  await expect(page.getByTestId('unloading-modulus')).toHaveText('—');
  await expect(page.getByTestId('unloading-modulus-why')).toContainText('no unloading');
  await expect(page.getByTestId('loading-modulus')).toHaveText(sig(E / 1e9));
  await expect(page).toHaveURL(/seg=1/);
});

const BAD = [
  ['curve.jpk-force', Buffer.from('PK\x03\x04\x14\x00\x00\x00binary', 'latin1'), /curve\.jpk-force: this is a zip archive.*Text export/],
  ['wave.ibw', Buffer.from([5, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]), /wave\.ibw: /],
  ['empty.txt', Buffer.from(''), /empty\.txt: the file is empty/],
  ['ragged.txt', Buffer.from('Depth (nm)\tLoad (uN)\n0\t0\n1\t2\n3\n4\t8\n'), /ragged\.txt, line 4: this row has 1 value, but the table has 2 columns/],
  ['words.txt', Buffer.from('hello\nworld\n'), /words\.txt: no rows of numbers/],
  ['cut.txt', Buffer.from('Depth (nm)\tLoad (uN)\n0\t0\n1\t2\n2\t1e99999\n'), /cut\.txt, line 4, column 2: “1e99999” is not a number/],
];

test('bad files get a message naming file, line and column, and the analysis on screen stays', async ({ page }) => {
  await open(page, 'data');
  await page.getByTestId('data-example').click();
  await expect(page.getByTestId('max-force')).toHaveText(sig((PEAK * AREA) / 1e-6));
  for (const [name, buffer, message] of BAD) {
    await openFiles(page, { name, mimeType: 'application/octet-stream', buffer });
    await expect(page.getByTestId('import-error')).toHaveText(message);
    await expect(page.getByTestId('max-force')).toHaveText(sig((PEAK * AREA) / 1e-6));
    await expect(page.getByTestId('import-summary')).toContainText('Hysitron TriboScan .hld');
  }
});

test('batch: three files, one fails; a row each, the CSV, and the power law through two diameters', async ({ page }) => {
  await open(page, 'data');
  await openFiles(page, 'triboscan_ti950.txt', 'triboscan_pillar.hld', { name: 'broken.jpk-force', mimeType: 'application/zip', buffer: Buffer.from('PK\x03\x04rest', 'latin1') });
  await expect(page.getByTestId('import-error')).toContainText('broken.jpk-force');
  await pillar(page);
  await baseline(page);
  await page.getByTestId('use-frame').check();
  await page.getByTestId('cf').fill('0.01');
  const table = page.getByTestId('batch-table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  for (const i of [1, 2]) await expect(page.getByTestId(`batch-row-${i}`)).toContainText(sig(PEAK / 1e6));
  await expect(page.getByTestId('batch-row-3')).toContainText('zip archive');
  // The second specimen at half the diameter: four times the stress, so m = 2 exactly.
  await page.getByTestId('batch-d-2').fill('250');
  await page.getByTestId('batch-d-2').dispatchEvent('change');
  await expect(page.getByTestId('batch-row-2')).toContainText(sig((4 * PEAK) / 1e6)); // 270.4
  await expect(page.getByTestId('batch-fit')).toContainText(`m = ${sig(2)}`);
  await expect(page.getByTestId('batch-fit')).toContainText('over 2 tests');
  await expect(page.getByTestId('strength-plot-alt')).toContainText('over the paper\'s 25 Table 1 specimens');
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch-csv').click()]);
  const csv = readFileSync(await d.path(), 'utf8').trim().split('\n');
  expect(csv[0]).toBe('file,diameter (nm),modulus from loading (GPa),modulus from unloading (GPa),0.2 % yield (MPa),maximum stress (MPa),corrections,problem');
  expect(csv).toHaveLength(4);
  expect(csv[2]).toMatch(/^triboscan_pillar\.hld,250,/);
  expect(csv[3]).toMatch(/^broken\.jpk-force,.*zip archive/);
});

test('the link with the same file reproduces the analysis: columns, rows, corrections, windows, geometry', async ({ page, browser }) => {
  await open(page, 'data');
  await openFiles(page, 'femtotools_pillar.txt');
  await pillar(page);
  await baseline(page, '12');
  await page.getByTestId('window').selectOption('manual');
  await page.getByTestId('wlo').fill('0.2');
  await page.getByTestId('whi').fill('0.9');
  await page.getByTestId('uhi').fill('80');
  await page.getByTestId('role-3').selectOption('-'); // the time column, not used
  await expect(page.getByTestId('strain-rate')).toHaveText('—');
  const ids = ['max-force', 'loading-modulus', 'unloading-modulus', 'yield-stress', 'max-stress', 'work', 'hardening-exponent'];
  const before = {};
  for (const id of ids) before[id] = await page.getByTestId(id).textContent();
  const link = page.url();
  expect(link).toMatch(/cols=/);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await fresh.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await fresh.getByTestId('data-files').setInputFiles(`${DIR}/femtotools_pillar.txt`);
  await expect(fresh.getByTestId('role-3')).toHaveValue('-');
  await expect(fresh.getByTestId('whi')).toHaveValue('0.9');
  for (const id of ids) await expect(fresh.getByTestId(id), id).toHaveText(before[id]);
  await other.close();
});

test('a link whose columns do not fit the file says so and uses the file\'s own', async ({ page }) => {
  await open(page, 'data', { cols: 'd.nm,f.uN' });
  await openFiles(page, 'triboscan_ti950.txt');
  await expect(page.getByTestId('mapping-msg')).toHaveText('The link maps 2 columns and the file has 3: the file\'s own proposal is used.');
  await expect(page.getByTestId('max-force')).not.toHaveText('—');
});

test('the corrected curve exports as CSV with every point from contact', async ({ page }) => {
  await open(page, 'data');
  await page.getByTestId('data-example').click();
  await expect(page.getByTestId('hardening-exponent')).toHaveText(/\d/);
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-curve').click()]);
  const lines = readFileSync(await d.path(), 'utf8').trim().split('\n');
  expect(lines[0]).toBe('displacement (nm),force (µN),time (s),engineering strain (%),engineering stress (MPa),true strain (%),true stress (MPa)');
  // The 20 approach points are cut: the curve starts at contact.
  expect(lines.length - 1).toBe(dataRows('triboscan_pillar.hld') - 20);
  const [dn, f, , e, s] = lines[1].split(',').map(Number);
  expect(Math.abs(dn)).toBeLessThan(1e-6);
  expect(Math.abs(f)).toBeLessThan(1e-6);
  expect(e).toBeCloseTo(0, 6);
  expect(s).toBeCloseTo(0, 6);
});

test('the rod page sends an instrument export to this page instead of misreading it', async ({ page }) => {
  await open(page, 'rod');
  await page.getByTestId('series').fill(readFileSync(`${DIR}/jpk_force.txt`, 'utf8'));
  await expect(page.getByTestId('series-msg')).toContainText('an instrument\'s export (JPK force curve text export): open it on the Test data page');
  await expect(page.getByTestId('series-modulus')).toHaveText('—');
  await page.getByTestId('rod-to-data').click();
  await expect(page.getByTestId('drop-zone')).toBeVisible();
});

test('a million-row export is read in the worker and analysed without freezing the page', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  // Loading to 5 % strain over 800 000 points, unloading over 200 000: the
  // synthetic pillar without approach or frame, 1 ms a point.
  const k = (E * AREA) / L0;
  const fPeak = PEAK * AREA;
  const parts = ['Depth (nm)\tLoad (µN)\tTime (s)\n'];
  const n = 1_000_000;
  const nl = 800_000;
  for (let i = 0; i < n; i++) {
    let d;
    let f;
    if (i < nl) {
      const e = (0.05 * i) / (nl - 1);
      d = e * L0;
      f = (e <= YIELD_STRAIN ? E * e : 60e6 + 200e6 * (e - YIELD_STRAIN)) * AREA;
    } else {
      f = fPeak * (1 - (0.4 * (i - nl + 1)) / (n - nl));
      d = 0.05 * L0 - (fPeak - f) / k;
    }
    parts.push(`${(d * 1e9).toFixed(6)}\t${(f * 1e6).toFixed(6)}\t${(i * 1e-3).toFixed(3)}\n`);
  }
  const buffer = Buffer.from(parts.join(''));
  expect(buffer.length).toBeGreaterThan(25e6);
  await open(page, 'data', { dt: '500', l0: '1', l0_unit: 'µm' });
  const worker = page.waitForRequest(/import-worker-[0-9a-f]+\.js$/);
  await page.evaluate(() => {
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  // From disk: a file given as a buffer would be built inside the page by
  // the test driver, on the page's own thread.
  const path = testInfo.outputPath('big.txt');
  writeFileSync(path, buffer);
  await page.getByTestId('data-files').setInputFiles(path);
  await worker;
  await expect(page.getByTestId('import-summary')).toHaveText('Table of numbers (tab-separated): 1000000 points, 1 segment', { timeout: 60_000 });
  await expect(page.getByTestId('max-force')).toHaveText(sig(fPeak / 1e-6));
  await expect(page.getByTestId('unloading-modulus')).toHaveText(sig(E / 1e9));
  // The automatic window ends at yield however dense the record.
  await expect(page.getByTestId('loading-modulus')).toHaveText(sig(E / 1e9));
  await expect(page.getByTestId('max-stress')).toHaveText(sig(PEAK / 1e6));
  // 5 % over 799 999 ms: 6.250 × 10⁻⁵ /s.
  await expect(page.getByTestId('strain-rate')).toHaveText(/^6\.250 × 10⁻⁵$/);
  await expect(page.getByTestId('hardening-exponent')).toHaveText(/^0\.\d+$/);
  // The plot thins the record for drawing only; its caption counts every point.
  await expect(page.getByTestId('curve-plot-alt')).toContainText('1000000 points');
  // A functional guard with a wide margin (scripts/bench measures the figure):
  // the page was never frozen for a second.
  expect(await page.evaluate(() => window.longest)).toBeLessThan(1000);
});

test('the import worker starts when "Choose files…" is clicked, before a file is chosen, and reads a large file in scientific notation', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // 160 000 rows written as AFM software writes them (every value with an
  // exponent), 6 MB: loading to 2.5 µN at 0.9 µm over 120 000 rows, then
  // unloading to 1 µN.
  const n = 160_000;
  const nl = 120_000;
  const parts = ['Displacement (m),Force (N)\n'];
  for (let i = 0; i < n; i++) {
    const f = i <= nl ? (2.5e-6 * i) / nl : 2.5e-6 - (1.5e-6 * (i - nl)) / (n - nl);
    const d = i <= nl ? (0.9e-6 * i) / nl : 0.9e-6 - (0.1e-6 * (i - nl)) / (n - nl);
    parts.push(`${d.toExponential(12)},${f.toExponential(12)}\n`);
  }
  const path = testInfo.outputPath('scientific.csv');
  writeFileSync(path, parts.join(''));
  await open(page, 'data');
  const workers = [];
  page.on('request', (r) => { if (/import-worker-[0-9a-f]+\.js$/.test(r.url())) workers.push(r.url()); });
  const started = page.waitForRequest(/import-worker-[0-9a-f]+\.js$/);
  const chooser = page.waitForEvent('filechooser');
  await page.locator('label.file-button').click();
  // The worker is on its way while the chooser is open.
  await started;
  await (await chooser).setFiles(path);
  await expect(page.getByTestId('import-summary')).toHaveText(`Table of numbers (comma-separated): ${n} points, 1 segment`, { timeout: 60_000 });
  await expect(page.getByTestId('max-force')).toHaveText(sig(2.5));
  await expect(page.getByTestId('max-force-displacement')).toHaveText(sig(900));
  // The file was read by the worker started for it, not by a second one.
  expect(workers).toHaveLength(1);
});
