# Reference values from R for the VoelsprietStatistics group comparisons, exact tests and
# scale statistics. Writes, beside this script:
#   p_adjust.json              p.adjust(method = "holm" / "BH")
#   mann_whitney.json          wilcox.test(x, y, exact = FALSE, correct = TRUE)
#   kruskal_wallis.json        kruskal.test
#   fisher_freeman_halton.json fisher.test on r x c tables (FEXACT), plus brute-force enumeration
#   descriptives.json          mean, sd, median, range, t.test(x)$conf.int, qt
#   cronbach_alpha.json        alpha by formula on na.omit(data), and psych::alpha
#   adjusted_residuals.json    chisq.test(x)$stdres, $residuals, $expected
#   welch_anova.json           t.test(var.equal = FALSE), summary(aov), oneway.test(var.equal = TRUE)
#
# Usage:  Rscript make_r_fixtures.R            (all files, about 15 s)
#         Rscript make_r_fixtures.R fisher     (a subset: padjust mannwhitney kruskal fisher
#                                               descriptives alpha residuals welch)
# Needs R (tested with 4.2.2) and, for the psych columns of cronbach_alpha.json, the psych
# package (Debian: r-cran-psych, 2.2.9). Every random case comes from a fixed set.seed, and no
# timestamps are written, so reruns with the same R give byte-identical files.
# Numbers are written with 17 significant digits (round-trip exact); NA, NaN and Inf as null.
# make_ffh_exact.py (Python, standard library) then writes fisher_freeman_halton_exact.json, exact
# p values for the same r x c tables.

args <- commandArgs(trailingOnly = TRUE)
script <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
here <- if (length(script) == 1) dirname(normalizePath(script)) else "."
wanted <- function(name) length(args) == 0 || name %in% args

# ---------- a minimal JSON writer ----------
# Scalars are length-1 atomic vectors; arrays are atomic vectors wrapped in arr() (or of length
# != 1) and unnamed lists; objects are named lists.
arr <- function(x) structure(list(x), class = "jarr")
jnum <- function(v) {
  if (is.logical(v)) return(ifelse(is.na(v), "null", ifelse(v, "true", "false")))
  if (is.character(v)) return(ifelse(is.na(v), "null", paste0("\"", gsub("\"", "\\\\\"", v), "\"")))
  out <- ifelse(is.finite(v), ifelse(v == round(v) & abs(v) < 1e15, sprintf("%.0f", v), sprintf("%.17g", v)), "null")
  out[out == "-0"] <- "0"
  out
}
js <- function(x) {
  if (inherits(x, "jarr")) {
    v <- x[[1]]
    if (is.list(v)) return(paste0("[", paste(vapply(v, js, ""), collapse = ","), "]"))
    return(paste0("[", paste(jnum(v), collapse = ","), "]"))
  }
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (!is.null(names(x))) {
      return(paste0("{", paste(sprintf("\"%s\":%s", names(x), vapply(x, js, "")), collapse = ","), "}"))
    }
    return(paste0("[", paste(vapply(x, js, ""), collapse = ","), "]"))
  }
  if (length(x) == 1) return(jnum(x))
  paste0("[", paste(jnum(x), collapse = ","), "]")
}
mat <- function(m) arr(lapply(seq_len(nrow(m)), function(i) arr(m[i, ])))
write_fixture <- function(name, source, cases) {
  gen <- list(script = "Tests/VoelsprietStatisticsTests/Fixtures/make_r_fixtures.R",
              command = "Rscript make_r_fixtures.R", R = paste(R.version$major, R.version$minor, sep = "."))
  if (requireNamespace("psych", quietly = TRUE)) gen$psych <- as.character(packageVersion("psych"))
  lines <- vapply(cases, js, "")
  text <- paste0("{\"source\": ", jnum(source), ", \"generator\": ", js(gen),
                 ", \"fields\": ", js(arr(names(cases[[1]]))), ", \"cases\": [\n",
                 paste(lines, collapse = ",\n"), "\n]}\n")
  writeLines(text, file.path(here, name), sep = "")
  cat(sprintf("%s: %d cases\n", name, length(cases)))
}
likert <- function(n, k = 5, shift = 0) pmin(k, pmax(1, round(runif(n, 0.5, k + 0.5) + shift)))

# ---------- 1. p.adjust ----------
if (wanted("padjust")) {
  set.seed(101)
  cases <- list()
  add <- function(p, note) {
    cases[[length(cases) + 1]] <<- list(note = note, p = arr(p), holm = arr(p.adjust(p, "holm")),
                                         bh = arr(p.adjust(p, "BH")))
  }
  add(c(0.01), "single")
  add(c(0.01, 0.02, 0.03, 0.04, 0.05), "textbook ascending")
  add(c(0.05, 0.01, 0.04, 0.02, 0.03), "shuffled")
  add(c(0.01, 0.01, 0.01, 0.5), "ties")
  add(c(0, 1, 0.5, 0), "zeros and ones")
  add(c(NA, 0.02, NA, 0.001, 0.3), "with NA")
  add(c(NaN, 0.04, 0.04, NaN), "with NaN (treated as NA)")
  add(c(0.9, 0.95, 0.99), "all large")
  add(c(1e-300, 1e-200, 1e-10, 0.2), "tiny")
  for (i in 1:40) {
    m <- sample(c(2:30, 100, 250), 1)
    p <- switch(i %% 4 + 1, runif(m), rbeta(m, 0.3, 4), round(runif(m), 2), c(rbeta(m, 0.5, 10)))
    if (i %% 5 == 0) p[sample(m, max(1, m %/% 4))] <- NA
    add(p, sprintf("random %d (m = %d)", i, m))
  }
  write_fixture("p_adjust.json",
    "R p.adjust(p, method = 'holm') and p.adjust(p, method = 'BH'); NA/NaN entries (null) are left out of the family (n = number of non-NA p) and stay null.",
    cases)
}

# ---------- 2. Mann-Whitney ----------
if (wanted("mannwhitney")) {
  set.seed(202)
  cases <- list()
  add <- function(x, y, note) {
    t <- wilcox.test(x, y, exact = FALSE, correct = TRUE)
    r <- rank(c(x, y)); nx <- length(x); ny <- length(y)
    w <- sum(r[seq_len(nx)]) - nx * (nx + 1) / 2
    ties <- table(r)
    sigma <- sqrt((nx * ny / 12) * ((nx + ny + 1) - sum(ties^3 - ties) / ((nx + ny) * (nx + ny - 1))))
    z <- (w - nx * ny / 2 - sign(w - nx * ny / 2) * 0.5) / sigma
    cases[[length(cases) + 1]] <<- list(note = note, x = arr(x), y = arr(y), w = unname(t$statistic),
      p = t$p.value, z = z, rank_biserial = mean(sign(outer(x, y, "-"))),
      mean_rank_x = mean(r[seq_len(nx)]), mean_rank_y = mean(r[-seq_len(nx)]))
  }
  add(c(1, 2, 3), c(4, 5, 6), "separated, n = 3 + 3")
  add(c(1), c(2), "one each")
  add(c(1, 2), c(1, 2), "identical samples (z = 0)")
  add(c(3, 3, 3, 4), c(3, 3, 3, 3, 3), "almost all tied")
  add(c(1, 1, 2), c(2, 2, 2, 2), "two tie groups")
  add(c(5), c(1, 2, 3, 4, 6, 7, 8, 9), "one against eight")
  for (i in 1:70) {
    nx <- sample(c(2:12, 20, 35, 60, 150), 1); ny <- sample(c(1:12, 25, 40, 80, 200), 1)
    kind <- i %% 4
    if (kind == 0) { x <- likert(nx); y <- likert(ny, shift = runif(1, -1, 1)) }
    else if (kind == 1) { x <- round(rnorm(nx), 3); y <- round(rnorm(ny, runif(1, -1, 1)), 3) }
    else if (kind == 2) { x <- likert(nx, 7); y <- likert(ny, 7, shift = runif(1, -2, 2)) }
    else { x <- sample(0:3, nx, TRUE); y <- sample(0:3, ny, TRUE) }
    add(x, y, sprintf("random %d: %s, %d + %d", i, c("likert5", "normal", "likert7", "0-3")[kind + 1], nx, ny))
  }
  for (i in 1:6) {
    n <- c(300, 500, 800, 1000, 1200, 1500)[i]
    add(likert(n), likert(n %/% 2, shift = 0.8 + 0.2 * i), sprintf("large shift %d (tiny p)", i))
  }
  add(1:400, 401:900, "complete separation, 400 + 500 (p ~ 1e-80)")
  write_fixture("mann_whitney.json",
    "R wilcox.test(x, y, exact = FALSE, correct = TRUE): w = statistic W, p = p.value (two-sided). z = the continuity-corrected z by R's own formula, rank_biserial = mean(sign(outer(x, y, '-'))), mean ranks from rank(c(x, y)).",
    cases)
}

# ---------- 3. Kruskal-Wallis ----------
if (wanted("kruskal")) {
  set.seed(303)
  cases <- list()
  add <- function(groups, note) {
    t <- kruskal.test(groups)
    cases[[length(cases) + 1]] <<- list(note = note, groups = arr(lapply(groups, arr)),
      h = unname(t$statistic), df = unname(t$parameter), p = t$p.value)
  }
  add(list(c(1, 2, 3), c(4, 5, 6)), "two separated groups")
  add(list(c(1), c(2), c(3)), "three singletons")
  add(list(c(1, 2), c(1, 2), c(1, 2)), "identical groups (H = 0)")
  add(list(c(2, 2, 2, 3), c(2, 2, 2), c(2, 2)), "almost all tied")
  for (i in 1:70) {
    k <- sample(2:6, 1)
    sizes <- sample(c(1:10, 15, 30, 60), k, TRUE)
    kind <- i %% 3
    groups <- lapply(seq_len(k), function(g) {
      if (kind == 0) likert(sizes[g], shift = runif(1, -0.7, 0.7))
      else if (kind == 1) round(rnorm(sizes[g], runif(1, -1, 1)), 2)
      else sample(1:3, sizes[g], TRUE)
    })
    if (length(unique(unlist(groups))) < 2) groups[[1]][1] <- groups[[1]][1] + 1
    add(groups, sprintf("random %d: k = %d, %s", i, k, c("likert5", "normal", "1-3")[kind + 1]))
  }
  add(list(1:300, 301:600, 601:900), "separated, large (tiny p)")
  write_fixture("kruskal_wallis.json",
    "R kruskal.test(list of groups): h = statistic (tie-corrected), df = parameter (k - 1), p = p.value.",
    cases)
}

# ---------- 4. Fisher-Freeman-Halton ----------
# Brute force: every table with the margins, column by column (R, slow; small tables only).
brute_fisher <- function(m) {
  m <- m[rowSums(m) > 0, colSums(m) > 0, drop = FALSE]
  rs <- rowSums(m); cs <- colSums(m); n <- sum(m)
  const <- sum(lfactorial(rs)) + sum(lfactorial(cs)) - lfactorial(n)
  pobs <- exp(const - sum(lfactorial(m)))
  probs <- numeric(0)
  fill <- function(j, rem, acc) {
    if (j == length(cs)) { probs[length(probs) + 1] <<- exp(const + acc - sum(lfactorial(rem))); return() }
    comp <- function(i, left, x) {
      if (i == length(rem)) { if (left <= rem[i]) { x[i] <- left; fill(j + 1, rem - x, acc - sum(lfactorial(x))) }; return() }
      for (v in max(0, left - sum(rem[(i + 1):length(rem)])):min(rem[i], left)) { x[i] <- v; comp(i + 1, left - v, x) }
    }
    comp(1, cs[j], integer(length(rem)))
  }
  fill(1, rs, 0)
  keep <- probs <= pobs * (1 + 1e-7)
  list(p = sum(sort(probs[keep])), count = length(probs))
}
if (wanted("fisher")) {
  set.seed(404)
  cases <- list()
  add <- function(m, note, brute = TRUE) {
    p <- fisher.test(m, workspace = 2e8)$p.value
    mm <- m[rowSums(m) > 0, colSums(m) > 0, drop = FALSE]
    pobs <- if (sum(mm) > 0) exp(sum(lfactorial(rowSums(mm))) + sum(lfactorial(colSums(mm))) - lfactorial(sum(mm)) - sum(lfactorial(mm))) else NA
    b <- if (brute) brute_fisher(m) else list(p = NA, count = NA)
    cases[[length(cases) + 1]] <<- list(note = note, table = mat(m), p = p, p_brute = b$p,
      tables = b$count, p_observed = pobs)
  }
  add(matrix(c(3, 1, 1, 3), 2), "tea tasting 2x2")
  add(matrix(c(10, 2, 3, 15), 2), "2x2")
  add(matrix(c(5, 3, 8, 2, 7, 4, 6, 3, 9, 1, 4, 8), 3), "3x4 n = 60")
  add(matrix(c(12, 8, 15, 9, 11, 14, 7, 13, 10, 16, 9, 6), 3), "3x4 n = 130 (speed case)", brute = FALSE)
  add(matrix(c(20, 5, 8, 4, 18, 6, 9, 7, 21, 3, 11, 18), 3), "3x4 n = 130, strong association", brute = FALSE)
  add(matrix(c(2, 2, 2, 2, 2, 2, 2, 2, 2), 3), "3x3 uniform (many tied probabilities)")
  add(matrix(c(4, 0, 0, 0, 4, 0, 0, 0, 4), 3), "3x3 diagonal")
  add(matrix(c(3, 0, 2, 1, 0, 4, 2, 0, 0), 3), "3x3 with an empty row")
  add(matrix(c(3, 1, 2, 0, 0, 0, 4, 2, 1), 3), "3x3 with an empty column")
  add(matrix(c(1, 2, 0, 3, 1, 0, 2, 2, 1, 0), 2), "2x5 sparse")
  add(matrix(c(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 4), "4x4 all ones")
  add(matrix(c(8, 0, 0, 0, 0, 7, 0, 0, 0, 0, 9, 0, 0, 0, 0, 6), 4), "4x4 diagonal (tiny p)")
  for (i in 1:60) {
    r <- sample(2:5, 1); c <- sample(2:5, 1)
    n <- sample(c(6:30, 40, 50, 60), 1)
    probs <- outer(runif(r, 0.2, 1), runif(c, 0.2, 1))
    if (i %% 3 == 0) probs <- probs * matrix(runif(r * c, 0, 3)^2, r)
    m <- matrix(rmultinom(1, n, probs), r)
    ncell <- r * c
    # brute force only where the number of tables is small enough for R
    add(m, sprintf("random %d: %dx%d, n = %d", i, r, c, n), brute = (n <= 30 && ncell <= 12) || n <= 16)
  }
  add(matrix(c(10, 14, 9, 12, 8, 11, 9, 10, 12, 8, 11, 10, 11, 7, 12), 5, byrow = TRUE), "5x3 n = 154", brute = FALSE)
  add(matrix(c(20, 25, 30, 22, 18, 15, 28, 22, 19, 30, 35, 36), 2, byrow = TRUE), "2x6 n = 300", brute = FALSE)
  add(matrix(c(3, 5, 2, 4, 6, 4, 2, 6, 3, 1, 2, 6, 3, 5, 4, 5, 3, 4, 2, 6), 4, byrow = TRUE), "4x5 n = 76", brute = FALSE)
  add(matrix(c(40, 35, 38, 36, 42, 33, 31, 37, 44, 39, 33, 36), 4, byrow = TRUE), "4x3 n = 444", brute = FALSE)
  for (i in 1:6) {
    m <- matrix(rmultinom(1, 100 + 10 * i, outer(c(1, 1.2, 0.8), c(1, 0.9, 1.1, 1.3))), 3)
    add(m, sprintf("3x4 n = %d", 100 + 10 * i), brute = FALSE)
  }
  write_fixture("fisher_freeman_halton.json",
    "R fisher.test(table, workspace = 2e8)$p.value (FEXACT network algorithm; 2x2 by R's hypergeometric code). p_brute = R enumeration of every table with the margins (empty rows/columns dropped) summing P <= P_obs * (1 + 1e-7), null where not run; tables = how many tables it enumerated; p_observed = hypergeometric probability of the observed table.",
    cases)
}

# ---------- 5. Descriptives ----------
if (wanted("descriptives")) {
  set.seed(505)
  cases <- list()
  add <- function(x, note) {
    n <- length(x)
    ci <- if (n >= 2) {
      if (sd(x) > 0) t.test(x)$conf.int else mean(x) + c(-1, 1) * qt(0.975, n - 1) * sd(x) / sqrt(n)
    } else c(NA, NA)
    cases[[length(cases) + 1]] <<- list(kind = "sample", note = note, x = arr(x), n = n, mean = mean(x),
      sd = if (n >= 2) sd(x) else NA, se = if (n >= 2) sd(x) / sqrt(n) else NA,
      ci_low = ci[1], ci_high = ci[2], median = median(x), min = min(x), max = max(x),
      df = NA, p = NA, q = NA)
  }
  add(c(4), "one value")
  add(c(1, 2), "two values")
  add(c(3, 3, 3, 3), "constant (SD 0)")
  add(c(0.1, 0.1, 0.1), "constant 0.1")
  add(c(1, 2, 3, 4), "even n")
  add(c(5, 1, 4, 2, 3), "odd n, unsorted")
  add(1e8 + c(0.1, 0.2, 0.3, 0.4), "large offset")
  add(c(-1e-8, 2e-8, 0), "tiny values")
  for (i in 1:40) {
    n <- sample(c(2:15, 30, 100, 500), 1)
    x <- switch(i %% 3 + 1, likert(n), round(rnorm(n, 50, 10), 2), rexp(n, 0.1))
    add(x, sprintf("random %d, n = %d", i, n))
  }
  for (df in c(1:30, 40, 50, 75, 100, 200, 500, 1000, 2000, 1e5, 2.5, 7.3)) {
    for (p in c(0.975, 0.95, 0.995, 0.9, 0.6, 0.025)) {
      cases[[length(cases) + 1]] <- list(kind = "quantile", note = "qt", x = arr(numeric(0)), n = NA, mean = NA,
        sd = NA, se = NA, ci_low = NA, ci_high = NA, median = NA, min = NA, max = NA, df = df, p = p, q = qt(p, df))
    }
  }
  write_fixture("descriptives.json",
    "kind sample: R mean, sd, sd/sqrt(n), t.test(x)$conf.int (for constant x: mean +- qt(0.975, n-1)*sd/sqrt(n)), median, min, max. kind quantile: q = qt(p, df).",
    cases)
}

# ---------- 6. Cronbach's alpha ----------
alpha_formula <- function(d) {
  k <- ncol(d); tot <- rowSums(d)
  if (var(tot) == 0) return(NA)
  k / (k - 1) * (1 - sum(apply(d, 2, var)) / var(tot))
}
if (wanted("alpha")) {
  set.seed(606)
  have_psych <- requireNamespace("psych", quietly = TRUE)
  cases <- list()
  add <- function(d, note) {
    cc <- na.omit(d)
    k <- ncol(d)
    drop <- if (k >= 3) sapply(seq_len(k), function(i) alpha_formula(cc[, -i, drop = FALSE])) else rep(NA, k)
    rdrop <- sapply(seq_len(k), function(i) {
      rest <- rowSums(cc[, -i, drop = FALSE])
      if (sd(cc[, i]) == 0 || sd(rest) == 0) NA else cor(cc[, i], rest)
    })
    ps <- list(alpha = NA, drop = rep(NA, k), rdrop = rep(NA, k))
    if (have_psych && k >= 3 && all(apply(cc, 2, sd) > 0)) {
      a <- suppressWarnings(suppressMessages(psych::alpha(as.data.frame(cc), check.keys = FALSE, warnings = FALSE)))
      ps <- list(alpha = a$total$raw_alpha, drop = a$alpha.drop$raw_alpha, rdrop = a$item.stats$r.drop)
    }
    rows <- arr(lapply(seq_len(nrow(d)), function(i) arr(d[i, ])))
    cases[[length(cases) + 1]] <<- list(note = note, rows = rows, k = k, n_used = nrow(cc),
      excluded = nrow(d) - nrow(cc), alpha = alpha_formula(cc), alpha_if_deleted = arr(drop),
      r_drop = arr(rdrop), psych_alpha = ps$alpha, psych_alpha_if_deleted = arr(ps$drop), psych_r_drop = arr(ps$rdrop))
  }
  battery <- function(n, k, loading, levels = 5, missing = 0) {
    latent <- rnorm(n)
    d <- sapply(seq_len(k), function(j) {
      raw <- loading * latent + rnorm(n)
      as.numeric(cut(raw, quantile(raw, seq(0, 1, length.out = levels + 1)), include.lowest = TRUE, labels = FALSE))
    })
    if (missing > 0) d[sample(length(d), round(missing * length(d)))] <- NA
    d
  }
  add(matrix(c(1, 2, 3, 4, 2, 3, 3, 5, 1, 1, 4, 4), 4), "4 x 3 by hand")
  add(matrix(c(1, 2, 3, 4, 5, 5, 4, 3, 2, 1), 5), "two opposite items (constant totals: alpha undefined)")
  add(matrix(c(1, 2, 3, 4, 5, 3, 5, 4, 1, 2, 2, 1, 2, 5, 3), 5), "negatively related items (alpha < 0)")
  add(matrix(c(1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 2, 2, 2, 2, 2), 5), "constant third item")
  add(cbind(c(1, 2, NA, 4, 5, 3), c(2, 2, 3, NA, 5, 3), c(1, 3, 3, 4, 4, 2)), "missing scores (listwise)")
  for (i in 1:36) {
    n <- sample(c(5:20, 50, 100, 300), 1); k <- sample(2:10, 1)
    d <- battery(n, k, loading = runif(1, 0, 2), levels = sample(c(3, 5, 7), 1), missing = if (i %% 4 == 0) 0.05 else 0)
    if (sum(complete.cases(d)) < 3 || any(apply(na.omit(d), 2, sd) == 0) && i %% 2 == 1) d <- battery(n, k, 1)
    add(d, sprintf("random %d: n = %d, k = %d", i, n, k))
  }
  write_fixture("cronbach_alpha.json",
    "Cronbach's alpha on na.omit(rows): alpha = k/(k-1)*(1 - sum(var(item))/var(rowSums)), alpha_if_deleted = the same on the other k-1 items (null for k = 2), r_drop = cor(item, rowSums(other items)) (null when either is constant). psych_* = psych::alpha(na.omit data, check.keys = FALSE): total$raw_alpha, alpha.drop$raw_alpha, item.stats$r.drop (null where not run: k = 2 or a constant item).",
    cases)
}

# ---------- 7. Adjusted residuals ----------
if (wanted("residuals")) {
  set.seed(707)
  cases <- list()
  add <- function(m, note) {
    t <- suppressWarnings(chisq.test(m, correct = FALSE))
    cases[[length(cases) + 1]] <<- list(note = note, table = mat(m), stdres = mat(t$stdres),
      residuals = mat(t$residuals), expected = mat(t$expected))
  }
  add(matrix(c(10, 20, 30, 40), 2), "2x2")
  add(matrix(c(12, 5, 3, 4, 9, 11), 2, byrow = TRUE), "2x3")
  add(matrix(c(5, 0, 3, 0, 0, 0, 2, 0, 4), 3), "3x3 with an empty row and column (null = NaN)")
  add(matrix(c(1, 0, 0, 1), 2), "2x2 diagonal ones")
  for (i in 1:44) {
    r <- sample(2:6, 1); c <- sample(2:6, 1); n <- sample(c(10, 30, 100, 500, 5000), 1)
    m <- matrix(rmultinom(1, n, outer(runif(r, 0.1, 1), runif(c, 0.1, 1)) * matrix(runif(r * c, 0.5, 1.5), r)), r)
    add(m, sprintf("random %d: %dx%d, n = %d", i, r, c, n))
  }
  write_fixture("adjusted_residuals.json",
    "R chisq.test(table, correct = FALSE): stdres (adjusted standardised residuals), residuals (Pearson), expected; NaN (zero expected or zero variance) written as null.",
    cases)
}

# ---------- 8. Welch t and one-way ANOVA ----------
if (wanted("welch")) {
  set.seed(808)
  cases <- list()
  welch <- function(x, y, note) {
    t <- t.test(x, y, var.equal = FALSE)
    cases[[length(cases) + 1]] <<- list(kind = "welch", note = note, groups = arr(list(arr(x), arr(y))),
      statistic = unname(t$statistic), df1 = unname(t$parameter), df2 = NA, p = t$p.value,
      ci_low = t$conf.int[1], ci_high = t$conf.int[2], oneway_f = NA, oneway_p = NA)
  }
  anova <- function(groups, note) {
    y <- unlist(groups); g <- factor(rep(seq_along(groups), lengths(groups)))
    s <- summary(aov(y ~ g))[[1]]
    ow <- if (all(lengths(groups) >= 2)) oneway.test(y ~ g, var.equal = TRUE) else list(statistic = NA, p.value = NA)
    cases[[length(cases) + 1]] <<- list(kind = "anova", note = note, groups = arr(lapply(groups, arr)),
      statistic = s[1, "F value"], df1 = s[1, "Df"], df2 = s[2, "Df"], p = s[1, "Pr(>F)"],
      ci_low = NA, ci_high = NA, oneway_f = unname(ow$statistic), oneway_p = ow$p.value)
  }
  welch(c(1, 2, 3), c(4, 5, 6), "small, equal variances")
  welch(c(5, 5, 5), c(1, 2, 3, 4), "first group constant")
  welch(c(1, 2), c(10, 30), "two each")
  welch(1e6 + c(0.1, 0.3, 0.2, 0.5), 1e6 + c(0.4, 0.6, 0.9), "large offset")
  for (i in 1:40) {
    nx <- sample(c(2:15, 40, 100), 1); ny <- sample(c(2:15, 40, 200), 1)
    x <- if (i %% 2) round(rnorm(nx, 0, runif(1, 0.5, 3)), 2) else likert(nx)
    y <- if (i %% 2) round(rnorm(ny, runif(1, -2, 2), runif(1, 0.5, 3)), 2) else likert(ny, shift = runif(1, -1, 1))
    if (sd(x) == 0 && sd(y) == 0) y[1] <- y[1] + 1
    welch(x, y, sprintf("random %d: %d + %d", i, nx, ny))
  }
  welch(rnorm(300, 0), rnorm(300, 2), "large separation (tiny p)")
  anova(list(c(1, 2, 3), c(4, 5, 6)), "two groups")
  anova(list(c(1, 2, 3), c(2, 3, 4), c(3, 4, 5)), "three shifted groups")
  anova(list(c(5), c(1, 2, 3), c(4, 6)), "a group of one (aov only)")
  anova(list(c(1, 2), c(1, 2), c(1, 2)), "equal means (F = 0)")
  for (i in 1:40) {
    k <- sample(2:6, 1); sizes <- sample(c(2:12, 30, 80), k, TRUE)
    if (i %% 7 == 0) sizes[1] <- 1
    groups <- lapply(seq_len(k), function(g) if (i %% 2) round(rnorm(sizes[g], runif(1, -1, 1)), 2) else likert(sizes[g], shift = runif(1, -0.5, 0.5)))
    if (sum(sapply(groups, function(v) sum((v - mean(v))^2))) == 0) groups[[k]][1] <- groups[[k]][1] + 1
    anova(groups, sprintf("random %d: k = %d", i, k))
  }
  anova(list(rnorm(200, 0), rnorm(200, 1.5), rnorm(200, 3)), "large separation (tiny p)")
  write_fixture("welch_anova.json",
    "kind welch: R t.test(x, y, var.equal = FALSE): statistic t, df1 = parameter (Welch df), p, conf.int (95%). kind anova: summary(aov(y ~ g)): statistic F, df1, df2, p; oneway_f / oneway_p = oneway.test(y ~ g, var.equal = TRUE) where every group has >= 2 values (else null).",
    cases)
}
