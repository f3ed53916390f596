// A screenshot of every page at 320 px (pixel ratio 3), 360 px and 1440 px
// (pixel ratio 2) in both themes, saved as
// test artifacts (test-results/screenshots/), and a check that no plot is blank.
import { test, expect, open, gotoWaitsForReady, showExample } from './fixtures.mjs';
import { mkdirSync } from 'node:fs';

const PAGES = ['', 'stress', 'fracture', 'sphere', 'rod', 'data', 'creep', 'materials', 'paper'];
const DIR = 'test-results/screenshots';

/** Number of distinct colours on a canvas (up to 3). */
function coloursOf(canvas) {
  const ctx = canvas.getContext('2d');
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const seen = new Set();
  for (let i = 0; i < data.length && seen.size < 3; i += 4 * 7) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
  return seen.size;
}

for (const scheme of ['light', 'dark']) {
  for (const [width, dpr] of [[320, 3], [360, 2], [1440, 2]]) {
    test(`screenshots at ${width} px, ${scheme}`, async ({ browser }, testInfo) => {
      mkdirSync(DIR, { recursive: true });
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: dpr });
      const page = gotoWaitsForReady(await context.newPage());
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      for (const key of PAGES) {
        await open(page, key);
        await showExample(page, key);
        // No horizontal scrolling of the page itself at any width.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${key || 'home'} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
        for (const canvas of await page.locator('main canvas').all()) {
          const id = await canvas.getAttribute('id');
          await expect.poll(() => canvas.evaluate(coloursOf), { message: `${id} is blank` }).toBeGreaterThan(1);
          // Drawn at the screen's pixel density.
          const { w, cw } = await canvas.evaluate((c) => ({ w: c.width, cw: c.clientWidth }));
          expect(Math.abs(w - dpr * cw), `${id} pixel ratio`).toBeLessThanOrEqual(dpr);
        }
        const path = `${DIR}/${key || 'home'}-${width}-${scheme}.png`;
        await page.screenshot({ path, fullPage: true });
        await testInfo.attach(`${key || 'home'}-${width}-${scheme}`, { path, contentType: 'image/png' });
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
}
