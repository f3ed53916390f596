// The test data page's specimens and models (`specimen=pillar|sphere|afm|
// nanoindent`): each synthetic export, made from known parameters in
// synthetic-specimens.mjs, gives those parameters back under its own model,
// named on its panel; the model is proposed from the file and one click
// changes it; every key is in the link.
import { test, expect, open, sig } from './fixtures.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  AFM, jpkAfmCurve, INDENT, indentTruth, triboscanIndent, SPHERE, sphereForce, sphereTable,
} from './synthetic-specimens.mjs';

/** One CSV line's cells (quoted cells may hold commas and doubled quotes). */
function cells(line) {
  const out = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { out.push(cell); cell = ''; } else cell += c;
  }
  out.push(cell);
  return out;
}

/** "Summary (CSV)" downloaded: its one row as { column: cell }. */
async function summary(page) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-summary').click()]);
  const [head, row] = readFileSync(await d.path(), 'utf8').trim().split('\n').map(cells);
  return Object.fromEntries(head.map((h, i) => [h, row[i]]));
}

async function openFile(page, name, text) {
  await page.getByTestId('data-files').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

test('an AFM force curve is proposed as an AFM indentation and gives back E and the contact point', async ({ page }) => {
  await open(page, 'data');
  await openFile(page, 'approach.txt', jpkAfmCurve());
  await expect(page.getByTestId('specimen')).toHaveValue('afm');
  await expect(page.getByTestId('specimen-reason')).toContainText('AFM force curve');
  await expect(page.getByTestId('result-model')).toContainText('contact point and baseline free');
  await page.getByTestId('tip_r').fill('5');
  await expect(page.getByTestId('indent-modulus')).toHaveText(sig(AFM.E / 1e3));
  await expect(page.locator('.result', { has: page.getByTestId('indent-modulus') }).locator('.unit')).toHaveText('kPa');
  // The rule line repeats the tip, its radius and the sample's ν.
  await expect(page.getByTestId('afm-fit-rule')).toContainText('Tip: paraboloid, R = 5 µm (Hertz); sample ν = 0.5.');
  // The tip position is the travel (turned: JPK's height falls towards the
  // sample) minus the deflection, as recorded: contact at 2 µm.
  await expect(page.getByTestId('contact-point')).toHaveText(sig(AFM.contact * 1e9));
  await expect(page.getByTestId('corrections-used')).toContainText('piezo travel turned');
  // The recorded maximum stays shown, before any model input.
  await expect(page.getByTestId('max-force')).not.toHaveText('—');
  // The fit is drawn over the data.
  await expect(page.getByTestId('curve-plot-alt')).toContainText('model fit');
  // The plot gives the force in nN, as the results do: its maximum is the
  // result's number in the result's unit.
  await expect(page.locator('.result', { has: page.getByTestId('max-force') }).locator('.unit')).toHaveText('nN');
  const maxForce = (await page.getByTestId('max-force').textContent()).trim();
  await expect(page.getByTestId('curve-plot-alt')).toContainText(`Maximum force ${maxForce} nN at`);
  // "Summary (CSV)" carries this model's results, not the pillar's.
  const afmRow = await summary(page);
  expect(afmRow.file).toBe('approach.txt');
  expect(afmRow.model).toContain('AFM tip');
  expect(Number(afmRow["Sample's Young's modulus E (kPa)"])).toBeCloseTo(AFM.E / 1e3, 3);
  expect(Number(afmRow['Contact point (nm)'])).toBeCloseTo(AFM.contact * 1e9, 1);
  expect(Object.keys(afmRow).some((k) => k.includes('yield'))).toBe(false);
  const url = new URL(page.url());
  expect(url.searchParams.get('specimen')).toBe('afm');
  expect(url.searchParams.get('tip')).toBe('paraboloid');
  // A cone with the same data fits worse, and says which model it is.
  await page.getByTestId('tip').selectOption('cone');
  await expect(page.getByTestId('tip_angle')).toBeVisible();
  await expect(page.getByTestId('indent-modulus')).not.toHaveText(sig(AFM.E / 1e3));
  // One click back to the pillar analysis.
  await page.getByTestId('specimen').selectOption('pillar');
  await expect(page.getByTestId('result-model')).toContainText('σ = F/A');
  await expect(page.getByTestId('dt')).toBeVisible();
  await expect(page.getByTestId('indent-modulus')).toHaveCount(0);
});

test('a Berkovich nanoindent by Oliver–Pharr: hardness, moduli, depths and stiffness as the arithmetic says', async ({ page }) => {
  await open(page, 'data');
  await page.getByTestId('data-files').setInputFiles({ name: 'indent.txt', mimeType: 'text/plain', buffer: triboscanIndent() });
  await expect(page.getByTestId('specimen')).toHaveValue('pillar');
  await page.getByTestId('specimen').selectOption('nanoindent');
  // Oliver–Pharr's window starts at 40–95 %, not the pillar's 50–90 %.
  await expect(page.getByTestId('ulo')).toHaveValue('40');
  await expect(page.getByTestId('uhi')).toHaveValue('95');
  await page.getByTestId('nu').fill('0.3');
  const t = indentTruth();
  await expect(page.getByTestId('hardness')).toHaveText(sig(INDENT.H / 1e9));
  await expect(page.getByTestId('reduced-modulus')).toHaveText(sig(INDENT.Er / 1e9));
  await expect(page.getByTestId('contact-depth')).toHaveText(sig(t.hc * 1e9));
  await expect(page.getByTestId('contact-stiffness')).toHaveText(sig(t.S / 1e3));
  await expect(page.getByTestId('max-depth')).toHaveText(sig(t.hmax * 1e9));
  // E of the sample from 1/Er = (1 − ν²)/E + (1 − νi²)/Ei, diamond 1141 GPa, 0.07.
  const e = (1 - 0.3 ** 2) / (1 / INDENT.Er - (1 - 0.07 ** 2) / 1141e9);
  await expect(page.getByTestId('indent-modulus')).toHaveText(sig(e / 1e9));
  const indentRow = await summary(page);
  expect(indentRow.model).toContain('Oliver–Pharr');
  expect(Number(indentRow['Hardness H (GPa)'])).toBeCloseTo(INDENT.H / 1e9, 3);
  expect(Number(indentRow['Maximum depth hmax (nm)'])).toBeCloseTo(t.hmax * 1e9, 1);
  // The depth is as recorded: the preload's 87.7 nm is not moved, and the
  // depth at maximum load is the recorded one.
  await expect(page.getByTestId('max-force-displacement')).toHaveText(sig(t.hmax * 1e9));
  await expect(page.getByTestId('corrections-used')).toContainText('none: the columns as read');
  await expect(page.getByTestId('result-model')).toContainText('Oliver–Pharr');
  await expect(page.getByTestId('unloading-fit-rule')).toContainText('m = 1.50');
  const url = new URL(page.url());
  expect(url.searchParams.get('specimen')).toBe('nanoindent');
  expect(url.searchParams.get('tip')).toBe('berkovich');
  // An ideal Berkovich as an area function gives the same hardness.
  await page.getByTestId('tip').selectOption('area');
  await page.getByTestId('area').fill('24.494');
  await expect(page.getByTestId('hardness')).toHaveText(sig(INDENT.H / 1e9));
  await expect(page).toHaveURL(/area=24\.494/);
  await expect(page.getByTestId('area-msg')).toHaveText('');
  await expect(page.getByTestId('area')).toHaveAttribute('aria-invalid', 'false');
  await page.getByTestId('area').fill('24.494, abc');
  await expect(page.getByTestId('hardness-why')).toContainText('C1');
  // A lone decimal comma reads two ways: refused with both readings.
  await page.getByTestId('area').fill('24,5');
  await expect(page.getByTestId('hardness-why')).toContainText('C0 = 24.5 with a decimal comma');
  // The field itself says so, for a screen reader too.
  await expect(page.getByTestId('area-msg')).toContainText('C0 = 24.5 with a decimal comma');
  await expect(page.getByTestId('area')).toHaveAttribute('aria-invalid', 'true');
});

test('a sphere between two plates: stress with the contact-area model, strain at maximum and E from the Hertz fit', async ({ page }) => {
  await open(page, 'data');
  await openFile(page, 'sphere.csv', sphereTable());
  await page.getByTestId('specimen').selectOption('sphere');
  await expect(page.getByTestId('nu')).toHaveValue('0.34');
  // No diameter yet: the maximum force is shown, the stresses ask for it.
  await expect(page.getByTestId('max-force')).toHaveText(sig(sphereForce(SPHERE.end) * 1e6));
  await expect(page.getByTestId('max-stress-why')).toContainText('diameter');
  await page.getByTestId('ds').fill('300');
  const r = SPHERE.d / 2;
  const stress = sphereForce(SPHERE.end) / (Math.PI * r * SPHERE.end);
  await expect(page.getByTestId('max-stress')).toHaveText(sig(stress / 1e6));
  await expect(page.getByTestId('strain-at-max')).toHaveText(sig((SPHERE.end / SPHERE.d) * 100));
  await expect(page.getByTestId('sphere-modulus')).toHaveText(sig(SPHERE.E / 1e9));
  await expect(page.getByTestId('sphere-max-rule')).toContainText('first order');
  await expect(page.getByTestId('result-model')).toContainText('sphere between two plates');
  // The exact cap model gives the exact cap's stress.
  await page.getByTestId('smodel').selectOption('cap');
  const cap = sphereForce(SPHERE.end) / (Math.PI * (r * SPHERE.end - SPHERE.end ** 2 / 4));
  await expect(page.getByTestId('max-stress')).toHaveText(sig(cap / 1e6));
  const url = new URL(page.url());
  expect(url.searchParams.get('specimen')).toBe('sphere');
  expect(url.searchParams.get('ds')).toBe('300');
  expect(url.searchParams.get('smodel')).toBe('cap');
});

test('a link restores the specimen and its inputs', async ({ page }) => {
  await open(page, 'data', { specimen: 'nanoindent', tip: 'conical', tip_angle: '70.3', eps: '0.72', beta: '1.05', nu: '0.25' });
  await page.getByTestId('data-files').setInputFiles({ name: 'indent.txt', mimeType: 'text/plain', buffer: triboscanIndent() });
  await expect(page.getByTestId('specimen')).toHaveValue('nanoindent');
  await expect(page.getByTestId('tip')).toHaveValue('conical');
  await expect(page.getByTestId('tip_angle')).toHaveValue('70.3');
  await expect(page.getByTestId('eps')).toHaveValue('0.72');
  await expect(page.getByTestId('beta')).toHaveValue('1.05');
  await expect(page.getByTestId('hardness')).not.toHaveText('—');
});

/** A force log at 100 Hz, F = 2 µN per second for 10 s. */
function forceLog() {
  const rows = ['Time (s),Force (uN)'];
  for (let i = 0; i <= 1000; i++) rows.push(`${(i / 100).toFixed(2)},${((2 * i) / 100).toFixed(4)}`);
  return rows.join('\n') + '\n';
}

/** ImageJ's Results.csv: 150 frames at 25 fps, Length = 300 nm − 5 nm per second of video. */
function imagejLengths() {
  const rows = [' ,Slice,Length'];
  for (let i = 1; i <= 150; i++) rows.push(`${i},${i},${(300 - (5 * (i - 1)) / 25).toFixed(4)}`);
  return rows.join('\n') + '\n';
}

test('two clocks: a force log and ImageJ lengths opened together are merged on time into one curve', async ({ page }) => {
  await open(page, 'data');
  await page.getByTestId('data-files').setInputFiles([
    { name: 'force.csv', mimeType: 'text/csv', buffer: Buffer.from(forceLog()) },
    { name: 'Results.csv', mimeType: 'text/csv', buffer: Buffer.from(imagejLengths()) },
  ]);
  await expect(page.getByTestId('merge')).toHaveValue('time');
  await expect(page.getByTestId('merge-note')).toContainText('Results.csv');
  await page.getByTestId('fps').fill('25');
  await page.getByTestId('tshift').fill('1.3');
  // Frame 150 is 5.96 s of video, 7.26 s of the force log: F = 14.52 µN,
  // and the length has fallen by 5 nm/s × 5.96 s = 29.8 nm.
  await expect(page.getByTestId('max-force')).toHaveText(sig(2 * 7.26));
  await expect(page.getByTestId('max-force-displacement')).toHaveText(sig(29.8));
  await expect(page.getByTestId('corrections-used')).toContainText('shifted by 1.3 s');
  await expect(page.getByTestId('two-clocks-plot-alt')).toContainText(`shifted by ${sig(1.3)} s`);
  const url = new URL(page.url());
  expect(url.searchParams.get('merge')).toBe('time');
  expect(url.searchParams.get('tshift')).toBe('1.3');
  // A shift that leaves no overlap says so, naming both spans.
  await page.getByTestId('tshift').fill('30');
  await expect(page.getByTestId('merge-msg')).toContainText('adjust the shift');
  await expect(page.getByTestId('max-force')).toHaveText('—');
  // The plot still shows both series, where a wrong shift is plain to see.
  await expect(page.getByTestId('two-clocks-plot-alt')).toContainText(`shifted by ${sig(30)} s`);
  await page.getByTestId('tshift').fill('1.3');
  await expect(page.getByTestId('max-force')).toHaveText(sig(2 * 7.26));
});

test('a batch of AFM curves gives a column of moduli with their mean ± SD', async ({ page }) => {
  await open(page, 'data', { tip_r: '5' });
  await page.getByTestId('data-files').setInputFiles([40e3, 50e3, 60e3].map((E, i) => (
    { name: `cell-${i + 1}.txt`, mimeType: 'text/plain', buffer: Buffer.from(jpkAfmCurve(AFM.points, E)) })));
  await expect(page.getByTestId('specimen')).toHaveValue('afm');
  await expect(page.getByTestId('model-batch-row-1')).toContainText(sig(40));
  await expect(page.getByTestId('model-batch-row-3')).toContainText(sig(60));
  // 40, 50, 60 kPa: mean 50, sample SD 10.
  await expect(page.getByTestId('model-batch-summary')).toContainText(`E = ${sig(50)} ± 10 kPa (mean ± SD of 3 files`);
});

test('a batch of 200 AFM curves cancelled while it runs: the rows not yet done say so, the summary counts the rest', async ({ page }, testInfo) => {
  await open(page, 'data', { specimen: 'afm', tip_r: '5' });
  // 200 files of 1 500 points, written to disk (85 kB each).
  const files = Array.from({ length: 200 }, (_, i) => {
    const path = testInfo.outputPath(`cell-${i + 1}.txt`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, jpkAfmCurve(AFM.points, 40e3 + 100 * i));
    return path;
  });
  await page.getByTestId('data-files').setInputFiles(files);
  // Cancel in the same task that sees the batch running with its first row
  // done, so the batch cannot finish between the look and the click.
  await page.waitForFunction(() => {
    const cancel = document.querySelector('[data-testid=model-batch-cancel]');
    const first = document.querySelector('[data-testid=model-batch-row-1] td')?.textContent ?? '…';
    if (!cancel || first === '…') return false;
    cancel.click();
    return true;
  }, null, { polling: 'raf', timeout: 60_000 });
  await expect(page.getByTestId('model-batch-progress')).toHaveCount(0);
  await expect(page.getByTestId('model-batch-row-200')).toContainText('cancelled');
  const rows = await page.evaluate(() => [...document.querySelectorAll('[data-testid^=model-batch-row-]')]
    .map((r) => ({ e: r.querySelector('td').textContent, why: r.querySelector('td.problem').textContent })));
  expect(rows).toHaveLength(200);
  const done = rows.filter((r) => /\d/.test(r.e)).length;
  const cancelled = rows.filter((r) => r.why === 'cancelled').length;
  expect(done).toBeGreaterThanOrEqual(1);
  expect(cancelled).toBeGreaterThanOrEqual(1);
  expect(done + cancelled).toBe(200);
  // Rows are analysed in order: the first ones have their modulus.
  await expect(page.getByTestId('model-batch-row-1')).toContainText(sig(40));
  await expect(page.getByTestId('model-batch-summary')).toContainText(`(mean ± SD of ${done} files`);
  // The page still works: a new tip radius analyses every file again.
  await page.getByTestId('tip_r').fill('10');
  await expect(page.getByTestId('model-batch-summary')).toContainText('(mean ± SD of 200 files', { timeout: 60_000 });
  await expect(page.getByTestId('model-batch-row-200')).not.toContainText('cancelled');
  await expect(page.getByTestId('model-batch-progress')).toHaveCount(0);
});

/**
 * NT-MDT's layout, no header: Z (nm), approach deflection (nA), retract
 * deflection (nA), rows from the contact end (Z = 0) out to 99 nm, then 6
 * padding rows. Contact below Z = 40 nm, the signal rising 0.5 nA per nm;
 * the retract 0.2 nA lower.
 */
function ntmdtCurve() {
  const rows = [];
  for (let z = 0; z < 100; z++) {
    const a = z < 40 ? 0.5 * (40 - z) : 0;
    rows.push(`${z}\t${a}\t${(a - 0.2).toFixed(1)}`);
  }
  for (let i = 0; i < 6; i++) rows.push('99\t0\t-0.2');
  return rows.join('\n') + '\n';
}

test('an NT-MDT curve: deflection in nA, padding cropped, the approach put in order and the retract appended', async ({ page }) => {
  await open(page, 'data');
  await page.getByTestId('data-files').setInputFiles({ name: 'ntmdt.txt', mimeType: 'text/plain', buffer: Buffer.from(ntmdtCurve()) });
  await page.getByTestId('role-1').selectOption('z');
  await page.getByTestId('unit-1').selectOption('nm');
  await page.getByTestId('role-2').selectOption('x');
  await page.getByTestId('unit-2').selectOption('nA');
  await page.getByTestId('role-3').selectOption('x');
  await page.getByTestId('unit-3').selectOption('nA');
  // A deflection column opens the cantilever's set-up, its sensitivity in nm/nA.
  await expect(page.getByTestId('use-cantilever')).toBeChecked();
  await expect(page.getByTestId('sens-unit')).toHaveValue('2');
  await page.getByTestId('k').fill('2');
  await page.getByTestId('sens').fill('10');
  // 20 nA × 10 nm/nA = 200 nm of deflection, × 2 N/m = 400 nN = 0.4 µN.
  await expect(page.getByTestId('max-force')).toHaveText(sig(0.4));
  const steps = page.getByTestId('corrections-used');
  await expect(steps).toContainText('deflection = signal (nA) × sensitivity');
  await expect(steps).toContainText('constant padding cropped: rows 1–100 of 106');
  await expect(steps).toContainText('approach put in order of travel');
  await expect(steps).toContainText('retract (column 3) appended');
  expect(new URL(page.url()).searchParams.get('cols')).toBe('z.nm,x.nA,x.nA');
  // A sensitivity switched from nm/nA to nm/V keeps the number typed (a
  // current is not a voltage: no factor applies), and a per-volt
  // sensitivity for a current is refused, not used; nm/V to m/V converts.
  await page.getByTestId('sens-unit').selectOption('0');
  await expect(page.getByTestId('sens')).toHaveValue('10');
  await expect(page.getByTestId('mapping-msg')).toContainText('the deflection is a current (nA) but the sensitivity is per volt (nm/V): give it in nm/nA');
  await expect(page.getByTestId('max-force')).toHaveText('—');
  await page.getByTestId('sens-unit').selectOption('1');
  await expect(page.getByTestId('sens')).toHaveValue('0.00000001');
  await page.getByTestId('sens-unit').selectOption('2');
  await page.getByTestId('sens').fill('10');
  await expect(page.getByTestId('max-force')).toHaveText(sig(0.4));
  await expect(page.getByTestId('mapping-msg')).toBeEmpty();
});
