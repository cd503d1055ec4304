-- Every function of the family works in views, generated columns, CHECK constraints and
-- triggers with PRAGMA trusted_schema=OFF (the scalars are DETERMINISTIC and INNOCUOUS,
-- gwr_matches INNOCUOUS)
PRAGMA trusted_schema = OFF;
CREATE TABLE reports(region TEXT, body TEXT CHECK (body IS NULL OR body NOT REGEXP '\x{FFFD}'),
  gdp TEXT AS (gwr_regexp_capture(body, '生产总值增长(\d+(?:\.\d+)?%)')));
CREATE VIEW targets AS
  SELECT region, body REGEXP '左右' AS approx, gwr_regexp_like(body, '以上') AS floor,
         gwr_regexp_substr(body, '\d+(?:\.\d+)?%') AS first, gwr_regexp_capture(body, '(\d+)%', 1) AS v,
         gwr_regexp_replace(body, '\d', '#') AS masked
  FROM reports;
CREATE VIEW figures AS SELECT region, m.id, m.match, m.start, m.end, m.groups FROM reports, gwr_matches(reports.body, '(\d+(?:\.\d+)?)%') AS m;
CREATE TABLE log(region TEXT, first TEXT);
CREATE TRIGGER keep_first AFTER INSERT ON reports BEGIN
  INSERT INTO log VALUES (new.region, gwr_regexp_substr(new.body, '\d+%'));
END;
INSERT INTO reports(region, body) VALUES ('甲区', '地区生产总值增长6%左右，居民收入增长6%以上'),
                                         ('乙区', '地区生产总值增长5.5%左右');
SELECT region, gdp FROM reports;
SELECT * FROM targets;
SELECT * FROM figures;
SELECT * FROM log;
-- the CHECK constraint at work
INSERT INTO reports(region, body) VALUES ('丙区', '乱码' || char(0xFFFD));
-- an index on an expression
CREATE INDEX reports_gdp ON reports(gwr_regexp_capture(body, '增长(\d+)'));
SELECT region FROM reports WHERE gwr_regexp_capture(body, '增长(\d+)') = '5';
