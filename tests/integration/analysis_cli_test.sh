#!/usr/bin/env bash
# The analysis CLI end to end: demo data → analyze in every format → the report's significant
# statements (six of its seven: its χ²(4) = 9,29 has p = 0.054, not significant at 0.05);
# stats chi2/fisher JSON; bad CSVs give an error naming line and column.
#   analysis_cli_test.sh VOELSPRIET_BINARY WORK_DIR
set -euo pipefail
BIN=$1
WORK=$2
mkdir -p "$WORK"
fail() { echo "analysis_cli_test: $*" >&2; exit 1; }

"$BIN" demo-data --seed 42 --out "$WORK/demo.csv"
[[ $(wc -l < "$WORK/demo.csv") -eq 132 ]] || fail "demo CSV should have 131 rows and a header"
"$BIN" analyze "$WORK/demo.csv" --instrument quickscan --by role,experience --format md,html,json,csv --out "$WORK/report"
for f in report.md report.html report.json report.csv; do [[ -s "$WORK/report/$f" ]] || fail "$f missing"; done
for statement in "χ²(4) = 11,08; p = 0,03" "χ²(4) = 12,83; p = 0,01" "χ²(2) = 8,44; p = 0,01" "χ²(4) = 12,64; p = 0,01" \
                 "χ²(4) = 9,54; p = 0,049" "χ²(3) = 9,90; p = 0,02"; do
  grep -qF "$statement" "$WORK/report/report.md" || fail "statement '$statement' missing from the Markdown report"
done
"$BIN" analyze "$WORK/demo.csv" --instrument quickscan --by role --style apa --format md --out - | grep -qF "χ²(4, N = 131) = 11.08, p = .026" \
  || fail "APA statement missing"

out=$("$BIN" stats chi2 --table "12,5,3;4,9,11")
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["df"]==2 and abs(d["chi2"]-9.428571428571427)<1e-12 and abs(d["p"]-0.008966268257436807)<1e-15, d' "$out"
out=$("$BIN" stats fisher --table "3,1;1,3")
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert abs(d["p"]-0.4857142857142857)<1e-15, d' "$out"

printf 'role,experience\nprofessional,no\nstudent\n' > "$WORK/ragged.csv"
if msg=$("$BIN" analyze "$WORK/ragged.csv" --instrument quickscan --format json --out - 2>&1); then fail "ragged CSV accepted"; fi
grep -q "line 3: 1 cells, but the header has 2" <<<"$msg" || fail "ragged CSV error does not name the line: $msg"
printf 'role,other\nprofessional,caf\xe9\n' > "$WORK/latin1.csv"
if msg=$("$BIN" analyze "$WORK/latin1.csv" --format json --out - 2>&1); then fail "Latin-1 CSV accepted"; fi
grep -q "line 2, column 'other': not valid UTF-8" <<<"$msg" || fail "encoding error does not name the cell: $msg"
# Issue 9, finding 8: --encoding reads Latin-1 (é is one byte), the title comes from the file name,
# and a table cell with a space inside is an error naming the cell (it was read as 125).
"$BIN" analyze "$WORK/latin1.csv" --by role --encoding latin1 --format md --out - > "$WORK/latin1.md"
grep -q "^# Rapportage latin1" "$WORK/latin1.md" || fail "the title does not come from the file name: $(head -1 "$WORK/latin1.md")"
if msg=$("$BIN" stats chi2 --table "12 5,3;4 9,11" 2>&1); then fail "a table with a space inside a cell was accepted: $msg"; fi
grep -q "row 1, column 1: '12 5' is not a whole number" <<<"$msg" || fail "the table error does not name the cell: $msg"
# Numeric columns (decimal commas, ';' as Dutch Excel writes): described and compared by split,
# as R computes them (Tests/VoelsprietAnalysisTests/Fixtures/make_numeric_columns.R).
FIXTURES="$(cd "$(dirname "$0")/../.." && pwd)/Tests/VoelsprietAnalysisTests/Fixtures"
"$BIN" analyze "$FIXTURES/numeric_columns.csv" --by role,region --format json --out - > "$WORK/numeric.json"
python3 - "$WORK/numeric.json" "$FIXTURES/numeric_columns.json" <<'PY' || fail "numeric columns differ from R"
import json, sys
ours = {c["id"]: c for c in json.load(open(sys.argv[1]))["numeric"]}
ref = json.load(open(sys.argv[2]))
for name, r in ref.items():
    c = ours[name]
    assert c["n"] == r["n"] and abs(c["descriptives"]["mean"] - r["mean"]) < 1e-9, name
    role = next(x for x in c["comparisons"] if x["split"] == "role" and x.get("subset") is None)
    t = next(x for x in role["tests"] if x["test"] == "welch_t")
    rt = next(x for x in r["by_role"]["tests"] if x["test"] == "welch_t")
    assert abs(t["statistic"] - rt["statistic"]) < 1e-8 and abs(t["p"] - rt["p"]) < 1e-9 * max(1, rt["p"]) + 1e-300, name
PY
echo "analysis_cli_test: ok"
