-- gwr_matches(text, pattern): one row per match, in order
.headers on
SELECT * FROM gwr_matches('增长6.5%，力争7%，CPI涨幅3%左右', '(\d+)(?:\.(\d+))?%');
-- start/end are character offsets: substr(text, start + 1, end - start) is the match
SELECT id, match, start, "end", substr('全区GDP增长6.5%', start + 1, "end" - start) = match AS same
FROM gwr_matches('全区GDP增长6.5%', '\p{Han}+|\d+(?:\.\d+)?%');
-- characters beyond the BMP count as one
SELECT match, start, end FROM gwr_matches('𠀀a𠀁b', '\w');
-- groups: a JSON array of groups 1..n, null for a group that took no part; [] without groups
SELECT groups, json_extract(groups, '$[1]') AS v FROM gwr_matches('增长5%，下降3%', '(?:增长(\d+)|下降(\d+))%');
SELECT groups FROM gwr_matches('ab', '.');
SELECT groups FROM gwr_matches('"引号"\反斜线' || char(9, 10) || char(1), '(.)');
-- the escapes read back as the text
SELECT group_concat(json_extract(groups, '$[0]'), '') = '"a\b/' || char(9, 0x7f, 1) AS same
FROM gwr_matches('"a\b/' || char(9, 0x7f, 1), '(.)');
-- empty matches: one at each position, none repeated
SELECT id, quote(match), start, end FROM gwr_matches('增长', 'x*');
SELECT id, match, start, end FROM gwr_matches('aab', 'a*');
-- no match, empty text, NULL arguments: no rows
.headers off
SELECT count(*) FROM gwr_matches('没有数字', '\d');
SELECT count(*) FROM gwr_matches('', 'a');
SELECT count(*) FROM gwr_matches('', '');
SELECT count(*) FROM gwr_matches(NULL, 'a');
SELECT count(*) FROM gwr_matches('a', NULL);
-- the hidden columns text and pattern
SELECT text, pattern, match FROM gwr_matches('ab', 'b');
-- as a join over a table of reports, a pattern per row, and one for all rows
CREATE TABLE r(region TEXT, body TEXT, pattern TEXT);
INSERT INTO r VALUES ('甲区', '地区生产总值增长6%左右；一般公共预算收入增长5%', '增长(\d+)%'),
                     ('乙区', NULL, '增长(\d+)%'),
                     ('丙区', '地区生产总值增长7.5%', '(\d+\.\d+)%'),
                     ('丁区', '城镇新增就业5000人', '(\d+)人');
SELECT region, id, match, json_extract(groups, '$[0]') FROM r, gwr_matches(r.body, r.pattern);
SELECT region, count(m.id) FROM r LEFT JOIN gwr_matches(r.body, '\d+') m GROUP BY region ORDER BY region;
SELECT region, match FROM r, gwr_matches(r.body, '增长\d+(?:\.\d+)?%') WHERE start > 3 ORDER BY region, id;
-- ORDER BY id DESC and rowid
SELECT rowid, id, match FROM gwr_matches('a1b2c3', '\d') ORDER BY id DESC;
