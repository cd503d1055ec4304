-- A 50 MB document: the sample report written 8,700 times after itself, each copy a
-- report of its own. Every statement of every copy is read, with the same years.
CREATE TABLE big(body TEXT);
INSERT INTO big SELECT replace(hex(zeroblob(8700)), '00',
                               CAST(readfile('tests/fixtures/reports/2025-qingxi.txt') AS TEXT))
  FROM (SELECT 1);
SELECT length(CAST(body AS BLOB)) > 50000000 FROM big;
SELECT count(*), count(DISTINCT report), max(report), sum(kind = 'target'), sum(kind = 'achievement')
  FROM big, gwr_targets(big.body);
SELECT max(t."end") <= (SELECT length(body) FROM big) FROM big, gwr_targets(big.body) t;
SELECT indicator_id, value, unit, qualifier, kind, year FROM big, gwr_targets(big.body)
  WHERE report = 8700 AND indicator_id IN ('gdp', 'cpi');
