-- Enumerations (一是…, 第一，…), dash leads, lead sentences, unnumbered heading lines and
-- a heading at the end of a line (tests/fixtures/outline/enums_leads.txt).
CREATE TABLE f(doc TEXT);
INSERT INTO f VALUES (CAST(readfile('tests/fixtures/outline/enums_leads.txt') AS TEXT));
SELECT id, parent, depth, kind, marker, ordinal, title, run_in, role, path FROM f, gwr_sections(f.doc);
-- an 一是 without its 二是 and an 之一是 are no enumerations
SELECT count(*) FROM gwr_sections('其中，一是指这个。原因之一是投入少。');
-- a lone short first sentence in a section's first paragraph introduces it
SELECT kind, title FROM gwr_sections('四、加强政府自身建设
新征程提出了更高要求。我们将依法行政。');
