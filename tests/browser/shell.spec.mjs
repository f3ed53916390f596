// The page around the calculators: home, navigation, links that restore state,
// themes, notices and the panic notice.
import { test, expect, open, inputValues, resultValues, gotoWaitsForReady } from './fixtures.mjs';

const PAGES = ['stress', 'fracture', 'sphere', 'rod', 'data', 'creep', 'materials', 'paper'];

test('home links every page with a one-line description', async ({ page }) => {
  await open(page, '');
  for (const key of PAGES) {
    const link = page.getByTestId(`home-${key}`);
    await expect(link).toHaveAttribute('href', `?page=${key}`);
    await expect(link.locator('xpath=../..')).toContainText(/\w+.{20,}/);
  }
  await page.getByTestId('home-fracture').click();
  await expect(page).toHaveURL(/page=fracture/);
  await expect(page.getByTestId('fracture-stress')).toHaveText('252.3');
  await page.goBack();
  await expect(page.getByTestId('home-stress')).toBeVisible();
});

test('editing replaces the history entry instead of pushing one', async ({ page }) => {
  await open(page, 'stress');
  const before = await page.evaluate(() => history.length);
  for (const v of ['1', '12', '123']) await page.getByTestId('dphi').fill(v);
  await expect(page).toHaveURL(/dphi=123/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

// Changes made on each calculator before copying its link.
const EDITS = {
  stress: async (p) => {
    await p.getByTestId('metal').selectOption('K');
    await p.getByTestId('dphi-unit').selectOption({ label: 'V' });
    await p.getByTestId('dphi').fill('0.25');
  },
  fracture: async (p) => {
    await p.getByTestId('electrolyte').selectOption('beta-alumina');
    await p.getByTestId('flaw').fill('12.5');
    await p.getByTestId('geometry').selectOption('penny');
    await p.getByTestId('dphi').fill('42');
  },
  sphere: async (p) => {
    await p.getByTestId('model').selectOption('cap');
    await p.getByTestId('force-unit').selectOption({ label: 'nN' });
    await p.getByTestId('force').fill('2500');
    await p.getByTestId('plate').selectOption('elastic');
  },
  rod: async (p) => {
    await p.getByTestId('section').selectOption('current');
    await p.getByTestId('d').fill('400');
    await p.getByTestId('k').fill('3');
    await p.getByTestId('window').selectOption('manual');
    await p.getByTestId('whi').fill('0.5');
  },
  creep: async (p) => {
    await p.getByTestId('metal').selectOption('Li');
    await p.getByTestId('t-unit').selectOption({ label: '°C' });
    await p.getByTestId('t').fill('60');
    await p.getByTestId('sigma-max').fill('200');
    await p.locator('[data-testid=creep-parameters] summary').click();
    await p.getByTestId('creep-qb').fill('30');
  },
  materials: async (p) => p.getByTestId('filter').fill('Na'),
  paper: async (p) => {
    await p.getByTestId('sort-diameter').click();
    await p.getByTestId('sort-diameter').click();
    await p.getByTestId('fit').selectOption('Na_nanoparticle_compression');
    await p.getByTestId('size-d').fill('700');
  },
};

// The test data page's link carries its settings, not the file: its round
// trip, with the file opened again, is in test-data.spec.mjs.
for (const key of PAGES.filter((k) => k !== 'data')) {
  test(`${key}: "Copy link" gives a link that restores inputs and results exactly`, async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, key);
    if (await page.getByTestId('ranges').count()) await page.getByTestId('ranges').check();
    await EDITS[key](page);
    await page.getByTestId('sig').selectOption('5');
    await page.getByTestId('copy-link').click();
    // The rod page's link says it keeps the settings, not a pasted series.
    if (key === 'rod') await expect(page.getByTestId('copy-status')).toContainText('not the pasted series');
    else await expect(page.getByTestId('copy-status')).toHaveText('Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const inputs = await inputValues(page);
    const results = await resultValues(page);
    const tableText = (p) => p.evaluate(() => document.querySelector('main table')?.innerText ?? '');
    const table = await tableText(page);

    // A new browser context: nothing carried over but the link.
    const other = await browser.newContext();
    const fresh = gotoWaitsForReady(await other.newPage());
    await fresh.goto(link);
    await fresh.waitForLoadState();
    await expect(fresh.locator('main h1').first()).toBeVisible();
    await expect.poll(() => inputValues(fresh)).toEqual(inputs);
    await expect.poll(() => resultValues(fresh)).toEqual(results);
    expect(await tableText(fresh)).toBe(table);
    await expect(fresh.getByTestId('link-notices')).toBeEmpty();
    await other.close();
  });
}

test('a link with bad values loads the defaults for them and says so', async ({ page }) => {
  await page.goto('./?page=stress&dphi=abc&metal=Xx&dphi_unit=kV&colour=red');
  await expect(page.getByTestId('stress')).toHaveText('407.1');
  const notices = page.getByTestId('link-notices');
  await expect(notices).toContainText('dphi');
  await expect(notices).toContainText('metal');
  await expect(notices).toContainText('kV');
  await expect(notices).toContainText('colour');
});

test('an out-of-range value from a link stays in its field with the field message', async ({ page }) => {
  await page.goto('./?page=fracture&flaw=-3');
  await expect(page.getByTestId('flaw')).toHaveValue('-3');
  await expect(page.getByTestId('flaw-msg')).toContainText('Flaw size');
  await expect(page.getByTestId('fracture-stress')).toHaveText('—');
});

test('theme toggle cycles system → light → dark and is remembered', async ({ page }) => {
  await open(page, 'stress');
  const theme = page.getByTestId('theme');
  await expect(theme).toHaveText('Theme: system');
  await theme.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await theme.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(15, 19, 24)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('theme').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('a panic shows the notice with a reload link instead of a dead page', async ({ page }) => {
  // The page logs the panic and the WebAssembly trap; those errors are expected here.
  page.removeAllListeners('console');
  page.removeAllListeners('pageerror');
  await page.goto('./?page=stress&debug=panic');
  await expect(page.locator('#panic-notice')).toBeVisible();
  await expect(page.locator('#panic-notice a')).toHaveText('reload the page');
});

test('nothing is fetched but the page’s own files', async ({ page }) => {
  const hosts = new Set();
  page.on('request', (r) => hosts.add(new URL(r.url()).host));
  for (const key of ['', ...PAGES]) await open(page, key);
  expect([...hosts]).toEqual([new URL(page.url()).host]);
});
