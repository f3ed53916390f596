// Sphere compression: plastic contact-area models and Hertz (docs/science.md §2).
import { test, expect, sig, open } from './fixtures.mjs';

// F = 10 µN, 2r = 600 nm, δt = 30 nm (defaults): hand arithmetic in SI.
const F = 10e-6, r = 300e-9, dt = 30e-9;
const first = F / (Math.PI * r * dt) / 1e6;
const cap = F / (Math.PI * (r * dt - dt * dt / 4)) / 1e6;
const h = 2 * r - dt;
const barrel = F / (Math.PI * ((4 * r ** 3) / (3 * h) - (h * h) / 6)) / 1e6;

test('defaults: first order 353.7, exact cap 362.7, barrel 353.4 MPa; first order chosen at 5 %', async ({ page }) => {
  await open(page, 'sphere');
  await expect(page.getByTestId('stress-first')).toHaveText(sig(first));
  await expect(page.getByTestId('stress-cap')).toHaveText(sig(cap));
  await expect(page.getByTestId('stress-barrel')).toHaveText(sig(barrel));
  await expect(page.getByTestId('sphere-ratio')).toHaveText('5.000');
  await expect(page.getByTestId('sphere-stress')).toHaveText(sig(first));
});

test('above 10 % the automatic choice switches to the barrel model', async ({ page }) => {
  await open(page, 'sphere');
  await page.getByTestId('dt').fill('120'); // 20 %
  const h2 = 2 * r - 120e-9;
  const b = F / (Math.PI * ((4 * r ** 3) / (3 * h2) - (h2 * h2) / 6)) / 1e6;
  await expect(page.getByTestId('sphere-ratio')).toHaveText('20.00');
  await expect(page.getByTestId('sphere-stress')).toHaveText(sig(b));
  await expect(page.getByTestId('sphere-model')).toContainText('barrel');
});

test('Hertz with rigid plates: E* = E/(1−ν²), force at δt from F = (√2/3)E*√R δ^1.5', async ({ page }) => {
  await open(page, 'sphere');
  const E = 3.9e9, nu = 0.41;
  const estar = E / (1 - nu * nu);
  const force = (Math.SQRT2 / 3) * estar * Math.sqrt(r) * dt ** 1.5;
  const a = Math.sqrt((r * dt) / 2);
  await expect(page.getByTestId('estar')).toHaveText(sig(estar / 1e9)); // 4.410
  await expect(page.getByTestId('hertz-force')).toHaveText(sig(force / 1e-6));
  await expect(page.getByTestId('hertz-radius')).toHaveText(sig(a / 1e-9));
  await expect(page.getByTestId('hertz-mean')).toHaveText(sig(force / (Math.PI * a * a) / 1e6));
  await expect(page.getByTestId('hertz-peak')).toHaveText(sig((1.5 * force) / (Math.PI * a * a) / 1e6));
});

test('elastic plates lower E*: 1/E* = (1−ν1²)/E1 + (1−ν2²)/E2', async ({ page }) => {
  await open(page, 'sphere');
  await page.getByTestId('plate').selectOption('elastic');
  const inv = (1 - 0.41 ** 2) / 3.9e9 + (1 - 0.22 ** 2) / 169e9;
  await expect(page.getByTestId('estar')).toHaveText(sig(1 / inv / 1e9));
});

test('a height change larger than the sphere is refused with a message', async ({ page }) => {
  await open(page, 'sphere');
  await page.getByTestId('dt').fill('700');
  await expect(page.getByTestId('sphere-stress')).toHaveText('—');
  await expect(page.locator('main')).toContainText(/height change|δt/i);
  await page.getByTestId('dt').fill('30');
  await expect(page.getByTestId('sphere-stress')).toHaveText(sig(first));
});
