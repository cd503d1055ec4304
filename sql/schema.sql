-- sqlite-gwr: the tables an analyst keeps reports in. Safe to run again (IF NOT EXISTS).
--
--   sqlite3 reports.db
--   .load ./build/gwr
--   .read sql/schema.sql          this file: the tables
--   .read sql/views.sql           the views over them (report_sections, report_targets, ...)
--   .parameter set @folder my/reports
--   .read sql/load_folder.sql     fill reports from a folder of files
--
-- One row per report. `year` is the year the report sets targets for: a report delivered
-- in January 2025 has year 2025 and reviews 2024 (SPEC §5, the 今年 of the report).
CREATE TABLE IF NOT EXISTS reports(
  id        INTEGER PRIMARY KEY,
  region    TEXT NOT NULL,     -- 青溪区, 广东省, 全国 (as the file name gives it)
  level     TEXT CHECK (level IN ('national', 'province', 'city', 'county')),
  year      INTEGER,           -- the year it sets targets for; NULL when unknown
  delivered TEXT,              -- ISO date it was delivered ('2025-01-09'), from its date line
  title     TEXT,              -- its first non-empty line
  body      TEXT NOT NULL,     -- the whole text, UTF-8
  source    TEXT UNIQUE,       -- the file it was loaded from, as given to the loader
  charset   TEXT               -- the encoding the file was decoded from ('UTF-8', 'GB18030', ...)
);
CREATE INDEX IF NOT EXISTS reports_region_year ON reports(region, year);

-- Indicators for which a lower figure is the better one, so a target for them is a ceiling
-- even when the report writes no 以内 (居民消费价格涨幅3%左右). target_outcomes reads it to
-- decide met or missed; add your own rows (INSERT OR IGNORE INTO indicator_bounds ...).
CREATE TABLE IF NOT EXISTS indicator_bounds(
  indicator_id TEXT PRIMARY KEY,
  bound        TEXT NOT NULL CHECK (bound IN ('ceiling', 'floor'))
);
INSERT OR IGNORE INTO indicator_bounds(indicator_id, bound) VALUES
  ('cpi', 'ceiling'),
  ('unemp_surveyed', 'ceiling'),
  ('unemp_registered', 'ceiling'),
  ('pop_growth', 'ceiling'),
  ('deficit_ratio', 'ceiling');

-- Where each qualifier is written, so that report_targets can print a figure the way
-- reports do: 6%左右 (after the value), 不低于55% (before it), 力争增长15% (before the
-- verb). A qualifier not listed here goes after the value.
CREATE TABLE IF NOT EXISTS qualifier_positions(
  qualifier TEXT PRIMARY KEY,
  position  TEXT NOT NULL CHECK (position IN ('before_verb', 'before_value', 'after_value'))
);
INSERT OR IGNORE INTO qualifier_positions(qualifier, position) VALUES
  ('左右', 'after_value'), ('以上', 'after_value'), ('以内', 'after_value'),
  ('以下', 'after_value'), ('多', 'after_value'), ('余', 'after_value'),
  ('近', 'before_value'), ('约', 'before_value'), ('超过', 'before_value'),
  ('不低于', 'before_value'), ('不超过', 'before_value'),
  ('确保', 'before_verb'), ('力争', 'before_verb');
