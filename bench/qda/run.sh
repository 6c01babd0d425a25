#!/usr/bin/env bash
# Benchmark of issue 10: Voelspriet's interviews module against Taguette (PyPI) on the same
# generated corpus of 2,000 invented Dutch interview transcripts (~100 MB, bench/qda/generate.py):
# import time, time to search a phrase across all sources, time to list all fragments of a code
# with 10,000 codings, peak memory; both in one run, with the ratio Taguette / Voelspriet.
# Goal: every figure at least 10× better than Taguette; search under 50 ms.
#
# Builds nothing. Generates the corpus once (bench/out/qda-corpus, ~26 s), runs
# voelspriet_bench.py, then taguette_bench.py (~15–25 min: most of it is creating the 12,620
# highlights one API call each, which is not part of any timed figure), prints the table and
# writes bench/out/qda-results.json. See bench/qda/README.md for what each figure is.
#
# Variables:
#   VOELSPRIET      the voelspriet binary (default .build/release/voelspriet; swift build -c release)
#   RUNS            repetitions of each query (default 5 for Taguette, 2×RUNS for Voelspriet)
#   CORPUS          corpus folder (default bench/out/qda-corpus)
#   TAGUETTE_VENV   where Taguette is installed (default /tmp/taguette-venv; made if missing,
#                   pip install taguette==1.5.2)
#   TAGUETTE_TXT=1  also time Taguette's import of the .txt files themselves (converted by
#                   calibre's ebook-convert: apt-get install -y calibre; ~20–30 min more)
#   TAGUETTE_REUSE=1  reuse bench/out/qda-taguette*.json from an earlier run (Taguette is slow)
#   SKIP_OURS=1 / SKIP_TAGUETTE=1   run only the other side
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"
VOELSPRIET="${VOELSPRIET:-.build/release/voelspriet}"
RUNS="${RUNS:-5}"
CORPUS="${CORPUS:-bench/out/qda-corpus}"
VENV="${TAGUETTE_VENV:-/tmp/taguette-venv}"
OUT=bench/out
mkdir -p "$OUT"

if [ ! -s "$CORPUS/plan.json" ]; then
  echo "generating $CORPUS" >&2
  python3 "$here/generate.py" "$CORPUS"
fi

if [ "${SKIP_OURS:-0}" != 1 ]; then
  [ -x "$VOELSPRIET" ] || { echo "no voelspriet binary at $VOELSPRIET (swift build -c release, or set VOELSPRIET)" >&2; exit 1; }
  echo "voelspriet: import, search, code fragments" >&2
  python3 "$here/voelspriet_bench.py" --voelspriet "$VOELSPRIET" --corpus "$CORPUS" \
    --runs $((RUNS * 2)) --out "$OUT/qda-voelspriet.json" > "$OUT/qda-voelspriet.stdout"
fi

if [ "${SKIP_TAGUETTE:-0}" != 1 ]; then
  if [ ! -x "$VENV/bin/taguette" ]; then
    echo "setting up $VENV" >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q "taguette==1.5.2" >&2
  fi
  if [ "${TAGUETTE_REUSE:-0}" != 1 ] || [ ! -s "$OUT/qda-taguette.json" ]; then
    echo "taguette: import (HTML), highlights, search, listing" >&2
    python3 "$here/taguette_bench.py" --taguette "$VENV/bin/taguette" --corpus "$CORPUS" --runs "$RUNS" \
      --out "$OUT/qda-taguette.json" > "$OUT/qda-taguette.stdout"
  fi
  if [ "${TAGUETTE_TXT:-0}" = 1 ] && { [ "${TAGUETTE_REUSE:-0}" != 1 ] || [ ! -s "$OUT/qda-taguette-txt.json" ]; }; then
    command -v ebook-convert >/dev/null || { echo "TAGUETTE_TXT=1 needs calibre (apt-get install -y calibre)" >&2; exit 1; }
    echo "taguette: import of the .txt files (calibre)" >&2
    python3 "$here/taguette_bench.py" --taguette "$VENV/bin/taguette" --corpus "$CORPUS" --format txt \
      --import-only --work /tmp/qda-taguette-txt --port 18443 --out "$OUT/qda-taguette-txt.json" \
      > "$OUT/qda-taguette-txt.stdout"
  fi
fi

python3 "$here/compare.py" "$OUT/qda-taguette.json" "$OUT/qda-voelspriet.json" "$OUT/qda-taguette-txt.json" \
  --out "$OUT/qda-results.json"
echo "results: $OUT/qda-results.json" >&2
