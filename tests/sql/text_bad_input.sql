-- SPEC §1 for the text family: NULL, BLOB, numbers, invalid UTF-8, empty and large input.
-- invalid UTF-8 is an error naming the function and the byte offset
SELECT gwr_normalize(CAST(x'E5B882FFE59CBA' AS TEXT));
SELECT gwr_repair(x'E5B882E59C');
SELECT * FROM gwr_repairs(x'C0AF');
SELECT * FROM gwr_words(CAST(x'41E5B882FF' AS TEXT));
-- every kind of ill-formed UTF-8: surrogate, overlong, above U+10FFFF, truncated
SELECT gwr_normalize(x'41EDA080');
SELECT gwr_normalize(x'4142C0AF');
SELECT gwr_normalize(x'F4908080');
SELECT gwr_normalize(x'E5B882E5');
SELECT * FROM gwr_words(x'E5B882EDA080');
SELECT * FROM gwr_words(x'E5B882F4908080');
-- a BLOB holding UTF-8 is a document; a number is read as its text
SELECT gwr_normalize(CAST('１２' AS BLOB)), gwr_normalize(12.5), gwr_repair(7);
SELECT word, kind FROM gwr_words(2024);
-- NULL: NULL from scalars, no rows from tables
SELECT quote(gwr_normalize(NULL)), quote(gwr_repair(NULL)), quote(gwr_decode(NULL));
SELECT (SELECT count(*) FROM gwr_words(NULL)) + (SELECT count(*) FROM gwr_repairs(NULL));
-- empty
SELECT quote(gwr_normalize('')), quote(gwr_repair('')), quote(gwr_decode(x''));
-- wrong numbers of arguments
SELECT gwr_normalize();
SELECT gwr_normalize('a', 'NFC', 1);
SELECT gwr_repair('a', 'b');
SELECT gwr_decode(x'41', 'GBK', 'replace', 1);
-- flags: deterministic and innocuous, so usable with trusted_schema=OFF in generated columns
PRAGMA trusted_schema = OFF;
CREATE TABLE g(body TEXT, clean TEXT AS (gwr_normalize(gwr_repair(body))));
INSERT INTO g(body) VALUES ('全区ＧＤＰ增长，市尝社会');
SELECT clean FROM g;
CREATE VIEW w AS SELECT word FROM g, gwr_words(g.clean);
SELECT group_concat(word, '/') FROM w;
