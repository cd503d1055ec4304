-- gwr_sections and gwr_sentences are INNOCUOUS: usable in views and triggers with
-- PRAGMA trusted_schema=OFF; rows come in id order; the planner needs the document.
PRAGMA trusted_schema = OFF;
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs VALUES (1, '一、回顾
经济增长。
二、任务
扩大投资。'), (2, NULL), (3, '');
CREATE VIEW outline AS SELECT docs.id AS doc, s.id, s.kind, s.title FROM docs, gwr_sections(docs.body) s;
SELECT * FROM outline;
CREATE VIEW sentences AS SELECT docs.id AS doc, t.id, t.section, t.text FROM docs, gwr_sentences(docs.body) t;
SELECT * FROM sentences;
CREATE TABLE log(doc, n);
CREATE TRIGGER t AFTER INSERT ON docs BEGIN
  INSERT INTO log SELECT new.id, count(*) FROM gwr_sections(new.body);
END;
INSERT INTO docs VALUES (4, '一、甲
二、乙');
SELECT * FROM log;
SELECT id FROM gwr_sections('一、甲
二、乙
三、丙') ORDER BY id DESC;
