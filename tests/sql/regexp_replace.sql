-- gwr_regexp_replace(text, pattern, replacement): every match replaced
SELECT gwr_regexp_replace('增长6.5%，力争7%', '(\d+(?:\.\d+)?)%', '$1个百分点');
SELECT gwr_regexp_replace('增长6.5%，力争7%', '(?<v>\d+(?:\.\d+)?)%', '[${v}]'), gwr_regexp_replace('a1', '(\d)', '${1}0');
-- $0 is the whole match, $$ a dollar; other characters are literal
SELECT gwr_regexp_replace('7%', '\d+', '<$0> $$ \n');
-- no match: the text unchanged; NULL in any argument: NULL
SELECT gwr_regexp_replace('没有数字', '\d+', 'N'), gwr_regexp_replace('', 'a', 'b') = '';
SELECT gwr_regexp_replace(NULL, 'a', 'b') IS NULL, gwr_regexp_replace('a', NULL, 'b') IS NULL, gwr_regexp_replace('a', 'a', NULL) IS NULL;
-- deleting, and empty matches (between every two characters)
SELECT gwr_regexp_replace('全 区 生 产', '\s+', ''), gwr_regexp_replace('增长', 'x*', '-'), gwr_regexp_replace('ab', '', '|');
-- a group that took no part in the match gives ''
SELECT gwr_regexp_replace('下降3%', '(?:增长(\d+)|下降(\d+))%', '[$1|$2]');
-- hard line wraps joined: a line end between two Han characters
SELECT gwr_regexp_replace('坚持走新型工' || char(13, 10) || '业化道路', '(?<=\p{Han})\R(?=\p{Han})', '');
-- no fixed output buffer: a replacement that quadruples a 3,000-character text
CREATE TABLE t(s TEXT);
INSERT INTO t VALUES (replace(printf('%.*c', 3000, 'x'), 'x', '增'));
SELECT length(s), length(gwr_regexp_replace(s, '.', '$0$0$0$0')) FROM t;
SELECT gwr_regexp_replace(s, '.', '$0$0$0$0') = replace(s, '增', '增增增增') FROM t;
-- ... and one that grows 100 times, with every match replaced
SELECT length(gwr_regexp_replace(s, '增', printf('%.*c', 100, '+'))), gwr_regexp_like(gwr_regexp_replace(s, '增', printf('%.*c', 100, '+')), '增') FROM t;
-- a result longer than SQLITE_LIMIT_LENGTH is an error, not a truncated text
.limit length 20000
SELECT length(gwr_regexp_replace(s, '.', '$0$0$0$0')) FROM t;
SELECT length(gwr_regexp_replace(s, '.', '$0$0')) FROM t;
