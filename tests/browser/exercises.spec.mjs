// Exercises (`ask=<result test id>`): the asked result is hidden (not in the
// page's text or attributes, not in the link) and replaced by an answer box
// that checks a typed number with its unit against a tolerance (`tol`), and
// shows the worked solution from the same function as the calculator.
import { test, expect, open, sig, FARADAY } from './fixtures.mjs';

// 120 mV on Na (Vm = 23.7 cm³/mol): σ = 0.120 × F / 23.7e-6 Pa = 488.53 MPa.
const SIGMA_MPA = (0.12 * FARADAY) / 23.7e-6 / 1e6;

/** The whole page as the browser holds it: text, attributes, values. */
async function everything(page) {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll('input, select, textarea')].map((e) => e.value).join(' ');
    return `${document.documentElement.outerHTML} ${values} ${location.href}`;
  });
}

async function answer(page, text) {
  await page.getByTestId('exercise-answer').fill(text);
  await page.getByTestId('exercise-check').click();
}

test('the asked stress is nowhere in the page or its link until it is answered', async ({ page }) => {
  await open(page, 'stress', { ask: 'stress', dphi: '120' });
  await expect(page.getByTestId('exercise-answer')).toBeVisible();
  await expect(page.getByTestId('stress')).toHaveCount(0);
  await expect(page.getByTestId('stress-plot')).toHaveCount(0);
  const all = await everything(page);
  for (const form of ['488.5', '488.53', '4.885', '0.4885', '488533']) expect(all).not.toContain(form);
  await expect(page.getByTestId('exercise-solution')).toBeHidden();
  // The given inputs stay on screen, read-only.
  await expect(page.getByTestId('dphi')).toHaveValue('120');
  await expect(page.getByTestId('dphi')).toBeDisabled();
  expect(new URL(page.url()).searchParams.get('ask')).toBe('stress');
});

test('a right answer in any unit of stress, with a decimal comma or an exponent, is correct', async ({ page }) => {
  await open(page, 'stress', { ask: 'stress', dphi: '120' });
  for (const text of ['488.5', '488.5 MPa', '0.4885 GPa', '4.885e8 Pa', '488,5', '4,885e8 Pa', '488500 kPa']) {
    await answer(page, text);
    await expect(page.getByTestId('exercise-verdict'), text).toHaveText('Correct');
  }
});

test('wrong answers get a specific “not yet”, never “Correct” for a wrong unit', async ({ page }) => {
  await open(page, 'stress', { ask: 'stress', dphi: '120' });
  await answer(page, '540');
  await expect(page.getByTestId('exercise-verdict')).toContainText('Not yet');
  await expect(page.getByTestId('exercise-verdict')).toContainText('too high');
  await answer(page, '440 MPa');
  await expect(page.getByTestId('exercise-verdict')).toContainText('too low');
  await answer(page, 'four hundred');
  await expect(page.getByTestId('exercise-verdict')).not.toHaveText('Correct');
  await expect(page.getByTestId('exercise-verdict')).not.toBeEmpty();
  // No verdict gives the value away.
  const all = await everything(page);
  for (const form of ['488.5', '4.885']) expect(all).not.toContain(form);
  // The right number with a unit of another quantity.
  await answer(page, '488.5 mV');
  await expect(page.getByTestId('exercise-verdict')).not.toHaveText('Correct');
  await expect(page.getByTestId('exercise-verdict')).toContainText('mV');
  // Enter checks too.
  await page.getByTestId('exercise-answer').fill('488.5');
  await page.getByTestId('exercise-answer').press('Enter');
  await expect(page.getByTestId('exercise-verdict')).toHaveText('Correct');
});

test('the worked solution gives the calculator\'s number, from the same inputs', async ({ page }) => {
  await open(page, 'stress', { dphi: '120' });
  await expect(page.getByTestId('stress')).toHaveText(sig(SIGMA_MPA));
  const calculator = await page.getByTestId('stress').textContent();
  await open(page, 'stress', { ask: 'stress', dphi: '120' });
  await page.getByTestId('exercise-show-solution').click();
  const solution = page.getByTestId('exercise-solution');
  await expect(solution).toContainText('σ = Δφ · F / Vm');
  await expect(solution).toContainText(`Stress σ = ${calculator} MPa`);
  // The substituted inputs, with their units.
  await expect(solution).toContainText('120.0 mV = 0.1200 V');
  await expect(solution).toContainText('23.70 cm³/mol');
});

test('tolerances: an absolute amount with a unit, and significant figures', async ({ page }) => {
  await open(page, 'stress', { ask: 'stress', dphi: '120', tol: '5MPa' });
  await answer(page, '484');
  await expect(page.getByTestId('exercise-verdict')).toHaveText('Correct');
  await answer(page, '483');
  await expect(page.getByTestId('exercise-verdict')).toContainText('Not yet');
  await open(page, 'stress', { ask: 'stress', dphi: '120', tol: '3sf' });
  await answer(page, '489');
  await expect(page.getByTestId('exercise-verdict')).toHaveText('Correct');
  await answer(page, '490');
  await expect(page.getByTestId('exercise-verdict')).toContainText('Not yet');
});

test('edit=1 lets the student change the inputs, and the check follows them', async ({ page }) => {
  await open(page, 'stress', { ask: 'stress', dphi: '120', edit: '1' });
  await expect(page.getByTestId('dphi')).toBeEnabled();
  await page.getByTestId('dphi').fill('100');
  // 100 mV on Na: 407.1 MPa.
  await answer(page, sig((0.1 * FARADAY) / 23.7e-6 / 1e6));
  await expect(page.getByTestId('exercise-verdict')).toHaveText('Correct');
});

test('the overpotential can be asked too, in mV or V', async ({ page }) => {
  await open(page, 'stress', { ask: 'overpotential', dir: 'to-overpotential', sigma: '357' });
  // 357 MPa in Na: Δφ = 357e6 × 23.7e-6 / F = 87.69 mV.
  await answer(page, '0.08769 V');
  await expect(page.getByTestId('exercise-verdict')).toHaveText('Correct');
  await expect(page.getByTestId('exercise-solution')).toContainText(`Overpotential Δφ = ${sig((357e6 * 23.7e-6) / FARADAY * 1e3)} mV`);
});

test('links an exercise cannot use get a notice naming the key, and the calculator', async ({ page }) => {
  await open(page, 'stress', { ask: 'flux', dphi: '120' });
  await expect(page.getByTestId('link-notices')).toContainText('ask');
  await expect(page.getByTestId('stress')).toHaveText(sig(SIGMA_MPA));
  await open(page, 'stress', { ask: 'stress', dphi: '120', tol: 'abc' });
  await expect(page.getByTestId('link-notices')).toContainText('tol');
  await expect(page.getByTestId('exercise-answer')).toBeVisible();
  await open(page, 'stress', { ask: 'stress', dphi: '120', ranges: '1' });
  await expect(page.getByTestId('link-notices')).toContainText('ranges');
  await expect(page.getByTestId('stress')).toBeVisible();
  // The overpotential is not a result of the stress direction.
  await open(page, 'stress', { ask: 'overpotential', dphi: '120' });
  await expect(page.getByTestId('link-notices')).toContainText('overpotential');
  await expect(page.getByTestId('stress')).toHaveText(sig(SIGMA_MPA));
});

test('on paper: the question without its answer, and key=1 prints the answer key', async ({ page }) => {
  await open(page, 'stress', { ask: 'stress', dphi: '120' });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('exercise-answer')).toBeVisible();
  await expect(page.getByTestId('exercise-key')).toHaveCount(0);
  await open(page, 'stress', { ask: 'stress', dphi: '120', key: '1' });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('exercise-key')).toBeVisible();
  await expect(page.getByTestId('exercise-key')).toContainText(`${sig(SIGMA_MPA)} MPa`);
});
