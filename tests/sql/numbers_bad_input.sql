-- NULL: gwr_number gives NULL, gwr_numbers no rows
SELECT quote(gwr_number(NULL));
SELECT count(*) FROM gwr_numbers(NULL);
-- empty text and text without numbers
SELECT quote(gwr_number('')), quote(gwr_number('   '));
SELECT count(*) FROM gwr_numbers('');
SELECT count(*) FROM gwr_numbers('各位代表：现在，我代表区人民政府向大会报告工作。');
-- a BLOB is read as UTF-8 bytes
SELECT gwr_number(CAST('4.64亿' AS BLOB));
SELECT text, base_value FROM gwr_numbers(CAST('投资4.64亿元' AS BLOB));
SELECT count(*) FROM gwr_numbers(x'');
-- numbers are read as their text
SELECT gwr_number(12.5), gwr_number(42), typeof(gwr_number(42));
SELECT text, kind FROM gwr_numbers(2024);
-- invalid UTF-8 is an error naming the function and the byte
SELECT gwr_number(x'e5a29eff');
SELECT * FROM gwr_numbers(CAST('增长5%' AS BLOB) || x'c0af');
SELECT count(*) FROM gwr_numbers(x'80');
-- a missing document and wrong argument counts
SELECT * FROM gwr_numbers();
SELECT * FROM gwr_numbers('5%', 6);
SELECT gwr_number();
SELECT gwr_number('5', '6');
-- huge numbers stay correct or become REAL, never wrap around
SELECT gwr_number('9223372036854775807'), typeof(gwr_number('9223372036854775808'));
SELECT gwr_number('12345678901234567890123'), gwr_number('一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一');
SELECT typeof(gwr_number(printf('%.*c', 400, '9'))), gwr_number('0.' || printf('%.*c', 30, '0') || '1');
-- pathological runs finish and give sensible answers
SELECT count(*) FROM gwr_numbers(printf('%.*c', 100000, '万'));
SELECT count(*) FROM gwr_numbers(replace(printf('%.*c', 20000, 'x'), 'x', '5%－'));
SELECT count(*), min(value), max(value) FROM gwr_numbers(replace(printf('%.*c', 20000, 'x'), 'x', '1.'));
SELECT quote(gwr_number(printf('%.*c', 100000, '一')));
