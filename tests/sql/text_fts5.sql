-- The FTS5 tokenizer gwr: Chinese words, NFKC and case folding; word, phrase and prefix queries.
-- (snippet() and tokenizer options are tested in tests/suites/text_tokenizer.py: under the
-- OOM harness, FTS5 itself answers them differently when its own allocations fail.)
CREATE VIRTUAL TABLE docs USING fts5(region, body, tokenize = 'gwr');
INSERT INTO docs VALUES
  ('东区', '深化国有企业改革，优化营商环境。全区ＧＤＰ增长５．２％。'),
  ('西区', '市场主体活力增强，民营企业贷款增长11.3%。'),
  ('南区', '改革开放不断深化，财政收入稳步增长。');
-- a word inside a longer run of Han characters
SELECT region, highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH '企业' ORDER BY rowid;
-- full-width and case: ＧＤＰ is found by gdp, ５．２ by 5.2
SELECT region, highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH 'gdp' ORDER BY rowid;
SELECT region, highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH '"5.2"' ORDER BY rowid;
-- a run of Han characters is a phrase of its words; "深化 改革" only where they are adjacent
SELECT 'run', count(*) FROM docs WHERE docs MATCH '深化改革';
SELECT 'phrase', region FROM docs WHERE docs MATCH '"国有 企业 改革"' ORDER BY rowid;
SELECT 'and', region FROM docs WHERE docs MATCH '改革 AND 深化' ORDER BY rowid;
-- prefix queries
SELECT region, highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH '财*' ORDER BY rowid;
SELECT 'not', region FROM docs WHERE docs MATCH 'body: 增长 NOT 企业' ORDER BY rowid;
-- punctuation is not indexed
SELECT count(*) FROM docs WHERE docs MATCH '"。"';
-- the tokens themselves, through fts5vocab
CREATE VIRTUAL TABLE v USING fts5vocab(docs, 'row');
SELECT group_concat(term, ' ') FROM (SELECT term FROM v WHERE term GLOB '[a-z0-9]*' ORDER BY term);
-- bytes that are not UTF-8 hold no words but do not stop the others; offsets stay right
INSERT INTO docs(region, body) VALUES ('北区', CAST(x'E694B9FFE99DA9E5BC80E694BE' AS TEXT));
SELECT region, hex(highlight(docs, 1, '[', ']')) FROM docs WHERE docs MATCH '开放' AND region = '北区';
