#!/usr/bin/env python3
"""PostgreSQL restarted under load: 503 with Retry-After, never 500; the log says it once.

Reproduces the finding of the privacy and hardening review: a PostgreSQL restart under load
answered 54 requests with 500 "Unexpected API error". Starts `voelspriet serve --demo` on
DATABASE_URL, posts valid responses from several threads, stops the PostgreSQL cluster with
scripts/start-postgres.sh --stop, waits, starts it again, keeps posting, and checks:

  * every answer is 201 or 503; every 503 carries Retry-After and a problem body;
  * after the restart responses are stored again (201);
  * the server log says "Database unreachable" a few times at most (once per outage, not
    once per request), "reachable again" after it, and never "Unexpected";
  * nothing acknowledged is lost: the export holds at least as many rows as 201s were given.

    DATABASE_URL=... python3 tests/integration/pg_restart_test.py --binary B --work W --pg-dir D --pg-port P
"""
from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import threading
import time

import requests

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kill9_test import free_port  # noqa: E402
from vsinstrument import PERSONAS, Instrument  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--binary", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--pg-dir", required=True)
    p.add_argument("--pg-port", required=True)
    p.add_argument("--threads", type=int, default=4)
    args = p.parse_args()
    if not os.environ.get("DATABASE_URL"):
        p.error("set DATABASE_URL")
    os.makedirs(args.work, exist_ok=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = os.path.join(args.work, "server.log")
    env = dict(os.environ, VOELSPRIET_ADMIN_PASSWORD="restart-test-admin-password")
    log = open(log_path, "w")
    server = subprocess.Popen(
        [args.binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--demo", "--intake-per-minute", "0",
         "--data", os.path.join(args.work, "unused-data")],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    failures: list[str] = []
    statuses: dict[int, int] = {}
    try:
        for _ in range(300):
            try:
                if requests.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.2)
        inst = Instrument(requests.get(f"{base}/api/v1/studies/quickscan/instrument", timeout=10).json())
        body = inst.build_body(PERSONAS["professional-no"])
        bad: list[str] = []
        acked_after_restart = 0
        restarted = threading.Event()
        stop = threading.Event()
        lock = threading.Lock()

        def worker() -> None:
            nonlocal acked_after_restart
            session = requests.Session()
            while not stop.is_set():
                try:
                    resp = session.post(f"{base}/api/v1/studies/quickscan/responses", json=body, timeout=30)
                except requests.RequestException as exc:
                    with lock:
                        bad.append(f"connection error: {exc}")
                    time.sleep(0.1)
                    continue
                with lock:
                    statuses[resp.status_code] = statuses.get(resp.status_code, 0) + 1
                    if resp.status_code == 201 and restarted.is_set():
                        acked_after_restart += 1
                    if resp.status_code == 503:
                        if not resp.headers.get("Retry-After") or "database-unavailable" not in resp.text:
                            bad.append(f"503 without Retry-After or problem: {resp.headers} {resp.text[:200]}")
                    elif resp.status_code != 201:
                        bad.append(f"HTTP {resp.status_code}: {resp.text[:200]}")
                if resp.status_code == 503:
                    time.sleep(0.05)

        threads = [threading.Thread(target=worker, daemon=True) for _ in range(args.threads)]
        for t in threads:
            t.start()
        time.sleep(2)
        script = os.path.join(ROOT, "scripts", "start-postgres.sh")
        subprocess.run([script, "--stop", args.pg_dir], check=True, capture_output=True)
        time.sleep(3)
        subprocess.run([script, args.pg_dir, args.pg_port], check=True, capture_output=True)
        restarted.set()
        time.sleep(4)
        stop.set()
        for t in threads:
            t.join(timeout=60)
        print(f"statuses: {statuses}; 201 after the restart: {acked_after_restart}", flush=True)
        if bad:
            failures.append(f"{len(bad)} unexpected answers, e.g. {bad[:3]}")
        if statuses.get(503, 0) == 0:
            failures.append("no 503 during the outage: the restart was not noticed")
        if acked_after_restart == 0:
            failures.append("nothing stored after the restart")
        # The export must hold every acknowledged response.
        out = os.path.join(args.work, "export.csv")
        res = subprocess.run([args.binary, "export", "--study", "quickscan", "--out", out], env=env,
                             capture_output=True, text=True, timeout=120)
        if res.returncode != 0:
            failures.append(f"export failed: {res.stderr.strip()}")
        else:
            with open(out, newline="", encoding="utf-8-sig") as fh:
                rows = list(csv.reader(fh))[1:]
            if len(rows) < statuses.get(201, 0):
                failures.append(f"{statuses.get(201, 0)} acknowledged but {len(rows)} exported")
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    text = open(log_path, encoding="utf-8", errors="replace").read()
    down = text.count("Database unreachable")
    refused = statuses.get(503, 0)
    print(f"log: {down} 'unreachable' line(s), {text.count('reachable again')} 'reachable again' line(s)", flush=True)
    if "Unexpected" in text:
        failures.append("the log has an 'Unexpected' error")
    if down == 0 or down > 5 or (refused and down >= refused):
        failures.append(f"{down} 'Database unreachable' lines for {refused} refused requests")
    if "reachable again" not in text:
        failures.append("the log never says the database is reachable again")
    for failure in failures:
        print(f"FAIL: {failure}", flush=True)
    if failures:
        print("----- server log (last 40 lines) -----")
        print("\n".join(text.splitlines()[-40:]))
        return 1
    print("pg_restart_test: ok", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
