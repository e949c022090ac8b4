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

now() { date +%s.%N; }

# Uninterrupted, sampled.
start=$(now)
"$tally" ingest "$work/batch" --db "$work/whole.sqlite" -j "$jobs" --quiet &
pid=$!
peak=0
while kill -0 "$pid" 2>/dev/null; do
  rss=$(tree_rss "$pid")
  ((rss > peak)) && peak=$rss
  sleep 0.05
done
rc=0
wait "$pid" || rc=$?
end=$(now)
wall=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')
docs=$(sqlite3 "$work/whole.sqlite" "SELECT count(*) FROM v_documents")
pages=$(sqlite3 "$work/whole.sqlite" "SELECT count(*) FROM v_pages")
failed=$(sqlite3 "$work/whole.sqlite" "SELECT count(*) FROM v_documents WHERE status != 'ok'")

# Killed three times at random moments, then resumed to the end.
for k in 1 2 3; do
  # 5-30% of an uninterrupted run each, so all three land mid-batch.
  delay=$(awk -v w="$wall" -v s="$RANDOM" 'BEGIN {srand(s); print w * (0.05 + 0.25 * rand())}')
  "$tally" ingest "$work/batch" --db "$work/killed.sqlite" -j "$jobs" --quiet &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  stored=$(sqlite3 "$work/killed.sqlite" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
  echo "kill $k after ${delay}s: $stored of $files documents stored"
done
"$tally" ingest "$work/batch" --db "$work/killed.sqlite" -j "$jobs" --quiet || true

if cmp -s <(db_content "$work/whole.sqlite") <(db_content "$work/killed.sqlite"); then
  equal=yes
else
  equal=no
fi

printf 'files: %d (%d stored, %d not ok)  pages: %d  jobs: %d  exit: %d\n' \
  "$files" "$docs" "$failed" "$pages" "$jobs" "$rc"
printf 'wall: %.1f s  files/s: %.1f  pages/s: %.1f  peak RSS: %.0f MiB\n' \
  "$wall" "$(awk -v n="$files" -v w="$wall" 'BEGIN {print n / w}')" \
  "$(awk -v n="$pages" -v w="$wall" 'BEGIN {print n / w}')" \
  "$(awk -v k="$peak" 'BEGIN {print k / 1024}')"
echo "killed 3 times and resumed: equal to uninterrupted: $equal"
[ "$equal" = yes ]
