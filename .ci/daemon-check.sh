#!/usr/bin/env bash
# The launcher's daemon (bin/ministerial; docs/performance.md, "A warm JVM between commands"), as a user meets it:
# the first batch starts a daemon for this folder and the second is served by the same one; both write the files a
# batch in a JVM of its own writes (MINISTERIAL_DAEMON=off); `bin/ministerial daemon` lists it, `daemon stop` stops it.
# Uses a private XDG_RUNTIME_DIR, so it meets no other daemon.
set -euo pipefail
cd "$(dirname "$0")/.."
XDG_RUNTIME_DIR="$(mktemp -d)"
export XDG_RUNTIME_DIR
work="$(mktemp -d)"
trap 'bin/ministerial daemon stop >/dev/null 2>&1 || true; rm -rf "$work" "$XDG_RUNTIME_DIR"' EXIT
fail() { echo "daemon check: $*" >&2; exit 1; }
batch() { bin/ministerial batch scenarios/textbook.yaml --runs 50 --seed 1 --set parameters.noise.position=0.05 --out "$@"; }

MINISTERIAL_DAEMON=off batch "$work/alone" >/dev/null 2>&1
[ "$(bin/ministerial daemon)" = "no daemon is running" ] || fail "MINISTERIAL_DAEMON=off started a daemon"

batch "$work/first" >"$work/first.out" 2>&1
listed="$(bin/ministerial daemon)"
[ "$(echo "$listed" | grep -c " serves $(pwd -P) ")" = 1 ] || fail "the first batch left no daemon for $(pwd -P): $listed"
batch "$work/second" >/dev/null 2>&1
[ "$(bin/ministerial daemon)" = "$listed" ] || fail "the second batch was not served by the first one's daemon"

for served in first second; do
  diff -r -x manifest.json "$work/alone" "$work/$served" >/dev/null || fail "the $served batch's files differ from a JVM of its own"
done
grep -q "results: $work/first" "$work/first.out" || fail "the daemon's output did not reach the terminal"

# a scenario read from the client's standard input through a link is the client's file: run in a JVM of its own
ln -s /dev/stdin "$work/linked.yaml"
bin/ministerial batch "$work/linked.yaml" --runs 50 --seed 1 --set parameters.noise.position=0.05 --out "$work/linked" \
  >/dev/null 2>&1 <scenarios/textbook.yaml || fail "a scenario named by a link to /dev/stdin did not run"
cmp -s "$work/alone/runs.csv" "$work/linked/runs.csv" || fail "the scenario read through /dev/stdin gave other runs"

bin/ministerial daemon stop >/dev/null
[ "$(bin/ministerial daemon)" = "no daemon is running" ] || fail "daemon stop left a daemon"
echo "daemon check: passed"
