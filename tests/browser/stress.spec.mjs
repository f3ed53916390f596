// Overpotential ↔ stress (σ = Δφ·F/Vm, docs/science.md §3 and §6), both directions.
import { test, expect, FARADAY, sig, open } from './fixtures.mjs';

const stressMPa = (dphiV, vmCm3) => (dphiV * FARADAY) / (vmCm3 * 1e-6) / 1e6;
const dphiMV = (sigmaMPa, vmCm3) => ((sigmaMPa * 1e6 * vmCm3 * 1e-6) / FARADAY) * 1e3;

test('100 mV on Na shows 407.1 MPa, and the result follows Δφ as it is typed', async ({ page }) => {
  await open(page, 'stress');
  await expect(page.getByTestId('stress')).toHaveText('407.1'); // docs/science.md §6
  await page.getByTestId('dphi').fill('200');
  await expect(page.getByTestId('stress')).toHaveText(sig(stressMPa(0.2, 23.7))); // 814.2
  await page.getByTestId('dphi').pressSequentially('5'); // 2005 mV
  await expect(page.getByTestId('stress')).toHaveText(sig(stressMPa(2.005, 23.7)));
});

test('Li uses Vm = 13.0 cm³/mol (742.2 MPa at 100 mV), K 45.4 cm³/mol', async ({ page }) => {
  await open(page, 'stress');
  await page.getByTestId('metal').selectOption('Li');
  await expect(page.getByTestId('stress')).toHaveText('742.2');
  await expect(page.getByTestId('vm-used')).toHaveText('13.00');
  await page.getByTestId('metal').selectOption('K');
  await expect(page.getByTestId('stress')).toHaveText(sig(stressMPa(0.1, 45.4)));
});

test('a custom metal from M and ρ: Vm = M/ρ', async ({ page }) => {
  await open(page, 'stress', { metal: 'custom-mrho' });
  // Vm = 22.99 / 0.968 = 23.75 cm³/mol (independent arithmetic)
  await expect(page.getByTestId('vm-used')).toHaveText(sig(22.99 / 0.968));
  await page.getByTestId('m').fill('6.94');
  await page.getByTestId('rho').fill('0.534');
  await expect(page.getByTestId('vm-used')).toHaveText(sig(6.94 / 0.534));
  await expect(page.getByTestId('stress')).toHaveText(sig(stressMPa(0.1, 6.94 / 0.534)));
});

test('stress → overpotential: 407.1 MPa on Na needs 100.0 mV', async ({ page }) => {
  await open(page, 'stress');
  await page.getByTestId('dir').selectOption('to-overpotential');
  await page.getByTestId('sigma').fill('407.1');
  await expect(page.getByTestId('overpotential')).toHaveText(sig(dphiMV(407.1, 23.7)));
  await page.getByLabel('Stress σ unit').selectOption({ label: 'GPa' });
  await expect(page.getByTestId('sigma')).toHaveValue('0.4071');
  await expect(page.getByTestId('overpotential')).toHaveText(sig(dphiMV(407.1, 23.7)));
});

test('switching mV to V keeps the quantity and the result', async ({ page }) => {
  await open(page, 'stress');
  await page.getByLabel('Overpotential Δφ unit').selectOption({ label: 'V' });
  await expect(page.getByTestId('dphi')).toHaveValue('0.1');
  await expect(page.getByTestId('stress')).toHaveText('407.1');
});

test('ranges: 50–150 mV on Na gives 203.6 to 610.7 MPa', async ({ page }) => {
  await open(page, 'stress', { ranges: '1', dphi: '50', dphi_max: '150' });
  const lo = sig(stressMPa(0.05, 23.7));
  const hi = sig(stressMPa(0.15, 23.7));
  await expect(page.getByTestId('stress')).toHaveText(new RegExp(`${lo}\\s*–\\s*${hi}`));
});

test('significant figures follow the setting', async ({ page }) => {
  await open(page, 'stress');
  await page.getByTestId('sig').selectOption('6');
  await expect(page.getByTestId('stress')).toHaveText(sig(stressMPa(0.1, 23.7), 6));
  await page.getByTestId('sig').selectOption('2');
  await expect(page.getByTestId('stress')).toHaveText('410');
});

for (const [input, why] of [
  ['', /enter a number/],
  ['abc', /not a number/],
  ['-5', /between 0 and 5000 mV/],
  ['1e400', /too large/],
  ['1,5', /decimal point/],
]) {
  test(`bad Δφ ${JSON.stringify(input)} shows a message and "—", then recovers`, async ({ page }) => {
    await open(page, 'stress');
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
