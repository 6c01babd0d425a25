#!/usr/bin/env python3
"""Prints the QDA benchmark table (Taguette vs Voelspriet, ratio = Taguette / Voelspriet, so
higher is better for Voelspriet) and writes the combined results JSON.

Usage: compare.py TAGUETTE.json VOELSPRIET.json [TAGUETTE-TXT.json] --out qda-results.json
Any input may be missing (that side's cells stay empty). Times are medians of the runs.
"""
import argparse
import json
import os


def load(path):
    if path and os.path.exists(path):
        with open(path) as fp:
            return json.load(fp)
    return None


def get(d, *keys):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d


def rows(tag, ours, txt):
    """(measure, what Taguette does, Taguette value, Voelspriet value, unit, goal)."""
    mib = lambda kb: kb / 1024 if kb else None  # noqa: E731
    n_t = get(tag, "list_all", "highlights")
    return [
        ("import 2,000 transcripts", "upload as HTML (its fastest path), 4 in flight",
         get(tag, "import", "wall_s"), get(ours, "import", "wall_s"), "s", "≥10×"),
        ("import 2,000 transcripts", "upload the .txt files (calibre ebook-convert)",
         get(txt, "import", "wall_s"), get(ours, "import", "wall_s"), "s", "(info)"),
        ("search phrase, all sources", "no search: fetch all 2,000 documents, find in client",
         get(tag, "search_api", "median_s"), get(ours, "search", "median_s"), "s", "≥10×, <50 ms"),
        ("search phrase, all sources", "floor: SQL LIKE on its SQLite file (not a feature)",
         get(tag, "search_sql", "median_s"), get(ours, "search", "median_s"), "s", "(info)"),
        ("list 10,000 fragments of a code", f"all {get(tag, 'list_page1', 'pages') or '?'} pages of 50 "
         f"({n_t or '?'} highlights)", get(tag, "list_all", "median_s"), get(ours, "code_fragments", "median_s"),
         "s", "≥10×"),
        ("list 10,000 fragments of a code", "first page only (50 highlights)",
         get(tag, "list_page1", "median_s"), get(ours, "code_fragments", "median_s"), "s", "(info)"),
        ("list 10,000 fragments of a code", "export CSV of the tag (one request)",
         get(tag, "export_csv", "median_s"), get(ours, "code_fragments", "median_s"), "s", "(info)"),
        ("peak memory", "server VmHWM (import + highlights, queries)",
         mib(get(tag, "peak_kb")), mib(get(ours, "peak_kb")), "MiB", "≥10×"),
    ]


def fmt(value, unit):
    if value is None:
        return "–"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("taguette")
    p.add_argument("voelspriet")
    p.add_argument("taguette_txt", nargs="?")
    p.add_argument("--out", required=True)
    args = p.parse_args()
    tag, ours, txt = load(args.taguette), load(args.voelspriet), load(args.taguette_txt)
    table = []
    print(f"{'measure':<33} {'Taguette does':<55} {'Taguette':>10} {'Voelspriet':>11} {'ratio':>8}  goal")
    for measure, how, t, v, unit, goal in rows(tag, ours, txt):
        ratio = t / v if t and v else None
        table.append({"measure": measure, "taguette_does": how, "taguette": t, "voelspriet": v, "unit": unit,
                      "ratio": ratio, "goal": goal})
        print(f"{measure:<33} {how:<55} {fmt(t, unit):>10} {fmt(v, unit):>11} "
              f"{(f'{ratio:.1f}×' if ratio else '–'):>8}  {goal}")
    search = get(ours, "search", "median_s")
    if search is not None:
        print(f"Voelspriet search median {search * 1000:.1f} ms (goal < 50 ms: {'met' if search < 0.05 else 'not met'})")
    with open(args.out, "w") as fp:
        json.dump({"table": table, "taguette": tag, "taguette_txt": txt, "voelspriet": ours}, fp, indent=1)


if __name__ == "__main__":
    main()
