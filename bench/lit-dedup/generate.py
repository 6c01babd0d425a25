#!/usr/bin/env python3
"""Builds a large deduplication benchmark set from the shared data (Python stdlib only).

Base records: the ASySD labelled test set (1845 records, 584 studies, real cross-database
duplicates) and the three screening sets (9912 records; their `duplicate_record_id` marks
their own duplicates). Replica k > 0 of the base is the same base with a per-replica word
cipher (about half of the words of titles and abstracts and every surname replaced by a
pseudo-word, consistently within the replica, so duplicates inside a replica stay duplicates
while replicas are different studies), DOIs suffixed with "/rK" and years shifted by k mod 7.
After each record, with probability DUP_RATE, one (sometimes two) injected duplicates follow,
each with one to three perturbations: a title typo, a case change, punctuation changes, a
missing or resolver-prefixed DOI, another author name format, a missing abstract, missing
pages/volume, the year off by one.

Writes, for the same records in the same order:
  data.ris    RIS (TY/TI/AU/PY/T2/VL/IS/SP/EP/SN/DO/AB/ER) for `voelspriet lit import`
  data.csv    CSV (record_id,title,abstract,authors,year,journal,volume,issue,pages,issn,doi)
              for `asreview data dedup`
  truth.json  {"records": n, "studies": distinct studies (known from the base labels),
               "injected": injected duplicates}

Usage: generate.py OUT_DIR [--records 200000] [--seed 11] [--dup-rate 0.25] [--with-text-only] [--data DIR]
"""
import argparse, csv, json, os, random, re, sys, zlib

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vi", "zo", "pe", "su", "da", "fo", "gi", "ho", "ju", "be",
             "ar", "el", "is", "on", "ul", "tra", "pri", "sko"]
WORD = re.compile(r"[A-Za-z]{3,}")


def h(text, k):
    return zlib.crc32(f"{k}:{text}".encode())


def pseudo(x):
    s = ""
    for _ in range(3 + x % 2):
        s += SYLLABLES[x % len(SYLLABLES)]
        x //= len(SYLLABLES)
    return s


def cipher_text(text, k):
    """Replaces about half the words of 3+ letters, consistently per (word, replica)."""
    if not text or k == 0:
        return text
    def repl(m):
        w = m.group(0)
        x = h(w.lower(), k)
        if x % 2:
            return w
        p = pseudo(x // 2)
        return p.capitalize() if w[0].isupper() else p
    out = WORD.sub(repl, text)
    if out == text:  # short titles ("Editorial"): replace every word
        out = WORD.sub(lambda m: pseudo(h(m.group(0).lower(), k) // 2), text)
    return out


def read_rows(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return list(csv.DictReader(text.splitlines(keepends=True)))


def clean(v):
    v = (v or "").replace("\r", " ").replace("\n", " ").strip()
    return "" if v == "NA" else v


def split_concatenated(authors):
    """ASySD writes 'Adeli K.Lewis G. F.': a new author starts after '.' before a capital."""
    if not authors:
        return []
    return [a.strip() for a in re.split(r"(?<=\.)(?=[A-Z])", authors) if a.strip()]


def split_comma_pairs(authors):
    """van de Schoot writes 'Dallow, N., Lang, J., Bellamy, N.'."""
    if not authors:
        return []
    return [a.strip() for a in re.split(r"(?<=\.),\s*", authors) if a.strip()]


def load_base(data):
    base = []  # (record dict, is_unique)
    for r in read_rows(os.path.join(data, "dedup/ASySD/labelled_test_set.csv")):
        base.append(({"title": clean(r["title"]), "abstract": clean(r["abstract"]),
                      "authors": split_concatenated(clean(r["author"])), "year": clean(r["year"]),
                      "journal": clean(r["journal"]), "volume": clean(r["volume"]), "issue": clean(r["number"]),
                      "pages": clean(r["pages"]), "issn": clean(r["isbn"]), "doi": clean(r["doi"])},
                     r["source"] == "unique"))
    for name in ["van_de_Schoot_2017", "Nagtegaal_2019", "Kitchenham_2010"]:
        for r in read_rows(os.path.join(data, f"screening/{name}.csv")):
            base.append(({"title": clean(r.get("title")), "abstract": clean(r.get("abstract")),
                          "authors": split_comma_pairs(clean(r.get("authors"))), "year": clean(r.get("year")),
                          "journal": "", "volume": "", "issue": "", "pages": "", "issn": "",
                          "doi": clean(r.get("doi"))},
                         not clean(r.get("duplicate_record_id"))))
    return base


def surname_split(name):
    """(surname, given part, comma form) of 'Smith, J. A.', 'Smith J.A.' or 'Smith JA'."""
    if "," in name:
        s, g = name.split(",", 1)
        return s.strip(), g.strip()
    parts = name.split()
    return (parts[0], " ".join(parts[1:])) if parts else (name, "")


def replicate(rec, k):
    if k == 0:
        return dict(rec)
    r = dict(rec)
    r["title"] = cipher_text(rec["title"], k)
    r["abstract"] = cipher_text(rec["abstract"], k)
    authors = []
    for a in rec["authors"]:
        s, g = surname_split(a)
        new = pseudo(h(s.lower(), k)).capitalize()
        authors.append(f"{new}, {g}" if "," in a else f"{new} {g}".strip())
    r["authors"] = authors
    if rec["doi"]:
        r["doi"] = rec["doi"] + f"/r{k}"
    if rec["year"].isdigit():
        r["year"] = str(int(rec["year"]) + k % 7)
    return r


def initials(given):
    return [c for c in given if c.isalpha() and c.isupper()] or [c.upper() for c in given[:1] if c.isalpha()]


def perturb(rec, rnd):
    r = dict(rec)
    r["authors"] = list(rec["authors"])
    ops = rnd.sample(["typo", "case", "punct", "doi", "authors", "abstract", "pages", "year"], rnd.randint(1, 3))
    t = r["title"]
    for op in ops:
        if op == "typo" and len(t) > 20:
            for _ in range(rnd.randint(1, 2)):
                i = rnd.randrange(1, len(t) - 1)
                kind = rnd.randrange(3)
                if kind == 0:
                    t = t[:i] + rnd.choice("aeiourstn") + t[i + 1:]
                elif kind == 1:
                    t = t[:i] + t[i + 1:]
                else:
                    t = t[:i - 1] + t[i] + t[i - 1] + t[i + 1:]
        elif op == "case":
            t = rnd.choice([t.upper(), t.lower(), t.title()])
        elif op == "punct":
            t = t.rstrip(".") if t.endswith(".") else t + "."
            t = t.replace("-", " ") if rnd.random() < 0.5 else t.replace(":", " -")
        elif op == "doi" and r["doi"]:
            r["doi"] = "" if rnd.random() < 0.6 else "https://doi.org/" + re.sub(r"^https?://(dx\.)?doi\.org/", "", r["doi"]).upper()
        elif op == "authors" and r["authors"]:
            out = []
            for a in r["authors"]:
                s, g = surname_split(a)
                ini = initials(g)
                form = rnd.randrange(3)
                out.append(f"{s} {''.join(ini)}" if form == 0 else
                           f"{' '.join(i + '.' for i in ini)} {s}".strip() if form == 1 else
                           f"{s}, {' '.join(i + '.' for i in ini)}".strip(", "))
            r["authors"] = out
        elif op == "abstract":
            r["abstract"] = ""
        elif op == "pages":
            r["pages"] = ""
            r["volume"] = ""
        elif op == "year" and r["year"].isdigit() and rnd.random() < 0.5:
            r["year"] = str(int(r["year"]) + 1)
    r["title"] = t
    return r


def ris(rec):
    lines = ["TY  - JOUR"]
    def tag(t, v):
        if v:
            lines.append(f"{t}  - {v}")
    tag("TI", rec["title"])
    for a in rec["authors"]:
        tag("AU", a)
    tag("PY", rec["year"])
    tag("T2", rec["journal"])
    tag("VL", rec["volume"])
    tag("IS", rec["issue"])
    pages = rec["pages"].split("-")
    if len(pages) == 2:
        tag("SP", pages[0]); tag("EP", pages[1])
    else:
        tag("SP", rec["pages"])
    tag("SN", rec["issn"])
    tag("DO", rec["doi"])
    tag("AB", rec["abstract"])
    lines.append("ER  - ")
    return "\n".join(lines) + "\n\n"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--records", type=int, default=200_000)
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--dup-rate", type=float, default=0.25)
    p.add_argument("--with-text-only", action="store_true",
                   help="leave out base records with neither title nor abstract (asreview-datatools' "
                        "--similar mode crashes on a record whose text is empty)")
    p.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/data"))
    a = p.parse_args()
    base = load_base(a.data)
    if a.with_text_only:
        base = [(r, u) for r, u in base if r["title"] or r["abstract"]]
    rnd = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    n = studies = injected = 0
    with open(os.path.join(a.out, "data.ris"), "w", encoding="utf-8") as fr, \
         open(os.path.join(a.out, "data.csv"), "w", encoding="utf-8", newline="") as fc:
        w = csv.writer(fc)
        w.writerow(["record_id", "title", "abstract", "authors", "year", "journal", "volume", "issue", "pages", "issn", "doi"])
        def emit(rec):
            nonlocal n
            n += 1
            fr.write(ris(rec))
            w.writerow([n, rec["title"], rec["abstract"], "; ".join(rec["authors"]), rec["year"], rec["journal"],
                        rec["volume"], rec["issue"], rec["pages"], rec["issn"], rec["doi"]])
        k = 0
        while n < a.records:
            for rec, unique in base:
                if n >= a.records:
                    break
                r = replicate(rec, k)
                emit(r)
                studies += unique
                copies = (1 + (rnd.random() < 0.1)) if rnd.random() < a.dup_rate and r["title"] else 0
                for _ in range(copies):
                    if n < a.records:
                        emit(perturb(r, rnd))
                        injected += 1
            k += 1
    with open(os.path.join(a.out, "truth.json"), "w") as f:
        json.dump({"records": n, "studies": studies, "injected": injected, "replicas": k,
                   "true_duplicates": n - studies}, f, indent=1)
    print(f"wrote {n} records ({studies} studies, {injected} injected duplicates, {k} replicas) to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
