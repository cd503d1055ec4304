-- regexp(pattern, text), the REGEXP operator: search semantics, a match anywhere
SELECT '全区生产总值增长6%左右' REGEXP '增长\d+%', regexp('增长\d+%', '全区生产总值增长6%左右');
SELECT '全区生产总值增长6%左右' REGEXP '^增长', 'abc' REGEXP 'x';
-- the extension's regexp() replaces the sqlite3 shell's own (which knows no \p{Han})
SELECT '中' REGEXP '\p{Han}', 'a' REGEXP '\p{Han}';
-- NULL in either argument gives NULL
SELECT NULL REGEXP 'a', 'a' REGEXP NULL, regexp(NULL, NULL) IS NULL;
SELECT count(*) FROM (SELECT 'x' AS s UNION ALL SELECT NULL) WHERE s REGEXP 'x';

-- gwr_regexp_like(text, pattern)
SELECT gwr_regexp_like('居民消费价格涨幅3%左右', '涨幅\d'), gwr_regexp_like('居民消费价格', '涨幅');
SELECT gwr_regexp_like(NULL, 'a'), gwr_regexp_like('a', NULL), typeof(gwr_regexp_like(NULL, NULL));
-- inline flags: (?i) caseless, (?m) multiline, (?s) dot matches newlines, (?x) extended
SELECT gwr_regexp_like('GDP', 'gdp'), gwr_regexp_like('GDP', '(?i)gdp'), gwr_regexp_like('GDp', '(?i)gdp');
SELECT gwr_regexp_like('一' || char(10) || '二', '^二'), gwr_regexp_like('一' || char(10) || '二', '(?m)^二$');
SELECT gwr_regexp_like('一' || char(10) || '二', '一.二'), gwr_regexp_like('一' || char(10) || '二', '(?s)一.二');
SELECT gwr_regexp_like('增长7%', '(?x) 增长 \d+ %   # a comment');
-- the empty pattern matches everything, the empty text only what may be empty
SELECT gwr_regexp_like('abc', ''), gwr_regexp_like('', ''), gwr_regexp_like('', 'a'), gwr_regexp_like('', 'a?');

-- gwr_regexp_substr(text, pattern): the first match, or NULL
SELECT gwr_regexp_substr('增长6.5%，力争7%', '\d+(?:\.\d+)?%');
SELECT gwr_regexp_substr('没有数字', '\d+') IS NULL;
SELECT quote(gwr_regexp_substr('abc', 'x*')), quote(gwr_regexp_substr('', ''));
SELECT gwr_regexp_substr(NULL, 'a') IS NULL, gwr_regexp_substr('a', NULL) IS NULL;

-- gwr_regexp_capture(text, pattern [, group]): group 1 by default, 0 is the whole match
SELECT gwr_regexp_capture('城镇新增就业1.2万人', '(\d+(?:\.\d+)?)(万人)');
SELECT gwr_regexp_capture('城镇新增就业1.2万人', '(\d+(?:\.\d+)?)(万人)', 2);
SELECT gwr_regexp_capture('城镇新增就业1.2万人', '(\d+(?:\.\d+)?)(万人)', 0);
SELECT gwr_regexp_capture('城镇新增就业1.2万人', '(\d+(?:\.\d+)?)(万人)', '2');
-- named groups, by name; a name several groups share gives the first one that is set
SELECT gwr_regexp_capture('到2030年', '(?<year>\d{4})年', 'year');
SELECT gwr_regexp_capture('增长5%', '(?J)(?:增长(?<v>\d+)%|下降(?<v>\d+)%)', 'v'),
       gwr_regexp_capture('下降3%', '(?J)(?:增长(?<v>\d+)%|下降(?<v>\d+)%)', 'v');
-- no match, a group that took no part, an empty group
SELECT gwr_regexp_capture('abc', '(\d)') IS NULL, gwr_regexp_capture('b', '(a)|b') IS NULL, quote(gwr_regexp_capture('b', '(a?)b'));
SELECT gwr_regexp_capture(NULL, '(a)') IS NULL, gwr_regexp_capture('a', NULL) IS NULL, gwr_regexp_capture('a', '(a)', NULL) IS NULL;

-- a pattern that changes from row to row is compiled for each row, a constant one once
CREATE TABLE p(pattern TEXT, text TEXT);
INSERT INTO p VALUES ('\d+', '增长7%'), ('[a-z]+', 'GDP or gdp'), ('(?i)[a-z]+', 'GDP or gdp'), (NULL, 'x'), ('x', NULL);
SELECT rowid, gwr_regexp_substr(text, pattern), text REGEXP pattern FROM p;
SELECT rowid, gwr_regexp_substr(text, '\p{Han}+') FROM p;
