-- A 50 MB document: the sample report written 8,700 times after itself, each copy a
-- report of its own (its title block starts one). Every section and sentence is read.
CREATE TABLE big(body TEXT);
INSERT INTO big SELECT replace(hex(zeroblob(8700)), '00',
                               CAST(readfile('tests/fixtures/reports/2025-qingxi.txt') AS TEXT))
  FROM (SELECT 1);
SELECT length(CAST(body AS BLOB)) > 50000000, length(body) FROM big;
SELECT count(*), max(report), count(DISTINCT report), sum(kind = 'report'), max("end") = (SELECT length(rtrim(body, char(10))) FROM big)
  FROM big, gwr_sections(big.body);
SELECT kind, title, role, path FROM big, gwr_sections(big.body) WHERE report = 8700 AND depth <= 2;
SELECT count(*), count(section), max("end") <= (SELECT length(body) FROM big) FROM big, gwr_sentences(big.body);
