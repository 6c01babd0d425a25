#!/usr/bin/env bash
# The demo study's report end to end: `voelspriet report export` writes HTML, Markdown and .docx
# from the data folder of a `serve --demo` server; LibreOffice converts the .docx to PDF without
# complaint and pdftotext reads back the title, numbered tables and figures, a quote with its
# label and the number of respondents — the same numbers the Markdown shows.
#   report_docx_test.sh VOELSPRIET_BINARY DATA_DIR WORK_DIR
set -euo pipefail
BIN=$1
DATA=$2
WORK=$3
rm -rf "$WORK"; mkdir -p "$WORK"
fail() { echo "report_docx_test: $*" >&2; exit 1; }
command -v libreoffice >/dev/null || fail "libreoffice not installed"
command -v pdftotext >/dev/null || fail "pdftotext (poppler-utils) not installed"

for format in html md docx; do
  env -u DATABASE_URL "$BIN" report export --study quickscan --data "$DATA" --format "$format" --out "$WORK/report.$format" \
    || fail "report export --format $format failed"
  [[ -s "$WORK/report.$format" ]] || fail "report.$format is empty"
done
head -c 2 "$WORK/report.docx" | grep -q PK || fail "report.docx is not a zip"

timeout 300 libreoffice -env:UserInstallation="file://$WORK/lo-profile" --headless --convert-to pdf --outdir "$WORK" "$WORK/report.docx" \
  >"$WORK/libreoffice.log" 2>&1 || { cat "$WORK/libreoffice.log"; fail "LibreOffice could not convert report.docx"; }
[[ -s "$WORK/report.pdf" ]] || { cat "$WORK/libreoffice.log"; fail "LibreOffice wrote no PDF"; }
pdftotext -layout "$WORK/report.pdf" "$WORK/report.txt"

python3 - "$WORK" <<'PY'
import re, sys
work = sys.argv[1]
pdf = open(f"{work}/report.txt", encoding="utf-8").read()
md = open(f"{work}/report.md", encoding="utf-8").read()
html = open(f"{work}/report.html", encoding="utf-8").read()
flat = " ".join(pdf.split())
problems = []
for needle in ["Ervaringskennis", "Tabel 1", "Figuur 1", "131", "(Prof", "PRISMA"]:
    if needle not in flat:
        problems.append(f"PDF text lacks {needle!r}")
    if needle not in md:
        problems.append(f"Markdown lacks {needle!r}")
if "<script" in html.lower():
    problems.append("the HTML export holds a script")
if "[?" in md:
    problems.append("the demo report has a broken reference: " + md[md.index("[?"):md.index("[?") + 80])
if problems:
    print("\n".join(problems)); sys.exit(1)
print(f"report: {len(flat)} characters of PDF text; title, tables, figures, quotes and numbers present")
PY
