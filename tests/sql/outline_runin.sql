-- Headings run into their paragraph and headings in the middle of a line
-- (tests/fixtures/outline/runin.txt): the title ends at 。；： at a gap of spaces or where a
-- heading noun meets a year; mid-line headings after 。 or ： when their number continues.
CREATE TABLE f(doc TEXT);
INSERT INTO f VALUES (CAST(readfile('tests/fixtures/outline/runin.txt') AS TEXT));
SELECT id, parent, depth, kind, marker, title, run_in, substr(body, 1, 16) FROM f, gwr_sections(f.doc);
-- the offsets point at the markers in the original text
SELECT marker, substr(f.doc, s.start + 1, length(s.marker)) = s.marker FROM f, gwr_sections(f.doc) s WHERE s.marker IS NOT NULL;
