-- SPEC §1 bad input. Invalid UTF-8 in the text: an error naming the byte, in every function
SELECT CAST(X'E5A29EE995BF' || X'FF' AS TEXT) REGEXP '增长';
SELECT gwr_regexp_like(CAST(X'E5A29EE995' AS TEXT), '增长');
SELECT gwr_regexp_substr(X'41C0AF', 'A');
SELECT gwr_regexp_capture(X'41EDA080', '(A)');
SELECT gwr_regexp_replace(X'4180', 'A', 'B');
SELECT * FROM gwr_matches(X'41F4908080', 'A');
-- ... in the pattern and in the replacement: an error naming the argument
SELECT 'A' REGEXP CAST(X'41FF' AS TEXT);
SELECT gwr_regexp_like('A', X'C3');
SELECT gwr_regexp_substr('A', X'E5A2');
SELECT gwr_regexp_capture('A', X'28FE29');
SELECT gwr_regexp_replace('A', X'FF', 'B');
SELECT gwr_regexp_replace('A', 'A', X'FF');
SELECT * FROM gwr_matches('A', X'80');
SELECT gwr_regexp_capture('增长7%', '(?<v>\d+)', X'FF');
-- BLOBs of valid UTF-8 are read as text
SELECT X'E5A29EE995BF37' REGEXP X'5C64', gwr_regexp_substr(X'E5A29EE995BF37', '\p{Han}+');
SELECT gwr_regexp_replace(X'E5A29EE995BF', X'E995BF', X'E9AB98'), gwr_regexp_capture(X'41', X'2841' || X'29');
SELECT match, start, end FROM gwr_matches(X'E5A29EE995BF37', X'5C64');
-- empty text, empty pattern, empty replacement; an empty BLOB is the empty text
SELECT '' REGEXP '', X'' REGEXP '^$', gwr_regexp_like('abc', X''), quote(gwr_regexp_replace('abc', 'b', X''));
SELECT count(*) FROM gwr_matches(X'', X'');
-- numbers are read as their text
SELECT 2024 REGEXP '^\d{4}$', gwr_regexp_substr(6.5, '\.\d'), gwr_regexp_replace(123, 2, 9), gwr_regexp_capture(12, '(\d)', 1.0);
-- a NUL inside the text is a character like any other
SELECT gwr_regexp_like(CAST(X'610062' AS TEXT), 'a\x00b'), length(gwr_regexp_substr(CAST(X'610062' AS TEXT), 'a.b'));
-- a long text: 1 MB of ideographs scanned with one compiled pattern
SELECT count(*), max(end) FROM gwr_matches(replace(printf('%.*c', 300000, 'x'), 'x', '增长'), '长');
