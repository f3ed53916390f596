// Hostile and malformed links on every page: the page loads with defaults or
// the valid part of the state plus a notice; no injected script runs, no
// console error, no dialog (the fixture fails on those and on any request to
// another host).
import { test, expect } from './fixtures.mjs';

// Every parameter each page reads.
const KEYS = {
  '': ['sig'],
  stress: ['dir', 'metal', 'dphi', 'dphi_unit', 'dphi_max', 'sigma', 'vm', 'm', 'rho', 'ranges', 'sig', 'embed'],
  fracture: ['electrolyte', 'kic', 'kic_unit', 'flaw', 'flaw_unit', 'flaw_max', 'size_is', 'geometry', 'y', 'metal', 'vm', 'dphi', 'ranges'],
  sphere: ['model', 'force', 'force_unit', 'd', 'd_unit', 'dt', 'e', 'e_unit', 'nu', 'plate', 'e2', 'nu2', 'y', 'ranges'],
  rod: ['k', 'dx', 'dx_unit', 'section', 'd0', 'd', 'dc', 'l0', 'l', 'columns', 'xu', 'yu', 'window', 'wlo', 'whi', 'offset', 'ranges'],
  data: ['cols', 'seg', 'use_k', 'use_bl', 'use_cf', 'use_base', 'use_drift', 'k', 'sens', 'bl', 'cf', 'cf_unit', 'es', 'nus', 'drift', 'dt', 'dt_unit', 'db', 'l0', 'mode', 'area', 'window', 'wlo', 'whi', 'ulo', 'uhi', 'offset'],
  materials: ['filter'],
  paper: ['sort', 'desc', 'fit', 'd', 'd_unit'],
  creep: ['metal', 't', 't_unit', 'sigma', 'sigma_unit', 'sigma_max', 'd', 'd_unit', 'rate', 's0', 's1', 'e', 'e_unit', 'i', 'i_unit', 'n', 'a', 'q', 'q_unit', 'tref', 'd0v', 'd0v_unit', 'qv', 'db', 'qb', 'omega', 'omega_unit', 'tm', 'ranges'],
};

// Each payload tries to run `window.__pwned = 1` or to open a dialog.
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1">',
  '" onmouseover="window.__pwned=1" x="',
  "'><iframe src=javascript:alert(1)>",
  'javascript:window.__pwned=1',
  'javascript:alert(document.domain)',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${alert(1)}',
  '</textarea><script>alert(1)</script>',
];

const enc = encodeURIComponent;

/** At least 50 query strings for a page. */
function hostileQueries(key) {
  const keys = KEYS[key];
  const pageParam = key ? `page=${key}&` : '';
  const q = [];
  // A payload in every parameter at once, for each payload.
  for (const p of PAYLOADS) q.push(pageParam + keys.map((k) => `${k}=${enc(p)}`).join('&'));
  // One payload per parameter, the rest of the link valid.
  keys.forEach((k, i) => q.push(`${pageParam}${k}=${enc(PAYLOADS[i % PAYLOADS.length])}`));
  // A payload in the fragment.
  q.push(`${pageParam}sig=4#${enc(PAYLOADS[0])}`);
  // Each payload as a parameter name.
  for (const p of PAYLOADS.slice(0, 4)) q.push(`${pageParam}${enc(p)}=1`);
  // The payload in the page parameter itself.
  q.push(`page=${enc(PAYLOADS[0])}`);
  q.push(`page=${enc('javascript:alert(1)')}`);
  // Very long values and very many parameters.
  // (The local server, like most, refuses request lines over 16 KB.)
  q.push(pageParam + keys.map((k) => `${k}=${'9'.repeat(500)}`).join('&'));
  q.push(`${pageParam}${keys[0]}=${'a'.repeat(12000)}`);
  q.push(pageParam + Array.from({ length: 500 }, (_, i) => `k${i}=${i}`).join('&'));
  // Repeated and unknown keys.
  q.push(pageParam + keys.map((k) => `${k}=1&${k}=2&${k}=`).join('&'));
  q.push(`${pageParam}unknown=1&__proto__=x&constructor=y&toString=z`);
  q.push(`${pageParam}=&&&=&==&${keys[0]}`);
  // Broken percent-encoding and invalid UTF-8.
  for (const bad of ['%', '%Z', '%E0%A4%A', '%FF%FE', '%00', '%C0%AF', '%%41', '%uD800']) {
    q.push(pageParam + keys.map((k) => `${k}=${bad}`).join('&'));
  }
  q.push(`${pageParam.replace('=', '%3D')}x=1`);
  // Right-to-left marks, non-ASCII digits, other odd characters.
  for (const odd of ['\u202E123', '١٢٣', '１２３', '१२३', '12\u200B3', '\uFEFF5', '−5', '5e', '0x1F', 'Infinity', '-0', '1e-400', '  7  ', '\t8\n']) {
    q.push(pageParam + keys.map((k) => `${k}=${enc(odd)}`).join('&'));
  }
  // Valid units and choices in the wrong case or with spaces.
  q.push(pageParam + keys.map((k) => `${k}=${enc(' MV ')}`).join('&'));
  q.push(`${pageParam}sig=99&sig=-1&embed=2`);
  return q;
}

for (const key of Object.keys(KEYS)) {
  test(`hostile links on ${key || 'home'} load safely`, async ({ page }) => {
    test.setTimeout(120_000);
    const queries = hostileQueries(key);
    expect(queries.length).toBeGreaterThanOrEqual(50);
    for (const query of queries) {
      await page.goto(`./?${query}`);
      await expect(page.locator('main h1').first(), query.slice(0, 80)).toBeVisible();
      const state = await page.evaluate(() => ({
        pwned: window.__pwned,
        injected: document.querySelectorAll('main script, main iframe, main img, [onerror], [onload], [onmouseover]').length,
        results: [...document.querySelectorAll('main .result .number')].map((e) => e.textContent),
      }));
      expect(state.pwned, query.slice(0, 80)).toBeUndefined();
      expect(state.injected, query.slice(0, 80)).toBe(0);
      // Every result is a number or "—", never garbage.
      for (const r of state.results) expect(r, query.slice(0, 80)).toMatch(/^(—|[−-]?[\d.]+( × 10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?( – [−-]?[\d.]+( × 10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?)?)$/);
    }
  });
}

test('the valid part of a link is kept and the bad part is named in a notice', async ({ page }) => {
  await page.goto(`./?page=stress&dphi=150&metal=${enc(PAYLOADS[0])}&dphi_unit=mV&evil=${enc(PAYLOADS[2])}`);
  // 150 mV on Na (the default metal): 150e-3 × 96485.332 / 23.7e-6 = 610.7 MPa
  await expect(page.getByTestId('stress')).toHaveText('610.7');
  const notices = page.getByTestId('link-notices');
  await expect(notices).toContainText('metal');
  await expect(notices).toContainText('evil');
  // The payload is shown as text, not markup.
  await expect(notices).toContainText('<script>');
});

test('a payload in a number field from a link stays text and the field explains', async ({ page }) => {
  await page.goto(`./?page=fracture&flaw=${enc(PAYLOADS[2])}&kic=2`);
  await expect(page.getByTestId('kic')).toHaveValue('2');
  await expect(page.getByTestId('link-notices')).toContainText('flaw');
  // σf for KIC = 2 MPa·√m at the default 5 µm: 2e6 / √(π·5e-6) = 504.6 MPa
  await expect(page.getByTestId('fracture-stress')).toHaveText('504.6');
});
