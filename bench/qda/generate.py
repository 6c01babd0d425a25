#!/usr/bin/env python3
"""Generates the QDA benchmark corpus (issue 10): invented Dutch interview transcripts, a search
phrase in a known number of them, and a coding plan, as .txt files and as a REFI-QDA .qdpx.

Deterministic: the same --seed (and sizes) give byte-identical files. Python stdlib only, plus
`xmllint` (apt-get install -y libxml2-utils) to validate project.qde against the REFI-QDA schema.

Writes into OUT (default bench/out/qda-corpus):
  txt/transcript-NNNN.txt  the transcripts (UTF-8, no BOM, LF), ~50 KB each
  project.qde              REFI-QDA project XML (validated with xmllint --schema)
  corpus.qdpx              zip of project.qde + Sources/<guid>.txt (for `voelspriet qda import`)
  plan.json                what is in the corpus (written last; its presence means complete):
    phrase, phrase_sources (how many transcripts contain it), phrase_occurrences, phrase_files;
    coder {guid, name}; codes [{path, name, guid, parent_path, color, codings}];
    sources [{file, name, guid, chars, bytes}];
    codings [{source (file, relative to OUT), code (path), start, end, text, selection_guid,
              coding_guid}] with start/end half-open in Unicode code points over the file's text.

Usage: generate.py [OUT] [--sources 2000] [--chars 50000] [--doel 10000] [--phrase-sources 150]
                   [--seed 10] [--schema XSD]
"""
import argparse
import json
import os
import random
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qdpx  # noqa: E402
import transcript  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
# (path, parent path, colour, share of --doel): "Bench/Doel" has --doel codings, the others fewer.
CODES = [
    ("Bench", None, "#607D8B", 0.0),
    ("Bench/Doel", "Bench", "#E53935", 1.0),
    ("Bench/Steun", "Bench", "#43A047", 0.2),
    ("Bench/Drempel", "Bench", "#1E88E5", 0.05),
    ("Bench/Ervaring", "Bench", "#FDD835", 0.01),
    ("Overig", None, "#8E24AA", 0.002),
]


def guid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def write_sources(out, args, rng_plan, ids):
    """Writes the transcripts; returns (sources, sentences per file, phrase count per file)."""
    os.makedirs(os.path.join(out, "txt"), exist_ok=True)
    phrase_files = rng_plan.sample(range(1, args.sources + 1), min(args.phrase_sources, args.sources))
    phrase_count = {n: rng_plan.choice((1, 1, 2, 3)) for n in phrase_files}
    sources, sentences = [], {}
    for n in range(1, args.sources + 1):
        target = int(args.chars * rng_plan.uniform(0.9, 1.1))
        text, sent = transcript.make_transcript(n, args.seed, target, phrase_count.get(n, 0))
        name = f"transcript-{n:04d}"
        rel = f"txt/{name}.txt"
        data = text.encode("utf-8")
        with open(os.path.join(out, rel), "wb") as fp:
            fp.write(data)
        sources.append({"file": rel, "name": name, "guid": guid(ids), "chars": len(text), "bytes": len(data)})
        sentences[rel] = (text, sent)
    return sources, sentences, {f"txt/transcript-{n:04d}.txt": c for n, c in phrase_count.items()}


def plan_codings(args, rng_plan, ids, sources, sentences):
    """Spreads each code's codings over random sources, one respondent sentence per coding
    (distinct sentences within one code)."""
    codings = []
    for path, _, _, share in CODES:
        total = round(args.doel * share)
        per_source = {}
        for _ in range(total):
            f = sources[rng_plan.randrange(len(sources))]["file"]
            per_source[f] = per_source.get(f, 0) + 1
        for f in sorted(per_source):
            text, sent = sentences[f]
            for start, end in sorted(rng_plan.sample(sent, min(per_source[f], len(sent)))):
                codings.append({"source": f, "code": path, "start": start, "end": end,
                                "text": text[start:end], "selection_guid": guid(ids), "coding_guid": guid(ids)})
    return codings


def check(plan, sentences):
    """Recounts the phrase (case-insensitively) and re-reads every coding's text."""
    phrase = plan["phrase"].lower()
    found = {f: text.lower().count(phrase) for f, (text, _) in sentences.items()}
    found = {f: c for f, c in found.items() if c}
    if found != plan["phrase_per_file"]:
        sys.exit("phrase count mismatch: the vocabulary produced the phrase by chance")
    for c in plan["codings"]:
        if sentences[c["source"]][0][c["start"]:c["end"]] != c["text"]:
            sys.exit(f"coding text mismatch in {c['source']} at {c['start']}")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out", nargs="?", default=os.path.join(REPO, "bench", "out", "qda-corpus"))
    p.add_argument("--sources", type=int, default=2000)
    p.add_argument("--chars", type=int, default=50000, help="mean transcript length in code points")
    p.add_argument("--doel", type=int, default=10000, help="codings of Bench/Doel")
    p.add_argument("--phrase-sources", type=int, default=150)
    p.add_argument("--seed", type=int, default=10)
    p.add_argument("--schema", default=os.path.join(REPO, "..", "shared", "refi-qda", "schema", "Project-mrt2019.xsd"))
    args = p.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    if os.path.exists(os.path.join(out, "plan.json")):
        os.remove(os.path.join(out, "plan.json"))
    rng_plan, ids = random.Random(f"{args.seed}:plan"), random.Random(f"{args.seed}:guids")
    coder = {"guid": guid(ids), "name": "Bench-codeur"}
    codes = [{"path": path, "name": path.rsplit("/", 1)[-1], "guid": guid(ids), "parent_path": parent,
              "color": color, "codings": 0} for path, parent, color, _ in CODES]
    sources, sentences, phrase_per_file = write_sources(out, args, rng_plan, ids)
    codings = plan_codings(args, rng_plan, ids, sources, sentences)
    for code in codes:
        code["codings"] = sum(1 for c in codings if c["code"] == code["path"])
    plan = {"seed": args.seed, "phrase": transcript.SEARCH_PHRASE,
            "phrase_sources": len(phrase_per_file), "phrase_occurrences": sum(phrase_per_file.values()),
            "phrase_per_file": dict(sorted(phrase_per_file.items())),
            "coder": coder, "codes": codes, "sources": sources, "codings": codings}
    check(plan, sentences)
    qdpx.write_qdpx(out, plan, args.schema)
    with open(os.path.join(out, "plan.json.part"), "w", encoding="utf-8") as fp:
        json.dump(plan, fp, ensure_ascii=False, indent=0)
    os.replace(os.path.join(out, "plan.json.part"), os.path.join(out, "plan.json"))
    total = sum(s["bytes"] for s in sources)
    print(f"{out}: {len(sources)} transcripts, {total / 1e6:.1f} MB, {len(codings)} codings "
          f"({', '.join(c['path'] + ' ' + str(c['codings']) for c in codes)}); phrase "
          f"\"{plan['phrase']}\" in {plan['phrase_sources']} sources ({plan['phrase_occurrences']} times)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
