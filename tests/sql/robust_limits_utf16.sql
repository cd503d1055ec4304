-- SQLITE_LIMIT_LENGTH in a UTF-16 database: 220 Chinese characters take 440 bytes there
-- and 660 in UTF-8, so a document under the limit can give a text longer than it. Such a
-- result is an error that names the function, never a truncated text; whatever fits works.
PRAGMA encoding = 'UTF-16le';
.limit length 600
CREATE TABLE d(doc TEXT);
INSERT INTO d VALUES ('一、总体要求' || char(10) || replace(hex(zeroblob(40)), '00', '增长较快；') || '增长5%；');
SELECT length(doc), length(CAST(doc AS BLOB)), length(CAST(doc AS TEXT) || '') FROM d;
SELECT count(*), sum(value) FROM d, gwr_numbers(d.doc);
SELECT id, kind, title, start, "end" FROM d, gwr_sections(d.doc);
SELECT id, length(body) FROM d, gwr_sections(d.doc);
SELECT count(*), max("end" - start) FROM d, gwr_sentences(d.doc);
SELECT id, length(text) FROM d, gwr_sentences(d.doc);
SELECT gwr_regexp_like(doc, '增长5%；$'), gwr_regexp_substr(doc, '^[^；]*'), gwr_regexp_capture(doc, '(\d)%') FROM d;
SELECT length(gwr_regexp_substr(doc, '增.+$')) FROM d;
SELECT length(gwr_regexp_capture(doc, '(增.+)$')) FROM d;
SELECT length(gwr_regexp_replace(doc, '5', '6')) FROM d;
SELECT id, "end" - start FROM d, gwr_matches(d.doc, '(增.+)$');
SELECT length(match) FROM d, gwr_matches(d.doc, '增.+$');
SELECT length(groups) FROM d, gwr_matches(d.doc, '(增.+)$');
SELECT length(gwr_normalize(doc)) FROM d;
SELECT length(gwr_repair(doc)) FROM d;
SELECT length(gwr_decode(CAST(doc AS BLOB), 'UTF-16LE')) FROM d;
SELECT count(*) FROM d, gwr_repairs(d.doc);
SELECT count(*), max(length(word)) FROM d, gwr_words(d.doc);
