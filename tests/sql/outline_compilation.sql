-- A compilation (tests/fixtures/outline/compilation.txt): 第N篇 headers, a title block
-- with a date line split in two and a speaker, a closing cut off before 第二篇, a report
-- without header that begins after a paragraph cut mid-sentence, an appendix that restarts
-- its numbering.
CREATE TABLE f(doc TEXT);
INSERT INTO f VALUES (CAST(readfile('tests/fixtures/outline/compilation.txt') AS TEXT));
SELECT id, parent, depth, report, kind, marker, ordinal, title, role, path FROM f, gwr_sections(f.doc);
-- each report: its row, where it starts, its first words
SELECT report, kind, substr(f.doc, s.start + 1, 11) FROM f, gwr_sections(f.doc) s WHERE s.kind = 'report';
-- the body of a report row: its opening words after the title block
SELECT body FROM f, gwr_sections(f.doc) s WHERE s.report = 2 AND s.kind = 'report';
-- a numbering restart under a heading is no new report
SELECT max(report) FROM gwr_sections('今后五年的目标任务
一、甲
二、乙
2025年的工作安排
一、丙
二、丁');
