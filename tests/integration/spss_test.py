#!/usr/bin/env python3
"""SPSS and R export check: PSPP reads Voelspriet's .sav and its CROSSTABS give our chi-square
values; R loads the CSV with the generated script and its factor counts equal our report.

Usage: spss_test.py VOELSPRIET_BINARY

Builds a study from the demo data (import of JSONL intake bodies), exports it as .sav, and
runs PSPP's CROSSTABS on every five-point item by role, and on the report's within-group
comparisons; Pearson chi-square and df must equal `voelspriet analyze` on the CSV export
(PSPP prints two decimals). Also checks variable labels, value labels and measurement levels.
Needs pspp, libreadstat1 and r-base-core (Rscript) (Debian).
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
    syntax = f"GET FILE='{sav}'.\nDISPLAY DICTIONARY /VARIABLES=submitted_on role skill_connect_reality sector_mee.\n"
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
    # Missing codes declared user-missing with labels, the date of submission an SPSS date.
    for expected in ("Ordinal", "Nominal", "Helemaal mee oneens", "gekozen", "Beantwoord je deze vragen",
                     "-99; -98", "niet getoond", "overgeslagen", "DATE11"):
        if expected not in text:
            sys.exit(f"PSPP's dictionary lacks {expected!r}")
    print(f"spss_test: PSPP agrees on {len(comparisons)} crosstabs from the .sav export")

    # R: the script loads the CSV with labelled factors; counts per label equal the report's.
    checked = [item for item in report["items"] if item["type"] == "single" and item["n"] > 0]
    r_code = ("source('answers.R')\n"
              "cat('DATE', class(answers$submitted_on), '\\n')\n"
              "cat('REASONS', sum(attr(answers$institution, 'na_reason') == 'niet getoond (niet gevraagd in deze route)', na.rm = TRUE), "
              "sum(answers$role == 'Professional: ik werk in dit werkveld', na.rm = TRUE), '\\n')\n") + "".join(
        f"cat('{item['id']}', is.factor(answers[['{item['id']}']]), is.ordered(answers[['{item['id']}']]), "
        f"paste(as.vector(table(answers[['{item['id']}']])), collapse=','), "
        f"paste(levels(answers[['{item['id']}']]), collapse='|'), sep='\\t'); cat('\\n')\n"
        for item in checked)
    with open(os.path.join(work, "check.R"), "w") as handle:
        handle.write(r_code)
    r = subprocess.run(["Rscript", "check.R"], cwd=work, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"R could not load the export with the script:\n{r.stderr[-3000:]}")
    rows = {line.split("\t")[0]: line.split("\t") for line in r.stdout.splitlines() if "\t" in line}
    if "DATE Date" not in r.stdout:
        sys.exit(f"R: submitted_on is not a Date:\n{r.stdout[:500]}")
    reasons = re.search(r"REASONS (\d+) (\d+)", r.stdout)
    # Every professional was not shown the institution question: as many "not shown" reasons as professionals.
    if not reasons or reasons.group(1) != reasons.group(2) or reasons.group(1) == "0":
        sys.exit(f"R: the not-shown reasons of institution do not match the professionals: {reasons and reasons.groups()}")
    for item in checked:
        got = rows.get(item["id"])
        if got is None:
            sys.exit(f"R printed nothing for {item['id']}")
        _, is_factor, is_ordered, counts, levels = got
        want_counts = ",".join(str(c["count"]) for c in item["categories"])
        want_levels = "|".join(c["label"] for c in item["categories"])
        if is_factor != "TRUE" or counts != want_counts or levels != want_levels:
            sys.exit(f"R reads {item['id']} as factor={is_factor} counts={counts} levels={levels}; "
                     f"expected counts={want_counts} levels={want_levels}")
        if (is_ordered == "TRUE") != (item.get("scale") is not None):
            sys.exit(f"R: {item['id']} ordered={is_ordered}, but scale={item.get('scale')}")
    print(f"spss_test: R reads {len(checked)} labelled factors with the report's counts")
