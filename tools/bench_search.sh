#!/usr/bin/env bash
# tools/bench_search.sh: Chinese full-text search over 10,000 pages.
#
#   tools/bench_search.sh [PAGES]    (default 10000)
#
# Builds a database of PAGES pages from the seed reports' lines
# (bench_search --make), then times `tally search`'s query (Store::Search:
# all hits counted, the first 20 with snippets) for 1- to 4-character terms
# against a LIKE scan, and checks both find the same pages. For the record
# of the choice of tokenizer, the same terms on FTS5's built-in trigram
# tokenizer: it finds nothing for 1- and 2-character terms (those need a
# scan, timed here with instr()), and its index is no smaller. Target: a
# query over 10,000 pages answers in under 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-10000}
bench=build/tools/bench_search
[ -x "$bench" ] || { echo "build first: tools/bootstrap.sh build" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 missing" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
terms=(医保 结转 执行率 医保基金 满意度 医 率)

"$bench" --db "$tmp/bench.sqlite" --make "$pages" --seeds corpus/seeds "${terms[@]}"

echo
echo "FTS5 trigram tokenizer on the same pages (for comparison):"
cp "$tmp/bench.sqlite" "$tmp/tri.sqlite"
rm -f "$tmp"/tri.sqlite-*
sqlite3 "$tmp/tri.sqlite" <<'SQL'
CREATE VIRTUAL TABLE tri USING fts5(text, tokenize = 'trigram');
INSERT INTO tri (rowid, text) SELECT (doc_id << 31) + page_no, text FROM pages;
INSERT INTO tri (tri) VALUES ('optimize');
SELECT 'trigram index: ' || round(sum(pgsize) / 1e6, 1) || ' MB'
  FROM dbstat WHERE name LIKE 'tri%';
SQL
# Median of 5 runs of one query, in ms, with its count.
time_query() {
  local out
  out=$(for _ in 1 2 3 4 5; do sqlite3 -cmd '.timer on' "$tmp/tri.sqlite" <<<"$1;"; done)
  printf '%7s pages %8.2f ms' "$(grep -v '^Run Time' <<<"$out" | tail -1)" \
    "$(grep '^Run Time' <<<"$out" | awk '{print $4 * 1000}' | sort -g | sed -n 3p)"
}
for t in "${terms[@]}"; do
  printf '%-10s trigram MATCH: %s   instr scan: %s\n' "$t" \
    "$(time_query "SELECT count(*) FROM tri WHERE tri MATCH '$t'")" \
    "$(time_query "SELECT count(*) FROM pages WHERE instr(text, '$t') > 0")"
done
