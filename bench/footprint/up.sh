#!/usr/bin/env bash
# Warm ./kam up (issue 11 P5): stops the whole suite with ./kam down, then times ./kam up from the
# moment it is called until it has printed that everything is ready. "Warm" means nothing is
# downloaded or built: the downloads are cached and the jars are newer than their sources (this
# script refuses to run otherwise, since the build would be timed too). Opt-in (./kam bench p5-up,
# never part of a plain ./kam bench) because it stops a suite that others may be using.
# The cold start (a first ./kam up on a clean machine, with downloads and the build) is not
# measured here: it depends on the network far more than on the suite.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ROOT=$root
cd "$root"
# shellcheck source=../stack.sh
source bench/stack.sh

if why=$(build_needed); then
  die "./kam up would build first ($why): run ./kam up once, then measure"
fi
log=$(mktemp)
info "P5 warm ./kam up: ./kam down first (log: $log)"
./kam down >"$log" 2>&1 || die "./kam down failed (see $log)"
info "P5 warm ./kam up: timing ./kam up"
start=$(date +%s.%N)
./kam up >>"$log" 2>&1 || die "./kam up failed (see $log)"
end=$(date +%s.%N)
seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
grep -q 'service jars are up to date' "$log" || warn "./kam up did not report up-to-date jars (see $log)"
printf '    ./kam up took %s s (everything ready)\n' "$seconds"
bench_result p5.up.warm.s "$seconds"

if bench_alone; then
  {
    echo
    echo "## Warm ./kam up, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(bench_machine)."
    echo "Command: \`bench/footprint/up.sh\` (./kam down, then ./kam up timed until ready, nothing to build): $seconds s (goal <= 15 s)."
  } >>bench/RESULTS.md
  info "appended to bench/RESULTS.md"
fi
