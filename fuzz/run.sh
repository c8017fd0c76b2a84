#!/usr/bin/env bash
# Runs each fuzz target for a fixed number of executions and reports the
# figures (not part of the default test run; see BENCHMARKS.md, "Fuzzing").
#
#     fuzz/run.sh                 # 1,000,000 runs of the cleaner, 200,000 of the others
#     RUNS=50000 fuzz/run.sh      # quicker
#
# Needs cargo-fuzz (installed here if missing). The machine's toolchain is
# stable; RUSTC_BOOTSTRAP=1 lets cargo-fuzz's instrumentation flags through,
# and the targets run without a sanitizer (Rust code is memory-safe; the
# fuzzers look for panics, hangs and broken invariants).
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$HOME/.cache/juxta-fuzz-target}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
CLEANER_RUNS="${CLEANER_RUNS:-1000000}"
RUNS="${RUNS:-200000}"
mkdir -p fuzz/corpus/cleaner fuzz/corpus/html
cp -n sources/*/*.txt fuzz/corpus/cleaner/ 2>/dev/null || true
printf '<html><body><article><h1>T</h1><p>Russia said.</p></article></body></html>' > fuzz/corpus/html/seed.html
for target in cleaner frontmatter html config query; do
  n=$RUNS
  [ "$target" = cleaner ] && n=$CLEANER_RUNS
  echo "== $target: $n runs"
  start=$(date +%s)
  cargo fuzz run --sanitizer none --release "$target" -- -runs="$n" -max_len=8192 -timeout=10 2>&1 \
    | grep -E "^#[0-9]+.*(DONE|pulse)|SUMMARY|panicked|Done [0-9]+ runs" | tail -3
  echo "   exit ${PIPESTATUS[0]}, $(( $(date +%s) - start )) s"
done
