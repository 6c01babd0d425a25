"""Writes Tests/VoelsprietStatisticsTests/Fixtures/agreement.json (Cohen's and Fleiss' kappa).

Run from the repository root:
    python3 -m venv /tmp/venv-kappa && /tmp/venv-kappa/bin/pip install scikit-learn statsmodels
    /tmp/venv-kappa/bin/python Tests/VoelsprietLiteratureTests/Fixtures/Screening/make_agreement_fixture.py

Truth for Cohen: statsmodels.stats.inter_rater.cohens_kappa (kappa, std_kappa, std_kappa0,
kappa_low, kappa_upp) on the table, and sklearn.metrics.cohen_kappa_score on the table expanded
into two label lists. Truth for Fleiss' kappa: statsmodels fleiss_kappa(method="fleiss"); its
standard errors under H0 are our own exact rational evaluations here, as no installable library
reports them: se0 after Fleiss, Nee & Landis (1979), se0_fleiss1971 after Fleiss (1971), the
expression R's irr::kappam.fleiss uses (transcribed from its source, R/kappam.fleiss.R). Random tables use fixed seeds,
so a rerun with the same versions gives the same file.
"""
import json
import sys
import warnings
from fractions import Fraction

import numpy as np
import sklearn
import statsmodels
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import cohens_kappa, fleiss_kappa


def num(x):
    x = float(x)
    return None if (x != x or x in (float("inf"), float("-inf"))) else x


def cohen_case(table, note):
    t = np.array(table, dtype=float)
    a, b = [], []
    for i, row in enumerate(table):
        for j, c in enumerate(row):
            a += [i] * c
            b += [j] * c
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = cohens_kappa(t, return_results=True)
        sk = cohen_kappa_score(a, b, labels=list(range(len(table))))
    return {"note": note, "table": table, "kappa": num(r.kappa), "std_kappa": num(r.std_kappa),
            "std_kappa0": num(r.std_kappa0), "kappa_low": num(r.kappa_low), "kappa_upp": num(r.kappa_upp),
            "sklearn_kappa": num(sk)}


def fleiss_se0(table):
    n_sub = len(table)
    m = sum(table[0])
    p = [Fraction(sum(r[j] for r in table), n_sub * m) for j in range(len(table[0]))]
    pq = sum(x * (1 - x) for x in p)
    skew = sum(x * (1 - x) * ((1 - x) - x) for x in p)
    var = Fraction(2, n_sub * m * (m - 1)) * (pq * pq - skew) / (pq * pq)
    return float(var) ** 0.5


def fleiss_se0_1971(table):
    """The null variance R's irr::kappam.fleiss uses (Fleiss 1971), transcribed from irr's
    R/kappam.fleiss.R (irr could not be installed here), exact rational arithmetic."""
    n_sub = len(table)
    m = sum(table[0])
    cols = [sum(r[j] for r in table) for j in range(len(table[0]))]
    pj2 = Fraction(sum(c * c for c in cols), (n_sub * m) ** 2)
    pj3 = Fraction(sum(c ** 3 for c in cols), (n_sub * m) ** 3)
    var = Fraction(2, n_sub * m * (m - 1)) * (pj2 - (2 * m - 3) * pj2 ** 2 + 2 * (m - 2) * pj3) / (1 - pj2) ** 2
    return float(var) ** 0.5


def fleiss_case(table, note):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        k = fleiss_kappa(np.array(table), method="fleiss")
    return {"note": note, "table": table, "kappa": num(k), "se0": fleiss_se0(table),
            "se0_fleiss1971": fleiss_se0_1971(table)}


def main():
    rng = np.random.default_rng(20240611)
    cohen = [
        cohen_case([[20, 5], [10, 15]], "2x2 textbook-sized"),
        cohen_case([[45, 15], [25, 15]], "2x2 low agreement"),
        cohen_case([[88, 14, 18], [10, 40, 10], [2, 6, 12]], "3x3 (include/exclude/maybe shape)"),
        cohen_case([[0, 10], [10, 0]], "complete disagreement, kappa -1"),
        cohen_case([[30, 0], [0, 20]], "perfect agreement, SE 0"),
        cohen_case([[30, 20], [0, 0]], "rater 1 constant: kappa 0"),
        cohen_case([[950, 30], [12, 8]], "screening-like: rare includes"),
        cohen_case([[5, 0, 0], [0, 0, 0], [1, 0, 4]], "unused category row/column"),
    ]
    for size in (2, 2, 3, 3, 4, 5):
        table = rng.integers(0, 40, size=(size, size))
        table += np.diag(rng.integers(10, 80, size=size))
        cohen.append(cohen_case(table.tolist(), f"random {size}x{size}"))
    undefined = cohen_case([[50, 0], [0, 0]], "all ratings in one category: undefined")

    wiki = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]
    fleiss = [fleiss_case(wiki, "Fleiss 1971-style example: 10 subjects, 14 raters, 5 categories"),
              fleiss_case([[2, 0], [0, 2], [1, 1], [2, 0], [0, 2]], "two raters, two categories")]
    for subjects, raters, cats in ((20, 3, 2), (30, 4, 3), (50, 6, 4)):
        rows = []
        for _ in range(subjects):
            probs = rng.dirichlet(np.ones(cats) * 0.6)
            rows.append(rng.multinomial(raters, probs).tolist())
        fleiss.append(fleiss_case(rows, f"random {subjects} subjects, {raters} raters, {cats} categories"))

    out = {
        "source": "Cohen's kappa: statsmodels cohens_kappa (FCE 1969 SEs; CI = kappa +- 1.959964*std_kappa) "
                  "and sklearn cohen_kappa_score; Fleiss' kappa: statsmodels fleiss_kappa, se0 exact rational "
                  "(Fleiss, Nee & Landis 1979), se0_fleiss1971 exact rational (Fleiss 1971, as R irr::kappam.fleiss). Undefined case: both libraries give NaN (written as null).",
        "generator": {"script": "Tests/VoelsprietLiteratureTests/Fixtures/Screening/make_agreement_fixture.py",
                      "python": sys.version.split()[0], "numpy": np.__version__, "sklearn": sklearn.__version__,
                      "statsmodels": statsmodels.__version__},
        "cases": [dict(kind="cohen", **c) for c in cohen] + [dict(kind="fleiss", **c) for c in fleiss]
                 + [dict(kind="cohen_undefined", **undefined)],
    }
    path = "Tests/VoelsprietStatisticsTests/Fixtures/agreement.json"
    with open(path, "w") as f:
        f.write("{" + ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in out.items() if k != "cases"))
        f.write(', "cases": [\n' + ",\n".join(json.dumps(c, separators=(",", ":")) for c in out["cases"]) + "\n]}\n")


main()
