"""A TriboScan-like text export of a synthetic Berkovich indent with known
H = 8 GPa and E = 100 GPa (ν 0.3; diamond 1141 GPa / 0.07, so Er = 100.279 GPa),
ε 0.75, β 1.034, m 1.5, Pmax 10 mN; depth noise ±0.2 nm, load noise ±2 µN
(a fixed xorshift generator, so the file is the same on every run).

Usage: python op_synthetic_gen.py OUT.txt [NLOAD NHOLD NUNLOAD]
Defaults 200 101 200 (501 points: /tmp/helper/op-synthetic.txt, byte for
byte); 8000 4000 8000 gives the 20 000-point version. Loading 10 s
(P ∝ (h − h0)², h0 = 87.7 nm not re-zeroed), hold 5 s, unloading 10 s.
"""
import math
import sys

out_path = sys.argv[1] if len(sys.argv) > 1 else "op-synthetic.txt"
NLOAD, NHOLD, NUNLOAD = (int(v) for v in sys.argv[2:5]) if len(sys.argv) > 4 else (200, 101, 200)
Pmax = 10e-3            # N
H = 8e9                 # Pa
E, nu, Ei, nui = 100e9, 0.3, 1141e9, 0.07
Er = 1.0 / ((1 - nu**2) / E + (1 - nui**2) / Ei)
m, eps, beta = 1.5, 0.75, 1.034
A = Pmax / H
hc = math.sqrt(A / 24.494)
S = 2 * beta * Er * math.sqrt(A) / math.sqrt(math.pi)
hmax = hc + eps * Pmax / S
hf = hmax - m * Pmax / S
B = Pmax / (hmax - hf) ** m
h0 = 87.7e-9            # first point (preload), not re-zeroed
state = 0x2545F4914F6CDD1D


def noise():
    global state
    state ^= (state << 13) & 0xFFFFFFFFFFFFFFFF
    state ^= state >> 7
    state ^= (state << 17) & 0xFFFFFFFFFFFFFFFF
    return (state >> 11) / float(1 << 52) - 1.0


rows = []
for i in range(NLOAD):                     # loading 10 s, P ∝ (h − h0)²
    f = i / NLOAD
    rows.append((h0 + (hmax - h0) * f, Pmax * f * f, 10 * f))
for i in range(NHOLD):                     # hold 5 s at Pmax, no creep
    rows.append((hmax, Pmax, 10 + 5.0 * i / (NHOLD - 1)))
for i in range(1, NUNLOAD + 1):            # unloading 10 s to zero
    f = i / NUNLOAD
    p = Pmax * (1 - f)
    rows.append((hf + (p / B) ** (1 / m), p, 15 + 10 * f))
out = ["Fri Jan 10 12:00:00 2025", "", "Number of Points = %d" % len(rows),
       "Depth (nm)\tLoad (\u00b5N)\tTime (s)"]
for h, p, tt in rows:
    out.append("%.4f\t%.4f\t%.4f" % (h * 1e9 + 0.2 * noise(), p * 1e6 + 2.0 * noise(), tt))
open(out_path, "w", encoding="latin-1", newline="").write("\r\n".join(out) + "\r\n")
print("%s: %d points" % (out_path, len(rows)))
print("true: H %.6g GPa, Er %.6g GPa (Er*beta %.6g), E %.6g GPa, hc %.6g nm, "
      "S %.6g mN/um, m %.3g, hmax %.6g nm, hf %.6g nm"
      % (H / 1e9, Er / 1e9, Er * beta / 1e9, E / 1e9, hc * 1e9, S / 1e3, m,
         hmax * 1e9, hf * 1e9))
