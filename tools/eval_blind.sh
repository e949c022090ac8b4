#!/usr/bin/env bash
# tools/eval_blind.sh: score tally on a blind set (corpus/blind/README.md).
#
#   tools/eval_blind.sh DIR [TALLY]
#
# Ingests DIR/t*.txt into a temporary database and compares each document's
# findings (errors and warnings) with DIR/expect.tsv: a slip document is
# found when a finding of its family is given, "other" when only findings of
# other families are; a clean document must give none. Prints one line per
# slip and per clean document with findings, then the totals. Exits 1 when a
# clean document has an error.
set -euo pipefail
dir=${1:?usage: tools/eval_blind.sh DIR [TALLY]}
tally=${2:-build/tally}
command -v sqlite3 >/dev/null || { echo "sqlite3 missing" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tally" ingest "$dir"/t*.txt --db "$work/b.sqlite" -j 2 --quiet >/dev/null || true
sqlite3 -separator $'\t' "$work/b.sqlite" \
  "SELECT d.path, f.rule, f.severity, replace(f.message, char(9), ' ')
     FROM findings f JOIN documents d USING (doc_id)
    WHERE f.severity != 'info' ORDER BY d.path, f.finding_id" >"$work/found.tsv"
awk -F'\t' '
  function fam_ok(want, rule) {
    if (rule == want) return 1
    if (want == "balance") return rule == "balance.carryover" || rule == "sum.breakdown"
    if (want == "change") return rule == "balance.carryover" || rule == "rate.ratio" ||
                                rule == "fact.conflict" || rule == "table.text"
    if (want == "count") return rule == "count.mismatch" || rule == "rate.ratio"
    if (want == "per_unit") return rule == "rate.ratio" || rule == "unit.magnitude"
    return 0
  }
  FNR == NR {
    n = split($1, p, "/"); id = p[n]; sub(/\.txt$/, "", id)
    k = ++count[id]; rule[id, k] = $2; sev[id, k] = $3; msg[id, k] = $4
    next
  }
  FNR == 1 && $1 == "id" { next }
  {
    id = $1; want = $2
    if (want == "clean") {
      if (count[id] > 0) {
        ++clean_bad
        for (k = 1; k <= count[id]; ++k) {
          printf "CLEAN %s: [%s] %s: %s\n", id, sev[id, k], rule[id, k], substr(msg[id, k], 1, 160)
          if (sev[id, k] == "error") clean_err = 1
        }
      }
      next
    }
    ++slips; ok = 0
    for (k = 1; k <= count[id]; ++k) ok = ok || fam_ok(want, rule[id, k])
    mark = ok ? "FOUND" : (count[id] > 0 ? "OTHER" : "MISS ")
    if (ok) ++found; else if (count[id] > 0) ++other
    printf "%s %s %s: %s\n", mark, id, want, substr($3, 1, 120)
    for (k = 1; k <= count[id]; ++k)
      printf "        [%s] %s: %s\n", sev[id, k], rule[id, k], substr(msg[id, k], 1, 160)
  }
  END {
    printf "%d/%d slips found by family (+%d by another); %d clean documents with findings\n",
           found, slips, other, clean_bad
    exit clean_err
  }' "$work/found.tsv" "$dir/expect.tsv"
