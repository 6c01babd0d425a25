#!/usr/bin/env python3
"""SPSS export check: PSPP reads Voelspriet's .sav and its CROSSTABS give our chi-square values.

Usage: spss_test.py VOELSPRIET_BINARY

Builds a study from the demo data (import of JSONL intake bodies), exports it as .sav, and
runs PSPP's CROSSTABS on every five-point item by role, and on the report's within-group
comparisons; Pearson chi-square and df must equal `voelspriet analyze` on the CSV export
(PSPP prints two decimals). Also checks variable labels, value labels and measurement levels.
Needs pspp and libreadstat1 (Debian).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

binary = os.path.abspath(sys.argv[1])


def run(*args, **kwargs):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


with tempfile.TemporaryDirectory() as work:
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    data = os.path.join(work, "data")
    run(binary, "study", "create", "--data", data, "--slug", "qs", "--title", "Quickscan", env=env)
    run(binary, "demo-data", "--seed", "5", "--format", "jsonl", "--out", os.path.join(work, "demo.jsonl"), env=env)
    run(binary, "import", "--data", data, "--study", "qs", os.path.join(work, "demo.jsonl"), env=env)
    csv = os.path.join(work, "answers.csv")
    sav = os.path.join(work, "answers.sav")
    run(binary, "export", "--data", data, "--study", "qs", "--out", csv, "--sav", sav, "--r-script",
        os.path.join(work, "answers.R"), env=env)
    report = json.loads(run(binary, "analyze", csv, "--instrument", "quickscan", "--by", "role,experience",
                            "--format", "json", "--out", "-", env=env).stdout)

    comparisons = []  # (item, subset, syntax)
    for item in report["items"]:
        if item.get("scale") != "agree5":
            continue
        for test in item["tests"]:
            if not test["computable"]:
                continue
            if test["split"] == "role" and test["subset"] is None:
                comparisons.append((item["id"], test, f"CROSSTABS /TABLES={item['id']} BY role /STATISTICS=CHISQ.\n"))
            elif test["split"] == "experience" and test["subset"] in ("role=student", "role=professional"):
                role = 2 if test["subset"] == "role=student" else 1
                comparisons.append((item["id"], test,
                                    f"TEMPORARY.\nSELECT IF role = {role}.\nRECODE experience (1=0) (2 THRU 4=1) INTO withexp.\n"
                                    f"CROSSTABS /TABLES={item['id']} BY withexp /STATISTICS=CHISQ.\n"))
    syntax = f"GET FILE='{sav}'.\nDISPLAY DICTIONARY /VARIABLES=role skill_connect_reality sector_mee.\n"
    syntax += "".join(c[2] for c in comparisons)
    sps = os.path.join(work, "check.sps")
    with open(sps, "w") as handle:
        handle.write(syntax)
    output = subprocess.run(["pspp", "-O", "format=csv", "-o", "-", sps], capture_output=True, text=True)
    text = output.stdout
    if "warning" in output.stderr.lower() or "error" in output.stderr.lower():
        sys.exit(f"PSPP complained reading the .sav:\n{output.stderr}")
    pearson = re.findall(r'^"?Pearson Chi-Square"?,([0-9.]+),([0-9]+),', text, re.MULTILINE)
    if len(pearson) != len(comparisons):
        sys.exit(f"expected {len(comparisons)} Pearson rows from PSPP, found {len(pearson)}\n{text[:3000]}")
    for (item, test, _), (chi2, df) in zip(comparisons, pearson):
        if f"{test['chi2']:.2f}" != f"{float(chi2):.2f}" or int(df) != test["df"]:
            sys.exit(f"{item} {test['split']} {test['subset']}: PSPP χ²({df}) = {chi2}, Voelspriet χ²({test['df']}) = {test['chi2']:.4f}")
    for expected in ("Ordinal", "Nominal", "Helemaal mee oneens", "gekozen", "Beantwoord je deze vragen"):
        if expected not in text:
            sys.exit(f"PSPP's dictionary lacks {expected!r}")
    print(f"spss_test: PSPP agrees on {len(comparisons)} crosstabs from the .sav export")
