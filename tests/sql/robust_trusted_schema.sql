-- Every function of every family inside the schema with PRAGMA trusted_schema=OFF: the
-- scalars in generated columns, CHECK constraints, indexes and views; the table-valued
-- functions in views and triggers. Only gwr_indicator_add, which changes what later
-- queries read, is DIRECTONLY: refused anywhere but top-level SQL.
PRAGMA trusted_schema = OFF;
CREATE TABLE reports(
  region TEXT,
  body TEXT CHECK (body IS NULL OR body NOT REGEXP '\x{FFFD}'),
  growth REAL AS (gwr_number(gwr_regexp_capture(body, '增长([\d.]+)%'))),
  first TEXT AS (gwr_regexp_substr(body, '\d+(?:\.\d+)?%')),
  masked TEXT AS (gwr_regexp_replace(body, '\d', '#')),
  has_target INTEGER AS (gwr_regexp_like(body, '预期目标')),
  version TEXT AS (gwr_version())
);
CREATE INDEX reports_growth ON reports(gwr_number(gwr_regexp_capture(body, '增长([\d.]+)%')));
CREATE TABLE log(region TEXT, what TEXT, n INTEGER);
CREATE TRIGGER on_report AFTER INSERT ON reports BEGIN
  INSERT INTO log SELECT new.region, 'numbers', count(*) FROM gwr_numbers(new.body);
  INSERT INTO log SELECT new.region, 'sections', count(*) FROM gwr_sections(new.body);
  INSERT INTO log SELECT new.region, 'sentences', count(*) FROM gwr_sentences(new.body);
  INSERT INTO log SELECT new.region, 'targets', count(*) FROM gwr_targets(new.body, 2025);
  INSERT INTO log SELECT new.region, 'matches', count(*) FROM gwr_matches(new.body, '\d+%');
  INSERT INTO log SELECT new.region, 'indicators', count(*) FROM gwr_indicators WHERE id = 'gdp';
END;
INSERT INTO reports(region, body) VALUES
  ('甲区', '二、今年的主要预期目标
地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。'),
  ('乙区', '一、过去一年的工作
地区生产总值增长5.2%。');
SELECT region, growth, first, masked, has_target, version = gwr_version() FROM reports;
SELECT * FROM log;
SELECT region FROM reports WHERE gwr_number(gwr_regexp_capture(body, '增长([\d.]+)%')) > 5.5;
CREATE VIEW figures AS
  SELECT r.region, n.text, n.value, n.unit, n.kind, n.qualifier FROM reports r, gwr_numbers(r.body) n;
CREATE VIEW outline AS
  SELECT r.region, s.id, s.kind, s.title, s.role FROM reports r, gwr_sections(r.body) s;
CREATE VIEW sentences AS
  SELECT r.region, t.id, t.section, t.text FROM reports r, gwr_sentences(r.body) t;
CREATE VIEW targets AS
  SELECT r.region, t.indicator_id, t.value, t.qualifier, t.kind, t.year
  FROM reports r, gwr_targets(r.body, 2025) t;
CREATE VIEW matches AS
  SELECT r.region, m.match, m.groups FROM reports r, gwr_matches(r.body, '(\d+(?:\.\d+)?)%') m;
CREATE VIEW catalogue AS SELECT id, form FROM gwr_indicators WHERE id = 'cpi';
CREATE VIEW scalars AS
  SELECT gwr_number('4.64亿') AS n, gwr_version() IS NOT NULL AS v, gwr_debug() IS NOT NULL AS d,
         gwr_regexp_like('增长6%', '\d%') AS l;
SELECT * FROM figures;
SELECT * FROM outline;
SELECT * FROM sentences;
SELECT * FROM targets;
SELECT * FROM matches;
SELECT * FROM catalogue;
SELECT * FROM scalars;
-- gwr_indicator_add: top-level only (and never in a generated column: not deterministic)
SELECT gwr_indicator_add('tea_output', '茶叶产量');
CREATE VIEW adds AS SELECT gwr_indicator_add('tea_output', '茶园面积');
SELECT * FROM adds;
CREATE TRIGGER adds_on_insert AFTER INSERT ON log BEGIN SELECT gwr_indicator_add('tea_output', '茶园'); END;
INSERT INTO log VALUES ('丙区', 'add', 0);
CREATE TABLE added(form TEXT, ok AS (gwr_indicator_add('tea_output', form)));
SELECT id, form FROM gwr_indicators WHERE id = 'tea_output';
