#!/usr/bin/env bash
# Runs each fuzz target for a fixed number of executions and reports the
# figures (not part of the default test run; see BENCHMARKS.md, "Fuzzing").
#
#     fuzz/run.sh                  # 1,000,000 runs per target (300,000 for html)
#     RUNS=20000 fuzz/run.sh       # quicker
#     fuzz/run.sh cleaner html     # some targets only
#
# A crash stops that target with exit code 1 and leaves the input in
# fuzz/artifacts/<target>/.
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
HTML_RUNS="${HTML_RUNS:-${RUNS:-300000}}"
RUNS="${RUNS:-1000000}"
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(cleaner frontmatter html config query)
mkdir -p fuzz/corpus/cleaner fuzz/corpus/html fuzz/corpus/frontmatter
cp -n sources/*/*.txt fuzz/corpus/cleaner/ 2>/dev/null || true
# Inputs that once found a bug (fuzz/seeds/<target>/) start each run.
for dir in fuzz/seeds/*/; do
  mkdir -p "fuzz/corpus/$(basename "$dir")"
  cp -n "$dir"* "fuzz/corpus/$(basename "$dir")/" 2>/dev/null || true
done
printf '<html><body><article><h1>T</h1><p>Russia said.</p></article></body></html>' > fuzz/corpus/html/seed.html
status=0
for target in "${TARGETS[@]}"; do
  n=$RUNS
  [ "$target" = html ] && n=$HTML_RUNS
  echo "== $target: $n runs"
  start=$(date +%s)
  cargo fuzz build --sanitizer none --release "$target" >/dev/null 2>&1
  set +e
  cargo fuzz run --sanitizer none --release "$target" -- -runs="$n" -max_len=8192 -timeout=10 \
    > "fuzz/$target.log" 2>&1
  code=$?
  set -e
  grep -E "SUMMARY|panicked|Done [0-9]+ runs" "fuzz/$target.log" | tail -3
  echo "   exit $code; $(( $(date +%s) - start )) s; corpus $(ls "fuzz/corpus/$target" 2>/dev/null | wc -l) inputs; artifacts $(ls "fuzz/artifacts/$target" 2>/dev/null | wc -l)"
  [ $code -eq 0 ] || status=1
done
exit $status
