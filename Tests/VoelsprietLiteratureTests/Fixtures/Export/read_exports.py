"""Reads our committed export files with independent Python readers and writes what they read.

Run from the repository root (after refreshing records.* with VOELSPRIET_EXPORT_OUT, see README.md):
    python3 -m venv /tmp/venv-exports && /tmp/venv-exports/bin/pip install rispy 'bibtexparser<2'
    /tmp/venv-exports/bin/python Tests/VoelsprietLiteratureTests/Fixtures/Export/read_exports.py
"""
import csv
import io
import json
import os

import bibtexparser
import rispy

HERE = os.path.dirname(os.path.abspath(__file__))


def dump(name, value):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=1)
        f.write("\n")


with open(os.path.join(HERE, "records.ris"), encoding="utf-8", newline="") as f:
    dump("records.rispy.json", rispy.load(f))

with open(os.path.join(HERE, "records.bib"), encoding="utf-8") as f:
    parser = bibtexparser.bparser.BibTexParser(common_strings=False)
    parser.ignore_nonstandard_types = False
    dump("records.bibtexparser.json", bibtexparser.load(f, parser=parser).entries)

for name, delimiter, encoding in (("records.csv", ",", "utf-8"), ("records-excel-nl.csv", ";", "utf-8-sig")):
    with open(os.path.join(HERE, name), encoding=encoding, newline="") as f:
        dump(name + ".json", list(csv.reader(f, delimiter=delimiter, strict=True)))
