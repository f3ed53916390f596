// Creep: rates by mechanism, the stress for a rate, relaxation and the map
// (docs/science.md §8), each against arithmetic done here, not by the page.
import { test, expect, open, parseShown } from './fixtures.mjs';

const R = 8.314462618, K = 1.380649e-23;

/** The number a result shows, read back. */
async function value(page, id) {
  return parseShown(await page.getByTestId(id).textContent());
}

function near(got, want, rel) {
  expect(Math.abs(got / want - 1), `${got} vs ${want}`).toBeLessThan(rel);
}

test('Na at 0.26 MPa: power law 0.53 × 0.26⁵ = 6.3 × 10⁻⁴ s⁻¹ (docs/science.md §8), and its inverse', async ({ page }) => {
  // At d = 1 mm diffusional creep is negligible, so the total is the power law.
  await open(page, 'creep', { metal: 'Na', sigma: '0.26', d: '1', d_unit: 'mm', t: '298' });
  const want = 0.53 * 0.26 ** 5;
  near(await value(page, 'rate-power-law'), want, 1e-3);
  near(await value(page, 'rate-total'), want, 1e-3);
  await expect(page.getByTestId('dominant')).toHaveText('power-law creep');
  // Homologous temperature 298 / 370.95.
  near(await value(page, 'homologous'), 298 / 370.95, 1e-3);
  await expect(page.getByTestId('fit-range')).toHaveText(/^Na's power law was measured over 0.1–0.3 MPa at 298 K \(Wang/);
  // Inside the fit (0.1–0.3 MPa at 298 K): no extrapolation note.
  await expect(page.getByTestId('extrapolation')).toHaveText('');
  // Inverse: the stress for that rate is 0.26 MPa.
  await page.getByTestId('rate').fill(String(want));
  near(await value(page, 'stress-for-rate'), 0.26, 1e-3);
});

test('Li at 0.75 MPa: 7.7 × 10⁻³ × 0.75^6.56 s⁻¹; its prefactor is labelled an estimate', async ({ page }) => {
  await open(page, 'creep', { d: '1', d_unit: 'mm' });
  await page.getByTestId('metal').selectOption('Li');
  await page.getByTestId('sigma').fill('0.75');
  near(await value(page, 'rate-power-law'), 7.7e-3 * 0.75 ** 6.56, 1e-3);
  await expect(page.getByTestId('creep-a')).toHaveValue('0.0077');
  await expect(page.getByTestId('creep-a-hint')).toContainText('Estimate');
  // 0.75 MPa is 1.25× (0.75/0.6 in binary is just under 1.25, so 1.2×) the highest stress of the fit.
  await expect(page.getByTestId('extrapolation')).toContainText('0.75 MPa is 1.2× the highest stress of this fit (0.6 MPa)');
});

test('Nabarro–Herring and Coble by hand: round-number metal', async ({ page }) => {
  // D_v = 1e-12 m²/s, δD_b = 1e-20 m³/s (no activation), Ω = 20 Å³,
  // T = 300 K, σ = 1 MPa, d = 1 µm; no power law (n, A, Q left empty).
  await open(page, 'creep', {
    metal: 'custom', t: '300', sigma: '1', d: '1', d_unit: 'µm', n: '', a: '', q: '',
    d0v: '1e-12', qv: '0', db: '1e-20', qb: '0', omega: '20', tm: '1000',
  });
  const nh = (42 * 20e-30 * 1e6 * 1e-12) / (K * 300 * 1e-12);
  const coble = (42 * Math.PI * 20e-30 * 1e6 * 1e-20) / (K * 300 * 1e-18);
  near(await value(page, 'rate-nh'), nh, 1e-3);
  near(await value(page, 'rate-coble'), coble, 1e-3);
  near(await value(page, 'rate-total'), nh + coble, 1e-3);
  await expect(page.getByTestId('dominant')).toHaveText('Nabarro–Herring creep');
  await expect(page.getByTestId('rate-power-law')).toHaveText('—');
  await expect(page.getByTestId('rate-power-law-why')).toContainText('enter n, A and Q');
  // Linear creep relaxes exponentially: t = ln(σ₀/σ₁)/(E·C), C = ε̇/σ.
  await page.getByTestId('s0').fill('100');
  await page.getByTestId('s1').fill('1');
  await page.getByTestId('e').fill('5');
  const c = (nh + coble) / 1e6;
  near(await value(page, 'relax-time'), Math.log(100) / (5e9 * c), 1e-4);
});

test('power-law relaxation in closed form: Na from 1 to 0.5 MPa with E = 4.6 GPa', async ({ page }) => {
  await open(page, 'creep', { metal: 'Na', s0: '1', s1: '0.5', e: '4.6', t: '298' });
  // (0.5⁻⁴ − 1) / (4600 · 0.53 · 4) s.
  near(await value(page, 'relax-time-power-law'), 15 / (4600 * 0.53 * 4), 1e-3);
  await expect(page.getByTestId('relax-time-words')).toContainText('All mechanisms together: ≈');
});

test('temperature in °C, the Arrhenius factor, melting and K without a power law', async ({ page }) => {
  await open(page, 'creep', { metal: 'Na', sigma: '0.26', d: '1', d_unit: 'mm' });
  await page.getByTestId('t-unit').selectOption({ label: '°C' });
  await expect(page.getByTestId('t')).toHaveValue('24.85');
  await page.getByTestId('t').fill('50');
  near(await value(page, 'homologous'), 323.15 / 370.95, 1e-3);
  const factor = Math.exp((-42000 / R) * (1 / 323.15 - 1 / 298));
  near(await value(page, 'rate-power-law'), 0.53 * 0.26 ** 5 * factor, 1e-3);
  await expect(page.getByTestId('extrapolation')).toContainText('above the fit\'s temperatures');
  await page.getByTestId('t').fill('120');
  await expect(page.getByTestId('rate-total')).toHaveText('—');
  await expect(page.getByTestId('rate-total-why')).toContainText('liquid');
  await page.getByTestId('t').fill('25');
  await page.getByTestId('metal').selectOption('K');
  await expect(page.getByTestId('creep-a')).toHaveValue('');
  await expect(page.getByTestId('rate-power-law-why')).toContainText('none has been measured for K');
  await expect(page.getByTestId('rate-nh')).not.toHaveText('—');
  await expect(page.getByTestId('creep-d0v-hint')).toContainText('Estimate');
});

test('far outside the fit: 400 MPa is 1333× the highest stress of Na’s fit', async ({ page }) => {
  await open(page, 'creep', { metal: 'Na', sigma: '400' });
  await expect(page.getByTestId('extrapolation')).toContainText('400 MPa is 1333× the highest stress of this fit (0.3 MPa)');
  await expect(page.getByTestId('size-effect-note')).toContainText('size effect');
  // Rates up to 10¹² s⁻¹ and more are shown with powers of ten.
  await expect(page.getByTestId('rate-power-law')).toHaveText(/^[0-9.]+ × 10¹²$/);
});

test('bad input names the field and its range; the rest keeps working', async ({ page }) => {
  await open(page, 'creep', { metal: 'Na' });
  await page.getByTestId('sigma').fill('abc');
  await expect(page.getByTestId('sigma-msg')).toContainText('Stress σ');
  await expect(page.getByTestId('rate-total')).toHaveText('—');
  await expect(page.getByTestId('homologous')).not.toHaveText('—');
  await page.locator('[data-testid=creep-parameters] summary').click();
  await page.getByTestId('creep-n').fill('0.5');
  await expect(page.getByTestId('creep-n-msg')).toContainText('greater than 1');
  await page.getByTestId('d').fill('-3');
  await expect(page.getByTestId('d-msg')).toContainText('Size d');
});

test('ranges: σ from 0.2 to 0.3 MPa gives 0.53·0.2⁵ to 0.53·0.3⁵ s⁻¹', async ({ page }) => {
  await open(page, 'creep', { metal: 'Na', sigma: '0.2', sigma_max: '0.3', ranges: '1', d: '1', d_unit: 'mm' });
  const [lo, hi] = (await page.getByTestId('rate-power-law').textContent()).split(' – ').map(parseShown);
  near(lo, 0.53 * 0.2 ** 5, 1e-3);
  near(hi, 0.53 * 0.3 ** 5, 1e-3);
});

test('the map: fields, contours, the user’s point and Table 1 for Na; the link restores the page', async ({ page }) => {
  await open(page, 'creep', { metal: 'Na', sigma: '50', d: '2', d_unit: 'µm', t: '310' });
  const caption = page.getByTestId('creep-map-alt');
  await expect(caption).toContainText('Deformation-mechanism map of Na at 310 K');
  await expect(caption).toContainText('Your point, 2000 nm and 50.00 MPa');
  await expect(caption).toContainText('Table 1 specimens are marked');
  const url = page.url();
  await page.goto(url);
  await expect(page.getByTestId('sigma')).toHaveValue('50');
  await expect(page.getByTestId('d-unit')).toHaveValue('1');
  await expect(page.getByTestId('t')).toHaveValue('310');
});

test('plating against creep: Na at 1 mA/cm² into 300 nm, by hand', async ({ page }) => {
  await open(page, 'creep', { metal: 'Na', t: '298', d: '300', i: '1', s0: '100', e: '4.6' });
  const F = 96485.332, vm = 23.7e-6, d = 300e-9, T = 298;
  const rate = (10 * vm) / (F * d); // 1 mA/cm² = 10 A/m²
  near(await value(page, 'plating-rate'), rate, 1e-4);
  near(await value(page, 'build-time'), 100e6 / (4.6e9 * rate), 1e-4);
  // At a few hundred pascals sodium's power law is negligible: the stress is
  // where diffusional creep, linear in σ, equals the plating rate.
  const omega = vm / 6.02214076e23;
  const dv = 1.9e-5 * Math.exp(-44000 / (R * T));
  const ddb = 2 * 0.366e-9 * 1.9e-5 * Math.exp(-0.55 * 44000 / (R * T));
  const perPa = ((42 * omega) / (K * T * d * d)) * (dv + (Math.PI * ddb) / d);
  near(await value(page, 'steady-stress'), rate / perPa / 1e6, 1e-3);
});
