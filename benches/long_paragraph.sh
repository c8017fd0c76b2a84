#!/usr/bin/env bash
# Cost of one pathological article (BENCHMARKS.md, "One huge paragraph";
# issue 16, class 3): a source that is a single paragraph of 1, 4 and 16 MiB
# with no newline, in a fresh `juxta init` project, built cold. Prints wall
# time and peak memory (GNU time) per size; a build must stay linear.
#
#     benches/long_paragraph.sh            # from the repository root
#     SIZES="1 4" benches/long_paragraph.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/juxta-target}"
cargo build --release --quiet
JUXTA="$CARGO_TARGET_DIR/release/juxta"
SIZES="${SIZES:-1 4 16}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf '%-6s %10s %12s\n' MiB seconds "peak KB"
for mib in $SIZES; do
  p="$WORK/p$mib"
  "$JUXTA" init "$p" >/dev/null 2>&1
  python3 - "$p/sources/example-news/long.txt" "$mib" <<'PY'
import sys
path, mib = sys.argv[1], int(sys.argv[2])
head = "Title: One long paragraph\n\n"
s = "The tram line will cut commuting traffic and cost millions of euros, officials said. "
n = mib * 1024 * 1024 - len(head) - 1
open(path, "w").write(head + (s * (n // len(s) + 1))[:n] + "\n")
PY
  (cd "$p" && /usr/bin/time -o "$WORK/t" -f '%e %M %x' "$JUXTA" build --quiet >/dev/null 2>"$WORK/err") || true
  read -r secs kb code < <(tail -1 "$WORK/t")
  printf '%-6s %10s %12s' "$mib" "$secs" "$kb"
  [ "$code" = 0 ] && echo || { echo "  (exit $code: $(tail -1 "$WORK/err"))"; }
done
