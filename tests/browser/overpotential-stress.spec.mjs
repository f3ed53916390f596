// Overpotential → stress, the first calculator (σ = Δφ·F/Vm).
import { test, expect, FARADAY, sig } from './fixtures.mjs';

const stressMPa = (dphiV, vmCm3) => (dphiV * FARADAY) / (vmCm3 * 1e-6) / 1e6;

test('100 mV on Na shows 407.1 MPa, and the result follows Δφ', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('stress')).toHaveText('407.1'); // SCIENCE.md §6
  await page.getByTestId('dphi').fill('200');
  await expect(page.getByTestId('stress')).toHaveText(sig(stressMPa(0.2, 23.7))); // 814.2
  await page.getByTestId('dphi').fill('37.5');
  await expect(page.getByTestId('stress')).toHaveText(sig(stressMPa(0.0375, 23.7)));
});

test('choosing Li uses Vm = 13 cm³/mol: 742.2 MPa at 100 mV', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('metal').selectOption('Li');
  await expect(page.getByTestId('stress')).toHaveText('742.2');
  await page.getByTestId('metal').selectOption('K');
  await expect(page.getByTestId('stress')).toHaveText(sig(stressMPa(0.1, 45.4)));
});

test('switching mV to V keeps the quantity and the result', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Overpotential Δφ unit').selectOption({ label: 'V' });
  await expect(page.getByTestId('dphi')).toHaveValue('0.1');
  await expect(page.getByTestId('stress')).toHaveText('407.1');
});

for (const [input, why] of [
  ['', /enter a number/],
  ['abc', /not a number/],
  ['-5', /between 0 and 5000 mV/],
  ['1e400', /too large/],
  ['1,5', /decimal point/],
]) {
  test(`bad Δφ ${JSON.stringify(input)} shows a message and "—", then recovers`, async ({ page }) => {
    await page.goto('./');
    await page.getByTestId('dphi').fill(input);
    await expect(page.getByTestId('dphi-msg')).toHaveText(why);
    await expect(page.getByTestId('dphi-msg')).toContainText('Overpotential Δφ');
    await expect(page.getByTestId('stress')).toHaveText('—');
    await expect(page.getByTestId('dphi')).toHaveAttribute('aria-invalid', 'true');
    await page.getByTestId('dphi').fill('100');
    await expect(page.getByTestId('stress')).toHaveText('407.1');
    await expect(page.getByTestId('dphi-msg')).toHaveText('');
  });
}
