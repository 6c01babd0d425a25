"""Metrics of one ASReview simulation project file, computed with asreview-insights.

Usage: python asreview_metrics.py PROJECT.asreview SECONDS
Prints one JSON object: records, relevant, wss95, rrf10 (= recall after 10% screened,
priors left out, as asreview-insights computes it) and the wall seconds passed in.
Works with asreview 1.x + asreview-insights 1.5 and asreview 2.x + asreview-insights 1.6.
"""
import json
import sys

from asreviewcontrib.insights import metrics as m

path, seconds = sys.argv[1], float(sys.argv[2])
try:  # asreview-insights >= 1.6 takes the project file itself
    from asreviewcontrib.insights.utils import get_simulation_labels

    labels = get_simulation_labels(path, priors=False)
except ImportError:  # asreview-insights 1.5 takes an open state
    from asreview import open_state
    from asreviewcontrib.insights.utils import _pad_simulation_labels

    with open_state(path) as state:
        labels = _pad_simulation_labels(state, priors=False)
labels = [int(v) for v in labels]
print(json.dumps({
    "records": len(labels),
    "relevant": int(sum(labels)),
    "wss95": float(m._wss(labels, 0.95)),
    "rrf10": float(m._recall(labels, 0.10)),
    "seconds": seconds,
}))
