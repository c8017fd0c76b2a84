#!/usr/bin/env bash
# Instructions per byte of ingestion, counted by callgrind (load-independent,
# unlike wall time on a shared machine): the scale bench's generated corpus
# ingested at two sizes, and the difference of corpus::ingest_all_with's
# inclusive instructions over the difference of bytes, so that start-up and
# the generator do not count.
#
#   cargo bench --bench scale --no-run      # prints the bench binary's path
#   benches/ingest_instructions.sh <scale bench binary> [SMALL LARGE]
#
# Needs valgrind (Debian package valgrind). Prints one line per size and
# the instructions per byte.
set -euo pipefail
bin="$1"
small="${2:-300}"
large="${3:-600}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
count() {
  local n="$1"
  SCALE_INGEST_ONLY=1 valgrind --tool=callgrind --callgrind-out-file="$out/cg.$n" \
    "$bin" --one "$n" > "$out/run.$n" 2> /dev/null
  local bytes ir
  bytes="$(sed -n 's/.*(\([0-9]*\) bytes).*/\1/p' "$out/run.$n")"
  ir="$(callgrind_annotate --inclusive=yes "$out/cg.$n" 2> /dev/null |
    grep 'corpus::ingest_all_with' | head -1 | awk '{gsub(",", "", $1); print $1}')"
  echo "$n articles: $bytes bytes, $ir instructions" >&2
  echo "$bytes $ir"
}
read -r b1 i1 < <(count "$small")
read -r b2 i2 < <(count "$large")
python3 -c "print(f'instructions per byte: {($i2 - $i1) / ($b2 - $b1):.1f}')"
