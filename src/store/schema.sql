-- store/schema.sql: tally's database, created by Store::Open (store.cc).
--
-- Two layers. The tables below are tally's own and may change between
-- schema versions. The v_* views at the end are the stable interface that
-- users and outside scripts query (docs/database.md): they
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
--     Those of more than two values are spelt kind = 'a' OR kind = 'b' OR
--     ..., not kind IN ('a', 'b', ...): SQLite builds a temporary b-tree of
--     an IN list of three or more values each time the statement runs, and
--     an ingest runs its INSERTs once per row (a third of the time it spent
--     writing went to those b-trees; store_test checks none is built).
--
-- Comments are the documentation: `tally export --metadata` turns them into
-- a Datasette metadata.json (store/metadata.cc). The comment block right
-- above a CREATE describes the table or view; a comment on a column's line
-- (and comment-only lines under it) describes that column; a view column
-- without one takes the description of the same-named column of its table
-- (v_facts from facts), of documents, or of the glossary below.
--
-- Glossary:
--   doc_id: the document (documents.doc_id): one ingested file version
--   page_no: page number in the document, from 1
--   path: the document's file, absolute, as given to tally ingest
--   bureau: the reporting unit (部门名称) the report names, e.g. 乐昌市医疗保障局
--   fiscal_year: the year the report is about (2022年度 -> 2022)
--   x0: left edge of the box, PDF points from the page's left (NULL: no geometry)
--   y0: top edge of the box, PDF points from the page's top
--   x1: right edge of the box
--   y1: bottom edge of the box
--   source: how the page was read: 'text' (text layer or file) or 'ocr'
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
INSERT INTO meta (key, value) VALUES ('schema_version', '12');

-- One row per ingested file version. Identity (see store.h): a current
-- document is its sha256; the same path with different bytes gets the next
-- version number, and the older rows at that path are marked superseded
-- rather than deleted, so history stays queryable in this table.
CREATE TABLE documents (
  -- AUTOINCREMENT so that an id, once handed out, never names another
  -- document, even after rows are deleted.
  doc_id INTEGER PRIMARY KEY AUTOINCREMENT,
  path TEXT NOT NULL CHECK (path <> ''),  -- the file, absolute, as given
  version INTEGER NOT NULL CHECK (version >= 1),  -- 1, 2, ... per path
  superseded INTEGER NOT NULL DEFAULT 0  -- 1 once newer bytes at its path
    CHECK (superseded IN (0, 1)),        -- replaced it (hidden from views)
  sha256 TEXT  -- SHA-256 of the bytes (hex), the identity; NULL: unreadable
    CHECK (sha256 IS NULL OR length(sha256) = 64),
  size INTEGER,       -- bytes in the file
  file_kind TEXT NOT NULL  -- what its bytes are, whatever its name says
    CHECK (file_kind = 'pdf' OR file_kind = 'text' OR file_kind = 'image'
           OR file_kind = 'empty' OR file_kind = 'unknown'
           OR file_kind = 'docx' OR file_kind = 'xlsx' OR file_kind = 'ofd'
           OR file_kind = 'html' OR file_kind = 'zip' OR file_kind = 'doc'
           OR file_kind = 'xls' OR file_kind = 'office'),
  status TEXT NOT NULL     -- 'ok', 'partial' (some pages lost) or 'failed'
    CHECK (status = 'ok' OR status = 'partial' OR status = 'failed'),
  error TEXT,         -- why, in words; NULL when ok
  page_count INTEGER NOT NULL DEFAULT 0,  -- pages in the file; 0 if none known
  pipeline_version TEXT NOT NULL  -- the tally that read it; another one
    CHECK (pipeline_version <> ''),  -- (older or newer) re-reads the file
  seconds REAL,       -- processing time in seconds
  bureau TEXT,        -- the reporting unit (部门名称); NULL if not found
  fiscal_year INTEGER,  -- the year reported on (2022年度 -> 2022)
  report_kind TEXT,   -- '项目支出', '部门整体支出' or 'other', from the title
  report_date TEXT,   -- ISO 8601 (2023-01-30), as the report dates itself
  project TEXT,       -- 项目名称, for a report that states one
  ingested_at TEXT NOT NULL  -- when it was stored, ISO 8601 UTC
    DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  rules_version TEXT,  -- the extraction and check rules its metadata,
    -- facts, tables, relations and findings came from ('3f9a0c12ab34': a
    -- hash of the extraction and check code and of the patterns files);
    -- NULL if none (its extraction failed) or unknown (stored before
    -- schema 9); `tally reextract` re-makes them from the stored pages
    -- when it is not the running tally's
  UNIQUE (path, version)  -- also the index for lookups by path
);
-- Partial unique indexes keep the identity rules true even if a writer has a
-- bug: at most one current version per path, and per sha256. The second also
-- serves lookups by sha256 (IsStored, and v_documents WHERE sha256 = ?).
CREATE UNIQUE INDEX documents_current_path ON documents (path)
  WHERE superseded = 0;
CREATE UNIQUE INDEX documents_current_sha256 ON documents (sha256)
  WHERE superseded = 0;

-- Every path at which a file was last seen, with the bytes it held then:
-- identical bytes at several paths are one document (documents.path is one
-- of them) and a row here each. When the bytes at a document's own path
-- change, the document moves to another path that still holds them (its
-- path and version there), rather than leaving the views. A re-run that
-- finds a path's size and modification time as they were when its bytes
-- were read takes the bytes as unchanged and does not read them again
-- (`tally ingest --rehash` reads every file); the time is recorded only
-- when it was at least two seconds old at the reading, since a file written
-- again within the clock's resolution keeps its time.
CREATE TABLE paths (
  path TEXT PRIMARY KEY CHECK (path <> ''),  -- the file, absolute
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),  -- its bytes then
  seen_at TEXT NOT NULL  -- when an ingest last found them there, ISO 8601 UTC
    DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  size INTEGER,     -- the file's size in bytes then; NULL: not recorded
  mtime_ns INTEGER  -- its modification time then, ns since 1970 (UTC);
    -- NULL: not recorded (too recent, a member of an archive, or merged
    -- from another machine's database)
) WITHOUT ROWID;
CREATE INDEX paths_sha256 ON paths (sha256);

-- One row per page stored. A 'failed' document may have none; a 'partial'
-- one may lack some of the file's pages.
CREATE TABLE pages (
  doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
  page_no INTEGER NOT NULL CHECK (page_no >= 1),
  source TEXT NOT NULL CHECK (source IN ('text', 'ocr')),
  route_reason TEXT,  -- why this source was chosen
  width REAL,         -- page width in points; NULL when unknown (text)
  height REAL,        -- page height in points; NULL when unknown (text)
  ocr_confidence REAL,  -- mean word confidence 0..100; NULL for 'text'
  text TEXT NOT NULL,   -- normalised page text, headers/footers excluded;
                        -- of a page of more than 1 MiB, its first part
                        -- (page_text has the rest; v_pages.text is whole)
  hidden_chars INTEGER NOT NULL DEFAULT 0,
    -- glyphs of the text layer drawn so that nobody sees them (invisible
    -- render mode, white on the page, under 1 pt): left out of text, or,
    -- where route_reason says "an invisible text layer", all the text the
    -- page had (an earlier OCR under a scan)
  PRIMARY KEY (doc_id, page_no)
);

-- The text of a page of more than 1 MiB after its first part (pages.text),
-- so that writing and indexing a page takes memory bounded by a part, not
-- by the page. A part is at most 1 MiB of whole characters, cut after a
-- line break in its second half, else before the last character that fits
-- (store.h, PageTextPartEnd). A page's text is pages.text followed by its
-- parts in part_no order: v_pages.text. (Added in schema 11; a page stored
-- before has its whole text in pages.text.)
CREATE TABLE page_text (
  doc_id INTEGER NOT NULL,
  page_no INTEGER NOT NULL,
  part_no INTEGER NOT NULL  -- 1, 2, ... after pages.text (part 0)
    CHECK (part_no BETWEEN 1 AND 2047),
  byte_begin INTEGER NOT NULL  -- where it starts in the page's whole text,
    CHECK (byte_begin > 0),    -- in UTF-8 bytes (as boxes.text_begin)
  text TEXT NOT NULL CHECK (text <> ''),  -- the part
  PRIMARY KEY (doc_id, page_no, part_no),
  FOREIGN KEY (doc_id, page_no) REFERENCES pages (doc_id, page_no)
    ON DELETE CASCADE
);

-- Lines in reading order, as laid out before normalisation.
-- WITHOUT ROWID: many small rows, always read by their key.
CREATE TABLE lines (
  doc_id INTEGER NOT NULL,
  page_no INTEGER NOT NULL,
  line_no INTEGER NOT NULL CHECK (line_no >= 1),  -- reading order on the page
  kind TEXT NOT NULL  -- 'body', 'table_row' (cells between tabs), 'header',
    CHECK (kind = 'body' OR kind = 'table_row' OR kind = 'header'
           OR kind = 'footer' OR kind = 'page_number'),
                      -- 'footer' or 'page_number'
  raw TEXT NOT NULL,  -- the line as laid out, before normalisation
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
  ref TEXT,            -- where it is in the file's own terms, for formats
                       -- without geometry: a cell '自评表!C5', 'table 2 row 3
                       -- cell 4', 'paragraph 12'; NULL when the box says it
  text_begin INTEGER NOT NULL  -- first byte of pages.text it became
    CHECK (text_begin >= 0),
  text_end INTEGER NOT NULL    -- one past its last byte (= text_begin: none)
    CHECK (text_end >= text_begin),
  PRIMARY KEY (doc_id, page_no, box_no),
  FOREIGN KEY (doc_id, page_no) REFERENCES pages (doc_id, page_no)
    ON DELETE CASCADE
) WITHOUT ROWID;

-- The OCR engine's confidence in each character of a box that is a number
-- (digits, its point, comma, percent sign), for the check stage's repair
-- of misread digits (check/repair.h: of two readings that fit equally, the
-- one that changes the digit the engine was least sure of). Boxes of other
-- text, and text-layer boxes, have no row. (Added in schema 10.)
CREATE TABLE box_symbols (
  doc_id INTEGER NOT NULL,
  page_no INTEGER NOT NULL,
  box_no INTEGER NOT NULL,  -- the box (boxes.box_no) on that page
  confidences TEXT NOT NULL,  -- one integer 0..100 per code point of
                              -- boxes.text, space-separated: '99 98 61 99'
                              -- for '4.36'; where the ocr stage read the
                              -- number a second time, each with what that
                              -- reading saw: '99/4 98/. 61/8 99/6'
  PRIMARY KEY (doc_id, page_no, box_no),
  FOREIGN KEY (doc_id, page_no, box_no)
    REFERENCES boxes (doc_id, page_no, box_no) ON DELETE CASCADE
) WITHOUT ROWID;

-- The document's heading tree (一、 （一） 1. （1）), numbered in document
-- order. Numbers are per document (not global ids), so a merged document
-- keeps its sections' numbers and its facts' references to them.
CREATE TABLE sections (
  doc_id INTEGER NOT NULL,
  section_no INTEGER NOT NULL CHECK (section_no >= 1),  -- 1, 2, ... in order
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
  fact_id INTEGER PRIMARY KEY,  -- the fact, cited by findings
  doc_id INTEGER NOT NULL,
  page_no INTEGER NOT NULL,
  kind TEXT NOT NULL  -- 'amount', 'percent', 'count', 'score', 'grade',
    CHECK (kind = 'amount' OR kind = 'percent' OR kind = 'count'
           OR kind = 'score' OR kind = 'grade' OR kind = 'date'
           OR kind = 'docno'),  -- 'date' or 'docno' (document number)
  raw TEXT NOT NULL,   -- the matched stretch of pages.text (v_facts.read_as:
                       -- the boxes' text as the engine read it)
  value TEXT,          -- as printed: '437.32'; for grades/dates/docnos the word
  unit TEXT,           -- as printed: '万元', '%', '人次', '分'
  qualifier TEXT CHECK (qualifier = '≥' OR qualifier = '≤' OR qualifier = '>'
                        OR qualifier = '<' OR qualifier = '≈'),
                       -- a bound (≥90%, 95%以上) or an approximation (1200余元)
  base_value TEXT,     -- exact decimal in the base unit: '4373200' (元)
  base_unit TEXT,      -- the unit of base_value: '元' for 万元, '人' for 万人
  label TEXT,          -- the thing measured: '医保基金实际拨付'
  context TEXT,        -- the sentence or table row it was read from: whole
                       -- when short, else a window around the fact with …
                       -- where cut
  sentence_begin INTEGER,  -- that whole sentence or row: its UTF-8 byte
  sentence_end INTEGER,    -- range in pages.text
  sentence_no INTEGER, -- that sentence's or row's ordinal in the document
  in_table INTEGER NOT NULL DEFAULT 0  -- 1 if read from a table cell
    CHECK (in_table IN (0, 1)),
  section_no INTEGER,  -- the innermost enclosing section; NULL before any
  section TEXT,        -- that section's title
  x0 REAL, y0 REAL, x1 REAL, y1 REAL,
  text_begin INTEGER,  -- UTF-8 byte range in pages.text, as for boxes
  text_end INTEGER,    -- one past the fact's last byte in pages.text
  source TEXT CHECK (source IN ('text', 'ocr')),
  ocr_confidence REAL,  -- mean OCR confidence of its boxes; NULL for text
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
  indicator_id INTEGER PRIMARY KEY,  -- the row, in table order
  doc_id INTEGER NOT NULL,
  page_no INTEGER NOT NULL,
  level1 TEXT,   -- 一级指标 as printed: '产出指标（50分）'
  level2 TEXT,   -- 二级指标 as printed
  level3 TEXT,   -- 三级指标
  target TEXT,   -- 年度指标值, as printed: '≥90%'
  actual TEXT,   -- 实际完成值, as printed
  weight TEXT,   -- 分值, exact decimal
  score TEXT,    -- 得分, exact decimal
  note TEXT,     -- 偏差原因
  -- The analyst's columns, derived from the printed ones when written
  -- (base/printed.h): NULL where a cell is not of that shape.
  level1_name TEXT,    -- 一级指标 without its weight: '产出指标'
  level1_weight TEXT,  -- the weight level1 states: '50' (分)
  level2_name TEXT,    -- 二级指标 without its weight
  level2_weight TEXT,  -- the weight level2 states
  target_op TEXT,      -- the target's comparison: '≥', '≤', '>', '<', '=' or ''
  target_value TEXT,   -- the target's number, exact decimal: '90'
  target_unit TEXT,    -- the target's unit as printed: '%', '万元', ''
  actual_op TEXT,      -- actual's comparison, as target_op
  actual_value TEXT,   -- actual's number, exact decimal
  actual_unit TEXT,    -- actual's unit as printed
  x0 REAL, y0 REAL, x1 REAL, y1 REAL,  -- the row
  source TEXT CHECK (source IN ('text', 'ocr')),
  FOREIGN KEY (doc_id, page_no) REFERENCES pages (doc_id, page_no)
    ON DELETE CASCADE
);
CREATE INDEX indicators_page ON indicators (doc_id, page_no);

-- The budget block of an indicator table (项目资金 (万元) with 年初预算数,
-- 全年预算数, 全年执行数, 分值, 执行率, 得分), one row per line of it.
CREATE TABLE budgets (
  budget_id INTEGER PRIMARY KEY,  -- the row, in table order
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
  base_unit TEXT,      -- unit without its multiplier: '元' for 万元
  unit_factor REAL,    -- base units per unit: 10000 for 万元; NULL if no unit
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
    -- the relation, numbered from 1 in its document
  kind TEXT NOT NULL  -- what it asserts (base/facts.h, Relation)
    CHECK (kind = 'breakdown' OR kind = 'budget' OR kind = 'ratio'
           OR kind = 'score_sum' OR kind = 'score_cap' OR kind = 'grade'
           OR kind = 'indicator' OR kind = 'restatement'
           OR kind = 'enumeration' OR kind = 'bound' OR kind = 'siblings'),
  rule_id TEXT NOT NULL,  -- how the extractor found it: 'list.word', ...
  name TEXT,              -- what it is about: a label, a section, a table item
  complete TEXT CHECK (complete = 'yes' OR complete = 'likely'
                       OR complete = 'no'),
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
  relation_no INTEGER NOT NULL,  -- the relation (relations.relation_no)
  position INTEGER NOT NULL,     -- the member's place in it, from 1
  role TEXT NOT NULL,  -- what the fact is in it: 'total', 'part', 'spent',
                       -- 'rate', 'weight', 'score', 'grade', ...
  fact_id INTEGER NOT NULL REFERENCES facts (fact_id) ON DELETE CASCADE,
    -- the member fact (facts.fact_id)
  PRIMARY KEY (doc_id, relation_no, position),
  FOREIGN KEY (doc_id, relation_no) REFERENCES relations (doc_id, relation_no)
    ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX relation_members_fact ON relation_members (fact_id);
-- Inconsistencies the checks found. page_no is NULL for a finding about the
-- whole document (no FK to pages for that reason).
CREATE TABLE findings (
  finding_id INTEGER PRIMARY KEY,  -- the finding
  doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
  rule TEXT NOT NULL,  -- dotted family: 'sum.breakdown', 'unit.magnitude', ...
  severity TEXT NOT NULL  -- 'error' (the report's own numbers prove it
    CHECK (severity = 'error' OR severity = 'warning' OR severity = 'info'),
                          -- wrong), 'warning' (likely wrong) or 'info'
  message TEXT NOT NULL,  -- one line, with the numbers
  expected TEXT,          -- what the arithmetic implies, with its unit
  actual TEXT,            -- what the report states, with its unit
  page_no INTEGER,        -- NULL: about the whole document
  suggested TEXT,         -- the correction that makes it hold: '437.32万元'
  reading TEXT,           -- the reading of the relation that was tested
  alternatives TEXT,      -- the readings ruled out before reporting
  relation_no INTEGER     -- the relation it rests on (relations), if one
);
CREATE INDEX findings_doc ON findings (doc_id, page_no);

-- The facts a finding rests on, in the order the message cites them. A link
-- table rather than a list in a column, so the references are checked.
CREATE TABLE finding_facts (
  finding_id INTEGER NOT NULL  -- the finding
    REFERENCES findings (finding_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,   -- 1, 2, ... as the message cites them
  fact_id INTEGER NOT NULL     -- a fact it rests on
    REFERENCES facts (fact_id) ON DELETE CASCADE,
  PRIMARY KEY (finding_id, position)
) WITHOUT ROWID;
-- Cascades from facts look rows up by fact_id.
CREATE INDEX finding_facts_fact ON finding_facts (fact_id);

-- ---------------------------------------------------------------------------
-- The stable interface: current document versions only.

-- Every view carries path, bureau and fiscal_year, so a query needs no join
-- to say where a row comes from. Exact decimals stay TEXT; the *_num columns
-- beside them are the same numbers as REAL, for comparing (value_num > 90)
-- and sorting (ORDER BY base_num), never for arithmetic that must tally.
-- A printed cell that is not a number ('—' for none, words) gives NULL, not
-- the 0.0 SQLite's CAST makes of it: a cell is a number when it starts with
-- one (CAST reads '100%' as 100 and '3359.62万' as 3359.62).

-- One row per current document version: its file, status and header.
CREATE VIEW v_documents AS
SELECT d.doc_id, d.path, d.sha256, d.status, d.error,
       d.page_count AS pages,  -- pages in the file (0 if unknown)
       d.bureau, d.fiscal_year, d.report_kind, d.report_date, d.size,
       d.file_kind, d.version, d.pipeline_version, d.seconds, d.ingested_at,
       (SELECT count(*) FROM pages p
        WHERE p.doc_id = d.doc_id) AS pages_stored,  -- pages read and stored
       d.project,
       CASE WHEN d.sha256 IS NULL THEN json_array(d.path)
            ELSE (SELECT json_group_array(p) FROM (
                    SELECT x.path AS p FROM paths x
                    WHERE x.sha256 = d.sha256 ORDER BY 1))
       END AS paths,
         -- every path that holds its bytes, a JSON array in path order (an
         -- unreadable file: its own path)
       d.rules_version
FROM documents d
WHERE d.superseded = 0;

-- One row per path of a current document: each copy of identical bytes,
-- and each unreadable file at its path.
CREATE VIEW v_paths AS
SELECT x.path, d.doc_id, d.sha256, d.status,
       d.path AS document_path,  -- the document's own path (documents.path)
       x.seen_at, d.bureau, d.fiscal_year
FROM paths x JOIN documents d ON d.sha256 = x.sha256 AND d.superseded = 0
UNION ALL
SELECT d.path, d.doc_id, NULL, d.status, d.path, d.ingested_at, d.bureau,
       d.fiscal_year
FROM documents d
WHERE d.sha256 IS NULL AND d.superseded = 0;

-- One row per current document: what an analyst sums and compares across
-- bureaus and years. The figures are the report's own: from the budget
-- block of its indicator table (the 年度资金总额 row, else its first row)
-- when it has one (figures_from 'table'), else from its text ('text'): the
-- budget relation the extract stage found around its budget execution rate
-- (预算执行率 before other 执行率, never 政府采购执行率), else its first one
-- with a spending: its 年初 (or 下达) budget, 全年 budget, spending and rate
-- ("预算资金192.31万元，支出158.89万元，预算执行率为83%"); failing that, the
-- amounts labelled as budget and spending in the rate's sentence, and the
-- first amount labelled 预算.
-- *_yuan are in 元 whatever unit the report printed.
CREATE VIEW v_reports AS
WITH related AS (
  SELECT d.*,
         (SELECT x.budget_id FROM budgets x WHERE x.doc_id = d.doc_id
          ORDER BY (x.item LIKE '%总额%' OR x.item LIKE '%合计%'
                    OR x.item LIKE '%总计%') DESC, x.budget_id
          LIMIT 1) AS headline_budget,
         (SELECT r.relation_no FROM relations r
          WHERE r.doc_id = d.doc_id AND r.kind = 'budget'
            AND EXISTS (SELECT 1 FROM relation_members m
                        WHERE m.doc_id = r.doc_id
                          AND m.relation_no = r.relation_no
                          AND m.role IN ('rate', 'spent'))
            AND NOT EXISTS (SELECT 1 FROM relation_members m
                            JOIN facts f ON f.fact_id = m.fact_id
                            WHERE m.doc_id = r.doc_id
                              AND m.relation_no = r.relation_no
                              AND m.role = 'rate'
                              AND f.label LIKE '%采购%')
          ORDER BY
            EXISTS (SELECT 1 FROM relation_members m
                    JOIN facts f ON f.fact_id = m.fact_id
                    WHERE m.doc_id = r.doc_id AND m.relation_no = r.relation_no
                      AND m.role = 'rate'
                      AND (f.label LIKE '%预算执行率%' OR f.label = '执行率'
                           OR f.label LIKE '%资金执行率%')) DESC,
            EXISTS (SELECT 1 FROM relation_members m
                    WHERE m.doc_id = r.doc_id AND m.relation_no = r.relation_no
                      AND m.role = 'rate') DESC,
            r.relation_no
          LIMIT 1) AS budget_relation
  FROM documents d
  WHERE d.superseded = 0
), rated AS (
  SELECT r.*,
         coalesce(
           (SELECT m.fact_id FROM relation_members m
            WHERE m.doc_id = r.doc_id AND m.relation_no = r.budget_relation
              AND m.role = 'rate'
            ORDER BY m.position LIMIT 1),
           (SELECT f.fact_id FROM facts f
            WHERE f.doc_id = r.doc_id AND f.kind = 'percent'
              AND f.label LIKE '%执行率%' AND f.label NOT LIKE '%采购%'
            ORDER BY (f.label LIKE '%预算执行率%' OR f.label = '执行率'
                      OR f.label LIKE '%资金执行率%') DESC, f.fact_id
            LIMIT 1)) AS rate_fact
  FROM related r
), cur AS (
  SELECT r.*,
         coalesce(
           (SELECT m.fact_id FROM relation_members m
            WHERE m.doc_id = r.doc_id AND m.relation_no = r.budget_relation
              AND m.role IN ('initial', 'allocated', 'fund')
            ORDER BY (m.role = 'initial') DESC, m.position LIMIT 1),
           (SELECT f.fact_id FROM facts f JOIN facts rf
              ON rf.fact_id = r.rate_fact AND f.doc_id = rf.doc_id
                 AND f.sentence_no = rf.sentence_no
            WHERE f.kind = 'amount'
              AND (f.label LIKE '%预算%' OR f.label LIKE '%资金%'
                   OR f.label LIKE '%下达%' OR f.label LIKE '%安排%')
              AND f.label NOT LIKE '%支出%' AND f.label NOT LIKE '%执行%'
              AND f.label NOT LIKE '%决算%' AND f.label NOT LIKE '%结%'
              AND f.label NOT LIKE '%余%'
            ORDER BY f.fact_id LIMIT 1),
           (SELECT f.fact_id FROM facts f
            WHERE f.doc_id = r.doc_id AND f.kind = 'amount'
              AND f.label LIKE '%预算%' AND f.label NOT LIKE '%执行%'
              AND f.label NOT LIKE '%支出%' AND f.label NOT LIKE '%全年%'
              AND f.label NOT LIKE '%调整%'
            ORDER BY f.fact_id LIMIT 1)) AS budget_fact,
         coalesce(
           (SELECT m.fact_id FROM relation_members m
            WHERE m.doc_id = r.doc_id AND m.relation_no = r.budget_relation
              AND m.role = 'full'
            ORDER BY m.position LIMIT 1),
           (SELECT f.fact_id FROM facts f
            WHERE f.doc_id = r.doc_id AND f.kind = 'amount'
              AND (f.label LIKE '%全年预算%' OR f.label LIKE '%调整后预算%'
                   OR f.label LIKE '%调整预算%')
            ORDER BY f.fact_id LIMIT 1)) AS full_fact,
         coalesce(
           (SELECT m.fact_id FROM relation_members m
            WHERE m.doc_id = r.doc_id AND m.relation_no = r.budget_relation
              AND m.role = 'spent'
            ORDER BY m.position LIMIT 1),
           (SELECT f.fact_id FROM facts f JOIN facts rf
              ON rf.fact_id = r.rate_fact AND f.doc_id = rf.doc_id
                 AND f.sentence_no = rf.sentence_no
            WHERE f.kind = 'amount'
              AND (f.label LIKE '%支出%' OR f.label LIKE '%执行%'
                   OR f.label LIKE '%决算%' OR f.label LIKE '%拨付%'
                   OR f.label LIKE '%使用%')
              AND f.label NOT LIKE '%结转%' AND f.label NOT LIKE '%结余%'
            ORDER BY f.fact_id LIMIT 1)) AS executed_fact
  FROM rated r
)
SELECT c.doc_id, c.path, c.bureau, c.fiscal_year, c.report_kind, c.project,
       c.report_date, c.status,
       CASE WHEN b.budget_id IS NOT NULL THEN 'table'
            WHEN coalesce(c.budget_fact, c.full_fact, c.executed_fact,
                          c.rate_fact) IS NOT NULL THEN 'text'
       END AS figures_from,  -- 'table' (the budget block), 'text' or NULL
       CASE WHEN b.budget_id IS NOT NULL THEN b.initial
            ELSE fb.value END AS budget,  -- 预算 (年初预算数) as printed
       CASE WHEN b.budget_id IS NOT NULL THEN b.unit
            ELSE fb.unit END AS budget_unit,  -- its unit as printed: '万元'
       CASE WHEN b.budget_id IS NOT NULL
            THEN b.initial_base
            ELSE CAST(fb.base_value AS REAL) END AS budget_yuan,  -- in 元
       CASE WHEN b.budget_id IS NOT NULL THEN b.full
            ELSE ff.value END AS budget_full,  -- 全年预算数 as printed
       CASE WHEN b.budget_id IS NOT NULL THEN b.unit
            ELSE ff.unit END AS budget_full_unit,  -- its unit as printed
       CASE WHEN b.budget_id IS NOT NULL
            THEN b.full_base
            ELSE CAST(ff.base_value AS REAL) END AS budget_full_yuan,  -- in 元
       CASE WHEN b.budget_id IS NOT NULL THEN b.executed
            ELSE fe.value END AS executed,  -- 全年执行数 as printed
       CASE WHEN b.budget_id IS NOT NULL THEN b.unit
            ELSE fe.unit END AS executed_unit,  -- its unit as printed
       CASE WHEN b.budget_id IS NOT NULL
            THEN b.executed_base
            ELSE CAST(fe.base_value AS REAL) END AS executed_yuan,  -- in 元
       CASE WHEN b.budget_id IS NOT NULL THEN b.rate
            ELSE fr.raw END AS execution_rate,  -- 执行率 as printed: '100%'
       CASE WHEN b.budget_id IS NOT NULL THEN b.rate_num
            ELSE CAST(fr.value AS REAL) END AS execution_rate_num,  -- in %
       coalesce(
         (SELECT f.value FROM facts f
          WHERE f.doc_id = c.doc_id AND f.kind = 'score'
            AND (f.label LIKE '%总分%' OR f.label LIKE '%自评得分%'
                 OR f.label LIKE '%综合得分%' OR f.label LIKE '%评价得分%'
                 OR f.label LIKE '%总得分%')
            AND CAST(f.value AS REAL) >= 60
          ORDER BY CAST(f.value AS REAL) DESC, f.fact_id LIMIT 1),
         (SELECT i.score FROM indicators i
          WHERE i.doc_id = c.doc_id
            AND (i.level1 IN ('总分', '合计', '总计')
                 OR i.level3 IN ('总分', '合计', '总计'))
          ORDER BY i.indicator_id LIMIT 1)) AS self_score,
            -- 自评得分: the largest score of at least 60 the text states
            -- as 总分/自评得分/综合得分/评价得分 (a total out of 100; one
            -- indicator's 自评得分 is far smaller), else the indicator
            -- table's 总分/合计 row
       (SELECT f.value FROM facts f
        WHERE f.doc_id = c.doc_id AND f.kind = 'grade'
        ORDER BY f.fact_id LIMIT 1) AS grade,  -- the first grade stated (优秀 …)
       (SELECT count(*) FROM findings g WHERE g.doc_id = c.doc_id
          AND g.severity = 'error') AS errors,  -- findings of severity error
       (SELECT count(*) FROM findings g WHERE g.doc_id = c.doc_id
          AND g.severity = 'warning') AS warnings,  -- … of severity warning
       (SELECT count(*) FROM findings g WHERE g.doc_id = c.doc_id
          AND g.severity = 'info') AS infos,  -- … of severity info
       (SELECT count(*) FROM facts f
        WHERE f.doc_id = c.doc_id) AS facts,  -- facts extracted
       c.page_count AS pages  -- pages in the file
FROM cur c
LEFT JOIN v_budgets b ON b.budget_id = c.headline_budget
LEFT JOIN facts fb ON fb.fact_id = c.budget_fact
LEFT JOIN facts ff ON ff.fact_id = c.full_fact
LEFT JOIN facts fe ON fe.fact_id = c.executed_fact
LEFT JOIN facts fr ON fr.fact_id = c.rate_fact;

-- One row per stored page. chars counts characters (code points), not
-- bytes: SQLite's length() of a TEXT value.
CREATE VIEW v_pages AS
SELECT p.doc_id, p.page_no, p.source,
       length(p.text) + coalesce(
         (SELECT sum(length(t.text)) FROM page_text t
          WHERE t.doc_id = p.doc_id AND t.page_no = p.page_no), 0)
         AS chars,  -- characters in text
       p.ocr_confidence,
       p.text || coalesce(
         (SELECT group_concat(t.text, '') FROM
            (SELECT t.text FROM page_text t
             WHERE t.doc_id = p.doc_id AND t.page_no = p.page_no
             ORDER BY t.part_no) t), '') AS text,
         -- normalised page text, headers/footers excluded: whole (pages.text
         -- and its parts in page_text)
       p.route_reason, p.width, p.height,
       d.path, d.bureau, d.fiscal_year, p.hidden_chars
FROM pages p JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

-- Every line as laid out, in reading order, before normalisation.
CREATE VIEW v_lines AS
SELECT l.doc_id, l.page_no, l.line_no, l.kind, l.raw, l.x0, l.y0, l.x1, l.y1,
       d.path, d.bureau, d.fiscal_year
FROM lines l JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

-- Every text box as the engine read it, with the stretch of the page text
-- it became: normalized is cut out by byte offsets (hence the casts to BLOB
-- and back), from pages.text and, on a page of more than 1 MiB, from the
-- parts of page_text it overlaps (the part holding text_begin on; substr
-- stops at each part's end).
CREATE VIEW v_boxes AS
SELECT b.doc_id, b.page_no, b.box_no, b.text, b.x0, b.y0, b.x1, b.y1,
       b.font_size, b.confidence, b.ocr_raw, b.text_begin, b.text_end,
       CAST(coalesce((SELECT group_concat(x.piece, '') FROM
         (SELECT 0 AS part_no,
                 substr(CAST(p.text AS BLOB), b.text_begin + 1,
                        b.text_end - b.text_begin) AS piece
          UNION ALL
          SELECT t.part_no,
                 substr(CAST(t.text AS BLOB),
                        max(b.text_begin - t.byte_begin, 0) + 1,
                        b.text_end - max(b.text_begin, t.byte_begin))
          FROM page_text t
          WHERE t.doc_id = b.doc_id AND t.page_no = b.page_no
            AND t.byte_begin < b.text_end
            AND t.part_no >= coalesce(
              (SELECT max(u.part_no) FROM page_text u
               WHERE u.doc_id = b.doc_id AND u.page_no = b.page_no
                 AND u.byte_begin <= b.text_begin), 0)
          ORDER BY 1) x), '')
            AS TEXT) AS normalized,  -- the page text the box became
       d.path, d.bureau, d.fiscal_year, b.ref,
       s.confidences AS symbol_confidences  -- per character, numbers only
FROM boxes b
JOIN pages p USING (doc_id, page_no)
JOIN documents d USING (doc_id)
LEFT JOIN box_symbols s USING (doc_id, page_no, box_no)
WHERE d.superseded = 0;

-- One row per fact: a number, grade, date or document number with its
-- provenance. raw is the fact's stretch of the normalised page text.
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
           ORDER BY b.box_no)) AS read_as,
             -- what the engine read there: the texts of the boxes
             -- overlapping raw, in engine order, before normalisation
             -- (whole boxes, so possibly more than the fact; NULL for plain
             -- text, which has no boxes)
       CASE WHEN f.kind IN ('amount', 'percent', 'count', 'score')
            THEN CAST(f.value AS REAL) END AS value_num,
              -- value as a number (REAL), for comparing and sorting; NULL
              -- for grades, dates and document numbers
       CAST(f.base_value AS REAL) AS base_num,
         -- base_value as a number (REAL): amounts in 元 whatever the
         -- printed unit, so ORDER BY base_num ranks 1.2亿元 above 900万元
       f.base_unit, d.path,
       (SELECT b.ref FROM boxes b
        WHERE b.doc_id = f.doc_id AND b.page_no = f.page_no
          AND b.text_end > f.text_begin AND b.text_begin < f.text_end
          AND b.ref IS NOT NULL
        ORDER BY b.box_no LIMIT 1) AS ref,
          -- where the fact is in the file's own terms, when the format
          -- has no geometry: the spreadsheet cell ('Sheet1!G12'), the
          -- docx table cell or paragraph, the HTML table cell
       f.sentence_begin, f.sentence_end,
         -- the whole sentence or table row (context may hold a window of
         -- it): its UTF-8 byte range in the page's text
       (SELECT fi.suggested FROM finding_facts ff
          JOIN findings fi ON fi.finding_id = ff.finding_id
        WHERE ff.fact_id = f.fact_id AND ff.position = 1
          AND fi.rule = 'ocr.repair'
        LIMIT 1) AS repaired
          -- the number, with its unit, as the report's own arithmetic
          -- repaired an OCR misreading of it (the finding 'ocr.repair' has
          -- the evidence; docs/rules.md); NULL when not repaired. value
          -- keeps the engine's reading, read_as the boxes' text
FROM facts f JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

-- The heading tree of each document; facts carry their section_no.
CREATE VIEW v_sections AS
SELECT s.doc_id, s.section_no, s.parent_no, s.level, s.marker, s.title,
       s.page_no, s.text_begin, d.path, d.bureau, d.fiscal_year
FROM sections s JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

-- Rows of indicator tables (绩效自评表), merged cells filled down, with the
-- printed cells taken apart for analysis.
CREATE VIEW v_indicators AS
SELECT i.doc_id, i.page_no,
       coalesce(i.level1_name, i.level1) AS level1,
         -- 一级指标 without its weight: '产出指标' (level1_printed as printed)
       coalesce(i.level2_name, i.level2) AS level2,
         -- 二级指标 without its weight (level2_printed as printed)
       i.level3, i.target, i.actual, i.weight, i.score, i.note,
       i.indicator_id, i.x0, i.y0, i.x1, i.y1, i.source, d.bureau,
       d.fiscal_year, d.path,
       i.level1 AS level1_printed,  -- 一级指标 as printed: '产出指标（50分）'
       i.level1_weight,
       CAST(i.level1_weight AS REAL) AS level1_weight_num,  -- as REAL
       i.level2 AS level2_printed,  -- 二级指标 as printed
       i.level2_weight,
       CASE WHEN i.weight GLOB '[0-9]*' OR i.weight GLOB '[-.][0-9]*'
            THEN CAST(i.weight AS REAL) END AS weight_num,
              -- 分值 as REAL
       CASE WHEN i.score GLOB '[0-9]*' OR i.score GLOB '[-.][0-9]*'
            THEN CAST(i.score AS REAL) END AS score_num,
              -- 得分 as REAL
       i.target_op, i.target_value,
       CAST(i.target_value AS REAL) AS target_num,  -- target_value as REAL
       i.target_unit, i.actual_op, i.actual_value,
       CAST(i.actual_value AS REAL) AS actual_num,  -- actual_value as REAL
       i.actual_unit
FROM indicators i JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

-- The budget block of indicator tables, one row per line of it, with its
-- amounts also in the base unit.
CREATE VIEW v_budgets AS
SELECT b.doc_id, b.page_no, b.item, b.unit, b.initial, b.full, b.executed,
       b.weight, b.rate, b.score, b.budget_id, b.x0, b.y0, b.x1, b.y1,
       b.source, d.path, d.bureau, d.fiscal_year,
       b.initial_num,   -- initial as REAL, in unit
       b.full_num,      -- full as REAL, in unit
       b.executed_num,  -- executed as REAL, in unit
       b.rate_num,      -- 执行率 as REAL, in %
       b.weight_num,    -- 分值 as REAL
       b.score_num,     -- 得分 as REAL
       b.base_unit, b.unit_factor,
       b.initial_num * b.unit_factor AS initial_base,
         -- initial in base_unit (元)
       b.full_num * b.unit_factor AS full_base,
         -- full in base_unit (元)
       b.executed_num * b.unit_factor AS executed_base
         -- executed in base_unit (元)
FROM (SELECT x.*,
        CASE WHEN x.initial GLOB '[0-9]*' OR x.initial GLOB '[-.][0-9]*'
             THEN CAST(x.initial AS REAL) END AS initial_num,
        CASE WHEN x.full GLOB '[0-9]*' OR x.full GLOB '[-.][0-9]*'
             THEN CAST(x.full AS REAL) END AS full_num,
        CASE WHEN x.executed GLOB '[0-9]*' OR x.executed GLOB '[-.][0-9]*'
             THEN CAST(x.executed AS REAL) END AS executed_num,
        CASE WHEN x.rate GLOB '[0-9]*' OR x.rate GLOB '[-.][0-9]*'
             THEN CAST(x.rate AS REAL) END AS rate_num,
        CASE WHEN x.weight GLOB '[0-9]*' OR x.weight GLOB '[-.][0-9]*'
             THEN CAST(x.weight AS REAL) END AS weight_num,
        CASE WHEN x.score GLOB '[0-9]*' OR x.score GLOB '[-.][0-9]*'
             THEN CAST(x.score AS REAL) END AS score_num
      FROM budgets x) b
JOIN documents d USING (doc_id)
WHERE d.superseded = 0;

-- Consistency findings, each with the facts it rests on.
CREATE VIEW v_findings AS
SELECT f.finding_id, f.doc_id, f.rule, f.severity, f.message, f.expected,
       f.actual, f.page_no,
       '[' || coalesce((SELECT group_concat(fact_id, ',')
                        FROM (SELECT ff.fact_id FROM finding_facts ff
                              WHERE ff.finding_id = f.finding_id
                              ORDER BY ff.position)), '') || ']' AS fact_ids,
                               -- the facts it rests on, a JSON array of
                               -- fact ids ('[12,13]', '[]' when none), built
                               -- without the JSON extension so any SQLite
                               -- reads it
       d.path, d.bureau, d.fiscal_year,
       f.suggested, f.reading, f.alternatives, f.relation_no
FROM findings f JOIN documents d USING (doc_id)
WHERE d.superseded = 0;
-- One row per member of a relation: what the checks reasoned over, with the
-- member fact's number and label. GROUP BY doc_id, relation_no for one row
-- per relation.
CREATE VIEW v_relations AS
SELECT r.doc_id, r.relation_no, r.kind,
       m.position,    -- the member's place in the relation, from 1
       m.role,        -- what the fact is in it: 'total', 'part', 'spent', ...
       m.fact_id,     -- the member fact (v_facts.fact_id)
       f.value,       -- the member's number as printed: '437.32'
       f.unit,        -- its unit as printed: '万元'
       f.base_value,  -- its exact value in the base unit: '4373200'
       f.label,       -- the thing it measures: '医保基金实际拨付'
       r.name, r.complete, r.evidence, r.detail, r.rule_id, r.page_no,
       d.path, d.bureau, d.fiscal_year
FROM relations r
JOIN relation_members m USING (doc_id, relation_no)
JOIN facts f ON f.fact_id = m.fact_id
JOIN documents d ON d.doc_id = r.doc_id
WHERE d.superseded = 0;

-- ---------------------------------------------------------------------------
-- Full-text search (store/tokenizer.h, store/search.cc). Store::Open also
-- runs this section, from the line above to the end of the file, on a
-- database from before it (meta.search_index absent or older), so it is not
-- part of schema_version. The index uses SQLite's built-in unicode61
-- tokenizer, so sqlite3, Datasette and pandas read it; only writing pages
-- needs tally's SQL functions tally_search_text() and tally_search_pieces().

-- The search index of page text: one row per stored page (of superseded
-- versions too; v_search hides them), and for a page of more than 1 MiB of
-- text one row per piece: its parts (pages.text, then page_text by part_no;
-- a page stored whole before schema 11, pieces of about 1 MiB cut after a
-- line break near the mark, else between characters), so that indexing a
-- page of any size takes a bounded amount of memory (FTS5 holds a row's
-- terms in memory until the row is written). Its rowid is
-- (doc_id << 31) + (page_no << 11) + piece, piece from 0 (page_no < 2^20,
-- pieces < 2^11). A term that spans a cut is not found there, nor are the
-- terms of a query that stand in different pieces. Kept current by the
-- triggers below in the transaction that writes or deletes the page.
-- Query it through v_search.
CREATE VIRTUAL TABLE page_fts USING fts5(
  text  -- the page's search text: its Han characters and words one by one,
        -- spaces between, U+E000 where punctuation or a line break stood
  , tokenize = 'unicode61 remove_diacritics 0'
);
-- tally_search_pieces(text) is the JSON array [0, 1, ...] of text's pieces,
-- tally_search_text(text, k) the search text of piece k.
-- (pages.text of a page stored in parts is one piece, at most 1 MiB.)
INSERT INTO page_fts (rowid, text)
  SELECT (p.doc_id << 31) + (p.page_no << 11) + k.key,
         tally_search_text(p.text, k.key)
  FROM pages p, json_each(tally_search_pieces(p.text)) k;
INSERT INTO page_fts (rowid, text)
  SELECT (t.doc_id << 31) + (t.page_no << 11) + t.part_no,
         tally_search_text(t.text)
  FROM page_text t;
INSERT INTO page_fts (page_fts) VALUES ('optimize');
CREATE TRIGGER pages_search_insert AFTER INSERT ON pages BEGIN
  INSERT INTO page_fts (rowid, text)
    SELECT (new.doc_id << 31) + (new.page_no << 11) + k.key,
           tally_search_text(new.text, k.key)
    FROM json_each(tally_search_pieces(new.text)) k;
END;
CREATE TRIGGER pages_search_delete AFTER DELETE ON pages BEGIN
  DELETE FROM page_fts
    WHERE rowid BETWEEN (old.doc_id << 31) + (old.page_no << 11)
                    AND (old.doc_id << 31) + (old.page_no << 11) + 2047;
END;
CREATE TRIGGER pages_search_update AFTER UPDATE ON pages BEGIN
  DELETE FROM page_fts
    WHERE rowid BETWEEN (old.doc_id << 31) + (old.page_no << 11)
                    AND (old.doc_id << 31) + (old.page_no << 11) + 2047;
  INSERT INTO page_fts (rowid, text)
    SELECT (new.doc_id << 31) + (new.page_no << 11) + k.key,
           tally_search_text(new.text, k.key)
    FROM json_each(tally_search_pieces(new.text)) k;
  INSERT INTO page_fts (rowid, text)
    SELECT (t.doc_id << 31) + (t.page_no << 11) + t.part_no,
           tally_search_text(t.text)
    FROM page_text t WHERE t.doc_id = new.doc_id AND t.page_no = new.page_no;
END;
-- A part's rows go with its page's (pages_search_delete: parts are deleted
-- only with their page).
CREATE TRIGGER page_text_search_insert AFTER INSERT ON page_text BEGIN
  INSERT INTO page_fts (rowid, text)
    VALUES ((new.doc_id << 31) + (new.page_no << 11) + new.part_no,
            tally_search_text(new.text));
END;

-- Full-text search over the pages of current documents: WHERE search MATCH
-- '"医 保 基 金"' finds the pages where 医保基金 stands (a term is the phrase
-- of its characters, spaces between them, in double quotes; tally search
-- writes that for you), ORDER BY rank for relevance. A page of more than
-- 1 MiB of text has a row for each piece of it where the query matches.
CREATE VIEW v_search AS
SELECT s.rowid >> 31 AS doc_id,
       (s.rowid >> 11) & 1048575 AS page_no,
       p.path, p.bureau, p.fiscal_year,
       p.text,  -- the normalised page text, whole (v_pages.text)
       s.page_fts AS search,  -- the column to MATCH: FTS5 query syntax over
                              -- the search text ('"医 保" AND "结 转"')
       s.rank AS rank  -- FTS5's bm25 relevance of a MATCH (lower is better)
FROM page_fts s
JOIN v_pages p
  ON p.doc_id = s.rowid >> 31 AND p.page_no = (s.rowid >> 11) & 1048575;
INSERT OR REPLACE INTO meta (key, value) VALUES ('search_index', '3');
