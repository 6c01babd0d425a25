# Reference values for numeric columns of a plain CSV (ReportBuilder+Numeric), computed by R.
# Writes numeric_columns.csv (the input, ';'-separated with decimal commas, as Dutch Excel saves)
# and numeric_columns.json (what the report must say). Run from this folder:
#   Rscript make_numeric_columns.R
library(jsonlite)
set.seed(2023)
n <- 90
role <- sample(c("professional", "student"), n, replace = TRUE, prob = c(0.6, 0.4))
region <- sample(c("noord", "midden", "zuid"), n, replace = TRUE)
age <- round(ifelse(role == "student", 22, 41) + rnorm(n, 0, 7))
hours <- round(ifelse(region == "zuid", 30, 26) + rnorm(n, 0, 6), 1)
opinion <- sample(c("Oneens", "Eens", "Neutraal"), n, replace = TRUE)
age[c(5, 17)] <- NA
hours[c(9)] <- NA
csv <- data.frame(opinion, role, region, age = ifelse(is.na(age), "", age),
                  hours = ifelse(is.na(hours), "", sub(".", ",", format(hours, nsmall = 1, trim = TRUE), fixed = TRUE)))
write.table(csv, "numeric_columns.csv", sep = ";", row.names = FALSE, quote = FALSE)

describe <- function(x) {
  x <- x[!is.na(x)]
  t <- t.test(x)
  list(n = length(x), mean = mean(x), sd = sd(x), ci95 = as.numeric(t$conf.int), median = median(x))
}
compare <- function(x, g) {
  keep <- !is.na(x)
  x <- x[keep]; g <- factor(g[keep])
  groups <- lapply(levels(g), function(l) c(list(id = l), describe(x[g == l])))
  tests <- list()
  if (nlevels(g) == 2) {
    t <- t.test(x ~ g)
    w <- wilcox.test(x ~ g, exact = FALSE, correct = TRUE)
    tests <- list(list(test = "welch_t", statistic = unname(t$statistic), df = unname(t$parameter), p = t$p.value),
                  list(test = "mann_whitney", statistic = unname(w$statistic), p = w$p.value))
  } else {
    f <- oneway.test(x ~ g, var.equal = TRUE)
    k <- kruskal.test(x ~ g)
    tests <- list(list(test = "anova", statistic = unname(f$statistic), df = unname(f$parameter), p = f$p.value),
                  list(test = "kruskal_wallis", statistic = unname(k$statistic), df = unname(k$parameter), p = k$p.value))
  }
  list(groups = groups, tests = tests)
}
out <- list(
  age = c(describe(age), list(by_role = compare(age, role), by_region = compare(age, region))),
  hours = c(describe(hours), list(by_role = compare(hours, role), by_region = compare(hours, region))))
write_json(out, "numeric_columns.json", auto_unbox = TRUE, digits = NA, pretty = TRUE)
