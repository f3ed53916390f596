// One way in for a measured series: the rod page's pasted or opened curve is
// read as the test data page reads a table (any separator, decimal commas,
// Latin-1) and analysed by the same pipeline, so the same text gives the same
// numbers on both pages; a stress–strain table is one more input on the test
// data page. Every expected number is worked out here from the curve that
// makes the text.
import { test, expect, open, sig } from './fixtures.mjs';

// E = 2 GPa to 30 MPa (1.5 %), then 200 MPa per unit strain, to 12 %.
const E = 2e9;
const YIELD = 30e6;
const H = 200e6;
const stress = (e) => (e <= YIELD / E ? E * e : YIELD + H * (e - YIELD / E));
const MAX = stress(0.12); // 51 MPa at 12 %
// 0.2 % offset: E(ε − 0.002) = 30 MPa + H(ε − 0.015), on the straight
// hardening part, so the interpolation between points is exact.
const OFFSET_STRAIN = (YIELD - H * 0.015 + E * 0.002) / (E - H);
const OFFSET_YIELD = E * (OFFSET_STRAIN - 0.002); // 30.44 MPa

/** The curve as a German spreadsheet writes it: semicolons, decimal commas, % and MPa. */
function germanTable() {
  const rows = ['Dehnung (%);Spannung (MPa)'];
  for (let i = 0; i <= 120; i++) {
    const e = i * 0.001;
    rows.push(`${(e * 100).toFixed(1).replace('.', ',')};${(stress(e) / 1e6).toFixed(4).replace('.', ',')}`);
  }
  return rows.join('\n');
}

test('the same German paste gives the same numbers on the rod page and the test data page', async ({ page }) => {
  await open(page, 'rod');
  await page.getByTestId('series').fill(germanTable());
  await expect(page.getByTestId('series-msg')).toHaveText('');
  await expect(page.getByTestId('series-modulus')).toHaveText(sig(E / 1e9));
  await expect(page.getByTestId('series-yield')).toHaveText(sig(OFFSET_YIELD / 1e6));
  await expect(page.getByTestId('series-max')).toHaveText(sig(MAX / 1e6));
  await expect(page.getByTestId('series-max-strain')).toHaveText(sig(12));
  const rod = {};
  for (const id of ['series-modulus', 'series-yield', 'series-max', 'series-max-strain', 'series-r2']) rod[id] = await page.getByTestId(id).textContent();

  await open(page, 'data');
  await page.locator('details.paste summary').click();
  await page.getByTestId('data-paste').fill(germanTable());
  await page.getByTestId('data-paste-read').click();
  // The headers propose strain and stress: no geometry is needed.
  await expect(page.getByTestId('role-1')).toHaveValue('strain');
  await expect(page.getByTestId('role-2')).toHaveValue('stress');
  await expect(page.getByTestId('loading-modulus')).toHaveText(rod['series-modulus']);
  await expect(page.getByTestId('yield-stress')).toHaveText(rod['series-yield']);
  await expect(page.getByTestId('max-stress')).toHaveText(rod['series-max']);
  await expect(page.getByTestId('strain-at-max')).toHaveText(rod['series-max-strain']);
  // What belongs to a specimen says the table has none, rather than a number.
  await expect(page.getByTestId('max-force')).toHaveText('—');
  await expect(page.getByTestId('max-force-why')).toContainText('stress and strain');
  await expect(page.getByTestId('cross-section-why')).toContainText('stress and strain');
  await expect(page.getByTestId('curve-plot-alt')).toContainText('stress and strain');
  await expect(page.getByTestId('test-stress-plot-alt')).not.toContainText('No plot');
  // The link keeps the roles, with the strain in %.
  expect(new URL(page.url()).searchParams.get('cols')).toBe('strain.%,stress.MPa');
});

test('the rod page reads an opened Latin-1 file with decimal commas, and names a binary file', async ({ page }) => {
  await open(page, 'rod');
  // "Spannung (MPa) µ" with µ as the single Latin-1 byte 0xB5, as TriboScan writes it.
  const text = germanTable().replace('Spannung (MPa)', 'Spannung (MPa) \u00b5');
  await page.getByTestId('series-file').setInputFiles({ name: 'kurve.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'latin1') });
  await expect(page.getByTestId('series-modulus')).toHaveText(sig(E / 1e9));
  await expect(page.getByTestId('series-max')).toHaveText(sig(MAX / 1e6));
  await expect(page.getByTestId('series')).toHaveValue(/Spannung \(MPa\) µ/);
  await page.getByTestId('series-file').setInputFiles({ name: 'curve.jpk-force', mimeType: 'application/zip', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 1]) });
  await expect(page.getByTestId('series-msg')).toContainText('curve.jpk-force: this is a zip archive');
  await expect(page.getByTestId('series-modulus')).toHaveText('—');
  // A bad cell names the file, its line and column.
  const bad = germanTable().split('\n');
  bad[5] = '0,4;x';
  await page.getByTestId('series-file').setInputFiles({ name: 'kurve.csv', mimeType: 'text/csv', buffer: Buffer.from(bad.join('\n')) });
  await expect(page.getByTestId('series-msg')).toContainText('kurve.csv, line 6, column 2');
});

test('the rod page\'s chart says what it will draw inside its box until there is a curve', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, 'rod');
  const figure = page.locator('figure.plot', { has: page.getByTestId('series-plot') });
  await expect(figure).toHaveClass(/empty/);
  const caption = page.getByTestId('series-plot-alt');
  await expect(caption).toContainText('No series yet');
  const box = await page.getByTestId('series-plot').boundingBox();
  const text = await caption.boundingBox();
  // The caption sits inside the chart's box, not under an empty rectangle.
  expect(text.y).toBeGreaterThan(box.y);
  expect(text.y + text.height).toBeLessThan(box.y + box.height);
  expect(text.x).toBeGreaterThan(box.x);
  await page.getByTestId('series-example').click();
  await expect(figure).not.toHaveClass(/empty/);
  await expect(caption).not.toContainText('No series yet');
});

test('a table of true stress and true strain is turned back into the engineering curve it came from', async ({ page }) => {
  // The same engineering curve written as true values of a compression at
  // constant volume: ε = −ln(1 − e), σ = s·(1 − e).
  const rows = ['true strain (1),true stress (MPa)'];
  for (let i = 0; i <= 120; i++) {
    const e = i * 0.001;
    rows.push(`${-Math.log(1 - e)},${(stress(e) * (1 - e)) / 1e6}`);
  }
  await open(page, 'data');
  await page.locator('details.paste summary').click();
  await page.getByTestId('data-paste').fill(rows.join('\n'));
  await page.getByTestId('data-paste-read').click();
  await expect(page.getByTestId('role-1')).toHaveValue('tstrain');
  await expect(page.getByTestId('role-2')).toHaveValue('tstress');
  await expect(page.getByTestId('loading-modulus')).toHaveText(sig(E / 1e9));
  await expect(page.getByTestId('max-stress')).toHaveText(sig(MAX / 1e6));
  await expect(page.getByTestId('strain-at-max')).toHaveText(sig(12));
  await expect(page.getByTestId('yield-stress')).toHaveText(sig(OFFSET_YIELD / 1e6));
});

test('the rod page checks a file\'s header units against the columns it was told, and reads UTF-16', async ({ page }) => {
  await open(page, 'rod');
  // A European spreadsheet of displacement (nm) and force (nN), opened while
  // the columns are set to strain and stress: refused, never a number.
  await page.getByTestId('series-file').setInputFiles('crates/ecm-core/tests/data/import/spreadsheet_eu.csv');
  await expect(page.getByTestId('series-msg')).toContainText('column 1');
  await expect(page.getByTestId('series-msg')).toContainText('a length in nm, not a strain');
  await expect(page.getByTestId('series-modulus')).toHaveText('—');
  // Told what the columns are, in their units, it is analysed.
  await page.getByTestId('columns').selectOption('disp-force');
  await page.getByTestId('xu').selectOption('nm');
  await page.getByTestId('yu').selectOption('nN');
  await expect(page.getByTestId('series-msg')).toHaveText('');
  await expect(page.getByTestId('series-modulus')).not.toHaveText('—');
  // Excel's "Unicode Text": UTF-16 with its byte-order mark.
  await page.getByTestId('columns').selectOption('strain-stress');
  const text = germanTable().replace(/\n/g, '\r\n');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await page.getByTestId('series-file').setInputFiles({ name: 'kurve.txt', mimeType: 'text/plain', buffer: utf16 });
  await expect(page.getByTestId('series-modulus')).toHaveText(sig(E / 1e9));
  await expect(page.getByTestId('series-max')).toHaveText(sig(MAX / 1e6));
});

test('a result no material gives is flagged beside the numbers', async ({ page }) => {
  // 300 % strain in compression: a length read as a strain, say.
  const rows = ['strain (1),stress (MPa)'];
  for (let i = 0; i <= 30; i++) rows.push(`${(i * 0.1).toFixed(1)},${i}`);
  await open(page, 'data');
  await page.locator('details.paste summary').click();
  await page.getByTestId('data-paste').fill(rows.join('\n'));
  await page.getByTestId('data-paste-read').click();
  await expect(page.getByTestId('max-stress')).toHaveText(sig(30));
  await expect(page.getByTestId('analysis-warnings')).toContainText('beyond 100 % in compression');
  // In tension the same curve is possible: no such warning.
  await page.getByTestId('mode').selectOption('tension');
  await expect(page.getByTestId('analysis-warnings')).not.toContainText('beyond 100 %');
});
