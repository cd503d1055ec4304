-- An invalid pattern is an error with PCRE2's message and where it is (in characters)
SELECT 'x' REGEXP 'a(b';
SELECT gwr_regexp_like('x', '增长(\d+');
SELECT gwr_regexp_substr('x', '[z-a]');
SELECT gwr_regexp_capture('x', '(?<n>a)(?<n>b)');
SELECT gwr_regexp_replace('x', '*', '');
SELECT * FROM gwr_matches('x', '(?<=a+)b');
-- ... even when the text cannot match it; \C (one byte, may split a character) is locked out
SELECT gwr_regexp_like('', '\C');

-- Catastrophic backtracking ends quickly in an error naming the limit, never in "no match"
CREATE TABLE evil(s TEXT);
INSERT INTO evil VALUES (printf('%.*c', 40, 'a') || 'b');
SELECT s REGEXP '(a+)+$' FROM evil;
SELECT gwr_regexp_like(s, '(a+)+$') FROM evil;
SELECT gwr_regexp_substr(s, '(a+)+$') FROM evil;
SELECT gwr_regexp_capture(s, '(a+)+$') FROM evil;
SELECT gwr_regexp_replace(s, '(a+)+$', 'x') FROM evil;
SELECT count(*) FROM evil, gwr_matches(evil.s, '(a+)+$');
-- the same text with a pattern that does not backtrack
SELECT gwr_regexp_like(s, '(a++)+$'), gwr_regexp_like(s, 'a+b$') FROM evil;
-- Group numbers beyond the pattern's are an error, as is an unknown group name
SELECT gwr_regexp_capture('增长7%', '增长(\d+)%', 2);
SELECT gwr_regexp_capture('增长7%', '增长\d+%');
SELECT gwr_regexp_capture('增长7%', '增长(\d+)(%)', 3);
SELECT gwr_regexp_capture('增长7%', '增长(\d+)%', -1);
SELECT gwr_regexp_capture('增长7%', '增长(?<v>\d+)%', 'value');
SELECT gwr_regexp_capture('增长7%', '增长(\d+)%', 1.5);
-- ... also when nothing matches: the mistake is in the query, not in the data
SELECT gwr_regexp_capture('无', '增长(\d+)%', 2);
SELECT gwr_regexp_capture('增长7%', '增长\d+%', 0);

-- In a replacement: an unknown group, a bad ${...}
SELECT gwr_regexp_replace('增长7%', '增长(\d+)%', '$2');
SELECT gwr_regexp_replace('增长7%', '增长(\d+)%', '${v}');
SELECT gwr_regexp_replace('增长7%', '增长(\d+)%', '${1');

-- The pattern length is limited by SQLITE_LIMIT_LIKE_PATTERN_LENGTH
.limit like_pattern_length 10
SELECT gwr_regexp_like('aaaaaaaaaa', 'aaaaaaaaaa');
SELECT gwr_regexp_like('aaaaaaaaaa', 'aaaaaaaaaaa');
SELECT 'a' REGEXP '一二三四';
SELECT count(*) FROM gwr_matches('a', 'aaaaaaaaaaa');

-- Wrong number of arguments; gwr_matches needs both
SELECT gwr_regexp_like('a');
SELECT gwr_regexp_capture('a', '(a)', 1, 2);
SELECT * FROM gwr_matches('a');
SELECT * FROM gwr_matches;

.limit like_pattern_length 50000
-- a repeat that keeps a place to backtrack to for each character: the JIT stack grows up to
-- its limit; the possessive repeat keeps none
SELECT gwr_regexp_like(printf('%.*c', 100000, 'a'), '^(a|b)*$');
SELECT gwr_regexp_like(printf('%.*c', 3000000, 'a'), '^(a|b)*$');
SELECT gwr_regexp_like(printf('%.*c', 3000000, 'a'), '^(a|b)*+$');
