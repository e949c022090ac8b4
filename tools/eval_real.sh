#!/usr/bin/env bash
# tools/eval_real.sh: the relations issue's figures on corpus/real.
#
#   tools/eval_real.sh dev|test [TALLY_BUILD]
#
# Ingests the split's documents and their planted copies (corpus/real/README
# .md: an id starting 0-5 is test, else dev) into a temporary database, then
# prints tools/eval_findings (recall and precision per rule family, false
# errors, warnings on clean documents) and tools/eval_facts for amounts
# (precision, recall, and how many annotated relations were extracted as
# one). The test split is for the end of a stop, run once and reported as
# found; develop on dev.
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:?usage: tools/eval_real.sh dev|test [BUILD]}
build=${2:-build}
case "$split" in
  test) pattern='^[0-5]' ;;
  dev) pattern='^[6-9a-f]' ;;
  *) echo "split: dev or test" >&2; exit 2 ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t files < <(ls corpus/real/*.txt corpus/real/planted/*.txt |
                     awk -F/ -v p="$pattern" '$NF ~ p')
"$build/tally" ingest "${files[@]}" --db "$work/real.sqlite" -j 2 --quiet \
  >/dev/null || true
"$build/tools/eval_findings" --db "$work/real.sqlite" --expect corpus/real \
  --split "$split"
"$build/tools/eval_facts" --db "$work/real.sqlite" --gold corpus/real \
  --split "$split" --kinds amount | grep -E '^kind|^amount|found as one'
