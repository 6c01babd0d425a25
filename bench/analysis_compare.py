#!/usr/bin/env python3
"""Checks that Voelspriet's report.json and bench/analysis_pandas.py's JSON agree.

    bench/analysis_compare.py VOELSPRIET_REPORT.json PANDAS_REPORT.json

Must agree exactly: respondents, per item n / missing / not applicable / counts per category,
breakdown counts per group, and per test computable, df, n, dropped categories and groups,
cells with expected < 5. Within 1e-6 relative: chi2, Cramér's V, minimum expected. p within
1e-6 relative or 1e-12 absolute (tail probabilities this small differ between implementations).
Lists the differences (the first 60) and exits 1 if there is any.
"""
import json
import math
import sys


def close(a, b, rel=1e-6, abs_=0.0):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=rel, abs_tol=abs_)


def main():
    vs_path, pd_path = sys.argv[1:3]
    vs = json.load(open(vs_path, encoding="utf-8"))
    pdr = json.load(open(pd_path, encoding="utf-8"))
    problems = []
    stats = {"items": 0, "tests": 0, "computable": 0, "max_chi2_rel": 0.0, "max_p_rel": 0.0}

    if vs["n"] != pdr["n"]:
        problems.append(f"respondents: voelspriet {vs['n']}, pandas {pdr['n']}")
    vs_items = {item["id"]: item for item in vs["items"]}
    for item in pdr["items"]:
        stats["items"] += 1
        ref = vs_items.get(item["id"])
        if ref is None:
            problems.append(f"{item['id']}: not in Voelspriet's report")
            continue
        for key in ("n", "missing", "not_applicable"):
            if ref[key] != item[key]:
                problems.append(f"{item['id']}: {key} voelspriet {ref[key]}, pandas {item[key]}")
        ref_counts = [(c["code"], c["count"]) for c in ref["categories"]]
        counts = [(c["code"], c["count"]) for c in item["categories"]]
        if ref_counts != counts:
            problems.append(f"{item['id']}: counts voelspriet {ref_counts}, pandas {counts}")
        if "tests" not in item:
            continue
        ref_breakdowns = {(b["split"], b["subset"]): b for b in ref["breakdowns"]}
        for breakdown in item["breakdowns"]:
            key = (breakdown["split"], breakdown["subset"])
            other = ref_breakdowns.get(key)
            if other is None:
                problems.append(f"{item['id']} {key}: breakdown not in Voelspriet's report")
                continue
            a = [(g["id"], g["n"], g["counts"]) for g in other["groups"]]
            b = [(g["id"], g["n"], g["counts"]) for g in breakdown["groups"]]
            if a != b:
                problems.append(f"{item['id']} {key}: breakdown voelspriet {a}, pandas {b}")
        ref_tests = {(t["split"], t["subset"]): t for t in ref["tests"]}
        if set(ref_tests) != {(t["split"], t["subset"]) for t in item["tests"]}:
            problems.append(f"{item['id']}: tests voelspriet {sorted(ref_tests, key=str)}, pandas "
                            f"{sorted(((t['split'], t['subset']) for t in item['tests']), key=str)}")
        for test in item["tests"]:
            key = (test["split"], test["subset"])
            other = ref_tests.get(key)
            if other is None:
                continue
            stats["tests"] += 1
            where = f"{item['id']} {key[0]}{' within ' + key[1] if key[1] else ''}"
            for field in ("computable", "df", "n", "dropped_categories", "dropped_groups", "cells_below_5"):
                if other[field] != test[field]:
                    problems.append(f"{where}: {field} voelspriet {other[field]}, pandas {test[field]}")
            if not test["computable"]:
                continue
            stats["computable"] += 1
            for field in ("chi2", "cramers_v", "min_expected"):
                if not close(other[field], test[field]):
                    problems.append(f"{where}: {field} voelspriet {other[field]!r}, pandas {test[field]!r}")
            if not close(other["p"], test["p"], abs_=1e-12):
                problems.append(f"{where}: p voelspriet {other['p']!r}, pandas {test['p']!r}")
            if other["chi2"] and test["chi2"]:
                stats["max_chi2_rel"] = max(stats["max_chi2_rel"], abs(other["chi2"] - test["chi2"]) / abs(test["chi2"]))
            if other["p"] and test["p"]:
                stats["max_p_rel"] = max(stats["max_p_rel"], abs(other["p"] - test["p"]) / abs(test["p"]))

    print(f"compared {stats['items']} items, {stats['tests']} tests ({stats['computable']} computable); "
          f"largest relative difference: chi2 {stats['max_chi2_rel']:.1e}, p {stats['max_p_rel']:.1e}")
    if problems:
        print(f"MISMATCH: {len(problems)} difference(s) between {vs_path} and {pd_path}:")
        for problem in problems[:60]:
            print("  " + problem)
        if len(problems) > 60:
            print(f"  … and {len(problems) - 60} more")
        return 1
    print("outputs agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
