#!/usr/bin/env python3
"""Taguette half of the QDA benchmark (issue 10): the generated corpus through Taguette's own
HTTP API, on a fresh SQLite database, in Taguette's default single-user mode.

Phase A (one server): create a project, upload every transcript (POST .../document/new; this is
"import", timed as wall time from the first upload to the last answer, 4 uploads in flight), then
create the tags and one highlight per coding of plan.json (POST .../highlight/new; timed but not
part of import). Phase B (the server restarted on the same database, as Voelspriet's serve is
started after its import): the measurements, each repeated --runs times:
  search_api     Taguette has no text search. Nearest equivalent through Taguette: fetch every
                 document the way its document view does (GET .../document/D/contents) and look
                 for the phrase in the client (tags stripped, case-insensitive). Sequential.
  search_sql     a floor, not a Taguette feature: SELECT ... WHERE contents LIKE '%phrase%' on
                 Taguette's own SQLite file (no index can help a LIKE with a leading %).
  list_page1     GET /api/project/P/highlights/Bench%2FDoel?page=1: the call the tag's highlights
                 page makes on opening (50 highlights per page, and the page count).
  list_all       the same call for every page (200 pages for 10,000 highlights), sequentially:
                 the only way to list all highlights of a tag in Taguette's API.
  export_csv     GET /project/P/export/highlights/Bench%2FDoel.csv: all highlights of the tag in
                 one response (the tag page's export button).
Peak memory: VmHWM of the server process (phase A: import and highlights; phase B: queries).
Document conversion runs in the server for HTML; for .txt Taguette runs calibre's
`ebook-convert` in child processes (not in VmHWM; their CPU time is in the import CPU figure).

--format html (default) uploads each transcript as HTML, one <p> per paragraph with the blank
lines kept between them, so that Taguette's highlight offsets (UTF-8 bytes over the text nodes)
are the UTF-8 byte offsets of the .txt; this is Taguette's fastest import path (no calibre).
--format txt uploads the .txt files as they are (calibre); only with --import-only.

Usage: taguette_bench.py [--corpus DIR] [--taguette BIN] [--work DIR] [--port P] [--runs 5]
                         [--format html|txt] [--limit N] [--import-only] [--reuse-db] [--out results.json]
--reuse-db measures phase B again on the database an earlier run left in --work (keeping that
run's phase A figures from --out): the highlights take ~13 minutes to create.
"""
import argparse
import concurrent.futures
import html
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import Client, load_plan, summary, timed, vm_hwm_kb, wait_for  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TAG = re.compile(r"<[^>]+>")


class Server:
    """A Taguette single-user server on its own database, log in WORK/taguette-N.log."""

    def __init__(self, exe, db, port, log):
        self.port = port
        self.log_path = log
        self.log = open(log, "w")
        self.proc = subprocess.Popen([exe, "--no-browser", "--bind", "127.0.0.1", "--port", str(port),
                                      "--database", db], stdout=self.log, stderr=subprocess.STDOUT)
        self.token = wait_for(self._token, 120, f"Taguette to start (see {log})")

    def _token(self):
        if self.proc.poll() is not None:
            raise RuntimeError(f"Taguette exited with {self.proc.returncode}; see {self.log_path}")
        m = re.search(r"\?token=([0-9a-f]+)", open(self.log_path).read())
        return m and m.group(1)

    def login(self):
        """A client logged in as admin, with Tornado's _xsrf cookie set; returns (client, xsrf header)."""
        c = Client(self.port)
        c.request("GET", f"/?token={self.token}", ok=(200, 302))
        c.get("/project/new")
        if "user" not in c.cookies or "_xsrf" not in c.cookies:
            raise RuntimeError(f"login failed, cookies: {sorted(c.cookies)}")
        return c, {"X-XSRFToken": c.cookies["_xsrf"]}

    def cpu_s(self):
        """utime + stime + cutime + cstime of the server (children: calibre), proc(5)."""
        fields = open(f"/proc/{self.proc.pid}/stat").read().rsplit(")", 1)[1].split()
        return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def as_html(text):
    """One <p> per paragraph, "\n\n" between them: the text nodes are the text itself."""
    return "\n\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in text.split("\n\n") if p)


def upload_all(server, project, sources, corpus, fmt, concurrency):
    """Uploads every source; returns ({file: document id}, wall seconds, server CPU seconds)."""
    clients = [server.login() for _ in range(concurrency)]
    payloads = []
    for s in sources:
        with open(os.path.join(corpus, s["file"]), "rb") as fp:
            raw = fp.read()
        if fmt == "html":
            payloads.append((s, s["name"] + ".html", as_html(raw.decode("utf-8")).encode(), "text/html"))
        else:
            payloads.append((s, s["name"] + ".txt", raw, "text/plain"))

    def upload(i):
        c, xsrf = clients[i % concurrency]
        s, filename, body, ctype = payloads[i]
        r = c.post_multipart(f"/api/project/{project}/document/new",
                             {"name": s["name"], "description": "", "text_direction": "LEFT_TO_RIGHT"},
                             "file", filename, body, ctype, headers=xsrf)
        return s["file"], r["created"]

    cpu0, start = server.cpu_s(), time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        # one worker per client: item i goes to client i % concurrency, so no client is shared
        futures = [pool.submit(lambda k: [upload(j) for j in range(k, len(payloads), concurrency)], k)
                   for k in range(concurrency)]
        docs = dict(pair for f in futures for pair in f.result())
    return docs, time.perf_counter() - start, server.cpu_s() - cpu0


def create_highlights(server, project, plan, docs, corpus):
    """Creates one tag per code with codings and one highlight per coding; returns tag ids."""
    c, xsrf = server.login()
    tags = {}
    for code in plan["codes"]:
        if code["codings"]:
            tags[code["path"]] = c.post_json(f"/api/project/{project}/tag/new",
                                             {"path": code["path"], "description": ""}, headers=xsrf)["id"]
    texts = {}
    for coding in plan["codings"]:
        doc = docs.get(coding["source"])
        if doc is None:
            continue
        if coding["source"] not in texts:
            texts = {coding["source"]: open(os.path.join(corpus, coding["source"]), encoding="utf-8").read()}
        text = texts[coding["source"]]
        start = len(text[:coding["start"]].encode("utf-8"))
        end = start + len(text[coding["start"]:coding["end"]].encode("utf-8"))
        c.post_json(f"/api/project/{project}/document/{doc}/highlight/new",
                    {"start_offset": start, "end_offset": end, "tags": [tags[coding["code"]]]}, headers=xsrf)
    return tags


def plain(fragment):
    return html.unescape(TAG.sub("", fragment))


def search_api(c, project, doc_ids, phrase):
    """(sources containing the phrase, occurrences, seconds spent in the client finding it), by
    fetching every document."""
    hits = occurrences = 0
    client = 0.0
    needle = phrase.lower()
    for d in doc_ids:
        body = c.get(f"/api/project/{project}/document/{d}/contents")
        start = time.perf_counter()
        contents = json.loads(body)["contents"]
        n = sum(plain(part["contents"]).lower().count(needle) for part in contents)
        client += time.perf_counter() - start
        hits += n > 0
        occurrences += n
    return hits, occurrences, client


def search_sql(db, project, phrase):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT id FROM documents WHERE project_id = ? AND contents LIKE ?",
                           (project, f"%{phrase}%")).fetchall()
    finally:
        con.close()
    return len(rows)


def list_page(c, project, tag_path, page):
    q = urllib.parse.quote(tag_path, safe="")
    return json.loads(c.get(f"/api/project/{project}/highlights/{q}?page={page}"))


def list_all(c, project, tag_path):
    first = list_page(c, project, tag_path, 1)
    out = list(first["highlights"])
    for page in range(2, first["pages"] + 1):
        out += list_page(c, project, tag_path, page)["highlights"]
    return out


def expected(plan, files, code):
    return sorted(c["text"] for c in plan["codings"] if c["code"] == code and c["source"] in files)


def measure(server, db, project, plan, docs, runs, code):
    c, _ = server.login()
    doc_ids = [docs[s["file"]] for s in plan["sources"] if s["file"] in docs]
    files = set(docs)
    want_sources = sum(1 for f in plan["phrase_per_file"] if f in files)
    want_occ = sum(n for f, n in plan["phrase_per_file"].items() if f in files)
    r = {}
    t, got = timed(lambda: search_api(c, project, doc_ids, plan["phrase"]), runs)
    r["search_api"] = summary(t) | {"sources": got[0], "occurrences": got[1], "client_s_last_run": got[2],
                                    "ok": got[:2] == (want_sources, want_occ)}
    t, got = timed(lambda: search_sql(db, project, plan["phrase"]), runs)
    r["search_sql"] = summary(t) | {"sources": got, "ok": got == want_sources}
    t, got = timed(lambda: list_page(c, project, code, 1), max(runs, 5))
    r["list_page1"] = summary(t) | {"highlights": len(got["highlights"]), "pages": got["pages"]}
    t, got = timed(lambda: list_all(c, project, code), runs)
    r["list_all"] = summary(t) | {"highlights": len(got),
                                  "ok": sorted(plain(h["content"]) for h in got) == expected(plan, files, code)}
    q = urllib.parse.quote(code, safe="")
    t, got = timed(lambda: c.get(f"/project/{project}/export/highlights/{q}.csv"), runs)
    r["export_csv"] = summary(t) | {"rows": got.decode("utf-8").count("\r\n") - 1, "bytes": len(got)}
    return r


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", default=os.path.join(REPO, "bench", "out", "qda-corpus"))
    p.add_argument("--taguette", default=os.environ.get("TAGUETTE", "/tmp/taguette-venv/bin/taguette"))
    p.add_argument("--work", default="/tmp/qda-taguette")
    p.add_argument("--port", type=int, default=18441)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--format", choices=("html", "txt"), default="html")
    p.add_argument("--limit", type=int, default=0, help="upload only the first N transcripts")
    p.add_argument("--concurrency", type=int, default=4)
    p.add_argument("--code", default="Bench/Doel")
    p.add_argument("--import-only", action="store_true")
    p.add_argument("--reuse-db", action="store_true",
                   help="skip phase A: measure on the database an earlier run left in --work")
    p.add_argument("--out", default=os.path.join(REPO, "bench", "out", "qda-taguette.json"))
    args = p.parse_args()
    if args.format == "txt" and not args.import_only:
        sys.exit("--format txt: only with --import-only (calibre's HTML does not keep the text's offsets)")
    plan = load_plan(args.corpus)
    sources = plan["sources"][:args.limit] if args.limit else plan["sources"]
    db = os.path.join(args.work, "taguette.sqlite3")
    version = subprocess.run([args.taguette, "--version"], capture_output=True, text=True).stdout.strip()
    result = {"tool": "taguette", "version": version, "format": args.format, "sources": len(sources),
              "bytes": sum(s["bytes"] for s in sources), "command": " ".join(sys.argv)}
    if args.reuse_db:
        project, docs = stored_documents(db, sources)
        if os.path.exists(args.out):  # keep phase A's figures from the run that made the database
            with open(args.out) as fp:
                earlier = json.load(fp)
            result |= {k: earlier[k] for k in ("import", "highlights_create", "phase_a_vm_hwm_kb") if k in earlier}
        result |= measure_phase_b(args, db, project, plan, docs)
        write_result(args, result)
        return
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    server = Server(args.taguette, db, args.port, os.path.join(args.work, "taguette-a.log"))
    try:
        c, xsrf = server.login()
        _, headers, _ = c.post_form("/project/new", {"name": "bench", "description": "", "_xsrf": c.cookies["_xsrf"]})
        project = int(re.search(r"/project/(\d+)", headers["location"]).group(1))
        load = os.getloadavg()[0]
        docs, wall, cpu = upload_all(server, project, sources, args.corpus, args.format, args.concurrency)
        result["import"] = {"wall_s": wall, "cpu_s": cpu, "documents": len(docs), "vm_hwm_kb": vm_hwm_kb(server.proc.pid),
                            "load_average_1min": [load, os.getloadavg()[0]]}
        print(f"taguette import ({args.format}): {len(docs)} documents in {wall:.1f} s", file=sys.stderr)
        if not args.import_only:
            start = time.perf_counter()
            create_highlights(server, project, plan, docs, args.corpus)
            result["highlights_create"] = {"wall_s": time.perf_counter() - start, "highlights": len(
                [c for c in plan["codings"] if c["source"] in docs])}
            print(f"taguette highlights: {result['highlights_create']}", file=sys.stderr)
        result["phase_a_vm_hwm_kb"] = vm_hwm_kb(server.proc.pid)
    finally:
        server.stop()
    if not args.import_only:
        result |= measure_phase_b(args, db, project, plan, docs)
    write_result(args, result)


def stored_documents(db, sources):
    """(project id, {file: document id}) of the last project in an earlier run's database."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        project = con.execute("SELECT max(id) FROM projects").fetchone()[0]
        by_name = dict(con.execute("SELECT name, id FROM documents WHERE project_id = ?", (project,)).fetchall())
    finally:
        con.close()
    return project, {s["file"]: by_name[s["name"]] for s in sources if s["name"] in by_name}


def measure_phase_b(args, db, project, plan, docs):
    """The queries, on a server started afresh on the database; with the load average around them."""
    server = Server(args.taguette, db, args.port, os.path.join(args.work, "taguette-b.log"))
    try:
        load = os.getloadavg()[0]
        r = measure(server, db, project, plan, docs, args.runs, args.code)
        r["phase_b_vm_hwm_kb"] = vm_hwm_kb(server.proc.pid)
        r["load_average_1min"] = [load, os.getloadavg()[0]]
        return r
    finally:
        server.stop()


def write_result(args, result):
    result["peak_kb"] = max(result.get("phase_a_vm_hwm_kb", 0), result.get("phase_b_vm_hwm_kb", 0))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as fp:
        json.dump(result, fp, indent=1)
    print(json.dumps({k: v for k, v in result.items() if k != "command"}, indent=1))


if __name__ == "__main__":
    main()
