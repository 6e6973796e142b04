# Extracts population, GDP and merchandise trade for every country of the scenarios' country tables from the
# Penn World Table 9.1 (Feenstra, Inklaar and Timmer 2015, "The Next Generation of the Penn World Table",
# American Economic Review 105(10): 3150-3182; data licence CC BY 4.0), as shipped by Debian's r-cran-pwt9.
#
#   population_m = pop                                       (millions)
#   gdp_usd_bn   = cgdpo * pl_gdpo / 1000                    (GDP at current market prices, US$ bn)
#   trade_usd_bn = cgdpo * (csh_x * pl_x - csh_m * pl_m) / 1000
#                                                            (merchandise exports + imports, current US$ bn;
#                                                             csh_m is negative in the PWT)
# for the year 2003, the year of both meetings. cgdpo is output-side GDP at current PPPs in 2011 US$; a value at
# current PPPs times its price level (USA 2011 = 1) is the value at market exchange rates (PWT 9 user guide, s. 2).
#
# Usage: Rscript data/extract/pwt.R [--check] TABLE...
#   writes the three columns into each TABLE (a countries.csv), leaving every other cell and the file's quoting as
#   they are; with --check writes nothing and exits 1 naming each cell that differs from the extraction.
# Countries the PWT lacks keep their hand-entered values; their sources are in the table's sources.csv.

suppressPackageStartupMessages(library(pwt9))
args <- commandArgs(trailingOnly = TRUE)
check <- "--check" %in% args
tables <- setdiff(args, "--check")
if (length(tables) == 0) stop("usage: pwt.R [--check] TABLE...")

year <- 2003
data("pwt9.1", package = "pwt9", envir = environment())
pwt <- pwt9.1[pwt9.1$year == year, ]
rownames(pwt) <- as.character(pwt$isocode)

extracted <- function(code) {
  if (!(code %in% rownames(pwt))) return(NULL)
  r <- pwt[code, ]
  values <- c(population_m = r$pop,
              gdp_usd_bn = r$cgdpo * r$pl_gdpo / 1000,
              trade_usd_bn = r$cgdpo * (r$csh_x * r$pl_x - r$csh_m * r$pl_m) / 1000)
  if (any(is.na(values))) return(NULL)
  c(population_m = sprintf("%.3f", values[["population_m"]]),
    gdp_usd_bn = sprintf("%.2f", values[["gdp_usd_bn"]]),
    trade_usd_bn = sprintf("%.2f", values[["trade_usd_bn"]]))
}

# the tables quote a field when it holds a comma, a quote or a line break, and always quote a non-empty `notes`
csv_field <- function(value, column) {
  if (grepl("[\",\r\n]", value) || (column == "notes" && nzchar(value)))
    paste0("\"", gsub("\"", "\"\"", value, fixed = TRUE), "\"")
  else value
}

differences <- 0
for (path in tables) {
  t <- read.csv(path, colClasses = "character", check.names = FALSE, na.strings = character(0),
                encoding = "UTF-8", fileEncoding = "UTF-8")
  for (column in c("population_m", "gdp_usd_bn", "trade_usd_bn"))
    if (!(column %in% names(t))) stop(path, ": no column '", column, "'")
  missing <- character(0)
  for (i in seq_len(nrow(t))) {
    v <- extracted(t$code[i])
    if (is.null(v)) { missing <- c(missing, t$code[i]); next }
    for (column in names(v)) {
      if (t[i, column] != v[[column]]) {
        if (check) cat(sprintf("%s:%d: %s %s is %s, the Penn World Table 9.1 gives %s\n", path, i + 1,
                               t$code[i], column, t[i, column], v[[column]]))
        differences <- differences + 1
        t[i, column] <- v[[column]]
      }
    }
  }
  if (!check) {
    lines <- c(paste(vapply(names(t), function(c) csv_field(c, ""), ""), collapse = ","),
               vapply(seq_len(nrow(t)), function(i)
                 paste(mapply(csv_field, unlist(t[i, ]), names(t)), collapse = ","), ""))
    con <- file(path, open = "wb", encoding = "UTF-8")
    writeLines(enc2utf8(lines), con, sep = "\n", useBytes = TRUE)
    close(con)
  }
  cat(sprintf("%s: %d rows, %d from the Penn World Table (%d); not in it: %s\n", path, nrow(t),
              nrow(t) - length(missing), year, if (length(missing)) paste(missing, collapse = " ") else "none"))
}
if (check && differences > 0) {
  cat(sprintf("%d cells differ from the extraction: run bin/make-data to rewrite them\n", differences))
  quit(status = 1)
}
