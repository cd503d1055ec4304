-- gwr_normalize(text [, form]): NFKC by default, NFC, NFKC_CF; zero-width characters go.
SELECT gwr_normalize('ＧＤＰ增长５．２％，㈠ 总体要求');
SELECT gwr_normalize('ＧＤＰ增长５．２％', 'NFKC');
SELECT gwr_normalize('ＧＤＰ增长５．２％', 'NFC');
SELECT gwr_normalize('ＧＤＰ Ｓtraße', 'NFKC_CF');
SELECT gwr_normalize('ＧＤＰ', 'nfkc_casefold');
-- NFC composes, NFKC also folds compatibility forms (ﬁ, ²)
SELECT gwr_normalize('e' || char(0x301) || ' ﬁ x²', 'NFC'), gwr_normalize('e' || char(0x301) || ' ﬁ x²');
-- zero-width space, joiners and the BOM are dropped in every form
SELECT length('市' || char(0x200B) || '场' || char(0x200C, 0x200D) || char(0xFEFF)),
       gwr_normalize('市' || char(0x200B) || '场' || char(0x200C, 0x200D) || char(0xFEFF)),
       gwr_normalize(char(0xFEFF) || '报告', 'NFC');
-- U+3000 and NBSP become plain spaces under NFKC
SELECT '[' || gwr_normalize('一、' || char(0x3000) || '总体' || char(0xA0) || '要求') || ']';
-- a NULL form means the default
SELECT gwr_normalize('１２', NULL);
SELECT gwr_normalize('', 'NFC') = '';
SELECT typeof(gwr_normalize(NULL)), typeof(gwr_normalize(NULL, 'NFC'));
-- deterministic: usable in an index on an expression
CREATE TABLE r(body TEXT);
CREATE INDEX r_norm ON r(gwr_normalize(body));
INSERT INTO r VALUES ('ＧＤＰ增长'), ('GDP增长');
SELECT count(*) FROM r WHERE gwr_normalize(body) = 'GDP增长';
SELECT gwr_normalize('x', 'NFD');
SELECT gwr_normalize('x', 42);
