// Every page is its own WebAssembly module: a visit fetches only that page's
// module (home none), moving between pages loads the next one and keeps the
// settings in use, and a module that cannot load says so.
import { test, expect, open, sig } from './fixtures.mjs';
import { readFileSync } from 'node:fs';

const CALCULATORS = ['stress', 'fracture', 'sphere', 'rod', 'data', 'creep', 'materials', 'paper'];
const { modules, home } = JSON.parse(readFileSync('dist/modules.json', 'utf8'));

/** The scripts and modules a page fetched. */
function code(page) {
  const fetched = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (/\.(js|wasm)$/.test(name)) fetched.push(name);
  });
  return fetched;
}

for (const key of CALCULATORS) {
  test(`${key} fetches its own module and no other page's`, async ({ page }) => {
    const fetched = code(page);
    await open(page, key);
    expect(fetched.sort()).toEqual([modules[key].js, modules[key].wasm].sort());
  });
}

test('home is plain HTML: its own small script, no WebAssembly', async ({ page }) => {
  const fetched = code(page);
  await open(page, '');
  await expect(page.getByTestId('home-stress')).toBeVisible();
  expect(fetched).toEqual([home]);
});

test('a calculator page shows none of the home page, before or after its module starts', async ({ page }) => {
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route(/stress-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  const loaded = page.goto('./?page=stress');
  await expect(page.locator('#home-shell')).toBeAttached({ timeout: 60_000 });
  await expect(page.locator('#home-shell')).toBeHidden();
  await expect(page.getByTestId('home-stress')).toBeHidden();
  release();
  await loaded;
  await expect(page.locator('#home-shell')).toHaveCount(0);
  await expect(page.getByTestId('nav-stress')).toHaveCount(1);
});

test('moving between pages loads the next module, carries the significant figures, and back restores the page', async ({ page }) => {
  await open(page, 'stress', { dphi: '150' });
  await page.getByTestId('sig').selectOption('6');
  await page.getByTestId('nav-fracture').click();
  await expect(page).toHaveURL(/page=fracture.*sig=6/);
  // KIC = 1 MPa·√m at a = 5 µm: 1e6 / √(π·5e-6) Pa, to 6 figures.
  await expect(page.getByTestId('fracture-stress')).toHaveText(sig(1e6 / Math.sqrt(Math.PI * 5e-6) / 1e6, 6));
  await expect(page.getByTestId('sig')).toHaveValue('6');
  await page.goBack();
  await expect(page).toHaveURL(/page=stress.*dphi=150/);
  // 150 mV on Na: 0.15 × 96485.332 / 23.7e-6 Pa, to 6 figures.
  await expect(page.getByTestId('stress')).toHaveText(sig((0.15 * 96485.332) / 23.7e-6 / 1e6, 6));
  await page.goForward();
  await expect(page.getByTestId('fracture-stress')).toBeVisible();
});

test('home: the significant figures chosen there go with its links, and its theme button works', async ({ page }) => {
  await open(page, '');
  await page.getByTestId('sig').selectOption('3');
  await expect(page).toHaveURL(/\?sig=3$/);
  await expect(page.getByTestId('home-stress')).toHaveAttribute('href', '?page=stress&sig=3');
  await page.getByTestId('home-stress').click();
  await expect(page.getByTestId('stress')).toHaveText('407');
  await page.getByTestId('nav-home').click();
  await expect(page).toHaveURL(/\?sig=3$/);
  const theme = page.getByTestId('theme');
  await expect(theme).toHaveText('Theme: system');
  await theme.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await theme.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('nav-sphere').click();
  // The choice is the visitor's: the calculator page opens dark too.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('theme')).toHaveText('Theme: dark');
});

test('home names what a link got wrong, as the calculators do', async ({ page }) => {
  await page.goto('./?colour=red&sig=12&page=nope');
  const notices = page.getByTestId('link-notices');
  await expect(notices).toContainText('“colour”');
  await expect(notices).toContainText('“12” for “sig” should be a whole number from 2 to 8');
  await expect(notices).toContainText('“nope” for “page” is not a page of ecm-calc');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toBeEmpty();
});

test('an embedded page stays embedded when a link inside it is followed', async ({ page }) => {
  await open(page, 'materials', { embed: '1', theme: 'dark' });
  await expect(page.getByTestId('embed-bar')).toBeVisible();
  await page.getByTestId('use-K').click();
  await expect(page).toHaveURL(/page=stress.*metal=K.*theme=dark.*embed=1/);
  await expect(page.getByTestId('embed-bar')).toBeVisible();
  await expect(page.locator('nav')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('home embedded: no header, the embed bar with the full-page link', async ({ page }) => {
  await open(page, '', { embed: '1' });
  await expect(page.locator('header')).toHaveCount(0);
  await expect(page.getByTestId('embed-bar')).toBeVisible();
  await expect(page.getByTestId('open-full')).not.toHaveAttribute('href', /embed/);
});

test('a module that cannot be fetched shows a notice with a retry link, not a blank page', async ({ page }) => {
  // The failed request is the point of this test.
  page.removeAllListeners('console');
  await page.route(/sphere-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
  await page.goto('./?page=sphere');
  await expect(page.locator('#load-error')).toBeVisible();
  await expect(page.getByTestId('load-retry')).toHaveText('try again');
  await expect(page.getByTestId('home-stress')).toHaveCount(0);
});

test('the offline worker holds every page after visiting one', async ({ page, context }) => {
  await open(page, 'paper');
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
  await context.setOffline(true);
  for (const key of ['sphere', 'rod', 'materials']) {
    await page.goto(`./?page=${key}`);
    await expect(page.locator('main h1').first()).toBeVisible();
    await expect(page.locator('#load-error')).toBeHidden();
  }
  await page.goto('./');
  await expect(page.getByTestId('home-rod')).toBeVisible();
  await context.setOffline(false);
});
