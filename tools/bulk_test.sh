#!/usr/bin/env bash
# tools/bulk_test.sh: the bulk-ingest acceptance run.
#
#   tools/bulk_test.sh [FILES] [JOBS]      (default: 1000 files, -j 2)
#
# Builds a batch of FILES distinct files (corpus copies plus every kind of
# bad input, see tools/gen_batch.cc), ingests it uninterrupted at -j JOBS
# while sampling the resident memory of tally and its workers, then ingests
# it again into a second database, killing tally with SIGKILL at three
# random moments and resuming each time, and compares the two databases
# (tools/db_content.sh). Prints wall time, files/s, pages/s and
# peak RSS (target ≤ 1 GiB at -j 2). Exits 1 if the databases differ.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-1000}
jobs=${2:-2}
tally=build/tally
[ -x "$tally" ] && [ -x build/tools/gen_batch ] ||
  { echo "build first: tools/bootstrap.sh build" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 missing" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build/tools/gen_batch --corpus corpus --out "$work/batch" --files "$files"

source tools/tree_rss.sh
source tools/db_content.sh
source tools/kill_resume.sh

now() { date +%s.%N; }

# Uninterrupted, sampled.
start=$(now)
"$tally" ingest "$work/batch" --db "$work/whole.sqlite" -j "$jobs" --quiet &
rc=0
watch_tree $! || rc=$?
peak=$PEAK_KIB
end=$(now)
wall=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')
docs=$(sqlite3 "$work/whole.sqlite" "SELECT count(*) FROM v_documents")
pages=$(sqlite3 "$work/whole.sqlite" "SELECT count(*) FROM v_pages")
failed=$(sqlite3 "$work/whole.sqlite" "SELECT count(*) FROM v_documents WHERE status != 'ok'")

# Killed three times at random moments (within 5-30% of the uninterrupted
# run each, so all three land mid-batch), then resumed to the end.
kill_resume 3 "$wall" 0.30 "$work/killed.sqlite" "$files" \
  "$tally" ingest "$work/batch" --db "$work/killed.sqlite" -j "$jobs" --quiet
equal=no
same_content "$work/whole.sqlite" "$work/killed.sqlite" && equal=yes

printf 'files: %d (%d stored, %d not ok)  pages: %d  jobs: %d  exit: %d\n' \
  "$files" "$docs" "$failed" "$pages" "$jobs" "$rc"
printf 'wall: %.1f s  files/s: %.1f  pages/s: %.1f  peak RSS: %.0f MiB\n' \
  "$wall" "$(awk -v n="$files" -v w="$wall" 'BEGIN {print n / w}')" \
  "$(awk -v n="$pages" -v w="$wall" 'BEGIN {print n / w}')" \
  "$(awk -v k="$peak" 'BEGIN {print k / 1024}')"
echo "killed 3 times and resumed: equal to uninterrupted: $equal"
[ "$equal" = yes ]
