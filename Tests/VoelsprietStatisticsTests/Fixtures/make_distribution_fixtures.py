#!/usr/bin/env python3
"""Reference values for the t, F, normal and incomplete beta distributions and the p value of a
correlation, written to distributions.json next to this script.

Regenerate (from the repository root; about a minute, no network):

    python3 Tests/VoelsprietStatisticsTests/Fixtures/make_distribution_fixtures.py

Truth (the fields the Swift tests compare with): 50-digit mpmath, rounded to a double. The
incomplete beta function is I_x(a, b) = x^a (1-x)^b / (a B(a, b)) 2F1(a+b, 1; a+1; x), the
series summed term by term, or 1 - I_{1-x}(b, a), whichever series has the smaller term ratio
((a+b)x/(a+1) against (a+b)(1-x)/(b+1)); where both ratios exceed 0.95 (large df near the
centre) mpmath.betainc itself is used for I_x and I_{1-x}, and the plain series again where
that raises NoConvergence. t, F and correlation p values go through it
(t: 1/2 I_{df/(df+t^2)}(df/2, 1/2); F: I_{d1 f/(d1 f+d2)}(d1/2, d2/2); r: I_{1-r^2}(df/2, 1/2));
the normal tail is erfc(z/sqrt 2)/2. SciPy's values (scipy.stats.t.sf/cdf, scipy.stats.f.sf/cdf,
scipy.stats.norm.sf/cdf, scipy.special.betainc/betaincc, and 2 t.sf(|t|, df) for r) are
written beside them as `scipy_*`, and the largest relative SciPy-mpmath difference per function
is printed (and stored in "generator"). No random numbers and no timestamps: reruns give
byte-identical output with the same library versions (recorded in "generator").
"""
import json
import math
import os
import sys

import mpmath
import numpy
import scipy
from scipy import special, stats

mpmath.mp.dps = 50
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "distributions.json")
TINY = 1e-300
WORST = {}


def series(a, b, x):
    """2F1(a+b, 1; a+1; x) = sum of t_n, t_0 = 1, t_{n+1} = t_n (a+b+n) x / (a+1+n)."""
    term, total, n = mpmath.mpf(1), mpmath.mpf(1), 0
    limit = mpmath.mpf(10) ** -(mpmath.mp.dps - 5)
    while term > total * limit:
        term *= (a + b + n) * x / (a + 1 + n)
        total += term
        n += 1
        if n > 10**7:
            sys.exit(f"series did not converge for a={a}, b={b}, x={x}")
    return total


def mp_lower(a, b, x):
    """I_x(a, b) by the hypergeometric series."""
    if x <= 0:
        return mpmath.mpf(0)
    log_front = a * mpmath.log(x) + b * mpmath.log1p(-x) - mpmath.log(a) - mpmath.log(mpmath.beta(a, b))
    if log_front < -1000:
        return mpmath.mpf(0)  # far below the smallest double (the series sum is far below e^300 here)
    return mpmath.exp(log_front) * series(a, b, x)


def mp_beta(a, b, x, y=None):
    """(I_x(a, b), 1 - I_x(a, b)); y = 1 - x may be given exactly. The side not summed directly
    is 1 - (the other); where it is below 1e-30 that subtraction would eat the 50 digits, so
    the pair is recomputed with 400 digits."""
    lower, upper = mp_beta_at_precision(a, b, x, y)
    if min(lower, upper) < mpmath.mpf(10) ** -30:
        with mpmath.workdps(400):
            lower, upper = mp_beta_at_precision(a, b, x, y)
    return lower, upper


def mp_beta_at_precision(a, b, x, y):
    a, b, x = mpmath.mpf(a), mpmath.mpf(b), mpmath.mpf(x)
    y = 1 - x if y is None else mpmath.mpf(y)
    lower_ratio, upper_ratio = (a + b) * x / (a + 1), (a + b) * y / (b + 1)
    if min(lower_ratio, upper_ratio) > 0.95 and a * mpmath.log(x) + b * mpmath.log(y) > -1000:
        # Both series would need very many terms: mpmath's own betainc (hypergeometric
        # transformations), falling back on the plain series where that does not converge.
        try:
            lower = mpmath.betainc(a, b, 0, x, regularized=True)
            upper = mpmath.betainc(b, a, 0, y, regularized=True)
            return lower, upper
        except mpmath.libmp.libhyper.NoConvergence:
            pass
    if lower_ratio <= upper_ratio:
        lower = mp_lower(a, b, x)
        return lower, 1 - lower
    upper = mp_lower(b, a, y)
    return 1 - upper, upper


def mp_t_sf(t, df):
    """P(T > t)."""
    t, df = mpmath.mpf(t), mpmath.mpf(df)
    if t == 0:
        return mpmath.mpf(1) / 2
    x, y = df / (df + t * t), t * t / (df + t * t)
    tail = mp_beta(df / 2, mpmath.mpf(1) / 2, x, y)[0] / 2
    return tail if t > 0 else 1 - tail


def compare(kind, scipy_value, truth):
    if truth > TINY:
        WORST[kind] = max(WORST.get(kind, 0.0), abs(scipy_value - truth) / truth)


def t_cases():
    dfs = [0.5, 1, 2, 3, 4.5, 5, 10, 28, 30, 57, 100, 1000, 1e4, 1e5, 1e6]
    ts = [0.0, 1e-8, 0.1, 0.5, 1.0, 1.96, 2.1, 3.0, 5.0, 10.0, 20.0, 50.0, 1e3, 1e6, -0.7, -2.5, -40.0]
    cases = []
    for df in dfs:
        for t in ts:
            sf = mp_t_sf(t, df)
            case = {"df": df, "t": t, "sf": float(sf), "cdf": float(mp_t_sf(-t, df)), "two_sided": float(2 * mp_t_sf(abs(t), df)),
                    "scipy_sf": float(stats.t.sf(t, df)), "scipy_cdf": float(stats.t.cdf(t, df))}
            compare("t.sf", case["scipy_sf"], case["sf"])
            compare("t.cdf", case["scipy_cdf"], case["cdf"])
            cases.append(case)
    return cases


def f_cases():
    pairs = [(1, 1), (1, 10), (2, 57), (3, 100), (5, 5), (10, 2), (1, 1000), (4, 1e5), (100, 100),
             (0.5, 3), (1000, 1000), (2, 1e6), (30, 7.5)]
    fs = [1e-6, 0.01, 0.5, 1.0, 2.0, 3.4, 5.0, 10.0, 50.0, 100.0, 1e3, 1e5]
    cases = []
    for d1, d2 in pairs:
        for f in fs:
            scaled = mpmath.mpf(d1) * f
            lower, upper = mp_beta(mpmath.mpf(d1) / 2, mpmath.mpf(d2) / 2, scaled / (scaled + d2), d2 / (scaled + d2))
            case = {"d1": d1, "d2": d2, "f": f, "sf": float(upper), "cdf": float(lower),
                    "scipy_sf": float(stats.f.sf(f, d1, d2)), "scipy_cdf": float(stats.f.cdf(f, d1, d2))}
            compare("f.sf", case["scipy_sf"], case["sf"])
            compare("f.cdf", case["scipy_cdf"], case["cdf"])
            cases.append(case)
    return cases


def normal_cases():
    zs = [x / 4 for x in range(-152, 153, 3)] + [0.0, 1.959963984540054, -1e-9, 37.5, -37.5]
    cases = []
    for z in zs:
        mz = mpmath.mpf(z)
        sf = mpmath.erfc(mz / mpmath.sqrt(2)) / 2
        case = {"z": z, "sf": float(sf), "cdf": float(mpmath.erfc(-mz / mpmath.sqrt(2)) / 2),
                "two_sided": float(mpmath.erfc(abs(mz) / mpmath.sqrt(2))),
                "scipy_sf": float(stats.norm.sf(z)), "scipy_cdf": float(stats.norm.cdf(z))}
        compare("norm.sf", case["scipy_sf"], case["sf"])
        compare("norm.cdf", case["scipy_cdf"], case["cdf"])
        cases.append(case)
    return cases


def beta_cases():
    pairs = [(0.1, 0.1), (0.1, 5), (0.5, 0.5), (0.5, 14), (14, 0.5), (1, 1), (1, 3), (2.5, 2.5), (2.5, 40),
             (10, 10), (10, 300), (50, 50), (50, 0.5), (300, 1000), (1000, 1000), (1000, 0.5),
             (1e4, 1e4), (1e4, 2), (1e5, 0.5), (1e5, 1e5), (1e6, 1e6), (5e5, 0.5), (0.5, 5e5), (3, 1e6)]
    cases = []
    for a, b in pairs:
        mean = a / (a + b)
        xs = [1e-10, 1e-3, 0.1, 0.5, 0.9, 1 - 1e-6, mean, mean * (1 - 1e-3), min(0.999999, mean * 1.01)]
        for x in sorted(set(xs)):
            if not 0 < x < 1:
                continue
            lower, upper = mp_beta(a, b, x)
            case = {"a": a, "b": b, "x": x, "lower": float(lower), "upper": float(upper),
                    "scipy_lower": float(special.betainc(a, b, x)), "scipy_upper": float(special.betaincc(a, b, x))}
            compare("betainc", case["scipy_lower"], case["lower"])
            compare("betaincc", case["scipy_upper"], case["upper"])
            cases.append(case)
    return cases


def correlation_cases():
    rs = [0.0, 0.05, -0.1, 0.32, 0.5, -0.75, 0.9, 0.99, 0.999999, -0.9999999999]
    dfs = [1, 2, 10, 48, 100, 1000, 1e5]
    cases = []
    for df in dfs:
        for r in rs:
            mr = mpmath.mpf(r)
            p = mp_beta(mpmath.mpf(df) / 2, mpmath.mpf(1) / 2, (1 - abs(mr)) * (1 + abs(mr)), mr * mr)[0] if r != 0 else mpmath.mpf(1)
            t = float(mr * mpmath.sqrt(df / (1 - mr * mr)))
            case = {"r": r, "df": df, "p": float(p), "scipy_p": float(2 * stats.t.sf(abs(t), df))}
            compare("correlation", case["scipy_p"], case["p"])
            cases.append(case)
    return cases


def write(sections):
    generator = {"script": "Tests/VoelsprietStatisticsTests/Fixtures/make_distribution_fixtures.py",
                 "python": sys.version.split()[0], "numpy": numpy.__version__, "scipy": scipy.__version__,
                 "mpmath": mpmath.__version__,
                 "largest_relative_scipy_mpmath_difference": {k: float(f"{v:.3g}") for k, v in sorted(WORST.items())}}
    source = ("t, F, standard normal and regularised incomplete beta distributions, and two-sided p values of a "
              "correlation r with df. Truth fields (sf, cdf, two_sided, lower, upper, p): 50-digit mpmath rounded to "
              "a double (see the script). scipy_* fields: SciPy, for comparison.")
    with open(OUT, "w") as out:
        out.write("{\"source\": " + json.dumps(source) + ",\n\"generator\": " + json.dumps(generator) + ",\n")
        names = list(sections)
        for i, name in enumerate(names):
            rows = sections[name]
            out.write(json.dumps(name) + ": [\n" + ",\n".join(json.dumps(row, separators=(",", ":")) for row in rows))
            out.write("\n]" + ("," if i < len(names) - 1 else "") + "\n")
        out.write("}\n")


def main():
    sections = {"t": t_cases(), "f": f_cases(), "normal": normal_cases(), "beta": beta_cases(),
                "correlation": correlation_cases()}
    for rows in sections.values():
        for row in rows:
            for value in row.values():
                if isinstance(value, float) and not math.isfinite(value):
                    sys.exit(f"non-finite value in {row}")
    write(sections)
    print(OUT, {name: len(rows) for name, rows in sections.items()})
    print("largest relative SciPy - mpmath difference (values > 1e-300):",
          {kind: float(f"{worst:.3g}") for kind, worst in sorted(WORST.items())})


if __name__ == "__main__":
    main()
