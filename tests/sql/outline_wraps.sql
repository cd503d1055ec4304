-- Hard line wraps, CRLF, full-width digits, U+3000 and NBSP indentation, a zero-width
-- space, a heading and a date line split over two lines (tests/fixtures/outline/wraps.txt).
CREATE TABLE f(doc TEXT);
INSERT INTO f VALUES (CAST(readfile('tests/fixtures/outline/wraps.txt') AS TEXT));
SELECT id, parent, depth, kind, marker, title, role FROM f, gwr_sections(f.doc);
SELECT id, section, text FROM f, gwr_sentences(f.doc);
-- offsets are characters of the text as given, CRs and all
SELECT s.marker, substr(f.doc, s.start + 1, s."end" - s.start) LIKE s.marker || '%' FROM f, gwr_sections(f.doc) s WHERE s.marker IS NOT NULL;
