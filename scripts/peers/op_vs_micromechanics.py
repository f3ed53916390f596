"""micromechanics (Oliver–Pharr) on a Hysitron TriboScan-like .txt, timed.

Usage: python op_vs_micromechanics.py FILE.txt [RUNS]

Prints H, Er, Er/β (β = 1.034, for comparison with ecm-core, which divides
by β; micromechanics does not), E, hc, S, m, and the median time per indent
(constructing Indentation from the file + analyse(), i.e. import included,
and analyse() alone). micromechanics's Hysitron defaults are kept (unloading
fit window 40–95 % of Pmax, ε = model["beta"] = 0.75, diamond 1140 GPa /
0.07), ν = 0.3; a second pass sets the diamond to 1141 GPa (ecm-core's
default) so that only β differs.
"""
import contextlib
import io
import statistics
import sys
import time
import warnings

import numpy as np
from micromechanics.indentation import Indentation

warnings.simplefilter("ignore")
BETA = 1.034


def load(path, model=None):
    with contextlib.redirect_stdout(io.StringIO()):
        i = Indentation(path, nuMat=0.3, model=model,
                        output={"verbose": 0})
    return i


def analyse(i):
    with contextlib.redirect_stdout(io.StringIO()):
        i.analyse()
    return i


def report(i, label):
    m = i.metaUser
    print(f"-- {label}")
    print(f"  points {len(i.h)}, Pmax {np.max(i.p):.6f} mN")
    print(f"  H     = {i.hardness[0]:.5f} GPa")
    print(f"  Er    = {i.modulusRed[0]:.5f} GPa (no β); Er/β = "
          f"{i.modulusRed[0] / BETA:.5f} GPa")
    print(f"  E     = {i.modulus[0]:.5f} GPa (ν 0.3, tip "
          f"{i.model['modulusTip']} GPa / {i.model['nuTip']})")
    print(f"  hc    = {i.hc[0] * 1e3:.4f} nm, Ac = {i.Ac[0]:.6f} µm²")
    print(f"  S     = {i.slope[0]:.4f} mN/µm")
    with contextlib.redirect_stdout(io.StringIO()):
        fit = i.stiffnessFromUnloading(i.p, i.h)
    b, hf, expo = fit[3]
    print(f"  m     = {expo:.5f}, hf = {hf * 1e3:.4f} nm, B = {b:.6g} "
          f"(unloading fit P = B(h − hf)^m, {int(np.sum(fit[2]))} points)")
    print(f"  Pmax used = {m['pMax_mN'][0]:.6f} mN, hmax = "
          f"{m['hMax_um'][0] * 1e3:.4f} nm")


def median_time(fn, runs):
    """Median (wall, process CPU) seconds per call over `runs` calls."""
    fn()
    wall, cpu = [], []
    for _ in range(runs):
        s, c = time.perf_counter(), time.process_time()
        fn()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - s)
    return statistics.median(wall), statistics.median(cpu)


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    from importlib.metadata import version
    print(f"micromechanics {version('micromechanics')}: {path}")
    base = {}
    if len(analyse(load(path)).hardness) == 0:
        # Its load-hold-unload finder (force rate, median filter of 5
        # points, normalised by the largest rate) fails when the per-point
        # load noise is comparable to the per-point load step (the
        # 20 000-point file); its Gaussian filter (σ = 5 points) copes.
        base = {"relForceRateNoiseFilter": "gauss"}
        print("** defaults found no load-hold-unload cycle; retrying with "
              "model['relForceRateNoiseFilter'] = 'gauss'")
        if len(analyse(load(path, base)).hardness) == 0:
            sys.exit("micromechanics found no result (file layout? see README)")
    for label, model in (("defaults (diamond 1140 GPa)", base),
                         ("diamond 1141 GPa", base | {"modulusTip": 1141})):
        i = analyse(load(path, model))
        report(i, label + (f", {base}" if base else ""))
    i = load(path, base)
    t_analyse = median_time(lambda: analyse(i), runs)
    t_whole = median_time(lambda: analyse(load(path, base)), runs)
    print(f"time, analyse() alone (median of {runs}): "
          f"{t_analyse[0] * 1e3:.2f} ms wall, {t_analyse[1] * 1e3:.2f} ms CPU")
    print(f"time, Indentation(file) + analyse(): "
          f"{t_whole[0] * 1e3:.2f} ms wall, {t_whole[1] * 1e3:.2f} ms CPU")


if __name__ == "__main__":
    main()
