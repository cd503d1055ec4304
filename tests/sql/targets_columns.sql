-- Every column of gwr_targets for one statement, and the offsets: substr() of the
-- document at start/end gives the clause, in characters (SPEC §1).
.mode line
SELECT * FROM gwr_targets('二、今年的主要预期目标
全县规模以上工业增加值增长7%以上、力争达到8%，在实际工作中争取更好结果。', 2025);
.mode list
CREATE TABLE doc(body);
INSERT INTO doc VALUES ('一、２０２４年工作回顾
全区地区生产总值达到486.3亿元，增长5.8%；城镇调查失
业率5.1%。
二、2025年主要预期目标
地区生产总值增长６％左右，城乡居民人均可支配收入分别增长5%和6.5%。');
SELECT id, report, section, sentence, indicator, start, "end", text,
       substr(doc.body, t.start + 1, t."end" - t.start) = t.text
  FROM doc, gwr_targets(doc.body) t;
-- value as written, base_value with its scale, INTEGER when exact, REAL otherwise
SELECT value, typeof(value), unit, base_value, typeof(base_value)
  FROM gwr_targets('二、今年主要目标
地区生产总值达到486.3亿元，一般公共预算收入28亿元。', 2025);
