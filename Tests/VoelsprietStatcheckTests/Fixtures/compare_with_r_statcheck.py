#!/usr/bin/env python3
"""Cross-check of statements.json against R's statcheck (an independent implementation).

    python3 Tests/VoelsprietStatcheckTests/Fixtures/compare_with_r_statcheck.py

Needs Rscript with the statcheck package (Debian: apt-get install r-cran-statcheck). R's
statcheck reads APA notation only, so the English plain-text cases without one-sided marks are
given to it, one per line; for every result it reports, its `error`, `decision_error` and
`computed_p` are compared with the fixture's `inconsistent`, `decision_error` and `computed_p`
(1e-6 relative). Results R reads differently (it misses some spellings, e.g. "chi2") are counted
as unmatched. With statcheck 1.4.0: 120 of 120 matched results agree, 13 unmatched.
"""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    cases = json.load(open(os.path.join(HERE, "statements.json"), encoding="utf-8"))["cases"]
    cases = [c for c in cases if c["language"] == "en" and c["style"] == "plain" and c["statements"]
             and not any(s["one_sided"] for s in c["statements"])]
    folder = tempfile.mkdtemp(prefix="statcheck-r-")
    lines, out = os.path.join(folder, "lines.txt"), os.path.join(folder, "r.csv")
    with open(lines, "w", encoding="utf-8") as f:
        f.write("\n".join(c["text"] for c in cases) + "\n")
    script = (f"suppressMessages(library(statcheck)); x <- readLines('{lines}', encoding = 'UTF-8'); "
              "r <- statcheck(x, messages = FALSE); "
              "write.csv(data.frame(source = r$source, raw = r$raw, computed = r$computed_p, error = r$error, "
              f"decision = r$decision_error), '{out}', row.names = FALSE)")
    result = subprocess.run(["Rscript", "-e", script], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"Rscript failed: {result.stderr.strip()[:400]}")
    agree, differ, unmatched = 0, [], 0
    for row in csv.DictReader(open(out, encoding="utf-8")):
        case = cases[int(re.sub(r"\D", "", row["source"])) - 1]
        match = re.search(r"=\s*(-?[\d.]+)\s*,\s*p", row["raw"])
        same = [s for s in case["statements"] if match and abs(abs(s["statistic"]) - abs(float(match.group(1)))) < 1e-9]
        if not same:
            unmatched += 1
            continue
        s = same[0]
        ok = ((row["error"] == "TRUE") == s["inconsistent"] and (row["decision"] == "TRUE") == s["decision_error"]
              and abs(float(row["computed"]) - s["computed_p"]) <= 1e-6 * max(s["computed_p"], 1e-12))
        if ok:
            agree += 1
        else:
            differ.append((row["raw"], row["error"], row["decision"], s["inconsistent"], s["decision_error"]))
    print(f"{len(cases)} cases given to R statcheck; matched results: {agree} agree, {len(differ)} differ; {unmatched} unmatched")
    for d in differ:
        print("  differs:", d)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
