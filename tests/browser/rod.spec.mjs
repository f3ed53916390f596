// Rod / pillar tests: F = k·ΔX, σ = F/(πd²/4), strains (docs/science.md §1, the paper's Figure 4),
// and a pasted stress–strain series.
import { test, expect, sig, open } from './fixtures.mjs';

test("the paper's Figure 4 rod: 3.600 µN, 36.37 MPa, 12.63 % and 13.50 % strain", async ({ page }) => {
  await open(page, 'rod');
  const F = 6 * 600e-9;
  const A0 = (Math.PI * 355e-9 ** 2) / 4;
  await expect(page.getByTestId('rod-force')).toHaveText(sig(F / 1e-6));
  await expect(page.getByTestId('rod-stress')).toHaveText(sig(F / A0 / 1e6)); // 36.37
  await expect(page.getByTestId('rod-eng-strain')).toHaveText(sig(((776 - 678) / 776) * 100)); // 12.63
  await expect(page.getByTestId('rod-true-strain')).toHaveText(sig(Math.abs(Math.log(678 / 776)) * 100)); // 13.50
  await expect(page.getByTestId('rod-true-stress')).toHaveText(sig(((F / A0) * 678) / 776 / 1e6));
});

test('stress on the contact diameter: 195 nm gives about the paper\'s 120 MPa', async ({ page }) => {
  await open(page, 'rod');
  await page.getByTestId('section').selectOption('contact');
  const F = 6 * 600e-9;
  await expect(page.getByTestId('rod-stress')).toHaveText(sig(F / ((Math.PI * 195e-9 ** 2) / 4) / 1e6));
});

test('units: k·ΔX with ΔX in µm', async ({ page }) => {
  await open(page, 'rod');
  await page.getByTestId('dx-unit').selectOption({ label: 'µm' });
  await expect(page.getByTestId('dx')).toHaveValue('0.6');
  await page.getByTestId('dx').fill('1.5');
  await expect(page.getByTestId('rod-force')).toHaveText(sig(6 * 1.5));
});

/** Strain in %, stress in MPa: linear with E = 5 GPa up to 60 MPa, then flat. */
function elasticPlastic() {
  const rows = ['strain_%\tstress_MPa'];
  for (let i = 0; i <= 200; i++) {
    const e = i * 0.01; // %
    rows.push(`${e.toFixed(2)}\t${Math.min(5000 * (e / 100), 60).toFixed(4)}`);
  }
  return rows.join('\n');
}

test('a pasted elastic–plastic curve: E = 5.000 GPa, yield and maximum 60.00 MPa', async ({ page }) => {
  await open(page, 'rod');
  await page.getByTestId('series').fill(elasticPlastic());
  await expect(page.getByTestId('series-modulus')).toHaveText('5.000');
  await expect(page.getByTestId('series-r2')).toHaveText(/^1\.000|^0\.999/);
  await expect(page.getByTestId('series-yield')).toHaveText('60.00');
  await expect(page.getByTestId('series-max')).toHaveText('60.00');
  await expect(page.getByTestId('series-msg')).toHaveText('');
  await expect(page.getByTestId('series-plot-alt')).not.toContainText('No plot');
});

test('displacement and force columns become stress and strain with L0 and d0', async ({ page }) => {
  await open(page, 'rod');
  await page.getByTestId('columns').selectOption('disp-force');
  await page.getByTestId('xu').selectOption('nm');
  await page.getByTestId('yu').selectOption('µN');
  // Linear: F = 0.5 µN per nm of δL on L0 = 776 nm, d0 = 355 nm.
  const rows = [];
  for (let i = 0; i <= 40; i++) rows.push(`${i}, ${(0.5 * i).toFixed(3)}`);
  await page.getByTestId('series').fill(rows.join('\n'));
  const A0 = (Math.PI * 355e-9 ** 2) / 4;
  const E = (0.5e-6 / A0) / (1e-9 / 776e-9); // Pa
  await expect(page.getByTestId('series-modulus')).toHaveText(sig(E / 1e9));
});

test('a malformed series names the row and column; fixing it brings results back', async ({ page }) => {
  await open(page, 'rod');
  await page.getByTestId('series').fill('0\t0\n0.1\t5\n0.2\tabc\n0.3\t15');
  await expect(page.getByTestId('series-msg')).toContainText('line 3');
  await expect(page.getByTestId('series-msg')).toContainText('column 2');
  await expect(page.getByTestId('series-modulus')).toHaveText('—');
  await page.getByTestId('series').fill(elasticPlastic());
  await expect(page.getByTestId('series-modulus')).toHaveText('5.000');
});

test('the example curve loads and is analysed', async ({ page }) => {
  await open(page, 'rod');
  await page.getByTestId('series-example').click();
  // The example is 2 GPa up to 1.5 % strain with ±0.15 MPa noise.
  const e = Number(await page.getByTestId('series-modulus').textContent());
  expect(e).toBeGreaterThan(1.9);
  expect(e).toBeLessThan(2.1);
});
