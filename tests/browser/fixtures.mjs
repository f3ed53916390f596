// A `test` that fails on any console error, uncaught page error, dialog, or
// request to a host other than the page's own.
import { test as base, expect } from '@playwright/test';

/**
 * Waits until the page says it is drawn (`data-ready` on <html>, set by the
 * home page's script and by every calculator's module once its first render
 * is done), or shows its panic or load-error notice. A first load on a cold,
 * busy machine can take many seconds: this waits for the page, not a clock.
 */
export async function waitReady(page) {
  await page.waitForFunction(
    () => document.documentElement.dataset.ready === '1'
      || ['panic-notice', 'load-error'].some((id) => document.getElementById(id)?.hidden === false),
    null,
    { timeout: 60_000, polling: 50 },
  );
}

/** `page.goto` that returns once the page is ready (see waitReady). */
export function gotoWaitsForReady(page) {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await waitReady(page);
    return response;
  };
  return page;
}

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    gotoWaitsForReady(page);
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        problems.push(`request to another host: ${url}`);
      }
    });
    await use(page);
    expect(problems, 'console errors, page errors, dialogs or foreign requests').toEqual([]);
  },
});

export { expect };

/** F in C/mol, as docs/science.md gives it. */
export const FARADAY = 96485.332;

/** Rounds to `sig` significant figures the way the page shows numbers. */
export function sig(x, n = 4) {
  const rounded = Number(x.toPrecision(n)); // 99.9996 → 100.0, not 100.00
  const e = Math.floor(Math.log10(Math.abs(rounded)));
  const decimals = Math.max(0, n - 1 - e);
  return rounded.toFixed(decimals);
}

/** Opens a calculator page with query parameters (an object or a string). */
export async function open(page, key, params = {}) {
  const q = new URLSearchParams(typeof params === 'string' ? params : { ...(key ? { page: key } : {}), ...params });
  if (typeof params === 'string' && key) q.set('page', key);
  const s = q.toString();
  await page.goto(s ? `./?${s}` : './');
  await waitReady(page);
  await expect(page.locator('main h1').first()).toBeVisible();
}

/** The number shown by a result element (its text without unit). */
export async function resultText(page, id) {
  return (await page.getByTestId(id).textContent()).trim();
}

/** Every text input, select and textarea inside <main>, by id, with its value. */
export async function inputValues(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('main input[id], main select[id], main textarea[id]')]
        .filter((e) => e.type !== 'file')
        .map((e) => [e.id, e.type === 'checkbox' ? String(e.checked) : e.value]),
    ),
  );
}

/** Every result value on the page, by test id. */
export async function resultValues(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('main .result [data-testid]')].map((e) => [e.dataset.testid, e.textContent.trim()]),
    ),
  );
}

/**
 * Puts data on a page that shows more with it: the rod page's example
 * curve, the test data page's worked example (waiting for its results).
 */
export async function showExample(page, key) {
  if (key === 'rod') await page.getByTestId('series-example').click();
  if (key === 'data') {
    await page.getByTestId('data-example').click();
    await expect(page.getByTestId('hardening-exponent')).toHaveText(/\d/);
  }
}

/** A number as the page shows it ("6.297 × 10⁻⁴", "−2.5", "3726") read back. */
export function parseShown(text) {
  const sup = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };
  const t = text.trim().replace(/−/g, '-').replace(/\s/g, '');
  const m = t.match(/^(-?[0-9.]+)(?:×10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/);
  if (!m) return NaN;
  const e = m[2] ? Number([...m[2]].map((c) => sup[c]).join('')) : 0;
  return Number(m[1]) * 10 ** e;
}
