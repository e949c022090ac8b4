#!/usr/bin/env bash
# tools/bench_hostile.sh: the hostile-input stress benchmark (issue 14).
#
#   [TALLY=BINARY] tools/bench_hostile.sh [SCALE] [JOBS] [KILLS]
#   (default: build/tally, scale 10, -j 2, 5 kills)
#
# Generates the hostile corpus (tests/testing/hostile.h; SCALE 10 reaches
# the sizes of issue 14's report) and ingests each input on its own, named
# on the command line (so text that looks like no report is read too),
# into a fresh database, at -j JOBS with --verbose. Prints a table: the
# input, its size, the status and reason stored, the exit code, wall time,
# the supervisor's own peak RSS (its getrusage, printed by --verbose) and
# the peak RSS of supervisor and workers together (sampled from /proc).
# Then ingests the whole corpus plus the seed reports in one batch, kills
# it with SIGKILL KILLS times at random moments, resumes, and compares the
# database with an uninterrupted run's (tools/db_content.sh).
# Exits 1 if a supervisor peaked above 500 MiB, an input took longer than
# the --doc-timeout cap (1800 s) plus a minute, or the databases differ.
#
#   [TALLY=BINARY] tools/bench_hostile.sh pages [MB...]   (default: 20 100)
#
# The supervisor's memory against the size of a page: for each MB, a
# one-page text of that many megabytes (lines of prose, no form feed) is
# ingested under /usr/bin/time -v; prints the supervisor's own peak
# (--verbose), time's maximum RSS (the largest process: the worker that
# assembles the page) and whether the stored page text is the input's,
# byte for byte. Exits 1 if it is not.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = pages ]; then
  shift
  tally=${TALLY:-build/tally}
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  bad=0
  printf '%8s %10s %14s %16s %8s %-5s %s\n' MB bytes supervisor_MiB \
    max_rss_kB wall equal status
  for mb in "${@:-20 100}"; do
    for m in $mb; do
      line='本项目资金围绕医疗保障工作开展绩效自评，服务对象普遍认可。'
      # Whole lines; no newline at the end, as the stored text has none.
      n=$(awk -v m="$m" -v b="$(printf '%s\n' "$line" | wc -c)" \
        'BEGIN {printf "%d", m * 1000000 / b}')
      awk -v n="$n" -v l="$line" \
        'BEGIN {for (i = 1; i < n; i++) print l; printf "%s", l}' >"$work/page.txt"
      rm -f "$work"/db.sqlite*
      # Time enough to assemble a page of 100 MB on a busy machine: the
      # measure is of writing it, not of a time limit.
      /usr/bin/time -v "$tally" ingest "$work/page.txt" --db "$work/db.sqlite" \
        -j 2 --verbose --page-timeout 3600 --doc-timeout 3600 \
        >"$work/out" 2>"$work/time" || true
      sup=$(sed -n 's/^supervisor peak memory: \([0-9]*\) MiB$/\1/p' "$work/out")
      rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
      wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time")
      equal=no
      sqlite3 "$work/db.sqlite" "SELECT writefile('$work/stored', text) FROM v_pages" \
        >/dev/null 2>&1 && cmp -s "$work/page.txt" "$work/stored" && equal=yes
      [ "$equal" = yes ] || bad=1
      status=$(sqlite3 "$work/db.sqlite" \
        "SELECT status || ' ' || coalesce(error, '') FROM v_documents" 2>/dev/null || true)
      printf '%8s %10d %14s %16s %8s %-5s %.60s\n' "$m" \
        "$(stat -c %s "$work/page.txt")" "${sup:-?}" "${rss:-?}" "${wall:-?}" \
        "$equal" "$status"
    done
  done
  exit "$bad"
fi
scale=${1:-10}
jobs=${2:-2}
kills=${3:-5}
tally=${TALLY:-build/tally}
[ -x "$tally" ] && [ -x build/tools/gen_hostile ] ||
  { echo "build first: tools/bootstrap.sh build" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 missing" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source tools/tree_rss.sh
source tools/db_content.sh
source tools/kill_resume.sh
now() { date +%s.%N; }

build/tools/gen_hostile --out "$work/in" --scale "$scale" >/dev/null
bad=0
printf '%-18s %10s  %-8s %4s %8s %12s %10s  %s\n' input bytes status exit \
  wall_s supervisor_MiB tree_MiB reason
for f in "$work"/in/*; do
  name=$(basename "$f")
  db="$work/$name.sqlite"
  start=$(now)
  "$tally" ingest "$f" --db "$db" -j "$jobs" --verbose >"$work/out" 2>/dev/null &
  rc=0
  watch_tree $! || rc=$?
  peak=$PEAK_KIB
  end=$(now)
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}')
  sup=$(sed -n 's/^supervisor peak memory: \([0-9]*\) MiB$/\1/p' "$work/out")
  row=$(sqlite3 -separator $'\t' "$db" \
    "SELECT status, coalesce(error, '') FROM v_documents" 2>/dev/null || true)
  status=${row%%$'\t'*}
  reason=${row#*$'\t'}
  [ "$reason" = "$row" ] && reason=
  printf '%-18s %10d  %-8s %4d %8s %12s %10.0f  %.60s\n' "$name" \
    "$(stat -c %s "$f")" "${status:-none}" "$rc" "$wall" "${sup:-?}" \
    "$(awk -v k="$peak" 'BEGIN {print k / 1024}')" "$reason"
  if [ -z "$sup" ] || ((sup > 500)); then bad=1; fi
  if awk -v w="$wall" 'BEGIN {exit !(w > 1860)}'; then bad=1; fi
done

# The seed reports and the whole corpus, uninterrupted and then killed.
# Documents are written in order, so the seeds first: a kill then finds
# some stored and the hostile inputs in progress.
batch=(corpus/seeds/*.txt "$work"/in/*)
start=$(now)
"$tally" ingest "${batch[@]}" --db "$work/whole.sqlite" -j "$jobs" --quiet || true
wall=$(awk -v a="$start" -v b="$(now)" 'BEGIN {print b - a}')
# 5-60% of an uninterrupted run each, so the kills land mid-batch, on the
# hostile inputs as well as between them.
kill_resume "$kills" "$wall" 0.60 "$work/killed.sqlite" "${#batch[@]}" \
  "$tally" ingest "${batch[@]}" --db "$work/killed.sqlite" -j "$jobs" --quiet
equal=no
same_content "$work/whole.sqlite" "$work/killed.sqlite" && equal=yes
printf 'batch: %d files, uninterrupted %.1f s\n' "${#batch[@]}" "$wall"
echo "killed $kills times and resumed: equal to uninterrupted: $equal"
[ "$equal" = yes ] && [ "$bad" = 0 ]
