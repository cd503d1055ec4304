-- gwr_sections() and gwr_sentences() on bad input (SPEC §1).
-- NULL: zero rows, no error
SELECT count(*) FROM gwr_sections(NULL);
SELECT count(*) FROM gwr_sentences(NULL);
-- empty text and text of spaces only: zero rows
SELECT count(*) FROM gwr_sections('');
SELECT count(*) FROM gwr_sentences('');
SELECT count(*) FROM gwr_sections(char(10, 13, 32, 12288, 10));
SELECT count(*) FROM gwr_sentences(char(10, 13, 32, 12288, 10));
-- a BLOB is read as UTF-8 bytes
SELECT kind, marker, ordinal, title FROM gwr_sections(CAST('（十四）加快发展' AS BLOB));
SELECT id, text, start, "end" FROM gwr_sentences(CAST('增长5%。继续努力。' AS BLOB));
-- an empty BLOB is empty text
SELECT count(*) FROM gwr_sections(zeroblob(0));
-- a number is read as its text
SELECT count(*), min(text) FROM gwr_sentences(12.5);
-- invalid UTF-8 is an error naming the function and the byte
SELECT * FROM gwr_sections(X'E4B880E38081FF');
SELECT * FROM gwr_sentences(CAST(X'E4B880C0AF' AS TEXT));
SELECT count(*) FROM gwr_sections(X'EDA080');
-- a missing argument is an error naming it
SELECT * FROM gwr_sections;
SELECT * FROM gwr_sentences();
-- the document argument is given back as the hidden column
SELECT document FROM gwr_sections('一、回顾');
