-- A progress handler stops a long parse (docs/security.md): the functions ask SQLite
-- between chunks of the text (4096 lines or 256 KB) whether to go on, and the statement
-- ends with an error that names the function. The shell's .progress handler, called every
-- 10 instructions, says stop at its fifth call: during the first ask, at line 4096.
-- (gwr_interrupt proves the same on 100 MB, with sqlite3_interrupt() too; this file also
-- runs under gwr_oom, so it stays small.)
CREATE TABLE d(doc TEXT);
INSERT INTO d VALUES (replace(hex(zeroblob(6000)), '00', '增长5%。' || char(10)));
SELECT length(doc) FROM d;
.progress 10 --limit 5 --quiet --reset
SELECT count(*) FROM d, gwr_sections(d.doc);
SELECT count(*) FROM d, gwr_sentences(d.doc);
SELECT count(*) FROM d, gwr_targets(d.doc, 2025) WHERE value > 5;
-- short documents finish before anyone asks
SELECT count(*) FROM gwr_sentences('增长5%。增长6%。');
.progress 0
-- the connection works on
SELECT count(*) FROM d, gwr_sentences(d.doc);
SELECT count(*), sum(value) FROM d, gwr_numbers(d.doc);
-- past 256 KB the scanner of quantities and the UTF-8 check read in chunks, asking between
-- them (no progress handler here: nothing stops them, and the counts are whole)
CREATE TABLE wide(doc TEXT);
INSERT INTO wide VALUES (replace(hex(zeroblob(7000)), '00', '各项事业取得新进展，增长5%。'));
SELECT length(CAST(doc AS BLOB)) FROM wide;
SELECT count(*), sum(value) FROM wide, gwr_numbers(wide.doc);
SELECT count(*) FROM wide, gwr_sentences(wide.doc);
