#!/usr/bin/env bash
# tools/bench_ingest.sh: born-digital ingest speed against pdftotext.
#
#   tools/bench_ingest.sh [ROUNDS] [PDF...]   (default: 10 rounds, corpus/pdf)
#
# Times `tally ingest -j 1` of the PDFs into a fresh database against
# `pdftotext` of the same files (one process per file, as a script would run
# it), interleaved round by round so both see the same machine load, and
# prints the medians and their ratio. Target ≤ 2×, goal ≤ 1.5×.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
shift || true
pdfs=("$@")
[ ${#pdfs[@]} -gt 0 ] || pdfs=(corpus/pdf/*.pdf)
tally=build/tally
[ -x "$tally" ] || { echo "build first: tools/bootstrap.sh build" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext missing (poppler-utils)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
t_tally=() t_pdftotext=()
for ((r = 0; r < rounds; r++)); do
  rm -f "$tmp"/db.sqlite*
  a=$(now)
  "$tally" ingest "${pdfs[@]}" --db "$tmp/db.sqlite" -j 1 --quiet
  b=$(now)
  for f in "${pdfs[@]}"; do pdftotext "$f" "$tmp/out.txt"; done
  c=$(now)
  t_tally+=("$(awk -v x="$a" -v y="$b" 'BEGIN {print y - x}')")
  t_pdftotext+=("$(awk -v x="$b" -v y="$c" 'BEGIN {print y - x}')")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mt=$(median "${t_tally[@]}")
mp=$(median "${t_pdftotext[@]}")
pages=$(for f in "${pdfs[@]}"; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | awk '{s += $1} END {print s}')
printf 'files: %d  pages: %d  rounds: %d\n' "${#pdfs[@]}" "$pages" "$rounds"
printf 'tally ingest -j 1 : %.3f s (median)\n' "$mt"
printf 'pdftotext         : %.3f s (median)\n' "$mp"
printf 'ratio             : %.2f×  (target ≤ 2×, goal ≤ 1.5×)\n' "$(awk -v x="$mt" -v y="$mp" 'BEGIN {print x / y}')"
