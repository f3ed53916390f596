#!/usr/bin/env python3
"""Checks the exercise exports written by the ecm-core test exercise_exports.

Usage:
    EXERCISE_EXPORTS_DIR=DIR cargo test -p ecm-core --test exercise_exports
    python3 tests/exports/check_exports.py DIR

DIR holds one subdirectory per exercise of the catalog, named <page>-<ask>
(stress-stress, fracture-fracture-stress, …), each with moodle.xml,
qti21.zip, qti12.xml, blackboard.txt and variants.csv (columns: the inputs
by key, then answer in the answer's shown unit). Every subdirectory is
checked; a DIR that holds these files itself is checked as one exercise.

Checks:
  * every QTI 2.1 item in qti21.zip validates against the IMS QTI 2.1.2
    schema in tests/data/qti-2.1 (lxml), and the manifest is well-formed
    with one imsqti_item_xmlv2p1 resource per item (the IMS CP schema is
    not in the repository, so the manifest is not schema-validated);
  * each item's correctResponse is the variant's answer and its bounds
    contain it and match the tolerance read from moodle.xml;
  * the Moodle formula, evaluated with Moodle's rules on every dataset item,
    gives the variants' answers within 1e-9 relative;
  * blackboard.txt has one NUM line of 4 tab-separated fields per variant,
    with the answer and the tolerance as numbers;
  * qti12.xml is well-formed with one item and one var_set per variant,
    whose answers are the variants'.

Needs Python 3 and lxml only. Exits 1 with a message on the first failure.
"""

import ast
import re
import csv
import io
import math
import pathlib
import sys
import zipfile

try:
    from lxml import etree
except ImportError:
    sys.exit("check_exports: lxml is missing (pip install lxml, or apt install python3-lxml)")

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "tests" / "data" / "qti-2.1" / "imsqti_v2p1p2.xsd"
QTI = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
QTI12 = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
REL = 1e-9


def fail(message):
    sys.exit(f"check_exports: FAILED: {message}")


def close(a, b, rel=REL):
    return abs(a - b) <= rel * max(abs(b), 1e-300)


# Moodle's formula syntax: numbers, + - * / ( ), commas between arguments,
# {name} wildcards, and the functions of its list; no ^.
MOODLE_FUNCTIONS = {
    "abs": abs, "acos": math.acos, "asin": math.asin, "atan": math.atan,
    "ceil": math.ceil, "cos": math.cos, "cosh": math.cosh, "exp": math.exp,
    "floor": math.floor, "log": math.log, "log10": math.log10, "max": max,
    "min": min, "pi": lambda: math.pi, "pow": math.pow, "round": round,
    "sin": math.sin, "sinh": math.sinh, "sqrt": math.sqrt, "tan": math.tan,
    "tanh": math.tanh,
}


def moodle_eval(formula, values):
    """Evaluates a Moodle formula with wildcard values, refusing anything else."""
    if "^" in formula:
        raise ValueError("Moodle formulas have no ^")
    text = formula
    for name, value in values.items():
        text = text.replace("{" + name + "}", "(" + repr(float(value)) + ")")
    if "{" in text or "}" in text:
        raise ValueError(f"unknown wildcard in {formula!r}")
    tree = ast.parse(text, mode="eval")

    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return float(node.value)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            v = ev(node.operand)
            return -v if isinstance(node.op, ast.USub) else v
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)):
            a, b = ev(node.left), ev(node.right)
            if isinstance(node.op, ast.Add):
                return a + b
            if isinstance(node.op, ast.Sub):
                return a - b
            if isinstance(node.op, ast.Mult):
                return a * b
            return a / b
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in MOODLE_FUNCTIONS and not node.keywords:
            return float(MOODLE_FUNCTIONS[node.func.id](*[ev(a) for a in node.args]))
        raise ValueError(f"not Moodle syntax: {ast.dump(node)[:80]}")

    return ev(tree)


def read_variants(directory):
    with open(directory / "variants.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if not rows:
        fail("variants.csv has no rows")
    return [{k: float(v) for k, v in row.items()} for row in rows]


def check_moodle(directory, variants):
    tree = etree.parse(str(directory / "moodle.xml"))
    questions = tree.findall("question")
    if len(questions) != 1 or questions[0].get("type") != "calculatedsimple":
        fail("moodle.xml: expected one <question type=\"calculatedsimple\">")
    q = questions[0]
    answer = q.find("answer")
    if answer is None or answer.get("fraction") != "100":
        fail("moodle.xml: no <answer fraction=\"100\">")
    formula = answer.findtext("text")
    tolerance = float(answer.findtext("tolerance"))
    tolerance_type = answer.findtext("tolerancetype")
    if tolerance_type not in ("1", "2"):
        fail(f"moodle.xml: tolerancetype {tolerance_type} (expected 1 relative or 2 nominal)")
    datasets = {}
    for d in q.iter("dataset_definition"):
        name = d.findtext("name/text")
        items = [float(i.findtext("value")) for i in d.iter("dataset_item")]
        if int(d.findtext("itemcount")) != len(items):
            fail(f"moodle.xml: {name}: itemcount differs from its items")
        if not (float(d.findtext("minimum/text")) <= min(items) and max(items) <= float(d.findtext("maximum/text"))):
            fail(f"moodle.xml: {name}: items outside minimum–maximum")
        datasets[name] = items
    for k, v in enumerate(variants):
        values = {name: items[k] for name, items in datasets.items()}
        for name, value in values.items():
            if value != v[name]:
                fail(f"moodle.xml: {name} item {k + 1} is {value}, variants.csv says {v[name]}")
        got = moodle_eval(formula, values)
        if not close(got, v["answer"]):
            fail(f"moodle.xml: the formula gives {got} for variant {k + 1}, expected {v['answer']}")
    if len(next(iter(datasets.values()))) != len(variants):
        fail("moodle.xml: dataset items and variants differ in number")
    print(f"moodle.xml: formula {formula!r} gives all {len(variants)} answers")
    return tolerance, tolerance_type


def check_qti21(directory, variants, tolerance, tolerance_type):
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    with zipfile.ZipFile(directory / "qti21.zip") as z:
        bad = z.testzip()
        if bad:
            fail(f"qti21.zip: CRC error in {bad}")
        names = z.namelist()
        manifest = etree.fromstring(z.read("imsmanifest.xml"))
        resources = manifest.findall(f"{CP}resources/{CP}resource")
        hrefs = [r.get("href") for r in resources if r.get("type") == "imsqti_item_xmlv2p1"]
        if len(hrefs) != len(variants):
            fail(f"qti21.zip: {len(hrefs)} item resources for {len(variants)} variants")
        for k, (href, v) in enumerate(zip(hrefs, variants)):
            if href not in names:
                fail(f"qti21.zip: the manifest names {href}, which is not in the zip")
            item = etree.parse(io.BytesIO(z.read(href)))
            if not schema.validate(item):
                fail(f"qti21.zip: {href} is not valid QTI 2.1: {schema.error_log.last_error}")
            correct = float(item.findtext(f"{QTI}responseDeclaration/{QTI}correctResponse/{QTI}value"))
            if not close(correct, v["answer"]):
                fail(f"qti21.zip: {href}: correct response {correct}, expected {v['answer']}")
            cond = item.find(f"{QTI}responseProcessing/{QTI}responseCondition/{QTI}responseIf/{QTI}and")
            lo = hi = None
            for op in cond:
                tag = etree.QName(op).localname
                value = float(op.findtext(f"{QTI}baseValue"))
                if tag in ("gte", "gt"):
                    lo = value
                elif tag in ("lte", "lt"):
                    hi = value
            if lo is None or hi is None or not lo < v["answer"] < hi:
                fail(f"qti21.zip: {href}: bounds {lo}–{hi} do not contain {v['answer']}")
            half = tolerance * abs(v["answer"]) if tolerance_type == "1" else tolerance
            if not (close(hi - v["answer"], half, 1e-6) and close(v["answer"] - lo, half, 1e-6)):
                fail(f"qti21.zip: {href}: bounds {lo}–{hi} are not answer ± {half}")
    print(f"qti21.zip: {len(hrefs)} items valid against {SCHEMA.name}, bounds match the tolerance")


# Canvas's formula syntax (community.canvaslms.com, "Canvas Formula Quiz
# Question Helper Functions"): variables bare, ^ for powers, the letter e
# the constant e (so 1e-3 would be e-arithmetic, not a number), pi bare, ln
# the natural and log the base-10 logarithm.
CANVAS_FUNCTIONS = {
    "abs": abs, "acos": math.acos, "asin": math.asin, "atan": math.atan,
    "ceil": math.ceil, "cos": math.cos, "cosh": math.cosh, "floor": math.floor,
    "ln": math.log, "log": math.log10, "max": max, "min": min, "round": round,
    "sin": math.sin, "sinh": math.sinh, "sqrt": math.sqrt, "tan": math.tan,
    "tanh": math.tanh,
}


def canvas_eval(formula, values):
    """Evaluates a Canvas formula with variable values, refusing anything else."""
    if "{" in formula or "pow(" in formula:
        raise ValueError(f"not Canvas syntax: {formula!r}")
    tree = ast.parse(formula.replace("^", "**"), mode="eval")
    constants = {"pi": math.pi, "e": math.e}

    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return float(node.value)
        if isinstance(node, ast.Name):
            if node.id in values:
                return float(values[node.id])
            if node.id in constants:
                return constants[node.id]
            raise ValueError(f"unknown name {node.id!r} in {formula!r}")
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            v = ev(node.operand)
            return -v if isinstance(node.op, ast.USub) else v
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow)):
            a, b = ev(node.left), ev(node.right)
            if isinstance(node.op, ast.Pow):
                return a ** b
            if isinstance(node.op, ast.Div):
                return a / b if b else math.inf
            return a + b if isinstance(node.op, ast.Add) else a - b if isinstance(node.op, ast.Sub) else a * b
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in CANVAS_FUNCTIONS and not node.keywords:
            return float(CANVAS_FUNCTIONS[node.func.id](*[ev(a) for a in node.args]))
        raise ValueError(f"not Canvas syntax: {ast.dump(node)[:80]}")

    return ev(tree)


def check_qti12(directory, variants):
    tree = etree.parse(str(directory / "qti12.xml"))
    items = list(tree.iter(f"{QTI12}item"))
    if len(items) != 1:
        fail(f"qti12.xml: {len(items)} items, expected 1")
    sets = list(items[0].iter(f"{QTI12}var_set"))
    if len(sets) != len(variants):
        fail(f"qti12.xml: {len(sets)} var_sets for {len(variants)} variants")
    formula = items[0].findtext(f".//{QTI12}formula")
    if re.search(r"\d[eE][-+]?\d", formula or ""):
        fail(f"qti12.xml: the formula {formula!r} writes a number with an exponent; Canvas reads e as the constant")
    for k, (s, v) in enumerate(zip(sets, variants)):
        answer = float(s.findtext(f"{QTI12}answer"))
        if not close(answer, v["answer"]):
            fail(f"qti12.xml: var_set {k + 1} answer {answer}, expected {v['answer']}")
        values = {var.get("name"): var.text for var in s.iter(f"{QTI12}var")}
        try:
            got = canvas_eval(formula, values)
        except (ValueError, SyntaxError, ZeroDivisionError, OverflowError) as e:
            fail(f"qti12.xml: the formula {formula!r} is not Canvas's syntax: {e}")
        if not close(got, v["answer"]):
            fail(f"qti12.xml: the formula gives {got} for var_set {k + 1}, expected {v['answer']}")
    print(f"qti12.xml: one calculated item, formula {formula!r} gives all {len(sets)} var_sets' answers")


def check_blackboard(directory, variants, tolerance, tolerance_type):
    text = (directory / "blackboard.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    if len(lines) != len(variants):
        fail(f"blackboard.txt: {len(lines)} lines for {len(variants)} variants")
    for k, (line, v) in enumerate(zip(lines, variants)):
        fields = line.split("\t")
        if len(fields) != 4 or fields[0] != "NUM" or not fields[1].strip():
            fail(f"blackboard.txt line {k + 1}: expected NUM<TAB>question<TAB>answer<TAB>tolerance")
        try:
            answer, tol = float(fields[2]), float(fields[3])
        except ValueError:
            fail(f"blackboard.txt line {k + 1}: answer and tolerance must be numbers")
        want = tolerance * abs(v["answer"]) if tolerance_type == "1" else tolerance
        if not close(answer, v["answer"]) or not close(tol, want, 1e-6):
            fail(f"blackboard.txt line {k + 1}: {answer} ± {tol}, expected {v['answer']} ± {want}")
    print(f"blackboard.txt: {len(lines)} NUM lines with the variants' answers and tolerances")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    directory = pathlib.Path(sys.argv[1])
    if not SCHEMA.exists():
        fail(f"the QTI 2.1 schema is missing: {SCHEMA}")
    if (directory / "variants.csv").exists():
        exercises = [directory]
    else:
        exercises = sorted(d for d in directory.iterdir() if (d / "variants.csv").exists())
    if not exercises:
        fail(f"no exercise exports in {directory} (no variants.csv in it or its subdirectories)")
    for exercise in exercises:
        print(f"== {exercise.name}")
        check_exercise(exercise)
    print(f"check_exports: all exports of {len(exercises)} exercises agree")


def check_exercise(directory):
    variants = read_variants(directory)
    tolerance, tolerance_type = check_moodle(directory, variants)
    check_qti21(directory, variants, tolerance, tolerance_type)
    check_qti12(directory, variants)
    check_blackboard(directory, variants, tolerance, tolerance_type)


if __name__ == "__main__":
    main()
