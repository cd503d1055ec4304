-- gwr_targets() on bad input (SPEC §1).
-- NULL: zero rows, no error
SELECT count(*) FROM gwr_targets(NULL);
SELECT count(*) FROM gwr_targets(NULL, 2025);
-- empty text, spaces only, text without figures: zero rows
SELECT count(*) FROM gwr_targets('');
SELECT count(*) FROM gwr_targets(char(10, 13, 32, 12288, 10), 2025);
SELECT count(*) FROM gwr_targets('居民收入增长和经济增长同步。', 2025);
-- a BLOB is read as UTF-8 bytes; an empty BLOB is empty text
SELECT indicator, value, unit, qualifier FROM gwr_targets(CAST('二、今年主要目标
地区生产总值增长6%左右。' AS BLOB), 2025);
SELECT count(*) FROM gwr_targets(zeroblob(0));
-- invalid UTF-8 is an error naming the function and the byte
SELECT * FROM gwr_targets(X'E59CB0E58CBAFF');
SELECT * FROM gwr_targets(CAST(X'E4B880C0AF' AS TEXT), 2025);
-- the year: an integer (or integral text or REAL); NULL means infer it
SELECT year FROM gwr_targets('二、今年主要目标
地区生产总值增长6%左右。', '2025');
SELECT year FROM gwr_targets('二、今年主要目标
地区生产总值增长6%左右。', 2025.0);
SELECT year IS NULL FROM gwr_targets('二、今年主要目标
地区生产总值增长6%左右。', NULL);
SELECT * FROM gwr_targets('地区生产总值增长6%。', 2025.5);
SELECT * FROM gwr_targets('地区生产总值增长6%。', 'next year');
SELECT * FROM gwr_targets('地区生产总值增长6%。', 25);
-- a missing argument is an error naming it
SELECT * FROM gwr_targets;
SELECT * FROM gwr_targets();
-- the arguments are given back as the hidden columns
SELECT document, target_year FROM gwr_targets('地区生产总值增长6%。', 2025);
