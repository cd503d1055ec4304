-- gwr_number(): the value of one whole numeral, exact (INTEGER when integral)
SELECT gwr_number('4.64亿'), gwr_number('一千二百三十四点五'), gwr_number('两万'), gwr_number('１２．５'), gwr_number('百分之九');
SELECT gwr_number('两亿三千万'), gwr_number('一万零一'), gwr_number('一万五'), gwr_number('二百五'), gwr_number('十三万五');
SELECT gwr_number('三万亿'), gwr_number('4.78万亿'), gwr_number('四万万'), gwr_number('一亿五千万零六千三百五十五');
SELECT gwr_number('廿二'), gwr_number('卅'), gwr_number('二〇二四'), gwr_number('一九九九'), gwr_number('零点五');
SELECT gwr_number('壹佰贰拾'), gwr_number('兩萬'), gwr_number('肆佰叁拾萬'), gwr_number('伍拾壹点肆');
SELECT gwr_number('1,234'), gwr_number('1,234,567.89'), gwr_number('-3.5'), gwr_number('负三十二'), gwr_number('+7');
SELECT gwr_number('3万4000'), gwr_number('1百01'), gwr_number('10.1万'), gwr_number('1,100.9亿');
SELECT gwr_number('千分之四点五'), gwr_number('百分之九十五'), gwr_number('12.5%'), gwr_number('7‰'), gwr_number('负百分之三');
SELECT gwr_number('三分之一'), gwr_number('五分之二'), gwr_number('三又五分之一'), gwr_number('3/4'), gwr_number('十六分之三');
SELECT gwr_number('第十一'), gwr_number('第２５０'), gwr_number('  十 余 万  ');
SELECT typeof(gwr_number('4.64亿')), typeof(gwr_number('4.64')), typeof(gwr_number('三分之一'));
-- not one whole numeral: NULL
SELECT quote(gwr_number('4.64亿元')), quote(gwr_number('5%左右')), quote(gwr_number('进一步')), quote(gwr_number('万')), quote(gwr_number('两两')), quote(gwr_number('10.1万零100')), quote(gwr_number('三点'));
-- gwr_numbers(): every quantity, in order
.headers on
SELECT id, text, value, value_high, unit, scale, base_value, base_unit, kind, qualifier, redacted, start, "end"
FROM gwr_numbers('全区生产总值达到486.3亿元，增长5.8%；一般公共预算收入增长6%左右，固定资产投资增长5%－6%，城镇调查失业率控制在5.5%以内，人口自然增长率控制在3‰以内，研发投入强度提高0.2个百分点，粮食总产量稳定在9.5万吨以上。');
SELECT id, text, value, value_high, unit, base_value, kind, qualifier, redacted
FROM gwr_numbers('2024年预计完成×亿元，是2019年的×.×倍；累计出口创汇×万美元，新增企业×家，×—×个社区，～年工作任务，×—2024年。');
SELECT id, text, value, value_high, unit, base_value, kind, qualifier
FROM gwr_numbers('常住人口1270多万人，解决5800余人，年税收×亿多元，近千家企业，上万个岗位，过亿元企业2家，人均5万元/人，PM2.5浓度28微克/立方米，增长近50倍，翻两番，两到三年，两三万人，十万零一千元。');
-- not quantities
.headers off
SELECT count(*) FROM gwr_numbers('进一步统一思想，一般来说，一定要，一体化，一批项目，千方百计，一心一意，万一，三个代表，十六大，“十四五”规划，一是坚持，第一，坚持，第2位，PM2.5，3月2日，4A级景区，5G基站，“1336”工程，一个中心，三中全会，区二届人大三次会议。');
SELECT text FROM gwr_numbers('一、总体要求' || char(10) || '（一）主要目标' || char(10) || '1.筹资3500万元。2.新建学校2所。' || char(10) || '(3)其他');
-- offsets are characters: substr(doc, start + 1, end - start) is text
WITH d(doc) AS (SELECT '增长５％，投资2.4亿元，超过1000万美元')
SELECT text, substr(doc, start + 1, "end" - start) = text FROM d, gwr_numbers(d.doc);
-- a join over a table of documents, and a filter on kind
CREATE TABLE reports(region, body);
INSERT INTO reports VALUES ('甲', '地区生产总值增长6%左右，财政收入120亿元'), ('乙', '地区生产总值增长5.5%以上'), ('丙', NULL);
SELECT r.region, n.value, n.qualifier FROM reports r, gwr_numbers(r.body) n WHERE n.kind = 'percent' ORDER BY r.region;
-- deterministic and innocuous: usable in views and generated columns under trusted_schema=OFF
PRAGMA trusted_schema = OFF;
CREATE TABLE t(x TEXT, v AS (gwr_number(x)));
INSERT INTO t(x) VALUES ('三万'), ('4.64亿');
SELECT x, v FROM t;
CREATE VIEW pct AS SELECT r.region, n.text FROM reports r, gwr_numbers(r.body) n WHERE n.kind = 'percent';
SELECT * FROM pct ORDER BY region;
