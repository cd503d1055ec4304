-- make demo: what sqlite-gwr reads in one report (@report is the file's path).
-- Run by scripts/demo.sh; grows as the SQL families land.
CREATE TEMP TABLE demo(path TEXT, body TEXT);
INSERT INTO demo SELECT @report, CAST(readfile(@report) AS TEXT);

.print
SELECT printf('sqlite-gwr %s — %s (%d characters)', gwr_version(), path, length(body)) FROM demo;
