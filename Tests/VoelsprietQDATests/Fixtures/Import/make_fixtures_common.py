"""Helpers shared by the fixture scripts: file writing and an independent implementation of the
speaker-label rule (regular expressions; the Swift side scans by hand)."""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

PARTICLES = {"de", "der", "den", "van", "het", "ten", "ter", "te", "in", "'t", "\u2019t", "von", "la", "le",
             "du", "da", "di", "del", "dos", "das", "y", "bin", "al", "el"}

# Optional bold, 1..48 characters up to the first colon, optional closing bold, then whitespace
# or the end of the line.
LABEL = re.compile(r"^([ \t]*)(\*\*|__)?([^:]{1,48}?)(\*\*|__)?:(\*\*|__)?(?=[ \t\u00a0]|$)")


def word_char(ch):
    return unicodedata.category(ch)[0] in "LNM" or ch in ".-'\u2019()"


def label_of(line):
    """(speaker, length of the label through the colon) or None."""
    m = LABEL.match(line)
    if not m:
        return None
    opening, closing_before, closing_after = m.group(2), m.group(4), m.group(5)
    if (closing_before or closing_after) and not opening:
        return None
    if opening and closing_after and closing_after != opening:
        return None
    if closing_before and closing_after:
        return None
    words = m.group(3).split()
    if not 1 <= len(words) <= 4 or m.group(3) != m.group(3).lstrip():
        return None
    for n, w in enumerate(words):
        if not all(word_char(c) for c in w):
            return None
        first = w[0]
        if n == 0 and not first.isupper():
            return None
        if n > 0 and not (first.isupper() or unicodedata.category(first)[0] == "N" or w.lower() in PARTICLES):
            return None
    return " ".join(words), m.end()


def speaker_turns(text):
    """[{speaker, start, end, text}] with Unicode-scalar offsets (Python str indices are code points)."""
    turns, current, last_end, offset = [], None, 0, 0
    for line in text.split("\n"):
        end = offset + len(line)
        label = label_of(line)
        if label:
            if current:
                turns.append((current[0], current[1], last_end))
            current, last_end = (label[0], offset), end
        elif current and line.strip(" \t\u00a0\u3000\f\v"):
            last_end = end
        offset = end + 1
    if current:
        turns.append((current[0], current[1], last_end))
    return [{"speaker": s, "start": a, "end": b, "text": text[a:b]} for s, a, b in turns]


def write(rel, data):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def write_json(rel, obj):
    write(rel, (json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode())
