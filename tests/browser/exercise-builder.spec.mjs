// The exercise builder ("Make an exercise", `exercise-builder`): a teacher
// draws variants from the page's inputs (`variants`, `seed`, ranges on the
// page), sees each with its answer, copies a student's link, and exports
// them (`export-moodle`, `export-qti21`, `export-qti12`,
// `export-blackboard`). Answers are checked against σ = Δφ·F/Vm worked here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { test, expect, open, FARADAY, gotoWaitsForReady } from './fixtures.mjs';

/** σ in MPa of Δφ in mV and Vm in cm³/mol (the paper's eq. 3). */
const sigma = (mv, vm) => (mv * 1e-3 * FARADAY) / (vm * 1e-6) / 1e6;

/** The builder's table: each row's cells as text. */
async function rows(page) {
  const table = page.getByTestId('exercise-variants');
  await expect(table).toBeVisible();
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
}

const RANGED = { ranges: '1', metal: 'custom-vm', dphi: '50', dphi_max: '200', vm: '13.0', vm_max: '23.7', variants: '12', seed: '2020' };

test('"Make an exercise" downloads the builder and draws variants of the page\'s values', async ({ page }) => {
  await open(page, 'stress', { dphi: '120' });
  await expect(page.getByTestId('exercise-builder')).toBeVisible();
  // Not loaded before it is opened.
  await expect(page.getByTestId('exercise-variants')).toHaveCount(0);
  await page.getByTestId('exercise-builder').locator('summary').click();
  const table = await rows(page);
  expect(table.length).toBe(20);
  // Ranges off: every variant is the page's own values, Na's Vm = 23.7.
  for (const r of table) {
    expect(r.slice(1, 3)).toEqual(['120', '23.7']);
    expect(Math.abs(Number(r[3]) - sigma(120, 23.7))).toBeLessThan(0.06);
  }
  // … and the builder says so, with how to vary them.
  await expect(page.getByTestId('exercise-builder-summary')).toContainText('They are all the same: turn on Ranges on the page');
  const url = new URL(page.url());
  expect(url.searchParams.get('variants')).toBe('20');
  expect(url.searchParams.get('ask')).toBe('stress');
  // The calculator stays a calculator: its result is shown.
  await expect(page.getByTestId('stress')).toContainText('488');
});

test('a link with variants opens the builder; each variant\'s answer is σ = Δφ·F/Vm of its inputs, inside the ranges', async ({ page }) => {
  await open(page, 'stress', RANGED);
  const table = await rows(page);
  expect(table.length).toBe(12);
  const seen = new Set();
  for (const [n, dphi, vm, answer, link] of table) {
    const [d, v] = [Number(dphi), Number(vm)];
    expect(Number.isInteger(d) && d >= 50 && d <= 200, `row ${n}: Δφ ${dphi}`).toBe(true);
    expect(v >= 13 && v <= 23.7 && Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, `row ${n}: Vm ${vm}`).toBe(true);
    const want = sigma(d, v);
    expect(Math.abs(Number(answer) - want) / want, `row ${n}`).toBeLessThan(5e-4);
    expect(link).toBe('open');
    seen.add(`${dphi} ${vm}`);
  }
  expect(seen.size).toBeGreaterThan(8);
  await expect(page.getByTestId('exercise-builder-summary')).toContainText('12 variants drawn');
  await expect(page.getByTestId('exercise-builder-summary')).not.toContainText('all the same');
  // The calculator's own result is not hidden for the teacher.
  await expect(page.getByTestId('stress')).toBeVisible();
});

test('the same seed draws the same variants; another seed others', async ({ page }) => {
  await open(page, 'stress', RANGED);
  const first = await rows(page);
  await page.reload();
  await expect(page.getByTestId('exercise-variants')).toBeVisible();
  expect(await rows(page)).toEqual(first);
  await page.getByTestId('exercise-builder-seed').fill('7');
  await page.getByTestId('exercise-builder-seed').press('Enter');
  await expect.poll(async () => JSON.stringify(await rows(page))).not.toBe(JSON.stringify(first));
  expect(new URL(page.url()).searchParams.get('seed')).toBe('7');
});

test('the builder follows the page: a new range on the page draws new variants, and the builder\'s keys stay in the link', async ({ page }) => {
  await open(page, 'stress', RANGED);
  await rows(page);
  await page.getByTestId('dphi').fill('300');
  await page.getByTestId('dphi-max').fill('310');
  await expect.poll(async () => (await rows(page)).every((r) => Number(r[1]) >= 300 && Number(r[1]) <= 310)).toBe(true);
  const url = new URL(page.url());
  expect(url.searchParams.get('variants')).toBe('12');
  expect(url.searchParams.get('seed')).toBe('2020');
  expect(url.searchParams.get('dphi')).toBe('300');
});

test('a student\'s link from the table asks for that variant, and its answer is correct', async ({ page, context }) => {
  await open(page, 'stress', { ...RANGED, tol: '3sf' });
  const table = await rows(page);
  const href = await page.getByTestId('exercise-variants').locator('tbody tr').nth(2).getByRole('link').getAttribute('href');
  const link = new URL(href);
  expect(link.searchParams.get('ask')).toBe('stress');
  expect(link.searchParams.get('tol')).toBe('3sf');
  for (const k of ['variants', 'seed', 'ranges', 'dphi_max', 'vm_max']) expect(link.searchParams.has(k), k).toBe(false);
  const student = await context.newPage();
  await student.goto(href);
  await expect(student.getByTestId('exercise-answer')).toBeVisible();
  await expect(student.getByTestId('exercise-builder')).toHaveCount(0);
  await expect(student.getByTestId('dphi')).toHaveValue(table[2][1]);
  await student.getByTestId('exercise-answer').fill(table[2][3]);
  await student.getByTestId('exercise-check').click();
  await expect(student.getByTestId('exercise-verdict')).toHaveText('Correct');
});

test('each export holds every variant with the table\'s answers', async ({ page }) => {
  await open(page, 'stress', RANGED);
  const table = await rows(page);
  const answers = table.map((r) => sigma(Number(r[1]), Number(r[2])));
  const download = async (id) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
    return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
  };
  const moodle = await download('export-moodle');
  expect(moodle.name).toBe('ecm-calc-stress-stress-moodle.xml');
  const xml = moodle.bytes.toString('utf8');
  expect(xml).toContain('<question type="calculatedsimple">');
  expect((xml.match(/<dataset_item>/g) ?? []).length).toBe(2 * table.length);
  const bb = await download('export-blackboard');
  const lines = bb.bytes.toString('utf8').trimEnd().split('\n');
  expect(lines.length).toBe(table.length);
  lines.forEach((line, i) => {
    const [kind, question, answer, tol] = line.split('\t');
    expect(kind).toBe('NUM');
    expect(question).toContain(`${table[i][1]} mV`);
    expect(Math.abs(Number(answer) - answers[i]) / answers[i]).toBeLessThan(1e-8);
    // 2 % either side, as an amount.
    expect(Math.abs(Number(tol) - 0.02 * answers[i]) / answers[i]).toBeLessThan(1e-6);
  });
  for (const [id, name, marker] of [['export-qti21', 'ecm-calc-stress-stress-qti21.zip', '<assessmentItem '], ['export-qti12', 'ecm-calc-stress-stress-qti12.zip', '<questestinterop']]) {
    const zip = await download(id);
    expect(zip.name).toBe(name);
    expect(zip.bytes.subarray(0, 4).toString('binary')).toBe('PK\x03\x04');
    const text = zip.bytes.toString('utf8');
    expect(text).toContain('imsmanifest.xml');
    if (id === 'export-qti21') {
      expect(text.split(marker).length - 1).toBe(table.length);
      const correct = [...text.matchAll(/<correctResponse><value>([^<]+)<\/value>/g)].map((m) => Number(m[1]));
      expect(correct.length).toBe(table.length);
      correct.forEach((c, i) => expect(Math.abs(c - answers[i]) / answers[i]).toBeLessThan(1e-8));
    } else {
      expect(text).toContain(marker);
    }
  }
  await expect(page.getByTestId('exercise-builder-status')).toContainText('12 variants');
});

test('bad builder keys get notices naming them, and the builder goes on', async ({ page }) => {
  await open(page, 'stress', { ...RANGED, variants: '5000', seed: 'abc', ask: 'fracture-stress' });
  const notices = page.getByTestId('exercise-builder-notices');
  await expect(notices).toContainText('variants=5000');
  await expect(notices).toContainText('1000 variants are drawn');
  await expect(notices).toContainText('seed=abc');
  await expect(notices).toContainText('ask=fracture-stress');
  expect((await rows(page)).length).toBe(1000);
  await page.getByTestId('exercise-builder-tol').fill('5 furlongs');
  await page.getByTestId('exercise-builder-tol').press('Enter');
  await expect(page.getByTestId('exercise-builder-tol-error')).toContainText('2 % is used');
});

test('a student\'s exercise and an embed have no builder', async ({ page }) => {
  // (The disclosure is added once the page has written its link: a
  // calculator has it, closed.)
  await open(page, 'stress', {});
  await expect(page.getByTestId('exercise-builder')).toBeVisible();
  await expect(page.getByTestId('exercise-builder')).not.toHaveAttribute('open');
  await open(page, 'stress', { ask: 'stress' });
  await expect(page.getByTestId('exercise-answer')).toBeVisible();
  await expect(page.getByTestId('exercise-builder')).toHaveCount(0);
  await open(page, 'stress', { embed: '1' });
  await expect(page.getByTestId('exercise-builder')).toHaveCount(0);
});

test.describe(() => {
  // Without the offline worker, which would have the module from its cache.
  test.use({ serviceWorkers: 'block' });
  test('when the builder cannot be downloaded it says so, the calculator goes on, and opening it again retries', async ({ page }) => {
    // The failed request is the point of this test.
    page.removeAllListeners('console');
    await page.route(/exercise_builder-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
    await open(page, 'stress', { dphi: '120' });
    const builder = page.getByTestId('exercise-builder');
    await builder.locator('summary').click();
    await expect(builder).toContainText('could not be downloaded');
    await expect(page.getByTestId('exercise-variants')).toHaveCount(0);
    // The calculator still answers: 0.2 V · 96485.332 / 23.7e-6 = 814.2 MPa.
    await page.getByTestId('dphi').fill('200');
    await expect(page.getByTestId('stress')).toHaveText('814.2');
    // Back on line: closing and opening again downloads it.
    await page.unroute(/exercise_builder-[0-9a-f]+_bg\.wasm$/);
    await builder.locator('summary').click();
    await builder.locator('summary').click();
    expect((await rows(page)).length).toBe(20);
    await expect(page.locator('#panic-notice')).toBeHidden();
  });
});

base('the single file has the builder in its own module: it opens from disk, with no request', async ({ page }) => {
  gotoWaitsForReady(page);
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => !/^(file|data|blob):/.test(r.url()) && problems.push(`request: ${r.url()}`));
  await page.goto(`file://${resolve('dist/ecm-calc.html')}?page=stress&dphi=120`);
  await page.getByTestId('exercise-builder').locator('summary').click();
  const table = await rows(page);
  expect(table.length).toBe(20);
  expect(Math.abs(Number(table[0][3]) - sigma(120, 23.7))).toBeLessThan(0.06);
  // Another page in place: its own builder, and no error.
  await page.getByTestId('nav-fracture').click();
  await expect(page.getByTestId('exercise-builder')).toBeVisible();
  expect(problems).toEqual([]);
});

test('creep: variants beyond the stresses and temperatures behind Na\'s fit are counted as a caution, none inside them', async ({ page }) => {
  // The page's default 100 MPa is far above Na's fitted 0.1–0.3 MPa (at 298 K).
  await open(page, 'creep', { variants: '3', seed: '5' });
  const summary = page.getByTestId('exercise-builder-summary');
  await expect(summary).toContainText('3 variants drawn');
  await expect(summary).toContainText('Caution: 3 of them go beyond what the model was fitted to');
  await expect(summary).toContainText('100 MPa is 333× the highest stress of this fit (0.3 MPa)');
  // Inside the fit: no caution.
  await open(page, 'creep', { variants: '3', seed: '5', sigma: '0.2', t: '298' });
  await expect(page.getByTestId('exercise-builder-summary')).toContainText('3 variants drawn');
  await expect(page.getByTestId('exercise-builder-summary')).not.toContainText('Caution');
});

test('the tolerance hint gives an amount in the asked result\'s unit, and that amount is accepted', async ({ page }) => {
  await open(page, 'creep', { variants: '3', seed: '5', sigma: '0.2', t: '298' });
  const hint = page.getByTestId('exercise-builder-tol-hint');
  await expect(hint).toContainText('an amount with a unit of this result (5 1/s)');
  await page.getByTestId('exercise-builder-tol').fill('5 1/s');
  await page.getByTestId('exercise-builder-tol').press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('tol')).toBe('5 1/s');
  await expect(page.getByTestId('exercise-builder-tol-error')).toHaveText('');
  // ±5 1/s around rates of about 1.7 × 10⁻⁴ 1/s would take 0 as right: said so.
  const summary = page.getByTestId('exercise-builder-summary');
  await expect(summary).toContainText('Caution: the tolerance, within ±5 1/s, is as large as 3 of the answers');
  await page.getByTestId('exercise-builder-tol').fill('2%');
  await page.getByTestId('exercise-builder-tol').press('Enter');
  await expect(summary).toContainText('3 variants drawn');
  await expect(summary).not.toContainText('as large as');
  await open(page, 'stress', { variants: '3' });
  await expect(page.getByTestId('exercise-builder-tol-hint')).toContainText('(5MPa)');
  // A page input the builder cannot use is named once, without doubled stops.
  await open(page, 'fracture', { variants: '3', flaw: '0' });
  await expect(page.getByTestId('exercise-builder-summary')).toContainText('fix it on the page above');
  await expect(page.getByTestId('exercise-builder-summary')).not.toContainText('.;');
});

test('creep on Li: the student link fixes Na without Li\'s fit, and the page accepts the key\'s answer', async ({ page, context }) => {
  await open(page, 'creep', { variants: '3', seed: '11', metal: 'Li', sigma: '0.2' });
  const table = await rows(page);
  const href = await page.getByTestId('exercise-variants').locator('tbody tr').first().getByRole('link').getAttribute('href');
  const q = new URL(href).searchParams;
  expect(q.get('metal')).toBe('Na');
  for (const key of ['n', 'a', 'q', 'tref', 'e']) expect(q.has(key), key).toBe(false);
  const student = await context.newPage();
  await student.goto(href);
  // The key's answer, 0.53 × 0.2⁵ at 298 K = 1.696 × 10⁻⁴ 1/s (Na's law).
  const answer = Number(table[0][table[0].length - 2]);
  expect(Math.abs(answer / 1.696e-4 - 1)).toBeLessThan(1e-3);
  await student.getByTestId('exercise-answer').fill('1.696e-4');
  await student.getByTestId('exercise-check').click();
  await expect(student.getByTestId('exercise-verdict')).toHaveText('Correct');
  await student.close();
});

// Every page's exercises: the builder's answer of a variant is what the
// page, opened from that variant's student link, accepts as correct, and a
// value 10 % off is not. (The builder and the page compute independently:
// the catalog's answer function against the page's own.)
for (const [key, asks] of [['stress', ['stress', 'overpotential']], ['fracture', ['fracture-stress', 'critical-overpotential']], ['sphere', ['sphere-stress']], ['rod', ['rod-stress', 'rod-force']], ['creep', ['rate-power-law']]]) {
  test(`${key}: each result the builder asks for is the one the student's page accepts`, async ({ page, context }) => {
    await open(page, key, { variants: '3', seed: '11' });
    // The builder's module arrives after the page is ready.
    await expect(page.getByTestId('exercise-builder-ask').locator('option')).toHaveCount(asks.length);
    const choices = await page.getByTestId('exercise-builder-ask').locator('option').evaluateAll((o) => o.map((x) => x.value));
    expect(choices).toEqual(asks);
    for (const ask of asks) {
      await page.getByTestId('exercise-builder-ask').selectOption(ask);
      await expect.poll(() => new URL(page.url()).searchParams.get('ask')).toBe(ask);
      const table = await rows(page);
      expect(table.length).toBe(3);
      const href = await page.getByTestId('exercise-variants').locator('tbody tr').first().getByRole('link').getAttribute('href');
      expect(new URL(href).searchParams.get('ask')).toBe(ask);
      const student = await context.newPage();
      await student.goto(href);
      await expect(student.getByTestId('exercise-answer')).toBeVisible();
      // The table writes 2.482 × 10⁻³; typed as 2.482e-3.
      const sup = { '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
      const typed = table[0][table[0].length - 2].replace(/\s*×\s*10([⁻⁰-⁹¹²³]+)/, (_, e) => `e${[...e].map((c) => sup[c]).join('')}`);
      await student.getByTestId('exercise-answer').fill(String(Number(typed) * 1.1));
      await student.getByTestId('exercise-check').click();
      await expect(student.getByTestId('exercise-verdict')).toContainText('Not yet');
      await student.getByTestId('exercise-answer').fill(typed);
      await student.getByTestId('exercise-check').click();
      await expect(student.getByTestId('exercise-verdict'), `${ask}: ${typed}`).toHaveText('Correct');
      await student.close();
    }
  });
}

test('sphere variants beyond the first-order area\'s 10 % are skipped and counted', async ({ page }) => {
  // δt from 10 to 30 nm on a 200 nm sphere: δt/2r from 5 to 15 %; only
  // those below 10 % (δt < 20 nm) have an answer.
  await open(page, 'sphere', { ranges: '1', force: '10', d: '200', dt: '10', dt_max: '30', variants: '10', seed: '5' });
  const table = await rows(page);
  expect(table.length).toBe(10);
  for (const r of table) {
    const [force, d, dt] = [Number(r[1]), Number(r[2]), Number(r[3])];
    expect(dt / d, `row ${r[0]}`).toBeLessThan(0.1);
    // σ = F/(π r δt), F in µN, lengths in nm, σ in MPa.
    const want = (force * 1e-6) / (Math.PI * (d / 2) * 1e-9 * dt * 1e-9) / 1e6;
    expect(Math.abs(Number(r[4]) - want) / want).toBeLessThan(5e-4);
  }
  await expect(page.getByTestId('exercise-builder-summary')).toContainText(/\d+ combinations? without a result/);
});
