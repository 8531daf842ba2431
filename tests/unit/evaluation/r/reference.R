# Reference values for tests/unit/evaluation/stats_reference_test.cpp, computed with R's own tests.
# Regenerate (only when a case is added; R is not needed to build or test):
#   Rscript tests/unit/evaluation/r/reference.R > tests/unit/evaluation/r/reference.csv
# One row per (case, test). Inputs are written with 17 significant digits so the C++ test reads the very same
# doubles. Columns that do not apply are NA; valid = 0 where R refuses the data (stop() or a NaN p-value).
# The R version that produced the committed file is on its first line.

num <- function(v) if (length(v) == 0 || is.null(v) || is.na(v[1])) "NA" else sprintf("%.17g", v)
vec <- function(v) if (length(v) == 0) "" else paste(sprintf("%.17g", v), collapse = " ")

rows <- character(0)
emit <- function(case, test, x, y, valid, n = NA, statistic = NA, p = NA, df = NA, ci_low = NA, ci_high = NA,
                 estimate = NA, se = NA, exact = NA, alpha = 0.05) {
  rows <<- c(rows, paste(case, test, vec(x), vec(y), as.integer(valid), num(n), num(statistic), num(p), num(df),
                         num(ci_low), num(ci_high), num(estimate), num(se), num(exact), num(alpha), sep = ","))
}

# t.test(post, pre, paired = TRUE) tests post − pre, the C++ PairedTTest(pre, post).
paired_t <- function(case, pre, post, alpha = 0.05) {
  r <- tryCatch(t.test(post, pre, paired = TRUE, conf.level = 1 - alpha), error = function(e) NULL)
  if (is.null(r) || is.nan(r$p.value)) return(emit(case, "paired_t", pre, post, FALSE, alpha = alpha))
  emit(case, "paired_t", pre, post, TRUE, n = length(pre), statistic = r$statistic, p = r$p.value,
       df = r$parameter, ci_low = r$conf.int[1], ci_high = r$conf.int[2], estimate = r$estimate, alpha = alpha)
}

signed_rank <- function(case, pre, post) {
  r <- tryCatch(suppressWarnings(wilcox.test(post, pre, paired = TRUE)), error = function(e) NULL)
  d <- post - pre
  n <- sum(d != 0)
  if (is.null(r) || is.nan(r$p.value)) return(emit(case, "signed_rank", pre, post, FALSE, n = n))
  emit(case, "signed_rank", pre, post, TRUE, n = n, statistic = r$statistic, p = r$p.value,
       exact = as.integer(grepl("exact", r$method)))
}

welch_t <- function(case, a, b, alpha = 0.05) {
  r <- tryCatch(t.test(a, b, conf.level = 1 - alpha), error = function(e) NULL)
  if (is.null(r) || is.nan(r$p.value)) return(emit(case, "welch_t", a, b, FALSE, alpha = alpha))
  emit(case, "welch_t", a, b, TRUE, n = length(a) + length(b), statistic = r$statistic, p = r$p.value,
       df = r$parameter, ci_low = r$conf.int[1], ci_high = r$conf.int[2], alpha = alpha)
}

mann_whitney <- function(case, a, b) {
  r <- tryCatch(suppressWarnings(wilcox.test(a, b)), error = function(e) NULL)
  if (is.null(r) || is.nan(r$p.value)) return(emit(case, "mann_whitney", a, b, FALSE, n = length(a) + length(b)))
  emit(case, "mann_whitney", a, b, TRUE, n = length(a) + length(b), statistic = r$statistic, p = r$p.value,
       exact = as.integer(grepl("exact", r$method)))
}

# Difference-in-differences (EVALUATION.md): no R built-in, so the definition written out in R.
# x = before_T and after_T joined, y = before_C and after_C joined; the split sizes are in `n` as "nbT nbC".
did <- function(case, bt, at, bc, ac) {
  est <- (mean(at) - mean(bt)) - (mean(ac) - mean(bc))
  se <- sqrt(var(bt) / length(bt) + var(at) / length(at) + var(bc) / length(bc) + var(ac) / length(ac))
  z <- est / se
  emit(case, "did", c(bt, at), c(bc, ac), TRUE, n = length(bt) * 10000 + length(bc), statistic = z,
       p = 2 * pnorm(-abs(z)), estimate = est, se = se)
}

bh <- function(case, p) emit(case, "bh", p, p.adjust(p, "BH"), TRUE, n = length(p))

both_paired <- function(case, pre, post) { paired_t(case, pre, post); signed_rank(case, pre, post) }
both_unpaired <- function(case, a, b) { welch_t(case, a, b); mann_whitney(case, a, b) }

# --- paired: pre/post test scores -------------------------------------------------------------------------
both_paired("small_no_ties", c(60, 55, 70, 65, 50), c(72, 60, 78, 64, 66))
both_paired("ties", c(60, 55, 70, 65, 50, 62, 58, 71), c(65, 60, 75, 60, 55, 70, 66, 80))
both_paired("zeros", c(60, 55, 70, 65, 50, 62, 58, 71, 40), c(60, 59, 77, 65, 52, 73, 58, 80, 55))
both_paired("n2", c(50, 60), c(55, 70))
both_paired("n1", c(50), c(55))
both_paired("equal_samples", c(50, 60, 70, 80), c(50, 60, 70, 80))
both_paired("constant_difference", c(50, 60, 70, 80, 90), c(55, 65, 75, 85, 95))
both_paired("all_positive", c(40, 42, 44, 46, 48, 50, 52, 54, 56, 58), c(41, 44, 47, 50, 53, 56, 59, 62, 65, 68))
both_paired("all_negative", c(70, 72, 74, 76, 78, 80), c(69.5, 70.1, 71, 72.2, 73, 74.9))
both_paired("fractional", c(3.1, 2.7, 3.3, 2.9, 3.6, 3.0, 2.8), c(3.4, 3.0, 3.2, 3.5, 3.9, 3.05, 3.3))
set.seed(8)
pre49 <- round(runif(49, 40, 70), 2)
both_paired("n49_exact", pre49, pre49 + seq(-20, 28, by = 1) + 0.37)
pre50 <- round(runif(50, 40, 70), 2)
both_paired("n50_normal", pre50, pre50 + seq(-20, 29, by = 1) + 0.37)
pre_small <- round(rnorm(30, 60, 10))
both_paired("n30_integer_ties", pre_small, pmin(100, pmax(0, pre_small + round(rnorm(30, 4, 6)))))
pre_big <- round(rnorm(500, 60, 12), 1)
both_paired("large_n500", pre_big, pre_big + round(rnorm(500, 1.5, 8), 1))
pre_null <- round(rnorm(200, 70, 5))
both_paired("large_null_ties_zeros", pre_null, pre_null + sample(-3:3, 200, replace = TRUE))
both_paired("strong_effect_n40", 1:40 + 0.5, 1:40 + 0.5 + (1:40) * 0.75 + 3)
paired_t("alpha_0.10", c(60, 55, 70, 65, 50, 62), c(72, 60, 78, 64, 66, 61), alpha = 0.10)

# --- unpaired: respondent indices (×25 scale) and ordinal scores --------------------------------------------
both_unpaired("small_no_ties", c(71.2, 80.5, 77.7, 69.4, 83.3), c(75.1, 88.8, 91.6, 86.2, 79.9, 94.4, 84.0))
both_unpaired("ties", c(75, 75, 80.5, 69.4, 83.3, 75, 66.7), c(75, 88.8, 91.6, 83.3, 79.9, 94.4, 75, 83.3))
both_unpaired("n2_each", c(70, 80), c(85, 95))
both_unpaired("n1_and_n3", c(70), c(85, 95, 90))
both_unpaired("one_constant", c(75, 75, 75, 75), c(70.1, 80.3, 77.2, 83.9, 68.4))
both_unpaired("both_constant_apart", c(75, 75, 75), c(80, 80, 80, 80))
both_unpaired("all_equal", c(75, 75, 75), c(75, 75))
both_unpaired("unequal_variances", c(50.3, 98.2, 61.7, 90.4, 55.5, 99.9, 47.1), c(76.1, 76.4, 75.9, 76.3, 76.2))
set.seed(14)
a49 <- round(runif(49, 50, 100), 3)
both_unpaired("n49_n30_exact", a49, round(runif(30, 55, 100), 3))
both_unpaired("n50_n10_normal", round(runif(50, 50, 100), 3), round(runif(10, 55, 100), 3))
resp <- function(k, p) 25 * rowMeans(matrix(sample(1:4, 9 * k, replace = TRUE, prob = p), ncol = 9))
both_unpaired("large_respondents", resp(1000, c(0.1, 0.2, 0.4, 0.3)), resp(800, c(0.08, 0.17, 0.42, 0.33)))
welch_t("alpha_0.10", c(71.2, 80.5, 77.7, 69.4, 83.3), c(75.1, 88.8, 91.6, 86.2), alpha = 0.10)

# --- difference-in-differences -------------------------------------------------------------------------------
did("small", c(70, 72, 68, 75), c(78, 80, 76, 83, 79), c(71, 69, 73), c(72, 70, 75, 71))
did("large", resp(300, c(0.1, 0.2, 0.4, 0.3)), resp(320, c(0.05, 0.15, 0.45, 0.35)),
    resp(280, c(0.1, 0.2, 0.4, 0.3)), resp(310, c(0.1, 0.2, 0.4, 0.3)))
did("falling", c(80, 82, 85, 79, 90), c(70, 75, 72, 69), c(70, 71, 72), c(71, 73, 70, 72))

# --- Benjamini–Hochberg ---------------------------------------------------------------------------------------
bh("distinct", c(0.01, 0.04, 0.03, 0.005, 0.5, 0.2))
bh("ties_in_p", c(0.02, 0.02, 0.02, 0.04, 0.04, 0.9, 0.001, 0.001))
bh("with_one", c(1, 0.5, 0.001, 1))
bh("single", c(0.03))
bh("all_tiny", c(1e-10, 3e-12, 2e-10, 5e-300))
set.seed(88)
bh("many", round(runif(100)^3, 6))

# --- the exact distributions alone (stats_exact.hpp), as wilcox.test's two-sided rule uses them ------------
# signed_rank_exact: x = (V, n); rank_sum_exact: x = (W, m, n); p = the two-sided exact p-value.
two_sided_signrank <- function(v, n) min(1, 2 * (if (v > n * (n + 1) / 4) psignrank(v - 1, n, lower.tail = FALSE)
                                                  else psignrank(v, n)))
two_sided_wilcox <- function(w, m, n) min(1, 2 * (if (w > m * n / 2) pwilcox(w - 1, m, n, lower.tail = FALSE)
                                                  else pwilcox(w, m, n)))
for (n in c(1, 2, 3, 10, 30, 49)) {
  top <- n * (n + 1) / 2
  for (v in unique(c(0, 1, floor(top / 4), floor(top / 2), ceiling(top / 2), top - 1, top))) {
    emit(paste0("n", n, "_v", v), "signed_rank_exact", c(v, n), numeric(0), TRUE, p = two_sided_signrank(v, n))
  }
}
for (mn in list(c(1, 1), c(1, 5), c(3, 4), c(10, 12), c(49, 49), c(49, 3), c(2, 49))) {
  m <- mn[1]; n <- mn[2]
  for (w in unique(c(0, 1, floor(m * n / 3), floor(m * n / 2), ceiling(m * n / 2), m * n - 1, m * n))) {
    emit(paste0("m", m, "_n", n, "_w", w), "rank_sum_exact", c(w, m, n), numeric(0), TRUE,
         p = two_sided_wilcox(w, m, n))
  }
}

cat("# R version: ", R.version$version.string, "\n", sep = "")
cat("case,test,x,y,valid,n,statistic,p,df,ci_low,ci_high,estimate,se,exact,alpha\n")
cat(rows, sep = "\n")
cat("\n")
