#!/usr/bin/env python3
"""Benchmark of `voelspriet statcheck` on a generated 500-page report, with R's statcheck for
comparison when it is installed.

    python3 bench/statcheck/bench_statcheck.py --voelspriet .build/release/voelspriet
    python3 bench/statcheck/bench_statcheck.py --generate-only --text /tmp/statcheck-500p.txt

The text (about 1.5 MB: 500 pages of ~3,000 characters, ~2,000 test results in Dutch and APA
notation, about a fifth of them wrong, and a frequency table every 25 pages) is written by this
script from its own word lists (fixed seed, so the same text every run). The CLI is run as
`voelspriet statcheck FILE --alpha 0.05 --format json` `--runs` times (default 5); the median
wall-clock time (process start to exit) is printed with the number of statements it reports.
R: if `library(statcheck)` loads (else `install.packages("statcheck")` is tried into a
temporary library, and skipped when that fails, e.g. without internet), statcheck() is timed
on the same text `--r-runs` times (default 3) inside R (without R's start-up) and as a whole
Rscript process, and the ratios to the CLI median are printed. R's statcheck reads only APA
notation (decimal points), so it finds only the APA part of the statements.
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

RNG = random.Random(500)

# Prose, written for this benchmark.
NL_SUBJECTS = ["De respondenten", "Veel studenten", "Een deel van de professionals", "De deelnemers aan de focusgroep",
               "Jongere medewerkers", "De meeste docenten", "Ervaren hulpverleners", "De geïnterviewde cliënten"]
NL_VERBS = ["gaven aan dat", "vertelden dat", "merkten op dat", "benadrukten dat", "twijfelden of", "vroegen zich af of"]
NL_CLAUSES = ["het werk soms zwaar valt", "een goede begeleiding belangrijk is", "er te weinig tijd is voor reflectie",
              "eigen ervaringen helpen om aansluiting te vinden", "de opleiding daar weinig aandacht aan besteedt",
              "collega's elkaar goed weten te vinden", "het onderwerp nog vaak gevoelig ligt", "intervisie daarbij helpt"]
NL_TAILS = ["Dat beeld komt ook terug in de interviews.", "Daar zijn de meningen over verdeeld.",
            "Dit sluit aan bij eerder onderzoek.", "Over dit punt is verder weinig bekend.", "Een enkeling zag dat anders."]
EN_SUBJECTS = ["The respondents", "Many students", "Some of the professionals", "The focus group members",
               "Younger staff", "Most lecturers", "Experienced practitioners", "The interviewed clients"]
EN_VERBS = ["reported that", "said that", "noted that", "stressed that", "doubted whether", "wondered whether"]
EN_CLAUSES = ["the work is sometimes demanding", "good supervision matters", "there is too little time for reflection",
              "their own experience helps them connect", "their training pays little attention to it",
              "colleagues support each other well", "the subject is still sensitive", "peer consultation helps"]
EN_TAILS = ["The interviews show the same picture.", "Opinions on this point differ.",
            "This agrees with earlier studies.", "Little else is known about this.", "A few saw it differently."]
NL_CLAIMS = ["Er is een verschil tussen de groepen ({S}).", "Studenten scoren hier hoger dan professionals ({S}).",
             "De toets gaf {S}.", "Er is geen verschil gevonden ({S}).", "Vrouwen noemen dit vaker dan mannen ({S})."]
EN_CLAIMS = ["There was a difference between the groups ({S}).", "Students scored higher than professionals ({S}).",
             "The test gave {S}.", "No difference was found ({S}).", "Women mentioned this more often than men ({S})."]


def prose_sentence(dutch):
    if dutch:
        return f"{RNG.choice(NL_SUBJECTS)} {RNG.choice(NL_VERBS)} {RNG.choice(NL_CLAUSES)}."
    return f"{RNG.choice(EN_SUBJECTS)} {RNG.choice(EN_VERBS)} {RNG.choice(EN_CLAUSES)}."


def statement(dutch):
    test = RNG.choice(["chi2", "t", "F", "r", "z"])
    value = round(RNG.uniform(0.5, 12.0), 2)
    p = RNG.choice([0.001, 0.01, 0.02, 0.03, 0.045, 0.05, 0.08, 0.20, 0.40])
    comparison = RNG.choice(["=", "=", "=", "<"])
    df = RNG.randint(1, 8) if test == "chi2" else RNG.randint(10, 200)
    if test == "r":
        value = round(RNG.uniform(0.05, 0.7), 2)
    def num(x, drop_zero=False):
        text = f"{x:.2f}" if x >= 0.01 else f"{x:.3f}"
        if drop_zero and text.startswith("0."):
            text = text[1:]
        return text.replace(".", ",") if dutch else text
    p_text = num(p, drop_zero=not dutch)
    head = {"chi2": (f"χ²({df})" if dutch else f"χ²({df}, N = {df * 40})"), "t": f"t({df})",
            "F": (f"F(2; {df})" if dutch else f"F(2, {df})"), "r": f"r({df})", "z": "z"}[test]
    stat = num(value, drop_zero=(test == "r" and not dutch))
    separator = "; " if dutch else ", "
    return f"{head} = {stat}{separator}p {comparison} {p_text}"


def table(number, dutch):
    n = RNG.randint(60, 300)
    counts = [RNG.randint(5, 60) for _ in range(4)]
    counts.append(max(0, n - sum(counts)))
    if RNG.random() < 0.2:
        counts[0] += 2  # a wrong sum now and then
    labels = ["Altijd", "Vaak", "Soms", "Zelden", "Nooit"] if dutch else ["Always", "Often", "Sometimes", "Rarely", "Never"]
    caption = (f"Tabel {number}. Antwoorden op vraag {number} (n = {n})" if dutch else f"Table {number}. Answers to question {number} (N = {n})")
    header = "Antwoord\tFrequentie\tPercentage" if dutch else "Answer\tFrequency\tPercent"
    rows = [f"{label}\t{c}\t{round(100 * c / n)}" for label, c in zip(labels, counts)]
    return "\n".join([caption, "", header, *rows, ""])


def generate(path, pages=500, statements_per_page=4):
    parts = []
    statements = 0
    for page in range(1, pages + 1):
        dutch = page % 3 != 0
        parts.append(f"{'Pagina' if dutch else 'Page'} {page}\n")
        for paragraph in range(8):
            sentences = [prose_sentence(dutch) for _ in range(RNG.randint(3, 5))]
            if paragraph < statements_per_page:
                template = RNG.choice(NL_CLAIMS if dutch else EN_CLAIMS)
                sentences.insert(RNG.randint(0, len(sentences)), template.replace("{S}", statement(dutch)))
                statements += 1
            sentences.append(RNG.choice(NL_TAILS if dutch else EN_TAILS))
            parts.append(" ".join(sentences) + "\n")
        if page % 25 == 0:
            parts.append(table(page // 25, dutch))
    text = "\n".join(parts)
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    return len(text.encode("utf-8")), statements


def time_cli(binary, path, runs, alpha):
    times, count = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run([binary, "statcheck", path, "--alpha", str(alpha), "--format", "json"],
                                capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(f"voelspriet statcheck failed ({result.returncode}): {result.stderr.strip()[:500]}")
        count = len(json.loads(result.stdout)["statements"])
    return statistics.median(times), times, count


def r_statcheck_available():
    def loads():
        return subprocess.run(["Rscript", "-e", "suppressMessages(library(statcheck))"], capture_output=True).returncode == 0
    try:
        if loads():
            return True, None
    except FileNotFoundError:
        return False, "Rscript not found"
    library = tempfile.mkdtemp(prefix="statcheck-rlib-")
    install = ("options(repos = c(CRAN = 'https://cloud.r-project.org')); "
               f"install.packages('statcheck', lib = '{library}', quiet = TRUE)")
    try:
        subprocess.run(["Rscript", "-e", install], capture_output=True, timeout=300)
    except subprocess.TimeoutExpired:
        return False, "install.packages('statcheck') timed out"
    os.environ["R_LIBS"] = library + os.pathsep + os.environ.get("R_LIBS", "")
    return (True, None) if loads() else (False, "statcheck is not installed and install.packages failed (no internet?)")


def time_r(path, runs, alpha):
    script = ("suppressMessages(library(statcheck)); "
              f"x <- paste(readLines('{path}', encoding = 'UTF-8', warn = FALSE), collapse = '\\n'); "
              f"t <- system.time(r <- statcheck(x, alpha = {alpha}, messages = FALSE)); "
              "cat(t[['elapsed']], if (is.null(r)) 0 else nrow(r), '\\n')")
    inside, whole, count = [], [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(["Rscript", "-e", script], capture_output=True, text=True)
        whole.append(time.perf_counter() - start)
        if result.returncode != 0:
            return None, None, None, result.stderr.strip()[:300]
        elapsed, rows = result.stdout.split()[-2:]
        inside.append(float(elapsed))
        count = int(rows)
    return statistics.median(inside), statistics.median(whole), count, None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--voelspriet", help="path of the voelspriet binary")
    parser.add_argument("--text", help="where to write the generated text (default: a temporary file)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--r-runs", type=int, default=3)
    parser.add_argument("--alpha", type=float, default=0.05)
    parser.add_argument("--generate-only", action="store_true")
    parser.add_argument("--no-r", action="store_true")
    args = parser.parse_args()
    path = args.text or os.path.join(tempfile.mkdtemp(prefix="statcheck-bench-"), "report-500p.txt")
    size, planted = generate(path)
    print(f"text: {path}, {size / 1e6:.2f} MB, 500 pages, {planted} statements written")
    if args.generate_only:
        return
    if not args.voelspriet:
        sys.exit("--voelspriet PATH is required (or --generate-only)")
    median, times, count = time_cli(args.voelspriet, path, args.runs, args.alpha)
    print(f"voelspriet statcheck: median {median:.3f} s over {args.runs} runs "
          f"({', '.join(f'{t:.3f}' for t in times)}), {count} statements")
    if args.no_r:
        return
    available, reason = r_statcheck_available()
    if not available:
        print(f"R statcheck: skipped ({reason})")
        return
    inside, whole, r_count, error = time_r(path, args.r_runs, args.alpha)
    if error:
        print(f"R statcheck: failed ({error})")
        return
    print(f"R statcheck: median {inside:.3f} s inside R, {whole:.3f} s as an Rscript process, "
          f"over {args.r_runs} runs, {r_count} statements (APA notation only)")
    print(f"ratio R / voelspriet: {inside / median:.1f}x (inside R), {whole / median:.1f}x (whole process)")


if __name__ == "__main__":
    main()
