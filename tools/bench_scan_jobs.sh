#!/usr/bin/env bash
# tools/bench_scan_jobs.sh: OCR throughput of `tally ingest` at -j 1 and -j 2
# on one 12-page scan (pages 1-8 of seed 001's and 1-4 of seed 003's 300-dpi
# grey scans, joined with qpdf), with the peak resident memory of tally and
# its workers. Target: -j 2 at least 1.8× faster than -j 1.
#
#   tools/bench_scan_jobs.sh [BUILD_DIR]   (default build; scans generated
#                                            there by the corpus_scans target)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
command -v qpdf >/dev/null || { echo "qpdf missing (apt-get install qpdf)" >&2; exit 2; }
scans=$build/corpus/scans/grey300
[ -d "$scans" ] || cmake --build "$build" --target corpus_scans >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
qpdf --empty --pages "$scans/001_c70d33421e53e59a.pdf" 1-8 \
  "$scans/003_8721613ab08d7715.pdf" 1-4 -- "$work/scan12.pdf"

source tools/tree_rss.sh
run() {  # jobs -> "seconds peak_kib"
  rm -f "$work"/db.sqlite*
  local start end pid peak=0 rss
  start=$(date +%s.%N)
  "$build/tally" ingest "$work/scan12.pdf" --db "$work/db.sqlite" -j "$1" --quiet &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(tree_rss "$pid"); ((rss > peak)) && peak=$rss; sleep 0.1
  done
  wait "$pid"
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" -v p="$peak" 'BEGIN {print b - a, p}'
}
read -r t1 m1 < <(run 1)
read -r t2 m2 < <(run 2)
pages=$(sqlite3 "$work/db.sqlite" "SELECT count(*) FROM v_pages WHERE source = 'ocr'")
printf '12-page scan, %s pages OCR'"'"'d\n' "$pages"
printf -- '-j 1: %.1f s  (%.2f s/page)  peak RSS %.0f MiB\n' "$t1" "$(awk -v t="$t1" 'BEGIN {print t / 12}')" "$(awk -v k="$m1" 'BEGIN {print k / 1024}')"
printf -- '-j 2: %.1f s  (%.2f s/page)  peak RSS %.0f MiB\n' "$t2" "$(awk -v t="$t2" 'BEGIN {print t / 12}')" "$(awk -v k="$m2" 'BEGIN {print k / 1024}')"
printf 'speed-up: %.2f×  (target ≥ 1.8×)\n' "$(awk -v a="$t1" -v b="$t2" 'BEGIN {print a / b}')"
