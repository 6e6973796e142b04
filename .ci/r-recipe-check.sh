#!/usr/bin/env bash
# CI: runs the R recipe of docs/results.md ("Reading results in R and Python", the first ```r block) on a small
# Cancún batch (the qualified-majority counterfactual) with Rscript, and fails if the recipe fails, if R's default read.csv changes a single seed from what
# Java wrote in runs.csv, or if the recipe's breakdown count or interval is not summary.json's. The recipe is taken from the
# docs themselves, so the docs show what CI runs. Needs Rscript (apt-get install r-base-core).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v Rscript >/dev/null 2>&1 || { echo "r-recipe-check: needs Rscript (apt-get install r-base-core)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
results="$work/results"
# the qualified-majority counterfactual breaks down in about one run in eight: enough runs on both sides for the
# recipe to estimate the correlation within input draws, as summary.json does
if ! bin/ministerial batch scenarios/counterfactuals/qualified-majority.yaml --runs 200 --seed 1 --out "$results" \
    >"$work/batch.log" 2>&1; then
  cat "$work/batch.log" >&2
  exit 1
fi

awk '/^```r$/ { inside = 1; next } inside && /^```$/ { exit } inside' docs/results.md >"$work/recipe.R"
if ! grep -q '^folder <- ' "$work/recipe.R"; then
  echo "r-recipe-check: no R recipe starting 'folder <- ' in docs/results.md" >&2
  exit 1
fi
# the recipe's folder line names an example folder: point it at the batch
sed -i "s|^folder <- .*|folder <- \"$results\"|" "$work/recipe.R"

# what Java wrote: the second field of every row (run and seed are never quoted)
tail -n +2 "$results/runs.csv" | cut -d, -f2 >"$work/java-seeds.txt"
breakdowns="$(grep -A1 '"breakdown" : {' "$results/summary.json" | sed -n 's/.*"count" : \([0-9]*\).*/\1/p')"
# and its interval (six decimals in summary.json)
read -r java_lower java_upper <<<"$(grep -A3 '"breakdown" : {' "$results/summary.json" |
  sed -n 's/.*"ci95" : \[ \([0-9.]*\), \([0-9.]*\) \].*/\1 \2/p')"
cat >>"$work/recipe.R" <<CHECK
java_seeds <- readLines("$work/java-seeds.txt")
if (!identical(runs\$seed, java_seeds)) {
  print(data.frame(r = runs\$seed, java = java_seeds)[runs\$seed != java_seeds, ])
  stop("R read seeds that differ from the ones Java wrote in runs.csv")
}
if (k != $breakdowns) stop(sprintf("the recipe counts %d breakdowns, summary.json %d", k, $breakdowns))
if (abs(lower - $java_lower) > 1e-6 || abs(upper - $java_upper) > 1e-6)
  stop(sprintf("the recipe's interval [%.6f, %.6f] is not summary.json's [%s, %s]", lower, upper, "$java_lower", "$java_upper"))
cat("r-recipe-check: ok,", length(java_seeds), "seeds read exactly\n")
CHECK
Rscript "$work/recipe.R"
