# tools/db_content.sh: sourced by the benchmarks. db_content DB prints what a
# database holds in a canonical order (documents, pages, lines, boxes, facts,
# findings by path), ids left out, so two databases built from the same files
# compare equal with cmp whatever order or how many runs stored them.
db_content() {
  sqlite3 "$1" <<'SQL'
SELECT path, sha256, status, error, pages, file_kind FROM v_documents ORDER BY path;
SELECT d.path, p.page_no, p.source, p.text FROM v_pages p JOIN v_documents d USING (doc_id) ORDER BY d.path, p.page_no;
SELECT d.path, count(*), group_concat(l.raw, '|') FROM lines l JOIN v_documents d USING (doc_id) GROUP BY d.path ORDER BY d.path;
SELECT d.path, count(*), sum(b.text_end - b.text_begin) FROM boxes b JOIN v_documents d USING (doc_id) GROUP BY d.path ORDER BY d.path;
SELECT d.path, count(*), sum(length(f.raw)), sum(length(f.context)) FROM facts f JOIN v_documents d USING (doc_id) GROUP BY d.path ORDER BY d.path;
SELECT path, rule, severity, message FROM v_findings ORDER BY path, rule, message;
SELECT 'documents', count(*), count(DISTINCT path) FROM documents;
PRAGMA integrity_check;
SQL
}

# same_content A B: whether databases A and B hold the same (db_content);
# if not, prints the first differences on stderr.
same_content() {
  cmp -s <(db_content "$1") <(db_content "$2") && return 0
  diff <(db_content "$1") <(db_content "$2") | head -20 >&2 || true
  return 1
}
