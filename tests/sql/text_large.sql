-- SPEC §1: a large document (1.7 MB, 578,000 characters: a dozen reports' worth) gets whole
-- answers, never truncated ones. (Linear time on larger ones: tests/suites/pathological.py.)
CREATE TABLE big AS SELECT replace(hex(zeroblob(34000)), '00', '市尝社会，全区ＧＤＰ增长５．２％。') AS body;
SELECT length(body) FROM big;
SELECT length(gwr_normalize(body)) FROM big;
SELECT count(*), sum(kind = 'han'), max("end") FROM big, gwr_words(big.body);
SELECT count(*) FROM big, gwr_repairs(big.body);
SELECT length(gwr_repair(body)) - length(body) FROM big;
SELECT length(gwr_decode(CAST(body AS BLOB))) FROM big;
