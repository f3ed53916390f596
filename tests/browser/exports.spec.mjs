// Every plot exports to PNG, SVG and CSV; the files hold the plot's data.
import { test, expect, open, showExample } from './fixtures.mjs';
import { readFileSync } from 'node:fs';

const PLOTS = [
  ['stress', 'stress-plot', /^metal,overpotential \(mV\),stress \(MPa\)\n/],
  ['fracture', 'failure-map', /flaw/i],
  ['sphere', 'sphere-plot', /^model,relative deformation dt\/2r \(%\),stress \(MPa\)\n/],
  ['rod', 'series-plot', /strain/i],
  ['data', 'curve-plot', /^segment,displacement \(nm\),force \(µN\)\n/],
  ['data', 'test-stress-plot', /^engineering strain \(%\),engineering stress \(MPa\)\n/],
  ['creep', 'creep-map', /^line,size \(nm\),stress \(MPa\)\n/],
  ['paper', 'paper-plot', /^category,index,diameter \(nm\),growth direction,strength \(MPa\)\n/],
];

async function download(page, button) {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: d.suggestedFilename(), body: readFileSync(await d.path()) };
}

for (const [key, id, csvHead] of PLOTS) {
  test(`${key}: ${id} exports to PNG, SVG and CSV`, async ({ page }) => {
    await open(page, key);
    await showExample(page, key);
    const actions = page.locator(`figure:has([data-testid="${id}"]) .plot-actions button`);
    const png = await download(page, actions.filter({ hasText: 'PNG' }));
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(5000);
    const svg = await download(page, actions.filter({ hasText: 'SVG' }));
    expect(svg.name).toMatch(/\.svg$/);
    const svgText = svg.body.toString('utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toMatch(/<(polyline|path|circle)/);
    expect(svgText).not.toMatch(/e-\d{2}|9\.9999/); // clean tick labels
    const csv = await download(page, actions.filter({ hasText: 'CSV' }));
    expect(csv.name).toMatch(/\.csv$/);
    const csvText = csv.body.toString('utf8');
    expect(csvText).toMatch(csvHead);
    expect(csvText.trim().split('\n').length).toBeGreaterThan(10);
  });
}

test('the stress plot CSV holds σ = Δφ·F/Vm for each metal', async ({ page }) => {
  await open(page, 'stress');
  const csv = await download(page, page.locator('figure:has([data-testid="stress-plot"]) .plot-actions button', { hasText: 'CSV' }));
  const rows = csv.body.toString('utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  const na = rows.filter((r) => r[0] === 'Na').map((r) => [Number(r[1]), Number(r[2])]);
  expect(na.length).toBeGreaterThan(10);
  for (const [mv, mpa] of na) expect(mpa).toBeCloseTo((mv * 1e-3 * 96485.33212) / 23.7e-6 / 1e6, 6);
  // Numbers in their shortest form: no arithmetic noise such as 0.00024000000000000003.
  for (const r of rows) for (const cell of r.slice(1)) expect(cell.replace(/^-/, '').replace(/e-?\d+$/, '').replace('.', '').replace(/^0+/, '').length, cell).toBeLessThanOrEqual(15);
  // 5 mV, an axis sample, is written as it reads.
  expect(rows.some((r) => r[0] === 'Na' && r[1] === '5')).toBe(true);
});
