#!/usr/bin/env bash
# Render cost against the number of facets (BENCHMARKS.md, "Many facets";
# issue 16, class 7): the bundled project with one theme of N facets
# (two-word queries over the seed articles, one passage per cell), built
# with --force. Prints CPU time (the parent and its render worker), wall
# time, peak memory and pages per N; the CPU time must grow linearly.
#
#     benches/facets.sh                    # from the repository root
#     FACETS="100 200" benches/facets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/juxta-target}"
cargo build --release --quiet
JUXTA="$CARGO_TARGET_DIR/release/juxta"
FACETS="${FACETS:-25 50 100 200 400 1000}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf '%-7s %8s %8s %10s %6s\n' facets "cpu s" "wall s" "peak KB" pages
for n in $FACETS; do
  p="$WORK/f$n"
  mkdir -p "$p"
  cp -r sources report-templates "$p/"
  python3 - juxta.toml "$p/juxta.toml" "$n" <<'PY'
import sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
head = open(src).read().split("[themes.")[0]
head = head.replace('default-theme = "security-guarantor"', 'default-theme = "many"')
words = ["Russia", "peace", "war", "Moscow", "Armenia", "Azerbaijan", "talks",
         "ceasefire", "troops", "Karabakh", "Putin", "military", "security",
         "alliance", "border", "sanctions", "treaty", "government", "president", "minister"]
out = [head, '[themes.many]\ntitle = "Many facets"\ntemplate = "side-by-side"\npassages-per-cell = 1\n']
for i in range(n):
    out.append(f'\n[[themes.many.facets]]\nid = "f{i}"\ntitle = "Facet {i}"\n'
               f"query = '{words[i % 20]} OR {words[(i * 7 + 3) % 20]}'\n")
open(dst, "w").write("".join(out))
PY
  (cd "$p" && "$JUXTA" build --quiet >/dev/null 2>&1) || true   # warm the caches
  (cd "$p" && /usr/bin/time -o "$WORK/t" -f '%U %S %e %M' "$JUXTA" build --force --quiet >/dev/null 2>"$WORK/err") || { cat "$WORK/err"; exit 1; }
  read -r user sys wall kb < <(tail -1 "$WORK/t")
  pages=$(pdfinfo "$p/output/many.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  printf '%-7s %8.2f %8.2f %10s %6s\n' "$n" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" "$wall" "$kb" "${pages:-?}"
done
