"""One invented interview transcript: speaker turns and the positions of its sentences.

A transcript is a header line, then alternating turns "Interviewer: ..." and "Respondent: ...",
each one paragraph, separated by a blank line ("\n\n"). Positions are half-open ranges in
Unicode code points (Python `str` indices) over the text exactly as written to the .txt file
(UTF-8, no BOM, LF line ends), which is how REFI-QDA counts `startPosition`/`endPosition`.
"""
import random

import words

SEARCH_PHRASE = "de blauwe reiger bij het gemaal"
PHRASE_SENTENCES = [
    "Ik moest toen ineens denken aan de blauwe reiger bij het gemaal, die daar elke ochtend stond.",
    "Mijn opa wees me vroeger op de blauwe reiger bij het gemaal.",
    "Dat beeld van de blauwe reiger bij het gemaal is me altijd bijgebleven.",
]


def _obj(rng):
    article, noun = rng.choice(words.NOUNS)
    if rng.random() < 0.45:
        return f"{article} {rng.choice(words.ADJECTIVES)} {noun}"
    return f"{article} {noun}"


def _verb(rng, person):
    forms = rng.choice(words.VERBS)
    return forms[{"1": 0, "3": 1, "P": 2}[person]]


def _clause(rng):
    """A main clause with verb second: "de cliënt merkt soms de spanning thuis"."""
    subject, person = rng.choice(words.SUBJECTS)
    parts = [subject, _verb(rng, person)]
    if rng.random() < 0.5:
        parts.append(rng.choice(words.ADVERBS))
    parts.append(_obj(rng))
    if rng.random() < 0.5:
        parts.append(rng.choice(words.PLACES))
    return " ".join(parts)


def _cap(text):
    return text[:1].upper() + text[1:]


def respondent_sentence(rng):
    """One sentence of a respondent, in one of several shapes."""
    shape = rng.randrange(10)
    if shape <= 2:
        return _cap(_clause(rng)) + "."
    if shape == 3:
        subject, person = rng.choice(words.SUBJECTS)
        return f"{rng.choice(words.OPENERS)} {_verb(rng, person)} {subject} {_obj(rng)} {rng.choice(words.PLACES)}."
    if shape == 4:
        subject, person = rng.choice(words.SUBJECTS)
        return f"{rng.choice(words.THINKING)} {subject} {_obj(rng)} {_verb(rng, person)}."
    if shape == 5:
        return f"{rng.choice(words.EVALUATIONS)}, {rng.choice(words.CONNECTORS)} {_clause(rng)}."
    if shape == 6:
        subject, _ = rng.choice(words.SUBJECTS[3:])
        return f"Toen zei {subject}: “{_cap(_clause(rng))}.”"
    if shape == 7:
        return rng.choice(words.FILLERS)
    if shape == 8:
        return f"{_cap(_clause(rng))} – {rng.choice(words.ADVERBS)} {rng.choice(words.PLACES)}."
    return f"{_cap(_clause(rng))}, {rng.choice(words.CONNECTORS)} {_clause(rng)}."


def question(rng):
    return rng.choice(words.QUESTIONS).format(obj=_obj(rng), place=rng.choice(words.PLACES))


def make_transcript(number, seed, target_chars, phrase_count):
    """Returns (text, sentences): sentences are (start, end) of every respondent sentence that
    is not a filler, in code points, in order. `phrase_count` respondent sentences (0–3) are
    replaced by sentences containing SEARCH_PHRASE once each."""
    rng = random.Random(f"{seed}:transcript:{number}")
    pieces = [f"Transcript {number:04d} – verzonnen interview voor de benchmark\n\n"]
    length = len(pieces[0])
    sentences = []
    phrase_turns = set(rng.sample(range(2, 30), phrase_count)) if phrase_count else set()
    turn = placed = 0
    while length < target_chars or placed < phrase_count:
        q = "Interviewer: " + " ".join(question(rng) for _ in range(rng.choice((1, 1, 2)))) + "\n\n"
        pieces.append(q)
        length += len(q)
        pieces.append("Respondent: ")
        length += len("Respondent: ")
        count = rng.randint(2, 12)
        for i in range(count):
            if turn in phrase_turns and i == count // 2:
                s = rng.choice(PHRASE_SENTENCES)
                placed += 1
            else:
                s = respondent_sentence(rng)
            if i:
                pieces.append(" ")
                length += 1
            if s not in words.FILLERS and len(s) >= 25:
                sentences.append((length, length + len(s)))
            pieces.append(s)
            length += len(s)
        pieces.append("\n\n")
        length += 2
        turn += 1
    return "".join(pieces), sentences
