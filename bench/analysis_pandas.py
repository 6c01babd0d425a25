#!/usr/bin/env python3
"""The quickscan report of `voelspriet analyze --instrument quickscan --by role,experience`,
written the way a researcher would with pandas + SciPy. The comparison for bench/analysis.sh.

    bench/analysis_pandas.py FILE.csv --out OUT.json [--instrument quickscan.json]

FILE.csv follows Voelspriet's export layout. The codebook comes from the instrument JSON
(`voelspriet instrument show quickscan --json`); without --instrument the script runs that
command itself ($VOELSPRIET, default .build/release/voelspriet).

What it computes, as Voelspriet does:
  * single/scale/yesno items: counts per code in codebook order, n answered, missing
    (applicable but blank or not a code), not applicable (the item's or its section's showIf
    is false for the row);
  * multiple items: counts per option (column == 1), respondents who ticked any option;
    applicable rows that ticked none are missing;
  * every single item except role and experience: crosstabs and Pearson chi-square tests
    (no Yates correction, all-zero rows and columns dropped first) by role, by experience
    (with = past/recent/current, without = no), and by experience within each role.
Open-text columns are not read (Voelspriet counts them; the report here leaves them out).
"""
import argparse
import json
import os
import subprocess
import sys

import numpy as np
import pandas as pd
from scipy.stats import chi2_contingency

YES_NO = ["yes", "no"]  # the fixed codes of a yesno item (not listed in the instrument JSON)
EXPERIENCE_GROUPS = {"past": "with", "recent": "with", "current": "with", "no": "without"}


def load_instrument(path):
    if path:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    binary = os.environ.get("VOELSPRIET", ".build/release/voelspriet")
    out = subprocess.run([binary, "instrument", "show", "quickscan", "--json"], check=True, capture_output=True)
    return json.loads(out.stdout)


def codes_of(item, instrument):
    if item["type"] in ("single", "multiple"):
        return [o["code"] for o in item["options"]]
    if item["type"] == "scale":
        return [p["code"] for p in instrument["scales"][item["scale"]]["points"]]
    if item["type"] == "yesno":
        return YES_NO
    return []


def items_of(instrument):
    """(item, codes, condition) in questionnaire order; condition = section's AND item's showIf."""
    for section in instrument["sections"]:
        for item in section["items"]:
            conditions = [c for c in (section.get("showIf"), item.get("showIf")) if c]
            condition = conditions[0] if len(conditions) == 1 else ({"all": conditions} if conditions else None)
            yield item, codes_of(item, instrument), condition


def holds(condition, df, types):
    """Boolean Series: the rows for which the condition holds. A blank answer satisfies
    neither equals nor notEquals (the item was not answered, so what follows is not shown)."""
    if "all" in condition:
        return np.logical_and.reduce([holds(c, df, types) for c in condition["all"]])
    if "any" in condition:
        return np.logical_or.reduce([holds(c, df, types) for c in condition["any"]])
    if "not" in condition:
        return ~holds(condition["not"], df, types)
    item = condition["item"]
    if types[item] == "multiple":
        raise NotImplementedError("conditions on multiple-choice items")  # the quickscan has none
    column = df[item]
    for key, negate in (("equals", False), ("in", False), ("notEquals", True), ("notIn", True)):
        if key in condition:
            values = condition[key] if isinstance(condition[key], list) else [condition[key]]
            chosen = column.isin(values)
            return (column.notna() & ~chosen) if negate else chosen
    raise ValueError(f"unsupported condition {condition}")


def chi_square(table, codes, groups):
    """Pearson chi-square on a codes × groups table of counts, as Voelspriet reports it."""
    rows = table.sum(axis=1) > 0
    columns = table.sum(axis=0) > 0
    test = {
        "computable": False, "reason": None, "chi2": None, "df": None, "p": None, "n": None,
        "cramers_v": None, "min_expected": None, "cells_below_5": None,
        "dropped_categories": [], "dropped_groups": [],
    }
    reduced = table[rows][:, columns]
    if table.sum() == 0:
        test["reason"] = "the table is empty"
    elif reduced.shape[0] < 2:
        test["reason"] = "fewer than two non-empty rows (categories)"
    elif reduced.shape[1] < 2:
        test["reason"] = "fewer than two non-empty columns (groups)"
    else:
        chi2, p, df, expected = chi2_contingency(reduced, correction=False)
        n = int(reduced.sum())
        test.update(
            computable=True,
            dropped_categories=[c for c, keep in zip(codes, rows) if not keep],
            dropped_groups=[g for g, keep in zip(groups, columns) if not keep],
            chi2=float(chi2), df=int(df), p=float(p), n=n,
            cramers_v=float(np.sqrt(chi2 / (n * (min(reduced.shape) - 1)))),
            min_expected=float(expected.min()), cells_below_5=int((expected < 5).sum()))
    return test


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--out", required=True)
    parser.add_argument("--instrument", help="instrument JSON (default: ask voelspriet)")
    args = parser.parse_args()

    instrument = load_instrument(args.instrument)
    items = list(items_of(instrument))
    types = {item["id"]: item["type"] for item, _, _ in items}

    # Only the columns the report needs. Codes are labels, so the code columns are read as
    # strings (agree5's "1".."5" must not become floats); the 0/1 option columns are left to
    # pandas' type inference (float64, NaN where the item was not shown). Default C engine,
    # no pyarrow (not installed by default). (dtype="category" is not a drop-in alternative:
    # pandas 3 turns the categories "1".."5" into integers, so the codes no longer match.)
    code_columns = [item["id"] for item, _, _ in items if item["type"] in ("single", "scale", "yesno")]
    option_columns = [f"{item['id']}_{code}" for item, codes, _ in items if item["type"] == "multiple" for code in codes]
    df = pd.read_csv(args.file, usecols=code_columns + option_columns, dtype={c: str for c in code_columns})

    role = df["role"]
    experience = df["experience"].map(EXPERIENCE_GROUPS)
    roles = [o["code"] for o in next(i for i, _, _ in items if i["id"] == "role")["options"]]
    comparisons = [("role", None, role, roles, None), ("experience", None, experience, ["with", "without"], None)]
    comparisons += [("experience", f"role={r}", experience, ["with", "without"], role == r) for r in roles]

    report_items = []
    for item, codes, condition in items:
        kind = item["type"]
        if kind == "text":
            continue
        applies = holds(condition, df, types) if condition is not None else pd.Series(True, index=df.index)
        applicable = int(applies.sum())
        entry = {"id": item["id"], "type": "multiple" if kind == "multiple" else "single"}
        if kind == "multiple":
            ticked = df.loc[applies, [f"{item['id']}_{code}" for code in codes]] == 1
            counts = ticked.sum().tolist()
            answered = int(ticked.any(axis=1).sum())
            entry.update(n=answered, missing=applicable - answered, not_applicable=len(df) - applicable,
                         categories=[{"code": c, "count": int(k)} for c, k in zip(codes, counts)])
            report_items.append(entry)
            continue
        answers = df[item["id"]].where(applies)
        counts = answers.value_counts().reindex(codes, fill_value=0)
        answered = int(counts.sum())
        entry.update(n=answered, missing=applicable - answered, not_applicable=len(df) - applicable,
                     categories=[{"code": c, "count": int(k)} for c, k in counts.items()],
                     breakdowns=[], tests=[])
        if item["id"] not in ("role", "experience"):
            for split, subset, groups_of_rows, groups, rows in comparisons:
                values = answers if rows is None else answers[rows]
                by = groups_of_rows if rows is None else groups_of_rows[rows]
                table = pd.crosstab(values, by).reindex(index=codes, columns=groups, fill_value=0)
                entry["breakdowns"].append({
                    "split": split, "subset": subset,
                    "groups": [{"id": g, "n": int(table[g].sum()), "counts": table[g].astype(int).tolist()} for g in groups]})
                test = chi_square(table.to_numpy(), codes, groups)
                entry["tests"].append({"split": split, "subset": subset, **test})
        report_items.append(entry)

    report = {"n": len(df), "items": report_items}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
