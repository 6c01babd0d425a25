#!/usr/bin/env python3
"""Reference figures for the demo interviews' coder agreement (InterviewDemoAgreementTests).

Independent of the Swift code: reads the bundled transcripts and codings straight from
Sources/VoelsprietQDA/Resources/demo, locates each phrase with Python's str.find (offsets in
code points = Unicode scalars; the transcripts are already LF-only without a BOM, so the text
TranscriptReader stores is the file text), builds the coded / not-coded rating of every
(code, character) unit per coder with numpy, and computes percent agreement and Cohen's kappa
from the 2x2 table.

Codes compared: every code path either coder used in the shared transcripts, sorted. Units:
the characters of the three shared transcripts, once per code (pooled, as CoderAgreement does).

Regenerate (from the repository root):
    python3 Tests/VoelsprietQDATests/Fixtures/Demo/make_agreement_reference.py
"""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, '..', '..', '..', '..', 'Sources', 'VoelsprietQDA', 'Resources', 'demo')
SHARED = ['interview-prof1', 'interview-stud1', 'focusgroep-professionals']
CODERS = ['admin', 'demo-coder2']


def load(stem):
    with open(os.path.join(DEMO, 'transcripts', stem + '.txt'), encoding='utf-8') as f:
        text = f.read()
    with open(os.path.join(DEMO, 'codings', stem + '.json'), encoding='utf-8') as f:
        codings = json.load(f)
    return text, codings


def ratings(text, codings, code, coder):
    r = np.zeros(len(text), dtype=bool)
    for c in codings:
        if c['coder'] == coder and c['code'] == code:
            start = text.find(c['phrase'])
            assert start >= 0 and text.find(c['phrase'], start + 1) < 0, c['phrase']
            r[start:start + len(c['phrase'])] = True
    return r


def figures(a, b):
    both = int(np.sum(a & b)); only_a = int(np.sum(a & ~b)); only_b = int(np.sum(~a & b))
    neither = int(np.sum(~a & ~b)); n = a.size
    po = (both + neither) / n
    pa, pb = (both + only_a) / n, (both + only_b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return {'both': both, 'only_first': only_a, 'only_second': only_b, 'neither': neither,
            'percent': 100 * po, 'kappa': (po - pe) / (1 - pe)}


def main():
    data = {stem: load(stem) for stem in SHARED}
    codes = sorted({tuple(c['code']) for _, cs in data.values() for c in cs})
    first, second = [], []
    per_source = {}
    for stem, (text, cs) in data.items():
        a = np.concatenate([ratings(text, cs, list(code), CODERS[0]) for code in codes])
        b = np.concatenate([ratings(text, cs, list(code), CODERS[1]) for code in codes])
        per_source[stem + '.txt'] = figures(a, b)
        first.append(a); second.append(b)
    out = {'coders': CODERS, 'codes': [list(c) for c in codes], 'sources': [s + '.txt' for s in SHARED],
           'per_source': per_source, 'pooled': figures(np.concatenate(first), np.concatenate(second))}
    with open(os.path.join(HERE, 'agreement_reference.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(json.dumps(out['pooled']))


if __name__ == '__main__':
    main()
