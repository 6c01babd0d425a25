"""Makes the reference fixtures for the prioritisation tests (written beside this script).

    python3 -m venv /tmp/venv-asr2 && /tmp/venv-asr2/bin/pip install "asreview<3" asreview-insights
    /tmp/venv-asr2/bin/python make_fixtures.py [STATE.asreview ...]

Versions used for the committed files: asreview 2.2, asreview-insights 1.6.1,
scikit-learn 1.9.1, numpy 2.4.6.

metrics.json: labelling orders (priors first) with WSS, recall (RRF) and the recall curve as
asreview-insights computes them with priors left out (its default). Synthetic orders, plus the
order of real ASReview 2.2 simulation project files given on the command line (made with
`asreview simulate Kitchenham_2010.csv --n-prior-included 1 --n-prior-excluded 1
--prior-seed 1 --seed 1 -o STATE.asreview`); for those the labels come from
asreview-insights' own `get_simulation_labels`, which also pads unscreened records.

tfidf.json: scikit-learn TfidfVectorizer weights for made-up texts under the settings
Voelspriet mirrors (unigrams with a stop-word list; ELAS u4's uni+bigrams, sublinear tf,
max_df 0.95).
"""
import json
import os
import sys
import tempfile

# asreview leaves a dataset cache (synergy_cache.sqlite) in the working directory: work in a
# temporary one and write the fixtures beside this script.
HERE = os.path.dirname(os.path.abspath(__file__))
STATE_FILES = [os.path.abspath(p) for p in sys.argv[1:]]
os.chdir(tempfile.mkdtemp())

import numpy as np  # noqa: E402
from asreviewcontrib.insights.algorithms import _recall_values  # noqa: E402
from asreviewcontrib.insights.metrics import _recall, _wss  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402

WSS_AT = [0.95, 0.9, 1.0, 0.5, 0.001]
RECALL_AT = [0.1, 0.25, 0.5, 0.0001, 1.0]


def metrics_case(name, order, priors, n_records=None):
    labels = order[priors:]
    if n_records is not None and len(labels) < n_records - priors:
        labels = labels + [0] * (n_records - priors - len(labels))
    x, y = _recall_values(labels)
    case = {
        "name": name,
        "labels": "".join(str(v) for v in order),
        "priors": priors,
        "wss": [[at, float(_wss(labels, at))] for at in WSS_AT],
        "recall": [[at, float(_recall(labels, at))] for at in RECALL_AT],
    }
    if n_records is not None:
        case["records"] = n_records
    if len(labels) <= 60:
        case["curve"] = [[float(a), float(b)] for a, b in zip(x, y)]
    return case


def synthetic_cases():
    rng = np.random.default_rng(20261202)
    cases = [
        metrics_case("all relevant first", [1, 0] + [1] * 5 + [0] * 20, 2),
        metrics_case("all relevant last", [1, 0] + [0] * 20 + [1] * 5, 2),
        # n - 1 = 10, P = 5: linspace steps of 0.5, so NumPy's half-to-even rounding matters.
        metrics_case("ties in random baseline", [1, 0] + [0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1], 2),
        metrics_case("no priors", [0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0], 0),
        metrics_case("padded", [1, 0, 0, 1, 1, 0, 1], 2, n_records=15),
    ]
    for i, (n, p) in enumerate([(200, 7), (1000, 40), (3001, 12), (97, 96 // 3)]):
        labels = np.zeros(n, dtype=int)
        labels[rng.choice(n, p, replace=False)] = 1
        # A "good" order: relevant records drawn earlier with higher chance.
        keys = rng.random(n) - 0.6 * labels
        order = [1, 0] + labels[np.argsort(keys, kind="stable")].tolist()
        cases.append(metrics_case(f"random order {i} (n={n}, P={p})", order, 2))
    return cases


def state_cases(paths):
    from asreview import open_state
    from asreviewcontrib.insights.utils import get_simulation_labels

    cases = []
    for path in paths:
        with open_state(path) as state:
            order = state.get_results_table(columns="label", priors=True)["label"].tolist()
            priors = len(state.get_priors())
        labels = get_simulation_labels(path, priors=False)
        n_records = len(labels) + priors
        case = metrics_case(f"ASReview state {path.split('/')[-1]}", [int(v) for v in order], priors, n_records)
        # Cross-check: the same figures straight from insights' file-level helpers.
        assert case["wss"][0][1] == float(_wss([int(v) for v in labels], 0.95))
        cases.append(case)
    return cases


TEXTS = [
    "Trajectories of PTSD after trauma: a latent growth mixture study of 1,024 adults.",
    "A randomised controlled trial of CBT for post-traumatic stress; the trial study was blinded.",
    "Café naïve résumé — Zürich cohort study, covid_19 and COVID-19 outcomes (n = 57).",
    "Study of study designs: meta-analysis of meta-analyses in software engineering study.",
    "Depression and anxiety trajectories in a cohort study: growth curves, growth mixtures.",
    "The the and of a study x y z 3 33 333 élan vital étude",
]
STOP_WORDS = ["a", "the", "and", "of", "in", "was", "for", "after"]


def tfidf_case(name, **settings):
    vectorizer = TfidfVectorizer(**settings)
    matrix = vectorizer.fit_transform(TEXTS).toarray()
    terms = vectorizer.get_feature_names_out().tolist()
    rows = [{terms[j]: float(v) for j, v in enumerate(row) if v != 0} for row in matrix]
    return {"name": name, "idf": dict(zip(terms, vectorizer.idf_.tolist())), "rows": rows}


def main():
    cases = synthetic_cases() + state_cases(STATE_FILES)
    with open(os.path.join(HERE, "metrics.json"), "w") as f:
        json.dump({"cases": cases}, f, indent=1)
    tfidf = {
        "texts": TEXTS,
        "stop_words": STOP_WORDS,
        "cases": [
            tfidf_case("unigrams, stop words", stop_words=STOP_WORDS),
            tfidf_case("uni+bigrams, sublinear, max_df 0.95", ngram_range=(1, 2), sublinear_tf=True,
                       min_df=1, max_df=0.95),
        ],
    }
    with open(os.path.join(HERE, "tfidf.json"), "w") as f:
        json.dump(tfidf, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
