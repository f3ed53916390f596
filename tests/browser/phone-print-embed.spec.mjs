// What a student on a phone, a teacher printing or embedding, and a
// researcher checking numbers see: printouts in both colour schemes, no
// value nobody measured, tables, equations and charts at 320 px, the failure
// map with ranges, the embed's theme, and the smaller details.
import { test, expect, open, sig, FARADAY, gotoWaitsForReady } from './fixtures.mjs';
import { jpkAfmCurve } from './synthetic-specimens.mjs';

const CALCULATORS = ['stress', 'fracture', 'sphere', 'rod'];
const PAGES = ['', ...CALCULATORS, 'data', 'creep', 'materials', 'paper'];

/** Relative luminance of a CSS rgb()/rgba() colour. */
function luminance(css) {
  const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// ---- 1. Print -----------------------------------------------------------------

for (const scheme of ['light', 'dark']) {
  test(`printed in ${scheme} mode, every page is dark text on white and names its source and link`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, colorScheme: scheme });
    const page = gotoWaitsForReady(await context.newPage());
    for (const key of PAGES) {
      await open(page, key);
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      const colours = await page.evaluate(() => {
        const main = document.querySelector('main');
        const h1 = main.querySelector('h1');
        return {
          text: getComputedStyle(h1).color,
          body: getComputedStyle(main).color,
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(luminance(colours.text), `${key || 'home'} heading colour ${colours.text}`).toBeLessThan(0.05);
      expect(luminance(colours.body), `${key || 'home'} text colour ${colours.body}`).toBeLessThan(0.05);
      expect(luminance(colours.background), `${key || 'home'} background ${colours.background}`).toBeGreaterThan(0.95);
      const note = page.getByTestId('print-note');
      await expect(note).toBeVisible();
      await expect(page.getByTestId('print-source')).toContainText('doi 10.1021/acsenergylett.0c01214');
      await expect(page.getByTestId('print-source')).toContainText('ACS Energy Letters 2020, 5, 2546');
      await expect(page.getByTestId('print-source')).toContainText('In Situ Observation of Sodium Dendrite Growth');
      // The printed link reopens this page.
      const link = await page.getByTestId('print-link').textContent();
      expect(link).toBe(page.url());
      // Charts are drawn light for paper: the canvas's corner pixel is white.
      for (const canvas of await page.locator('main canvas').all()) {
        await expect
          .poll(() => canvas.evaluate((c) => Array.from(c.getContext('2d').getImageData(2, 2, 1, 1).data).slice(0, 3).join(',')))
          .toBe('255,255,255');
      }
      await page.emulateMedia({ media: 'screen', colorScheme: scheme });
      await expect(note).toBeHidden();
    }
    await context.close();
  });
}

test('the printed link follows the inputs and drops embed mode', async ({ page }) => {
  await page.goto('./?page=fracture&embed=1');
  await page.getByTestId('flaw').fill('10');
  await expect(page).toHaveURL(/flaw=10/);
  await page.emulateMedia({ media: 'print' });
  const link = await page.getByTestId('print-link').textContent();
  expect(link).toMatch(/page=fracture/);
  expect(link).toMatch(/flaw=10/);
  expect(link).not.toMatch(/embed=/);
});

// ---- 2. No made-up numbers ----------------------------------------------------------

test('LiPON has no measured KIC: the field stays empty, asks for a value, and the results wait for one', async ({ page }) => {
  await open(page, 'fracture');
  await page.getByTestId('electrolyte').selectOption('LiPON');
  await expect(page.getByTestId('kic')).toHaveValue('');
  await expect(page.getByTestId('kic-msg')).toContainText('enter a number');
  await expect(page.getByTestId('kic-hint')).toContainText('has not been measured: enter a value');
  for (const id of ['fracture-stress', 'critical-overpotential', 'critical-flaw']) {
    await expect(page.getByTestId(id)).toHaveText('—');
  }
  await expect(page.getByTestId('verdict')).toHaveText('—');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'unknown');
  // The note has no stray punctuation.
  const note = await page.getByTestId('electrolyte-source').textContent();
  expect(note).not.toMatch(/: \.|\. \.|;\s*;|\s[.;,]/);
  expect(note).toContain('LiPON (thin film)');
  // A value typed by the user is used: 1 MPa·√m at 5 µm gives 1/√(π·5 µm) = 252.3 MPa.
  await page.getByTestId('kic').fill('1');
  await expect(page.getByTestId('fracture-stress')).toHaveText(sig(1 / Math.sqrt(Math.PI * 5e-6)));
  // A link naming LiPON opens the same way.
  await open(page, 'fracture', { electrolyte: 'LiPON' });
  await expect(page.getByTestId('kic')).toHaveValue('');
  await expect(page.getByTestId('fracture-stress')).toHaveText('—');
});

// ---- 3–5. Phones: charts, tables, equations ------------------------------------------

test('at 320 px (pixel ratio 3) no equation, table title or chart overflows its box', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 320, height: 700 }, deviceScaleFactor: 3 });
  const page = gotoWaitsForReady(await context.newPage());
  for (const key of PAGES) {
    await open(page, key);
    const over = await page.evaluate(() => {
      const bad = [];
      const right = document.documentElement.clientWidth;
      for (const m of document.querySelectorAll('main .formulas math')) {
        const r = m.getBoundingClientRect();
        const box = m.closest('.equation').getBoundingClientRect();
        if (r.right > box.right + 1 || r.left < box.left - 1 || r.right > right) bad.push(`equation ${m.textContent.slice(0, 20)} ${r.left}–${r.right}`);
      }
      for (const c of document.querySelectorAll('main caption, main h2, .scroll-cue')) {
        const r = c.getBoundingClientRect();
        if (r.width === 0) continue;
        // A title starts inside the screen, so it is seen.
        if (r.left < 0 || r.left > right - 40) bad.push(`title ${c.textContent} at ${r.left}`);
      }
      for (const c of document.querySelectorAll('main canvas')) {
        const r = c.getBoundingClientRect();
        if (r.right > right + 0.5) bad.push(`canvas ${c.id} ends at ${r.right}`);
        if (c.width < 3 * c.clientWidth - 3) bad.push(`canvas ${c.id} drawn at ${c.width} for ${c.clientWidth}`);
      }
      return bad;
    });
    expect(over, key || 'home').toEqual([]);
    // Every equation's symbols are defined next to it.
    for (const eq of await page.getByTestId('equations').all()) {
      await expect(eq.getByTestId('symbols')).toBeVisible();
    }
  }
  await context.close();
});

test('printed at 320 px, a correction\'s values go below its name when they do not fit beside it, inside the page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 320, height: 700 }, deviceScaleFactor: 3 });
  const page = gotoWaitsForReady(await context.newPage());
  await open(page, 'data');
  // An AFM curve ticks the cantilever set-up: k and the sensitivity show.
  await page.getByTestId('data-files').setInputFiles({ name: 'approach.txt', mimeType: 'text/plain', buffer: Buffer.from(jpkAfmCurve()) });
  await expect(page.getByTestId('indent-modulus')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const boxes = await page.evaluate(() => {
    const r = (e) => e.getBoundingClientRect();
    const box = document.querySelector('fieldset.correction');
    return {
      page: document.documentElement.scrollWidth,
      box: [r(box).left, r(box).right],
      fields: [...box.querySelectorAll('.field')].map((f) => [r(f).left, r(f).right, r(f).width]),
    };
  });
  expect(boxes.page).toBeLessThanOrEqual(320);
  expect(boxes.fields.length).toBe(2);
  for (const [left, right, width] of boxes.fields) {
    expect(width).toBeGreaterThan(100);
    expect(left).toBeGreaterThanOrEqual(boxes.box[0]);
    expect(right).toBeLessThanOrEqual(boxes.box[1] + 0.5);
  }
  await context.close();
});

test('the Hertz equation defines R, δ, E₁ and E₂', async ({ page }) => {
  await open(page, 'sphere');
  const symbols = page.getByTestId('symbols');
  for (const s of ['r, R', 'δ', 'E₁, ν₁', 'E₂, ν₂', 'E*']) {
    await expect(symbols.locator('dt', { hasText: s }).first()).toBeVisible();
  }
});

test('at 320 px every table column is reachable, with a visible cue, and table titles show', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 320, height: 700 } });
  const page = gotoWaitsForReady(await context.newPage());
  const cases = [
    ['paper', 'table1', 'Strength'],
    ['paper', 'worked-table', 'Verdict'],
    ['materials', 'metals-table', 'Melting point'],
    ['materials', 'electrolytes-table', 'Fracture toughness'],
  ];
  for (const [key, table, column] of cases) {
    await open(page, key);
    const t = page.getByTestId(table);
    const wrap = t.locator('xpath=..');
    // The cue above the table names what is off to the side.
    await expect(wrap.locator('xpath=preceding-sibling::p[1]')).toHaveClass(/scroll-cue/);
    await expect(wrap.locator('xpath=preceding-sibling::p[1]')).toBeVisible();
    expect(await wrap.evaluate((w) => w.scrollWidth > w.clientWidth)).toBe(true);
    // Scrolled sideways, the key column comes on screen.
    const th = t.locator('thead th', { hasText: column }).first();
    await th.scrollIntoViewIfNeeded();
    expect(await wrap.evaluate((w) => w.scrollLeft)).toBeGreaterThan(0);
    const box = await th.boundingBox();
    expect(box.x + box.width, `${column} of ${table}`).toBeLessThanOrEqual(321);
    expect(box.x, `${column} of ${table}`).toBeGreaterThanOrEqual(0);
  }
  // Materials table titles are seen at the left edge.
  await open(page, 'materials');
  for (const title of ['Metals', 'Solid electrolytes']) {
    const box = await page.locator('caption', { hasText: title }).boundingBox();
    expect(box.x).toBeLessThan(40);
  }
  await context.close();
});

test('on a phone the header leaves most of the screen to the calculator', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  const page = gotoWaitsForReady(await context.newPage());
  for (const key of CALCULATORS) {
    await open(page, key);
    const h = await page.locator('.site-header').evaluate((e) => e.getBoundingClientRect().height);
    expect(h, key).toBeLessThan(170);
    // Every page is still one tap away: the links are in the (scrolling) row.
    await expect(page.getByTestId('nav-paper')).toBeAttached();
  }
  await context.close();
});

// ---- 6. The failure map with ranges ------------------------------------------------

test('with ranges the failure map shows a band and a box, and its caption agrees with the verdict', async ({ page }) => {
  await open(page, 'fracture', { ranges: '1', kic: '0.4', kic_max: '1.5', flaw: '5', flaw_max: '13', dphi: '50', dphi_max: '100' });
  // By hand (Li, Vm 13 cm³/mol): Δφc = KIC·Vm/(F·√(πa)) spans 0.4 MPa·√m at 13 µm
  // to 1.5 MPa·√m at 5 µm: 8.44 to 51.0 mV, which 50–100 mV overlaps.
  const dphic = (k, a) => (k * 1e6 * 13e-6) / (FARADAY * Math.sqrt(Math.PI * a)) * 1e3;
  expect(dphic(1.5, 5e-6)).toBeGreaterThan(50);
  expect(dphic(0.4, 13e-6)).toBeLessThan(100);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'uncertain');
  const alt = page.getByTestId('failure-map-alt');
  await expect(alt).toContainText('boundary is a band');
  await expect(alt).toContainText('across the fracture boundary (uncertain)');
  await expect(alt).not.toContainText('in the fracture region');
  // A clearly safe box: 1–2 mV is below every boundary.
  await page.getByTestId('dphi').fill('1');
  await page.getByTestId('dphi-max').fill('2');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'safe');
  await expect(alt).toContainText('in the safe region');
});

test('a range typed backwards is refused with a message naming both ends', async ({ page }) => {
  await open(page, 'fracture', { ranges: '1', kic: '1.5', kic_max: '0.4' });
  await expect(page.getByTestId('kic-msg')).toContainText('the upper end (0.4 MPa·√m) is below the lower end (1.5 MPa·√m)');
  await expect(page.getByTestId('fracture-stress')).toHaveText('—');
  await expect(page.getByTestId('verdict')).toHaveText('—');
  await expect(page.getByTestId('failure-map-alt')).toContainText('No plot yet');
  // Typed the right way round, it is read.
  await page.getByTestId('kic').fill('0.4');
  await page.getByTestId('kic-max').fill('1.5');
  await expect(page.getByTestId('kic-msg')).toBeEmpty();
  await expect(page.getByTestId('fracture-stress')).toContainText('–');
});

// ---- 7. Embeds ---------------------------------------------------------------------

test('theme=light in an embed link wins over a dark system setting, and theme=dark over a light one', async ({ browser, baseURL }) => {
  for (const [system, asked, bg] of [['dark', 'light', 255], ['light', 'dark', 15]]) {
    const context = await browser.newContext({ baseURL, colorScheme: system });
    const page = gotoWaitsForReady(await context.newPage());
    await page.goto(`./?page=stress&embed=1&theme=${asked}`);
    await expect(page.getByTestId('stress')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', asked);
    const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(Number(colour.match(/\d+/)[0])).toBe(bg);
    // The chart follows: its corner pixel is the page's background.
    const canvas = page.locator('main canvas').first();
    await expect.poll(() => canvas.evaluate((c) => c.getContext('2d').getImageData(2, 2, 1, 1).data[0])).toBe(bg);
    // Editing keeps the theme in the address.
    await page.getByTestId('dphi').fill('50');
    await expect(page).toHaveURL(new RegExp(`theme=${asked}`));
    await context.close();
  }
});

test('"Copy embed code" offers the theme chosen with the theme button; "Copy link" in an embed copies the full page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, 'stress');
  await page.getByTestId('copy-embed').click();
  let code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).not.toMatch(/theme=/);
  await expect(page.getByTestId('copy-status')).toContainText("follows each visitor's theme");
  await page.getByTestId('theme').click(); // system → light
  await expect(page.getByTestId('theme')).toHaveText('Theme: light');
  await page.getByTestId('copy-embed').click();
  code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/theme=light&amp;embed=1/);
  await expect(page.getByTestId('copy-status')).toContainText('always light');
  // Inside the embed, Copy link gives the page with navigation.
  const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  await page.goto(src);
  await page.getByTestId('copy-link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).not.toMatch(/embed=/);
  expect(link).toMatch(/page=stress/);
  await page.goto(link);
  await expect(page.locator('nav')).toBeVisible();
});

test('a bad theme in a link gets a notice', async ({ page }) => {
  await page.goto('./?page=stress&theme=blue');
  await expect(page.getByTestId('stress')).toBeVisible();
  await expect(page.getByTestId('link-notices')).toContainText('“blue” for “theme”');
});

// ---- 8. Smaller items ----------------------------------------------------------------

test('the overpotential slider writes round numbers into the field', async ({ page }) => {
  await open(page, 'stress');
  const slider = page.getByRole('slider').first();
  await slider.focus();
  for (let i = 0; i < 7; i += 1) {
    await page.keyboard.press('ArrowRight');
    const v = await page.getByTestId('dphi').inputValue();
    expect(v, `step ${i}`).toMatch(/^\d+$/);
    expect(Number(v) % 5, v).toBe(0);
  }
});

test('sig=9 in a link gets the notice the docs promise, and captions follow the significant figures', async ({ page }) => {
  await page.goto('./?page=stress&sig=9');
  await expect(page.getByTestId('stress')).toBeVisible();
  await expect(page.getByTestId('link-notices')).toContainText('“9” for “sig”');
  // 100 mV on Na (23.7 cm³/mol): 0.1·F/23.7e-6 = 407.1107 MPa.
  const sigma = (0.1 * FARADAY) / 23.7e-6 / 1e6;
  await page.getByTestId('sig').selectOption('6');
  await expect(page.getByTestId('stress')).toHaveText(sig(sigma, 6));
  await expect(page.getByTestId('stress-plot-alt')).toContainText(`Your point: 100.000 mV, ${sig(sigma, 6)} MPa.`);
});

test('a plain-number field message has no stray spaces', async ({ page }) => {
  await open(page, 'fracture', { geometry: 'custom', y: '0' });
  await expect(page.getByTestId('y-msg')).toHaveText('Geometry factor Y must be between 0.1 and 10; got 0.');
});

test('the paper page names the paper: title, journal and DOI', async ({ page }) => {
  await open(page, 'paper');
  const cite = page.getByTestId('paper-citation');
  await expect(cite).toContainText('In Situ Observation of Sodium Dendrite Growth and Concurrent Mechanical Property Measurements');
  await expect(cite).toContainText('ACS Energy Letters 2020, 5, 2546–2559');
  await expect(cite).toContainText('10.1021/acsenergylett.0c01214');
});
