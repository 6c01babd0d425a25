#!/usr/bin/env bash
# Benchmark: import + deduplicate ~200,000 bibliographic records with Voelspriet against
# asreview-datatools' deduplication (`asreview data dedup`), wall time and peak memory.
#
# The records come from generate.py (the ASySD labelled set and the three screening sets,
# replicated with a word cipher, plus injected duplicates with typos, case and punctuation
# changes, missing DOIs, other author formats); the same records are written as RIS (ours:
# `voelspriet lit import` then `voelspriet lit dedup`) and as CSV (asreview-datatools). Each
# tool runs RUNS times under /usr/bin/time -v; the medians of wall time and peak resident
# memory (for ours: the sum of the two commands' wall times and the larger peak) and the ratio
# asreview / Voelspriet are printed, with the duplicates each found and the true count. CPU
# time (user + system) is printed as well: on a shared, loaded machine it is the steadier figure.
#
# asreview-datatools' default mode drops records with an equal DOI or an equal normalised
# title+abstract ("exact"); its `--similar` mode compares every record with every later one of
# similar length (difflib ratios, O(n²)), so it runs on the first SIMILAR_RECORDS records only
# (ours runs on the same subset for that row; the subset leaves out records with neither title
# nor abstract, on which that mode crashes).
#
# asreview-datatools 1.4 does not import on Python 3.11 (an f-string with a backslash in
# dedup.py needs Python ≥ 3.12, PEP 701); the venv is therefore made with Python 3.12+
# (PYTHON, else python3.13/python3.12 on PATH, else pyenv's 3.12/3.13 under ~/.pyenv).
#
# Variables:
#   VOELSPRIET       the voelspriet binary (default: .build/release/voelspriet of this repository)
#   RECORDS          records to generate (default 200000);  RUNS  runs per tool (default 3)
#   SIMILAR_RECORDS  subset size for asreview's --similar mode (default 5000; 0 skips it)
#   SIMILAR_RUNS     runs of the --similar rows (default 1)
#   DATA_DIR         shared data (default: ../shared/data beside the repository)
#   BENCH_OUT_DIR    generated data and outputs (default /tmp/voelspriet-lit-dedup)
#   BENCH_VENV_DIR   where the asreview-datatools venv is kept (default /tmp/voelspriet-bench-venvs)
#   PYTHON           interpreter (≥ 3.12) for that venv
#   SKIP_OURS=1 / SKIP_ASREVIEW=1   run only the other side
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
DATA_DIR="${DATA_DIR:-$repo/../shared/data}"
RECORDS="${RECORDS:-200000}"
RUNS="${RUNS:-3}"
SIMILAR_RECORDS="${SIMILAR_RECORDS:-5000}"
SIMILAR_RUNS="${SIMILAR_RUNS:-1}"
OUT="${BENCH_OUT_DIR:-/tmp/voelspriet-lit-dedup}"
VOELSPRIET="${VOELSPRIET:-$repo/.build/release/voelspriet}"
VENV="${BENCH_VENV_DIR:-/tmp/voelspriet-bench-venvs}/asreview-datatools"
mkdir -p "$OUT"

generate() { # records [generate.py options] -> directory
  local records="$1"; shift
  local dir="$OUT/data-$records${1:+-text}"
  if [ ! -s "$dir/truth.json" ]; then
    python3 "$here/generate.py" "$dir" --records "$records" --data "$DATA_DIR" "$@" >&2
  fi
  echo "$dir"
}

find_python() {
  if [ -n "${PYTHON:-}" ]; then echo "$PYTHON"; return; fi
  local candidate
  for candidate in python3.13 python3.12 "$HOME"/.pyenv/versions/3.13*/bin/python3 "$HOME"/.pyenv/versions/3.12*/bin/python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      command -v "$candidate"; return
    fi
  done
  echo "no Python >= 3.12 found (asreview-datatools needs it); set PYTHON" >&2; exit 1
}

setup_venv() {
  if [ ! -x "$VENV/bin/asreview" ]; then
    local python; python="$(find_python)"
    echo "setting up $VENV with $python" >&2
    "$python" -m venv "$VENV"
    "$VENV/bin/pip" install -q "asreview==1.6.6" "asreview-datatools==1.4" >&2
  fi
}

# measure NAME CMD...: runs CMD under /usr/bin/time -v; appends "wall_s peak_kb cpu_s" to
# $OUT/NAME.times and keeps the command's output in $OUT/NAME.stdout.
measure() {
  local name="$1"; shift
  /usr/bin/time -v -o "$OUT/$name.time" "$@" > "$OUT/$name.stdout" 2> "$OUT/$name.stderr" || {
    echo "failed: $*" >&2; tail -c 3000 "$OUT/$name.stderr" >&2; exit 1; }
  python3 - "$OUT/$name.time" >> "$OUT/$name.times" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
seconds = 0.0
for part in clock.split(":"):
    seconds = seconds * 60 + float(part)
peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", text).group(1)) for kind in ("User", "System"))
print(seconds, peak, cpu)
PY
}

run_ours() { # label data_dir runs
  local label="$1" dir="$2" runs="$3"
  rm -f "$OUT/$label-import.times" "$OUT/$label-dedup.times"
  for _ in $(seq "$runs"); do
    measure "$label-import" "$VOELSPRIET" lit import "$dir/data.ris" --out "$OUT/$label-records.jsonl"
    measure "$label-dedup" "$VOELSPRIET" lit dedup "$OUT/$label-records.jsonl" --out "$OUT/$label-dedup.jsonl"
  done
}

run_asreview() { # label data_dir runs extra-args...
  local label="$1" dir="$2" runs="$3"; shift 3
  rm -f "$OUT/$label.times"
  for _ in $(seq "$runs"); do
    measure "$label" "$VENV/bin/asreview" data dedup "$dir/data.csv" -o "$OUT/$label-out.csv" "$@"
  done
}

full="$(generate "$RECORDS")"
subset=""
# The subset leaves out records with neither title nor abstract: asreview-datatools 1.4's
# --similar mode crashes on them (difflib is handed None). Both tools get the same subset.
if [ "$SIMILAR_RECORDS" -gt 0 ]; then subset="$(generate "$SIMILAR_RECORDS" --with-text-only)"; fi

if [ "${SKIP_OURS:-0}" != 1 ]; then
  [ -x "$VOELSPRIET" ] || { echo "no voelspriet binary at $VOELSPRIET (swift build -c release, or set VOELSPRIET)" >&2; exit 1; }
  echo "voelspriet: $RUNS runs on $RECORDS records" >&2
  run_ours ours "$full" "$RUNS"
  if [ -n "$subset" ]; then run_ours ours-subset "$subset" "$RUNS"; fi
fi
if [ "${SKIP_ASREVIEW:-0}" != 1 ]; then
  setup_venv
  echo "asreview-datatools (exact): $RUNS runs on $RECORDS records" >&2
  run_asreview asreview-exact "$full" "$RUNS"
  if [ -n "$subset" ]; then
    echo "asreview-datatools (--similar): $SIMILAR_RUNS run(s) on $SIMILAR_RECORDS records" >&2
    run_asreview asreview-similar "$subset" "$SIMILAR_RUNS" --similar
  fi
fi

python3 - "$OUT" "$full" "$subset" <<'PY'
import json, os, re, statistics, sys
out, full, subset = sys.argv[1], sys.argv[2], sys.argv[3]

def times(name):
    path = os.path.join(out, name + ".times")
    if not os.path.exists(path):
        return None
    return [tuple(float(x) for x in line.split()) for line in open(path) if line.strip()]

def ours(label):
    imp, ded = times(label + "-import"), times(label + "-dedup")
    if not imp or not ded:
        return None
    walls = [a[0] + b[0] for a, b in zip(imp, ded)]
    peaks = [max(a[1], b[1]) for a, b in zip(imp, ded)]
    cpus = [a[2] + b[2] for a, b in zip(imp, ded)]
    found = re.search(r"(\d+) duplicates", open(os.path.join(out, label + "-dedup.stdout")).read())
    return dict(wall=statistics.median(walls), peak=statistics.median(peaks), cpu=statistics.median(cpus), runs=len(walls),
                found=int(found.group(1)) if found else None,
                detail=f"import {statistics.median(a[0] for a in imp):.2f} s + dedup {statistics.median(b[0] for b in ded):.2f} s")

def asreview(label):
    t = times(label)
    if not t:
        return None
    found = re.search(r"Found (\d+) duplicates", open(os.path.join(out, label + ".stdout")).read())
    return dict(wall=statistics.median(x[0] for x in t), peak=statistics.median(x[1] for x in t),
                cpu=statistics.median(x[2] for x in t), runs=len(t),
                found=int(found.group(1)) if found else None, detail="")

def truth(d):
    return json.load(open(os.path.join(d, "truth.json"))) if d else None

rows = []  # (tool, mode, truth, result)
for tool, mode, d, r in [("voelspriet", "import + dedup", full, ours("ours")),
                         ("asreview-datatools", "dedup (exact)", full, asreview("asreview-exact")),
                         ("voelspriet", "import + dedup", subset, ours("ours-subset")),
                         ("asreview-datatools", "dedup --similar", subset, asreview("asreview-similar"))]:
    rows.append((tool, mode, truth(d), r))
print()
print(f"{'tool':<20} {'mode':<17} {'records':>8} {'true dups':>9} {'found':>7} {'runs':>4} {'wall s':>8} {'cpu s':>7} {'peak MB':>8}  detail (medians)")
for tool, mode, t, r in rows:
    if r:
        print(f"{tool:<20} {mode:<17} {t['records']:>8} {t['true_duplicates']:>9} {r['found'] if r['found'] is not None else '?':>7} "
              f"{r['runs']:>4} {r['wall']:>8.2f} {r['cpu']:>7.2f} {r['peak'] / 1024:>8.0f}  {r['detail']}")
print()
for o, a in [(rows[0], rows[1]), (rows[2], rows[3])]:
    if o[3] and a[3]:
        print(f"ratio on {o[2]['records']} records, asreview-datatools {a[1]} / voelspriet {o[1]}: "
              f"wall {a[3]['wall'] / o[3]['wall']:.1f}x, cpu {a[3]['cpu'] / o[3]['cpu']:.1f}x, peak memory {a[3]['peak'] / o[3]['peak']:.2f}x")
PY
