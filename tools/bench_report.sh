#!/usr/bin/env bash
# tools/bench_report.sh: audit report generation per page, at -j 2.
#
#   tools/bench_report.sh [ROUNDS] [JOBS]   (default: 3 rounds, -j 2)
#
# Ingests corpus/pdf (born-digital) and, if they have been made
# (`cmake --build build --target corpus_scans`), the colour scans in
# build/corpus/scans/color200 (OCR'd), then times `tally report` of each
# set into a fresh folder, ROUNDS times, and prints the median wall time
# per page and the CPU time (user + system, workers included) per page.
# Target: report generation ≤ 1 s per page at -j 2.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
jobs=${2:-2}
tally=build/tally
[ -x "$tally" ] || { echo "build first: tools/bootstrap.sh build" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

bench() {  # name, input folder
  local name=$1 input=$2 db="$tmp/$1.sqlite"
  "$tally" ingest "$input" --db "$db" -j "$jobs" --quiet || true
  local pages
  pages=$(sqlite3 "$db" "SELECT count(*) FROM v_pages")
  local walls=() cpus=()
  for ((r = 0; r < rounds; r++)); do
    rm -rf "$tmp/out"
    local t
    t=$( { TIMEFORMAT='%R %U %S'; time "$tally" report --db "$db" \
             --out "$tmp/out" -j "$jobs" >/dev/null; } 2>&1 | tail -1)
    walls+=("$(awk '{print $1}' <<<"$t")")
    cpus+=("$(awk '{print $2 + $3}' <<<"$t")")
  done
  local wall cpu
  wall=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(( (rounds + 1) / 2 ))p")
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -g | sed -n "$(( (rounds + 1) / 2 ))p")
  printf '%-12s %3d pages  report -j %d: %6.2f s (median of %d), %.3f s/page wall, %.3f s/page CPU\n' \
    "$name" "$pages" "$jobs" "$wall" "$rounds" \
    "$(awk -v w="$wall" -v p="$pages" 'BEGIN {print w / p}')" \
    "$(awk -v c="$cpu" -v p="$pages" 'BEGIN {print c / p}')"
}

bench text-layer corpus/pdf
if [ -d build/corpus/scans/color200 ]; then
  bench scans build/corpus/scans/color200
else
  echo "scans: not made (cmake --build build --target corpus_scans)"
fi
echo "target: ≤ 1 s per page at -j 2; machine load now: $(cut -d' ' -f1-3 /proc/loadavg)"
