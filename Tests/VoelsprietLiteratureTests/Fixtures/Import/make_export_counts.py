"""Independent record counts for every export under shared/data (see README.md beside it).

Run:  python3 -m venv /tmp/venv-litimport && /tmp/venv-litimport/bin/pip install rispy==0.10.0 pandas bibtexparser==2.1.0
      /tmp/venv-litimport/bin/python make_export_counts.py /work/shared/data > export_counts.json

Counts: RIS by rispy (rispy.load on the text, BOM removed, universal newlines); MEDLINE by
lines starting with "PMID- "; Web of Science plain text by lines that are "ER"; delimited tables
by pandas.read_csv rows (delimiter sniffed by pandas' python engine, Latin-1 when not UTF-8);
BibTeX by bibtexparser entries. Format and database are the reader's expectation, from the
table EXPECTED below (written by hand after looking at each file).
"""
import io, json, os, re, sys

import bibtexparser
import pandas
import rispy

ROOT = sys.argv[1]
FOLDERS = ["exports", "dedup/ASySD", "dedup/asreview-datatools"]

# path -> (format, database) as judged by reading the file; "error" = must be refused.
EXPECTED = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected_formats.json")))


def text_of(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass


def bare_doi(doi):
    """rispy keeps DO as written; strip a resolver or doi: prefix and trailing punctuation."""
    if not doi:
        return None
    doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", doi.strip(), flags=re.I).rstrip(".,;:")
    return doi if doi.startswith("10.") else None


def count(path, fmt):
    text = text_of(path)
    if fmt == "ris":
        entries = rispy.loads(text.replace("\r\n", "\n").replace("\r", "\n"))
        first, last = entries[0], entries[-1]
        pick = lambda e, *keys: next((e[k] for k in keys if e.get(k)), None)
        return len(entries), {
            "first_title": pick(first, "title", "primary_title"), "last_title": pick(last, "title", "primary_title"),
            "first_doi": bare_doi(pick(first, "doi")), "last_doi": bare_doi(pick(last, "doi")),
        }
    if fmt == "medline":
        return sum(1 for line in text.splitlines() if line.startswith("PMID- ")), {}
    if fmt == "wos-plain":
        return sum(1 for line in text.splitlines() if line.strip() == "ER"), {}
    if fmt in ("csv", "scopus-csv", "wos-tab"):
        frame = pandas.read_csv(io.StringIO(text), sep=None, engine="python", dtype=str)
        return len(frame), {}
    if fmt == "bibtex":
        # bibtexparser refuses entries with a repeated field name (Scopus repeats
        # funding_details) as DuplicateFieldKeyBlock: such an entry is still an entry.
        library = bibtexparser.parse_string(text)
        duplicates = [b for b in library.failed_blocks if type(b).__name__ == "DuplicateFieldKeyBlock"]
        return len(library.entries) + len(duplicates), {}
    raise ValueError(fmt)


out = {}
for folder in FOLDERS:
    for dirpath, _, files in os.walk(os.path.join(ROOT, folder)):
        for name in sorted(files):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, ROOT)
            fmt, db = EXPECTED[rel]
            if fmt == "error":
                out[rel] = {"expected": "error"}
                continue
            n, extra = count(path, fmt)
            out[rel] = {"count": n, "format": fmt, "database": db, **extra}
json.dump(dict(sorted(out.items())), sys.stdout, indent=1, ensure_ascii=False)
print()
