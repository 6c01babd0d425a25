#!/usr/bin/env python3
"""Numeric and date items in the exports (issue 9): PSPP reads the .sav's numeric item as a
scale variable with the answers' decimals and its date item as a DATE11 date; R's script turns
them into numeric and Date; the CSV holds the canonical numbers and ISO dates.

Usage: typed_export_test.py VOELSPRIET_BINARY

Creates a study from a YAML instrument (the format the builder writes), imports three
answer sets (with a decimal comma, as respondents type it), exports and reads everything back.
Needs pspp, libreadstat1 and r-base-core (Debian).
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

binary = os.path.abspath(sys.argv[1])

YAML = """id: typen
languages: [nl, en]
title: {nl: Typen, en: Types}
scales: {}
sections:
  - id: werk
    title: {nl: Werk, en: Work}
    items:
      - id: hours
        type: numeric
        format: decimal
        min: 0
        max: 80
        unit: {nl: uur, en: hours}
        text: {nl: Uren per week, en: Hours a week}
      - id: since
        type: date
        earliest: "2000-01-01"
        text: {nl: Sinds, en: Since}
      - id: province
        type: dropdown
        text: {nl: Provincie, en: Province}
        options:
          - {code: gr, label: {nl: Groningen, en: Groningen}}
          - {code: fr, label: {nl: Friesland, en: Friesland}}
"""
ANSWERS = [
    {"hours": "36,5", "since": "2019-09-01", "province": "gr"},
    {"hours": "12", "since": "31-01-2024", "province": "fr"},
    {"province": "fr"},
]
failures = []


def check(ok, what, detail=""):
    print(("PASS " if ok else "FAIL ") + what + ("" if ok else f": {detail}"), flush=True)
    if not ok:
        failures.append(what)


def run(*args, **kwargs):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


with tempfile.TemporaryDirectory() as work:
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    data = os.path.join(work, "data")
    instrument = os.path.join(work, "typen.yaml")
    with open(instrument, "w", encoding="utf-8") as fh:
        fh.write(YAML)
    check(subprocess.run([binary, "instrument", "check", instrument], capture_output=True, text=True).returncode == 0,
          "the YAML instrument checks clean")
    run(binary, "study", "create", "--data", data, "--slug", "typen", "--title", "Typen", "--instrument", instrument, env=env)
    bodies = os.path.join(work, "answers.jsonl")
    with open(bodies, "w", encoding="utf-8") as fh:
        for answer in ANSWERS:
            fh.write(json.dumps(answer) + "\n")
    run(binary, "import", "--data", data, "--study", "typen", bodies, env=env)
    out_csv, sav, script = (os.path.join(work, n) for n in ("answers.csv", "answers.sav", "answers.R"))
    run(binary, "export", "--data", data, "--study", "typen", "--out", out_csv, "--sav", sav, "--r-script", script, env=env)

    with open(out_csv, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    hours = sorted(r["hours"] for r in rows)
    since = sorted(r["since"] for r in rows)
    check(hours == ["-98", "12", "36.5"], "the CSV holds canonical numbers; skipped is -98 (min 0 rules the code out as an answer)", str(hours))
    check(since == ["", "2019-09-01", "2024-01-31"], "the CSV holds ISO dates", str(since))

    sps = os.path.join(work, "check.sps")
    with open(sps, "w", encoding="utf-8") as fh:
        fh.write(f"GET FILE='{sav}'.\nDISPLAY DICTIONARY /VARIABLES=hours since province.\n"
                 "DESCRIPTIVES /VARIABLES=hours /STATISTICS=MEAN.\nLIST /VARIABLES=since.\n")
    output = subprocess.run(["pspp", "-O", "format=csv", "-o", "-", sps], capture_output=True, text=True)
    text = output.stdout
    check(output.returncode == 0, "PSPP reads the .sav", output.stderr[-400:])
    lines = [line for line in text.splitlines() if line.startswith("hours,") or line.startswith("since,")]
    hours_line = next((line for line in lines if line.startswith("hours,")), "")
    since_line = next((line for line in lines if line.startswith("since,")), "")
    check("Scale" in hours_line and "F10.1" in hours_line, "hours is a scale variable shown with one decimal", hours_line)
    check("DATE11" in since_line, "since is a DATE11 date", since_line)
    check("24.25" in text, "PSPP's mean of hours is (36.5 + 12) / 2 = 24.25 (the missing one left out)", text[-600:])
    check("01-SEP-2019" in text and "31-JAN-2024" in text, "PSPP lists the dates as days", text[-600:])

    rcheck = os.path.join(work, "check.R")
    with open(rcheck, "w", encoding="utf-8") as fh:
        fh.write('source("answers.R")\n'
                 'cat("class", class(answers$hours), class(answers$since), "\\n")\n'
                 'cat("mean", mean(answers$hours, na.rm = TRUE), "\\n")\n'
                 'cat("days", format(sort(answers$since)), "\\n")\n')
    r = subprocess.run(["Rscript", "check.R"], cwd=work, capture_output=True, text=True)
    check(r.returncode == 0, "R runs the generated script", r.stderr[-400:])
    check("class numeric Date" in r.stdout, "R reads hours as numeric and since as Date", r.stdout)
    check("mean 24.25" in r.stdout, "R's mean of hours is 24.25", r.stdout)
    check("days 2019-09-01 2024-01-31" in r.stdout, "R's dates are the answered days", r.stdout)

print(f"{'FAILED' if failures else 'passed'}: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
