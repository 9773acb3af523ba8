#!/usr/bin/env bash
# Mutation testing: `cargo mutants` changes the crate's code one place at a
# time (a function's body replaced, an operator swapped, a condition negated)
# and runs the tests against each change; a change the tests do not notice is
# a survivor. Not run in CI: it takes hours on two cores.
#
#   bash scripts/mutants.sh            # every mutant of the crate
#   bash scripts/mutants.sh -f src/query/citation.rs   # one file
#
# The report lands in target/mutants/mutants.out/ (caught.txt, missed.txt,
# timeout.txt, unviable.txt); the score is caught / (caught + missed).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cargo-mutants > /dev/null; then
    cargo install --locked cargo-mutants
fi
# Property tests run a few cases per mutant: enough to notice a broken
# function, few enough to keep each run short. No debug info: faster links.
export PROPTEST_CASES=${PROPTEST_CASES:-32}
export CARGO_PROFILE_DEV_DEBUG=0
# First every mutant against the unit and integration tests; then the mutants
# they missed again with the doc tests too, which compile slowly but test many
# functions through their examples.
cargo mutants --output target/mutants --jobs "${JOBS:-2}" --timeout 300 "$@" \
    -- --all-features --lib --tests || true
cargo mutants --output target/mutants --iterate --jobs "${JOBS:-2}" --timeout 600 "$@" \
    -- --all-features || true
out=target/mutants/mutants.out
caught=$(cat "$out/caught.txt" "$out/previously_caught.txt" 2> /dev/null | sort -u | wc -l)
missed=$(wc -l < "$out/missed.txt")
timeout=$(wc -l < "$out/timeout.txt")
unviable=$(wc -l < "$out/unviable.txt")
echo "caught $caught, missed $missed, timed out $timeout, unviable $unviable"
awk -v c="$caught" -v m="$missed" -v t="$timeout" 'BEGIN { printf "score: %.1f%% of %d viable mutants caught (timeouts counted as caught)\n", 100 * (c + t) / (c + m + t), c + m + t }'
if [ "$missed" -gt 0 ]; then
    echo "survivors:"
    cat "$out/missed.txt"
fi
