"""Writes the small made-up fixtures whose point is their bytes (BOMs, line endings, Latin-1).
Run: python3 make_own_fixtures.py   (in this folder). The records are invented."""

BASE = (
    "TY  - JOUR\n"
    "TI  - Gr\u00f6\u00dfere Studien \u00fcber Caf\u00e9s\n"
    "AU  - M\u00fcller, J\u00fcrgen\n"
    "AU  - Ng, Ann\n"
    "PY  - 2019///\n"
    "DO  - https://doi.org/10.1234/ABC.5.\n"
    "ER  - \n"
    "\n"
    "TY  - JOUR\n"
    "TI  - Second record\n"
    "AB  - First line of the abstract\n"
    "continued without a tag.\n"
    "ER  - \n"
)

def write(name, data):
    with open(name, "wb") as f:
        f.write(data)

write("bom_utf8.ris", b"\xef\xbb\xbf" + BASE.encode("utf-8"))
write("bom_utf16le.ris", b"\xff\xfe" + BASE.encode("utf-16-le"))
write("bom_utf16be.ris", b"\xfe\xff" + BASE.encode("utf-16-be"))
write("crlf.ris", BASE.replace("\n", "\r\n").encode("utf-8"))
write("bare_cr.ris", BASE.replace("\n", "\r").encode("utf-8"))
# Windows-1252: o-umlaut etc. are Latin-1 bytes; the curly quotes 0x93/0x94 exist only in 1252.
write("latin1.ris", BASE.replace("Second record", "\u201cSecond\u201d record").encode("cp1252"))
