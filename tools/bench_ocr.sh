#!/usr/bin/env bash
# tools/bench_ocr.sh: tally's OCR against the tesseract CLI, page by page,
# and tally's OCR accuracy on the corpus scans.
#
#   tools/bench_ocr.sh [BUILD_DIR] [PAGES] [SEEDS...]
#
#   BUILD_DIR  a configured build (default: build); ocr_page and gen_scans
#              are built there if missing, and the scans generated into
#              BUILD_DIR/corpus/scans (the corpus_scans target) if absent.
#   PAGES      how many 300-dpi grey pages to time (default 10; 0 skips).
#   SEEDS      seed stems whose scans to score (default: the first two).
#
# Speed, at -j 1 (one process at a time, interleaved so both see the same
# machine): each page image (the 300-dpi grey scans, rendered 1:1 by
# pdftoppm, resolution stored) goes through
#   tally  ocr_page PAGE.png    (decode, clean-up, recognition; its own
#                                per-page time, and the process's wall time
#                                including loading the model)
#   cli    tesseract PAGE.png - -l chi_sim            (as docs/pipeline.md states)
#   cli1   OMP_THREAD_LIMIT=1 tesseract PAGE.png - -l chi_sim
# Debian's tesseract is built with OpenMP and by default spreads each page
# over 4 threads; cli1 is the single-thread comparison (the pipeline runs
# one single-threaded engine per worker). Ratios are sums over pages of
# tally's time over the CLI's; the target is <= 1.1.
#
# Accuracy: for each seed, ocr_page --seed on its grey300 and color200 scan
# PDFs (pages rendered by Poppler at 300 dpi, as the pipeline renders
# them), text assembled and normalised as the pipeline stores it: CER and
# number-token recall against the seed (see tools/ocr_page.cc).
#
# Needs: tesseract (Debian package tesseract-ocr, for the CLI), pdftoppm
# (poppler-utils), tesseract-ocr-chi-sim. Exit status 0, or 1 if a tool
# failed.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
pages=${2:-10}
shift $(( $# > 2 ? 2 : $# ))
seeds=("$@")

for tool in tesseract pdftoppm; do
  command -v "$tool" >/dev/null ||
    { echo "bench_ocr: $tool not found (apt-get install tesseract-ocr poppler-utils)" >&2; exit 1; }
done
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" >&2
cmake --build "$build" --target ocr_page gen_scans -j 2 >&2
scans="$build/corpus/scans"
if [ ! -d "$scans/grey300" ]; then
  cmake --build "$build" --target corpus_scans >&2
fi
ocr_page="$build/tools/ocr_page"

if [ ${#seeds[@]} -eq 0 ]; then
  mapfile -t seeds < <(ls corpus/seeds/*.txt | head -2 | xargs -n1 basename | sed 's/\.txt$//')
fi

now() { date +%s.%N; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---------------------------------------------------------------- speed
if [ "$pages" -gt 0 ]; then
  n=0
  for pdf in "$scans"/grey300/*.pdf; do
    pdftoppm -r 300 -gray -png "$pdf" "$tmp/$(basename "$pdf" .pdf)"
    n=$(ls "$tmp"/*.png | wc -l)
    [ "$n" -ge "$pages" ] && break
  done
  mapfile -t images < <(ls "$tmp"/*.png | head -n "$pages")
  printf '%-34s %8s %8s %8s %8s\n' page tally_pg tally cli cli1
  sum_pg=0 sum_proc=0 sum_cli=0 sum_cli1=0
  # One warm-up of each, so the first page does not pay for cold caches.
  "$ocr_page" "${images[0]}" >/dev/null
  tesseract "${images[0]}" - -l chi_sim >/dev/null 2>&1
  for img in "${images[@]}"; do
    t0=$(now)
    out=$("$ocr_page" "$img")
    t1=$(now)
    tesseract "$img" - -l chi_sim >/dev/null 2>&1
    t2=$(now)
    OMP_THREAD_LIMIT=1 tesseract "$img" - -l chi_sim >/dev/null 2>&1
    t3=$(now)
    # ocr_page prints "FILE pN decode S ocr S ...": its page time.
    pg=$(echo "$out" | awk '$2 ~ /^p[0-9]+$/ { print $4 + $6 }')
    proc=$(echo "$t1 - $t0" | bc -l)
    cli=$(echo "$t2 - $t1" | bc -l)
    cli1=$(echo "$t3 - $t2" | bc -l)
    printf '%-34s %8.3f %8.3f %8.3f %8.3f\n' "$(basename "$img")" "$pg" "$proc" "$cli" "$cli1"
    sum_pg=$(echo "$sum_pg + $pg" | bc -l)
    sum_proc=$(echo "$sum_proc + $proc" | bc -l)
    sum_cli=$(echo "$sum_cli + $cli" | bc -l)
    sum_cli1=$(echo "$sum_cli1 + $cli1" | bc -l)
  done
  printf '%-34s %8.3f %8.3f %8.3f %8.3f\n' total "$sum_pg" "$sum_proc" "$sum_cli" "$sum_cli1"
  printf 'ratio tally page / cli  %.3f   tally page / cli1  %.3f\n' \
    "$(echo "$sum_pg / $sum_cli" | bc -l)" "$(echo "$sum_pg / $sum_cli1" | bc -l)"
  printf 'ratio tally process / cli  %.3f   tally process / cli1  %.3f\n' \
    "$(echo "$sum_proc / $sum_cli" | bc -l)" "$(echo "$sum_proc / $sum_cli1" | bc -l)"
fi

# ------------------------------------------------------------- accuracy
echo
printf '%-10s %-28s %s\n' set seed result
for set in grey300 color200; do
  edits=0 chars=0 found=0 total=0
  for seed in "${seeds[@]}"; do
    line=$("$ocr_page" --seed "corpus/seeds/$seed.txt" "$scans/$set/$seed.pdf" | tail -1)
    printf '%-10s %-28s %s\n' "$set" "$seed" "$line"
    # "cer X% edits E chars C numbers F/T (R%)"
    read -r e c f t < <(echo "$line" | awk '{ split($8, n, "/"); print $4, $6, n[1], n[2] }')
    edits=$((edits + e)) chars=$((chars + c)) found=$((found + f)) total=$((total + t))
  done
  printf '%-10s %-28s cer %.3f%% numbers %d/%d (%.2f%%)\n' "$set" total \
    "$(echo "100 * $edits / $chars" | bc -l)" "$found" "$total" \
    "$(echo "100 * $found / $total" | bc -l)"
done
