-- SQLITE_LIMIT_LENGTH: no function truncates a result to fit it; a result that would
-- exceed it is an error that names the function (robust_limits_utf16.sql: documents
-- longer than the limit in UTF-8).
.limit length 1000
-- a document just under the limit works completely
CREATE TABLE d(doc TEXT);
INSERT INTO d VALUES ('一、总体要求' || char(10) || replace(hex(zeroblob(84)), '00', '增长5%；'));
SELECT length(doc), length(CAST(doc AS BLOB)) FROM d;
SELECT count(*), sum(value) FROM d, gwr_numbers(d.doc);
SELECT id, kind, length(title), length(body) FROM d, gwr_sections(d.doc);
SELECT count(*), max(length(text)) FROM d, gwr_sentences(d.doc);
SELECT count(*), max(length(groups)) FROM d, gwr_matches(d.doc, '(\d+)(%)');
SELECT length(gwr_regexp_replace(doc, '5', '6')), length(gwr_regexp_substr(doc, '.+$')) FROM d;
-- a value beyond the limit is SQLite's own error, before any function sees it
SELECT count(*) FROM gwr_numbers(CAST(zeroblob(1001) AS TEXT));
-- results that would grow beyond the limit
SELECT length(gwr_regexp_replace(doc, '5', '55555')) FROM d;
SELECT count(*) FROM d, gwr_matches(d.doc, '(((.+)))');
SELECT max(length(groups)) FROM d, gwr_matches(d.doc, '(((.+)))');
-- text: results that grow past the limit (NFKC spells ㍻ out as 平成; UTF-16's two bytes
-- of U+4141 are three in UTF-8; a repair puts back the punctuation a merge swallowed)
SELECT length(gwr_normalize(replace(hex(zeroblob(150)), '00', '㍻')));
SELECT length(gwr_normalize(replace(hex(zeroblob(200)), '00', '㍻')));
SELECT length(gwr_decode(CAST(replace(hex(zeroblob(330)), '00', 'AA') AS BLOB), 'UTF-16LE'));
SELECT length(gwr_decode(CAST(replace(hex(zeroblob(400)), '00', 'AA') AS BLOB), 'UTF-16LE'));
SELECT length(gwr_repair(replace(hex(zeroblob(45)), '00', '完善市尝社会')));
SELECT length(gwr_repair(replace(hex(zeroblob(50)), '00', '完善市尝社会')));
