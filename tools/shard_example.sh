#!/usr/bin/env bash
# tools/shard_example.sh: split an ingest into N shards and merge them, the
# way a cluster job array would, here as N local processes.
#
#   tools/shard_example.sh [N] [PATH...]     (default: 3 shards of corpus/)
#
# Each shard runs `tally ingest --shard K/N` into its own database (on a
# cluster: one array task per shard, on whatever machine it lands); then
# `tally merge` combines them. The script checks the merged database holds
# the same documents and pages as a single unsharded run.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3}
shift || true
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(corpus/pdf corpus/seeds)
tally=build/tally
[ -x "$tally" ] || { echo "build first: tools/bootstrap.sh build" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for ((k = 0; k < n; k++)); do
  "$tally" ingest "${paths[@]}" --db "$work/shard$k.sqlite" --shard "$k/$n" --quiet &
done
wait || true  # a shard with failed files exits 1; the merge still runs
"$tally" merge "$work/merged.sqlite" "$work"/shard*.sqlite
"$tally" ingest "${paths[@]}" --db "$work/single.sqlite" --quiet || true

content() {
  sqlite3 "$1" "SELECT d.path, d.sha256, d.status, p.page_no, p.text FROM v_documents d LEFT JOIN v_pages p USING (doc_id) ORDER BY d.path, p.page_no"
}
for ((k = 0; k < n; k++)); do
  printf 'shard %d/%d: %s documents\n' "$k" "$n" \
    "$(sqlite3 "$work/shard$k.sqlite" 'SELECT count(*) FROM v_documents')"
done
if cmp -s <(content "$work/merged.sqlite") <(content "$work/single.sqlite"); then
  echo "merged $n shards: equal to a single run"
else
  echo "merged $n shards: DIFFERENT from a single run" >&2
  exit 1
fi
