#!/usr/bin/env python3
"""Reference values for coder agreement (VoelsprietQDA/Agreement), written to agreement_cases.json.

Independent of the Swift interval arithmetic: every case is expanded into explicit per-unit
vectors (one 0/1 value per character, or per paragraph, per coder), pooled across sources, and the
figures come from third-party code:
  - percent agreement: numpy (share of units on which all coders agree, times 100; per pair the
    share on which the two agree);
  - Cohen's kappa: scikit-learn's sklearn.metrics.cohen_kappa_score (NaN there -> null here);
  - Krippendorff's alpha: the PyPI package `krippendorff`,
    krippendorff.alpha(reliability_data=..., level_of_measurement="nominal")
    (its "more than one value in the domain" error -> null here).
Paragraphs are found here by str.split("\\n") and str.strip(), not by the Swift helper.

Run:  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install numpy scikit-learn krippendorff
      /tmp/venv/bin/python make_fixtures.py
"""
import json
import random
import warnings
from importlib.metadata import version
from pathlib import Path

import krippendorff
import numpy as np
from sklearn.metrics import cohen_kappa_score

NO_UNITS = "no_units"
ALIKE = "all_in_one_category"
NOT_TWO = "not_two_coders"


def paragraphs_of(text):
    """Each line (split on LF) with a non-blank character is a paragraph; range excludes the LF."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip() != "":
            out.append([pos, pos + len(line)])
        pos += len(line) + 1
    return out


def char_vector(length, codings, source, code, coder):
    v = np.zeros(length, dtype=int)
    for c_source, c_code, c_coder, start, end in codings:
        if c_source == source and c_code == code and c_coder == coder:
            v[start:end] = 1
    return v


def unit_matrix(case, code):
    """coders x units, pooled over the sources in order."""
    blocks = []
    for s in case["sources"]:
        rows = []
        for coder in case["coders"]:
            chars = char_vector(s["length"], case["codings"], s["id"], code, coder)
            if case["unit"] == "character":
                rows.append(chars)
            else:
                rows.append(np.array([int(chars[a:b].any()) for a, b in s["paragraphs"]], dtype=int))
        blocks.append(np.array(rows, dtype=int).reshape(len(case["coders"]), -1))
    return np.concatenate(blocks, axis=1) if blocks else np.zeros((len(case["coders"]), 0), dtype=int)


def kappa(a, b):
    if len(a) == 0:
        return None, NO_UNITS
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        k = cohen_kappa_score(a, b)
    if np.isnan(k):
        return None, ALIKE
    return float(k), None


def alpha(m):
    if m.shape[1] == 0:
        return None, NO_UNITS
    try:
        value = krippendorff.alpha(reliability_data=m.astype(float), level_of_measurement="nominal")
    except ValueError as error:
        if "more than one value" in str(error):
            return None, ALIKE
        raise
    return float(value), None


def percent(agree):
    return (float(np.mean(agree)) * 100, None) if len(agree) else (None, NO_UNITS)


def figures(m, coders):
    units = int(m.shape[1])
    unanimous = np.all(m == m[0], axis=0) if units else np.zeros(0, dtype=bool)
    pa, pa_reason = percent(unanimous)
    al, al_reason = alpha(m)
    pairs = []
    for i in range(len(coders)):
        for j in range(i + 1, len(coders)):
            k, k_reason = kappa(m[i], m[j])
            p, p_reason = percent(m[i] == m[j])
            pairs.append({
                "first": coders[i], "second": coders[j],
                "both": int(np.sum((m[i] == 1) & (m[j] == 1))), "neither": int(np.sum((m[i] == 0) & (m[j] == 0))),
                "percent_agreement": p, "percent_agreement_reason": p_reason,
                "cohens_kappa": k, "cohens_kappa_reason": k_reason,
            })
    if len(coders) == 2:
        ck, ck_reason = pairs[0]["cohens_kappa"], pairs[0]["cohens_kappa_reason"]
    else:
        ck, ck_reason = None, NOT_TWO
    return {
        "units": units, "unanimous_units": int(np.sum(unanimous)),
        "coded_units": [int(x) for x in m.sum(axis=1)],
        "percent_agreement": pa, "percent_agreement_reason": pa_reason,
        "cohens_kappa": ck, "cohens_kappa_reason": ck_reason,
        "krippendorff_alpha": al, "krippendorff_alpha_reason": al_reason,
        "pairs": pairs,
    }


def expected(case):
    mats = {code: unit_matrix(case, code) for code in case["codes"]}
    per_code = [dict(code=code, **figures(mats[code], case["coders"])) for code in case["codes"]]
    pooled = (np.concatenate([mats[c] for c in case["codes"]], axis=1) if case["codes"]
              else np.zeros((len(case["coders"]), 0), dtype=int))
    return {"codes": per_code, "overall": figures(pooled, case["coders"])}


def source(sid, length=None, text=None):
    if text is not None:
        return {"id": sid, "length": len(text), "text": text, "paragraphs": paragraphs_of(text)}
    return {"id": sid, "length": length, "text": None, "paragraphs": []}


def cod(source_id, code, coder, start, end):
    """A coding, stored compactly as [source, code, coder, start, end]."""
    return [source_id, code, coder, start, end]


def case(name, unit, sources, coders, codes, codings):
    return {"name": name, "unit": unit, "sources": sources, "coders": coders, "codes": codes, "codings": codings}


TEXT_A = "Eerste alinea over de stage.\n\nTweede alinea, met één accent.\n   \nDerde 😀 alinea\n"
TEXT_B = "\t\nKort.\nNog een regel zonder eind"
TEXT_C = " \u00a0 \n\n"


def handmade():
    cases = [
        case("issue example: A 0-40, B 20-60 of 100", "character", [source("s", 100)], ["A", "B"], ["c"],
             [cod("s", "c", "A", 0, 40), cod("s", "c", "B", 20, 60)]),
        case("overlapping and adjacent codings of one coder count once", "character", [source("s", 120)],
             ["A", "B"], ["c"],
             [cod("s", "c", "A", 0, 30), cod("s", "c", "A", 10, 50), cod("s", "c", "A", 50, 55),
              cod("s", "c", "A", 55, 56), cod("s", "c", "B", 5, 20), cod("s", "c", "B", 20, 20),
              cod("s", "c", "B", 40, 80), cod("s", "c", "B", 60, 70)]),
        case("several sources, two codes", "character", [source("s1", 50), source("s2", 80), source("s3", 0)],
             ["A", "B"], ["c1", "c2"],
             [cod("s1", "c1", "A", 0, 10), cod("s1", "c1", "B", 5, 15), cod("s2", "c1", "A", 40, 80),
              cod("s2", "c1", "B", 50, 80), cod("s1", "c2", "A", 20, 30), cod("s2", "c2", "B", 0, 5)]),
        case("three coders", "character", [source("s1", 60), source("s2", 40)], ["A", "B", "C"], ["c1", "c2"],
             [cod("s1", "c1", "A", 0, 20), cod("s1", "c1", "B", 10, 30), cod("s1", "c1", "C", 15, 25),
              cod("s2", "c1", "C", 0, 40), cod("s1", "c2", "A", 40, 60), cod("s1", "c2", "B", 40, 60),
              cod("s1", "c2", "C", 45, 60)]),
        case("four coders", "character", [source("s", 100)], ["A", "B", "C", "D"], ["c"],
             [cod("s", "c", "A", 0, 50), cod("s", "c", "B", 10, 50), cod("s", "c", "C", 0, 40),
              cod("s", "c", "D", 30, 90)]),
        case("a code one coder never used", "character", [source("s", 70)], ["A", "B"], ["c1", "c2"],
             [cod("s", "c1", "A", 0, 35), cod("s", "c1", "B", 0, 30), cod("s", "c2", "A", 10, 20)]),
        case("a code nobody used", "character", [source("s", 70)], ["A", "B"], ["used", "unused"],
             [cod("s", "used", "A", 0, 35), cod("s", "used", "B", 5, 35)]),
        case("all agree", "character", [source("s1", 40), source("s2", 30)], ["A", "B", "C"], ["c"],
             [cod(s, "c", x, 3, 17) for s in ("s1", "s2") for x in ("A", "B", "C")]),
        case("all disagree", "character", [source("s", 100)], ["A", "B"], ["c"],
             [cod("s", "c", "A", 0, 50), cod("s", "c", "B", 50, 100)]),
        case("one coder codes everything, the other nothing", "character", [source("s", 25)], ["A", "B"], ["c"],
             [cod("s", "c", "A", 0, 25)]),
        case("everybody codes everything", "character", [source("s", 25)], ["A", "B"], ["c"],
             [cod("s", "c", "A", 0, 25), cod("s", "c", "B", 0, 25)]),
        case("no units at all", "character", [source("s", 0)], ["A", "B"], ["c"], []),
        case("no codes reported", "character", [source("s", 10)], ["A", "B"], [], [cod("s", "x", "A", 0, 5)]),
        case("codings of other coders, codes and sources are ignored", "character", [source("s", 60)],
             ["A", "B"], ["c"],
             [cod("s", "c", "A", 0, 30), cod("s", "c", "B", 10, 40), cod("s", "c", "Z", 0, 60),
              cod("s", "other", "A", 30, 60), cod("elsewhere", "c", "B", 0, 500)]),
        case("paragraphs: partial, spanning and line-break-only codings", "paragraph",
             [source("t1", text=TEXT_A), source("t2", text=TEXT_B)], ["A", "B"], ["c1", "c2"],
             [cod("t1", "c1", "A", 2, 5), cod("t1", "c1", "B", 20, 35), cod("t1", "c1", "A", 28, 30),
              cod("t2", "c1", "B", 2, 3), cod("t2", "c1", "A", 8, 9), cod("t1", "c2", "A", 60, 66),
              cod("t1", "c2", "B", 0, len(TEXT_A))]),
        case("paragraphs: three coders and a blank source", "paragraph",
             [source("t1", text=TEXT_A), source("t2", text=TEXT_C), source("t3", text=TEXT_B)],
             ["A", "B", "C"], ["c"],
             [cod("t1", "c", "A", 0, 10), cod("t1", "c", "B", 31, 40), cod("t1", "c", "C", 0, 61),
              cod("t3", "c", "C", 3, 12), cod("t2", "c", "A", 0, 4)]),
        case("paragraphs: no paragraphs at all", "paragraph", [source("t", text=TEXT_C)], ["A", "B"], ["c"],
             [cod("t", "c", "A", 0, 3)]),
    ]
    return cases


WORDS = ["stage", "hulp", "ervaring", "team", "cliënt", "gesprek", "veilig", "grens", "steun", "rol", "ðe", "😀"]
BLANKS = ["", " ", "\t", "\u00a0 ", "  \t "]


def random_text(rng):
    lines = []
    for _ in range(rng.randint(0, 12)):
        if rng.random() < 0.3:
            lines.append(rng.choice(BLANKS))
        else:
            lines.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 8))))
    return "\n".join(lines) + ("\n" if rng.random() < 0.5 else "")


def random_codings(rng, sources, coders, codes):
    out = []
    for s in sources:
        for code in codes:
            for coder in coders:
                if rng.random() < 0.25:
                    continue  # this coder leaves this code out of this source
                for _ in range(rng.randint(0, 4)):
                    a = rng.randint(0, s["length"])
                    b = min(s["length"], a + rng.randint(0, max(1, s["length"] // 3)))
                    out.append(cod(s["id"], code, coder, a, b))
    rng.shuffle(out)
    return out


def randomised(count=100, seed=20240610):
    rng = random.Random(seed)
    cases = []
    for n in range(count):
        unit = rng.choice(["character", "paragraph"])
        if unit == "character":
            sources = [source(f"s{i}", rng.randint(0, 300)) for i in range(rng.randint(1, 4))]
        else:
            sources = [source(f"s{i}", text=random_text(rng)) for i in range(rng.randint(1, 4))]
        coders = ["A", "B", "C", "D"][: rng.randint(2, 4)]
        codes = [f"c{i}" for i in range(rng.randint(1, 4))]
        cases.append(case(f"random {n + 1}", unit, sources, coders, codes,
                          random_codings(rng, sources, coders, codes)))
    return cases


def main():
    cases = handmade() + randomised()
    for c in cases:
        c["expected"] = expected(c)
    out = {
        "generator": "make_fixtures.py",
        "references": {p: version(p) for p in ("numpy", "scikit-learn", "krippendorff")},
        "cases": cases,
    }
    path = Path(__file__).with_name("agreement_cases.json")
    # One case per line: readable in a diff, a tenth of the size of an indented file.
    head = json.dumps({k: v for k, v in out.items() if k != "cases"}, ensure_ascii=False)[:-1]
    body = ",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in cases)
    path.write_text(head + ', "cases": [\n' + body + "\n]}\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {path.name}")


if __name__ == "__main__":
    main()
