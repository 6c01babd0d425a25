"""Pseudonymisation fixtures: an invented interview with names, places and organisations, the
researcher's term list, and the expected result computed here with unicodedata (NFD, marks
dropped, casefold) and re, independently of the Swift matcher."""
import re
import unicodedata

from make_fixtures_common import speaker_turns, write, write_json

TRANSCRIPT = (
    "Interviewer: Welkom. Je werkte toch bij Veilig Thuis Noord in Zwolle?\n"
    "José: Ja, samen met Jan de Vries en later met Jan.\n"
    "Daar zat ook Sanne. Jan\n"
    "de Vries was mijn begeleider in ZWOLLE-Zuid.\n"
    "Jose: Bij de Jansen-stichting? Nee, bij Stichting Zonnehuis in Apeldoorn.\n"
    "Sanne: Ik kwam uit Deventer; jan de  vries kende ik niet. Janneke wel, en Sanne2 ook.\n"
    "Interviewer: En in A\u0301peldoorn zelf?\n"
)

TERMS = """# namen, plaatsen en organisaties (verzonnen)
naam: Jan de Vries
Jan
José
Sanne
plaats: Zwolle
Plaats: Apeldoorn
place: Deventer
organisatie: Veilig Thuis Noord
organisation: Stichting Zonnehuis
plaats: Groningen
"""

KINDS = {"naam": "name", "name": "name", "plaats": "place", "place": "place",
         "organisatie": "organisation", "organisation": "organisation"}
STEMS = {"name": "NAAM", "place": "PLAATS", "organisation": "ORGANISATIE"}


def parse_terms(text):
    terms, seen = [], set()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kind = "name"
        head, sep, rest = line.partition(":")
        if sep and head.strip().lower() in KINDS:
            kind, line = KINDS[head.strip().lower()], rest.strip()
        key = " ".join("".join(fold(line)[0]).split())
        if key and key not in seen:
            seen.add(key)
            terms.append((line, kind, key))
    return terms


def fold(text):
    chars, origin = [], []
    for i, ch in enumerate(text):
        kept = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.category(c).startswith("M"))
        for c in kept.casefold():
            chars.append(c)
            origin.append(i)
    return chars, origin


def is_word(c):
    return unicodedata.category(c)[0] in "LN"


def matches(text, terms):
    chars, origin = fold(text)
    folded = "".join(chars)
    covered = [False] * len(chars)
    found = []
    order = sorted(range(len(terms)), key=lambda k: (-len(terms[k][2]), k))
    for k in order:
        key = terms[k][2]
        rx = re.compile("".join(r"\s+" if c == " " else re.escape(c) for c in key))
        for start in range(len(chars)):
            m = rx.match(folded, start)
            if not m or any(covered[start:m.end()]):
                continue
            end = m.end()
            if start > 0 and (origin[start - 1] == origin[start] or (is_word(key[0]) and is_word(folded[start - 1]))):
                continue
            if end < len(chars) and (origin[end - 1] == origin[end] or (is_word(key[-1]) and is_word(folded[end]))):
                continue
            for j in range(start, end):
                covered[j] = True
            found.append((origin[start], origin[end] if end < len(chars) else len(text), k))
    return sorted(found)


def pseudonymise(text, terms, assigned, numbers, counts=None):
    out, last = [], 0
    for start, end, k in matches(text, terms):
        key, kind = terms[k][2], terms[k][1]
        if key not in assigned:
            numbers[kind] = numbers.get(kind, 0) + 1
            assigned[key] = f"[{STEMS[kind]}{numbers[kind]}]"
        out.append(text[last:start] + assigned[key])
        if counts is not None:
            counts[assigned[key]] = counts.get(assigned[key], 0) + 1
        last = end
    return "".join(out) + text[last:]


def write_pseudonym_fixtures():
    write("pseudonym/interview.txt", TRANSCRIPT.encode())
    write("pseudonym/terms.txt", TERMS.encode())
    terms = parse_terms(TERMS)
    assigned, numbers, counts = {}, {}, {}
    new_text = pseudonymise(TRANSCRIPT, terms, assigned, numbers, counts)
    turns = []
    for t in speaker_turns(TRANSCRIPT):
        turns.append({"speaker": pseudonymise(t["speaker"], terms, assigned, numbers),
                      "text": pseudonymise(t["text"], terms, assigned, numbers)})
    write_json("pseudonym/expected.json", {
        "terms": [{"text": t, "kind": k, "key": key} for t, k, key in terms],
        "text": new_text,
        "turns": turns,
        "assignments": assigned,
        "counts": counts,
    })
