-- gwr_repair(text) / gwr_repairs(text): GBK punctuation merges, undone where context shows
-- them, and hard line wraps inside a sentence, joined.
SELECT gwr_repair('要处理好政府与市尝社会的关系，夯实发展基矗今年要继续努力。');
SELECT * FROM gwr_repairs('要处理好政府与市尝社会的关系，夯实发展基矗今年要继续努力。');
-- offsets are characters: substr() returns the merged character
SELECT start, "end", substr(d, start + 1, "end" - start) = before
FROM (SELECT '以农业为基储工业为主导，落实中央、盛市部署，发展医疗保舰养老服务。' AS d), gwr_repairs(d);
SELECT gwr_repair('以农业为基储工业为主导，落实中央、盛市部署，发展医疗保舰养老服务。');
-- quotation marks: restored only where they pair with an unpaired one
SELECT gwr_repair('推进农贸市嘲菜篮子”工程；抓好“控辍保学、保学控瓯工作。');
SELECT gwr_repair('推进农贸市嘲菜篮子工程。');
-- sound text that only looks like damage is never touched
SELECT gwr_repair('大胆尝试，储备粮，舰艇编队，盛大开幕，高楼矗立，该市尝到了甜头，盛市长出席。');
SELECT count(*) FROM gwr_repairs('大胆尝试，储备粮，舰艇编队，盛大开幕，高楼矗立，该市尝到了甜头，盛市长出席。');
-- at the end of a paragraph the lost mark is a full stop
SELECT gwr_repair('巩固发展基矗' || char(10) || '下一段。');
-- hard wraps: a line that ends mid-sentence (or mid-word) is joined to the next
SELECT gwr_repair('一、总体要求' || char(10) || '要坚持走新型工' || char(10) ||
                  '业化道路，推动产业升级。' || char(10));
SELECT start, "end", hex(before), quote(after), reason
FROM gwr_repairs('今年，我们要抓好以下几' || char(13, 10) || '个方面的工作。');
-- titles, headings and the ends of paragraphs stay as they are
SELECT gwr_repair('关于优化营商环境的情况报告' || char(10) || '为贯彻落实上级部署，现报告如下。' || char(10) ||
                  '附件' || char(10) || '名词解释' || char(10)) =
       '关于优化营商环境的情况报告' || char(10) || '为贯彻落实上级部署，现报告如下。' || char(10) ||
       '附件' || char(10) || '名词解释' || char(10);
-- NULL, empty, BLOB
SELECT typeof(gwr_repair(NULL)), quote(gwr_repair('')), gwr_repair(CAST('市尝社会' AS BLOB));
SELECT count(*) FROM gwr_repairs(NULL);
SELECT count(*) FROM gwr_repairs('');
-- a table of reports: every repair, with its report
CREATE TABLE reports(region TEXT, body TEXT);
INSERT INTO reports VALUES ('东区', '统筹两个市尝两种资源。'), ('西区', '没有损坏的文本。');
SELECT r.region, x.start, x.before, x.after, x.reason FROM reports r, gwr_repairs(r.body) x;
SELECT * FROM gwr_repairs();
