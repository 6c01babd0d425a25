#!/usr/bin/env python3
"""A stand-in for the Voelspriet coding page and its JSON routes, for testing coding.js.

Serves one transcript page that follows the page contract of the real server (ids, data
attributes, the application/json data block, server-rendered <mark> spans and turn markers for
the no-JavaScript view, a side list with delete forms), with a generated, clearly invented
Dutch-ish interview of about 20,000 words and 1,000 codings over 40 codes; serves coding.js,
coding.css and app.css from the assets folder; answers the coding routes in memory with the same
JSON as the real routes; sends the real Content-Security-Policy so CSP slips show up.

All positions exchanged are UTF-16 code units over the source text (the text contains emoji and
other characters outside the BMP before the stretches the test selects, so UTF-16 offsets differ
from code-point offsets).

    python3 tests/integration/coding_js/mock_server.py --port 8765
    # then open http://127.0.0.1:8765/
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import threading
import urllib.parse
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ASSETS = Path(__file__).resolve().parents[3] / "Sources" / "VoelsprietWeb" / "Shared" / "Assets"
SOURCE_ID = "7d1c0d9e-5a1b-4c2d-8e3f-000000000001"
BASE = f"/admin/studies/demo/interviews/sources/{SOURCE_ID}"
CSRF = "mock-csrf-token-7f3a"
ME = "c0de0000-0000-4000-8000-00000000000a"
OTHER = "c0de0000-0000-4000-8000-00000000000b"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'; connect-src 'self'")

# Stretches the test selects; never inside a generated coding, so each sits in one text node.
MARKERS = [
    "de blauwe fiets van tante Jopie stond altijd klaar",
    "toen begreep ik pas hoe zwaar dat gesprek was geweest",
    "een kop thee en een eerlijk antwoord helpen meer dan een protocol",
    "ik schreef het die avond op in mijn schrift met de groene kaft",
]
EMOJI_LINE = "Respondent: Eerlijk gezegd 😊 voelde dat goed 👍🏽, echt waar 𝄞 — zo zeg ik het maar."

WORDS = ("ik je we ze het de een dat dit die wat hoe waarom omdat maar ook nog wel niet echt soms vaak altijd nooit "
         "denk vind weet merk zie voel hoor zeg vraag probeer werk praat luister help begeleid herken deel "
         "cliënt collega team gesprek ervaring verhaal gevoel grens ruimte vertrouwen veiligheid thuis school "
         "opleiding stage leidinggevende organisatie moment situatie vraag antwoord keuze steun afstand nabijheid "
         "moeilijk mooi zwaar lastig belangrijk eerlijk open voorzichtig bewust kwetsbaar sterk rustig "
         "privé coöperatie reünie café idee naïef").split()
OPENERS = ["Nou,", "Kijk,", "Ja,", "Eigenlijk", "Weet je,", "Soms", "In het begin", "Later", "Op stage", "Met collega's"]
SPEAKERS = ["Interviewer", "Respondent"]

CODE_TREE = [
    ("Wenselijkheid", ["Voordelen", "Nadelen", "Twijfels", "Voorwaarden"]),
    ("Inzet van ervaring", ["Herkenning", "Taal en toon", "Grenzen stellen", "Zelfonthulling", "Timing"]),
    ("Organisatie", ["Leidinggevende", "Intervisie", "Cultuur", "Beleid", "Privé en werk"]),
    ("Opleiding", ["Stage", "Docenten", "Curriculum", "Reflectie", "Coöperatie met praktijk"]),
    ("Welzijn", ["Triggers", "Herstel", "Steun", "Zelfzorg", "Overbelasting"]),
    ("Cliëntcontact", ["Vertrouwen", "Nabijheid", "Afstand", "Rolverwarring"]),
    ("Houding", ["Openheid", "Voorzichtigheid", "Trots", "Schaamte", "Naïeve verwachtingen"]),
]
PALETTE = ["#f4c542", "#7fc8a9", "#f08a5d", "#8ab6f9", "#c39bd3", "#f7a1c4", "#a3d977", "#ffb870",
           "#6fd3d8", "#e6a57e", "#b5b8f0", "#d7e36b"]


def utf16_offsets(text: str) -> list[int]:
    """offsets[i] = UTF-16 length of text[:i] (text indexed by code point)."""
    out = [0]
    for ch in text:
        out.append(out[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return out


def make_text(rng: random.Random, words: int) -> str:
    """An invented interview as speaker turns, one per line with a blank line between turns."""
    lines, count, turn = [], 0, 0
    lines.append("Interviewer: Fijn dat je tijd hebt. Mag ik beginnen met wat praktische vragen? (A&B <test> \"ok\")")
    lines.append(EMOJI_LINE)
    marker_at = {3: 0, 40: 1, 150: 2, 300: 3}
    while count < words:
        turn += 1
        speaker = SPEAKERS[turn % 2]
        sentences = []
        for _ in range(rng.randint(1, 3) if speaker == "Interviewer" else rng.randint(2, 7)):
            n = rng.randint(6, 18)
            body = " ".join(rng.choice(WORDS) for _ in range(n))
            sentences.append(f"{rng.choice(OPENERS)} {body}{rng.choice(['.', '.', '.', '?', '!'])}")
        if turn in marker_at:
            sentences.insert(1, f"En {MARKERS[marker_at[turn]]} en verder.")
        line = f"{speaker}: " + " ".join(sentences)
        count += len(line.split())
        lines.append(line)
    return "\n\n".join(lines) + "\n"


def make_codes() -> list[dict]:
    codes, k = [], 0
    for parent, children in CODE_TREE:
        pid = str(uuid.UUID(int=0x1000 + k))
        codes.append({"id": pid, "name": parent, "path": parent, "colour": PALETTE[k % len(PALETTE)], "codable": False})
        k += 1
        for child in children:
            codes.append({"id": str(uuid.UUID(int=0x1000 + k)), "name": child, "path": f"{parent} › {child}",
                          "colour": PALETTE[k % len(PALETTE)], "codable": True})
            k += 1
    return codes


class Store:
    """The in-memory state of one transcript: text, codebook, codings, and a log of requests."""

    def __init__(self, words: int = 20000, n_codings: int = 1000, seed: int = 10):
        rng = random.Random(seed)
        self.text = make_text(rng, words)
        self.u16 = utf16_offsets(self.text)
        self.length16 = self.u16[-1]
        self.codes = make_codes()
        self.lock = threading.Lock()
        self.log: list[dict] = []
        self.fail_next = 0
        self.codings: dict[str, dict] = {}
        self.marker_spans16 = []
        for m in MARKERS:
            i = self.text.index(m)
            assert self.text.count(m) == 1, m
            self.marker_spans16.append((self.u16[i], self.u16[i + len(m)]))
        self.turns = []
        pos, seconds = 0, 0
        for line in self.text.split("\n"):
            if line.startswith("Respondent:") or line.startswith("Interviewer:"):
                seconds += 17 + len(line) // 20
                self.turns.append({"start": self.u16[pos], "time": f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}",
                                   "speaker": line.split(":")[0]})
            pos += len(line) + 1
        self._generate(rng, n_codings)

    def _generate(self, rng: random.Random, n: int) -> None:
        codable = [c for c in self.codes if c["codable"]]
        word_starts = [m.start() for m in re.finditer(r"\S+", self.text)]
        word_ends = [m.end() for m in re.finditer(r"\S+", self.text)]
        blocked = self.marker_spans16
        made = 0
        while made < n:
            w = rng.randrange(len(word_starts) - 80)
            length = rng.choice([2, 3, 5, 8, 12, 20, 35, 60])
            s16, e16 = self.u16[word_starts[w]], self.u16[word_ends[w + length - 1]]
            if any(s16 < b + 2 and e16 > a - 2 for a, b in blocked):
                continue
            own = made % 20 != 7
            cid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            self.codings[cid] = {"id": cid, "code": rng.choice(codable)["id"], "start": s16, "end": e16,
                                 "coder": ME if own else OTHER, "own": own,
                                 "memo": (f"Notitie {made}: opvallend <stuk> & zo" if made % 37 == 0 else None)}
            made += 1

    # -- the page ------------------------------------------------------------------------------

    def to_index(self, u16: int) -> int:
        """Code-point index of a UTF-16 offset (binary search; offsets inside a pair round down)."""
        lo, hi = 0, len(self.u16) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.u16[mid] <= u16:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def transcript_html(self) -> str:
        names = {c["id"]: c["path"] for c in self.codes}
        cuts = {0, len(self.text)}
        spans = []
        for c in self.codings.values():
            a, b = self.to_index(c["start"]), self.to_index(c["end"])
            spans.append((a, b, c["id"], names.get(c["code"], "?")))
            cuts.update((a, b))
        times = {self.to_index(t["start"]): t["time"] for t in self.turns}
        cuts.update(times)
        cuts = sorted(cuts)
        by_start = sorted(spans)
        out, active, k = [], [], 0
        for a, b in zip(cuts, cuts[1:]):
            while k < len(by_start) and by_start[k][0] <= a:
                active.append(by_start[k])
                k += 1
            active = [s for s in active if s[1] > a]
            if a in times:
                out.append(f'<span class="turn-time" data-time="{times[a]}"></span>')
            piece = html.escape(self.text[a:b])
            covering = [s for s in active if s[0] <= a and b <= s[1]]
            if covering:
                ids = " ".join(s[2] for s in covering)
                title = html.escape(", ".join(s[3] for s in covering))
                overlap = " overlap" if len(covering) > 1 else ""
                out.append(f'<mark class="coded{overlap}" data-codings="{ids}" title="{title}">{piece}</mark>')
            else:
                out.append(piece)
        return "".join(out)

    def page(self, readonly: bool = False, mismatch: bool = False) -> str:
        """The page; `readonly` as for a viewer (data-can-code empty), `mismatch` claims a text
        length one longer than the real one (as when a leading newline was eaten by the parser)."""
        data = {"codes": self.codes, "codings": list(self.codings.values()), "turns": self.turns,
                "length": self.length16 + (1 if mismatch else 0), "coders": {OTHER: "Cas (codeur B)"},
                "texts": {"apply": "Coderen", "filter": "Filter codes…", "undo": "Ongedaan maken",
                          "nothingToUndo": "Niets om ongedaan te maken.", "memo": "Memo", "delete": "Verwijderen",
                          "failed": "Dat lukte niet; er is niets veranderd.", "newCode": "Nieuwe code", "create": "Maken",
                          "save": "Opslaan"}}
        blob = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
        rows = []
        for c in sorted(self.codings.values(), key=lambda c: (c["start"], c["end"])):
            if not c["own"]:
                continue
            a, b = self.to_index(c["start"]), self.to_index(c["end"])
            rows.append(f'<li data-coding="{c["id"]}"><strong>{html.escape(self.code_path(c["code"]))}</strong> '
                        f'<span class="fragment">{html.escape(self.text[a:b][:160])}</span> '
                        f'<form method="post" action="{BASE}/codings/{c["id"]}/delete" class="inline">'
                        f'<input type="hidden" name="_csrf" value="{CSRF}"><button type="submit" class="link">Verwijderen</button></form></li>')
        return f"""<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Interview 12 (mock)</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/static/app.css"></head>
<body>
<header class="site"><span class="brand">Voelspriet (mock)</span></header>
<main id="main" tabindex="-1">
<h1>Interview 12 — verzonnen testtranscript</h1>
<p class="small js-only" id="coding-hint">Selecteer tekst en druk op c.</p>
<div id="coding-page" class="coding-layout" data-base="{BASE}" data-csrf="{CSRF}" data-lang="nl" data-can-code="{'' if readonly else '1'}">
<script type="application/json" id="coding-data">{blob}</script>
<pre id="transcript" class="transcript">
{self.transcript_html()}</pre>
<aside id="coding-side" class="coding-side">
  <h2>Uw coderingen</h2>
  <ul class="codings">{''.join(rows)}</ul>
</aside>
</div>
<form method="post" action="{BASE}/memo" id="source-memo"><input type="hidden" name="_csrf" value="{CSRF}">
<label for="source-memo-text">Memo bij dit transcript</label><textarea id="source-memo-text" name="memo" rows="3"></textarea>
<button type="submit">Opslaan</button></form>
</main>
<link rel="stylesheet" href="/static/coding.css">
<script src="/static/coding.js" defer></script>
</body></html>"""

    def code_path(self, code_id: str) -> str:
        return next((c["path"] for c in self.codes if c["id"] == code_id), "?")

    # -- the routes ----------------------------------------------------------------------------

    def handle_post(self, path: str, form: dict[str, list[str]]) -> tuple[int, dict]:
        one = lambda k: (form.get(k) or [""])[0]  # noqa: E731
        with self.lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                return 500, {"error": "Mock: de server weigerde dit verzoek."}
            if one("_csrf") != CSRF:
                return 403, {"error": "Ongeldig formuliertoken."}
            rest = path[len(BASE):]
            if rest == "/codings":
                return self.add(form.get("code", []), one("start"), one("end"), one("unit"))
            if rest == "/codings/restore":
                return self.restore(one("id"), one("code"), one("start"), one("end"), one("unit"), one("memo"))
            m = re.fullmatch(r"/codings/([0-9a-f-]{36})/(delete|memo)", rest)
            if m and m.group(2) == "delete":
                c = self.codings.get(m.group(1))
                if not c or not c["own"]:
                    return 404, {"error": "Codering niet gevonden."}
                del self.codings[m.group(1)]
                return 200, {"deleted": c}
            if m:
                c = self.codings.get(m.group(1))
                if not c or not c["own"]:
                    return 404, {"error": "Codering niet gevonden."}
                c["memo"] = one("memo") or None
                return 200, {"coding": {"id": c["id"], "memo": one("memo")}}
            if rest == "/codes":
                name = one("name").strip()
                if not name:
                    return 422, {"error": "Geef de code een naam."}
                code = {"id": str(uuid.uuid4()), "name": name, "path": name, "colour": "#9be3c9", "codable": True}
                self.codes.append(code)
                return 200, {"code": code}
        return 404, {"error": "Onbekend adres."}

    def _range(self, start: str, end: str, unit: str) -> tuple[int, int] | None:
        if unit != "utf16" or not start.isdigit() or not end.isdigit():
            return None
        s, e = int(start), int(end)
        return (s, e) if 0 <= s < e <= self.length16 else None

    def add(self, code_ids: list[str], start: str, end: str, unit: str) -> tuple[int, dict]:
        r = self._range(start, end, unit)
        known = {c["id"] for c in self.codes if c["codable"]}
        if not r or not code_ids or any(c not in known for c in code_ids):
            return 422, {"error": "Ongeldige codering."}
        made = []
        for code in code_ids:
            cid = str(uuid.uuid4())
            self.codings[cid] = {"id": cid, "code": code, "start": r[0], "end": r[1], "coder": ME, "own": True, "memo": None}
            made.append(self.codings[cid])
        return 200, {"codings": made}

    def restore(self, cid: str, code: str, start: str, end: str, unit: str, memo: str) -> tuple[int, dict]:
        r = self._range(start, end, unit)
        if not r or not re.fullmatch(r"[0-9a-f-]{36}", cid) or cid in self.codings:
            return 422, {"error": "Kan deze codering niet terugzetten."}
        self.codings[cid] = {"id": cid, "code": code, "start": r[0], "end": r[1], "coder": ME, "own": True, "memo": memo or None}
        return 200, {"codings": [self.codings[cid]]}


def make_handler(store: Store):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def send(self, status: int, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Content-Security-Policy", CSP)
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            parts = urllib.parse.urlsplit(self.path)
            path, query = parts.path, urllib.parse.parse_qs(parts.query)
            if path in ("/", BASE):
                page = store.page(readonly="readonly" in query, mismatch="mismatch" in query)
                self.send(200, page.encode(), "text/html; charset=utf-8")
            elif path.startswith("/static/") and (ASSETS / path[8:]).is_file() and path[8:] in ("coding.js", "coding.css", "app.css"):
                kind = "text/javascript" if path.endswith(".js") else "text/css"
                self.send(200, (ASSETS / path[8:]).read_bytes(), kind + "; charset=utf-8")
            elif path == "/__text":
                self.send(200, store.text.encode(), "text/plain; charset=utf-8")
            else:
                self.send(404, b"not found", "text/plain")

        def do_POST(self):
            path = urllib.parse.urlsplit(self.path).path
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode()
            form = urllib.parse.parse_qs(raw, keep_blank_values=True)
            entry = {"path": path, "form": form, "accept": self.headers.get("Accept", ""),
                     "ctype": self.headers.get("Content-Type", "")}
            if "application/json" not in entry["accept"] or "x-www-form-urlencoded" not in entry["ctype"]:
                status, answer = 400, {"error": "Verwacht een formulier en Accept: application/json."}
            else:
                status, answer = store.handle_post(path, form)
            entry["status"] = status
            with store.lock:
                store.log.append(entry)
            self.send(status, json.dumps(answer, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    return Handler


def serve(store: Store, port: int = 0) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(store))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--words", type=int, default=20000)
    p.add_argument("--codings", type=int, default=1000)
    a = p.parse_args()
    s = Store(a.words, a.codings)
    srv = serve(s, a.port)
    print(f"http://127.0.0.1:{srv.server_address[1]}/  ({len(s.text.split())} words, {len(s.codings)} codings)")
    threading.Event().wait()
