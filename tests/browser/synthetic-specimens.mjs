// Synthetic exports of the three specimen models' tests, each made from
// known parameters, so a test can check the page gives those parameters back:
// an AFM force curve (JPK text export), a Berkovich nanoindent (TriboScan
// text export), and a sphere compressed between two plates (a plain table).
// No noise: the fits are then exact and the numbers can be compared to the
// page's four significant figures; the models' behaviour under noise is
// tested in the core (crates/ecm-core/src/measurement/*).

/** AFM: a paraboloid tip (R = 5 µm) on a sample of E = 50 kPa, ν = 0.5. */
export const AFM = {
  E: 50e3, nu: 0.5, R: 5e-6, k: 0.05, sens: 40e-9,
  // Contact 2 µm into a 3 µm approach of the tip; force offset −7.05 nN and
  // a baseline tilt of 0.2 nN per µm.
  contact: 2e-6, offset: -7.05e-9, tilt: 0.2e-9 / 1e-6, points: 1500, span: 3e-6,
};

/** The tip position (m) and force (N) of the AFM approach, point i. */
function afmPoint(i, points = AFM.points, E = AFM.E) {
  const { nu, R, contact, offset, tilt, span } = AFM;
  const delta = (span * i) / (points - 1);
  const d = Math.max(0, delta - contact);
  const force = offset + tilt * delta + (4 / 3) * (E / (1 - nu * nu)) * Math.sqrt(R) * d ** 1.5;
  return { delta, force };
}

/**
 * A JPK text export of the approach: the piezo height falls as the tip moves
 * towards the sample (JPK's convention), the deflection is in volts.
 */
export function jpkAfmCurve(points = AFM.points, E = AFM.E) {
  const { k, sens } = AFM;
  const lines = [
    '# TEXT EXPORT',
    '# segment: extend',
    '# columns: height vDeflection seriesTime',
    `# springConstant: ${k}`,
    `# sensitivity: ${sens}`,
    '# units: m V s',
    '#',
  ];
  for (let i = 0; i < points; i++) {
    const { delta, force } = afmPoint(i, points, E);
    const deflection = force / k; // m
    const z = delta + deflection; // piezo travel towards the sample
    lines.push(`${(-z).toExponential(12)} ${(deflection / sens).toExponential(12)} ${(i * 0.001).toFixed(3)}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Oliver–Pharr: a Berkovich indent of H = 2 GPa and Er = 60 GPa at
 * Pmax = 1000 µN, m = 1.5, ε = 0.75, β = 1.034, first reading at 87.7 nm.
 * The unloading is the power law exactly, so the fit is exact.
 */
export const INDENT = { H: 2e9, Er: 60e9, Pmax: 1000e-6, m: 1.5, eps: 0.75, beta: 1.034, h0: 87.7e-9 };

/** The indent's contact area, stiffness and depths worked out from H and Er. */
export function indentTruth() {
  const { H, Er, Pmax, m, eps, beta } = INDENT;
  const A = Pmax / H;
  const S = (2 * beta * Er * Math.sqrt(A)) / Math.sqrt(Math.PI);
  const hc = Math.sqrt(A / 24.494);
  const hmax = hc + (eps * Pmax) / S;
  const hf = hmax - (m * Pmax) / S;
  const B = Pmax / (hmax - hf) ** m;
  return { A, S, hc, hmax, hf, B };
}

/** A TriboScan text export: loading ∝ h² in `steps` steps, a 2 s hold, the unloading in `steps`. */
export function triboscanIndent(steps = 100) {
  const { Pmax, m, h0 } = INDENT;
  const { hmax, hf, B } = indentTruth();
  const rows = [];
  let t = 0;
  for (let i = 0; i <= steps; i++) {
    const h = h0 + ((hmax - h0) * i) / steps;
    rows.push([h, Pmax * ((h - h0) / (hmax - h0)) ** 2, t]);
    t += 0.1;
  }
  for (let i = 1; i <= 20; i++) {
    rows.push([hmax, Pmax, t]);
    t += 0.1;
  }
  for (let i = 1; i <= steps; i++) {
    const P = Pmax * (1 - i / steps);
    const h = hf + (P / B) ** (1 / m);
    rows.push([h, P, t]);
    t += 0.1;
  }
  const text = ['Synthetic indent', '', `Number of Points = ${rows.length}`, 'Depth (nm)\tLoad (µN)\tTime (s)'];
  for (const [h, P, s] of rows) text.push(`${(h * 1e9).toFixed(6)}\t${(P * 1e6).toFixed(6)}\t${s.toFixed(3)}`);
  return Buffer.from(text.join('\r\n') + '\r\n', 'latin1');
}

/**
 * A sphere of d = 300 nm, E = 10 GPa, ν = 0.34 between two rigid plates:
 * Hertz F = (√2/3)·E*·√R·δ^(3/2) up to δ1 = 3 % of d, then plastic flow at
 * a mean pressure (first-order area πrδ) rising 2 % per % of strain, to 8 %.
 */
export const SPHERE = { d: 300e-9, E: 10e9, nu: 0.34, step: 0.25e-9, hertzEnd: 9e-9, end: 24e-9 };

/** The sphere's force (N) at displacement δ (m). */
export function sphereForce(delta) {
  const { d, E, nu, hertzEnd } = SPHERE;
  const r = d / 2;
  const eStar = E / (1 - nu * nu);
  const hertz = (x) => (Math.SQRT2 / 3) * eStar * Math.sqrt(r) * x ** 1.5;
  if (delta <= hertzEnd) return hertz(delta);
  const p1 = hertz(hertzEnd) / (Math.PI * r * hertzEnd);
  const p = p1 * (1 + (2 * (delta - hertzEnd)) / d);
  return p * Math.PI * r * delta;
}

/** The sphere's curve as a plain table: displacement (nm), force (µN). */
export function sphereTable() {
  const { step, end } = SPHERE;
  const rows = ['Displacement (nm),Force (uN)'];
  for (let i = 0; i * step <= end + 1e-15; i++) {
    const x = i * step;
    rows.push(`${(x * 1e9).toFixed(4)},${(sphereForce(x) * 1e6).toPrecision(15)}`);
  }
  return rows.join('\n') + '\n';
}
