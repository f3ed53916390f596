// Electrolyte fracture: σf = KIC/(Y√(πa)), Δφc = σf·Vm/F, ac = (KIC·Vm/(Y·F·Δφ))²/π
// (docs/science.md §4; the paper's eq. 4 with Y = 1).
import { test, expect, FARADAY, sig, open } from './fixtures.mjs';

const sigmaF = (kicMPa, aM, y = 1) => kicMPa / (y * Math.sqrt(Math.PI * aM)); // MPa
const dphiC = (sfMPa, vmCm3) => ((sfMPa * 1e6 * vmCm3 * 1e-6) / FARADAY) * 1e3; // mV
const aC = (kicMPa, vmCm3, dphiV, y = 1) => ((kicMPa * 1e6 * vmCm3 * 1e-6) / (y * FARADAY * dphiV)) ** 2 / Math.PI; // m

test('LLZO with a 5 µm flaw: 252.3 MPa, 34.00 mV for Li, 0.5778 µm at 100 mV', async ({ page }) => {
  await open(page, 'fracture');
  const sf = sigmaF(1, 5e-6);
  await expect(page.getByTestId('fracture-stress')).toHaveText(sig(sf)); // 252.3
  await expect(page.getByTestId('critical-overpotential')).toHaveText(sig(dphiC(sf, 13.0))); // 34.00
  await expect(page.getByTestId('critical-flaw')).toHaveText(sig(aC(1, 13.0, 0.1) * 1e6)); // 0.5778
  await expect(page.getByTestId('applied-stress')).toHaveText('742.2');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'fractures');
});

test('Na-β-alumina preset: KIC 2 MPa·√m, Na; 10 µm cracks fracture at 356.8 MPa, 87.65 mV', async ({ page }) => {
  await open(page, 'fracture');
  await page.getByTestId('electrolyte').selectOption('beta-alumina');
  await expect(page.getByTestId('kic')).toHaveValue('2');
  await expect(page.getByTestId('metal')).toHaveValue('Na');
  await page.getByTestId('flaw').fill('10');
  const sf = sigmaF(2, 10e-6);
  await expect(page.getByTestId('fracture-stress')).toHaveText(sig(sf)); // 356.8 (paper: 357)
  await expect(page.getByTestId('critical-overpotential')).toHaveText(sig(dphiC(sf, 23.7))); // 87.65
  await page.getByTestId('dphi').fill('50');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'safe');
});

test('geometry factor and the 2a convention change σf as the formula says', async ({ page }) => {
  await open(page, 'fracture');
  await page.getByTestId('geometry').selectOption('edge');
  await expect(page.getByTestId('fracture-stress')).toHaveText(sig(sigmaF(1, 5e-6, 1.12)));
  await page.getByTestId('geometry').selectOption('through');
  await page.getByTestId('size_is').selectOption('2a');
  await expect(page.getByTestId('fracture-stress')).toHaveText(sig(sigmaF(1, 2.5e-6)));
  await page.getByTestId('geometry').selectOption('custom');
  await page.getByTestId('y').fill('2');
  await expect(page.getByTestId('fracture-stress')).toHaveText(sig(sigmaF(1, 2.5e-6, 2)));
});

test('every electrolyte of the library can be chosen; one without KIC says why', async ({ page }) => {
  await open(page, 'fracture');
  const options = await page.getByTestId('electrolyte').locator('option').evaluateAll((os) => os.map((o) => o.value));
  expect(options).toEqual(expect.arrayContaining(['LLZO', 'beta-alumina', 'LLTO', 'LATP', 'NASICON', 'Na3PS4', 'sulfide']));
  for (const key of options) {
    await page.getByTestId('electrolyte').selectOption(key);
    await expect(page.getByTestId('electrolyte-source')).not.toBeEmpty();
  }
});

test('the failure map shows the user point and reports which side it is on', async ({ page }) => {
  await open(page, 'fracture');
  await expect(page.getByTestId('failure-map-alt')).toContainText('fracture region');
  await page.getByTestId('dphi').fill('10');
  await expect(page.getByTestId('failure-map-alt')).toContainText('safe region');
  await expect(page.getByTestId('failure-map-alt')).toContainText('log axis');
});

test('an empty flaw size gives "—" for the results that need it, not for the others', async ({ page }) => {
  await open(page, 'fracture');
  await page.getByTestId('flaw').fill('');
  await expect(page.getByTestId('flaw-msg')).toContainText('Flaw size');
  await expect(page.getByTestId('fracture-stress')).toHaveText('—');
  await expect(page.getByTestId('critical-overpotential')).toHaveText('—');
  await expect(page.getByTestId('critical-flaw')).toHaveText(sig(aC(1, 13.0, 0.1) * 1e6));
  await expect(page.getByTestId('applied-stress')).toHaveText('742.2');
});
