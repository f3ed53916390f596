// Course material: embed mode in an iframe, the single-file build from disk,
// offline after the first visit, printing, and serving under a sub-path.
import { test as base, expect } from '@playwright/test';
import { test, FARADAY, sig, gotoWaitsForReady, showExample } from './fixtures.mjs';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';

const CALCULATORS = ['stress', 'fracture', 'sphere', 'rod'];
// Every calculator prints on one sheet (the README says so; the materials
// and paper pages' reference tables take several).
const PRINTED = ['stress', 'fracture', 'sphere', 'rod', 'data', 'creep'];

// ---- Embed mode -------------------------------------------------------------

test('embed mode shows the calculator alone, with a link to the full page', async ({ page }) => {
  await page.goto('./?page=fracture&embed=1');
  await expect(page.getByTestId('fracture-stress')).toHaveText('252.3');
  await expect(page.locator('nav')).toHaveCount(0);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.getByTestId('open-full')).toHaveAttribute('href', /page=fracture/);
  await expect(page.getByTestId('open-full')).not.toHaveAttribute('href', /embed=1/);
  await expect(page.locator('html')).toHaveClass(/embed/);
  await page.getByTestId('flaw').fill('10');
  await expect(page).toHaveURL(/embed=1/);
});

test('embed mode: "open the full page" carries the current inputs, without embed', async ({ page, context }) => {
  await page.goto('./?page=fracture&embed=1');
  await page.getByTestId('flaw').fill('10');
  await expect(page).toHaveURL(/flaw=10/);
  const [full] = await Promise.all([context.waitForEvent('page'), page.getByTestId('open-full').click()]);
  await full.waitForLoadState();
  expect(full.url()).toMatch(/flaw=10/);
  expect(full.url()).not.toMatch(/embed=/);
  // 1e6 / √(π·1e-5) = 178.4 MPa
  await expect(full.getByTestId('fracture-stress')).toHaveText('178.4');
  await expect(full.locator('nav')).toBeVisible();
});

async function hostWithEmbed(page, context, url, width) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(url);
  await page.getByTestId('copy-embed').click();
  await expect(page.getByTestId('copy-status')).toHaveText(/^Embed code copied/);
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/^<iframe src="[^"]*embed=1"/);
  await page.setViewportSize({ width, height: 700 });
  // A course page: text above and below the snippet, as pasted by a teacher.
  await page.setContent(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0;font-family:sans-serif">
    <script>window.messages = []; addEventListener('message', (e) => window.messages.push(e.data));</script>
    <h1>Week 3: dendrites</h1><div style="height:600px">Reading…</div>${code}<div style="height:1500px">Questions…</div></body></html>`);
  const frame = page.frameLocator('iframe[data-ecm-calc]');
  return { code, frame };
}

for (const key of CALCULATORS) {
  test(`${key}: the embed code sizes its iframe from the page's messages at 320 px, with no inner scroll bars`, async ({ page, context }) => {
    const { frame } = await hostWithEmbed(page, context, `./?page=${key}`, 320);
    await expect(frame.locator('main h1')).toBeVisible();
    // Both messages arrive: the generic one and Canvas LMS's.
    await expect.poll(() => page.evaluate((k) => window.messages.some((m) => m && m.type === 'ecm-calc:resize' && m.page === k), key)).toBe(true);
    await expect.poll(() => page.evaluate(() => window.messages.some((m) => m && m.subject === 'lti.frameResize' && m.height > 300))).toBe(true);
    // The host set the iframe's height to the content: no vertical or horizontal scrolling inside.
    await expect.poll(async () => {
      const f = page.frames().find((x) => x.url().includes('embed=1'));
      return f.evaluate(() => {
        const d = document.documentElement;
        return d.scrollHeight <= d.clientHeight + 1 && d.scrollWidth <= d.clientWidth + 1;
      });
    }).toBe(true);
    const h = await page.locator('iframe[data-ecm-calc]').evaluate((f) => f.getBoundingClientRect().height);
    expect(h).toBeGreaterThan(400);
  });
}

test('the wheel over an embedded calculator scrolls the course page, not the calculator', async ({ page, context }) => {
  await hostWithEmbed(page, context, './?page=stress', 800);
  await expect.poll(() => page.evaluate(() => window.messages.length)).toBeGreaterThan(0);
  // The host has sized the iframe from the messages (no fixed wait).
  await expect.poll(() => page.evaluate(() => {
    const last = window.messages.filter((m) => m && m.type === 'ecm-calc:resize').at(-1);
    return !!last && document.querySelector('iframe[data-ecm-calc]').style.height === `${Math.ceil(last.height)}px`;
  })).toBe(true);
  const box = await page.locator('iframe[data-ecm-calc]').boundingBox();
  await page.evaluate(() => window.scrollTo(0, 500));
  await page.mouse.move(box.x + box.width / 2, Math.max(box.y, 0) + 100);
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
  // Nothing in the calculator claims touch gestures.
  const f = page.frames().find((x) => x.url().includes('embed=1'));
  const claimed = await f.evaluate(() => [...document.querySelectorAll('*')].filter((e) => !['auto', 'manipulation'].includes(getComputedStyle(e).touchAction)).length);
  expect(claimed).toBe(0);
});

// ---- The single file ----------------------------------------------------------

base('the single-file build works opened from disk, with no server and no network', async ({ page }) => {
  gotoWaitsForReady(page);
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('request', (r) => !/^(file|data|blob):/.test(r.url()) && problems.push(`request: ${r.url()}`));
  const file = resolve('dist/ecm-calc.html');
  expect(readFileSync(file, 'utf8')).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
  await page.goto(`file://${file}?page=stress&metal=Li&dphi=0.25&dphi_unit=V`);
  await expect(page.getByTestId('stress')).toHaveText(sig((0.25 * FARADAY) / 13.0e-6 / 1e6));
  await page.getByTestId('nav-fracture').click();
  await expect(page.getByTestId('fracture-stress')).toHaveText('252.3');
  await expect(page.locator('main canvas')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('the full page links the single file for download', async ({ page }) => {
  await page.goto('./');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-single').click()]);
  expect(download.suggestedFilename()).toBe('ecm-calc.html');
});

// ---- Offline ------------------------------------------------------------------

test('after one visit the page works offline, on any calculator', async ({ page, context }) => {
  await page.goto('./?page=stress');
  await expect(page.getByTestId('stress')).toHaveText('407.1');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('stress')).toHaveText('407.1');
  await page.goto('./?page=fracture&flaw=10');
  // 1e6 / √(π·1e-5) = 178.4 MPa
  await expect(page.getByTestId('fracture-stress')).toHaveText('178.4');
  await context.setOffline(false);
});

// ---- Print ----------------------------------------------------------------------

for (const key of PRINTED) {
  for (const format of ['A4', 'Letter']) {
    test(`${key} prints on one ${format} page`, async ({ page }) => {
      await page.goto(`./?page=${key}`);
      await showExample(page, key);
      await expect(page.locator('main canvas').first()).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      // What must be on paper is visible in print: a calculator's inputs,
      // results, equations and plot.
      for (const sel of ['main input[type=text]', 'main .result', 'main canvas']) await expect(page.locator(sel).first()).toBeVisible();
      if (key !== 'data') await expect(page.locator('main math').first()).toBeVisible();
      await expect(page.locator('nav')).toBeHidden();
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${key} on ${format}`).toBe(1);
    });
  }
}

test('charts drawn dark are redrawn light for printing, and dark again after', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?page=stress');
  const corner = () => page.getByTestId('stress-plot').evaluate((c) => [...c.getContext('2d').getImageData(2, 2, 1, 1).data].slice(0, 3));
  await expect.poll(corner).toEqual([15, 19, 24]);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect.poll(corner).toEqual([255, 255, 255]);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect.poll(corner).toEqual([15, 19, 24]);
});

// ---- Sub-path -------------------------------------------------------------------

base('served under /courses/ecm/, every page and file loads', async ({ page }) => {
  gotoWaitsForReady(page);
  const failed = [];
  const problems = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  const root = 'http://127.0.0.1:4174/courses/ecm/';
  for (const [key, id, value] of [['', 'home-stress', null], ['stress', 'stress', '407.1'], ['fracture', 'fracture-stress', '252.3'], ['sphere', 'sphere-ratio', '5.000'], ['rod', 'rod-force', '3.600'], ['materials', 'metals-table', null], ['paper', 'table1', null]]) {
    await page.goto(`${root}${key ? `?page=${key}` : ''}`);
    await expect(page.getByTestId(id)).toBeVisible();
    if (value) await expect(page.getByTestId(id)).toHaveText(value);
  }
  await page.getByTestId('nav-fracture').click();
  await expect(page).toHaveURL(/\/courses\/ecm\/\?page=fracture/);
  const sw = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
  expect(sw).toBe(root);
  for (const file of ['ecm-calc.html', 'sw.js']) expect((await page.request.get(root + file)).status()).toBe(200);
  expect(failed).toEqual([]);
  expect(problems).toEqual([]);
});
