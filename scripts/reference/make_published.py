#!/usr/bin/env python3
"""Normalise the report's published quickscan figures into the form Voelspriet compares with.

Run from the repository root:
    python3 scripts/reference/make_published.py /work/shared/reference/quickscan-published.json \
        > Sources/VoelsprietAnalysis/Resources/published/tno2023.json

Input: the figures as transcribed from TNO report R10432 (2023), chapter 3.
Output: one entry per reference key used by the built-in quickscan instrument
(`tno2023:T1` ... `tno2023:T10.5`), with values keyed by our option codes, in our scale order.
Only facts and figures are carried over; no sentences of the report.
"""
import json
import sys

src = json.load(open(sys.argv[1]))
tables = {t["id"]: t for t in src["tables"]}
agree = ["1", "2", "3", "4", "5"]
label_to_agree = {"Helemaal mee oneens": "1", "Oneens": "2", "Neutraal": "3", "Mee eens": "4", "Eens": "4",
                  "Helemaal mee eens": "5"}
freq = {"Altijd": "always", "Vaak": "often", "Soms": "sometimes", "Nooit": "never"}
sectors = ["youth_care_parenting", "residential_youth_care", "social_work", "veilig_thuis", "child_protection",
           "youth_mental_health", "adult_mental_health", "womens_shelter", "local_teams", "mee", "other"]
institutions = ["haagse_hogeschool", "universiteit_leiden", "hogeschool_rotterdam", "inholland", "han",
                "hogeschool_leiden"]
wish = ["already_want_more", "already_no_help", "not_yet_want_to", "not_yet_not_want"]
out = {"source": "TNO report R10432 (2023), chapter 3, tables as printed", "references": {}}


def rows_entry(table, codes, percent_of="respondents"):
    entry = {"table": table["id"], "n": table["n"], "percent_of": percent_of, "values": {}}
    for code, row in zip(codes, table["rows"]):
        entry["values"][code] = {"count": row[1], "percent": row[2]}
    if table.get("printed_inconsistent"):
        entry["note"] = "the printed table does not add up (see the report's notes)"
    return entry


out["references"]["tno2023:T1"] = rows_entry(tables["T1"], sectors, "selections")
out["references"]["tno2023:T2"] = rows_entry(tables["T2"], institutions)
out["references"]["tno2023:T3"] = rows_entry(tables["T3"], [freq[r[0]] for r in tables["T3"]["rows"]])
for tid in ("T4", "T6"):
    out["references"]["tno2023:" + tid] = rows_entry(tables[tid], [label_to_agree[r[0]] for r in tables[tid]["rows"]])
for tid in ("T5", "T7", "T9", "T10"):
    table = tables[tid]
    for index, (_, percents) in enumerate(table["items"], start=1):
        n = 70 if tid == "T9" or (tid == "T10" and index == 5) else table["n"]
        out["references"][f"tno2023:{tid}.{index}"] = {
            "table": tid, "n": n, "percent_of": "respondents",
            "values": {code: {"percent": p} for code, p in zip(agree, percents)}}
t8 = tables["T8"]
out["references"]["tno2023:T8"] = {
    "table": "T8", "n": t8["n"], "percent_of": "respondents",
    "values": {code: {"percent": row[1][2]} for code, row in zip(wish, t8["rows"])},
    "by_role": {role: {code: row[1][i] for code, row in zip(wish, t8["rows"])}
                for i, role in ((0, "student"), (1, "professional"))}}
json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
print()
