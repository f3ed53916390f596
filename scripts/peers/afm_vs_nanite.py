"""nanite on the synthetic AFM curves of ecm-core's afm_indentation tests.

Usage: python afm_vs_nanite.py DIR [RUNS] [BATCH]
  DIR holds afm-synthetic-<tip>.txt (columns: tip position δ in m,
  increasing into the sample; force in N), written by
    AFM_SYNTHETIC_OUT=DIR cargo test --release -p ecm-core --lib \
        measurement::afm_indentation::tests::timing -- --ignored --nocapture
  RUNS (default 50): fits per case, the median time is reported.
  BATCH (default 1000): copies of the paraboloid curve fitted one after
  the other (case A, weight_cp 1e-6), total time reported.
They are E = 50 kPa, ν = 0.5, contact at δc = 130 nm, offset −7 nN, tilt
2 nN/µm, noise 1.5 % of the largest contact force, 2000 points, δ from −2 to
+1 µm.

nanite's "tip position" falls into the sample, so it gets −δ (through
"height (measured)" = −δ − F/k, as its compute_tip_position adds F/k). Its
preprocessing subtracts the estimated contact point from the tip position;
that shift is added back to report δc on our axis. nanite 4.2.3 has no
four-sided pyramid: one is registered here from its hertz_pyr3s with
Bilodeau's 0.7453. Time per fit = Indentation built from the arrays + preprocessing + fit.
"""
import pathlib
import statistics
import sys
import textwrap
import time
import warnings

import numpy as np
import nanite
import nanite.model

warnings.simplefilter("ignore")
HERE = pathlib.Path(__file__).resolve().parent
K = 0.05  # spring constant (N/m); cancels out

PYR4 = textwrap.dedent('''
    import lmfit
    import numpy as np
    from numpy import pi

    def get_parameter_defaults():
        params = lmfit.Parameters()
        params.add("E", value=3e3, min=0)
        params.add("alpha", value=35, min=0, max=90, vary=False)
        params.add("nu", value=.5, min=0, max=0.5, vary=False)
        params.add("contact_point", value=0)
        params.add("baseline", value=0)
        return params

    def hertz_four_sided_pyramid(delta, E, alpha, nu, contact_point=0,
                                 baseline=0):
        """F = 0.7453 tan(alpha) E/(1-nu^2) delta^2 (Bilodeau 1992)"""
        aa = 0.7453*np.tan(alpha*pi/180) * E/(1-nu**2)
        root = contact_point-delta
        pos = root > 0
        bb = np.zeros_like(delta)
        bb[pos] = (root[pos])**2
        return aa*bb + baseline

    model_doc = hertz_four_sided_pyramid.__doc__
    model_func = hertz_four_sided_pyramid
    model_key = "hertz_pyr4s"
    model_name = "pyramidal indenter, four-sided (Bilodeau)"
    parameter_keys = ["E", "alpha", "nu", "contact_point", "baseline"]
    parameter_names = ["Young's Modulus", "Face Angle",
                       "Poisson's Ratio", "Contact Point", "Force Baseline"]
    parameter_units = ["Pa", "°", "", "m", "N"]
    valid_axes_x = ["tip position"]
    valid_axes_y = ["force"]
''')

CASES = [
    ("paraboloid", "hertz_para", "R", 5e-6),
    ("cone", "hertz_cone", "alpha", 25.0),
    ("pyramid4", "hertz_pyr4s", "alpha", 35.0),
    ("pyramid3", "hertz_pyr3s", "alpha", 20.0),
    ("sphere", "sneddon_spher", "R", 5e-6),
]


def register_pyr4s():
    if "hertz_pyr4s" in nanite.model.models_available:
        return
    import tempfile
    folder = pathlib.Path(tempfile.mkdtemp(prefix="afm_nanite_models"))
    path = folder / "model_hertz_pyr4s.py"
    path.write_text(PYR4)
    nanite.model.load_model_from_file(path, register=True)


def fit(delta, force, model, key, value, weight_cp, slope=True):
    """One nanite fit (preprocessing included); returns E, δc (our axis)."""
    n = len(delta)
    idnt = nanite.Indentation(
        data={"height (measured)": -delta - force / K, "force": force.copy(),
              "segment": np.zeros(n, dtype=np.uint8),
              "time": np.linspace(0, 1, n)},
        metadata={"spring constant": K, "sensitivity": 50e-9,
                  "imaging mode": "force-distance", "enum": 0,
                  "path": "synthetic"})
    steps = ["compute_tip_position", "correct_force_offset",
             "correct_tip_offset"] + (["correct_force_slope"] if slope else [])
    idnt.apply_preprocessing(
        steps,
        options={"correct_tip_offset": {"method": "deviation_from_baseline"}})
    # correct_tip_offset shifted the tip position by tp[cpid]: add it back.
    shift = float(-delta[0] - idnt["tip position"][0])
    p = idnt.get_initial_fit_parameters(model_key=model)
    p[key].set(value=value)
    idnt.fit_model(model_key=model, params_initial=p, x_axis="tip position",
                   y_axis="force", segment=0, weight_cp=weight_cp)
    fitted = idnt.fit_properties["params_fitted"]
    return fitted["E"].value, -(fitted["contact_point"].value + shift)


def main():
    data = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    batch = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    register_pyr4s()
    print(f"nanite {nanite.__version__}; true E 50000 Pa, δc 130 nm; ν 0.5")
    print("A: the file as is (nanite's correct_force_slope for the tilt);")
    print("B: the known tilt (2 nN/µm) subtracted first, no slope step.")
    print(f"{'tip':<11}{'case':>5}{'weight_cp':>10}{'E (Pa)':>12}"
          f"{'δc (nm)':>10}{'ms wall':>9}{'ms CPU':>8}  (median of {runs})")
    for name, model, key, value in CASES:
        path = data / f"afm-synthetic-{name}.txt"
        if not path.exists():
            sys.exit(f"{path} missing: run the Rust timing test first")
        delta, force = np.loadtxt(path, unpack=True)
        for case, f, slope in (("A", force, True),
                               ("B", force - 2e-3 * delta, False)):
            for weight_cp in (1e-6, 0.0):
                wall, cpu = [], []
                for _ in range(runs):
                    t0, c0 = time.perf_counter(), time.process_time()
                    e, dc = fit(delta, f, model, key, value, weight_cp, slope)
                    cpu.append(time.process_time() - c0)
                    wall.append(time.perf_counter() - t0)
                print(f"{name:<11}{case:>5}{weight_cp:>10.0e}{e:>12.1f}"
                      f"{dc * 1e9:>10.2f}{statistics.median(wall) * 1e3:>9.2f}"
                      f"{statistics.median(cpu) * 1e3:>8.2f}")
    if batch > 0:
        delta, force = np.loadtxt(data / "afm-synthetic-paraboloid.txt",
                                  unpack=True)
        copies = [(delta.copy(), force.copy()) for _ in range(batch)]
        t0, c0 = time.perf_counter(), time.process_time()
        es = [fit(d, f, "hertz_para", "R", 5e-6, 1e-6, True)[0]
              for d, f in copies]
        total, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"batch: {batch} copies of the paraboloid curve (case A, "
              f"weight_cp 1e-6): {total:.2f} s wall, {cpu:.2f} s CPU; "
              f"{total / batch * 1e3:.2f} ms wall, {cpu / batch * 1e3:.2f} "
              f"ms CPU per fit; mean E {np.mean(es):.1f} Pa")


if __name__ == "__main__":
    main()
