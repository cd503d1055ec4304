-- Not headings: web-page chrome, photo captions, the links after 相关报道：, a broken PM2.5,
-- a number that starts a wrapped line, a stray '>' (tests/fixtures/outline/not_headings.txt).
CREATE TABLE f(doc TEXT);
INSERT INTO f VALUES (CAST(readfile('tests/fixtures/outline/not_headings.txt') AS TEXT));
SELECT id, parent, depth, kind, marker, title FROM f, gwr_sections(f.doc);
-- the chrome is in no sentence and in no body
SELECT count(*) FROM f, gwr_sentences(f.doc) WHERE text LIKE '%打印%' OR text LIKE '%字号%' OR text LIKE '%摄）%' OR text LIKE '%调研%';
SELECT text FROM f, gwr_sentences(f.doc) WHERE text LIKE '%PM%' OR text LIKE '%停车%' OR text LIKE '%民生事业%';
