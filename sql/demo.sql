-- make demo: what sqlite-gwr reads in one report (@report is the file's path).
-- Run by scripts/demo.sh; grows as the SQL families land.
CREATE TEMP TABLE demo(path TEXT, body TEXT);
INSERT INTO demo SELECT @report, CAST(readfile(@report) AS TEXT);

.print
SELECT printf('sqlite-gwr %s — %s (%d characters)', gwr_version(), path, length(body)) FROM demo;

.print
.print The outline of the report (depth 3 at most), with each section's role:
.mode list
SELECT printf('%*s%s%s  [%s, %s]', 2 * (depth - 1), '', coalesce(marker, ''), title, kind, role)
FROM demo, gwr_sections(demo.body) WHERE depth <= 3;

.print
.print Targets and results of the report (gwr_targets), indicators of the catalogue:
.mode list
.headers on
SELECT kind, year, indicator_id AS id, indicator, direction, value, value_high AS high, unit,
       qualifier, stretch_value AS stretch
FROM demo, gwr_targets(demo.body) WHERE indicator_id IS NOT NULL;
