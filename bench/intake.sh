#!/usr/bin/env bash
# Intake benchmark: how many complete questionnaire responses per second can one server store?
#
#   bench/intake.sh                      # release build, SQLite then PostgreSQL
#   BACKENDS=sqlite bench/intake.sh      # only one backend
#   SKIP_BUILD=1 DURATION=60s bench/intake.sh
#   VOELSPRIET_BIN=/path/to/voelspriet bench/intake.sh   # use that binary, no build
#
# For each backend it starts `voelspriet serve --demo` (release build) with fresh storage, then
#   1. wrk -t2 -c32 -d20s --latency  GET  /healthz                         (the ceiling)
#   2. wrk -t2 -c32 -d20s --latency  POST /api/v1/studies/quickscan/responses
#      with valid complete bodies built from the instrument (bench/post_response.lua),
# prints responses/s, p99 latency and intake/healthz, and checks with `voelspriet export`
# that the rows stored equal the 2xx responses wrk received. wrk stops mid-request at the end
# of the run, so up to one request per connection may be stored without wrk seeing its 201;
# that is reported, and only a larger gap (or fewer rows than 2xx) fails.
#
# Needs: swift, wrk, python3, and for PostgreSQL the Debian postgresql package
# (scripts/start-postgres.sh). Results go to bench/out/<timestamp>/ (gitignored).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

THREADS="${THREADS:-2}"
CONNS="${CONNS:-32}"
DURATION="${DURATION:-20s}"
BACKENDS="${BACKENDS:-sqlite postgres}"
SLUG=quickscan
OUT="${OUT:-$ROOT/bench/out/$(date +%Y%m%d-%H%M%S)}"
PG_DIR="${BENCH_PG_DIR:-/tmp/voelspriet-bench-pg}"
PG_PORT="${BENCH_PG_PORT:-55433}"
mkdir -p "$OUT"

log() { printf '[intake] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

command -v wrk >/dev/null || die "wrk not installed (apt-get install wrk)"
command -v python3 >/dev/null || die "python3 not installed"

if [[ -n "${VOELSPRIET_BIN:-}" ]]; then
  BIN="$VOELSPRIET_BIN"  # e.g. a binary built elsewhere; skips the build
else
  if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    log "swift build -c release"
    swift build -c release --product voelspriet >&2
  fi
  BIN="$(swift build -c release --show-bin-path)/voelspriet"
fi
[[ -x "$BIN" ]] || die "no release binary at $BIN"

SERVER_PID=""
PG_STARTED=0
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ $PG_STARTED == 1 ]]; then
    "$ROOT/scripts/start-postgres.sh" --stop "$PG_DIR" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

start_server() { # $1 = backend, $2 = data dir, $3 = port
  local backend=$1 data=$2 port=$3
  log "$backend: starting $BIN serve on :$port"
  VOELSPRIET_ADMIN_PASSWORD=bench-admin-password \
    "$BIN" serve --data "$data" --host 127.0.0.1 --port "$port" --demo --intake-per-minute 0 \
    >"$OUT/$backend-server.log" 2>&1 </dev/null &
  SERVER_PID=$!
  for _ in $(seq 1 300); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      tail -n 40 "$OUT/$backend-server.log" >&2; die "$backend: server exited during start-up"
    fi
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  tail -n 40 "$OUT/$backend-server.log" >&2
  die "$backend: server not ready after 60 s"
}

stop_server() {
  if [[ -n "$SERVER_PID" ]]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      log "server did not stop on SIGTERM within 20 s; killing"
      kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}

count_rows() { # $1 = data dir, $2 = csv path
  "$BIN" export --study "$SLUG" --out "$2" --data "$1" >&2
  python3 - "$2" <<'PY'
import csv, sys
csv.field_size_limit(10**8)
with open(sys.argv[1], newline="", encoding="utf-8-sig") as fh:
    rows = list(csv.reader(fh))
print(max(len(rows) - 1, 0))
PY
}

write_bodies() { # $1 = base url -> $OUT/bodies.jsonl
  python3 - "$1" "$OUT/bodies.jsonl" <<'PY'
import json, sys, urllib.request
sys.path.insert(0, "tests/integration")
from vsinstrument import Instrument, PERSONAS, fetch_instrument
base, out = sys.argv[1], sys.argv[2]
inst = Instrument(fetch_instrument(base, "quickscan"))
bodies = [inst.build_body(PERSONAS["professional-no"]), inst.build_body(PERSONAS["student-recent"])]
for b in bodies:  # make sure they are accepted before measuring anything
    req = urllib.request.Request(f"{base}/api/v1/studies/quickscan/responses",
                                 data=json.dumps(b).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            assert r.status == 201, r.status
    except urllib.error.HTTPError as e:
        sys.exit(f"generated body rejected: {e.code} {e.read()[:500]!r}\n{json.dumps(b)}")
with open(out, "w", encoding="utf-8") as fh:
    for b in bodies:
        fh.write(json.dumps(b, ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"{len(bodies)} bodies, {max(len(json.dumps(b).encode()) for b in bodies)} bytes max", file=sys.stderr)
PY
}

# wrk output -> "reqs_per_sec p99_ms 2xx non2xx socket_errors"
parse_wrk() {
  python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(v, unit):
    return float(v) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
total = re.search(r"(\d+) requests in", text)
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
lua2xx = re.search(r"voelspriet-2xx:\s+(\d+)", text)
sock = re.search(r"Socket errors:\s+connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
n_total = int(total.group(1)) if total else 0
n_non = int(non2xx.group(1)) if non2xx else 0
n2xx = int(lua2xx.group(1)) if lua2xx else n_total - n_non
errs = sum(int(x) for x in sock.groups()) if sock else 0
print(f"{float(rps.group(1)) if rps else 0:.1f} {ms(*p99.groups()) if p99 else 0:.2f} {n2xx} {n_non} {errs}")
PY
}

run_wrk() { # $1 = label, $2 = url, [$3 = lua script]
  local label=$1 url=$2 script=${3:-}
  local args=(-t"$THREADS" -c"$CONNS" -d"$DURATION" --latency --timeout 10s)
  [[ -n "$script" ]] && args+=(-s "$script")
  log "$label: wrk ${args[*]} $url"
  VOELSPRIET_BODIES="$OUT/bodies.jsonl" wrk "${args[@]}" "$url" >"$OUT/$label.wrk.txt" 2>&1 \
    || { cat "$OUT/$label.wrk.txt" >&2; die "$label: wrk failed"; }
  cat "$OUT/$label.wrk.txt" >&2
}

SUMMARY="$OUT/summary.txt"
: >"$SUMMARY"
status=0
printf '%-9s %-8s %12s %10s %10s %8s %8s\n' backend endpoint "resp/s" "p99 ms" 2xx non-2xx sockerr | tee -a "$SUMMARY"

for backend in $BACKENDS; do
  data="$OUT/$backend-data"
  mkdir -p -m 700 "$data"
  case "$backend" in
    sqlite) unset DATABASE_URL ;;
    postgres|postgresql)
      backend=postgres
      url_line="$("$ROOT/scripts/start-postgres.sh" --createdb voelspriet_bench "$PG_DIR" "$PG_PORT")"
      PG_STARTED=1
      export DATABASE_URL="${url_line#DATABASE_URL=}"
      log "postgres: $DATABASE_URL"
      ;;
    *) die "unknown backend $backend (sqlite|postgres)" ;;
  esac
  port="$(free_port)"
  base="http://127.0.0.1:$port"
  start_server "$backend" "$data" "$port"
  write_bodies "$base"
  before="$(count_rows "$data" "$OUT/$backend-before.csv")"

  run_wrk "$backend-healthz" "$base/healthz"
  read -r h_rps h_p99 h_2xx h_non h_err < <(parse_wrk "$OUT/$backend-healthz.wrk.txt")
  run_wrk "$backend-intake" "$base/api/v1/studies/$SLUG/responses" "$ROOT/bench/post_response.lua"
  read -r i_rps i_p99 i_2xx i_non i_err < <(parse_wrk "$OUT/$backend-intake.wrk.txt")

  stop_server
  after="$(count_rows "$data" "$OUT/$backend-after.csv")"
  stored=$((after - before))

  printf '%-9s %-8s %12s %10s %10s %8s %8s\n' "$backend" healthz "$h_rps" "$h_p99" "$h_2xx" "$h_non" "$h_err" | tee -a "$SUMMARY"
  printf '%-9s %-8s %12s %10s %10s %8s %8s\n' "$backend" intake "$i_rps" "$i_p99" "$i_2xx" "$i_non" "$i_err" | tee -a "$SUMMARY"
  ratio="$(python3 -c "import sys; h=float(sys.argv[1]); print(f'{float(sys.argv[2])/h:.3f}' if h else 'n/a')" "$h_rps" "$i_rps")"
  echo "$backend: intake/healthz = $ratio" | tee -a "$SUMMARY"

  gap=$((stored - i_2xx))
  if [[ $gap -eq 0 ]]; then
    echo "$backend: rows stored $stored == wrk 2xx $i_2xx  OK" | tee -a "$SUMMARY"
  elif [[ $gap -gt 0 && $gap -le $CONNS ]]; then
    echo "$backend: rows stored $stored = wrk 2xx $i_2xx + $gap cut off when wrk stopped (<= $CONNS connections)  OK" | tee -a "$SUMMARY"
  else
    echo "$backend: rows stored $stored vs wrk 2xx $i_2xx (gap $gap)  MISMATCH" | tee -a "$SUMMARY"
    status=1
  fi
  if [[ "$i_non" != 0 ]]; then
    echo "$backend: $i_non non-2xx intake responses: $(grep -m1 voelspriet-first-error "$OUT/$backend-intake.wrk.txt" || true)" | tee -a "$SUMMARY"
    status=1
  fi
done

echo "results in $OUT" | tee -a "$SUMMARY"
exit $status
