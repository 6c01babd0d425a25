#!/usr/bin/env bash
# Analysis benchmark: Voelspriet's quickscan report against the same work in pandas + SciPy.
#
#   bench/analysis.sh            # N = 1,000,000 respondents
#   bench/analysis.sh 100000
#   VOELSPRIET=/path/to/voelspriet RUNS=5 bench/analysis.sh
#
# Builds nothing: expects a release binary at $VOELSPRIET (default .build/release/voelspriet;
# `swift build -c release --product voelspriet`). Generates bench/out/quickscan-N.csv with
# `voelspriet demo-data --n N --seed 1` if it is missing, then runs, alternating, RUNS times each
# (default 3) under `/usr/bin/time -f '%e %M'`:
#   voelspriet analyze FILE --instrument quickscan --by role,experience --format json --out bench/out/vs-N
#   python3 bench/analysis_pandas.py FILE --out bench/out/pandas-N.json --instrument bench/out/quickscan-instrument.json
# prints median wall time and median peak RSS of each and the ratios, and checks with
# bench/analysis_compare.py that both reports agree (n, counts per item, breakdowns, and chi2
# within 1e-6 relative for every test); exits 1 if they do not.
#
# Needs: python3 with pandas and scipy, GNU time at /usr/bin/time. Output in bench/out/ (gitignored).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

N="${1:-1000000}"
RUNS="${RUNS:-3}"
VOELSPRIET="${VOELSPRIET:-.build/release/voelspriet}"
PYTHON="${PYTHON:-python3}"
OUT=bench/out
CSV="$OUT/quickscan-$N.csv"
INSTRUMENT="$OUT/quickscan-instrument.json"
VS_OUT="$OUT/vs-$N"
PD_OUT="$OUT/pandas-$N.json"

log() { printf '[analysis] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ -x "$VOELSPRIET" ]] || die "no voelspriet binary at $VOELSPRIET (swift build -c release --product voelspriet, or set VOELSPRIET)"
[[ -x /usr/bin/time ]] || die "GNU time not found at /usr/bin/time"
"$PYTHON" -c 'import pandas, scipy' 2>/dev/null || die "$PYTHON lacks pandas or scipy"
mkdir -p "$OUT"

if [[ ! -s "$CSV" ]]; then
  log "generating $CSV"
  echo "+ $VOELSPRIET demo-data --n $N --seed 1 --out $CSV.tmp"
  "$VOELSPRIET" demo-data --n "$N" --seed 1 --out "$CSV.tmp"
  mv "$CSV.tmp" "$CSV"
fi
echo "+ $VOELSPRIET instrument show quickscan --json > $INSTRUMENT"
"$VOELSPRIET" instrument show quickscan --json >"$INSTRUMENT"

VS_CMD=("$VOELSPRIET" analyze "$CSV" --instrument quickscan --by role,experience --format json --out "$VS_OUT")
PD_CMD=("$PYTHON" bench/analysis_pandas.py "$CSV" --out "$PD_OUT" --instrument "$INSTRUMENT")

echo
echo "input:      $CSV ($(wc -c <"$CSV" | awk '{printf "%.1f MiB", $1/1048576}'), $N respondents)"
echo "voelspriet: /usr/bin/time -f '%e %M' ${VS_CMD[*]}"
echo "pandas:     /usr/bin/time -f '%e %M' ${PD_CMD[*]}"
echo "            ($("$PYTHON" -c 'import sys, pandas, numpy, scipy; print(f"Python {sys.version.split()[0]}, pandas {pandas.__version__}, NumPy {numpy.__version__}, SciPy {scipy.__version__}")'))"
echo

TIMES="$(mktemp)"
trap 'rm -f "$TIMES"' EXIT
# One measured run: appends "<name> <seconds> <max RSS KiB>" to $TIMES.
measure() {
  local name="$1"
  shift
  local stats
  stats="$(mktemp)"
  if ! /usr/bin/time -o "$stats" -f '%e %M' "$@" >/dev/null 2>"$stats.err"; then
    cat "$stats.err" >&2
    rm -f "$stats" "$stats.err"
    die "$name failed"
  fi
  read -r seconds kib < <(tail -n 1 "$stats")
  rm -f "$stats" "$stats.err"
  echo "$name $seconds $kib" >>"$TIMES"
  printf '  %-10s run %d: %7.2f s  %8.1f MiB\n' "$name" "$run" "$seconds" "$(echo "$kib" | awk '{print $1/1024}')"
}

for run in $(seq 1 "$RUNS"); do
  # Alternate which goes first, so neither always runs on a warmer page cache.
  if ((run % 2)); then
    measure voelspriet "${VS_CMD[@]}"
    measure pandas "${PD_CMD[@]}"
  else
    measure pandas "${PD_CMD[@]}"
    measure voelspriet "${VS_CMD[@]}"
  fi
done

echo
awk '
  function median(list, count,   sorted, i, j, t) {
    for (i = 1; i <= count; i++) sorted[i] = list[i]
    for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
    return count % 2 ? sorted[(count + 1) / 2] : (sorted[count / 2] + sorted[count / 2 + 1]) / 2
  }
  { k = ++count[$1]; seconds[$1, k] = $2; rss[$1, k] = $3 / 1024 }
  END {
    for (name in count) {
      for (i = 1; i <= count[name]; i++) { s[i] = seconds[name, i]; m[i] = rss[name, i] }
      time[name] = median(s, count[name]); mem[name] = median(m, count[name])
    }
    printf "%-12s %14s %18s\n", "", "median wall s", "median peak MiB"
    printf "%-12s %14.2f %18.1f\n", "voelspriet", time["voelspriet"], mem["voelspriet"]
    printf "%-12s %14.2f %18.1f\n", "pandas", time["pandas"], mem["pandas"]
    printf "time   pandas / voelspriet: %.1fx\n", time["pandas"] / time["voelspriet"]
    printf "memory voelspriet / pandas: %.3f\n", mem["voelspriet"] / mem["pandas"]
  }' "$TIMES"

echo
echo "+ $PYTHON bench/analysis_compare.py $VS_OUT/report.json $PD_OUT"
"$PYTHON" bench/analysis_compare.py "$VS_OUT/report.json" "$PD_OUT" || die "the two reports differ (see above)"
