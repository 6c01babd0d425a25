#!/usr/bin/env python3
"""Verify the quickscan demo design against the published figures (TNO R10432, 2023, chapter 3).

Reads only the design JSON (Sources/VoelsprietAnalysis/Resources/demo/quickscan-demo-design.json) and
the instrument (for item types, option codes and showIf); the published figures are written out below,
independently of scripts/reference/design_quickscan_demo.py.  Prints every published figure next to
the reproduced one and every chi-square test with its p, and exits 1 if any constraint fails.

Conventions: percentages are whole numbers rounded half up, of the respondents who answered the
item; chi-square tests are Pearson without continuity correction
(scipy.stats.chi2_contingency(correction=False)) on the category x group table without empty
categories.

    python3 scripts/reference/check_quickscan_demo.py [design.json]
"""
import json
import sys
from pathlib import Path

import numpy as np
from scipy.stats import chi2_contingency

ROOT = Path(__file__).resolve().parents[2]
DESIGN = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "Sources/VoelsprietAnalysis/Resources/demo/quickscan-demo-design.json"
INSTRUMENT = ROOT / "Sources/VoelsprietDomain/Resources/instruments/quickscan.json"

P_MIN = 0.10
GROUP_SPEC = {"P+": ("professional", True, 44), "P-": ("professional", False, 17),
              "S+": ("student", True, 38), "S-": ("student", False, 32)}
SPLITS = [("role", ["P+", "P-"], ["S+", "S-"]),
          ("experience", ["P+", "S+"], ["P-", "S-"]),
          ("experience_professionals", ["P+"], ["P-"]),
          ("experience_students", ["S+"], ["S-"])]
EXEMPT = {"role", "experience", "sector", "institution", "study_mode", "study_year"}
AGREE = ["1", "2", "3", "4", "5"]

# ---------------------------------------------------------------- published figures (as printed)
T1 = {"youth_care_parenting": (27, 19), "residential_youth_care": (16, 12), "social_work": (14, 10),
      "veilig_thuis": (13, 9), "child_protection": (11, 8), "youth_mental_health": (11, 8),
      "adult_mental_health": (11, 8), "womens_shelter": (8, 6), "local_teams": (8, 6), "mee": (3, 2),
      "other": (17, 12)}
T2 = {"haagse_hogeschool": (30, 43), "universiteit_leiden": (17, 24), "hogeschool_rotterdam": (13, 19),
      "inholland": (8, 11), "han": (1, 1), "hogeschool_leiden": (1, 1)}
# (table, item, codes, published counts or None, published percentages, answering population n)
FREQ4 = ["always", "often", "sometimes", "never"]
PERCENT_TABLES = [
    ("T3", "sharing_desirability", FREQ4, [9, 46, 76, 0], [7, 35, 58, 0], 131),
    # T4 and T6 as printed do not add up (133 and 132); the consistent variants are required.
    ("T4", "learn_from_colleagues", AGREE, [0, 1, 12, 56, 62], [0, 1, 9, 43, 47], 131),
    ("T5.1", "skill_raise_concerns", AGREE, None, [2, 13, 41, 34, 11], 131),
    ("T5.2", "skill_connect_reality", AGREE, None, [1, 4, 15, 57, 24], 131),
    ("T5.3", "skill_contact_similar", AGREE, None, [1, 4, 28, 55, 12], 131),
    ("T5.4", "skill_support_help_seeking", AGREE, None, [2, 11, 42, 38, 8], 131),
    ("T5.5", "skill_inner_world", AGREE, None, [1, 2, 8, 48, 41], 126),
    ("T5.6", "skill_alert_colleagues", AGREE, None, [1, 3, 24, 52, 20], 126),
    ("T5.7", "skill_build_expertise", AGREE, None, [0, 4, 21, 48, 27], 126),
    ("T5.8", "skill_hard_to_reach", AGREE, None, [2, 6, 30, 44, 18], 126),
    ("T5.9", "skill_renew_practice", AGREE, None, [0, 2, 27, 51, 20], 126),
    ("T6", "hindered_in_contact", AGREE, [13, 23, 85, 10, 0], [10, 18, 65, 8, 0], 131),
    ("T7.1", "pitfall_distance_closeness", AGREE, None, [6, 15, 20, 50, 9], 131),
    ("T7.2", "pitfall_projection", AGREE, None, [3, 5, 24, 54, 13], 131),
    ("T7.3", "pitfall_own_view", AGREE, None, [5, 11, 24, 53, 7], 131),
    ("T7.4", "pitfall_emotional_burden", AGREE, None, [3, 4, 26, 52, 15], 131),
    ("T7.5", "pitfall_identity_overlap", AGREE, None, [2, 10, 29, 48, 11], 131),
    ("T7.6", "pitfall_unprocessed", AGREE, None, [3, 1, 21, 60, 15], 131),
    ("T9.1", "programme_covers_topic", AGREE, None, [1, 4, 21, 36, 37], 70),
    ("T9.2", "programme_attention_personal", AGREE, None, [17, 31, 27, 21, 3], 70),
    ("T9.3", "programme_learn_handling", AGREE, None, [24, 41, 19, 13, 3], 70),
    ("T9.4", "programme_encourages_use", AGREE, None, [21, 39, 31, 6, 1], 70),
    ("T10.1", "precondition_learned", AGREE, None, [0, 1, 7, 44, 49], 131),
    ("T10.2", "precondition_recovery", AGREE, None, [2, 1, 13, 39, 46], 131),
    ("T10.3", "precondition_supported", AGREE, None, [0, 1, 8, 36, 56], 131),
    ("T10.4", "precondition_organisation_backing", AGREE, None, [0, 2, 9, 48, 41], 131),
    ("T10.5", "precondition_safe_internship", AGREE, None, [0, 1, 3, 23, 73], 70),
]
T8_CODES = ["already_want_more", "already_no_help", "not_yet_want_to", "not_yet_not_want"]
T8 = {"students": ([24, 21, 47, 8], ["S+"], 38), "professionals": ([23, 46, 21, 9], ["P+"], 43),
      "total": ([23, 34, 33, 9], ["P+", "S+"], 81)}
# Printed figures that no whole-number data can reproduce (see the design notes); the check
# requires exactly these deviations and no others: (table, column/code) -> (printed, reproduced).
KNOWN_DEVIATIONS = {("T8", "professionals", "already_no_help"): (46, 47),
                    ("T8", "total", "already_no_help"): (34, 35),
                    ("T9.4", "2"): (39, 40)}
# The only non-reported comparison allowed to be significant: T8's printed columns imply it.
KNOWN_SIGNIFICANT = {("wish_to_learn", "role")}
CHI2_STATEMENTS = [  # item, split, statistic, df, direction
    ("T5.2", "skill_connect_reality", "role", 11.08, 4, "professionals more often neutral, students agree more"),
    ("T5.1", "skill_raise_concerns", "experience_students", 12.83, 4, "S+ agree more; S- more often neutral or disagree"),
    ("T5.3", "skill_contact_similar", "experience_students", 8.44, 2, "S+ agree more; S- more often neutral or disagree"),
    ("T5.5", "skill_inner_world", "experience_professionals", 12.64, 4, "P+ agree more strongly; P- more often neutral or disagree"),
    ("T5.8", "skill_hard_to_reach", "experience_professionals", 9.29, 4, "P+ agree more strongly; P- more often neutral or disagree"),
    ("T7.4", "pitfall_emotional_burden", "role", 9.54, 4, "students agree more"),
    ("T10.4", "precondition_organisation_backing", "role", 9.90, 3, "professionals agree more, students more often neutral"),
]
OTHER = {"experience_pct": {"professional": 72, "student": 54},
         "knows_others_yes_pct": {"professional": 54, "student": 46},
         "full_time_pct": 71,
         "shares_with_pct_of_selections": {
             "P+": {"colleagues": 40, "manager": 28, "clients": 20, "nobody": 13},
             "S+": {"fellow_students": 32, "internship_supervisor": 9, "clients": 3, "nobody": 22}},
         "comparison_n": {"experience_professionals": (41, 15), "experience_students": (38, 32)}}


def pct(count, n):
    return (200 * count + n) // (2 * n)


def share(v, idx):
    return sum(v[i] for i in idx) / sum(v)


def mean(v):
    return sum((i + 1) * x for i, x in enumerate(v)) / sum(v)


def direction_ok(label, a, b):
    """a, b: count vectors over codes 1..5 for the split's first and second group."""
    if label.startswith("professionals more often neutral"):
        return share(a, [2]) > share(b, [2]) and share(b, [3, 4]) > share(a, [3, 4])
    if label.startswith("S+ agree more") or label.startswith("P+ agree more"):
        ok = (mean(a) > mean(b) and share(a, [3, 4]) > share(b, [3, 4]) and share(b, [2]) > share(a, [2])
              and share(b, [0, 1]) >= share(a, [0, 1]))
        if "strongly" in label:
            ok = ok and share(a, [4]) > share(b, [4])
        return ok
    if label == "students agree more":
        return share(b, [3, 4]) > share(a, [3, 4]) and mean(b) > mean(a)
    if label.startswith("professionals agree more"):
        return share(a, [3, 4]) > share(b, [3, 4]) and share(b, [2]) > share(a, [2])
    raise ValueError(label)


def test(a, b):
    """scipy chi-square on the category x group table without empty categories; None if not computable."""
    if sum(a) == 0 or sum(b) == 0:
        return None
    table = np.array([[x, y] for x, y in zip(a, b) if x + y > 0])
    if table.shape[0] < 2:
        return None
    stat, p, df, _ = chi2_contingency(table, correction=False)
    return float(stat), int(df), float(p)


class Checker:
    def __init__(self):
        self.failures = []
        self.count = 0

    def ok(self, cond, msg):
        self.count += 1
        if not cond:
            self.failures.append(msg)
            print(f"  FAIL {msg}")
        return cond


def main():
    design = json.loads(DESIGN.read_text(encoding="utf-8"))
    instrument = json.loads(INSTRUMENT.read_text(encoding="utf-8"))
    c = Checker()

    # ------------------------------------------------------------------------- groups
    print("== Groups")
    groups = {g["id"]: g for g in design["groups"]}
    c.ok(list(groups) == list(GROUP_SPEC), f"groups are {list(GROUP_SPEC)}")
    for gid, (role, with_exp, n) in GROUP_SPEC.items():
        g = groups[gid]
        exp = g["experience"]
        c.ok(g["role"] == role and g["n"] == n, f"{gid}: role {role}, n {n}")
        c.ok(sum(exp.values()) == n and all(v >= 0 for v in exp.values()), f"{gid}: experience split sums to n")
        if with_exp:
            c.ok("no" not in exp or exp["no"] == 0, f"{gid}: no 'no' in a with-experience group")
            c.ok(exp.get("past", 0) > exp.get("recent", 0) + exp.get("current", 0), f"{gid}: mostly 'past'")
        else:
            c.ok(exp == {"no": n}, f"{gid}: all 'no'")
        print(f"  {gid}: {role}, n = {n}, experience {exp}")
    N = {gid: GROUP_SPEC[gid][2] for gid in GROUP_SPEC}

    # ------------------------------------------------------------------------- instrument coverage
    print("== Items, eligibility, missing answers")
    inst_items = {}
    for sec in instrument["sections"]:
        for it in sec["items"]:
            conds = [x for x in (sec.get("showIf"), it.get("showIf")) if x]
            inst_items[it["id"]] = (it, conds)

    def codes_of(it):
        if it["type"] == "yesno":
            return ["yes", "no"]
        if it["type"] == "scale":
            return [p["code"] for p in instrument["scales"][it["scale"]]["points"]]
        return [o["code"] for o in it.get("options", [])]

    def group_value(gid, item):
        role, with_exp, _ = GROUP_SPEC[gid]
        if item == "role":
            return {role}
        if item == "experience":
            return set(groups[gid]["experience"])
        raise ValueError(item)

    def eligible(gid, conds):
        for cond in conds:
            vals = group_value(gid, cond["item"])
            if "equals" in cond:
                if vals != {cond["equals"]}:
                    if cond["equals"] in vals:
                        raise ValueError("condition splits a group")
                    return False
            elif "notEquals" in cond:
                if cond["notEquals"] in vals:
                    if len(vals) > 1:
                        raise ValueError("condition splits a group")
                    return False
        return True

    items = {it["id"]: it for it in design["items"]}
    c.ok(len(items) == len(design["items"]), "item ids unique")
    closed = [iid for iid, (it, _) in inst_items.items() if it["type"] != "text"]
    c.ok(sorted(closed) == sorted(items), f"design items = closed instrument items "
         f"(missing {sorted(set(closed) - set(items))}, extra {sorted(set(items) - set(closed))})")
    allowed_missing = {}  # item -> {group: n}
    for iid in closed:
        if iid not in items:
            continue
        it, conds = inst_items[iid]
        d = items[iid]
        elig = [g for g in GROUP_SPEC if eligible(g, conds)]
        c.ok(d["type"] == it["type"], f"{iid}: type {d['type']} = instrument {it['type']}")
        c.ok(sorted(d["counts"]) == sorted(elig), f"{iid}: counts for eligible groups {elig} only (got {sorted(d['counts'])})")
        codes = codes_of(it)
        for g, cnt in d["counts"].items():
            c.ok(set(cnt) <= set(codes), f"{iid}/{g}: codes {sorted(set(cnt) - set(codes))} not in instrument")
            c.ok(all(isinstance(v, int) and v >= 0 for v in cnt.values()), f"{iid}/{g}: non-negative integers")
        if it["type"] == "multiple":
            c.ok(sorted(d["respondents"]) == sorted(elig), f"{iid}: respondents for eligible groups")
            for g in elig:
                cnt, r = d["counts"][g], d["respondents"][g]
                c.ok(0 <= r <= N[g], f"{iid}/{g}: respondents <= n")
                c.ok(all(v <= r for v in cnt.values()) and sum(cnt.values()) >= r,
                     f"{iid}/{g}: option counts fit {r} respondents")
                if "nobody" in codes:
                    nob = cnt.get("nobody", 0)
                    rest = {k: v for k, v in cnt.items() if k != "nobody"}
                    c.ok(all(v <= r - nob for v in rest.values()) and sum(rest.values()) >= r - nob,
                         f"{iid}/{g}: 'nobody' ({nob}) never combined with another option")
                if iid == "sector":
                    c.ok(r == N[g], f"sector/{g}: every professional names at least one sector")
        else:
            c.ok(sorted(d["missing"]) == sorted(elig), f"{iid}: missing for eligible groups")
            for g in elig:
                c.ok(sum(d["counts"][g].values()) + d["missing"][g] == N[g], f"{iid}/{g}: counts + missing = n")
            miss = {g: m for g, m in d["missing"].items() if m}
            if miss:
                allowed_missing[iid] = miss
    # missing answers: five professionals (3 P+, 2 P-) skip skill items incl. T5.5 and T5.8; one P+ skips T8
    skill_skips = {i: m for i, m in allowed_missing.items() if i.startswith("skill_")}
    other_skips = {i: m for i, m in allowed_missing.items() if not i.startswith("skill_")}
    c.ok(all(m == {"P+": 3, "P-": 2} for m in skill_skips.values()), "skill items: exactly 3 P+ and 2 P- skip")
    c.ok({"skill_inner_world", "skill_hard_to_reach"} <= set(skill_skips), "T5.5 and T5.8 skipped by the five")
    c.ok(other_skips == {"wish_to_learn": {"P+": 1}}, f"only other blank: one P+ on wish_to_learn (got {other_skips})")
    print(f"  skill items left blank by 3 P+ and 2 P-: {', '.join(sorted(skill_skips))}")
    print(f"  other blanks: {other_skips}")
    # role / experience items agree with the groups
    for g in GROUP_SPEC:
        c.ok(items["role"]["counts"][g].get(GROUP_SPEC[g][0]) == N[g], f"role/{g}")
        exp_item = {k: v for k, v in items["experience"]["counts"][g].items() if v}
        c.ok(exp_item == {k: v for k, v in groups[g]["experience"].items() if v}, f"experience/{g}")

    # ------------------------------------------------------------------------- texts
    print("== Open answers")
    texts = design["texts"]
    open_items = [iid for iid, (it, _) in inst_items.items() if it["type"] == "text"]
    specify = {f"{iid}.{o['code']}": iid for iid, (it, _) in inst_items.items()
               for o in it.get("options", []) if o.get("specify")}
    c.ok(set(texts) == set(open_items) | set(specify), f"texts keys = open items + specify options "
         f"(missing {sorted(set(open_items) | set(specify) - set(texts))}, extra {sorted(set(texts) - set(open_items) - set(specify))})")
    for key, lst in texts.items():
        used = True
        if key in specify:
            used = any(cnt.get(key.split(".")[1], 0) > 0 for cnt in items[specify[key]]["counts"].values())
        if used:
            c.ok(6 <= len(lst) <= 10, f"texts/{key}: 6-10 answers (got {len(lst)})")
        c.ok(len(set(lst)) == len(lst) and all(isinstance(t, str) and 0 < len(t) <= 300 for t in lst),
             f"texts/{key}: distinct, short")
        print(f"  {key}: {len(lst)} answers{'' if used else ' (option not chosen by anyone)'}")

    # ------------------------------------------------------------------------- published figures
    print("== Published figures (published -> reproduced)")

    def total(iid, gs, codes):
        cnt = items[iid]["counts"]
        return [sum(cnt[g].get(k, 0) for g in gs if g in cnt) for k in codes]

    def show(label, pub, got, ok, extra=""):
        print(f"  {'ok  ' if ok else 'DIFF'} {label:<44} {'/'.join(map(str, pub)):<18} -> {'/'.join(map(str, got)):<18}{extra}")

    def compare(table, label, codes, pub, got, keyfn):
        """Compare percentage lists; deviations must be exactly the known ones."""
        ok_all = True
        for code, p, g in zip(codes, pub, got):
            if p != g:
                known = KNOWN_DEVIATIONS.get(keyfn(code))
                ok_all = False
                c.ok(known == (p, g), f"{table} {label} {code}: published {p}, reproduced {g}")
        for key, (p, g) in KNOWN_DEVIATIONS.items():
            if key[0] == table and (len(key) == 2 or key[1] == label):
                idx = codes.index(key[-1])
                c.ok((pub[idx], got[idx]) == (p, g), f"{table}: known deviation {key} still {p} -> {g}")
        return ok_all

    # T1
    codes = list(T1)
    freq = total("sector", ["P+", "P-"], codes)
    n_sel = sum(freq)
    c.ok(n_sel == 139, "T1: 139 selections")
    ok = freq == [T1[k][0] for k in codes] and [pct(f, 139) for f in freq] == [T1[k][1] for k in codes]
    c.ok(ok, "T1 frequencies/percentages")
    show("T1 sector (freq, of 139 selections)", [T1[k][0] for k in codes], freq, ok)
    show("T1 sector (%)", [T1[k][1] for k in codes], [pct(f, n_sel) for f in freq], ok)
    # T2
    codes = list(T2)
    freq = total("institution", ["S+", "S-"], codes)
    ok = freq == [T2[k][0] for k in codes] and [pct(f, 70) for f in freq] == [T2[k][1] for k in codes] \
        and sum(freq) == 70
    c.ok(ok, "T2 frequencies/percentages")
    show("T2 institution (freq)", [T2[k][0] for k in codes], freq, ok)
    show("T2 institution (%)", [T2[k][1] for k in codes], [pct(f, 70) for f in freq], ok)
    ft = total("study_mode", ["S+", "S-"], ["full_time", "part_time"])
    ok = pct(ft[0], sum(ft)) == OTHER["full_time_pct"]
    c.ok(ok, "study_mode 71% full-time")
    show("study mode full-time %", [OTHER["full_time_pct"]], [pct(ft[0], sum(ft))], ok)
    # own experience
    for role, gs in (("professional", ["P+", "P-"]), ("student", ["S+", "S-"])):
        got = pct(N[gs[0]], N[gs[0]] + N[gs[1]])
        ok = got == OTHER["experience_pct"][role]
        c.ok(ok, f"experience % {role}")
        show(f"own experience % ({role}s)", [OTHER["experience_pct"][role]], [got], ok)
    # knows_others
    for role, gs in (("professional", ["P+", "P-"]), ("student", ["S+", "S-"])):
        yn = total("knows_others", gs, ["yes", "no"])
        got = pct(yn[0], sum(yn))
        ok = got == OTHER["knows_others_yes_pct"][role] and sum(yn) == N[gs[0]] + N[gs[1]]
        c.ok(ok, f"knows_others % {role}")
        show(f"knows others: yes % ({role}s)", [OTHER["knows_others_yes_pct"][role]], [got], ok)
    # shares_with (percent of selections; nobody exclusive checked above)
    for g, pub in OTHER["shares_with_pct_of_selections"].items():
        cnt = items["shares_with"]["counts"][g]
        sel = sum(cnt.values())
        got = [pct(cnt.get(k, 0), sel) for k in pub]
        ok = got == list(pub.values())
        c.ok(ok, f"shares_with {g}")
        show(f"shares_with {g} % of {sel} selections", list(pub.values()), got, ok,
             f"  ({', '.join(f'{k} {cnt.get(k, 0)}' for k in pub)}; respondents {items['shares_with']['respondents'][g]})")
    # experience forms: physical and emotional abuse most frequent
    ef_codes = codes_of(inst_items["experience_forms"][0])
    ef = dict(zip(ef_codes, total("experience_forms", ["P+", "S+"], ef_codes)))
    top2 = {"physical_abuse", "emotional_abuse"}
    ok = min(ef[k] for k in top2) > max(v for k, v in ef.items() if k not in top2)
    c.ok(ok, "experience_forms: physical and emotional abuse most frequent")
    print(f"  {'ok  ' if ok else 'DIFF'} experience_forms (text: physical/emotional most frequent): {ef}")
    # percentage tables
    for table, iid, codes, pub_counts, pub_pct, n in PERCENT_TABLES:
        d = items[iid]
        cnt = total(iid, list(d["counts"]), codes)
        answered = sum(cnt)
        got = [pct(x, answered) for x in cnt]
        c.ok(answered == n, f"{table} {iid}: {n} answered (got {answered})")
        ok = compare(table, iid, codes, pub_pct, got, lambda code, t=table: (t, code))
        if pub_counts is not None:
            c.ok(cnt == pub_counts, f"{table} {iid}: frequencies {pub_counts} (got {cnt})")
            ok = ok and cnt == pub_counts
        extra = f"  n={answered}" + (f" freq {'/'.join(map(str, cnt))}" if pub_counts else "")
        if table.startswith("T9.4"):
            extra += "  (printed row sums to 98: no whole-number solution)"
        show(f"{table} {iid} (%)", pub_pct, got, ok, extra)
    # T8
    for col, (pub, gs, n) in T8.items():
        cnt = total("wish_to_learn", gs, T8_CODES)
        got = [pct(x, sum(cnt)) for x in cnt]
        c.ok(sum(cnt) == n, f"T8 {col}: n = {n} (got {sum(cnt)})")
        ok = compare("T8", col, T8_CODES, pub, got, lambda code, col=col: ("T8", col, code))
        show(f"T8 wish_to_learn {col} (%)", pub, got, ok, f"  n={sum(cnt)} freq {'/'.join(map(str, cnt))}")
    c.ok(sum(total("wish_to_learn", ["P+", "S+"], T8_CODES)) == 81, "T8: n = 81")

    # ------------------------------------------------------------------------- chi-square tests
    print("== Chi-square statements (published -> reproduced)")
    targets = {}
    for table, iid, split, stat, df, label in CHI2_STATEMENTS:
        targets[(iid, split)] = (table, stat, df, label)
    results = []  # (iid, split, nA, nB, stat, df, p)
    for it in design["items"]:
        iid = it["id"]
        if it["type"] == "multiple" or iid in EXEMPT:
            continue
        codes = codes_of(inst_items[iid][0])
        seen = set()
        for split, ga, gb in SPLITS:
            ga = [g for g in ga if g in it["counts"]]
            gb = [g for g in gb if g in it["counts"]]
            if not ga or not gb or (tuple(ga), tuple(gb)) in seen:
                continue
            seen.add((tuple(ga), tuple(gb)))
            a, b = total(iid, ga, codes), total(iid, gb, codes)
            res = test(a, b)
            if res is None:
                continue
            results.append((iid, split, a, b) + res)
    found = {}
    for iid, split, a, b, stat, df, p in results:
        if (iid, split) in targets:
            table, tstat, tdf, label = targets[(iid, split)]
            found[(iid, split)] = True
            ok_stat = abs(stat - tstat) < 0.005 and f"{stat:.2f}" == f"{tstat:.2f}"
            ok_dir = direction_ok(label, a, b)
            ok_n = True
            if split in OTHER["comparison_n"]:
                ok_n = (sum(a), sum(b)) == OTHER["comparison_n"][split]
            c.ok(ok_stat and df == tdf, f"{table} {iid} {split}: chi2({tdf}) = {tstat:.2f}, got chi2({df}) = {stat:.4f}")
            c.ok(ok_dir, f"{table} {iid} {split}: direction '{label}'")
            c.ok(ok_n, f"{table} {iid} {split}: n = {OTHER['comparison_n'].get(split)} (got {sum(a)}, {sum(b)})")
            print(f"  {'ok  ' if ok_stat and df == tdf and ok_dir and ok_n else 'DIFF'} {table:<6} {iid:<34} {split:<25} "
                  f"chi2({tdf}) = {tstat:.2f} -> chi2({df}) = {stat:.4f}, p = {p:.4f}; n = {sum(a)} vs {sum(b)}; "
                  f"{label}: {'yes' if ok_dir else 'NO'}")
            print(f"         {'/'.join(map(str, a))} vs {'/'.join(map(str, b))}")
    for key in targets:
        c.ok(key in found, f"chi-square statement {key} computed")

    print("== Every other comparison (must have p >= 0.10)")
    worst = []
    for iid, split, a, b, stat, df, p in results:
        if (iid, split) in targets:
            continue
        if (iid, split) in KNOWN_SIGNIFICANT:
            c.ok(p < 0.10, f"{iid} {split}: known exception still applies")
            print(f"  NOTE {iid:<34} {split:<25} chi2({df}) = {stat:6.2f}, p = {p:.4f}  "
                  f"(accepted: implied by T8's printed columns)")
            continue
        c.ok(p >= P_MIN, f"{iid} {split}: chi2({df}) = {stat:.2f}, p = {p:.4f} < {P_MIN}")
        worst.append((p, iid, split, stat, df))
        print(f"  {'ok  ' if p >= P_MIN else 'FAIL'} {iid:<34} {split:<25} chi2({df}) = {stat:6.2f}, p = {p:.4f}")
    worst.sort()
    print(f"  {len(worst)} other comparisons; smallest p = {worst[0][0]:.4f} ({worst[0][1]}, {worst[0][2]})")

    print("== Summary")
    print(f"  {c.count} checks, {len(c.failures)} failed")
    print("  known, documented deviations from the printed figures (no whole-number data reproduces them):")
    for key, (p, g) in KNOWN_DEVIATIONS.items():
        print(f"    {' '.join(key)}: printed {p}, reproduced {g}")
    print("  accepted significant non-reported comparison: wish_to_learn by role (see design notes)")
    for f in c.failures:
        print(f"  FAIL {f}")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
