-- full-width digits, point, percent, comma, minus and tilde
SELECT text, value, value_high, unit, kind FROM gwr_numbers('增长１２．５％，下降－３．２％，区间５％～６％，投资８２，２２５万元');
-- U+3000, NBSP and spaces between a number and its unit
SELECT text, value, unit, start, "end" FROM gwr_numbers('增长14.3  %，投资' || char(12288) || '5' || char(12288) || '亿元，' || '人口3' || char(160) || '万人');
-- zero-width characters inside and around numbers
SELECT text, value, unit, start, "end" FROM gwr_numbers('增长' || char(8203) || '5.5' || char(8203) || '%，投资1' || char(8204) || '2亿元，' || char(65279) || '3‰');
-- CRLF and hard line wraps: a wrap between a number and its unit is seen through,
-- a blank line (a paragraph break) is not
SELECT replace(replace(text, char(13), '<CR>'), char(10), '<LF>'), value, unit, start, "end"
FROM gwr_numbers('投资2.4' || char(13, 10) || '亿元，增长5' || char(10) || '%，完成8' || char(10, 10) || '亿元');
SELECT replace(text, char(10), '<LF>'), value, unit FROM gwr_numbers('粮食总产量稳定在4.5' || char(10) || '万吨左右，' || char(13, 10) || '1.筹资3500万元' || char(13, 10) || '2.新建学校2所');
-- offsets point into the text as given, whatever was seen through
WITH d(doc) AS (SELECT '增长' || char(8203) || '１２．５％，' || char(12288) || '投资2.4' || char(10) || '亿元')
SELECT replace(text, char(10), '<LF>'), substr(doc, start + 1, "end" - start) = text FROM d, gwr_numbers(d.doc);
-- GBK damage and stray characters around numbers do not hide them
SELECT text, unit FROM gwr_numbers('>完成市尝增长8%，基矗投资2亿元' || char(10) || '>新增就业5200人');
-- emoji and other astral characters before and after
SELECT text, start, "end" FROM gwr_numbers('😀增长5%😀，投资3亿元');
