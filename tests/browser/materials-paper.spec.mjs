// The materials library and the paper's data.
import { test, expect, open } from './fixtures.mjs';
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
