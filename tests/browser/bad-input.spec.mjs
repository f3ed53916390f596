// Bad input in every field of every page: a message next to the field naming
// it and its valid range, "—" for the results that depend on it, nothing
// else broken, and the field recovers when a good value is typed again.
import { test, expect, open } from './fixtures.mjs';

const HUGE = '1'.repeat(10_000);
const BAD = ['', '-', 'abc', '-5', '0', '1e400', 'NaN', '1,5', '  12  ', HUGE, 'x'.repeat(10_000)];
// Never a number, whatever the field.
const ALWAYS_BAD = new Set(['', '-', 'abc', '1e400', 'NaN', '1,5', HUGE, 'x'.repeat(10_000)]);

// page, setup query, [field id, result that depends on it]
const FIELDS = [
  ['stress', {}, [['dphi', 'stress']]],
  ['stress', { dir: 'to-overpotential' }, [['sigma', 'overpotential']]],
  ['stress', { metal: 'custom-vm' }, [['vm', 'stress']]],
  ['stress', { metal: 'custom-mrho' }, [['m', 'stress'], ['rho', 'stress']]],
  ['stress', { ranges: '1', dphi_max: '150' }, [['dphi-max', 'stress', { msg: 'dphi-msg', label: 'dphi' }]]],
  ['fracture', { ranges: '1', flaw_max: '8' }, [['flaw-max', 'fracture-stress', { msg: 'flaw-msg', label: 'flaw' }]]],
  ['fracture', {}, [['kic', 'fracture-stress'], ['flaw', 'fracture-stress'], ['dphi', 'applied-stress']]],
  ['fracture', { geometry: 'custom', metal: 'custom' }, [['y', 'fracture-stress'], ['vm', 'critical-overpotential']]],
  ['sphere', {}, [['force', 'sphere-stress'], ['d', 'sphere-stress'], ['dt', 'sphere-stress'], ['e', 'estar'], ['nu', 'estar'], ['y', 'yield-approach']]],
  ['sphere', { plate: 'elastic' }, [['e2', 'estar'], ['nu2', 'estar']]],
  ['rod', {}, [['k', 'rod-force'], ['dx', 'rod-force'], ['d0', 'rod-stress'], ['l0', 'rod-eng-strain'], ['l', 'rod-eng-strain']]],
  ['rod', { section: 'current' }, [['d', 'rod-stress']]],
  ['rod', { section: 'contact' }, [['dc', 'rod-stress']]],
];

// Fields on the rod page's series analysis need a series first.
const SERIES_FIELDS = [['offset', 'series-yield'], ['wlo', 'series-modulus'], ['whi', 'series-modulus']];

// `opts` for a range's upper end: the message and label it shares with its field.
async function checkField(page, id, result, opts = {}) {
  const field = page.getByTestId(id);
  const msg = page.getByTestId(opts.msg ?? `${id}-msg`);
  const label = (await page.locator(`label[for="${opts.label ?? id}"]`).first().textContent()).trim();
  const good = await field.inputValue();
  const expected = await page.getByTestId(result).textContent();
  expect(expected, `${result} before editing ${id}`).not.toBe('—');
  for (const value of BAD) {
    const shown = JSON.stringify(value.length > 20 ? `${value.slice(0, 5)}…(${value.length})` : value);
    await field.fill(value);
    // An empty upper end means a single value, so it is accepted.
    const mustFail = ALWAYS_BAD.has(value) && !(opts.msg && value === '');
    if (mustFail) await expect(msg, `${id} = ${shown}`).not.toBeEmpty();
    const text = (await msg.textContent()).trim();
    if (text) {
      expect(text, `${id} = ${shown}: the message names the field`).toContain(label.replace(/ \(.*$/, ''));
      expect(text, `${id} = ${shown}: the message gives the valid range`).toMatch(/between|greater than|at least/);
      await expect(page.getByTestId(result), `${result} with ${id} = ${shown}`).toHaveText('—');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    } else {
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    }
  }
  await field.fill(good);
  await expect(msg).toBeEmpty();
  await expect(page.getByTestId(result)).toHaveText(expected);
}

for (const [key, setup, fields] of FIELDS) {
  test(`bad input on ${key} ${new URLSearchParams(setup)}: ${fields.map((f) => f[0]).join(', ')}`, async ({ page }) => {
    await open(page, key, setup);
    for (const [id, result, opts] of fields) await checkField(page, id, result, opts);
  });
}

test('bad input in the series analysis fields: offset and the fit window', async ({ page }) => {
  await open(page, 'rod', { window: 'manual', wlo: '0', whi: '1' });
  await page.getByTestId('series-example').click();
  for (const [id, result] of SERIES_FIELDS) await checkField(page, id, result);
});

test('the materials filter takes any text, and the other pages still work after bad input', async ({ page }) => {
  await open(page, 'materials');
  for (const v of BAD) {
    await page.getByTestId('filter').fill(v);
    // The tables, or the line that says nothing matches.
    await expect(page.locator('main table:visible, [data-testid=filter-no-match]:visible').first()).toBeVisible();
  }
  await open(page, 'fracture', { flaw: 'abc' });
  await page.getByTestId('nav-stress').click();
  await expect(page.getByTestId('stress')).toHaveText('407.1');
  await page.getByTestId('nav-sphere').click();
  await expect(page.getByTestId('sphere-ratio')).toHaveText('5.000');
});
