#!/usr/bin/env bash
# Reference values for the report's rank tests, descriptives and p-value adjustment, computed by
# R on the demo data (seed 9, 131 responses) that `voelspriet demo-data` writes — the same
# responses DemoDataGenerator gives the tests. Usage: make_rank_tests.sh VOELSPRIET_BINARY
# Writes rank_tests.json beside this script. Needs Rscript (r-base-core).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$1" demo-data --seed 9 --format csv --out "$work/demo.csv"
cat > "$work/ref.R" <<'R'
d <- read.csv("demo.csv", colClasses = "character", check.names = FALSE)
num <- function(x) { x[x %in% c("-99", "-98", "")] <- NA; as.numeric(x) }
items <- c("learn_from_colleagues", "skill_connect_reality", "skill_inner_world", "skill_contact_similar", "pitfall_emotional_burden")
out <- c()
for (id in items) {
  x <- num(d[[id]])
  role <- d$role
  keep <- !is.na(x)
  w <- wilcox.test(x[keep & role == "professional"], x[keep & role == "student"], exact = FALSE, correct = TRUE)
  g <- d$sharing_desirability
  g[g %in% c("-99", "-98", "")] <- NA
  both <- keep & !is.na(g)
  k <- kruskal.test(x[both] ~ factor(g[both]))
  v <- x[keep]
  ci <- t.test(v)$conf.int
  out <- c(out, sprintf('{"item": "%s", "mw_w": %.17g, "mw_p": %.17g, "kw_h": %.17g, "kw_df": %d, "kw_p": %.17g, "n": %d, "mean": %.17g, "sd": %.17g, "ci95": [%.17g, %.17g]}',
    id, w$statistic, w$p.value, k$statistic, k$parameter, k$p.value, length(v), mean(v), sd(v), ci[1], ci[2]))
}
ps <- c(0.012, 0.2, 0.049, 0.0003, 0.9, 0.03, 0.5)
cat('{"source": "R ', R.version$major, '.', R.version$minor, ' on voelspriet demo-data --seed 9", "items": [', paste(out, collapse = ", "),
    '], "adjust": {"p": [', paste(sprintf("%.17g", ps), collapse = ", "), '], "holm": [', paste(sprintf("%.17g", p.adjust(ps, "holm")), collapse = ", "),
    '], "bh": [', paste(sprintf("%.17g", p.adjust(ps, "BH")), collapse = ", "), ']}}\n', sep = "")
R
(cd "$work" && Rscript ref.R) > "$here/rank_tests.json"
echo "wrote $here/rank_tests.json"
