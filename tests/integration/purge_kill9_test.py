#!/usr/bin/env python3
"""A study's deletion survives kill -9: afterwards either all of it is there or none of it.

    python3 tests/integration/purge_kill9_test.py --binary .build/debug/voelspriet --work /tmp/pk9
    DATABASE_URL=postgres://… python3 tests/integration/purge_kill9_test.py --binary … --work /tmp/pk9

Each round: a study with N imported responses and a lead, then `voelspriet purge --study S
--whole-study` is started and SIGKILLed after a random delay within the time a full purge takes
(measured first). Then, with fresh commands:
  * the study is either listed with all N responses, its members and no deletion in its audit
    trail, or it is gone with no responses left and exactly one `study_deleted` row — never a
    study with fewer rows, nor rows without their study;
  * for SQLite the database passes PRAGMA integrity_check;
  * a second purge of a surviving study then completes and leaves nothing.
Ends with a line "N passed, N failed"; exit status 1 on any failure.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

csv.field_size_limit(10**8)


class Checks:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def check(self, ok: bool, label: str) -> None:
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {label}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--responses", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    random.seed(args.seed)
    os.makedirs(args.work, exist_ok=True)
    data = os.path.join(args.work, "data")
    postgres = bool(os.environ.get("DATABASE_URL"))
    checks = Checks()

    def run(*command: str, check: bool = True, database: bool = True) -> str:
        extra = ["--data", data] if database else []
        result = subprocess.run([args.binary, *command, *extra], capture_output=True, text=True, timeout=300)
        if check and result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}): {result.stderr.strip()}")
        return result.stdout

    jsonl = os.path.join(args.work, "responses.jsonl")
    with open(jsonl, "w") as out:
        out.write(run("demo-data", "--n", str(args.responses), "--format", "jsonl", "--out", "-", database=False))
    if "leader" not in run("user", "list"):
        run("user", "add", "leader")

    def prepare(slug: str) -> None:
        run("study", "create", "--slug", slug, "--title", "Kill -9", "--lead", "leader")
        run("import", "--study", slug, jsonl)

    def state(slug: str) -> tuple[bool, int, int, int]:
        """(listed, responses exported, members, study_deleted rows)"""
        listed = any(line.split("\t")[0] == slug for line in run("study", "list").splitlines())
        rows = members = 0
        if listed:
            text = run("export", "--study", slug, "--out", "-")
            rows = sum(1 for _ in csv.reader(io.StringIO(text))) - 1
            members = len([line for line in run("study", "members", slug).splitlines() if line.strip()])
        audit = json.loads(run("audit", "--study", slug, "--format", "json"))
        deleted = sum(1 for row in audit if row["action"] == "study_deleted")
        return listed, rows, members, deleted

    # How long a whole purge takes, so that kills land before, during and after its commit.
    prepare("timing")
    start = time.monotonic()
    run("purge", "--study", "timing", "--whole-study")
    full = time.monotonic() - start
    print(f"a full purge of {args.responses} responses takes {full:.2f} s", flush=True)

    outcomes = {"kept": 0, "deleted": 0}
    for index in range(args.rounds):
        slug = f"kill-{index}"
        prepare(slug)
        before = state(slug)
        checks.check(before[0] and before[1] == args.responses and before[3] == 0, f"{slug}: prepared {before}")
        delay = random.uniform(full * 0.3, full * 1.5)
        process = subprocess.Popen(
            [args.binary, "purge", "--study", slug, "--whole-study", "--data", data],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if postgres:
            time.sleep(0.5)  # the server notices the dead connection and rolls back
        listed, rows, members, deleted = state(slug)
        if listed:
            outcomes["kept"] += 1
            checks.check(rows == args.responses and members >= 1 and deleted == 0,
                         f"{slug} after kill at {delay:.2f} s: kept, but {rows} rows, {members} members, {deleted} deletions")
            run("purge", "--study", slug, "--whole-study")
            listed, rows, members, deleted = state(slug)
        else:
            outcomes["deleted"] += 1
        checks.check(not listed and rows == 0 and deleted == 1,
                     f"{slug} after kill at {delay:.2f} s: gone, with {rows} rows and {deleted} deletion rows")
        if not postgres:
            with sqlite3.connect(os.path.join(data, "voelspriet.sqlite")) as connection:
                result = connection.execute("PRAGMA integrity_check").fetchone()[0]
                orphans = connection.execute(
                    "SELECT COUNT(*) FROM responses WHERE study_slug NOT IN (SELECT slug FROM studies)").fetchone()[0]
            checks.check(result == "ok", f"{slug}: integrity_check {result}")
            checks.check(orphans == 0, f"{slug}: {orphans} responses without their study")
    print(f"rounds: {outcomes['kept']} kept whole, {outcomes['deleted']} deleted whole", flush=True)
    print(f"{checks.passed} passed, {checks.failed} failed", flush=True)
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
