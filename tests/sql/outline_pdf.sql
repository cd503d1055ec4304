-- Text wrapped at a fixed width, as extracted from a PDF (tests/fixtures/outline/pdf_wrapped.txt,
-- 30 characters a line): a line short of the width ends its paragraph, and without any
-- punctuation it is a title line (稳住经济大盘, holding the list after it); a full-width
-- line is never a heading of its own, so item 1's title runs on; a paragraph that follows
-- a full line ending in 。 may be a continuation, so its first sentence is not claimed as
-- a lead.
CREATE TABLE f(doc TEXT);
INSERT INTO f VALUES (CAST(readfile('tests/fixtures/outline/pdf_wrapped.txt') AS TEXT));
SELECT id, parent, depth, kind, marker, title, run_in FROM f, gwr_sections(f.doc);
SELECT id, section, text FROM f, gwr_sentences(f.doc) WHERE id BETWEEN 4 AND 9;
