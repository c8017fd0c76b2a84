#!/usr/bin/env bash
# The shared PostgreSQL archive at scale (issue 18): generates a corpus,
# pushes it, builds one theme from the archive in a folder without
# sources/ (over all dates, one year and one month) reading candidates
# (`local-index = false`), then over all dates in another such folder with
# the local copy of the index (its first build makes it, the second reads
# it), and prints push rate, build times, candidate passages read and
# database size.
#
#   benches/archive.sh 10000 100000
#
# Uses the server of JUXTA_TEST_PG ("host=/tmp/pg user=postgres") when set;
# otherwise starts a throwaway cluster (as root: initdb as the postgres
# user, a Unix socket in a temp folder, no TCP) and stops it at the end.
# Needs a release build: target/release/juxta or $CARGO_TARGET_DIR/release/juxta.
set -euo pipefail
cd "$(dirname "$0")/.."
JUXTA="${JUXTA:-${CARGO_TARGET_DIR:-target}/release/juxta}"
[ -x "$JUXTA" ] || { echo "build first: cargo build --release" >&2; exit 2; }
SIZES=("${@:-10000}")
WORK="$(mktemp -d /tmp/juxta-archive-bench.XXXXXX)"
# The server runs as postgres and must reach its folder inside.
chmod 755 "$WORK"
PG_BIN=/usr/lib/postgresql/15/bin
cleanup() {
  if [ -n "${OWN_PG:-}" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
if [ -z "${JUXTA_TEST_PG:-}" ]; then
  OWN_PG=1
  mkdir -p "$WORK/pg/sock"
  chown -R postgres "$WORK/pg"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U postgres >/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w \
    -o "-k $WORK/pg/sock -c listen_addresses='' -c shared_buffers=256MB -c max_wal_size=4GB" start >/dev/null
  JUXTA_TEST_PG="host=$WORK/pg/sock user=postgres"
fi
psql_() { psql "$JUXTA_TEST_PG dbname=postgres" -qAtc "$1"; }
now() { date +%s.%N; }
printf '%-9s %-10s %-9s %-11s %-9s %-11s %-8s %-11s %-8s %-11s %-8s %-8s %-8s\n' articles passages "push s" "push art/s" "build s" "candidates" "year s" "candidates" "month s" "candidates" "db MB" "copy s" "warm s"
for n in "${SIZES[@]}"; do
  db="juxta_bench_$n"
  psql_ "DROP DATABASE IF EXISTS $db" && psql_ "CREATE DATABASE $db"
  export JUXTA_ARCHIVE="$JUXTA_TEST_PG dbname=$db"
  gen="$WORK/gen-$n"
  "$JUXTA" dev generate "$gen" --articles "$n" --templates . >/dev/null
  printf '\n[archive]\n' >> "$gen/juxta.toml"
  t0=$(now)
  (cd "$gen" && "$JUXTA" archive push >/dev/null 2>&1)
  t1=$(now)
  # A folder without sources/: the build reads the archive.
  empty="$WORK/empty-$n"
  mkdir -p "$empty"
  cp -r "$gen/juxta.toml" "$gen/report-templates" "$empty/"
  printf 'local-index = false\n' >> "$empty/juxta.toml"
  theme=$(grep -m1 -o '^\[themes\.[^].]*' "$empty/juxta.toml" | sed 's/^\[themes\.//')
  t2=$(now)
  (cd "$empty" && SOURCE_DATE_EPOCH=1700000000 JUXTA_TIMINGS=1 "$JUXTA" build "$theme" --force -q 2> "$WORK/all.err")
  t3=$(now)
  # The same theme over one month (generated dates span 2016-2024).
  (cd "$empty" && SOURCE_DATE_EPOCH=1700000000 JUXTA_TIMINGS=1 "$JUXTA" build "$theme" --force -q \
    --from 2023-09-01 --to 2023-09-30 2> "$WORK/month.err")
  t4=$(now)
  (cd "$empty" && SOURCE_DATE_EPOCH=1700000000 JUXTA_TIMINGS=1 "$JUXTA" build "$theme" --force -q \
    --from 2023-01-01 --to 2023-12-31 2> "$WORK/year.err")
  t5=$(now)
  # With the local copy of the index: made, then read.
  copy="$WORK/copy-$n"
  mkdir -p "$copy"
  cp -r "$gen/juxta.toml" "$gen/report-templates" "$copy/"
  t6=$(now)
  (cd "$copy" && SOURCE_DATE_EPOCH=1700000000 "$JUXTA" build "$theme" --force -q)
  t7=$(now)
  (cd "$copy" && SOURCE_DATE_EPOCH=1700000000 "$JUXTA" build "$theme" --force -q)
  t8=$(now)
  cand_year=$(grep -o '[0-9]* of [0-9]* passages' "$WORK/year.err" | cut -d' ' -f1)
  cand_all=$(grep -o '[0-9]* of [0-9]* passages' "$WORK/all.err" | cut -d' ' -f1)
  cand_month=$(grep -o '[0-9]* of [0-9]* passages' "$WORK/month.err" | cut -d' ' -f1)
  status=$(cd "$empty" && "$JUXTA" archive status --json)
  passages=$(echo "$status" | python3 -c 'import json,sys; print(json.load(sys.stdin)["passages"])')
  mb=$(echo "$status" | python3 -c 'import json,sys; print(json.load(sys.stdin)["database_bytes"] // 1000000)')
  python3 - "$n" "$passages" "$t0" "$t1" "$t2" "$t3" "$t4" "$t5" "$cand_all" "$cand_year" "$cand_month" "$mb" "$t6" "$t7" "$t8" <<'EOF'
import sys
n, p, t0, t1, t2, t3, t4, t5, ca, cy, cm, mb, t6, t7, t8 = sys.argv[1:]
copy = float(t7) - float(t6)
warm = float(t8) - float(t7)
push = float(t1) - float(t0)
build = float(t3) - float(t2)
month = float(t4) - float(t3)
year = float(t5) - float(t4)
print(f"{n:<9} {p:<10} {push:<9.1f} {int(n)/push:<11.0f} {build:<9.1f} {ca:<11} {year:<8.1f} {cy:<11} {month:<8.1f} {cm:<11} {mb:<8} {copy:<8.1f} {warm:<8.1f}")
EOF
  rm -rf "$gen" "$empty" "$copy"
  psql_ "DROP DATABASE $db"
done
