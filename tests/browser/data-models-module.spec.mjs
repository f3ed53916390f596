// The test data page comes as two modules: a first visit fetches the
// pillar's (`data`); the models (sphere, AFM, nanoindent, two clocks) are in
// `data_models`, fetched when a link names one or when a test needs them,
// which then takes the page over with the files already opened and every
// input of the link.
import { test, expect, open, sig } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { AFM, jpkAfmCurve } from './synthetic-specimens.mjs';

const { modules } = JSON.parse(readFileSync('dist/modules.json', 'utf8'));

/** The scripts and modules a page fetched. */
function code(page) {
  const fetched = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (/\.(js|wasm)$/.test(name) && !name.startsWith('import-worker')) fetched.push(name);
  });
  return fetched;
}

const both = (key) => [modules[key].js, modules[key].wasm].sort();

// The worked example: the synthetic pillar of test-data.spec.mjs, d = 500 nm,
// 67.6 MPa at its peak: F = 67.6 MPa × π (250 nm)² = 13.27 µN.
const EXAMPLE_PEAK_UN = ((60e6 + 200e6 * (0.05 - 60e6 / 5e9)) * Math.PI * 250e-9 * 250e-9) / 1e-6;

test('a pillar test needs only the first visit\'s module', async ({ page }) => {
  const fetched = code(page);
  await open(page, 'data');
  await page.getByTestId('data-example').click();
  await expect(page.getByTestId('max-force')).toHaveText(sig(EXAMPLE_PEAK_UN));
  await expect(page.getByTestId('loading-modulus')).not.toHaveText('—');
  expect(fetched.sort()).toEqual(both('data'));
});

test('a link that names a model opens the models\' module at once', async ({ page }) => {
  const fetched = code(page);
  await open(page, 'data', { specimen: 'nanoindent', eps: '0.75' });
  await expect(page.getByTestId('empty-state')).toBeVisible();
  expect(fetched.sort()).toEqual(both('data_models'));
  // The link's test and inputs are kept until a file comes.
  expect(new URL(page.url()).searchParams.get('specimen')).toBe('nanoindent');
  expect(new URL(page.url()).searchParams.get('eps')).toBe('0.75');
});

test('an AFM curve opened on the pillar\'s module: the models\' module takes the page over, reads the file again and fits it', async ({ page }) => {
  const fetched = code(page);
  await open(page, 'data');
  await page.getByTestId('data-files').setInputFiles({ name: 'approach.txt', mimeType: 'text/plain', buffer: Buffer.from(jpkAfmCurve()) });
  await page.getByTestId('tip_r').fill('5');
  await expect(page.getByTestId('indent-modulus')).toHaveText(sig(AFM.E / 1e3));
  // Proposed from the file (not named by a link), so the reason is shown.
  await expect(page.getByTestId('specimen-reason')).toContainText('AFM force curve');
  await expect(page.getByTestId('import-summary')).toContainText('JPK force curve text export');
  // One page on screen: the first module's is gone.
  await expect(page.locator('#page-title')).toHaveCount(1);
  await expect(page.getByTestId('nav-data')).toHaveCount(1);
  expect(fetched.sort()).toEqual([...both('data'), ...both('data_models')].sort());
  expect(new URL(page.url()).searchParams.get('specimen')).toBe('afm');
});

test('files opened one after another are all handed over, and the last one opened is shown', async ({ page }) => {
  await open(page, 'data');
  await page.getByTestId('data-example').click();
  await expect(page.getByTestId('max-force')).toHaveText(sig(EXAMPLE_PEAK_UN));
  await page.getByTestId('data-files').setInputFiles({ name: 'approach.txt', mimeType: 'text/plain', buffer: Buffer.from(jpkAfmCurve()) });
  await page.getByTestId('tip_r').fill('5');
  await expect(page.getByTestId('indent-modulus')).toHaveText(sig(AFM.E / 1e3));
  await expect(page.getByTestId('import-summary')).toContainText('JPK force curve text export');
  await expect(page.locator('#test-choice option')).toHaveText(['example_pillar.hld', 'approach.txt']);
  // A sphere's empty diameter in the link is read back without a notice.
  await page.getByTestId('specimen').selectOption('sphere');
  await expect(page.getByTestId('ds')).toBeVisible();
  await expect(page.getByTestId('link-notices')).not.toContainText('ds');
});

test('a test picked while the models download wins over the file\'s proposal', async ({ page }) => {
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route(/data_models-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await open(page, 'data');
  await page.getByTestId('data-files').setInputFiles({ name: 'approach.txt', mimeType: 'text/plain', buffer: Buffer.from(jpkAfmCurve()) });
  await expect(page.getByTestId('models-loading')).toBeVisible();
  await page.getByTestId('specimen').selectOption('pillar');
  await page.getByTestId('dt').fill('500');
  await expect(page).toHaveURL(/dt=500/);
  release();
  // The models' module takes over: still a pillar, with its diameter.
  await expect(page.getByTestId('models-loading')).toHaveCount(0);
  await expect(page.getByTestId('specimen')).toHaveValue('pillar');
  await expect(page.getByTestId('dt')).toHaveValue('500');
  await expect(page.getByTestId('import-summary')).toContainText('JPK force curve text export');
});

test('inputs changed before the hand-over are kept, and the example is not reset', async ({ page }) => {
  await open(page, 'data');
  await page.getByTestId('data-example').click();
  await expect(page.getByTestId('max-force')).toHaveText(sig(EXAMPLE_PEAK_UN));
  await page.getByTestId('dt').fill('600');
  await expect(page).toHaveURL(/dt=600/);
  await page.getByTestId('specimen').selectOption('sphere');
  await expect(page.getByTestId('ds')).toBeVisible();
  await expect(page.getByTestId('import-summary')).toContainText('TriboScan .hld');
  await page.getByTestId('specimen').selectOption('pillar');
  await expect(page.getByTestId('dt')).toHaveValue('600');
  // The maximum force is the file's, whatever the diameter.
  await expect(page.getByTestId('max-force')).toHaveText(sig(EXAMPLE_PEAK_UN));
  // 67.6 MPa × (500/600)²: the stress on the wider section.
  const peak = 60e6 + 200e6 * (0.05 - 60e6 / 5e9);
  await expect(page.getByTestId('max-stress')).toHaveText(sig((peak * (500 / 600) ** 2) / 1e6));
});

test.describe(() => {
  // Without the offline worker, which would have the module from its cache.
  test.use({ serviceWorkers: 'block' });
test('when the models cannot be downloaded the page says so, and the pillar\'s analysis goes on', async ({ page }) => {
  // The failed request is the point of this test.
  page.removeAllListeners('console');
  await page.route(/data_models-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
  await open(page, 'data');
  await page.getByTestId('data-example').click();
  await expect(page.getByTestId('max-force')).toHaveText(sig(EXAMPLE_PEAK_UN));
  await page.getByTestId('specimen').selectOption('afm');
  await expect(page.getByTestId('models-loading')).toContainText('could not be loaded');
  await page.getByTestId('specimen').selectOption('pillar');
  await expect(page.getByTestId('max-force')).toHaveText(sig(EXAMPLE_PEAK_UN));
  await expect(page.getByTestId('loading-modulus')).not.toHaveText('—');
  await expect(page.locator('#panic-notice')).toBeHidden();
});
});
