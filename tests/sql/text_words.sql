-- gwr_words(document): ICU word segmentation with kinds han, latin, number, punct.
SELECT * FROM gwr_words('全区GDP增长5.2%左右，PM2.5浓度下降。');
-- full-width digits and grouping stay whole; whitespace is not a word
SELECT word, kind, start, "end" FROM gwr_words('  投资１２．５亿元' || char(13, 10) || '1,000 万' || char(0x3000) || '人');
-- offsets are characters into the argument as given
SELECT count(*), sum(substr(d, start + 1, "end" - start) = word)
FROM (SELECT '城镇登记失业率控制在4.5%以内。' || char(0x1F600) || '新增就业1.2万人' AS d), gwr_words(d);
-- word frequencies over a table of reports
CREATE TABLE reports(region TEXT, body TEXT);
INSERT INTO reports VALUES ('东区', '深化改革，扩大开放。深化改革是动力。'),
                           ('西区', '扩大内需，深化改革。');
SELECT w.word, count(*) AS n FROM reports r, gwr_words(r.body) w
WHERE w.kind = 'han' GROUP BY w.word ORDER BY n DESC, w.word LIMIT 3;
SELECT count(*) FROM gwr_words(NULL);
SELECT count(*) FROM gwr_words('');
SELECT count(*) FROM gwr_words(' ' || char(10) || char(0x200B));
SELECT word FROM gwr_words(CAST('市场' AS BLOB));
SELECT * FROM gwr_words();
