-- gwr_sentences(): ends at 。！？ (closing quotes and repeated marks kept) or a paragraph
-- break, not at a hard wrap; a mid-line heading starts a sentence; each sentence has its
-- innermost section; offsets in characters.
SELECT id, section, text, start, "end" FROM gwr_sentences('前言一句。
一、回顾
他说：“很好。”我们同意吗？！坚持走新型工
业化道路。总的看：（一）工业加快。一是抓开工；二是抓服务。
下载
没有句号的段落');
-- every sentence's offsets give back its raw text
WITH d(doc) AS (SELECT CAST(readfile('tests/fixtures/reports/2025-qingxi.txt') AS TEXT))
SELECT count(*), sum(substr(d.doc, t.start + 1, t."end" - t.start) = t.text) FROM d, gwr_sentences(d.doc) t;
-- a sentence lies inside its section, except one that holds several enumerations: it
-- takes the section at its start (一是…；二是…；三是…。 belongs to 一是)
WITH d(doc) AS (SELECT CAST(readfile('tests/fixtures/reports/2025-qingxi.txt') AS TEXT))
SELECT t.id, s.kind, s.marker, t.text FROM d, gwr_sentences(d.doc) t JOIN gwr_sections(d.doc) s ON s.id = t.section
 WHERE t.start < s.start OR t."end" > s."end";
-- columns in any order (offsets are computed together, once per row)
SELECT "end", start, text FROM gwr_sentences('甲乙。丙丁！戊己？');
