#!/usr/bin/env bash
# Reads a corpus of files with two juxta binaries and lists the files whose
# `inspect --json` differs: the check that a reading rule changed only what
# it meant to.
#
#   benches/same_inspect.sh OLD_JUXTA NEW_JUXTA CORPUS_DIR [OUT_DIR]
#
# CORPUS_DIR holds any files, in any folders (for example the w3m and lynx
# dumps `examples/eval_text.rs --dumps` writes, the benchmark's HTML pages
# copied as .html, the seeds). Each file is read alone; OUT_DIR (default
# /tmp/same-inspect) gets old/ and new/ with one JSON per file.
set -euo pipefail
old=$1 new=$2 corpus=$3 out=${4:-/tmp/same-inspect}
rm -rf "$out"; mkdir -p "$out/old" "$out/new"
n=0 changed=0
while IFS= read -r -d '' f; do
  key=$(printf '%s' "${f#"$corpus"/}" | tr '/' '%')
  "$old" inspect --json "$f" > "$out/old/$key.json" 2>/dev/null || echo "refused: $?" >> "$out/old/$key.json"
  "$new" inspect --json "$f" > "$out/new/$key.json" 2>/dev/null || echo "refused: $?" >> "$out/new/$key.json"
  n=$((n + 1))
  if ! cmp -s "$out/old/$key.json" "$out/new/$key.json"; then
    changed=$((changed + 1)); echo "changed: ${f#"$corpus"/}"
  fi
done < <(find "$corpus" -type f -print0 | sort -z)
echo "$changed of $n files changed"
