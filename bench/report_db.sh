#!/usr/bin/env bash
# The researcher report page computed from the database: N responses (default 100,000) imported
# into a study, then GET /admin/studies/bench/report (and report.json) timed RUNS times (default 5).
#
#   bench/report_db.sh [N]                         # SQLite in bench/out/report-db-N
#   DATABASE_URL=postgres://… bench/report_db.sh   # PostgreSQL (the database must be empty)
#
# Builds nothing: expects $VOELSPRIET (default .build/release/voelspriet). Prints each time and
# the median; the goal is under 1 s for 100,000 responses.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
N="${1:-100000}"
RUNS="${RUNS:-5}"
VOELSPRIET="${VOELSPRIET:-.build/release/voelspriet}"
OUT=bench/out
mkdir -p "$OUT"
DATA="$OUT/report-db-$N"
JSONL="$OUT/quickscan-$N.jsonl"
PORT="${PORT:-18431}"
PASSWORD=bench-admin-password

[[ -f "$JSONL" ]] || { set -x; "$VOELSPRIET" demo-data --n "$N" --seed 1 --format jsonl --out "$JSONL"; set +x; }
if [[ -n "${DATABASE_URL:-}" ]]; then where="PostgreSQL"; else where="SQLite ($DATA)"; rm -rf "$DATA"; fi
set -x
"$VOELSPRIET" study create --data "$DATA" --slug bench --title "Benchmark" >/dev/null
time "$VOELSPRIET" import --data "$DATA" --study bench "$JSONL"
set +x
VOELSPRIET_ADMIN_PASSWORD=$PASSWORD "$VOELSPRIET" serve --data "$DATA" --port "$PORT" --log-level warning >"$OUT/report-db-server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
# The study was made before any account existed: make the admin (created by serve) its lead.
"$VOELSPRIET" study add-member --data "$DATA" bench admin --role lead >/dev/null
python3 - "$PORT" "$PASSWORD" "$RUNS" "$N" "$where" <<'PY'
import re, statistics, sys, time, urllib.parse, urllib.request, http.cookiejar
port, password, runs, n, where = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
base = f"http://127.0.0.1:{port}"
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = opener.open(base + "/login").read().decode()
token = re.search(r'name="_csrf" value="([^"]+)"', page)
form = {"username": "admin", "password": password}
if token:
    form["_csrf"] = token.group(1)
opener.open(base + "/login", data=urllib.parse.urlencode(form).encode())
for path in ("/admin/studies/bench/report", "/admin/studies/bench/report.json"):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        body = opener.open(base + path).read()
        times.append(time.perf_counter() - start)
    assert len(body) > 10000, body[:200]
    print(f"{where}, {n} responses, GET {path}: " + " ".join(f"{t:.3f}" for t in times)
          + f" s; median {statistics.median(times):.3f} s ({len(body)} bytes)")
PY
