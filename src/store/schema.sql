-- store/schema.sql: tally's database, created by Store::Open (store.cc).
--
-- Two layers. The tables below are tally's own and may change between
-- schema versions. The v_* views at the end are the stable interface that
-- users and outside scripts query (DESIGN.md, "The database contract"): they
-- show only the current version of each document, and their columns are only
-- ever added to, never renamed or removed.
--
-- Conventions:
--   * Page numbers count from 1. Boxes are in PDF points with the origin at
--     the top-left of the page; a column set of x0, y0, x1, y1 is all NULL
--     when there is no geometry (plain-text input).
--   * Unknown values are NULL, never sentinels (no -1 confidences, no 0 page
--     sizes): NULL survives aggregation (avg() skips it), a sentinel does not.
--   * Numbers that are money or are compared by the checks (fact values,
--     indicator weights and scores) are TEXT holding exact decimals as
--     printed ('437.32'), never REAL: 0.1 + 0.2 must still tally. SQLite's
--     sum() and comparisons still read them as numbers when asked to.
--   * Every child row cascades from its document, directly or through its
--     page, so deleting a document (a re-ingest under a new pipeline version)
--     leaves nothing behind. store.cc turns foreign_keys on per connection.
--   * Enumerations are CHECKed, so a misspelt kind fails the document's
--     transaction loudly instead of silently vanishing from a view's filter.
--
-- store.cc runs this file once, in one transaction, on an empty database.
-- Changing it means bumping schema_version below (and kSchemaVersion in
-- store.cc, which refuses databases from a newer tally); store.cc also lists
-- the exportable names and their key order (kExportable), and the tables
-- Store::MergeFrom copies with the ids it renumbers (kChildTables,
-- kShiftedIds). MergeFrom relies on ingested_at's text order being time
-- order.

-- Key/value facts about the database itself.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('schema_version', '3');

-- One row per ingested file version. Identity (see store.h): a current
-- document is its sha256; the same path with different bytes gets the next
-- version number, and the older rows at that path are marked superseded
-- rather than deleted, so history stays queryable in this table.
CREATE TABLE documents (
  -- AUTOINCREMENT so that an id, once handed out, never names another
  -- document, even after rows are deleted.
  doc_id INTEGER PRIMARY KEY AUTOINCREMENT,
  path TEXT NOT NULL CHECK (path <> ''),  -- absolute, as given
  version INTEGER NOT NULL CHECK (version >= 1),  -- 1, 2, ... per path
  superseded INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
  sha256 TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),  -- NULL: unreadable
  size INTEGER,       -- bytes
  file_kind TEXT NOT NULL
    CHECK (file_kind IN ('pdf', 'text', 'image', 'empty', 'unknown')),
  status TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'failed')),
  error TEXT,         -- why, in words; NULL when ok
  page_count INTEGER NOT NULL DEFAULT 0,  -- pages in the file; 0 if none known
  pipeline_version TEXT NOT NULL CHECK (pipeline_version <> ''),
  seconds REAL,       -- processing time
  bureau TEXT,        -- header metadata, NULL until extracted
  fiscal_year INTEGER,
  report_kind TEXT,
  report_date TEXT,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (path, version)  -- also the index for lookups by path
);
-- Partial unique indexes keep the identity rules true even if a writer has a
-- bug: at most one current version per path, and per sha256. The second also
-- serves lookups by sha256 (IsStored, and v_documents WHERE sha256 = ?).
CREATE UNIQUE INDEX documents_current_path ON documents (path)
  WHERE superseded = 0;
CREATE UNIQUE INDEX documents_current_sha256 ON documents (sha256)
  WHERE superseded = 0;

-- One row per page stored. A 'failed' document may have none; a 'partial'
-- one may lack some of the file's pages.
CREATE TABLE pages (
  doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
  page_no INTEGER NOT NULL CHECK (page_no >= 1),
  source TEXT NOT NULL CHECK (source IN ('text', 'ocr')),
  route_reason TEXT,  -- why this source was chosen
  width REAL,         -- points
  height REAL,
  ocr_confidence REAL,  -- mean word confidence 0..100; NULL for 'text'
  text TEXT NOT NULL,   -- normalised page text, headers/footers excluded
  PRIMARY KEY (doc_id, page_no)
);

-- Lines in reading order, as laid out before normalisation.
-- WITHOUT ROWID: many small rows, always read by their key.
CREATE TABLE lines (
  doc_id INTEGER NOT NULL,
  page_no INTEGER NOT NULL,
  line_no INTEGER NOT NULL CHECK (line_no >= 1),  -- reading order on the page
  kind TEXT NOT NULL
    CHECK (kind IN ('body', 'table_row', 'header', 'footer', 'page_number')),
  raw TEXT NOT NULL,
  x0 REAL, y0 REAL, x1 REAL, y1 REAL,
  PRIMARY KEY (doc_id, page_no, line_no),
  FOREIGN KEY (doc_id, page_no) REFERENCES pages (doc_id, page_no)
    ON DELETE CASCADE
) WITHOUT ROWID;

-- Text boxes as the engine reported them: the persisted offset map from the
-- normalised page text back to the page. [text_begin, text_end) is a UTF-8
-- BYTE range of pages.text (empty when the box contributed nothing, e.g. a
-- page number); v_boxes resolves it to the characters.
CREATE TABLE boxes (
  doc_id INTEGER NOT NULL,
  page_no INTEGER NOT NULL,
  box_no INTEGER NOT NULL CHECK (box_no >= 1),  -- engine order on the page
  text TEXT NOT NULL,  -- raw, as read
  x0 REAL, y0 REAL, x1 REAL, y1 REAL,
  font_size REAL,      -- points; NULL when unknown (OCR)
  confidence REAL,     -- OCR word confidence 0..100; NULL for a text layer
  ocr_raw TEXT,        -- OCR's reading before repairs (ocr/repair.h) where
                       -- they changed it, so the engine's text stays
                       -- available; NULL otherwise
  text_begin INTEGER NOT NULL CHECK (text_begin >= 0),
  text_end INTEGER NOT NULL CHECK (text_end >= text_begin),
  PRIMARY KEY (doc_id, page_no, box_no),
  FOREIGN KEY (doc_id, page_no) REFERENCES pages (doc_id, page_no)
    ON DELETE CASCADE
) WITHOUT ROWID;

-- The document's heading tree (一、 （一） 1. （1）), numbered in document
-- order. Numbers are per document (not global ids), so a merged document
-- keeps its sections' numbers and its facts' references to them.
CREATE TABLE sections (
  doc_id INTEGER NOT NULL,
  section_no INTEGER NOT NULL CHECK (section_no >= 1),
  parent_no INTEGER,   -- the enclosing section; NULL at the top
  level INTEGER NOT NULL CHECK (level >= 1),  -- 1 一、 2 （一） 3 1. 4 （1）
  marker TEXT NOT NULL,  -- '一、', '（一）', '1.', '（1）'
  title TEXT NOT NULL,   -- the heading without its marker
  page_no INTEGER NOT NULL,
  text_begin INTEGER NOT NULL,  -- byte offset of the heading in pages.text
  PRIMARY KEY (doc_id, section_no),
  FOREIGN KEY (doc_id, page_no) REFERENCES pages (doc_id, page_no)
    ON DELETE CASCADE
) WITHOUT ROWID;

-- Facts the extract stage found: one number, grade, date or document number
-- with its provenance (page, box, rule, engine).
CREATE TABLE facts (
  fact_id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL,
  page_no INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('amount', 'percent', 'count', 'score',
                                     'grade', 'date', 'docno')),
  raw TEXT NOT NULL,   -- the matched stretch of pages.text (v_facts.read_as:
                       -- the boxes' text as the engine read it)
  value TEXT,          -- as printed: '437.32'; for grades/dates/docnos the word
  unit TEXT,           -- as printed: '万元', '%', '人次', '分'
  qualifier TEXT CHECK (qualifier IN ('≥', '≤', '>', '<', '≈')),
                       -- a bound (≥90%, 95%以上) or an approximation (1200余元)
  base_value TEXT,     -- exact decimal in the base unit: '4373200' (元)
  label TEXT,          -- the thing measured: '医保基金实际拨付'
  context TEXT,        -- the sentence or table row it was read from
  sentence_no INTEGER, -- that sentence's or row's ordinal in the document
  in_table INTEGER NOT NULL DEFAULT 0 CHECK (in_table IN (0, 1)),
  section_no INTEGER,  -- the innermost enclosing section; NULL before any
  section TEXT,        -- that section's title
  x0 REAL, y0 REAL, x1 REAL, y1 REAL,
  text_begin INTEGER,  -- UTF-8 byte range in pages.text, as for boxes
  text_end INTEGER,
  source TEXT CHECK (source IN ('text', 'ocr')),
  ocr_confidence REAL,
  rule_id TEXT NOT NULL,  -- the patterns/ rule that produced it
  role TEXT,           -- its accounts role (patterns/roles.lex): 'initial',
                       -- 'adjust', 'full', 'carry', 'allocated', 'spent',
                       -- 'balance', 'rate', 'allocated_rate'; for scores
                       -- 'weight' or 'score'; NULL for none
  FOREIGN KEY (doc_id, page_no) REFERENCES pages (doc_id, page_no)
    ON DELETE CASCADE
);
CREATE INDEX facts_page ON facts (doc_id, page_no);
CREATE INDEX facts_kind_label ON facts (kind, label);

-- Rows of indicator tables (绩效自评表), merged cells filled down.
CREATE TABLE indicators (
  indicator_id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL,
  page_no INTEGER NOT NULL,
  level1 TEXT,   -- 一级指标
  level2 TEXT,   -- 二级指标
  level3 TEXT,   -- 三级指标
  target TEXT,   -- 年度指标值, as printed: '≥90%'
  actual TEXT,   -- 实际完成值
  weight TEXT,   -- 分值, exact decimal
  score TEXT,    -- 得分, exact decimal
  note TEXT,     -- 偏差原因
  x0 REAL, y0 REAL, x1 REAL, y1 REAL,  -- the row
  source TEXT CHECK (source IN ('text', 'ocr')),
  FOREIGN KEY (doc_id, page_no) REFERENCES pages (doc_id, page_no)
    ON DELETE CASCADE
);
CREATE INDEX indicators_page ON indicators (doc_id, page_no);

-- The budget block of an indicator table (项目资金 (万元) with 年初预算数,
-- 全年预算数, 全年执行数, 分值, 执行率, 得分), one row per line of it.
CREATE TABLE budgets (
  budget_id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL,
  page_no INTEGER NOT NULL,
  item TEXT NOT NULL,  -- '年度资金总额', '其中：当年财政拨款', '上年结转资金', ...
  unit TEXT,           -- the block's money unit: '万元'
  initial TEXT,        -- 年初预算数, exact decimal
  full TEXT,           -- 全年预算数
  executed TEXT,       -- 全年执行数
  weight TEXT,         -- 分值
  rate TEXT,           -- 执行率 as printed: '100%'
  score TEXT,          -- 得分
  x0 REAL, y0 REAL, x1 REAL, y1 REAL,
  source TEXT CHECK (source IN ('text', 'ocr')),
  FOREIGN KEY (doc_id, page_no) REFERENCES pages (doc_id, page_no)
    ON DELETE CASCADE
);
CREATE INDEX budgets_page ON budgets (doc_id, page_no);

-- Relations among a document's facts, as the extract stage found them
-- (base/facts.h, Relation): what the checks do arithmetic over. Numbered
-- per document, like sections, so a merged document keeps its numbers and
-- its findings' references to them.
CREATE TABLE relations (
  doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
  relation_no INTEGER NOT NULL CHECK (relation_no >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('breakdown', 'budget', 'ratio',
                                     'score_sum', 'score_cap', 'grade',
                                     'indicator', 'restatement',
                                     'enumeration', 'bound', 'siblings')),
  rule_id TEXT NOT NULL,  -- how the extractor found it: 'list.word', ...
  name TEXT,              -- what it is about: a label, a section, a table item
  complete TEXT CHECK (complete IN ('yes', 'likely', 'no')),
                          -- a list's: whole, probably whole (nothing
                          -- follows its parts), partial; NULL unknown
  evidence TEXT,          -- the words that decided its structure
  detail TEXT,            -- kind-specific (a grade's bands, a list's count)
  page_no INTEGER,
  PRIMARY KEY (doc_id, relation_no)
) WITHOUT ROWID;
-- The facts of a relation with their roles ('total', 'part', 'spent',
-- 'rate', ...), in the relation's order.
CREATE TABLE relation_members (
  doc_id INTEGER NOT NULL,
  relation_no INTEGER NOT NULL,
  position INTEGER NOT NULL,
  role TEXT NOT NULL,
  fact_id INTEGER NOT NULL REFERENCES facts (fact_id) ON DELETE CASCADE,
  PRIMARY KEY (doc_id, relation_no, position),
  FOREIGN KEY (doc_id, relation_no) REFERENCES relations (doc_id, relation_no)
    ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX relation_members_fact ON relation_members (fact_id);
-- Inconsistencies the checks found. page_no is NULL for a finding about the
-- whole document (no FK to pages for that reason).
CREATE TABLE findings (
  finding_id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
  rule TEXT NOT NULL,  -- dotted family: 'sum.breakdown', 'unit.magnitude', ...
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message TEXT NOT NULL,
  expected TEXT,
  actual TEXT,
  page_no INTEGER,
  suggested TEXT,      -- the correction that makes it hold: '437.32万元'
  reading TEXT,        -- the reading of the relation that was tested
  alternatives TEXT,   -- the readings ruled out before reporting
  relation_no INTEGER  -- the relation it rests on (relations), if one
);
CREATE INDEX findings_doc ON findings (doc_id, page_no);

-- The facts a finding rests on, in the order the message cites them. A link
-- table rather than a list in a column, so the references are checked.
CREATE TABLE finding_facts (
  finding_id INTEGER NOT NULL
    REFERENCES findings (finding_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  fact_id INTEGER NOT NULL REFERENCES facts (fact_id) ON DELETE CASCADE,
  PRIMARY KEY (finding_id, position)
) WITHOUT ROWID;
-- Cascades from facts look rows up by fact_id.
CREATE INDEX finding_facts_fact ON finding_facts (fact_id);

-- ---------------------------------------------------------------------------
-- The stable interface: current document versions only.

CREATE VIEW v_documents AS
SELECT d.doc_id, d.path, d.sha256, d.status, d.error,
       d.page_count AS pages, d.bureau, d.fiscal_year, d.report_kind,
       d.report_date, d.size, d.file_kind, d.version, d.pipeline_version,
       d.seconds, d.ingested_at,
       (SELECT count(*) FROM pages p WHERE p.doc_id = d.doc_id) AS pages_stored
FROM documents d
WHERE d.superseded = 0;

-- chars counts characters (code points), not bytes: SQLite's length() of a
-- TEXT value.
CREATE VIEW v_pages AS
SELECT p.doc_id, p.page_no, p.source, length(p.text) AS chars,
       p.ocr_confidence, p.text, p.route_reason, p.width, p.height
FROM pages p JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

CREATE VIEW v_lines AS
SELECT l.doc_id, l.page_no, l.line_no, l.kind, l.raw, l.x0, l.y0, l.x1, l.y1
FROM lines l JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

-- normalized is the stretch of the page text the box became, cut by byte
-- offsets (hence the casts to BLOB and back).
CREATE VIEW v_boxes AS
SELECT b.doc_id, b.page_no, b.box_no, b.text, b.x0, b.y0, b.x1, b.y1,
       b.font_size, b.confidence, b.ocr_raw, b.text_begin, b.text_end,
       CAST(substr(CAST(p.text AS BLOB), b.text_begin + 1,
                   b.text_end - b.text_begin) AS TEXT) AS normalized
FROM boxes b
JOIN pages p USING (doc_id, page_no)
JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

-- raw is the fact's stretch of the normalised page text; read_as is what
-- the engine read there: the texts of the boxes that overlap that stretch,
-- in engine order, before normalisation (whole boxes, so possibly more than
-- the fact; NULL for plain-text input, which has no boxes).
CREATE VIEW v_facts AS
SELECT f.fact_id, f.doc_id, f.page_no, f.kind, f.raw, f.value, f.unit,
       f.base_value, f.label, f.context, f.x0, f.y0, f.x1, f.y1, f.section,
       f.text_begin, f.text_end, f.source, f.ocr_confidence, f.rule_id,
       f.qualifier, f.sentence_no, f.in_table, f.section_no,
       d.bureau, d.fiscal_year, f.role,
       (SELECT group_concat(text, '') FROM
          (SELECT b.text FROM boxes b
           WHERE b.doc_id = f.doc_id AND b.page_no = f.page_no
             AND b.text_end > f.text_begin AND b.text_begin < f.text_end
           ORDER BY b.box_no)) AS read_as
FROM facts f JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

CREATE VIEW v_sections AS
SELECT s.doc_id, s.section_no, s.parent_no, s.level, s.marker, s.title,
       s.page_no, s.text_begin
FROM sections s JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

CREATE VIEW v_indicators AS
SELECT i.doc_id, i.page_no, i.level1, i.level2, i.level3, i.target,
       i.actual, i.weight, i.score, i.note, i.indicator_id,
       i.x0, i.y0, i.x1, i.y1, i.source, d.bureau, d.fiscal_year
FROM indicators i JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

CREATE VIEW v_budgets AS
SELECT b.doc_id, b.page_no, b.item, b.unit, b.initial, b.full, b.executed,
       b.weight, b.rate, b.score, b.budget_id, b.x0, b.y0, b.x1, b.y1,
       b.source
FROM budgets b JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

-- fact_ids is a JSON array of fact ids ('[12,13]', '[]' when none), built
-- without the JSON extension so any SQLite can read the view.
CREATE VIEW v_findings AS
SELECT f.finding_id, f.doc_id, f.rule, f.severity, f.message, f.expected,
       f.actual, f.page_no,
       '[' || coalesce((SELECT group_concat(fact_id, ',')
                        FROM (SELECT ff.fact_id FROM finding_facts ff
                              WHERE ff.finding_id = f.finding_id
                              ORDER BY ff.position)), '') || ']' AS fact_ids,
       f.suggested, f.reading, f.alternatives, f.relation_no
FROM findings f JOIN documents d USING (doc_id)
WHERE d.superseded = 0;
-- One row per member of a relation: what the checks reasoned over, with the
-- member fact's number and label. GROUP BY doc_id, relation_no for one row
-- per relation.
CREATE VIEW v_relations AS
SELECT r.doc_id, r.relation_no, r.kind, m.position, m.role, m.fact_id,
       f.value, f.unit, f.base_value, f.label, r.name, r.complete,
       r.evidence, r.detail, r.rule_id, r.page_no, d.path, d.bureau,
       d.fiscal_year
FROM relations r
JOIN relation_members m USING (doc_id, relation_no)
JOIN facts f ON f.fact_id = m.fact_id
JOIN documents d ON d.doc_id = r.doc_id
WHERE d.superseded = 0;
