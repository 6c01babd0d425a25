#!/usr/bin/env python3
"""Voelspriet half of the QDA benchmark (issue 10), on a fresh data folder.

  import       `voelspriet qda import CORPUS/corpus.qdpx --project bench --data DIR`: wall time,
               CPU time and peak resident memory (ru_maxrss from wait4(2)) of that one process.
               It reads the 2,000 sources and all 12,620 codings of the .qdpx (Taguette's import
               figure has no highlights in it). Before it, `voelspriet study create --slug bench`
               (not timed; --no-study-create skips it if the import makes the study itself).
  serve        `voelspriet serve --data DIR --port P` with VOELSPRIET_ADMIN_PASSWORD set, then
               `voelspriet study add-member --data DIR bench admin --role lead` (the admin account
               is made by serve), log in at /login (form fields username, password, _csrf).
  search       GET /admin/studies/bench/interviews/search?q=<phrase>, --runs times (median).
  code         GET /admin/studies/bench/interviews/codes/<code id>: the fragments of Bench/Doel
               (10,000 codings), --runs times. The code id is found by find_code_id().
  peak memory  VmHWM of the serve process at the end; the figure compared is the larger of that
               and the import's peak.
A route that answers 404 stops the script with a message naming it.

Usage: voelspriet_bench.py [--voelspriet BIN] [--corpus DIR] [--data DIR] [--port P] [--runs 10]
                           [--code Bench/Doel] [--out results.json]
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import Client, HTTPError, load_plan, summary, timed, vm_hwm_kb, wait_for  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PASSWORD = "bench-admin-password"
STUDY = "bench"
BASE = f"/admin/studies/{STUDY}/interviews"
TAG = re.compile(r"<[^>]+>")


def run_checked(cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-3000:]}")


def run_import(cmd):
    """Runs cmd; wall time, and CPU time and peak RSS (KiB) from wait4(2) of exactly this child."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"import failed ({proc.returncode}): {' '.join(cmd)}\n{output.decode(errors='replace')[-3000:]}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_kb": usage.ru_maxrss,
            "output": output.decode(errors="replace")[-2000:]}


def get_checked(c, path, what):
    try:
        return c.get(path).decode("utf-8", errors="replace")
    except HTTPError as e:
        if e.status == 404:
            sys.exit(f"{what}: GET {path} answered 404; does the route exist in this build of voelspriet?")
        raise


def login(port):
    c = Client(port)
    page = c.get("/login").decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page)
    form = {"username": "admin", "password": PASSWORD}
    if token:
        form["_csrf"] = token.group(1)
    _, headers, _ = c.post_form("/login", form)
    landed = headers.get("location", "")
    if "/account/password" in landed or "/login" in landed:
        sys.exit(f"log-in as admin did not reach the workspace (redirected to {landed!r})")
    return c


def find_code_id(c, plan, code_path):
    """The id of the code in Voelspriet. First the code's REFI guid from the .qdpx (if the import
    keeps it); otherwise the codebook page's link to .../codes/<id> whose text is the code's
    name or path."""
    guid = next(x["guid"] for x in plan["codes"] if x["path"] == code_path)
    try:
        c.get(f"{BASE}/codes/{guid}")
        return guid
    except HTTPError as e:
        if e.status not in (404, 400):
            raise
    page = get_checked(c, f"{BASE}/codebook", "codebook")
    name = code_path.rsplit("/", 1)[-1]
    for m in re.finditer(rf'href="{re.escape(BASE)}/codes/([^"/?#]+)"[^>]*>(.*?)</a>', page, re.S):
        text = html.unescape(TAG.sub("", m.group(2))).strip()
        if text in (name, code_path) or text.endswith("/" + name):
            return m.group(1)
    sys.exit(f"no link to {BASE}/codes/<id> named {code_path!r} on {BASE}/codebook")


def check_search(body, plan):
    """How many of the transcripts with the phrase the page names (informative: it may page)."""
    names = set(re.findall(r"transcript-\d{4}", body))
    want = {os.path.basename(f)[:-4] for f in plan["phrase_per_file"]}
    return {"sources_named": len(names & want), "sources_expected": len(want),
            "other_sources_named": len(names - want), "bytes": len(body)}


def check_fragments(body, plan, code_path):
    """How many of the code's fragment texts the page shows: first as whole text nodes (the
    text between two tags, unescaped and trimmed), then, for at most 200 of the others, as a
    substring of the page's text (a fragment may be marked up inside)."""
    want = sorted({c["text"] for c in plan["codings"] if c["code"] == code_path})
    chunks = {html.unescape(part).strip() for part in TAG.split(body)}
    missing = [t for t in want if t not in chunks]
    text = html.unescape(TAG.sub("", body))
    sample = missing[:200]
    return {"fragments_expected": len(want), "fragments_as_text_nodes": len(want) - len(missing),
            "of_200_others_found_in_text": sum(1 for t in sample if t in text), "bytes": len(body)}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--voelspriet", default=os.environ.get("VOELSPRIET", os.path.join(REPO, ".build/release/voelspriet")))
    p.add_argument("--corpus", default=os.path.join(REPO, "bench", "out", "qda-corpus"))
    p.add_argument("--data", default="/tmp/qda-voelspriet-data")
    p.add_argument("--port", type=int, default=18442)
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--code", default="Bench/Doel")
    p.add_argument("--no-study-create", action="store_true")
    p.add_argument("--reuse-data", action="store_true", help="skip the import; query an existing --data folder")
    p.add_argument("--out", default=os.path.join(REPO, "bench", "out", "qda-voelspriet.json"))
    args = p.parse_args()
    exe = os.path.abspath(args.voelspriet)
    if not os.access(exe, os.X_OK):
        sys.exit(f"no voelspriet binary at {exe} (swift build -c release, or set VOELSPRIET)")
    plan = load_plan(args.corpus)
    qdpx = os.path.join(os.path.abspath(args.corpus), "corpus.qdpx")
    result = {"tool": "voelspriet", "binary": exe, "sources": len(plan["sources"]),
              "bytes": sum(s["bytes"] for s in plan["sources"]), "command": " ".join(sys.argv)}
    if not args.reuse_data:
        shutil.rmtree(args.data, ignore_errors=True)
        if not args.no_study_create:
            run_checked([exe, "study", "create", "--data", args.data, "--slug", STUDY, "--title", "QDA benchmark"])
        result["import"] = run_import([exe, "qda", "import", qdpx, "--project", STUDY, "--data", args.data])
        print(f"voelspriet import: {result['import']['wall_s']:.2f} s, peak {result['import']['peak_kb'] / 1024:.0f} MiB",
              file=sys.stderr)
    env = dict(os.environ, VOELSPRIET_ADMIN_PASSWORD=PASSWORD)
    log = open(os.path.join(os.path.dirname(os.path.abspath(args.out)), "qda-voelspriet-server.log"), "w")
    server = subprocess.Popen([exe, "serve", "--data", args.data, "--port", str(args.port), "--log-level", "warning"],
                              stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        def healthy():
            if server.poll() is not None:
                sys.exit(f"voelspriet serve exited with {server.returncode}; see {log.name}")
            try:
                return Client(args.port).get("/healthz") is not None
            except (OSError, HTTPError):
                return False
        wait_for(healthy, 60, "voelspriet serve /healthz")
        member = subprocess.run([exe, "study", "add-member", "--data", args.data, STUDY, "admin", "--role", "lead"],
                                capture_output=True, text=True)
        if member.returncode != 0:
            print(f"note: study add-member: {member.stderr.strip()[:300]}", file=sys.stderr)
        c = login(args.port)
        # The phrase as a phrase (in quotes): its words one by one would be a different search.
        q = urllib.parse.quote('"' + plan["phrase"] + '"')
        search = f"{BASE}/search?q={q}"
        first, _ = timed(lambda: get_checked(c, search, "search"), 1)
        t, body = timed(lambda: get_checked(c, search, "search"), args.runs)
        result["search"] = summary(t) | {"first_s": first[0], "path": search} | check_search(body, plan)
        code_id = find_code_id(c, plan, args.code)
        path = f"{BASE}/codes/{code_id}"
        first, _ = timed(lambda: get_checked(c, path, "code fragments"), 1)
        t, body = timed(lambda: get_checked(c, path, "code fragments"), args.runs)
        result["code_fragments"] = summary(t) | {"first_s": first[0], "path": path} | check_fragments(body, plan, args.code)
        result["serve_vm_hwm_kb"] = vm_hwm_kb(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    result["peak_kb"] = max(result.get("import", {}).get("peak_kb", 0), result.get("serve_vm_hwm_kb", 0))
    with open(args.out, "w") as fp:
        json.dump(result, fp, indent=1)
    print(json.dumps({k: v for k, v in result.items() if k != "command"}, indent=1))


if __name__ == "__main__":
    main()
