#!/usr/bin/env python3
"""Fixtures for the transcript-import tests (VoelsprietQDA/Import), with reference values.

Every text is invented for the tests. Run from anywhere:

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install python-docx webvtt-py srt markdown-it-py
    /tmp/venv/bin/python make_fixtures.py            # add --libreoffice to (re)make the LibreOffice .docx

References: Python's codecs (encodings, first invalid UTF-8 byte), python-docx (paragraph texts),
lxml (tracked changes), expat (XML error line), webvtt-py and srt (cues), markdown-it-py (Markdown
plain text), unicodedata + re (pseudonymisation). The speaker-label rule is re-implemented here
independently (regular expressions instead of the Swift scanner).
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_fixtures_docs import write_docx_fixtures  # noqa: E402
from make_fixtures_pseudo import write_pseudonym_fixtures  # noqa: E402
from make_fixtures_common import speaker_turns, write, write_json  # noqa: E402


# ---------------------------------------------------------------------------------------------
# Plain text in every encoding and line ending

INTERVIEW = (
    "Oefeninterview 7 (verzonnen tekst)\n"
    "\n"
    "Interviewer: Fijn dat je mee wilde doen. Hoe kijk je terug op je opleiding?\n"
    "Prof8: Eerlijk gezegd met gemengde gevoelens.\n"
    "Ik had het idee dat ik mijn eigen verhaal moest wegstoppen, café of niet.\n"
    "\n"
    "Interviewer: Kun je daar een voorbeeld van geven?\n"
    "Prof8: Tijdens een stage, één keer, zei ik: nee.\n"
    "10:30 begonnen we met de intake.\n"
    "https://example.org/info gaf de achtergrond.\n"
    "Toen zei ik: dit doe ik niet meer.\n"
    "Deelnemer 3: Dat herken ik wel, zeker in het begin.\n"
    "**Stud6:** Bij mij was het anders.\n"
    "I: Dank je wel.\n"
)

# Windows-1252: the euro sign, typographic quotes, dashes, ellipsis, Š/š/Ž/ž/Ÿ/Œ — and every
# defined byte of 0x80–0x9F in one line.
CP1252_DEFINED = bytes(b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
CP1252_BYTES = (
    "Interviewer: Wat kostte het? \u20ac 25, \u2018enkel\u2019 en \u201cdubbel\u201d \u2013 of \u2014 toch\u2026\r\n"
    "R: \u0160imon en \u017dofia, \u0152uvre, \u0178vonne, een caf\u00e9.\r\n"
).encode("cp1252") + b"Alle tekens: " + CP1252_DEFINED + b"\r\n"


def text_fixtures():
    lf = INTERVIEW.encode("utf-8")
    files = {
        "utf8-lf.txt": (lf, None, "utf-8"),
        "utf8-crlf.txt": (INTERVIEW.replace("\n", "\r\n").encode("utf-8"), None, "utf-8"),
        "utf8-cr.txt": (INTERVIEW.replace("\n", "\r").encode("utf-8"), None, "utf-8"),
        "utf8-bom-crlf.txt": (b"\xef\xbb\xbf" + INTERVIEW.replace("\n", "\r\n").encode("utf-8"), None, "utf-8-sig"),
        "utf16le-bom.txt": (INTERVIEW.replace("\n", "\r\n").encode("utf-16"), None, "utf-16"),
        "utf16be-bom.txt": (b"\xfe\xff" + INTERVIEW.encode("utf-16-be"), None, "utf-16"),
        "utf16le-nobom.txt": (INTERVIEW.encode("utf-16-le"), "utf-16", "utf-16-le"),
        "utf16be-nobom.txt": (INTERVIEW.encode("utf-16-be"), "utf-16", "utf-16-be"),
        "windows1252.txt": (CP1252_BYTES, "windows-1252", "cp1252"),
        "latin1.txt": (INTERVIEW.encode("latin-1"), "latin1", "latin-1"),
    }
    expected = {}
    for name, (data, declared, codec) in files.items():
        write(f"text/{name}", data)
        text = data.decode(codec)
        if text.startswith("\ufeff"):
            text = text[1:]
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        expected[name] = {"encoding": declared, "text": text, "turns": speaker_turns(text)}

    # Errors: invalid UTF-8, NUL bytes, an undefined Windows-1252 byte.
    bad = "Interviewer: Hallo\r\nProf8: Het caf".encode() + b"\xe9" + b" was dicht\n"
    write("text/invalid-utf8.txt", bad)
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        start = e.start
    line_start = bad.rfind(b"\n", 0, start) + 1
    errors = {
        "invalid-utf8.txt": {"encoding": None, "kind": "invalidEncoding", "line": bad[:start].count(b"\n") + 1,
                             "column": start - line_start + 1, "byteOffset": start},
    }
    binary = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    write("text/binary.txt", binary)
    for name, data in [("binary.txt", binary), ("utf16le-nobom.txt", files["utf16le-nobom.txt"][0])]:
        nul = data.index(b"\x00")
        line = len(re.findall(rb"\r\n|\r|\n", data[:nul])) + 1
        errors[name] = {"encoding": None, "kind": "binaryContent", "line": line, "byteOffset": nul}
    undefined = b"R: goed\nI: prijs \x81 euro\n"
    write("text/cp1252-undefined.txt", undefined)
    try:
        undefined.decode("cp1252")
    except UnicodeDecodeError as e:
        errors["cp1252-undefined.txt"] = {"encoding": "windows-1252", "kind": "invalidEncoding", "line": 2,
                                          "column": e.start - undefined.rfind(b"\n", 0, e.start), "byteOffset": e.start}
    write("text/empty.txt", b"\xef\xbb\xbf \r\n\r\n")
    errors["empty.txt"] = {"encoding": None, "kind": "empty"}
    write_json("text/expected.json", {"ok": expected, "errors": errors})

    # The UTF-8 validator against Python's decoder on small byte strings.
    cases = ["61e282ac62", "c0af", "e080af", "eda080", "f4908080", "f09f9880", "e282", "61ff", "c3a9c3",
             "7a80", "efbbbf41", "f0908080", "f3bfbfbf", "e0a080", "c2"]
    out = []
    for h in cases:
        b = bytes.fromhex(h)
        try:
            b.decode("utf-8")
            out.append({"hex": h, "firstInvalid": None})
        except UnicodeDecodeError as e:
            out.append({"hex": h, "firstInvalid": e.start})
    write_json("text/utf8-validation.json", out)


# ---------------------------------------------------------------------------------------------
# WebVTT and SRT

def vtt_fixtures():
    import webvtt

    crlf_source = read_text("cues/focusgroep.vtt").replace("\n", "\r\n")
    write("cues/focusgroep-crlf-bom.vtt", b"\xef\xbb\xbf" + crlf_source.encode())
    expected = {}
    for name in ["focusgroep.vtt", "focusgroep-crlf-bom.vtt"]:
        captions = webvtt.read(os.path.join(HERE, "cues", name))
        cues = []
        for c in captions:
            text = clean_cue(" ".join(c.text.split("\n")))
            speaker = c.voice.strip() if c.voice else None
            if speaker is None:
                speaker, text = split_label(text)
            if text:
                cues.append({"start": c.start_time.in_milliseconds() / 1000,
                             "end": c.end_time.in_milliseconds() / 1000,
                             "speaker": speaker, "text": text})
        expected[name] = cues
    bad = read_text("cues/bad-timestamp.vtt")
    expected_bad = {"line": 1 + bad.split("\n").index(next(l for l in bad.split("\n") if "0x" in l))}
    write_json("cues/expected-vtt.json", {"ok": expected, "badTimestampLine": expected_bad["line"]})


def srt_fixtures():
    import srt

    source = read_text("cues/interview.srt")
    # Tolerant variant: BOM, CRLF, no cue numbers, extra blank lines, "." as the separator.
    tolerant = re.sub(r"(?m)^\d+\n(?=\d\d:)", "", source).replace("\n\n", "\n\n\n")
    tolerant = tolerant.replace("00:00:03,200 -->", "00:00:03.200 -->")
    write("cues/interview-tolerant.srt", b"\xef\xbb\xbf" + tolerant.replace("\n", "\r\n").encode())
    expected = {}
    for name in ["interview.srt", "interview-tolerant.srt"]:
        text = open(os.path.join(HERE, "cues", name), encoding="utf-8-sig").read()
        cues = []
        for s in srt.parse(text):
            body = re.sub(r"\{\\[^}]*\}", "", s.content)
            speaker, body = split_label(clean_cue(" ".join(l for l in body.split("\n") if l.strip())))
            cues.append({"start": s.start.total_seconds(), "end": s.end.total_seconds(), "speaker": speaker, "text": body})
        expected[name] = cues
    bad = read_text("cues/bad-timestamp.srt")
    try:
        list(srt.parse(bad))
        raise SystemExit("srt accepted bad-timestamp.srt")
    except srt.SRTParseError:
        pass
    bad_line = 1 + bad.split("\n").index(next(l for l in bad.split("\n") if "0x" in l))
    write_json("cues/expected-srt.json", {"ok": expected, "badTimestampLine": bad_line})


def clean_cue(s):
    """Tags removed, then character references decoded, spaces collapsed (the WebVTT rules)."""
    s = re.sub(r"<[^>]*>", "", s)
    s = html.unescape(s)
    return re.sub(r"[ \t]+", " ", s).strip(" \t")


def split_label(text):
    from make_fixtures_common import label_of
    label = label_of(text)
    if label is None:
        return None, text
    return label[0], text[label[1]:].strip(" \t")


def read_text(rel):
    with open(os.path.join(HERE, rel), encoding="utf-8", newline="") as f:
        return f.read()


# ---------------------------------------------------------------------------------------------
# Markdown, referenced by markdown-it-py's token stream

def markdown_fixtures():
    from markdown_it import MarkdownIt

    source = read_text("markdown/interview.md")
    lines = source.split("\n")
    md = MarkdownIt("commonmark").enable("strikethrough")
    tokens = md.parse(source)
    out = {i: "" for i in range(len(lines))}
    dropped = set()
    bullet_depth = []
    for i, t in enumerate(tokens):
        if t.type == "bullet_list_open":
            bullet_depth.append(True)
        elif t.type == "ordered_list_open":
            bullet_depth.append(False)
        elif t.type in ("bullet_list_close", "ordered_list_close"):
            bullet_depth.pop()
        elif t.type == "fence":
            s, e = t.map
            dropped.update({s, e - 1})
            for k, content in enumerate(t.content.rstrip("\n").split("\n")):
                out[s + 1 + k] = content
        elif t.type == "inline":
            s, _ = t.map
            rendered = render_inline(t.children).split("\n")
            in_item = tokens[i - 2].type == "list_item_open" if i >= 2 else False
            for k, part in enumerate(rendered):
                prefix = ""
                if k == 0 and in_item:
                    item = tokens[i - 2]
                    prefix = "- " if bullet_depth[-1] else item.info + item.markup + " "
                out[s + k] = prefix + part
    plain = "\n".join(out[i] for i in range(len(lines)) if i not in dropped)
    write_json("markdown/expected.json", {"text": plain, "turns": speaker_turns(plain)})


def render_inline(children):
    out = []
    for c in children:
        if c.type in ("text", "code_inline", "html_inline"):
            out.append(c.content)
        elif c.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif c.type == "image":
            out.append(render_inline(c.children))
    return "".join(out)


if __name__ == "__main__":
    text_fixtures()
    vtt_fixtures()
    srt_fixtures()
    markdown_fixtures()
    write_docx_fixtures(libreoffice="--libreoffice" in sys.argv)
    write_pseudonym_fixtures()
    print("fixtures written")
