#!/usr/bin/env bash
# Benchmark: Voelspriet's screening simulation against ASReview 1.6 (naive Bayes, unigram
# TF-IDF, double balance) and ASReview 2.x (ELAS u4: linear SVM, uni+bigram TF-IDF) on the
# shared labelled screening sets, with the same seeds (1 relevant + 1 irrelevant prior record
# drawn with the seed). WSS@95 and RRF@10 of the ASReview runs come from asreview-insights
# (priors left out); ours come from `voelspriet lit simulate --format json`.
#
# Variables:
#   VOELSPRIET_SIMULATE  command that takes `FILE.csv --label-column C --seed N --format json`
#                        (default: `.build/release/voelspriet lit simulate`; build it with `swift build -c release`)
#   SEEDS                seeds to run (default "1 2 3 4 5"); medians over seeds are printed
#   SETS                 screening files under $DATA_DIR (default: the three shared sets)
#   DATA_DIR             default: ../shared/data/screening beside the repository
#   BENCH_VENV_DIR       where the two venvs are kept (default /tmp/voelspriet-bench-venvs)
#   BENCH_OUT_DIR        per-run JSON results (default /tmp/voelspriet-lit-simulate)
#   BENCH_REUSE=1        reuse ASReview results already in BENCH_OUT_DIR (they are slow)
#   SKIP_ASREVIEW=1      run only ours;  SKIP_OURS=1  run only ASReview
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
DATA_DIR="${DATA_DIR:-$repo/../shared/data/screening}"
SETS="${SETS:-van_de_Schoot_2017 Nagtegaal_2019 Kitchenham_2010}"
SEEDS="${SEEDS:-1 2 3 4 5}"
VENVS="${BENCH_VENV_DIR:-/tmp/voelspriet-bench-venvs}"
OUT="${BENCH_OUT_DIR:-/tmp/voelspriet-lit-simulate}"
read -r -a SIMULATE <<< "${VOELSPRIET_SIMULATE:-$repo/.build/release/voelspriet lit simulate}"
mkdir -p "$OUT"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"
cd "$OUT"   # asreview leaves a dataset cache in the working directory

make_venv() { # name, pip requirements...
  local dir="$VENVS/$1"; shift
  if [ ! -x "$dir/bin/asreview" ]; then
    echo "setting up $dir ($*)" >&2
    python3 -m venv "$dir"
    "$dir/bin/pip" install -q "$@" >&2
  fi
}

now() { date +%s.%N; }

run_asreview() { # version(1|2), set, seed
  local version="$1" set="$2" seed="$3"
  local result="$OUT/asreview$version-$set-$seed.json"
  if [ "${BENCH_REUSE:-0}" = 1 ] && [ -s "$result" ]; then return; fi
  local venv="$VENVS/asr$version" project="$OUT/asreview$version-$set-$seed.asreview"
  rm -f "$project"
  local start end
  start=$(now)
  if [ "$version" = 1 ]; then
    "$venv/bin/asreview" simulate "$DATA_DIR/$set.csv" --init_seed "$seed" --seed "$seed" \
      -s "$project" >/dev/null 2>&1
  else
    "$venv/bin/asreview" simulate "$DATA_DIR/$set.csv" --n-prior-included 1 \
      --n-prior-excluded 1 --prior-seed "$seed" --seed "$seed" -o "$project" >/dev/null 2>&1
  fi
  end=$(now)
  "$venv/bin/python" "$here/asreview_metrics.py" "$project" "$(echo "$end - $start" | bc)" > "$result"
}

run_ours() { # set, seed
  local set="$1" seed="$2" result="$OUT/voelspriet-$1-$2.json"
  local start end
  start=$(now)
  "${SIMULATE[@]}" "$DATA_DIR/$set.csv" --label-column label_included --seed "$seed" \
    --format json > "$result.raw"
  end=$(now)
  python3 - "$result.raw" "$(echo "$end - $start" | bc)" > "$result" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(json.dumps({k: r[k] for k in ("records", "relevant", "wss95", "rrf10")}
                 | {"seconds": float(sys.argv[2]), "model": r.get("model")}))
PY
  rm -f "$result.raw"
}

if [ "${SKIP_ASREVIEW:-0}" != 1 ]; then
  make_venv asr1 "asreview<2" "asreview-insights<1.6"
  make_venv asr2 "asreview<3" "asreview-insights"
fi
for set in $SETS; do
  for seed in $SEEDS; do
    if [ "${SKIP_ASREVIEW:-0}" != 1 ]; then
      run_asreview 1 "$set" "$seed"
      run_asreview 2 "$set" "$seed"
    fi
    if [ "${SKIP_OURS:-0}" != 1 ]; then run_ours "$set" "$seed"; fi
  done
done

python3 - "$OUT" "$SETS" "$SEEDS" <<'PY'
import json, os, statistics, sys
out, sets, seeds = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
tools = [("asreview1", "ASReview 1.6 (NB)"), ("asreview2", "ASReview 2.x (ELAS u4)"),
         ("voelspriet", "Voelspriet")]
print(f"medians over seeds {' '.join(seeds)}")
print(f"{'set':<20} {'tool':<24} {'WSS@95':>7} {'RRF@10':>7} {'seconds':>8} {'faster':>7}  per-seed WSS@95")
for s in sets:
    rows = {}
    for key, label in tools:
        runs = [json.load(open(p)) for seed in seeds
                if os.path.exists(p := f"{out}/{key}-{s}-{seed}.json")]
        if runs:
            rows[key] = (label, runs)
    asr_secs = [statistics.median(r["seconds"] for r in runs)
                for k, (_, runs) in rows.items() if k != "voelspriet"]
    for key, (label, runs) in rows.items():
        wss = statistics.median(r["wss95"] for r in runs)
        rrf = statistics.median(r["rrf10"] for r in runs)
        sec = statistics.median(r["seconds"] for r in runs)
        ratio = f"{min(asr_secs) / sec:.0f}x" if key == "voelspriet" and asr_secs else ""
        per = " ".join(f"{r['wss95']:.3f}" for r in runs)
        print(f"{s:<20} {label:<24} {wss:7.4f} {rrf:7.4f} {sec:8.2f} {ratio:>7}  {per}")
PY
