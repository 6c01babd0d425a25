#!/usr/bin/env python3
"""Generate JSON reference fixtures for VoelsprietStatisticsTests.

Command (run from the repository root; takes a few minutes on 2 cores):

    python3 scripts/reference/make_stats_fixtures.py

Writes into Tests/VoelsprietStatisticsTests/Fixtures/:

    chi2_sf.json           chi-square upper tail / CDF (mpmath truth + SciPy)
    chi2_contingency.json  Pearson chi-square on r x c tables (SciPy + exact
                           rational chi2 + a PSPP cross-check on some tables)
    fisher_exact.json      2 x 2 Fisher exact test (SciPy + exact rational)
    frequencies.json       percentages and half-way rounding

Library versions used for the committed fixtures (the script records the
versions it actually ran with in every file's "generator" object):

    Python 3.11.7, numpy 2.4.6, scipy 1.17.1, mpmath 1.3.0,
    GNU PSPP 1.6.2 (/usr/bin/pspp, /usr/bin/pspp-output)

Everything is deterministic: all random tables come from
numpy.random.default_rng with the fixed seeds below, and no timestamps are
written.  If PSPP is missing, the PSPP fields are written as null (the script
says so on stderr).

Conventions shared by all files:
  * floats are written with Python's repr (shortest string that round-trips
    to the same IEEE double), so the JSON carries full double precision;
  * NaN and +/-inf are never written: they become null;
  * "truth" values computed in exact or 50-digit arithmetic are rounded to
    the nearest double; values below the smallest normal double
    (2.2250738585072014e-308) are written as 0.0 and the accompanying
    log10_* field carries the real magnitude.
"""

import json
import math
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from fractions import Fraction
from math import comb

import mpmath
import numpy as np
import scipy
from scipy import stats

mpmath.mp.dps = 50

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT_DIR = os.path.join(ROOT, "Tests", "VoelsprietStatisticsTests", "Fixtures")

SEED_CHI2_SF = 20240601
SEED_CONTINGENCY = 20240602
SEED_FISHER = 20240603

DBL_MIN_NORMAL = 2.2250738585072014e-308
PSPP = shutil.which("pspp")
PSPP_OUTPUT = shutil.which("pspp-output")


def pspp_version():
    if not PSPP:
        return None
    out = subprocess.run([PSPP, "--version"], capture_output=True, text=True).stdout
    return out.splitlines()[0].strip() if out else None


GENERATOR = {
    "script": "scripts/reference/make_stats_fixtures.py",
    "command": "python3 scripts/reference/make_stats_fixtures.py",
    "python": platform.python_version(),
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "mpmath": mpmath.__version__,
}


# ---------------------------------------------------------------- helpers


def fnum(v):
    """Python float for JSON, None for NaN/inf."""
    if v is None:
        return None
    v = float(v)
    if math.isnan(v) or math.isinf(v):
        return None
    return v


def mp_to_double(v):
    """Nearest double of a non-negative mpf; 0.0 below the smallest normal."""
    if v == 0:
        return 0.0
    if v < DBL_MIN_NORMAL:
        return 0.0
    # Correctly rounded: go through a 40-significant-digit decimal string,
    # which Python's float() rounds correctly.
    return float(mpmath.nstr(v, 40))


def frac_to_double(fr):
    """Correctly rounded double of a non-negative Fraction, 0.0 below normal."""
    if fr == 0:
        return 0.0
    if fr < Fraction(DBL_MIN_NORMAL):
        return 0.0
    return float(fr)  # Fraction.__float__ is correctly rounded (int / int)


def frac_log10(fr):
    """log10 of a positive Fraction, accurate even when it underflows doubles."""
    if fr <= 0:
        return None
    n, d = fr.numerator, fr.denominator
    # log10(n) - log10(d) with big ints: shift to keep 60 significant bits
    def lg(x):
        b = x.bit_length()
        shift = max(0, b - 60)
        return math.log10(x >> shift) + shift * math.log10(2)
    return lg(n) - lg(d)


def write_json(name, header, cases):
    """One case per line: compact but diff-friendly."""
    path = os.path.join(OUT_DIR, name)
    head = json.dumps(header, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
    assert head.endswith("}")
    lines = [json.dumps(c, allow_nan=False, separators=(",", ":")) for c in cases]
    text = head[:-1] + ', "cases": [\n' + ",\n".join(lines) + "\n]}\n"
    json.loads(text)  # sanity
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    size = os.path.getsize(path)
    assert size < 1_500_000, (name, size)
    print(f"wrote {path}: {len(cases)} cases, {size} bytes", file=sys.stderr)


# ------------------------------------------------------------ chi2_sf.json


def mp_sf(df, x):
    return mpmath.gammainc(mpmath.mpf(df) / 2, mpmath.mpf(x) / 2, mpmath.inf, regularized=True)


def mp_cdf(df, x):
    return mpmath.gammainc(mpmath.mpf(df) / 2, 0, mpmath.mpf(x) / 2, regularized=True)


def round_sig(x, sig=6):
    return float(f"{x:.{sig}g}")


def x_for_log10_sf(df, target, x_max=2000.0):
    """x in [df, x_max] with log10 sf(x) ~= target (bisection, mpmath), or None."""
    with mpmath.workdps(25):
        def g(x):
            return float(mpmath.log10(mp_sf(df, x)))
        if g(x_max) > target:
            return None
        lo, hi = float(df), x_max
        if g(lo) < target:
            return None
        for _ in range(36):
            mid = 0.5 * (lo + hi)
            if g(mid) > target:
                lo = mid
            else:
                hi = mid
        return round_sig(0.5 * (lo + hi), 6)


def make_chi2_sf():
    rng = np.random.default_rng(SEED_CHI2_SF)
    tail_targets = [-6, -15, -30, -60, -100, -200, -300, -307, -308, -320, -400]
    cases = []
    for df in range(1, 101):
        xs = []
        kinds = {}

        def add(x, kind):
            x = float(x)
            if x < 0 or x > 2000:
                return
            if x not in kinds:
                xs.append(x)
                kinds[x] = kind

        add(0.0, "zero")
        add(1e-8, "tiny")
        add(1e-3, "tiny")
        for q in (1e-10, 1e-3):
            add(round_sig(stats.chi2.ppf(q, df)), "lower_tail")
        for frac in (0.01, 0.1, 0.5):
            add(round_sig(df * frac), "lower_tail" if frac < 0.5 else "bulk")
        add(df - 1 if df > 1 else 0.5, "near_df")
        add(df, "near_df")
        add(df + 1, "near_df")
        for p in (0.9, 0.5, 0.1, 0.05, 0.01, 0.001):
            add(round_sig(stats.chi2.isf(p, df)), "bulk")
        for t in tail_targets:
            x = x_for_log10_sf(df, t)
            if x is not None:
                add(x, "upper_tail")
        for x in (500.0, 1000.0, 2000.0):
            add(x, "far_tail")
        hi = df + 12 * math.sqrt(2 * df) + 20
        for u in rng.uniform(0, hi, size=3):
            add(round(float(u), 3), "random")

        for x in sorted(xs):
            sf = mp_sf(df, x)
            cdf = mp_cdf(df, x)
            scipy_sf = float(stats.chi2.sf(x, df))
            cases.append({
                "df": df,
                "x": x,
                "kind": kinds[x],
                "sf": mp_to_double(sf),
                "cdf": mp_to_double(cdf),
                "log10_sf": float(mpmath.log10(sf)) if sf > 0 else None,
                "log10_cdf": float(mpmath.log10(cdf)) if cdf > 0 else None,
                "scipy_sf": fnum(scipy_sf),
            })

    # Self-check: recompute a spread of cases at 80 digits.
    worst = 0.0
    with mpmath.workdps(80):
        for c in cases[::37]:
            hi_sf = mp_sf(c["df"], c["x"])
            if hi_sf > 0:
                worst = max(worst, abs(float(mpmath.log10(hi_sf)) - c["log10_sf"]))
    assert worst < 1e-12, worst

    # Report how SciPy compares with the 50-digit truth.
    max_rel = 0.0
    worst_case = None
    for c in cases:
        if c["sf"] > 0 and c["scipy_sf"] is not None:
            rel = abs(c["scipy_sf"] - c["sf"]) / c["sf"]
            if rel > max_rel:
                max_rel, worst_case = rel, c
    n_zero = sum(1 for c in cases if c["sf"] == 0.0)
    print(f"chi2_sf: {len(cases)} cases; {n_zero} with sf recorded as 0.0; "
          f"max scipy rel err (sf normal) {max_rel:.3g} at df={worst_case['df']} x={worst_case['x']}",
          file=sys.stderr)

    header = {
        "source": ("Chi-square distribution. Truth: mpmath (mp.dps = 50) "
                   "sf = gammainc(df/2, x/2, inf, regularized=True), "
                   "cdf = gammainc(df/2, 0, x/2, regularized=True), each rounded to the "
                   "nearest double; sf/cdf below the smallest normal double "
                   "(2.2250738585072014e-308) are written as 0.0, log10_sf/log10_cdf "
                   "always carry the exact magnitude (null only when the value is exactly 0, "
                   "i.e. cdf at x = 0). scipy_sf = scipy.stats.chi2.sf(x, df) for comparison "
                   "(may be subnormal or 0). kind: zero|tiny|lower_tail|bulk|near_df|"
                   "upper_tail|far_tail|random (how x was chosen)."),
        "generator": GENERATOR,
        "fields": ["df", "x", "kind", "sf", "cdf", "log10_sf", "log10_cdf", "scipy_sf"],
    }
    write_json("chi2_sf.json", header, cases)
    return cases


# ---------------------------------------------------- chi2_contingency.json


def exact_chi2(tab, correction):
    """Exact rational Pearson chi2 of a table with no empty rows/columns."""
    rows = [sum(r) for r in tab]
    cols = [sum(c) for c in zip(*tab)]
    n = sum(rows)
    total = Fraction(0)
    for i, r in enumerate(tab):
        for j, o in enumerate(r):
            e = Fraction(rows[i] * cols[j], n)
            d = abs(Fraction(o) - e)
            if correction:
                d = max(Fraction(0), d - Fraction(1, 2))
            total += d * d / e
    return total


def contingency_case(table, category, correction):
    r0 = len(table)
    c0 = len(table[0])
    row_tot = [sum(r) for r in table]
    col_tot = [sum(table[i][j] for i in range(r0)) for j in range(c0)]
    dropped_rows = [i for i, t in enumerate(row_tot) if t == 0]
    dropped_cols = [j for j, t in enumerate(col_tot) if t == 0]
    keep_r = [i for i in range(r0) if row_tot[i] != 0]
    keep_c = [j for j in range(c0) if col_tot[j] != 0]
    red = [[table[i][j] for j in keep_c] for i in keep_r]
    n = sum(row_tot)
    case = {
        "category": category,
        "table": table,
        "correction": correction,
        "n": n,
        "chi2": None, "chi2_exact": None, "df": None, "p": None, "log10_p": None,
        "cramers_v": None, "min_expected": None, "cells_below_5": None,
        "cells": len(keep_r) * len(keep_c),
        "dropped_rows": dropped_rows,
        "dropped_columns": dropped_cols,
        "computable": True,
        "reason": None,
        "pspp_chi2": None, "pspp_p": None, "pspp_printed": None,
    }
    if len(keep_r) < 2:
        case["computable"] = False
        case["reason"] = "fewer than two non-empty rows"
        return case
    if len(keep_c) < 2:
        case["computable"] = False
        case["reason"] = "fewer than two non-empty columns"
        return case
    arr = np.array(red, dtype=np.float64)
    res = stats.chi2_contingency(arr, correction=correction)
    chi2 = float(res.statistic)
    dof = int(res.dof)
    p = float(res.pvalue)
    expected = res.expected_freq
    # Cramer's V always from the uncorrected Pearson chi2 (a table property).
    chi2_plain = float(stats.chi2_contingency(arr, correction=False).statistic)
    k = min(len(keep_r), len(keep_c))
    v = math.sqrt(chi2_plain / (n * (k - 1)))
    ex = exact_chi2(red, correction and dof == 1)
    with mpmath.workdps(50):
        mp_p = mp_sf(dof, mpmath.mpf(ex.numerator) / ex.denominator)
        log10_p = float(mpmath.log10(mp_p)) if mp_p > 0 else None
    case.update({
        "chi2": fnum(chi2),
        "chi2_exact": frac_to_double(ex) if ex != 0 else 0.0,
        "df": dof,
        "p": fnum(p),
        "log10_p": log10_p,
        "cramers_v": fnum(v),
        "min_expected": fnum(expected.min()),
        "cells_below_5": int((expected < 5).sum()),
    })
    return case


def random_table(rng, r, c, total, concentration=None):
    """Multinomial table with random (Dirichlet) cell probabilities."""
    alpha = concentration if concentration is not None else rng.uniform(0.3, 5.0)
    probs = rng.dirichlet([alpha] * (r * c))
    counts = rng.multinomial(total, probs)
    return [[int(x) for x in counts[i * c:(i + 1) * c]] for i in range(r)]


def nonempty(table):
    return all(sum(row) > 0 for row in table) and all(sum(col) > 0 for col in zip(*table))


def contingency_tables(rng):
    out = []  # (category, table)
    totals = [5, 8, 12, 20, 30, 50, 75, 100, 150, 250, 400, 600, 1000, 2000, 3500, 5000]

    # ~300 random tables, 2x2 .. 6x8, retry until no empty row/column.
    for _ in range(300):
        r = int(rng.integers(2, 7))
        c = int(rng.integers(2, 9))
        total = int(rng.choice(totals))
        total = max(total, 2 * max(r, c))
        for _attempt in range(200):
            t = random_table(rng, r, c, total)
            if nonempty(t):
                break
        out.append(("random", t))

    # 40 extra small 2x2 tables (Yates exercises, including |O-E| < 0.5).
    for _ in range(30):
        t = [[int(x) for x in rng.integers(0, 15, size=2)] for _ in range(2)]
        if nonempty(t):
            out.append(("small_2x2", t))
    for t in ([[5, 5], [5, 6]], [[3, 4], [4, 5]], [[10, 10], [10, 11]], [[1, 1], [1, 2]],
              [[2, 3], [3, 4]], [[7, 8], [8, 9]], [[1, 2], [2, 4]], [[50, 49], [49, 50]],
              [[1, 0], [0, 1]], [[0, 1], [1, 0]]):
        out.append(("small_2x2", t))

    # Perfectly independent tables (chi2 = 0 exactly, p = 1).
    for t in ([[1, 2], [2, 4]], [[10, 20, 30], [20, 40, 60]], [[3, 3], [3, 3]],
              [[1, 1, 1], [1, 1, 1], [1, 1, 1]], [[5, 10], [15, 30], [25, 50]],
              [[7, 14, 21, 28], [1, 2, 3, 4]]):
        out.append(("independent", t))

    # ~60 sparse tables: many zeros, expected counts < 5.
    for _ in range(60):
        r = int(rng.integers(3, 7))
        c = int(rng.integers(3, 9))
        total = int(rng.integers(max(r, c), 31))
        for _attempt in range(500):
            t = random_table(rng, r, c, total, concentration=float(rng.uniform(0.1, 0.6)))
            if nonempty(t):
                break
        else:
            pass  # keep it anyway; dropping logic handles it
        out.append(("sparse", t))

    # ~40 tables with empty rows and/or columns (some reduce to 2x2 or 1xk).
    for i in range(40):
        r = int(rng.integers(2, 6))
        c = int(rng.integers(2, 7))
        total = int(rng.choice([10, 30, 100, 500]))
        t = random_table(rng, r + 1, c + 1, total, concentration=2.0)
        mode = i % 4
        if mode in (0, 2):
            zi = int(rng.integers(0, r + 1))
            t[zi] = [0] * (c + 1)
        if mode in (1, 2):
            zj = int(rng.integers(0, c + 1))
            for row in t:
                row[zj] = 0
        if mode == 3:  # two empty rows and one empty column
            for zi in rng.choice(r + 1, size=min(2, r), replace=False):
                t[int(zi)] = [0] * (c + 1)
            zj = int(rng.integers(0, c + 1))
            for row in t:
                row[zj] = 0
        out.append(("empty_rows_or_columns", t))
    # Hand-picked: reduce to exactly 2x2 (so Yates applies after dropping).
    for t in ([[10, 0, 7], [0, 0, 0], [4, 0, 100]],
              [[0, 0], [3, 9], [0, 0], [8, 2]],
              [[0, 12, 0, 5], [0, 4, 0, 20]]):
        out.append(("empty_rows_or_columns", t))

    # 1 x k and k x 1 tables (never computable).
    for k in range(2, 9):
        out.append(("single_row_or_column", [[int(x) for x in rng.integers(0, 50, size=k)]]))
        out.append(("single_row_or_column", [[int(x)] for x in rng.integers(0, 50, size=k)]))
    out.append(("single_row_or_column", [[5, 0, 7]]))
    out.append(("single_row_or_column", [[0], [9], [0]]))
    # 2 x k where one row is empty -> reduces to 1 x k.
    out.append(("single_row_or_column", [[4, 6, 8], [0, 0, 0]]))
    out.append(("single_row_or_column", [[0, 3], [0, 9], [0, 1]]))

    # All counts in one cell, and all-zero tables.
    for (r, c, i, j, v) in ((2, 2, 0, 0, 7), (2, 2, 1, 1, 1), (3, 3, 1, 2, 25), (4, 5, 3, 0, 100),
                            (2, 3, 0, 2, 3), (6, 8, 5, 7, 1000), (3, 2, 2, 1, 1), (2, 2, 0, 1, 42)):
        t = [[0] * c for _ in range(r)]
        t[i][j] = v
        out.append(("one_cell", t))
    out.append(("all_zero", [[0, 0], [0, 0]]))
    out.append(("all_zero", [[0, 0, 0], [0, 0, 0], [0, 0, 0]]))

    # Huge counts (cells up to 1e9): associated and nearly independent.
    for i in range(12):
        r = int(rng.integers(2, 5))
        c = int(rng.integers(2, 6))
        if i % 2 == 0:
            t = [[int(x) for x in rng.integers(10**6, 10**9, size=c)] for _ in range(r)]
        else:
            # Nearly independent: outer product plus small noise, so chi2 is
            # small and sensitive to cancellation in (O - E).
            a = rng.integers(10**3, 10**5, size=r)
            b = rng.integers(10**3, 10**4, size=c)
            t = [[int(a[ii] * b[jj] + rng.integers(-300, 301)) for jj in range(c)] for ii in range(r)]
        out.append(("huge_counts", t))
    out.append(("huge_counts", [[1000000000, 999999999], [999999999, 1000000000]]))
    out.append(("huge_counts", [[10, 7], [4, 1000000000]]))

    # Extremely small p (< 1e-100): alternately one whose p is still a normal
    # double (1e-300 < p < 1e-100) and one whose p underflows to 0.
    tiny = []
    attempts = 0
    while len(tiny) < 20 and attempts < 5000:
        attempts += 1
        want_representable = len(tiny) % 2 == 0
        r = int(rng.integers(2, 6))
        c = int(rng.integers(2, 7))
        n_per = int(rng.choice([40, 60, 80, 120]) if want_representable
                    else rng.choice([200, 500, 1000, 3000]))
        t = [[0] * c for _ in range(r)]
        for ii in range(r):
            for jj in range(c):
                base = n_per if (ii % c) == jj else int(rng.integers(0, n_per // 8 + 1))
                t[ii][jj] = int(base)
        if not nonempty(t):
            continue
        res = stats.chi2_contingency(np.array(t, dtype=float), correction=False)
        lp = float(mpmath.log10(mp_sf(int(res.dof), float(res.statistic))))
        if (-300 < lp < -100) if want_representable else (lp < -310):
            tiny.append(t)
    for t in tiny:
        out.append(("tiny_p", t))
    return out


# PSPP ------------------------------------------------------------------------



def printed_half_unit(text):
    """Half a unit in the last printed place of a PSPP number like '43.16',
    '.000', '4.2E+008'."""
    t = text.strip()
    m = re.match(r"^(-?\d*)(?:\.(\d*))?(?:E([+-]\d+))?$", t)
    if not m:
        raise ValueError(f"cannot parse PSPP number {text!r}")
    decimals = len(m.group(2) or "")
    exp = int(m.group(3)) if m.group(3) else 0
    return 0.5 * 10.0 ** (exp - decimals)


def pspp_number(text):
    return float(text.strip())


def run_pspp(table, workdir, tag):
    """Run PSPP CROSSTABS on a table. Returns (chi2_text, p_text, chi2_full, p_full)."""
    sps = os.path.join(workdir, f"{tag}.sps")
    txt = os.path.join(workdir, f"{tag}.txt")
    spv = os.path.join(workdir, f"{tag}.spv")
    lines = ["DATA LIST LIST /r (F8.0) c (F8.0) w (F20.0).", "BEGIN DATA."]
    # Only positive cells: PSPP ignores zero-weight cases anyway (with a
    # warning), and in PSPP 1.6.2 their presence garbles the displayed counts.
    for i, row in enumerate(table):
        for j, v in enumerate(row):
            if v > 0:
                lines.append(f"{i + 1} {j + 1} {v}")
    lines += ["END DATA.", "WEIGHT BY w.", "CROSSTABS /TABLES=r BY c /STATISTICS=CHISQ.", ""]
    with open(sps, "w") as f:
        f.write("\n".join(lines))
    subprocess.run([PSPP, "-o", txt, "-O", "format=txt", "-o", spv, sps],
                   check=True, capture_output=True, cwd=workdir)
    chi2_text = p_text = None
    with open(txt, encoding="utf-8") as f:
        for line in f:
            if line.startswith("|Pearson Chi-Square"):
                parts = [p.strip() for p in line.strip().strip("|").split("|")]
                chi2_text, p_text = parts[1], parts[3]
                break
    if chi2_text is None:
        # PSPP 1.6.2 omits the Pearson (and likelihood-ratio) rows when the
        # statistic is exactly 0.
        return None, None, None, None

    # Full-precision values: the .spv light table stores each cell as
    # int64 index, 0x01 (number), 0x58 (no ValueMod), int32 format, double.
    chi2_full = p_full = None
    dump = subprocess.run([PSPP_OUTPUT, "dump-light-table", spv, "--labels=Chi-Square Tests"],
                          capture_output=True, text=True).stdout if PSPP_OUTPUT else ""
    member = re.search(r"^(\S+_lightTableData\.bin):", dump, re.M)
    cells = {}
    for m in re.finditer(r"index: (\d+)\n\s+value: \n\s+type: 1\n(?:.*\n){5}?\s+format: (\d+)\n\s+x: (\S+)", dump):
        cells[int(m.group(1))] = (int(m.group(2)), float(m.group(3)))
    if member and 0 in cells and 2 in cells:
        with zipfile.ZipFile(spv) as z:
            blob = z.read(member.group(1))
        found = {}
        for idx in (0, 2):
            fmt, approx = cells[idx]
            pat = struct.pack("<qBBi", idx, 1, 0x58, fmt)
            pos = blob.find(pat)
            if pos >= 0 and blob.find(pat, pos + 1) < 0:
                x = struct.unpack("<d", blob[pos + len(pat):pos + len(pat) + 8])[0]
                if abs(x - approx) <= 1e-5 * abs(approx) + 1e-300:
                    found[idx] = x
        # Check the full values agree with the printed text.
        if 0 in found and 2 in found:
            if (abs(found[0] - pspp_number(chi2_text)) <= printed_half_unit(chi2_text) * 1.0001 and
                    abs(found[2] - pspp_number(p_text)) <= printed_half_unit(p_text) * 1.0001):
                chi2_full, p_full = found[0], found[2]
    return chi2_text, p_text, chi2_full, p_full


def make_contingency():
    rng = np.random.default_rng(SEED_CONTINGENCY)
    tables = contingency_tables(rng)
    cases = []
    for category, t in tables:
        c = contingency_case(t, category, False)
        cases.append(c)
        is_2x2 = len(t) == 2 and len(t[0]) == 2
        if is_2x2 or (c["computable"] and c["df"] == 1):
            cases.append(contingency_case(t, category, True))

    # chi2 (SciPy) vs exact rational chi2.
    worst = (0.0, None)
    for c in cases:
        if c["computable"] and c["chi2_exact"]:
            rel = abs(c["chi2"] - c["chi2_exact"]) / c["chi2_exact"]
            if rel > worst[0]:
                worst = (rel, c)
        elif c["computable"] and c["chi2_exact"] == 0.0 and c["chi2"] != 0.0:
            print(f"  note: exact chi2 = 0 but scipy chi2 = {c['chi2']!r} for {c['table']}",
                  file=sys.stderr)
    if worst[1] is not None:
        print(f"chi2_contingency: max rel |scipy chi2 - exact| = {worst[0]:.3g} "
              f"({worst[1]['category']}, {worst[1]['table']})", file=sys.stderr)

    # PSPP cross-check on ~25 uncorrected, computable cases.
    pspp_report = []
    if PSPP:
        wanted = {"random": 10, "small_2x2": 2, "independent": 1, "sparse": 4,
                  "empty_rows_or_columns": 3, "huge_counts": 3, "tiny_p": 3}
        picked = []
        seen = {k: 0 for k in wanted}
        for c in cases:
            cat = c["category"]
            if c["correction"] or not c["computable"] or cat not in wanted:
                continue
            if seen[cat] < wanted[cat]:
                # spread the random picks over shapes
                if cat == "random" and len(c["table"]) * len(c["table"][0]) in \
                        {len(p["table"]) * len(p["table"][0]) for p in picked if p["category"] == "random"}:
                    continue
                seen[cat] += 1
                picked.append(c)
        with tempfile.TemporaryDirectory() as wd:
            for k, c in enumerate(picked):
                chi2_text, p_text, chi2_full, p_full = run_pspp(c["table"], wd, f"t{k}")
                if chi2_text is None:
                    c["pspp_printed"] = {"chi2": None, "p": None,
                                         "note": "PSPP printed no Pearson Chi-Square row (chi2 = 0)"}
                    pspp_report.append((c["category"], c["table"], None, None, None, None,
                                        None, None, None, None, c["chi2"], c["p"]))
                    continue
                c["pspp_printed"] = {"chi2": chi2_text, "p": p_text}
                c["pspp_chi2"] = chi2_full if chi2_full is not None else pspp_number(chi2_text)
                c["pspp_p"] = p_full if p_full is not None else pspp_number(p_text)
                ok_chi2 = abs(pspp_number(chi2_text) - c["chi2"]) <= printed_half_unit(chi2_text) * 1.0001
                ok_p = abs(pspp_number(p_text) - c["p"]) <= printed_half_unit(p_text) * 1.0001
                rel_chi2 = (abs(chi2_full - c["chi2"]) / c["chi2"]) if (chi2_full is not None and c["chi2"]) else None
                rel_p = (abs(p_full - c["p"]) / c["p"]) if (p_full is not None and c["p"]) else None
                pspp_report.append((c["category"], c["table"], chi2_text, p_text, ok_chi2, ok_p,
                                    rel_chi2, rel_p, chi2_full, p_full, c["chi2"], c["p"]))
        bad = [r for r in pspp_report if r[2] is not None and not (r[4] and r[5])]
        print(f"PSPP cross-check: {len(pspp_report)} tables, {len(bad)} disagree beyond printed precision",
              file=sys.stderr)
        for r in pspp_report:
            print(f"  {r[0]:<22} printed chi2={r[2]!s:>10} p={r[3]!s:>6}  ok={r[4] and r[5]}  "
                  f"full-precision rel diff chi2={r[6]!r} p={r[7]!r} (pspp p={r[9]!r}, scipy p={r[11]!r})",
                  file=sys.stderr)
    else:
        print("PSPP not found: pspp_* fields left null", file=sys.stderr)

    header = {
        "source": (
            "Pearson chi-square test of independence on r x c count tables. "
            "Convention: rows and columns whose total is 0 are dropped first (original 0-based "
            "indices in dropped_rows / dropped_columns); if fewer than 2 rows (checked first) or "
            "2 columns remain, computable = false, reason = 'fewer than two non-empty rows' / "
            "'fewer than two non-empty columns', and all statistics are null. Otherwise chi2, df, p "
            "and the expected counts are scipy.stats.chi2_contingency(reduced, correction=...) "
            "(SciPy applies Yates only when df == 1, subtracting min(0.5, |O-E|) from |O-E|). "
            "Entries with correction = true exist for every table that is 2x2 as given or whose "
            "reduced table has df == 1. chi2_exact = the same statistic in exact rational arithmetic, "
            "rounded to the nearest double. log10_p = log10 of the chi-square upper tail at chi2_exact "
            "(mpmath, 50 digits), useful where p underflows to 0. cramers_v = sqrt(chi2_uncorrected / "
            "(n * (min(r, c) - 1))) on the reduced table, ALWAYS from the uncorrected Pearson chi2 "
            "(also on correction = true entries). min_expected / cells_below_5 (expected < 5) / "
            "cells refer to the reduced table; n = grand total. pspp_chi2 / pspp_p: GNU PSPP "
            "CROSSTABS /STATISTICS=CHISQ Pearson value and asymptotic significance at full double "
            "precision (read from the .spv output, checked against the printed text), pspp_printed = "
            "the text PSPP printed; null where PSPP was not run."),
        "generator": dict(GENERATOR, pspp=pspp_version()),
        "fields": list(cases[0].keys()),
    }
    write_json("chi2_contingency.json", header, cases)
    return cases


# -------------------------------------------------------- fisher_exact.json


def fisher_exact_rational(t, rel_num=10**7 + 1, rel_den=10**7):
    """Exact Fisher p-values as Fractions. Two-sided uses R's rule: sum of the
    probabilities of tables with P <= P(observed) * (1 + 1e-7)."""
    (a, b), (c, d) = t
    r1, r2, c1 = a + b, c + d, a + c
    n = r1 + r2
    if r1 == 0 or r2 == 0 or c1 == 0 or c1 == n:
        one = Fraction(1)
        return one, one, one
    lo, hi = max(0, c1 - r2), min(r1, c1)
    # w[k] = C(r1, k) * C(r2, c1 - k), by an exact integer recurrence.
    w = {lo: comb(r1, lo) * comb(r2, c1 - lo)}
    for k in range(lo, hi):
        num = w[k] * (r1 - k) * (c1 - k)
        den = (k + 1) * (r2 - c1 + k + 1)
        assert num % den == 0
        w[k + 1] = num // den
    tot = comb(n, c1)
    assert sum(w.values()) == tot
    wo = w[a]
    two = sum(v for v in w.values() if v * rel_den <= wo * rel_num)
    less = sum(v for k, v in w.items() if k <= a)
    greater = sum(v for k, v in w.items() if k >= a)
    return Fraction(two, tot), Fraction(less, tot), Fraction(greater, tot)


def fisher_tables(rng):
    out = []
    for _ in range(80):
        out.append(("small", [[int(x) for x in rng.integers(0, 11, size=2)] for _ in range(2)]))
    for _ in range(40):
        t = [[int(x) for x in rng.integers(1, 25, size=2)] for _ in range(2)]
        for pos in rng.choice(4, size=int(rng.integers(1, 3)), replace=False):
            t[int(pos) // 2][int(pos) % 2] = 0
        out.append(("zero_cells", t))
    for t in ([[0, 0], [0, 0]], [[0, 0], [3, 4]], [[5, 2], [0, 0]], [[0, 6], [0, 9]],
              [[7, 0], [1, 0]], [[0, 0], [0, 1]], [[1, 0], [0, 0]], [[0, 0], [1000, 2000]],
              [[0, 12], [0, 0]], [[3, 0], [8, 0]], [[0, 1], [0, 1]], [[0, 0], [0, 5000]],
              [[4, 0], [0, 0]], [[0, 0], [250, 0]], [[0, 9], [0, 0]]):
        out.append(("zero_margin", t))
    # Observed table at the mode (p two-sided = 1), incl. proportional tables.
    for t in ([[1, 1], [1, 1]], [[5, 5], [5, 5]], [[2, 4], [3, 6]], [[10, 20], [30, 60]],
              [[1, 2], [2, 1]], [[3, 6], [3, 6]], [[7, 7], [7, 7]], [[100, 100], [100, 100]],
              [[1000, 1000], [1000, 1000]], [[2, 3], [3, 2]], [[4, 5], [5, 4]], [[12, 8], [6, 4]],
              [[0, 1], [1, 0]], [[1, 0], [0, 1]], [[40, 41], [41, 40]], [[500, 501], [501, 500]]):
        out.append(("symmetric_or_mode", t))
    # Mirror-image ties: [[a, b], [b, a]] has a reflected table with exactly
    # equal probability, so the two-sided rule must include it.
    for _ in range(20):
        a = int(rng.integers(0, 60))
        b = int(rng.integers(0, 60))
        out.append(("mirror_tie", [[a, b], [b, a]]))
    for t in ([[1000, 1200], [1200, 1000]], [[2500, 2600], [2600, 2500]], [[3000, 3100], [3100, 3000]]):
        out.append(("mirror_tie", t))
    # Large counts (up to a few thousand per cell).
    for i in range(50):
        if i % 2 == 0:
            t = [[int(x) for x in rng.integers(100, 5001, size=2)] for _ in range(2)]
        else:
            r1 = int(rng.integers(200, 4000))
            r2 = int(rng.integers(200, 4000))
            prob = float(rng.uniform(0.05, 0.95))
            a = int(rng.binomial(r1, prob))
            c = int(rng.binomial(r2, prob * float(rng.uniform(0.9, 1.1))))
            c = min(c, r2)
            t = [[a, r1 - a], [c, r2 - c]]
        out.append(("large", t))
    # Extreme p-values.
    for t in ([[20, 0], [0, 20]], [[50, 0], [0, 50]], [[100, 1], [1, 100]], [[200, 5], [5, 200]],
              [[500, 10], [10, 500]], [[1000, 3], [2, 1000]], [[2000, 10], [10, 2000]],
              [[3000, 1], [0, 3000]], [[600, 600], [0, 600]], [[5000, 0], [0, 5000]],
              [[1500, 100], [100, 1500]], [[800, 50], [60, 900]], [[300, 0], [0, 1]],
              [[0, 2000], [2000, 0]], [[4000, 2000], [2000, 4000]], [[30, 0], [0, 30]],
              [[1, 3000], [3000, 1]], [[400, 3], [5, 400]], [[1200, 20], [30, 1300]],
              [[2500, 500], [400, 2600]]):
        out.append(("extreme_p", t))
    # Medium random tables with moderate p.
    for _ in range(50):
        out.append(("medium", [[int(x) for x in rng.integers(0, 200, size=2)] for _ in range(2)]))
    return out


def make_fisher():
    rng = np.random.default_rng(SEED_FISHER)
    cases = []
    diffs = []
    for category, t in fisher_tables(rng):
        p2 = stats.fisher_exact(t, alternative="two-sided")
        pl = stats.fisher_exact(t, alternative="less")
        pg = stats.fisher_exact(t, alternative="greater")
        (a, b), (c, d) = t
        ad, bc = a * d, b * c
        if bc > 0:
            odds, status = float(Fraction(ad, bc)), "finite"
        elif ad > 0:
            odds, status = None, "infinite"
        else:
            odds, status = None, "undefined"
        e2, el, eg = fisher_exact_rational(t)
        e2_scipy_rule, _, _ = fisher_exact_rational(t, 10**14 + 1, 10**14)
        case = {
            "category": category,
            "table": t,
            "p_two_sided": fnum(p2.pvalue),
            "p_less": fnum(pl.pvalue),
            "p_greater": fnum(pg.pvalue),
            "odds_ratio": odds,
            "odds_ratio_status": status,
            "p_two_sided_exact": frac_to_double(e2),
            "p_less_exact": frac_to_double(el),
            "p_greater_exact": frac_to_double(eg),
            "log10_p_two_sided": frac_log10(e2),
            "log10_p_less": frac_log10(el),
            "log10_p_greater": frac_log10(eg),
            "scipy_odds_ratio": fnum(p2.statistic),
        }
        cases.append(case)
        if e2 != e2_scipy_rule:
            diffs.append(t)
        for key in ("two_sided", "less", "greater"):
            s, e = case[f"p_{key}"], case[f"p_{key}_exact"]
            if e > 0 and abs(s - e) / e > 1e-9:
                print(f"  fisher: scipy vs exact differ ({key}) {t}: {s!r} vs {e!r}", file=sys.stderr)
            if e == 0 and s != 0:
                print(f"  fisher: exact underflows but scipy {key} = {s!r} for {t}", file=sys.stderr)
    worst = max(
        (abs(c[f"p_{k}"] - c[f"p_{k}_exact"]) / c[f"p_{k}_exact"], k, c["table"])
        for c in cases for k in ("two_sided", "less", "greater") if c[f"p_{k}_exact"] > 0)
    print(f"fisher_exact: {len(cases)} cases; max rel scipy-vs-exact {worst[0]:.3g} ({worst[1]} {worst[2]}); "
          f"{len(diffs)} tables where R's 1e-7 rule and SciPy's 1e-14 rule differ", file=sys.stderr)

    header = {
        "source": (
            "Fisher's exact test on 2x2 tables [[a, b], [c, d]] (conditioning on both margins; "
            "first cell a is the hypergeometric variable). p_two_sided / p_less / p_greater = "
            "scipy.stats.fisher_exact(table, alternative=...).pvalue. NOTE: SciPy's two-sided rule "
            "sums tables with P <= P(observed) * (1 + 1e-14) (plus a shortcut to 1.0 when the "
            "observed table is within 1e-14 of the mode), not R's 1 + 1e-7; the *_exact fields use "
            "R's fisher.test rule (P <= P(observed) * (1 + 1e-7)) evaluated in exact rational "
            "arithmetic and rounded to the nearest double (0.0 below the smallest normal double; "
            "log10_* carry the exact magnitude). Tables with a zero row or column total: all p = 1 "
            "(SciPy convention, also used for *_exact). odds_ratio = sample odds ratio a*d/(b*c) "
            "rounded to nearest double, null when b*c = 0; odds_ratio_status = finite | infinite "
            "(b*c = 0 < a*d) | undefined (0/0, only possible with a zero margin). scipy_odds_ratio "
            "= SciPy's statistic (it reports inf as null here, and NaN for zero margins as null)."),
        "generator": GENERATOR,
        "fields": list(cases[0].keys()),
    }
    write_json("fisher_exact.json", header, cases)
    return cases


# ---------------------------------------------------------- frequencies.json


def round_half_away(fr, places=0):
    """Round a Fraction half away from zero to `places` decimals (exact)."""
    scale = 10 ** places
    v = fr * scale
    sign = -1 if v < 0 else 1
    v = abs(v)
    q = (v + Fraction(1, 2)).__floor__()
    return sign * Fraction(q, scale)


def make_frequencies():
    lists = [
        ([29, 171], "29/200 = 14.5% exactly, but 29.0/200.0*100 = 14.499999999999998 in double"),
        ([57, 143], "57/200 = 28.5%; naive (c/n)*100 = 28.499999999999996"),
        ([113, 87], "113/200 = 56.5%; naive (c/n)*100 = 56.49999999999999"),
        ([1, 7], "12.5% and 87.5%: exact halves"),
        ([3, 5], "37.5% and 62.5%"),
        ([1, 39], "2.5% and 97.5%"),
        ([11, 33, 67, 89], "5.5%, 16.5%, 33.5%, 44.5% of 200"),
        ([1, 1, 1], "three equal thirds: rounded percents sum to 99"),
        ([1, 1, 1, 1, 1, 1], "sixths: 16.666...%, rounded sum 102"),
        ([2, 2, 2, 1], "28.571...% x3 and 14.285...%"),
        ([7, 9], "43.75% and 56.25%"),
        ([29, 371], "7.25% (naive 7.249999999999999) and 92.75%"),
        ([143, 857], "14.3% (naive 14.299999999999999)"),
        ([1, 199], "0.5% -> 1 (half away from zero), 99.5% -> 100"),
        ([0, 5, 0], "zeros present: 0% and 100%"),
        ([1], "single category: 100%"),
        ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "n = 55"),
        ([333, 333, 334], "33.3%, 33.3%, 33.4%"),
        ([5, 15, 25, 35, 45, 55, 65, 75, 85, 95], "n = 500: every percent ends in .0"),
        ([1, 2, 4, 8, 16, 32, 64, 128, 256, 489], "n = 1000: tenths, small percents round to 0"),
        ([1, 3, 5, 7, 9, 375], "n = 400: 0.25%, 0.75%, 1.25%, 1.75%, 2.25%, 93.75% (exact halves at 1 decimal)"),
        ([287, 1713], "14.35% and 85.65%: exact half at 1 decimal, but 14.35 is not a double"),
        ([123457, 876543], "large counts"),
        ([0, 0, 0], "all zero: percentages undefined (null)"),
    ]
    cases = []
    naive_wrong = 0
    for counts, note in lists:
        n = sum(counts)
        if n == 0:
            cases.append({"counts": counts, "total": 0, "percent": [None] * len(counts),
                          "percent_rounded": [None] * len(counts),
                          "percent_rounded_1dp": [None] * len(counts), "note": note})
            continue
        exact = [Fraction(100 * c, n) for c in counts]
        percent = [float(e) for e in exact]
        rounded = [int(round_half_away(e)) for e in exact]
        rounded1 = [float(round_half_away(e, 1)) for e in exact]
        # Sanity: rounding the correctly rounded double gives the same integers.
        for p, r in zip(percent, rounded):
            assert math.floor(p + 0.5) == r, (counts, p, r)
        for c, r in zip(counts, rounded):
            naive = c / n * 100
            if math.floor(naive + 0.5) != r:
                naive_wrong += 1
        cases.append({"counts": counts, "total": n, "percent": percent,
                      "percent_rounded": rounded, "percent_rounded_1dp": rounded1, "note": note})
    print(f"frequencies: {len(cases)} cases; {naive_wrong} percentages where rounding "
          f"Double(c)/Double(n)*100 gives the wrong whole number", file=sys.stderr)
    header = {
        "source": (
            "Category percentages. percent[i] = 100 * counts[i] / total computed exactly and "
            "rounded to the nearest double (equals Double(100 * c) / Double(n) for counts below "
            "2^53 / 100; NOT always equal to Double(c) / Double(n) * 100). percent_rounded = exact "
            "percentage rounded half away from zero to a whole number; percent_rounded_1dp = same "
            "to one decimal (written as the nearest double). total = 0 gives nulls."),
        "generator": GENERATOR,
        "fields": ["counts", "total", "percent", "percent_rounded", "percent_rounded_1dp", "note"],
    }
    write_json("frequencies.json", header, cases)
    return cases


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    which = set(sys.argv[1:]) or {"chi2_sf", "contingency", "fisher", "frequencies"}
    if "frequencies" in which:
        make_frequencies()
    if "fisher" in which:
        make_fisher()
    if "contingency" in which:
        make_contingency()
    if "chi2_sf" in which:
        make_chi2_sf()


if __name__ == "__main__":
    main()
