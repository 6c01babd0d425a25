"""Exact Fisher-Freeman-Halton p values in integer arithmetic, for the tables of
fisher_freeman_halton.json (written by make_r_fixtures.R), as an independent check of both
R's FEXACT and our Swift implementation.

With row totals r_i, column totals c_j and n observations, a table x has probability
P(x) = prod_i r_i! / n! * prod_j M_j(x), where M_j(x) = c_j! / prod_i x_ij! is the multinomial
coefficient of column j, an integer. So W(x) = prod_j M_j(x) is an integer, and the two-sided p
value (R's rule: P(x) <= P(observed) * (1 + 1e-7)) is

    p = prod_i r_i! / n! * sum of W(x) over the tables with 10^7 W(x) <= (10^7 + 1) W(observed),

computed exactly: the first columns are enumerated, and for the last two columns the splits are
listed once per remaining row-total vector, sorted, with running sums, and answered by bisection.
Tables whose enumeration would take more than MAX_PATHS paths are skipped (p_exact null).

Usage: python3 make_ffh_exact.py   (standard library only; about a minute; no randomness)
Writes fisher_freeman_halton_exact.json beside this script.
"""
import bisect
import json
import math
import os
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_PATHS = 400_000


def compositions(total, caps, lower=None):
    """All x with sum total and lower_i <= x_i <= caps_i."""
    m = len(caps)
    lower = lower or [0] * m
    suffix_lo = [0] * (m + 1)
    suffix_hi = [0] * (m + 1)
    for i in range(m - 1, -1, -1):
        suffix_lo[i] = suffix_lo[i + 1] + lower[i]
        suffix_hi[i] = suffix_hi[i + 1] + caps[i]
    out = []
    x = [0] * m

    def place(i, left):
        if i == m:
            if left == 0:
                out.append(tuple(x))
            return
        for v in range(max(lower[i], left - suffix_hi[i + 1]), min(caps[i], left - suffix_lo[i + 1]) + 1):
            x[i] = v
            place(i + 1, left - v)

    place(0, total)
    return out


def multinomial(total, parts):
    value = math.factorial(total)
    for part in parts:
        value //= math.factorial(part)
    return value


def exact_p(table):
    table = [row for row in table if sum(row) > 0]
    columns_kept = [j for j in range(len(table[0])) if sum(row[j] for row in table) > 0] if table else []
    table = [[row[j] for j in columns_kept] for row in table]
    if len(table) < 2 or len(columns_kept) < 2:
        return Fraction(1), 0
    if len(table) > len(table[0]):
        table = [list(col) for col in zip(*table)]
    rows = [sum(row) for row in table]
    cols_order = sorted(range(len(table[0])), key=lambda j: sum(row[j] for row in table))
    cols = [sum(row[j] for row in table) for j in cols_order]
    n = sum(rows)
    w_obs = 1
    for j in cols_order:
        w_obs *= multinomial(sum(row[j] for row in table), [row[j] for row in table])
    a, b = cols[-2], cols[-1]
    tails = {}

    def tail(rem):
        key = tuple(sorted(rem))
        if key not in tails:
            items = sorted(multinomial(a, x) * multinomial(b, [r - v for r, v in zip(key, x)])
                           for x in compositions(a, [min(r, a) for r in key], [max(0, r - b) for r in key]))
            prefix = [0]
            for item in items:
                prefix.append(prefix[-1] + item)
            tails[key] = (items, prefix)
        return tails[key]

    total = 0
    paths = 0

    def visit(stage, rem, w_past):
        nonlocal total, paths
        if stage == len(cols) - 2:
            paths += 1
            if paths > MAX_PATHS:
                raise OverflowError
            items, prefix = tail(rem)
            # count items with 10^7 * w_past * item <= (10^7 + 1) * w_obs
            bound = ((10**7 + 1) * w_obs) // (10**7 * w_past)
            k = bisect.bisect_right(items, bound)
            total += w_past * prefix[k]
            return
        for x in compositions(cols[stage], rem):
            visit(stage + 1, [r - v for r, v in zip(rem, x)], w_past * multinomial(cols[stage], x))

    visit(0, rows, 1)
    scale = Fraction(math.prod(math.factorial(r) for r in rows), math.factorial(n))
    return min(Fraction(1), scale * total), paths


def main():
    source = json.load(open(os.path.join(HERE, "fisher_freeman_halton.json")))
    cases = []
    for entry in source["cases"]:
        try:
            p, paths = exact_p(entry["table"])
            value = float(p)  # Fraction -> nearest double
        except OverflowError:
            value, paths = None, None
        cases.append({"note": entry["note"], "table": entry["table"], "p_exact": value, "paths": paths})
        print(entry["note"], value, paths, file=sys.stderr)
    out = {
        "source": "Exact Fisher-Freeman-Halton two-sided p (R's rule P <= P_obs * (1 + 1e-7)) in integer "
                  "arithmetic (products of column multinomial coefficients), rounded to the nearest double; "
                  "null where the enumeration would exceed %d paths. Tables from fisher_freeman_halton.json." % MAX_PATHS,
        "generator": {"script": "Tests/VoelsprietStatisticsTests/Fixtures/make_ffh_exact.py",
                      "python": sys.version.split()[0]},
        "fields": ["note", "table", "p_exact", "paths"],
        "cases": cases,
    }
    with open(os.path.join(HERE, "fisher_freeman_halton_exact.json"), "w") as f:
        f.write(json.dumps({k: out[k] for k in ("source", "generator", "fields")})[:-1])
        f.write(', "cases": [\n' + ",\n".join(json.dumps(c, separators=(",", ":")) for c in cases) + "\n]}\n")


if __name__ == "__main__":
    main()
