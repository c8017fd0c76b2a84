#!/usr/bin/env bash
# Batch-build benchmark (BENCHMARKS.md, section "Builds"):
#  1. end-to-end `juxta build` of the seed theme (cold process) against
#     `typst compile` of the same document and data (emitted with --emit typ);
#  2. `juxta build --all` of 20 themes against 20 sequential single-theme builds;
#  3. a no-change rebuild of the 20 themes;
#  4. peak memory of each.
#
#     benches/batch.sh            # from the repository root
#
# Installs what it needs: hyperfine (Debian) and the typst CLI 0.15.1 (crates.io,
# into ~/.cache/juxta-tools, the version juxta embeds).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/juxta-target}"
TOOLS="$HOME/.cache/juxta-tools"
RUNS="${RUNS:-10}"

if ! command -v hyperfine >/dev/null; then
  (apt-get update && apt-get install -y hyperfine) >/dev/null 2>&1 || { echo "needs hyperfine"; exit 1; }
fi
if [ ! -x "$TOOLS/bin/typst" ]; then
  echo "installing the typst CLI 0.15.1 into $TOOLS (several minutes, once)"
  CARGO_TARGET_DIR="$HOME/.cache/juxta-tools-target" cargo install typst-cli --version 0.15.1 --locked --root "$TOOLS"
fi
TYPST="$TOOLS/bin/typst"
cargo build --release --quiet
JUXTA="$CARGO_TARGET_DIR/release/juxta"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r juxta.toml sources report-templates "$WORK/"
cd "$WORK"

peak() { # peak resident memory of a command, in MB
  /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f MB", $1/1024}'
}

echo "== 1. seed theme: juxta build (cold process) vs typst compile of the same document"
"$JUXTA" build --emit pdf,typ --quiet
hyperfine --runs "$RUNS" --warmup 2 -N \
  -n "juxta build --force (index cached)" "$JUXTA build --force --quiet" \
  -n "typst compile (emitted .typ + .json)" "$TYPST compile --font-path output/fonts output/security-guarantor.typ /tmp/juxta-bench-typst.pdf" \
  --export-markdown "$WORK/seed.md" >/dev/null
cat "$WORK/seed.md"
hyperfine --runs "$RUNS" -N --prepare "rm -rf .juxta" \
  -n "juxta build --force, no index cache" "$JUXTA build --force --quiet" \
  --export-markdown "$WORK/cold.md" >/dev/null
tail -n 1 "$WORK/cold.md"
echo "peak memory: juxta build $(peak "$JUXTA" build --force --quiet), typst compile $(peak "$TYPST" compile --font-path output/fonts output/security-guarantor.typ /tmp/juxta-bench-typst.pdf)"

echo
echo "== 2. 20 themes: build --all (2 jobs) vs 20 sequential single-theme builds"
python3 - <<'PY'
import re
c = open("juxta.toml").read()
theme = c[c.index("[themes.security-guarantor]"):]
extra = []
for i in range(2, 21):
    t = theme.replace("security-guarantor", f"theme-{i:02}")
    t = t.replace('title = "Russia as security guarantor"', f'title = "Russia as security guarantor, variant {i}"')
    # vary the facets a little so themes differ
    t = t.replace("passages-per-cell = 2", f"passages-per-cell = {1 + i % 3}")
    extra.append(t)
open("juxta.toml", "w").write(c + "\n" + "\n".join(extra))
PY
THEMES=$("$JUXTA" list --json | python3 -c 'import json,sys; print(" ".join(t["id"] for t in json.load(sys.stdin)["themes"]))')
SEQ=""
for t in $THEMES; do SEQ="$SEQ $JUXTA build $t --force --quiet --jobs 1;"; done
hyperfine --runs 5 --warmup 1 \
  -n "juxta build --all --force (2 jobs)" "$JUXTA build --all --force --quiet --jobs 2" \
  -n "20 × juxta build THEME --force" "$SEQ" \
  --export-markdown "$WORK/all.md" >/dev/null
cat "$WORK/all.md"
echo "peak memory: build --all $(peak "$JUXTA" build --all --force --quiet --jobs 2)"

echo
echo "== 3. no-change rebuild of 20 themes"
"$JUXTA" build --all --quiet
hyperfine --runs 20 --warmup 3 -N -n "juxta build --all (nothing changed)" "$JUXTA build --all --quiet" \
  --export-markdown "$WORK/nochange.md" >/dev/null
cat "$WORK/nochange.md"
echo "peak memory: no-change rebuild $(peak "$JUXTA" build --all --quiet)"
echo
echo "machine: $(nproc) cores; $(uname -sr); juxta $("$JUXTA" --version | cut -d' ' -f2); $("$TYPST" --version | head -1)"
