// A `test` that fails on any console error, uncaught page error, dialog, or
// request to a host other than the page's own.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
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

/** F in C/mol, as SCIENCE.md gives it. */
export const FARADAY = 96485.332;

/** Rounds to `sig` significant figures the way the page shows numbers. */
export function sig(x, n = 4) {
  const e = Math.floor(Math.log10(Math.abs(x)));
  const decimals = Math.max(0, n - 1 - e);
  return x.toFixed(decimals);
}
