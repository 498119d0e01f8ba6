# Peer for bench/score-bench.mjs: the same scoring work in R (base stats), on a slice written by
# `node bench/score-bench.mjs --peer-r` (responses CSV in the genbridge-score format, and a CSV of
# the instrument's items). Per construct: scale scores (mean of answered items after reverse
# keying, ≥ 75% answered), then for every group (all, role, cohort, generation): paired t test,
# Wilcoxon signed-rank test (wilcox.test, paired), raw Cronbach's alpha per wave on complete
# cases (the covariance formula psych::alpha uses for raw_alpha). Prints one JSON line with the
# CPU time (user + system) of the fastest of `runs` runs, reading the CSV excluded.
#   Rscript bench/score-peer.R responses.csv items.csv [runs]
args <- commandArgs(trailingOnly = TRUE)
responses <- read.csv(args[1], stringsAsFactors = FALSE)
items <- read.csv(args[2], stringsAsFactors = FALSE)
runs <- if (length(args) >= 3) as.integer(args[3]) else 3L

alpha_raw <- function(x) {
  x <- x[stats::complete.cases(x), , drop = FALSE]
  k <- ncol(x)
  if (nrow(x) < 2 || k < 2) return(NA_real_)
  v <- stats::cov(x)
  total <- sum(v)
  if (total <= 0) return(NA_real_)
  k / (k - 1) * (1 - sum(diag(v)) / total)
}

score <- function() {
  base <- responses[responses$wave == "baseline", ]
  exit <- responses[responses$wave == "exit", ]
  paired <- merge(base, exit, by = "participant", suffixes = c(".pre", ".post"))
  groups <- list(all = rep(TRUE, nrow(paired)))
  for (dim in c("role", "cohort", "generation")) {
    v <- paired[[paste0(dim, ".pre")]]
    v[is.na(v) | v == ""] <- "not_stated"
    for (value in unique(v)) groups[[paste0(dim, ":", value)]] <- v == value
  }
  out <- list()
  for (construct in unique(items$construct)) {
    ids <- items$item[items$construct == construct]
    reverse <- items$reverse[items$construct == construct]
    keyed <- function(wave) {
      x <- as.matrix(paired[paste0(ids, ".", wave)])
      x[, reverse] <- 6 - x[, reverse]
      x
    }
    pre <- keyed("pre")
    post <- keyed("post")
    scale <- function(x) {
      s <- rowMeans(x, na.rm = TRUE)
      s[rowSums(!is.na(x)) < ceiling(0.75 * ncol(x))] <- NA
      s
    }
    spre <- scale(pre)
    spost <- scale(post)
    d <- round(spost - spre, 9)
    for (g in names(groups)) {
      m <- groups[[g]] & !is.na(d)
      if (sum(m) < 5) next
      out[[paste(construct, g)]] <- c(
        t = stats::t.test(spost[m], spre[m], paired = TRUE)$statistic,
        v = suppressWarnings(stats::wilcox.test(d[m])$statistic),
        a1 = alpha_raw(pre[groups[[g]], , drop = FALSE]),
        a2 = alpha_raw(post[groups[[g]], , drop = FALSE])
      )
    }
  }
  out
}

times <- replicate(runs, {
  t <- system.time(score())
  t[["user.self"]] + t[["sys.self"]]
})
cat(sprintf('{"participants": %d, "seconds": %.3f, "r": "%s"}\n',
            length(unique(responses$participant)), min(times), R.version.string))
