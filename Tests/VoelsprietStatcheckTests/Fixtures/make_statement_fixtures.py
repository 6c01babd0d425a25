#!/usr/bin/env python3
"""Generated test results (right and wrong) for the statistics check, with the expected p values
and flags, written to statements.json next to this script.

Regenerate (from the repository root; a few seconds, no network):

    python3 Tests/VoelsprietStatcheckTests/Fixtures/make_statement_fixtures.py

Every case is one line of text holding one or two statements in Dutch or APA notation (decimal
commas or points, chi-square spelled as χ², X2, X^2, chi2, chi-kwadraat, LaTeX-like $X^2(4) =
11,08$; $p = 0,03$, Markdown *t*(28) = ..., "=", "<" and ">" p values, one- and two-sided marks),
inside a sentence that does or does not present it as a difference. The expected values are
computed here, independently of the Swift code, with SciPy (scipy.stats chi2/t/f/norm .sf) and
the rules of `Statcheck` written out again below:

  * computed p: from the statistic as printed (two-sided for t, z and r; halved when a one-sided
    mark stands with a t, z or r result);
  * inconsistent: the statistic stands for [x - h, x + h] (h = half a unit of its last digit),
    giving p in [p_low, p_high]; "p = v" (d decimals) stands for [v - 0.5e-d, v + 0.5e-d] and is
    inconsistent when the two intervals do not meet; "p < v" when p_low >= v; "p > v" when
    p_high <= v;
  * decision error: inconsistent and (reported significant) != (computed p < alpha), where
    "p = v" and "p < v" count as significant when v <= alpha and "p > v" as not significant when
    v >= alpha (otherwise unknown: no decision error);
  * significance claim error: the sentence template presents the result as a difference or
    significant, and the computed p >= alpha.

Cases whose outcome would depend on the last bits of a floating-point comparison (any boundary
within 1e-9 relative) are regenerated. Fixed seed, no timestamps: reruns give identical output
with the same SciPy version.
"""
import json
import math
import os
import random
import sys

import numpy
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statements.json")
ALPHA = 0.05
RNG = random.Random(20261202)

# Sentence templates: (text with {S}, presented as a difference/significant?)
CLAIM_NL = [
    ("Er is een significant verschil tussen de groepen ({S}).", True),
    ("Studenten scoren hoger dan professionals ({S}).", True),
    ("De groepen verschilden op deze schaal ({S}).", True),
    ("Professionals noemen dit vaker dan studenten ({S}).", True),
    ("Vrouwen zijn het hier meer mee eens dan mannen ({S}).", True),
]
CLAIM_EN = [
    ("There was a significant difference between the groups ({S}).", True),
    ("Students scored higher than professionals ({S}).", True),
    ("The groups differed on this scale ({S}).", True),
    ("Women agreed more often than men ({S}).", True),
]
NEUTRAL_NL = [
    ("De toets gaf {S}.", False),
    ("Voor deze schaal werd {S} gevonden.", False),
    ("Er is geen verschil tussen de groepen ({S}).", False),
    ("Het verschil is niet significant ({S}).", False),
    ("Er is een marginaal significant verschil ({S}).", False),
]
NEUTRAL_EN = [
    ("The test gave {S}.", False),
    ("There was no difference between the groups ({S}).", False),
    ("The difference was not significant ({S}).", False),
    ("The groups did not differ ({S}).", False),
]
PAIRS_NL = [("Groep A verschilde van groep B ({S1}), maar niet van groep C ({S2}).", True, False),
            ("Er zijn verschillen voor de eerste schaal ({S1}) en voor de tweede schaal ({S2}).", True, True),
            ("Er is geen verschil voor de eerste schaal ({S1}) en een significant verschil voor de tweede ({S2}).", False, True)]
PAIRS_EN = [("Group A differed from group B ({S1}), but not from group C ({S2}).", True, False),
            ("There were differences on the first scale ({S1}) and on the second scale ({S2}).", True, True)]

ONE_SIDED_NL = [" (eenzijdig)", " [1-zijdig]", ", eenzijdig getoetst"]
ONE_SIDED_EN = [", one-tailed", " (one-sided)"]
TWO_SIDED_NL = [" [2-zijdig]", " (tweezijdig)"]
TWO_SIDED_EN = [", two-tailed"]


class Borderline(Exception):
    pass


def p_value(test, df, x):
    x = abs(x)
    if test == "chi2":
        return float(stats.chi2.sf(x, df[0]))
    if test == "F":
        return float(stats.f.sf(x, df[0], df[1]))
    if test == "t":
        return float(2 * stats.t.sf(x, df[0]))
    if test == "z":
        return float(2 * stats.norm.sf(x))
    if test == "r":
        if x >= 1:
            return 0.0
        t = x * math.sqrt(df[0] / ((1 - x) * (1 + x)))
        return float(2 * stats.t.sf(t, df[0]))
    raise ValueError(test)


def statistic_for(test, df, p):
    """The statistic whose (two-sided) p value is p."""
    if test == "chi2":
        return float(stats.chi2.isf(p, df[0]))
    if test == "F":
        return float(stats.f.isf(p, df[0], df[1]))
    if test == "t":
        return float(stats.t.isf(p / 2, df[0]))
    if test == "z":
        return float(stats.norm.isf(p / 2))
    t = float(stats.t.isf(p / 2, df[0]))
    return t / math.sqrt(df[0] + t * t)


def near(a, b):
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1e-300)


def expected_flags(test, df, x, decimals, comparison, v, v_decimals, one_sided, claim):
    h = 0.5 * 10.0 ** -decimals
    scale = 0.5 if one_sided else 1.0
    upper = abs(x) + h
    if test == "r":
        upper = min(upper, 1.0)
    point = scale * p_value(test, df, x)
    low = scale * p_value(test, df, upper)
    high = scale * p_value(test, df, max(0.0, abs(x) - h))
    hp = 0.5 * 10.0 ** -v_decimals
    if comparison == "=":
        if near(high, v - hp) or near(low, v + hp):
            raise Borderline
        consistent = high >= v - hp and low <= v + hp
    elif comparison == "<":
        if near(low, v):
            raise Borderline
        consistent = low < v
    else:
        if near(high, v):
            raise Borderline
        consistent = high > v
    if near(point, ALPHA):
        raise Borderline
    computed_significant = point < ALPHA
    if comparison in ("=", "<"):
        reported_significant = v <= ALPHA
    else:
        reported_significant = False if v >= ALPHA else None
    inconsistent = not consistent
    decision = inconsistent and reported_significant is not None and reported_significant != computed_significant
    return {"computed_p": point, "inconsistent": inconsistent, "decision_error": decision,
            "significance_claim_error": claim and not computed_significant}


def fmt(value, decimals, dutch, leading_zero=True):
    text = f"{abs(value):.{decimals}f}"
    if not leading_zero and text.startswith("0."):
        text = text[1:]
    if dutch:
        text = text.replace(".", ",")
    sign = RNG.choice(["-", "\u2212"]) if value < 0 else ""
    return sign + text


def random_df(test):
    if test == "chi2":
        return [RNG.randint(1, 10)]
    if test == "F":
        return [RNG.randint(1, 6), RNG.randint(10, 300)]
    if test == "t":
        return [RNG.choice([RNG.randint(5, 200), round(RNG.uniform(10, 80), 1)])]
    if test == "r":
        return [RNG.randint(10, 300)]
    return []


def df_text(test, df, dutch, n):
    def num(d):
        return (f"{d:g}".replace(".", ",") if dutch else f"{d:g}")
    if test == "z":
        return ""
    if test == "F":
        separator = RNG.choice(["; ", ", "]) if dutch else ", "
        return f"({df[0]}{separator}{df[1]})"
    if test == "chi2" and not dutch and RNG.random() < 0.5:
        return f"({df[0]}, N = {n})"
    return f"({num(df[0])})"


def symbol(test, dutch, style):
    if test == "chi2":
        if style == "latex":
            return RNG.choice(["X^2", "\\chi^2"])
        options = ["χ²", "χ2", "X2", "X²", "chi2"] + (["chi-kwadraat"] if dutch else ["chi-square"])
        return RNG.choice(options)
    if style == "markdown":
        return f"*{test}*"
    return test if test != "z" else RNG.choice(["z", "Z"])


def make_statement(dutch, style):
    """(text, expected dict, claimable) for one random statement."""
    test = RNG.choice(["chi2", "t", "F", "r", "z"])
    df = random_df(test)
    target = 10 ** RNG.uniform(-5, math.log10(0.9))
    raw = statistic_for(test, df, target)
    if test in ("t", "z", "r") and RNG.random() < 0.3:
        raw = -raw
    decimals = 2 if test != "r" else RNG.choice([2, 3])
    if RNG.random() < 0.1:
        decimals = 3
    x = round(raw, decimals)
    if test == "r" and abs(x) >= 1:
        raise Borderline
    one_sided = test in ("t", "z", "r") and RNG.random() < 0.2
    true_p = (0.5 if one_sided else 1.0) * p_value(test, df, x)
    comparison, v, v_decimals = reported_p(true_p)
    stat_text = fmt(x, decimals, dutch, leading_zero=not (test == "r" and not dutch))
    v_text = fmt(v, v_decimals, dutch, leading_zero=dutch)
    n = RNG.randint(40, 400)
    head = symbol(test, dutch, style) + df_text(test, df, dutch, n)
    separator = RNG.choice(["; ", ", "]) if dutch else ", "
    p_symbol = "*p*" if style == "markdown" else "p"
    if style == "latex":
        text = f"${head} = {stat_text}$; ${p_symbol} {comparison} {v_text}$"
    else:
        text = f"{head} = {stat_text}{separator}{p_symbol} {comparison} {v_text}"
    if one_sided:
        text += RNG.choice(ONE_SIDED_NL if dutch else ONE_SIDED_EN)
    elif test in ("t", "z", "r") and RNG.random() < 0.15:
        text += RNG.choice(TWO_SIDED_NL if dutch else TWO_SIDED_EN)
    expected = {"test": test, "df": df, "statistic": x, "decimals": decimals, "reported_comparison": comparison,
                "reported_p": v, "p_decimals": v_decimals, "one_sided": one_sided}
    return text, expected


def reported_p(true_p):
    """A reported (comparison, value, decimals): right most of the time, sometimes wrong."""
    kind = RNG.random()
    if kind < 0.55:  # right, "="
        d = RNG.choice([2, 3, 3])
        v = round(true_p, d)
        if v == 0:
            return "<", 0.001, 3
        return "=", v, d
    if kind < 0.7:  # right or wrong "<"
        bound = RNG.choice([0.001, 0.01, 0.05])
        return "<", bound, {0.001: 3, 0.01: 2, 0.05: 2}[bound]
    if kind < 0.75:
        return ">", RNG.choice([0.05, 0.10]), 2
    # wrong: a clearly different value, often across .05
    d = RNG.choice([2, 3])
    candidates = [true_p * RNG.choice([0.2, 0.4, 2.5, 4.0]), RNG.choice([0.03, 0.04, 0.06, 0.08, 0.01])]
    v = round(min(0.99, RNG.choice(candidates)), d)
    if v == 0:
        v = 10.0 ** -d
    return "=", v, d


def fill(template_choices, statements, dutch):
    template = RNG.choice(template_choices)
    if len(statements) == 1:
        text, claim = template
        return text.replace("{S}", statements[0]), [claim]
    text, claim1, claim2 = template
    return text.replace("{S1}", statements[0]).replace("{S2}", statements[1]), [claim1, claim2]


def make_case(index):
    dutch = RNG.random() < 0.55
    style = RNG.choice(["plain", "plain", "plain", "latex", "markdown"])
    count = 2 if RNG.random() < 0.15 else 1
    parts = [make_statement(dutch, style) for _ in range(count)]
    if count == 2:
        templates = PAIRS_NL if dutch else PAIRS_EN
    else:
        templates = (CLAIM_NL + NEUTRAL_NL) if dutch else (CLAIM_EN + NEUTRAL_EN)
    line, claims = fill(templates, [text for text, _ in parts], dutch)
    statements = []
    for (text, expected), claim in zip(parts, claims):
        flags = expected_flags(expected["test"], expected["df"], expected["statistic"], expected["decimals"],
                               expected["reported_comparison"], expected["reported_p"], expected["p_decimals"],
                               expected["one_sided"], claim)
        statements.append({**expected, "claim": claim, **flags})
    return {"id": index, "language": "nl" if dutch else "en", "style": style, "text": line, "statements": statements}


def special_cases():
    """Fixed lines: p = n.s. (ignored), the TNO-style notation, thousands separators."""
    return [
        {"id": "ns", "language": "nl", "style": "plain", "text": "Geen effect (t(40) = 0,50; p = n.s.).", "statements": []},
        {"id": "ns-en", "language": "en", "style": "plain", "text": "No effect (F(1, 40) = 0.25, p = ns).", "statements": []},
    ]


def main():
    cases = []
    index = 0
    while len(cases) < 520:
        state = RNG.getstate()
        try:
            cases.append(make_case(index))
            index += 1
        except Borderline:
            RNG.setstate(state)
            RNG.random()
    cases.extend(special_cases())
    statements = [s for case in cases for s in case["statements"]]
    summary = {
        "cases": len(cases), "statements": len(statements),
        "by_test": {t: sum(1 for s in statements if s["test"] == t) for t in ["chi2", "t", "F", "r", "z"]},
        "inconsistent": sum(s["inconsistent"] for s in statements),
        "decision_errors": sum(s["decision_error"] for s in statements),
        "claim_errors": sum(s["significance_claim_error"] for s in statements),
        "one_sided": sum(s["one_sided"] for s in statements),
        "less_than": sum(s["reported_comparison"] == "<" for s in statements),
    }
    generator = {"script": "Tests/VoelsprietStatcheckTests/Fixtures/make_statement_fixtures.py",
                 "python": sys.version.split()[0], "numpy": numpy.__version__, "scipy": scipy.__version__}
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("{\"source\": " + json.dumps("Generated statements with expected SciPy p values and flags (see the script).") + ",\n")
        out.write("\"generator\": " + json.dumps(generator) + ",\n\"alpha\": 0.05,\n")
        out.write("\"summary\": " + json.dumps(summary) + ",\n\"cases\": [\n")
        out.write(",\n".join(json.dumps(case, ensure_ascii=False, separators=(",", ":")) for case in cases))
        out.write("\n]}\n")
    print(OUT, json.dumps(summary))


if __name__ == "__main__":
    main()
