// Every calculator set up by a hand-written link, checked against
// independent arithmetic.
import { test, expect, FARADAY, sig } from './fixtures.mjs';

test('stress by link: Li at 0.25 V', async ({ page }) => {
  await page.goto('./?page=stress&metal=Li&dphi=0.25&dphi_unit=V');
  await expect(page.getByTestId('dphi')).toHaveValue('0.25');
  await expect(page.getByTestId('stress')).toHaveText(sig((0.25 * FARADAY) / 13.0e-6 / 1e6)); // 1855
});

test('overpotential by link: K under 1 GPa', async ({ page }) => {
  await page.goto('./?page=stress&dir=to-overpotential&metal=K&sigma=1&sigma_unit=GPa');
  await expect(page.getByTestId('overpotential')).toHaveText(sig(((1e9 * 45.4e-6) / FARADAY) * 1e3)); // 470.5
});

test('fracture by link: a penny crack in LLZO, KIC 1.5 MPa·√m, a = 2 µm, 80 mV', async ({ page }) => {
  await page.goto('./?page=fracture&electrolyte=LLZO&kic=1.5&flaw=2&flaw_unit=%C2%B5m&geometry=penny&dphi=80');
  const Y = 2 / Math.PI;
  const sf = 1.5e6 / (Y * Math.sqrt(Math.PI * 2e-6));
  await expect(page.getByTestId('fracture-stress')).toHaveText(sig(sf / 1e6));
  await expect(page.getByTestId('critical-overpotential')).toHaveText(sig(((sf * 13.0e-6) / FARADAY) * 1e3));
  const ac = ((1.5e6 * 13.0e-6) / (Y * FARADAY * 0.08)) ** 2 / Math.PI;
  await expect(page.getByTestId('critical-flaw')).toHaveText(sig(ac * 1e6));
});

test('sphere by link: the barrel model at 20 % on a 1 µm particle', async ({ page }) => {
  await page.goto('./?page=sphere&model=barrel&force=5&force_unit=%C2%B5N&d=1&d_unit=%C2%B5m&dt=200&dt_unit=nm');
  const r = 500e-9, h = 2 * r - 200e-9;
  const A = Math.PI * ((4 * r ** 3) / (3 * h) - h ** 2 / 6);
  await expect(page.getByTestId('sphere-stress')).toHaveText(sig(5e-6 / A / 1e6));
  await expect(page.getByTestId('sphere-ratio')).toHaveText('20.00');
});

test('rod by link: the paper\'s tensile rod, k = 3 N/m, ΔX = 313 nm, d = 196 nm', async ({ page }) => {
  await page.goto('./?page=rod&k=3&dx=313&d0=196&l0=500&l=450');
  const F = 3 * 313e-9;
  await expect(page.getByTestId('rod-force')).toHaveText(sig(F * 1e6)); // 0.9390 µN
  await expect(page.getByTestId('rod-stress')).toHaveText(sig(F / ((Math.PI * 196e-9 ** 2) / 4) / 1e6)); // 31.12 MPa
  await expect(page.getByTestId('rod-eng-strain')).toHaveText(sig(10));
});

test('paper by link: sorted by strength, descending', async ({ page }) => {
  await page.goto('./?page=paper&sort=strength&desc=1');
  await expect(page.getByTestId('table1').locator('tbody tr').first().locator('td').last()).toHaveText('692');
});

test('materials by link: the filter', async ({ page }) => {
  await page.goto('./?page=materials&filter=sodium');
  await expect(page.getByTestId('filter')).toHaveValue('sodium');
  await expect(page.getByTestId('metals-table').locator('tbody tr')).toHaveCount(1);
});

test('significant figures by link', async ({ page }) => {
  await page.goto('./?page=stress&sig=7');
  await expect(page.getByTestId('stress')).toHaveText(sig((0.1 * FARADAY) / 23.7e-6 / 1e6, 7));
});
