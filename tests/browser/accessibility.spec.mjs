// Accessibility: axe-core on every page in both themes, labels, keyboard use,
// text alternatives of plots.
import { test, expect, open, showExample } from './fixtures.mjs';
import AxeBuilder from '@axe-core/playwright';

const PAGES = ['', 'stress', 'fracture', 'sphere', 'rod', 'data', 'creep', 'materials', 'paper'];

for (const scheme of ['light', 'dark']) {
  for (const key of PAGES) {
    test(`axe finds no violations: ${key || 'home'}, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, key);
      await showExample(page, key);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')})`);
      expect(summary).toEqual([]);
    });
  }
}

test('the dark theme chosen with the toggle also passes axe', async ({ page }) => {
  await open(page, 'fracture');
  await page.getByTestId('theme').click();
  await page.getByTestId('theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

for (const key of PAGES) {
  test(`every control has an accessible name and every plot a text alternative: ${key || 'home'}`, async ({ page }) => {
    await open(page, key);
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea, button')]
        .filter((e) => {
          const byLabel = e.labels && [...e.labels].some((l) => l.textContent.trim());
          const byAria = (e.getAttribute('aria-label') || '').trim() || e.getAttribute('aria-labelledby');
          const byText = e.tagName === 'BUTTON' && e.textContent.trim();
          return !(byLabel || byAria || byText);
        })
        .map((e) => e.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
    for (const canvas of await page.locator('main canvas').all()) {
      await expect(canvas).toHaveAttribute('role', 'img');
      const describedBy = await canvas.getAttribute('aria-describedby');
      await expect(page.locator(`#${describedBy}`)).toHaveText(/\w{3,}.{40,}/);
    }
  });
}

test('keyboard only: tab to the overpotential field, type, and the result changes', async ({ page }) => {
  await open(page, 'stress');
  await page.locator('body').focus();
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.dataset?.testid === 'dphi');
  }
  expect(found).toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('200');
  await expect(page.getByTestId('stress')).toHaveText('814.2');
  // The unit selector is the next stop; arrow keys change it.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('dphi-unit')).toBeFocused();
});

test('keyboard only: the skip link moves focus to the calculator', async ({ page }) => {
  await open(page, 'fracture');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
