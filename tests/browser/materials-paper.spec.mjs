// The materials library and the paper's data.
import { test, expect, open, parseShown } from './fixtures.mjs';
import { readFileSync } from 'node:fs';

test('materials: every metal and electrolyte with a source; the filter narrows the rows', async ({ page }) => {
  await open(page, 'materials');
  await expect(page.getByTestId('metals-table').locator('tbody tr')).toHaveCount(3);
  const n = await page.getByTestId('electrolytes-table').locator('tbody tr').count();
  expect(n).toBeGreaterThanOrEqual(8);
  for (const cell of await page.locator('.source-cell').all()) await expect(cell).not.toBeEmpty();
  await page.getByTestId('filter').fill('garnet');
  await expect(page.getByTestId('electrolytes-table').locator('tbody tr')).toHaveCount(1);
  expect(page.url()).toContain('filter=garnet');
});

test('materials: "use in calculator" opens the fracture page with that electrolyte', async ({ page }) => {
  await open(page, 'materials');
  await page.getByTestId('use-beta-alumina').click();
  await expect(page.getByTestId('electrolyte')).toHaveValue('beta-alumina');
  await expect(page.getByTestId('kic')).toHaveValue('2');
});

test('materials: JSON export downloads the library', async ({ page }) => {
  await open(page, 'materials');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(json.metals.map((m) => m.symbol)).toEqual(['Li', 'Na', 'K']);
  expect(json.electrolytes.find((e) => e.key === 'LLZO').fracture_toughness.nominal).toBeCloseTo(1e6);
});

const table1 = readFileSync(new URL('../../crates/ecm-core/data/table1.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .filter((l) => l.trim() && !l.startsWith('#'));

test('paper: Table 1 has all 25 rows and sorts by strength', async ({ page }) => {
  await open(page, 'paper');
  expect(table1.length).toBe(25);
  const rows = page.getByTestId('table1').locator('tbody tr');
  await expect(rows).toHaveCount(25);
  await page.getByTestId('sort-strength').click();
  const strengths = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.lastElementChild.textContent)));
  const sorted = [...strengths].sort((a, b) => a - b);
  expect(strengths).toEqual(sorted);
  expect(Math.min(...strengths)).toBe(92);
  expect(Math.max(...strengths)).toBe(692);
});

test('paper: worked numbers recomputed from the printed inputs', async ({ page }) => {
  await open(page, 'paper');
  // 100 mV on Li (Vm = 13 cm³/mol): 96485.332 × 0.1 / 13e-6 = 742.2 MPa; the paper prints 750.
  await expect(page.getByTestId('worked-li-750-recomputed')).toHaveText('742.2 MPa');
  await expect(page.getByTestId('worked-li-750-printed')).toContainText('750');
  // Figure 4: 3.6 µN on a 355 nm rod: 36.37 MPa, agrees with 36.
  await expect(page.getByTestId('worked-fig4-36-recomputed')).toHaveText('36.37 MPa');
  await expect(page.getByTestId('worked-fig4-36-verdict')).toHaveText('agrees');
  // LLZO, 1 MPa·√m, a = 5 µm: 252.3 MPa, far from the printed 150.
  await expect(page.getByTestId('worked-llzo-150-recomputed')).toHaveText('252.3 MPa');
  await expect(page.getByTestId('worked-llzo-150-verdict')).toContainText('differs');
});

/** Least squares of ln σ on ln d, worked here: (m, A) of σ = A·d^−m. */
function powerFit(points) {
  const x = points.map((p) => Math.log(p[0])), y = points.map((p) => Math.log(p[1]));
  const n = x.length, mx = x.reduce((a, b) => a + b) / n, my = y.reduce((a, b) => a + b) / n;
  let sxy = 0, sxx = 0;
  for (let i = 0; i < n; i++) { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) ** 2; }
  const slope = sxy / sxx;
  return { m: -slope, a: Math.exp(my - slope * mx) };
}

test('paper: size-effect fits per category, the strength at a diameter and the Li references', async ({ page }) => {
  await open(page, 'paper');
  const rows = table1.map((l) => l.split(','));
  await expect(page.getByTestId('size-fits').locator('tbody tr')).toHaveCount(5);
  for (const cat of ['Na_nanorod_compression', 'Na_nanorod_tensile', 'Na2CO3_nanopillar_compression']) {
    const pts = rows.filter((r) => r[0] === cat).map((r) => [Number(r[2]), Number(r[4])]);
    const f = powerFit(pts);
    const shown = (await page.getByTestId(`fit-${cat}-m`).textContent()).split(' ± ');
    expect(Math.abs(parseShown(shown[0]) - f.m)).toBeLessThan(5e-4 * Math.max(1, Math.abs(f.m)) + 5e-4);
    expect(parseShown(shown[1])).toBeGreaterThan(0); // its standard error is shown
  }
  // Strength of a 300 nm tensile Na rod from that category's fit.
  const tension = powerFit(rows.filter((r) => r[0] === 'Na_nanorod_tensile').map((r) => [Number(r[2]), Number(r[4])]));
  await page.getByTestId('fit').selectOption('Na_nanorod_tensile');
  await page.getByTestId('size-d').fill('300');
  const got = parseShown((await page.getByTestId('size-strength').textContent()).replace(' MPa', ''));
  expect(Math.abs(got / (tension.a * 300 ** -tension.m) - 1)).toBeLessThan(1e-3);
  await expect(page.getByTestId('size-strength-band')).toContainText('±1 standard error of the fit');
  await expect(page.getByTestId('size-extrapolation')).toBeEmpty();
  await page.getByTestId('size-d').fill('50');
  await expect(page.getByTestId('size-extrapolation')).toContainText('outside the diameters this fit was made over (196–495 nm)');
  // Li micropillars: slope −0.68 through 95 MPa at 1 µm, labelled approximate.
  await page.getByTestId('fit').selectOption('li-pillars');
  await page.getByTestId('size-d').fill('8500');
  const li = parseShown((await page.getByTestId('size-strength').textContent()).replace(' MPa', ''));
  expect(Math.abs(li / (95 * 8.5 ** -0.68) - 1)).toBeLessThan(1e-3);
  await expect(page.getByTestId('size-strength-band')).toContainText('approximate');
  await expect(page.getByTestId('size-references')).toContainText('10.1038/s41565-019-0604-x');
  await expect(page.getByTestId('paper-plot-alt')).toContainText('Li whiskers reach 244 MPa');
  expect(page.url()).toContain('fit=li-pillars');
});

test('materials: the creep table lists every metal with its sources, estimates labelled', async ({ page }) => {
  await open(page, 'materials');
  await expect(page.getByTestId('creep-table').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('creep-row-K')).toContainText('not measured');
  await expect(page.getByTestId('creep-row-Li')).toContainText('(estimate)');
  await expect(page.getByTestId('creep-row-Na')).toContainText('10.1016/j.mtla.2020.100792');
  // No value cites the project's own notes, and Li's elastic set is self-consistent.
  await expect(page.locator('main')).not.toContainText('docs/science.md');
  await expect(page.getByTestId('metals-table')).toContainText('0.38');
  await page.getByTestId('use-creep-Li').click();
  await expect(page.getByTestId('metal')).toHaveValue('Li');
  await expect(page.getByTestId('creep-n')).toHaveValue('6.56');
});
