#!/usr/bin/env python3
"""Runs independent third-party readers of LMS formats on the exercise exports.

tests/exports/check_exports.py checks the exports with our own reading of
each format; this script hands the same files to other people's software
that imports, converts or scores them, and prints one line of figures per
reader. It installs nothing: set up the tools first (versions as tested):

    /usr/bin/python3 -m venv /tmp/lms-venv
    /tmp/lms-venv/bin/pip install citolab-qti-convert==0.2.0 \
        moodle-xml-parser==0.3.1 qti-package-maker==26.7.14 onyx2moodle==0.1.0
    mkdir -p /tmp/lms-npm && cd /tmp/lms-npm && npm init -y
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install @citolab/qti-components@7.27.4 \
        @citolab/qti-convert@0.3.52 playwright-core@1.65.1
    # the browser is Debian's: /usr/bin/chromium (apt-get install chromium)

Usage (exports written as in docs/exercises.md):

    EXERCISE_EXPORTS_DIR="$PWD/target/exercise-exports" \
        cargo test -p ecm-core --test exercise_exports
    /tmp/lms-venv/bin/python tests/exports/third_party.py target/exercise-exports \
        [--npm-dir /tmp/lms-npm] [--chromium /usr/bin/chromium] [--work DIR]

A reader whose package is missing is reported as skipped; the browser step
(tests/exports/third_party_qti_engine.mjs, run with node) is skipped when
--npm-dir does not hold its packages. Exit status 1 when a reader that ran
found a fault (a rejected item, a lost answer or bound, a wrong score).

Readers:
  * citolab-qti-convert (PyPI): QTI 2.1 package -> QTI 3.0, and back to 2.1;
    the converted items must keep the correct response and both bounds.
  * @citolab/qti-convert (npm): the TypeScript original of the same upgrade.
  * @citolab/qti-components (npm): QTI 3 web components that run response
    processing in the browser; each converted item is loaded in headless
    Chromium, answers are typed into its text entry box and SCORE is read.
  * onyx2moodle (PyPI): imports QTI 2.1 items (OPAL/ONYX layout) into Moodle
    XML; reports the question type it makes and what it keeps of the bounds.
  * moodle-xml-parser (PyPI): reads Moodle XML quizzes.
  * qti-package-maker (PyPI): its Blackboard "BBQ" text upload reader reads
    blackboard.txt; the NUM items must keep the answer and the tolerance.
"""

import argparse
import contextlib
import csv
import io
import json
import math
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

try:
    from lxml import etree
except ImportError:
    sys.exit("third_party: lxml is missing (run with the venv's python, see the top of this file)")

HERE = pathlib.Path(__file__).resolve().parent
Q21 = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
Q3 = "{http://www.imsglobal.org/xsd/imsqtiasi_v3p0}"
REL = 1e-12  # the converters copy the numbers as text: they must come back equal
FAULTS = []


def fault(reader, message):
    FAULTS.append(f"{reader}: {message}")


def close(a, b, rel=REL):
    return abs(a - b) <= rel * max(abs(b), 1e-300)


def version(dist):
    try:
        from importlib.metadata import version as v
        return v(dist)
    except Exception:
        return None


# ---------------------------------------------------------------- exports

class Exercise:
    def __init__(self, path):
        self.path = path
        self.name = path.name
        with open(path / "variants.csv", newline="", encoding="utf-8") as f:
            self.answers = [float(row["answer"]) for row in csv.DictReader(f)]
        moodle = etree.parse(str(path / "moodle.xml"))
        self.tolerance = float(moodle.findtext(".//answer/tolerance"))
        self.tolerance_type = moodle.findtext(".//answer/tolerancetype")  # 1 relative, 2 nominal
        with zipfile.ZipFile(path / "qti21.zip") as z:
            self.qti21 = {n: z.read(n) for n in z.namelist()}
        self.items = sorted(n for n in self.qti21 if n != "imsmanifest.xml")

    def bounds(self, answer):
        if self.tolerance_type == "1":
            d = self.tolerance * abs(answer)
        else:
            d = self.tolerance
        return answer - d, answer + d

    def probes(self, answer):
        """Typed answers and the score a correct engine gives them."""
        t = self.tolerance if self.tolerance_type == "1" else self.tolerance / abs(answer)
        return [
            ("correct", fmt(answer), 1),
            ("correct-4sf", f"{answer:.4g}", 1),
            ("inside-upper", fmt(answer * (1 + 0.99 * t)), 1),
            ("inside-lower", fmt(answer * (1 - 0.99 * t)), 1),
            ("outside-upper", fmt(answer * (1 + 1.01 * t)), 0),
            ("outside-lower", fmt(answer * (1 - 1.01 * t)), 0),
            ("wrong", fmt(answer * 1.5), 0),
            ("wrong-unit", fmt(answer * 1000), 0),
            ("exponent-form", f"{answer:.6e}", 1),
            # not a QTI float: how the player takes it is recorded, not judged
            ("decimal-comma", f"{answer:.6g}".replace(".", ","), None),
        ]


def fmt(x):
    return format(x, ".12g")


def qti_numbers(root, ns):
    """correct response and the two bounds of an item's response processing."""
    if ns == Q3:
        names = {"cr": "qti-correct-response", "v": "qti-value", "gte": "qti-gte",
                 "lte": "qti-lte", "bv": "qti-base-value"}
    else:
        names = {"cr": "correctResponse", "v": "value", "gte": "gte", "lte": "lte",
                 "bv": "baseValue"}
    cr = root.find(f".//{ns}{names['cr']}/{ns}{names['v']}")
    # inclusive bounds; strict ones (gt/lt) for significant-figure tolerances
    lo = root.find(f".//{ns}{names['gte']}/{ns}{names['bv']}")
    if lo is None:
        lo = root.find(f".//{ns}{names['gte'][:-1]}/{ns}{names['bv']}")
    hi = root.find(f".//{ns}{names['lte']}/{ns}{names['bv']}")
    if hi is None:
        hi = root.find(f".//{ns}{names['lte'][:-1]}/{ns}{names['bv']}")
    num = lambda e: float(e.text) if e is not None and e.text else None
    return num(cr), num(lo), num(hi)


# ---------------------------------------------------------------- readers

def run_citolab_python(exercises, work):
    name = "citolab-qti-convert"
    ver = version("citolab-qti-convert")
    try:
        import qti_convert
    except ImportError:
        return f"{name}: skipped (not installed)"
    total = converted = kept = roundtrip = manifests = 0
    for ex in exercises:
        try:
            result = qti_convert.upgrade_package(io.BytesIO(zip_bytes(ex.qti21)))
            files = result.files
        except Exception as e:  # the whole package refused
            fault(name, f"{ex.name}/qti21.zip refused: {e!r}")
            total += len(ex.items)
            continue
        man = files.get("imsmanifest.xml")
        if man is not None:
            m = etree.fromstring(as_bytes(man))
            types = [r.get("type") for r in m.iter() if r.tag.endswith("resource")]
            if types.count("imsqti_item_xmlv3p0") == len(ex.items):
                manifests += 1
            else:
                fault(name, f"{ex.name}: manifest resource types {sorted(set(types))}")
        out = work / ex.name / "qti3-py"
        out.mkdir(parents=True, exist_ok=True)
        for i, item in enumerate(ex.items):
            total += 1
            src = etree.fromstring(ex.qti21[item])
            want = qti_numbers(src, Q21)
            if item not in files:
                fault(name, f"{ex.name}/{item}: missing from the converted package")
                continue
            data = as_bytes(files[item])
            try:
                root = etree.fromstring(data)
            except etree.XMLSyntaxError as e:
                fault(name, f"{ex.name}/{item}: converted item is not XML: {e}")
                continue
            if root.tag != Q3 + "qti-assessment-item":
                fault(name, f"{ex.name}/{item}: converted root is {root.tag}")
                continue
            converted += 1
            (out / item).write_bytes(data)
            got = qti_numbers(root, Q3)
            lo, hi = ex.bounds(ex.answers[i])
            if (None not in got and all(close(a, b) for a, b in zip(got, want))
                    and close(got[0], ex.answers[i], 1e-9)
                    and close(got[1], lo, 1e-9) and close(got[2], hi, 1e-9)):
                kept += 1
            else:
                fault(name, f"{ex.name}/{item}: correct/lower/upper {got}, the QTI 2.1 item has {want}")
            # and back: QTI 3.0 -> 2.1 must give the same numbers
            try:
                back = qti_convert.convert_qti3_to_qti21(data)
                b = qti_numbers(etree.fromstring(as_bytes(back.xml)), Q21)
                if None not in b and all(close(x, y) for x, y in zip(b, want)):
                    roundtrip += 1
                else:
                    fault(name, f"{ex.name}/{item}: 2.1 -> 3.0 -> 2.1 gives {b}, not {want}")
            except Exception as e:
                fault(name, f"{ex.name}/{item}: downgrade failed: {e!r}")
    return (f"{name} {ver}: {converted}/{total} items converted to QTI 3.0 "
            f"({manifests}/{len(exercises)} manifests with every item as imsqti_item_xmlv3p0); "
            f"correct response and both bounds kept in {kept}/{total}; "
            f"3.0 -> 2.1 round trip keeps them in {roundtrip}/{total}")


def run_onyx2moodle(exercises, work):
    name = "onyx2moodle"
    ver = version("onyx2moodle")
    exe = shutil.which("onyx2moodle", path=os.path.dirname(sys.executable)) or shutil.which("onyx2moodle")
    if not ver or not exe:
        return f"{name}: skipped (not installed)"
    total = questions = exact = numeric = 0
    qtypes = {}
    for ex in exercises:
        # OPAL layout: an outer zip of one inner content package per item
        outer = work / ex.name / "onyx-outer.zip"
        outer.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(outer, "w") as z:
            for item in ex.items:
                z.writestr(item[:-4] + ".zip", zip_bytes({
                    "imsmanifest.xml": manifest_for(ex.qti21["imsmanifest.xml"], item),
                    item: ex.qti21[item]}))
        moodle_out = work / ex.name / "onyx-moodle.xml"
        r = subprocess.run([exe, "convert", str(outer), "-o", str(moodle_out),
                            "--work", str(work / ex.name / "onyx-work")],
                           capture_output=True, text=True)
        total += len(ex.items)
        if r.returncode != 0 or not moodle_out.exists():
            fault(name, f"{ex.name}: convert failed: {r.stderr.strip()[-300:]}")
            continue
        root = etree.parse(str(moodle_out)).getroot()
        qs = [q for q in root.findall("question") if q.get("type") != "category"]
        for i, q in enumerate(qs):
            questions += 1
            qtypes[q.get("type")] = qtypes.get(q.get("type"), 0) + 1
            texts = [a.findtext("text") for a in q.findall("answer") if a.get("fraction", "").startswith("100")]
            if q.get("type") == "numerical" and q.find("answer/tolerance") is not None:
                numeric += 1
            if texts and i < len(ex.answers) and close(float(texts[0]), ex.answers[i], 1e-9):
                exact += 1
    kinds = ", ".join(f"{n} {t}" for t, n in sorted(qtypes.items()))
    line = (f"{name} {ver}: {questions}/{total} items imported as Moodle questions ({kinds}); "
            f"correct answer kept in {exact}/{total}; numerical with tolerance in {numeric}/{total}")
    if numeric < questions:
        line += " (the bounds of the response processing are dropped: only correctResponse is read, "
        line += "matched as an exact string)"
    return line


def run_moodle_xml_parser(exercises):
    name = "moodle-xml-parser"
    ver = version("moodle-xml-parser")
    try:
        from moodle_xml_parser.parser import parse_file
    except ImportError:
        return f"{name}: skipped (not installed)"
    read = found = 0
    for ex in exercises:
        try:
            result = parse_file(str(ex.path / "moodle.xml"))
            read += 1
        except Exception as e:
            fault(name, f"{ex.name}/moodle.xml: {e!r}")
            continue
        found += sum(len(v) for v in result.values())
    types = "calculatedsimple" if exercises else ""
    return (f"{name} {ver}: {read}/{len(exercises)} files read without error; "
            f"{found} of {len(exercises)} {types} questions returned "
            f"(it parses only the types {sorted(result.keys()) if exercises else []}; others are skipped silently)")


def run_bbq_reader(exercises, work):
    name = "qti-package-maker"
    ver = version("qti-package-maker")
    try:
        from qti_package_maker.engines.bbq_text_upload import read_package
    except ImportError:
        return [f"{name}: skipped (not installed)"]
    lines = []
    # as written, then with every non-ASCII character written as an HTML
    # character reference (Blackboard reads the question text as HTML)
    for variant in ("as written", "non-ASCII as &#N; references"):
        total = read = kept = 0
        skipped = {}
        for ex in exercises:
            total += len(ex.answers)
            src = ex.path / "blackboard.txt"
            if variant != "as written":
                text = src.read_text(encoding="utf-8")
                src = work / ex.name / "blackboard-ascii.txt"
                src.parent.mkdir(parents=True, exist_ok=True)
                src.write_text("".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in text),
                               encoding="ascii")
            log = io.StringIO()
            try:
                with contextlib.redirect_stdout(log):
                    bank = read_package.read_items_from_file(str(src))
            except Exception as e:
                fault(name, f"{ex.name}/blackboard.txt refused: {e!r}")
                continue
            n_skipped = log.getvalue().count("Warning: skipping line")
            if n_skipped:
                bad = re.findall(r"^\d+ \d+ (.)$", log.getvalue(), re.M)
                skipped[ex.name] = (n_skipped, sorted(set(bad)))
            items = list(bank.items_dict.values())
            read += len(items)
            by_answer = [(it.answer_float, it.tolerance_float) for it in items
                         if type(it).__name__ == "NUM"]
            for answer in ex.answers:
                lo, hi = ex.bounds(answer)
                if any(close(a, answer, 1e-9) and close(t, (hi - lo) / 2, 1e-6) for a, t in by_answer):
                    kept += 1
        line = (f"{name} {ver} (Blackboard BBQ text upload reader), {variant}: {read}/{total} NUM items read; "
                f"answer and absolute tolerance (= {exercises[0].tolerance:g} x answer) kept in {kept}/{total}")
        if skipped:
            line += "; lines skipped: " + ", ".join(
                f"{k} {n} (first non-ASCII character {' '.join(c)})" for k, (n, c) in skipped.items())
            if variant == "as written":
                line += " -- the reader takes ASCII only (it encodes the text strictly as ASCII for its CRC ids)"
        elif variant != "as written" and kept < total:
            fault(name, f"{variant}: answer and tolerance kept in {kept}/{total}")
        lines.append(line)
    return lines


def run_browser(exercises, work, npm_dir, chromium):
    script = HERE / "third_party_qti_engine.mjs"
    need = [npm_dir / "node_modules" / p for p in
            ("@citolab/qti-components", "@citolab/qti-convert", "playwright-core")]
    if not all(p.exists() for p in need) or not shutil.which("node"):
        return ["@citolab/qti-convert, @citolab/qti-components: skipped (npm packages or node missing)"]
    plan = []
    for ex in exercises:
        d = work / ex.name / "qti21"
        d.mkdir(parents=True, exist_ok=True)
        for item in ex.items:
            (d / item).write_bytes(ex.qti21[item])
        plan.append({
            "exercise": ex.name,
            "dir": str(work / ex.name),
            "items": [{"file": item, "answer": ex.answers[i],
                       "probes": ex.probes(ex.answers[i])} for i, item in enumerate(ex.items)],
        })
    plan_file = work / "plan.json"
    plan_file.write_text(json.dumps(plan))
    r = subprocess.run(["node", str(script), str(plan_file), str(npm_dir), chromium],
                       capture_output=True, text=True)
    if r.returncode not in (0, 1):
        return [f"browser step failed: {r.stderr.strip()[-800:]}"]
    lines = []
    for line in r.stdout.splitlines():
        if line.startswith("FAULT "):
            fault("browser", line[6:])
        elif line.strip():
            lines.append(line)
    return lines


# ---------------------------------------------------------------- helpers

def zip_bytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        for n, data in files.items():
            z.writestr(n, data)
    return b.getvalue()


def as_bytes(x):
    return x if isinstance(x, bytes) else x.encode("utf-8")


def manifest_for(manifest, item):
    """The package's manifest with only this item's resource."""
    root = etree.fromstring(manifest)
    for res in list(root.iter("{*}resource")):
        if res.get("href") != item:
            res.getparent().remove(res)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=pathlib.Path)
    ap.add_argument("--npm-dir", type=pathlib.Path, default=pathlib.Path("/tmp/lms-npm"))
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--work", type=pathlib.Path, help="keep the converted files here (default: a temporary folder)")
    args = ap.parse_args()

    dirs = sorted(p for p in args.dir.iterdir() if (p / "qti21.zip").exists()) \
        if not (args.dir / "qti21.zip").exists() else [args.dir]
    if not dirs:
        sys.exit(f"third_party: no exports in {args.dir}")
    exercises = [Exercise(p) for p in dirs]
    n_items = sum(len(e.items) for e in exercises)
    print(f"exports: {len(exercises)} exercises, {n_items} QTI 2.1 items, "
          f"{sum(len(e.answers) for e in exercises)} variants")

    tmp = None
    work = args.work
    if work is None:
        tmp = tempfile.TemporaryDirectory(prefix="lms-third-party-")
        work = pathlib.Path(tmp.name)
    work.mkdir(parents=True, exist_ok=True)

    print(run_citolab_python(exercises, work), flush=True)
    for line in run_browser(exercises, work, args.npm_dir, args.chromium):
        print(line, flush=True)
    print(run_onyx2moodle(exercises, work), flush=True)
    print(run_moodle_xml_parser(exercises), flush=True)
    for line in run_bbq_reader(exercises, work):
        print(line, flush=True)

    if FAULTS:
        print(f"\n{len(FAULTS)} faults:")
        for f in FAULTS[:40]:
            print("  " + f)
        if len(FAULTS) > 40:
            print(f"  … and {len(FAULTS) - 40} more")
    if tmp:
        tmp.cleanup()
    sys.exit(1 if FAULTS else 0)


if __name__ == "__main__":
    main()
