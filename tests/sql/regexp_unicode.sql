-- UTF and UCP are on. \d is any decimal digit, full-width ０-９ included; [0-9] is ASCII only
SELECT '１２．５％' REGEXP '^\d+．\d+％$', '１２' REGEXP '^[0-9]+$', '１２' REGEXP '^[０-９]+$', '12' REGEXP '^\d+$';
SELECT gwr_regexp_substr('增长１２．５％左右', '\d+(?:[.．]\d+)?[%％]');
SELECT gwr_regexp_substr('增长１２．５％左右', '[0-9]+(?:[.．][0-9]+)?[%％]') IS NULL;
SELECT '１２' REGEXP '^\p{Nd}+$', '１２' REGEXP '^[[:digit:]]+$', '十二' REGEXP '\d';
-- Han: \p{Han} (the script), \w (letters include ideographs), and ranges of code points
SELECT gwr_regexp_substr('GDP增长5%', '\p{Han}+'), gwr_regexp_substr('GDP增长5%', '[\x{4e00}-\x{9fff}]+');
SELECT gwr_regexp_substr('，增长', '\w+'), gwr_regexp_substr('增长，', '\P{Han}+');
SELECT gwr_regexp_substr('区委、区政府', '\p{Han}{2}(?=、)'), '〇' REGEXP '\p{Han}', '々' REGEXP '\p{Han}';
-- \s takes U+3000 and NBSP; \h the horizontal ones
SELECT '一　二' REGEXP '一\s二', ('一' || char(160) || '二') REGEXP '一\h二', '一二' REGEXP '一\s二';
-- caseless matching folds full-width and non-ASCII letters too
SELECT 'ＧＤＰ' REGEXP '(?i)ｇｄｐ', 'ÉTÉ' REGEXP '(?i)^été$', 'ＧＤＰ' REGEXP '(?i)gdp';
-- \b sits between a word character and a non-word one: between Han characters there is none
SELECT gwr_regexp_like('增长率', '增长\b'), gwr_regexp_like('增长，', '增长\b');
-- any line end counts: LF, CRLF, CR, U+2028 (and . does not match them)
SELECT gwr_regexp_like('一' || char(13, 10) || '二', '(?m)^一$'), gwr_regexp_like('一' || char(13) || '二', '(?m)^二'),
       gwr_regexp_like('一' || char(8232) || '二', '(?m)^二'), gwr_regexp_like('一' || char(13) || '二', '一.二');
-- \x{...} names a code point; a character beyond the BMP is one character
SELECT '𠀀' REGEXP '^.$', '𠀀' REGEXP '^\x{20000}$', length(gwr_regexp_substr('a𠀀b', '.𠀀.'));
-- \X is a whole grapheme cluster
SELECT length(gwr_regexp_substr('e' || char(769) || 'x', '^\X'));
