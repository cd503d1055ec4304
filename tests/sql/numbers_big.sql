-- A 50 MB document built in SQL: every quantity is read, in one linear pass, with offsets
-- counted in characters to the very end (the last row's span is the text's last figure).
CREATE TABLE big AS SELECT replace(printf('%.*c', 2800000, 'x'), 'x', '投资5.5亿元，') AS doc;
SELECT length(CAST(doc AS BLOB)) > 50000000, length(doc) FROM big;
SELECT count(*), sum(base_value), min(start), max("end"),
       max(CASE WHEN id = 2800000 THEN substr(doc, start + 1, "end" - start) END)
FROM big, gwr_numbers(big.doc);
-- a query that stops early reads only the start of the document
SELECT id, text FROM big, gwr_numbers(big.doc) LIMIT 2;
-- gwr_number on a 50 MB string: not one numeral
SELECT quote(gwr_number(doc)) FROM big;
