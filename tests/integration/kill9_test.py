#!/usr/bin/env python3
"""Crash durability: SIGKILL the server while responses stream in; nothing acknowledged is lost.

    python3 tests/integration/kill9_test.py --binary .build/debug/voelspriet --data /tmp/k9
    DATABASE_URL=postgres://voelspriet:voelspriet@127.0.0.1:55432/k9 \
        python3 tests/integration/kill9_test.py --binary .build/debug/voelspriet

Each round: start `voelspriet serve --demo`, post valid complete responses (a professional
without own experience and a student with recent experience, built from the instrument JSON)
from several threads, record every receipt acknowledged with 201, and SIGKILL the server
mid-stream. Then restart and check, via `voelspriet export` (run while the server is up):
  * rows added >= responses acknowledged (no acknowledged response lost), and
    rows added <= acknowledged + requests in flight at the kill (nothing duplicated);
  * every CSV row has as many fields as the header (nothing half-written);
  * the last acknowledged receipts before each kill are known: withdrawing 5 of them gives 204,
    and the export then has exactly 5 rows fewer;
  * the server stops on SIGTERM; for SQLite the database files pass PRAGMA integrity_check.
Ends with a line "N passed, N failed"; exit status 1 on any failure.
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import traceback

import requests

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vsinstrument import PERSONAS, RECEIPT_RE, Checker, Instrument  # noqa: E402

csv.field_size_limit(10**8)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, args, log_dir: str):
        self.args = args
        self.log_dir = log_dir
        self.proc: subprocess.Popen | None = None
        self.starts = 0
        self.port = args.port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.logs: list[str] = []

    def env(self) -> dict:
        env = dict(os.environ)
        env.setdefault("VOELSPRIET_ADMIN_PASSWORD", "kill9-test-admin-password")
        return env

    def cmd(self, *rest: str) -> list[str]:
        return [self.args.binary, *rest]

    def data_args(self) -> list[str]:
        return ["--data", self.args.data] if self.args.data else []

    def start(self) -> None:
        self.starts += 1
        log = os.path.join(self.log_dir, f"server-{self.starts}.log")
        self.logs.append(log)
        fh = open(log, "wb")
        argv = self.cmd("serve", *self.data_args(), "--host", "127.0.0.1", "--port", str(self.port), "--demo",
                        "--intake-per-minute", "0")
        print(f"  start #{self.starts}: {' '.join(argv)}", flush=True)
        self.proc = subprocess.Popen(argv, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     env=self.env(), start_new_session=True)
        fh.close()
        deadline = time.monotonic() + self.args.start_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode} during start-up (log {log})")
            try:
                if requests.get(f"{self.base}/healthz", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server not ready after {self.args.start_timeout}s (log {log})")

    def kill9(self) -> None:
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def terminate(self, timeout: float = 20) -> tuple[bool, int | None]:
        """SIGTERM; returns (exited within timeout, return code)."""
        if self.proc is None or self.proc.poll() is not None:
            return True, self.proc.returncode if self.proc else None
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=timeout)
            return True, self.proc.returncode
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
            return False, None

    def stop_quietly(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass

    def export(self, out: str) -> tuple[list[str], list[list[str]]]:
        argv = self.cmd("export", "--study", self.args.slug, "--out", out, *self.data_args())
        res = subprocess.run(argv, env=self.env(), capture_output=True, text=True, timeout=120)
        if res.returncode != 0:
            raise RuntimeError(f"export failed ({res.returncode}): {res.stderr.strip() or res.stdout.strip()}")
        with open(out, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
        if not rows:
            raise RuntimeError("export wrote no header")
        return rows[0], rows[1:]

    def print_logs(self, lines: int = 60) -> None:
        for log in self.logs:
            try:
                with open(log, encoding="utf-8", errors="replace") as fh:
                    tail = fh.readlines()[-lines:]
            except OSError:
                continue
            print(f"----- {log} (last {len(tail)} lines) -----")
            sys.stdout.write("".join(tail))
        print("-----", flush=True)


class Load:
    """Posts responses from several threads until stopped; records what was acknowledged."""

    def __init__(self, url: str, bodies: list[bytes], threads: int):
        self.url = url
        self.bodies = bodies
        self.n = threads
        self.stop = threading.Event()
        self.killed = threading.Event()
        self.lock = threading.Lock()
        self.acked: list[tuple[float, str]] = []  # (time, receipt)
        self.in_flight_at_kill = 0  # sent but no answer because of the kill: may or may not be stored
        self.unexpected: list[str] = []  # non-201 answers, errors before the kill
        self.threads: list[threading.Thread] = []

    def worker(self, idx: int) -> None:
        session = requests.Session()
        i = idx
        while not self.stop.is_set():
            body = self.bodies[i % len(self.bodies)]
            i += 1
            try:
                resp = session.post(self.url, data=body, timeout=15,
                                    headers={"Content-Type": "application/json", "Accept": "application/json"})
            except requests.RequestException as exc:
                with self.lock:
                    if self.killed.is_set():
                        # A refused connection was never sent; anything else may have reached the server.
                        if "refused" not in str(exc).lower():
                            self.in_flight_at_kill += 1
                    else:
                        self.unexpected.append(f"{type(exc).__name__}: {exc}")
                if self.killed.is_set():
                    return
                time.sleep(0.05)
                continue
            with self.lock:
                if resp.status_code == 201:
                    try:
                        receipt = resp.json()["receipt"]
                    except (ValueError, KeyError, TypeError):
                        self.unexpected.append(f"201 without receipt: {resp.text[:200]}")
                        continue
                    self.acked.append((time.monotonic(), receipt))
                else:
                    self.unexpected.append(f"HTTP {resp.status_code}: {resp.text[:300]}")
            if resp.status_code != 201:
                time.sleep(0.05)

    def start(self) -> None:
        for idx in range(self.n):
            t = threading.Thread(target=self.worker, args=(idx,), daemon=True)
            t.start()
            self.threads.append(t)

    def count(self) -> int:
        with self.lock:
            return len(self.acked)

    def finish(self) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(timeout=30)


def post(base: str, slug: str, body: dict) -> requests.Response:
    return requests.post(f"{base}/api/v1/studies/{slug}/responses", data=json.dumps(body).encode(),
                         headers={"Content-Type": "application/json"}, timeout=15)


def withdraw(base: str, slug: str, receipt: str) -> int:
    return requests.post(f"{base}/api/v1/studies/{slug}/withdrawals", json={"receipt": receipt}, timeout=15).status_code


def run(args, c: Checker, work: str) -> None:
    server = Server(args, work)
    try:
        _run(args, c, work, server)
    except Exception as exc:  # noqa: BLE001
        traceback.print_exc()
        c.check(False, "test ran to the end", f"{type(exc).__name__}: {exc}")
    finally:
        server.stop_quietly()
        if c.failed:
            server.print_logs()


def _run(args, c: Checker, work: str, server: Server) -> None:
    backend = "PostgreSQL" if os.environ.get("DATABASE_URL") else f"SQLite in {args.data}"
    print(f"kill -9 test on {backend}: {args.rounds} rounds, {args.threads} threads", flush=True)
    slug = args.slug
    server.start()
    inst = Instrument(requests.get(f"{server.base}/api/v1/studies/{slug}/instrument", timeout=10).json())
    bodies = [inst.build_body(PERSONAS["professional-no"]), inst.build_body(PERSONAS["student-recent"])]
    for name, body in zip(("professional-no", "student-recent"), bodies):
        resp = post(server.base, slug, body)
        if not c.check(resp.status_code == 201, f"valid {name} body accepted (201)",
                       f"HTTP {resp.status_code}: {resp.text[:500]}\nbody: {json.dumps(body, ensure_ascii=False)}"):
            raise RuntimeError("the generated bodies are rejected; cannot continue")
    header, rows = server.export(os.path.join(work, "baseline.csv"))
    baseline = len(rows)
    print(f"  baseline rows (incl. 2 probes): {baseline}", flush=True)
    encoded = [json.dumps(b, ensure_ascii=False).encode("utf-8") for b in bodies]

    total_acked: list[str] = []
    last_before_kill: list[str] = []
    in_flight = 0
    for rnd in range(1, args.rounds + 1):
        if rnd > 1:
            server.start()
        load = Load(f"{server.base}/api/v1/studies/{slug}/responses", encoded, args.threads)
        load.start()
        deadline = time.monotonic() + 90
        target = args.min_acks + random.randint(0, args.min_acks // 2)
        while load.count() < target and time.monotonic() < deadline and server.proc.poll() is None:
            time.sleep(0.02)
        load.killed.set()
        server.kill9()
        load.finish()
        acked = [r for _, r in sorted(load.acked)]
        print(f"  round {rnd}: {len(acked)} acknowledged, {load.in_flight_at_kill} in flight at the kill", flush=True)
        c.check(len(acked) >= args.min_acks, f"round {rnd}: load reached {args.min_acks} acknowledged responses",
                f"only {len(acked)}")
        c.check(not load.unexpected, f"round {rnd}: no errors before the kill",
                f"{len(load.unexpected)}: {load.unexpected[:5]}")
        total_acked += acked
        last_before_kill += acked[-3:]
        in_flight += load.in_flight_at_kill

    c.check(all(RECEIPT_RE.match(r) for r in total_acked), "every receipt has the XXXX-XXXX-XXXX-XXXX format",
            str([r for r in total_acked if not RECEIPT_RE.match(r)][:5]))
    c.check(len(set(total_acked)) == len(total_acked), "receipts are unique",
            f"{len(total_acked) - len(set(total_acked))} duplicates")

    server.start()
    header, rows = server.export(os.path.join(work, "after.csv"))
    added = len(rows) - baseline
    acked_n = len(total_acked)
    print(f"  rows added {added}; acknowledged {acked_n}; in flight at kills {in_flight}", flush=True)
    c.check(added >= acked_n, "no acknowledged response lost (rows added >= acknowledged)",
            f"{added} rows added < {acked_n} acknowledged")
    c.check(added <= acked_n + in_flight, "no extra rows (rows added <= acknowledged + in flight)",
            f"{added} > {acked_n} + {in_flight}")
    bad = [(i + 2, len(r)) for i, r in enumerate(rows) if len(r) != len(header)]
    c.check(not bad, f"every row has {len(header)} fields (nothing half-written)", f"lines/fields: {bad[:10]}")
    lower = [h.strip().lower() for h in header]
    if "role" in lower:
        col = lower.index("role")
        odd = [r[col] for r in rows if len(r) == len(header) and r[col] not in ("professional", "student")]
        c.check(not odd, "every row has a complete role answer", f"{len(odd)} rows: {odd[:5]}")
    else:
        print(f"  note: no 'role' column in export header {header[:8]}...", flush=True)

    # The last receipts acknowledged before each kill are the ones at risk; withdraw 5 of them.
    picks = list(dict.fromkeys(reversed(last_before_kill)))[:5]
    for r in reversed(total_acked):
        if len(picks) >= 5:
            break
        if r not in picks:
            picks.append(r)
    statuses = {r: withdraw(server.base, slug, r) for r in picks}
    c.check(len(picks) == 5 and all(s == 204 for s in statuses.values()),
            "5 receipts acknowledged just before a kill are stored (withdrawal -> 204)", str(statuses))
    _, rows2 = server.export(os.path.join(work, "after-withdrawal.csv"))
    ok204 = sum(1 for s in statuses.values() if s == 204)
    c.check(len(rows2) == len(rows) - ok204, f"withdrawn responses leave the export ({len(rows)} -> {len(rows) - ok204})",
            f"export has {len(rows2)} rows")
    unknown = withdraw(server.base, slug, "ZZZZ-ZZZZ-ZZZZ-ZZZZ")
    c.check(unknown == 404, "withdrawing an unknown receipt -> 404", f"got {unknown}")

    exited, code = server.terminate()
    c.check(exited, "server stops within 20 s on SIGTERM", "had to SIGKILL it")
    if exited:
        print(f"  server exit code after SIGTERM: {code}", flush=True)

    if args.data and not os.environ.get("DATABASE_URL"):
        files = [f for pat in ("*.sqlite", "*.sqlite3", "*.db") for f in glob.glob(os.path.join(args.data, "**", pat), recursive=True)]
        if not files:
            print(f"  note: no SQLite files found under {args.data} for integrity_check", flush=True)
        for f in files:
            try:
                con = sqlite3.connect(f, timeout=10)
                result = con.execute("PRAGMA integrity_check").fetchall()
                con.close()
                c.check(result == [("ok",)], f"integrity_check {os.path.basename(f)}", str(result[:5]))
            except sqlite3.Error as exc:
                c.check(False, f"integrity_check {os.path.basename(f)}", str(exc))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--binary", required=True, help="path to the voelspriet executable")
    p.add_argument("--data", help="data directory (SQLite); omit when DATABASE_URL is set")
    p.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    p.add_argument("--slug", default="quickscan")
    p.add_argument("--threads", type=int, default=8)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--min-acks", type=int, default=150, help="acknowledged responses per round before the kill")
    p.add_argument("--start-timeout", type=float, default=90)
    p.add_argument("--work", help="directory for logs and exports (default: a temp dir)")
    args = p.parse_args()
    if not args.data and not os.environ.get("DATABASE_URL"):
        p.error("give --data DIR or set DATABASE_URL")
    args.binary = os.path.abspath(args.binary)
    if args.data:
        args.data = os.path.abspath(args.data)
        os.makedirs(args.data, mode=0o700, exist_ok=True)
        os.chmod(args.data, 0o700)
    work = args.work or tempfile.mkdtemp(prefix="voelspriet-kill9-")
    os.makedirs(work, exist_ok=True)
    c = Checker()
    run(args, c, work)
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
