-- The official levels from any starting level, 第N章/第N节 above them, numerals past ten,
-- (十五)、 and full-width １． (tests/fixtures/outline/levels.txt).
CREATE TABLE f(doc TEXT);
INSERT INTO f VALUES (CAST(readfile('tests/fixtures/outline/levels.txt') AS TEXT));
SELECT id, parent, depth, kind, marker, ordinal, title, run_in, path FROM f, gwr_sections(f.doc);
-- starting at the chapter level
SELECT depth, kind, marker, ordinal, path FROM gwr_sections('（九）乙项
（十四）丙项
1.子项。内容。
(十五)、丁项');
-- nothing but text: no sections
SELECT count(*) FROM gwr_sections('全年经济平稳运行，主要指标好于预期。');
