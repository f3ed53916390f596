// A course depends on the page never being blank or wrong: load failures end
// in a notice that fits where the page is, sandboxed embeds, the clipboard in
// an embed and from a file, categorical results over ranges, phones, print,
// the materials filter and the wording of notices.
import { test as base, expect } from '@playwright/test';
import { test, open, gotoWaitsForReady, showExample } from './fixtures.mjs';
import { resolve } from 'node:path';

const ROOT = 'http://127.0.0.1:4173/';
const COURSES = 'http://127.0.0.1:4174/courses/ecm/';
const CORS = 'http://127.0.0.1:4175/';
const CALCULATORS = ['stress', 'fracture', 'sphere', 'rod', 'data', 'creep'];
const PAGES = [...CALCULATORS, 'materials', 'paper'];

// ---- Load failures ---------------------------------------------------------------

/**
 * Serves the page with the parser held at the start of <body> (a slow
 * script) until the page's module request has failed: the load-error
 * handler then runs before the notice exists, as on a slow connection.
 */
async function holdParserUntilModuleFails(page, key) {
  await page.route(new RegExp(`/${key}-[0-9a-f]+\\.js$`), (route) => route.abort());
  const failed = new Promise((done) => page.on('requestfailed', (r) => /\.js$/.test(r.url()) && done()));
  await page.route(/\/hold-parser\.js$/, async (route) => {
    await failed;
    await route.fulfill({ contentType: 'text/javascript', body: '/* the parser goes on */' });
  });
  await page.route(/\/\?page=/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<body>', '<body><script src="./hold-parser.js"></script>');
    await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-type': 'text/html; charset=utf-8' } });
  });
}

test('a module that fails before the page is parsed still ends in the notice, without a script error', async ({ page }) => {
  page.removeAllListeners('console'); // the aborted request is logged
  await holdParserUntilModuleFails(page, 'stress');
  await page.goto('./?page=stress');
  await expect(page.getByTestId('load-error')).toBeVisible();
  await expect(page.getByTestId('load-error')).toContainText('could not be loaded');
  await expect(page.getByTestId('load-retry')).toHaveText('try again');
  await expect(page.getByTestId('home-stress')).toHaveCount(0);
});

// The host page registers the offline worker, which could then serve the
// module this test makes fail (requests a worker answers are not routed):
// no worker here.
test.describe('without the offline worker', () => {
  test.use({ serviceWorkers: 'block' });
  test('inside an embed a failed load says so, offers the full page and tells the host its height', async ({ page }) => {
    page.removeAllListeners('console');
    await holdParserUntilModuleFails(page, 'fracture');
    await page.goto('./');
    await page.setContent(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body>
      <script>window.messages = []; addEventListener('message', (e) => window.messages.push(e.data));</script>
      <iframe src="./?page=fracture&embed=1" style="width:340px;height:1730px;border:0"></iframe></body></html>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('load-error')).toBeVisible();
    await expect(frame.getByTestId('load-error')).toContainText('inside this page');
    await expect(frame.getByTestId('load-open-full')).toBeVisible();
    await expect(frame.getByTestId('load-open-full')).not.toHaveAttribute('href', /embed=/);
    await expect.poll(() => page.evaluate(() => window.messages.some((m) => m && m.type === 'ecm-calc:resize' && m.height > 0 && m.height < 600))).toBe(true);
  });
});

test('a panic shows one banner, not also the load-failure notice', async ({ page }) => {
  page.removeAllListeners('console'); // the panic is logged
  page.removeAllListeners('pageerror');
  await page.goto('./?page=stress&debug=panic');
  await expect(page.locator('#panic-notice')).toBeVisible();
  // The loader records that the module stopped after it had started.
  await page.waitForFunction(() => document.documentElement.dataset.loadFailure === 'after-start');
  await expect(page.getByTestId('load-error')).toBeHidden();
});

// ---- Sandboxed embeds ---------------------------------------------------------------

async function sandboxed(page, src) {
  gotoWaitsForReady(page);
  await page.goto(COURSES);
  await page.setContent(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body>
    <script>window.messages = []; addEventListener('message', (e) => window.messages.push(e.data));
    addEventListener('message', (e) => { const f = document.querySelector('iframe'); if (e.data && e.data.type === 'ecm-calc:resize') f.style.height = Math.ceil(e.data.height) + 'px'; });</script>
    <iframe sandbox="allow-scripts" src="${src}" style="width:360px;height:1730px;border:0"></iframe></body></html>`);
  return page.frameLocator('iframe');
}

base('a sandboxed iframe on a host without the CORS header names the fix instead of staying empty', async ({ page }) => {
  const frame = await sandboxed(page, `${ROOT}?page=stress&embed=1`);
  await expect(frame.getByTestId('load-error')).toBeVisible();
  await expect(frame.getByTestId('load-error')).toContainText('allow-same-origin');
  await expect(frame.getByTestId('load-error')).toContainText('Access-Control-Allow-Origin');
  await expect(frame.getByTestId('load-error')).not.toContainText('address bar');
  // The host sized the frame to the notice, not 1730 px of white.
  await expect.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBeLessThan(600);
});

base('a sandboxed iframe on a host that sends the CORS header works and sizes itself', async ({ page }) => {
  const frame = await sandboxed(page, `${CORS}?page=stress&embed=1`);
  // 0.1 V · 96485.332 C/mol / 23.7 cm³/mol = 407.1 MPa
  await expect(frame.getByTestId('stress')).toHaveText('407.1');
  await expect(frame.getByTestId('load-error')).toBeHidden();
  await expect.poll(() => page.evaluate(() => window.messages.some((m) => m && m.subject === 'lti.frameResize' && m.height > 300))).toBe(true);
});

base('a student\'s exercise in a sandboxed iframe (CORS host) checks an answer and shows the solution', async ({ page }) => {
  const frame = await sandboxed(page, `${CORS}?page=stress&embed=1&dphi=120&ask=stress`);
  // 0.120 V · 96485.332 C/mol / 23.7 cm³/mol = 488.5 MPa.
  await frame.getByTestId('exercise-answer').fill('0.5 GPa');
  await frame.getByTestId('exercise-check').click();
  await expect(frame.getByTestId('exercise-verdict')).toContainText('Not yet');
  await frame.getByTestId('exercise-answer').fill('488.5 MPa');
  await frame.getByTestId('exercise-answer').press('Enter');
  await expect(frame.getByTestId('exercise-verdict')).toHaveText('Correct');
  await expect(frame.getByTestId('exercise-solution')).toContainText('σ = Δφ · F / Vm');
  await expect(frame.getByTestId('load-error')).toBeHidden();
});

// ---- The clipboard ------------------------------------------------------------------

async function crossOriginEmbed(page, context, allow) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  gotoWaitsForReady(page);
  await page.goto(COURSES);
  await page.setContent(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body>
    <iframe src="${ROOT}?page=stress&embed=1&dphi=120" ${allow ? 'allow="clipboard-write"' : ''} style="width:400px;height:1200px;border:0"></iframe></body></html>`);
  return page.frameLocator('iframe');
}

base('the embed code lets its Copy link use the clipboard, and the full page link is copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  gotoWaitsForReady(page);
  await page.goto(`${ROOT}?page=stress`);
  await page.getByTestId('copy-embed').click();
  await expect(page.getByTestId('copy-status')).toHaveText(/^Embed code copied/);
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toContain(' allow="clipboard-write"');
  const frame = await crossOriginEmbed(page, context, true);
  await frame.getByTestId('copy-link').click();
  await expect(frame.getByTestId('copy-status')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/dphi=120/);
  expect(copied).not.toMatch(/embed=/);
});

base('an embed without clipboard permission says the copy failed and shows the link to copy by hand', async ({ page, context }) => {
  const frame = await crossOriginEmbed(page, context, false);
  await frame.getByTestId('copy-link').click();
  await expect(frame.getByTestId('copy-status')).toContainText('Not copied');
  await expect(frame.getByTestId('copy-status')).not.toContainText('Link copied');
  await expect(frame.getByTestId('copy-fallback')).toBeVisible();
  const text = await frame.getByTestId('copy-fallback-text').inputValue();
  expect(text).toMatch(/^http:\/\/127\.0\.0\.1:4173\/\?page=stress/);
  expect(text).toMatch(/dphi=120/);
  expect(text).not.toMatch(/embed=/);
  // Beside the button that failed, in view and selected.
  const [bar, box] = await Promise.all([frame.getByTestId('embed-bar').boundingBox(), frame.getByTestId('copy-fallback-text').boundingBox()]);
  expect(box.y).toBeGreaterThanOrEqual(bar.y);
  await expect(frame.getByTestId('copy-fallback-text')).toBeFocused();
});

base('from the single file, Copy link says the link opens only on this computer', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('file://' + resolve('dist/ecm-calc.html') + '?page=stress');
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 });
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-status')).toContainText('opens only here');
  await page.getByTestId('copy-embed').click();
  await expect(page.getByTestId('copy-status')).toContainText('works only here');
});

// ---- Categorical results over ranges ------------------------------------------------

// Na's creep parameters, set by the link so that this arithmetic is independent.
const NA = { n: 5, a: 0.53, q: 42e3, tref: 298, d0v: 1.9e-5, qv: 44e3, db: 1.3908e-14, qb: 24.2e3, omega: 39.35e-30 };
const NA_LINK = { metal: 'custom', n: '5', a: '0.53', q: '42', tref: '298', d0v: '1.9e-5', qv: '44', db: '1.3908e-14', qb: '24.2', omega: '39.35', tm: '370.95' };
const R = 8.314462618;
const KB = 1.380649e-23;
function rates(sigma, T, d) {
  const pl = NA.a * (sigma / 1e6) ** NA.n * Math.exp((-NA.q / R) * (1 / T - 1 / NA.tref));
  const pre = (42 * NA.omega * sigma) / (KB * T * d * d);
  const nh = pre * NA.d0v * Math.exp(-NA.qv / (R * T));
  const coble = (pre * Math.PI * NA.db * Math.exp(-NA.qb / (R * T))) / d;
  return { pl, nh, coble };
}
const dominant = (r) => (r.pl >= r.nh && r.pl >= r.coble ? 'power law' : r.coble >= r.nh ? 'Coble' : 'NH');

test('creep ranges: the dominant mechanism is never one answer that holds only at a corner', async ({ page }) => {
  // At 10 MPa and 350 K power law beats Coble (≈ 657 700 against 1 354 s⁻¹); at 0.1 MPa and 250 K Coble wins.
  expect(dominant(rates(10e6, 350, 300e-9))).toBe('power law');
  expect(dominant(rates(0.1e6, 250, 300e-9))).toBe('Coble');
  await open(page, 'creep', { ...NA_LINK, ranges: '1', t: '250', t_max: '350', sigma: '0.1', sigma_max: '10' });
  const text = page.getByTestId('dominant');
  await expect(text).toContainText('Varies across the ranges');
  await expect(text).toContainText('Coble creep');
  await expect(text).toContainText('power-law creep');
  // The map says which temperature it is drawn at.
  await expect(page.getByTestId('creep-map-alt')).toContainText('the lower end of 250–350 K');
  // Both ends of each range are held against Na's fit (0.1–0.3 MPa at 298 K):
  // 10 MPa is 33× its highest stress, 350 K 52 K above, 250 K 48 K below.
  await open(page, 'creep', { metal: 'Na', ranges: '1', t: '250', t_max: '350', sigma: '0.1', sigma_max: '10' });
  await expect(page.getByTestId('extrapolation')).toContainText(`10 MPa is ${Math.round(10 / 0.3)}× the highest stress`);
  await expect(page.getByTestId('extrapolation')).toContainText(`${350 - 298} K above`);
  await expect(page.getByTestId('extrapolation')).toContainText(`${298 - 250} K below`);
});

test('creep ranges over one input: where the dominant mechanism switches, against a bisection done here', async ({ page }) => {
  let lo = 0.1e6;
  let hi = 10e6;
  for (let i = 0; i < 100; i++) {
    const mid = Math.sqrt(lo * hi);
    if (dominant(rates(mid, 298, 300e-9)) === 'Coble') lo = mid; else hi = mid;
  }
  const shown = Number((lo / 1e6).toPrecision(3));
  await open(page, 'creep', { ...NA_LINK, ranges: '1', t: '298', sigma: '0.1', sigma_max: '10' });
  await expect(page.getByTestId('dominant')).toHaveText(`Varies: Coble creep up to ≈ σ = ${shown} MPa; power-law creep above`);
});

test('sphere ranges across the 10 % switch name both models and the stress range holds both', async ({ page }) => {
  // F = 3.6 µN, d = 300 nm, δt from 20 to 40 nm: δt/2r = 6.7 % to 13 %.
  await open(page, 'sphere', { ranges: '1', force: '3.6', d: '300', dt: '20', dt_max: '40' });
  await expect(page.getByTestId('sphere-model')).toContainText('Models used across the ranges');
  await expect(page.getByTestId('sphere-model')).toContainText('first order');
  await expect(page.getByTestId('sphere-model')).toContainText('barrel');
  // First order at 20 nm: 3.6e-6 / (π·150e-9·20e-9) = 382.0 MPa, the largest value of the box.
  const first20 = 3.6e-6 / (Math.PI * 150e-9 * 20e-9) / 1e6;
  const [lo, hi] = (await page.getByTestId('sphere-stress').textContent()).split('–').map((t) => Number(t.trim()));
  expect(hi).toBeCloseTo(Number(first20.toPrecision(4)), 1);
  expect(lo).toBeLessThan(hi);
  // The chart's single point says which corner it is.
  await expect(page.getByTestId('sphere-plot-alt')).toContainText('the lower ends of the ranges');
});

// ---- Phones ---------------------------------------------------------------------------

for (const key of PAGES) {
  test(`${key} at 320 px: no number breaks inside itself or leaves its box, and the unit stays beside it`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await open(page, key);
    await showExample(page, key);
    const broken = await page.evaluate(() => [...document.querySelectorAll('main .result .number')]
      .filter((n) => n.offsetParent && !n.textContent.includes('–'))
      .flatMap((n) => {
        const box = n.closest('.result').getBoundingClientRect();
        const rects = [...n.getClientRects()];
        const last = rects[rects.length - 1];
        const unit = n.parentElement.querySelector('.unit');
        const u = unit && unit.textContent ? unit.getBoundingClientRect() : null;
        const problems = [];
        if (rects.length > 1) problems.push(`${n.dataset.testid} “${n.textContent}” on ${rects.length} lines`);
        if (last && last.right > box.right + 0.5) problems.push(`${n.dataset.testid} leaves its box`);
        if (u && last && Math.abs(u.top - last.top) > 4) problems.push(`${n.dataset.testid}'s unit on another line`);
        return problems;
      }));
    expect(broken).toEqual([]);
  });
}

for (const key of CALCULATORS) {
  test(`${key} at 320 px: the header shows the current page and every setting without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await open(page, key);
    const settings = await page.locator('.settings').evaluate((s) => ({
      scrolls: s.scrollWidth > s.clientWidth + 1,
      outside: [...s.children].filter((c) => c.offsetParent).map((c) => c.getBoundingClientRect()).some((r) => r.right > innerWidth + 0.5 || r.left < -0.5),
    }));
    expect(settings).toEqual({ scrolls: false, outside: false });
    await expect.poll(() => page.evaluate(() => {
      const ul = document.querySelector('nav ul').getBoundingClientRect();
      const tab = document.querySelector('nav a[aria-current="page"]').getBoundingClientRect();
      return tab.left >= ul.left - 0.5 && tab.right <= ul.right + 0.5;
    })).toBe(true);
  });
}

for (const key of PAGES) {
  test(`${key} at 360 px: every control is at least 24 px tall`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, key);
    const small = await page.evaluate(() => [...document.querySelectorAll('header button, header select, main button, main select, main input, main summary, main .file-button')]
      .filter((e) => e.offsetParent && e.type !== 'file' && e.type !== 'checkbox')
      .map((e) => [e.dataset.testid || e.id || e.textContent.trim().slice(0, 20), e.getBoundingClientRect().height])
      .filter(([, h]) => h < 24));
    expect(small).toEqual([]);
  });
}

test('the test data page on a phone offers Choose files and the worked example first', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, 'data');
  const choose = await page.locator('label.file-button', { has: page.getByTestId('data-files') }).boundingBox();
  const example = await page.getByTestId('data-example').boundingBox();
  const drop = await page.getByText('Or drop export files here').boundingBox();
  expect(choose.y + choose.height).toBeLessThan(740);
  expect(example.y + example.height).toBeLessThan(740);
  expect(choose.y).toBeLessThan(drop.y);
  expect(example.y).toBeLessThan(drop.y);
});

// ---- Print ------------------------------------------------------------------------------

test('printed drop-downs show their whole chosen option', async ({ page }) => {
  await open(page, 'fracture', { electrolyte: 'beta-alumina' });
  const label = await page.getByTestId('electrolyte').evaluate((s) => s.selectedOptions[0].textContent);
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.field', { has: page.getByTestId('electrolyte') }).locator('.print-choice');
  await expect(printed).toBeVisible();
  await expect(printed).toHaveText(label);
  await expect(page.getByTestId('electrolyte')).toBeHidden();
  const clipped = await printed.evaluate((e) => e.scrollWidth > e.clientWidth + 1);
  expect(clipped).toBe(false);
});

for (const key of CALCULATORS) {
  test(`${key}: chart text prints at a readable size`, async ({ page }) => {
    await open(page, key);
    await showExample(page, key);
    await page.emulateMedia({ media: 'print' });
    // The chart is redrawn narrow for paper: printed 6.5 cm (246 CSS px) tall,
    // its 12 px labels come out at least 9 px (6.75 pt) high.
    await expect.poll(() => page.locator('main canvas').first().evaluate((c) => {
      const drawn = c.height / (c.width / c.getBoundingClientRect().width || 1);
      return 12 * (c.getBoundingClientRect().height / (c.height / devicePixelRatio));
    })).toBeGreaterThan(9);
  });
}

// ---- The materials page --------------------------------------------------------------------

test('materials: “K” lists potassium, not the electrolytes whose notes mention KIC', async ({ page }) => {
  await open(page, 'materials', { filter: 'K' });
  await expect(page.getByTestId('metals-table')).toContainText('K (');
  await expect(page.getByTestId('electrolytes-table')).not.toContainText('LLZO');
});

test('materials: “Na” lists sodium materials, not LATP for its “NASICON” note; a filter that matches nothing says so', async ({ page }) => {
  await open(page, 'materials', { filter: 'Na' });
  const electrolytes = page.getByTestId('electrolytes-table');
  await expect(electrolytes).toContainText('β');
  await expect(electrolytes).not.toContainText('LATP');
  await expect(page.getByTestId('filter-no-match')).toBeHidden();
  await page.getByTestId('filter').fill('zzz');
  await expect(page.getByTestId('filter-no-match')).toHaveText(/No material matches “zzz”/);
  await expect(page.getByTestId('metals-table')).toBeHidden();
  await expect(page.getByTestId('electrolytes-table')).toBeHidden();
  await expect(page.getByTestId('creep-table')).toBeHidden();
});

test('materials at 1440 px: a table wider than its box says so inside the box', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, 'materials');
  const wraps = await page.locator('.table-wrap').evaluateAll((ws) => ws.map((w) => ({
    overflows: w.scrollWidth > w.clientWidth + 1,
    cue: !!w.querySelector('.overflow-cue') && getComputedStyle(w.querySelector('.overflow-cue')).display !== 'none',
  })));
  expect(wraps.length).toBeGreaterThan(0);
  for (const w of wraps) expect(w.cue).toBe(w.overflows);
  expect(wraps.some((w) => w.overflows)).toBe(true);
});

// ---- Messages -------------------------------------------------------------------------------

test('messages say what is true: an empty rod plot, a too-large number in a link, an unknown theme', async ({ page }) => {
  await open(page, 'rod');
  await expect(page.getByTestId('series-plot-alt')).toContainText('No series yet');
  await expect(page.getByTestId('series-plot-alt')).not.toContainText('not valid');
  await open(page, 'fracture', { flaw: '1e400' });
  await expect(page.getByTestId('link-notices')).toContainText('too large');
  await expect(page.getByTestId('link-notices')).not.toContainText('not a number');
  await open(page, 'stress', { theme: 'blue' });
  await expect(page.getByTestId('link-notices')).toContainText("the visitor's own theme is used");
  await expect(page.getByTestId('link-notices')).not.toContainText("“the visitor's”");
});

test('the creep page leads with the fit range, explains each mechanism, and folds its parameters', async ({ page }) => {
  await open(page, 'creep');
  const lead = await page.getByTestId('fit-range-lead').boundingBox();
  const firstResult = await page.locator('main .result').first().boundingBox();
  expect(lead.y).toBeLessThan(firstResult.y);
  for (const word of ['T/Tm', 'Nabarro–Herring', 'Coble', 'Power-law']) await expect(page.getByTestId('creep-explain')).toContainText(word);
  await expect(page.getByTestId('creep-parameters')).not.toHaveAttribute('open', '');
  await expect(page.getByTestId('creep-n')).toBeHidden();
  // The 100 MPa default is far beyond the fit: said in a warning, not a grey line.
  await expect(page.getByTestId('extrapolation')).toHaveClass(/warning/);
  await expect(page.getByTestId('extrapolation')).toContainText('extrapolation');
  await expect(page.getByTestId('e-hint')).toContainText('3.9 GPa');
  await expect(page.getByTestId('size-effect-note')).not.toContainText('^');
});

test('the paper page says when a fit does not resolve m or has the unexpected sign', async ({ page }) => {
  await open(page, 'paper');
  await expect(page.getByTestId('fit-Na_nanorod_tensile-reading')).toHaveText(/unexpected sign/);
  await expect(page.getByTestId('size-fit-reading')).toContainText('not as a size trend');
  await expect(page.locator('#size-effect')).not.toContainText('^');
});
