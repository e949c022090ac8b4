#!/usr/bin/env bash
# tools/eval_scans.sh: what tally reads from scans, per scan condition,
# against the born-digital copies of the same documents, with the tesseract
# CLI on the same page images as the reference.
#
#   tools/eval_scans.sh [-b BUILD] [-s SETS] [-g GROUPS] [-j N] [--no-cli]
#
#   BUILD   a configured build (default build); the tools are built there.
#   SETS    gen_scans sets, comma-separated (default seal200; see
#           tools/gen_scans.cc: grey300 color200 seal150 seal200 seal300
#           greyseal200 copy200 skew200).
#   GROUPS  document groups, comma-separated (default seeds,real-dev):
#             seeds      corpus/pdf (the five seeds; gold in corpus/gold)
#             real-dev   corpus/real's dev split printed by gen_corpus (gold:
#                        the amounts of each <id>.ann)
#             real-sub   every 8th document of real-dev (its gold and
#                        texts linked under real-sub/ref): a quick subset
#                        for measuring many scan conditions
#             real-test  its test split: run once, at the end, never tuned on
#             planted    corpus/planted's variants and corpus/real/planted's
#                        dev copies, printed by gen_corpus (findings only)
#   -j N    ingest workers (default 2).
#
# Per group and set it writes BUILD/eval_scans/<group>/{pdf,<set>}/ (the
# born-digital PDFs and their scans) and born.sqlite, <set>.sqlite there,
# and prints:
#   cer      eval_cer: CER and number-token recall of tally's stored text
#   cli      the same for `tesseract IMAGE - -l chi_sim` on the page images
#            embedded in the scans (OMP_THREAD_LIMIT=1, two at a time;
#            single-threaded tesseract reads the same as its default)
#   facts    eval_facts: amount, percent, score precision/recall, indicator
#            and budget rows (seeds, real groups)
#   findings eval_findings --reference born.sqlite: the share of the
#            born-digital copy's findings also found on the scan, and false
#            errors (an 'error' on the scan the born-digital copy lacks)
# Documents are regenerated only when missing; remove BUILD/eval_scans to
# start over. A database stored by another pipeline version than BUILD's
# tally is refused (exit 2), not reused. Needs pdfimages (poppler-utils) and tesseract (tesseract-ocr)
# for the CLI reference.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build sets=seal200 groups=seeds,real-dev jobs=2 cli=1
while [ $# -gt 0 ]; do
  case "$1" in
    -b) build=$2; shift 2 ;;
    -s) sets=$2; shift 2 ;;
    -g) groups=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    --no-cli) cli=0; shift ;;
    -h|--help) sed -n '2,39p' "$0"; exit 0 ;;
    *) echo "eval_scans: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -f "$build/CMakeCache.txt" ] || { echo "eval_scans: configure $build first" >&2; exit 2; }
cmake --build "$build" --target tally gen_corpus gen_scans eval_cer eval_facts \
  eval_findings -j 2 >&2
root="$build/eval_scans"
tally="$build/tally"
version=$("$tally" --version | sed -n 's/.*pipeline version \([^)]*\)).*/\1/p')

# A database kept from an earlier run is reused only if every document in it
# was stored by this build's pipeline version: figures of an older reading
# would otherwise pass for this one's.
check_version() {
  [ -f "$1" ] || return 0
  local stored
  stored=$(sqlite3 "$1" "SELECT group_concat(v, ',') FROM (SELECT DISTINCT pipeline_version AS v FROM documents WHERE superseded = 0)")
  if [ "$stored" != "$version" ]; then
    echo "eval_scans: $1 was stored by pipeline version ${stored:-none}, this build is $version; remove it to re-ingest" >&2
    exit 2
  fi
}

# The source texts of a group, one path a line.
texts() {
  case "$1" in
    seeds) ls corpus/seeds/*.txt ;;
    real-dev) ls corpus/real/*.txt | grep -v '/[0-5][^/]*$' ;;
    real-sub) texts real-dev | awk 'NR % 8 == 1' ;;
    real-test) ls corpus/real/*.txt | grep '/[0-5][^/]*$' ;;
    planted) ls corpus/planted/*.txt; ls corpus/real/planted/*.txt | grep -v '/[0-5][^/]*$' ;;
    *) echo "eval_scans: unknown group $1" >&2; exit 2 ;;
  esac
}

IFS=, read -r -a set_list <<<"$sets"
IFS=, read -r -a group_list <<<"$groups"
for group in "${group_list[@]}"; do
  dir="$root/$group"
  mkdir -p "$dir/pdf"
  mapfile -t srcs < <(texts "$group")
  if [ "$group" = seeds ]; then
    cp -u corpus/pdf/*.pdf "$dir/pdf/"
  else
    missing=()
    for t in "${srcs[@]}"; do
      [ -f "$dir/pdf/$(basename "$t" .txt).pdf" ] || missing+=("$t")
    done
    [ ${#missing[@]} -eq 0 ] || "$build/tools/gen_corpus" --out "$dir/pdf" "${missing[@]}" >&2
  fi
  check_version "$dir/born.sqlite"
  if [ ! -f "$dir/born.sqlite" ]; then
    "$tally" ingest "$dir/pdf" --db "$dir/born.sqlite" -j "$jobs" --quiet >/dev/null || true
  fi
  case "$group" in
    seeds) ref=corpus/seeds gold=corpus/gold split=() ;;
    real-dev) ref=corpus/real gold=corpus/real split=(--split dev) ;;
    real-test) ref=corpus/real gold=corpus/real split=(--split test) ;;
    real-sub)
      ref="$dir/ref" gold="$dir/ref" split=()
      mkdir -p "$ref"
      for t in "${srcs[@]}"; do
        ln -sf "$PWD/$t" "$PWD/${t%.txt}.ann" "$ref/"
      done ;;
    planted) ref="" gold="" split=() ;;
  esac
  for set in "${set_list[@]}"; do
    missing=()
    for t in "${srcs[@]}"; do
      stem=$(basename "$t" .txt)
      [ -f "$dir/$set/$stem.pdf" ] || missing+=("$dir/pdf/$stem.pdf")
    done
    if [ ${#missing[@]} -gt 0 ]; then
      # gen_scans is single-threaded: split the files over two processes.
      printf '%s\n' "${missing[@]}" | xargs -P 2 -n 8 \
        "$build/tools/gen_scans" --out "$dir" --special none --sets "$set" 2>/dev/null
    fi
    db="$dir/$set.sqlite"
    check_version "$db"
    if [ ! -f "$db" ]; then
      start=$(date +%s)
      "$tally" ingest "$dir/$set" --db "$db" -j "$jobs" --quiet >/dev/null || true
      echo "ingest $group/$set: $(( $(date +%s) - start )) s" >&2
    fi
    echo "=== $group / $set"
    if [ -n "$ref" ]; then
      echo "--- cer (tally)"
      "$build/tools/eval_cer" --db "$db" --seeds "$ref" "${split[@]}" --max-cer 0.015 | tail -2 || true
      if [ "$cli" = 1 ]; then
        clidir="$dir/cli-$set"
        if [ ! -d "$clidir" ]; then
          mkdir -p "$clidir/img"
          for pdf in "$dir/$set"/*.pdf; do
            stem=$(basename "$pdf" .pdf)
            pdfimages -all "$pdf" "$clidir/img/$stem"
          done
          ls "$clidir"/img/* | OMP_THREAD_LIMIT=1 xargs -P 2 -I{} \
            sh -c 'tesseract "$1" - -l chi_sim > "$1.txt" 2>/dev/null' _ {}
          for pdf in "$dir/$set"/*.pdf; do
            stem=$(basename "$pdf" .pdf)
            cat "$clidir/img/$stem"-*.txt > "$clidir/$stem.txt"
          done
        fi
        echo "--- cer (tesseract CLI, same images)"
        "$build/tools/eval_cer" --texts "$clidir" --seeds "$ref" "${split[@]}" --max-cer 0.015 | tail -2 || true
      fi
      echo "--- facts"
      "$build/tools/eval_facts" --db "$db" --gold "$gold" "${split[@]}" | \
        grep -E '^(kind|amount|percent|score|indicators|budget)' || true
    fi
    echo "--- findings against the born-digital copy"
    "$build/tools/eval_findings" --db "$db" --reference "$dir/born.sqlite" | \
      grep -E '^(total|false errors|  #)' || true
  done
done
