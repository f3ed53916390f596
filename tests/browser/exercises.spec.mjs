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
    // Not the page's own scripts: the loader's file names are hashes, in
    // which any three digits may happen to appear.
    const page = document.documentElement.cloneNode(true);
    page.querySelectorAll('script').forEach((s) => s.remove());
    return `${page.outerHTML} ${values} ${location.href}`;
  });
}

/**
 * A given value of an exercise without edit=1: read-only, yet enabled, so
 * that it can be focused and is read by screen readers; a drop-down keeps
 * only its chosen option choosable and says it is read-only.
 */
async function readOnly(page, id) {
  const field = page.getByTestId(id);
  await expect(field, id).toBeEnabled();
  if (await field.evaluate((e) => e.tagName === 'SELECT')) {
    await expect(field, id).toHaveAttribute('aria-readonly', 'true');
    await expect(field.locator('option:not(:disabled)'), id).toHaveCount(1);
  } else {
    await expect(field, id).not.toBeEditable();
  }
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
  await readOnly(page, 'dphi');
  await page.getByTestId('dphi').focus();
  await expect(page.getByTestId('dphi')).toBeFocused();
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
  // The same verdict again is a change of the live region, so that screen
  // readers announce it again.
  const before = await page.getByTestId('exercise-verdict').evaluate((e) => e.textContent);
  await answer(page, '440 MPa');
  await expect(page.getByTestId('exercise-verdict')).toContainText('too low');
  await expect(page.getByTestId('exercise-verdict')).not.toHaveJSProperty('textContent', before);
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
  const button = page.getByTestId('exercise-show-solution');
  const solution = page.getByTestId('exercise-solution');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toHaveAttribute('aria-controls', await solution.getAttribute('id'));
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(solution).toContainText('σ = Δφ · F / Vm');
  await expect(solution).toContainText(`Stress σ = ${calculator} MPa`);
  // The substituted inputs, with their units.
  await expect(solution).toContainText('120.0 mV = 0.1200 V');
  await expect(solution).toContainText('23.70 cm³/mol');
  // The button hides it again.
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(solution).toBeHidden();
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

// ——— The other calculators: each asked result hidden, checked in another
// unit, and worked out to the value computed here by hand from the link.

/** Forms in which a value `x` (in its shown unit) could give itself away. */
function forms(x) {
  return [sig(x, 4), sig(x, 3), sig(x, 5)];
}

/** The asked result is nowhere: not its element, not any form of its value. */
async function hidden(page, testid, shown) {
  await expect(page.getByTestId('exercise-answer')).toBeVisible();
  await expect(page.getByTestId(testid)).toHaveCount(0);
  const all = await everything(page);
  for (const form of forms(shown)) expect(all, form).not.toContain(form);
  await expect(page.getByTestId('exercise-solution')).toBeHidden();
}

/** Right in another unit → Correct and the solution, whose last line is
 * `<label> = <value> <unit>`; a wrong value → Not yet. */
async function answers(page, { right, wrong, line }) {
  await answer(page, wrong);
  await expect(page.getByTestId('exercise-verdict')).toContainText('Not yet');
  await expect(page.getByTestId('exercise-solution')).toBeHidden();
  await answer(page, right);
  await expect(page.getByTestId('exercise-verdict'), right).toHaveText('Correct');
  await expect(page.getByTestId('exercise-solution')).toBeVisible();
  await expect(page.getByTestId('exercise-solution')).toContainText(line);
}

test.describe('page=fracture', () => {
  // KIC = 1.7 MPa·√m, a = 8 µm, Y = 1: σf = 1.7e6 / √(π × 8e-6) Pa.
  const SF_MPA = 1.7e6 / Math.sqrt(Math.PI * 8e-6) / 1e6; // 339.10
  const fracture = { electrolyte: 'custom', kic: '1.7', flaw: '8' };

  test('ask=fracture-stress: hidden, read-only inputs, no map; checked in GPa and worked out', async ({ page }) => {
    await open(page, 'fracture', { ...fracture, ask: 'fracture-stress' });
    await hidden(page, 'fracture-stress', SF_MPA);
    // Δφc = σf·Vm/F and the critical flaw would give σf away: none shown.
    for (const id of ['critical-overpotential', 'critical-flaw', 'applied-stress', 'verdict', 'failure-map']) {
      await expect(page.getByTestId(id), id).toHaveCount(0);
    }
    await expect(page.getByTestId('kic')).toHaveValue('1.7');
    await readOnly(page, 'kic');
    await readOnly(page, 'flaw');
    await readOnly(page, 'electrolyte');
    // σf needs no metal: neither it nor Δφ is among the given values.
    await expect(page.getByTestId('metal')).toHaveCount(0);
    await expect(page.getByTestId('dphi')).toHaveCount(0);
    await expect(page.getByText('Given values, fixed for this exercise')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('ask')).toBe('fracture-stress');
    await answers(page, {
      wrong: `${sig(SF_MPA * 1.3)} MPa`,
      right: `${sig(SF_MPA / 1e3)} GPa`,
      line: `Fracture stress σf = ${sig(SF_MPA)} MPa`,
    });
    await expect(page.getByTestId('exercise-solution')).toContainText('σf = KIC / (Y · √(π a))');
    await expect(page.getByTestId('exercise-solution')).toContainText('a = 8.000 µm = 8.000 × 10⁻⁶ m');
  });

  test('ask=critical-overpotential: checked in V, worked out through σf', async ({ page }) => {
    // Vm = 13.1 cm³/mol, KIC = 1.3 MPa·√m, a = 7 µm:
    // Δφc = 1.3e6 / √(π × 7e-6) × 13.1e-6 / F.
    const dphi = (1.3e6 / Math.sqrt(Math.PI * 7e-6)) * 13.1e-6 / FARADAY * 1e3; // 37.64 mV
    await open(page, 'fracture', {
      electrolyte: 'custom', kic: '1.3', flaw: '7', metal: 'custom', vm: '13.1', ask: 'critical-overpotential',
    });
    await hidden(page, 'critical-overpotential', dphi);
    await expect(page.getByTestId('fracture-stress')).toHaveCount(0);
    await readOnly(page, 'vm');
    await answers(page, {
      wrong: `${sig(dphi * 0.8)}`,
      right: `${sig(dphi / 1e3)} V`,
      line: `Critical overpotential Δφc = ${sig(dphi)} mV`,
    });
    await expect(page.getByTestId('exercise-solution')).toContainText('Vm = 13.10 cm³/mol');
  });

  test('a given KIC is not called editable, nor the preset when it is not', async ({ page }) => {
    await open(page, 'fracture', { electrolyte: 'LLZO', flaw: '8', ask: 'fracture-stress' });
    await readOnly(page, 'kic');
    await expect(page.getByTestId('kic-hint')).toHaveText('Given for this exercise.');
    // A teacher's variant may give another value than the preset (1 MPa·√m).
    await open(page, 'fracture', { electrolyte: 'LLZO', kic: '0.6', flaw: '8', ask: 'fracture-stress' });
    await expect(page.getByTestId('kic-hint')).toHaveText('Given for this exercise.');
    // In the calculator, the hint says whether the value is the preset.
    await open(page, 'fracture', { electrolyte: 'LLZO', flaw: '8' });
    await expect(page.getByTestId('kic-hint')).toHaveText('Preset from the electrolyte; edit freely.');
    await page.getByTestId('kic').fill('0.6');
    await expect(page.getByTestId('kic-hint')).toContainText('Not the electrolyte\'s preset');
  });

  test('an unknown ask gets a notice naming it and the calculator', async ({ page }) => {
    await open(page, 'fracture', { ...fracture, ask: 'flux' });
    await expect(page.getByTestId('link-notices')).toContainText('flux');
    await expect(page.getByTestId('link-notices')).toContainText('fracture-stress');
    await expect(page.getByTestId('fracture-stress')).toHaveText(sig(SF_MPA));
    await open(page, 'fracture', { ...fracture, ask: 'fracture-stress', ranges: '1' });
    await expect(page.getByTestId('link-notices')).toContainText('ranges');
    await expect(page.getByTestId('fracture-stress')).toBeVisible();
  });
});

test.describe('page=sphere', () => {
  // F = 12 µN, 2r = 700 nm, δt = 40 nm: δt/2r = 5.7 % < 10 %, so the
  // automatic model is the first-order A = π r δt; σ = F/A.
  const SIGMA_MPA = 12e-6 / (Math.PI * 350e-9 * 40e-9) / 1e6; // 272.84
  const sphere = { force: '12', d: '700', dt: '40' };

  test('ask=sphere-stress: hidden with every other model and the contact area; checked in kPa', async ({ page }) => {
    await open(page, 'sphere', { ...sphere, ask: 'sphere-stress' });
    await hidden(page, 'sphere-stress', SIGMA_MPA);
    for (const id of ['stress-first', 'stress-cap', 'stress-barrel', 'sphere-model', 'sphere-plot', 'estar']) {
      await expect(page.getByTestId(id), id).toHaveCount(0);
    }
    await readOnly(page, 'force');
    await readOnly(page, 'model');
    await answers(page, {
      wrong: `${sig(SIGMA_MPA * 2)}`,
      right: `${sig(SIGMA_MPA * 1e3, 5)} kPa`,
      line: `Stress σ = ${sig(SIGMA_MPA)} MPa`,
    });
    await expect(page.getByTestId('exercise-solution')).toContainText('A = π r δt');
    // A student reads the original sources, not this project's files.
    await expect(page.getByTestId('exercise-solution')).not.toContainText('docs/');
  });

  test('on paper with key=1: the answer key, without the Check button', async ({ page }) => {
    await open(page, 'sphere', { ...sphere, ask: 'sphere-stress', key: '1' });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('exercise-key')).toBeVisible();
    await expect(page.getByTestId('exercise-key')).toContainText(`${sig(SIGMA_MPA)} MPa`);
    await expect(page.getByTestId('exercise-check')).toBeHidden();
  });

  test('an unknown ask gets a notice and the calculator', async ({ page }) => {
    await open(page, 'sphere', { ...sphere, ask: 'hertz-force' });
    await expect(page.getByTestId('link-notices')).toContainText('hertz-force');
    await expect(page.getByTestId('sphere-stress')).toHaveText(sig(SIGMA_MPA));
  });
});

test.describe('page=rod', () => {
  // k = 4.5 N/m, ΔX = 820 nm: F = 3.69 µN; on d0 = 410 nm, σ = F/(π d0²/4).
  const FORCE_UN = 4.5 * 820e-9 * 1e6;
  const SIGMA_MPA = (4.5 * 820e-9) / (Math.PI * 410e-9 ** 2 / 4) / 1e6; // 27.949
  const rod = { k: '4.5', dx: '820', d0: '410' };

  test('ask=rod-stress: hidden with the force and the curve; checked in Pa', async ({ page }) => {
    await open(page, 'rod', { ...rod, ask: 'rod-stress' });
    await hidden(page, 'rod-stress', SIGMA_MPA);
    for (const id of ['rod-force', 'rod-true-stress', 'series']) {
      await expect(page.getByTestId(id), id).toHaveCount(0);
    }
    await readOnly(page, 'd0');
    await readOnly(page, 'section');
    await answers(page, {
      wrong: `${sig(SIGMA_MPA * 0.5)} MPa`,
      right: `${sig(SIGMA_MPA * 1e6, 5)} Pa`,
      line: `Stress σ = ${sig(SIGMA_MPA)} MPa`,
    });
    await expect(page.getByTestId('exercise-solution')).toContainText('F = k · ΔX');
    // A student reads the original sources, not this project's files.
    await expect(page.getByTestId('exercise-solution')).not.toContainText('docs/');
  });

  test('ask=rod-force: the force in nN, without the stress or the section', async ({ page }) => {
    await open(page, 'rod', { ...rod, ask: 'rod-force' });
    await hidden(page, 'rod-force', FORCE_UN);
    await expect(page.getByTestId('rod-stress')).toHaveCount(0);
    await expect(page.getByTestId('d0')).toHaveCount(0);
    await answers(page, {
      wrong: '3.2 µN',
      right: `${sig(FORCE_UN * 1e3)} nN`,
      line: `Force F = ${sig(FORCE_UN)} µN`,
    });
  });

  test('an unknown ask gets a notice and the calculator', async ({ page }) => {
    await open(page, 'rod', { ...rod, ask: 'rod-strain' });
    await expect(page.getByTestId('link-notices')).toContainText('rod-strain');
    await expect(page.getByTestId('rod-stress')).toHaveText(sig(SIGMA_MPA));
  });
});

test.describe('page=creep', () => {
  // Na's power law (n = 5, A = 0.53 MPa⁻ⁿ s⁻¹ at 298 K, Q = 42 kJ/mol) at
  // 0.3 MPa and 310 K: ε̇ = 0.53 × 0.3⁵ × exp[−(42000/R)(1/310 − 1/298)].
  const R = 8.314462618;
  const RATE = 0.53 * 0.3 ** 5 * Math.exp((-42000 / R) * (1 / 310 - 1 / 298)); // 2.482e-3 /s
  const creep = { metal: 'Na', sigma: '0.3', t: '310' };

  test('ask=rate-power-law: hidden with every other rate and the map; worked out', async ({ page }) => {
    await open(page, 'creep', { ...creep, ask: 'rate-power-law' });
    await hidden(page, 'rate-power-law', RATE);
    for (const id of ['rate-total', 'rate-nh', 'rate-coble', 'dominant', 'stress-for-rate', 'relax-time', 'creep-map']) {
      await expect(page.getByTestId(id), id).toHaveCount(0);
    }
    for (const id of ['sigma', 't', 'creep-n', 'creep-a', 'creep-q', 'creep-tref', 'metal']) {
      await readOnly(page, id);
    }
    await expect(page.getByTestId('creep-n')).toHaveValue('5');
    await answers(page, {
      wrong: '0.004',
      right: `${RATE.toExponential(3).replace('e', '×10^')} 1/s`,
      line: `Power-law creep ε̇ = ${sig(RATE)} 1/s`,
    });
    await expect(page.getByTestId('exercise-solution')).toContainText('ε̇ = A · σⁿ · exp[−(Q/R)(1/T − 1/T_ref)]');
  });

  test('an unknown ask gets a notice and the calculator', async ({ page }) => {
    await open(page, 'creep', { ...creep, ask: 'rate-total' });
    await expect(page.getByTestId('link-notices')).toContainText('rate-total');
    await expect(page.getByTestId('rate-power-law')).toHaveText(sig(RATE));
  });
});
