-- make demo: what sqlite-gwr reads in one report (@report is the file's path).
-- Run by scripts/demo.sh. The file goes through sql/load_folder.sql, so it may be UTF-8,
-- GBK or UTF-16, and a name like 2025-qingxi.txt gives its region and year (else the
-- year comes from its date line); then the ready-made reports of sql/reports/ print its
-- outline, its targets and the results it gives for the year before.
.read sql/schema.sql
.read sql/views.sql
-- The loader reads @folder; sql/reports/outline.sql would read @report as a report's id.
UPDATE temp.sqlite_parameters SET key = '@folder' WHERE key = '@report';

.print
SELECT printf('sqlite-gwr %s', gwr_version());
.print
.print The report, as sql/load_folder.sql loaded it:
.mode box
.read sql/load_folder.sql

.print
.print Its outline, with each section's role (sql/reports/outline.sql):
.read sql/reports/outline.sql

.print
.print Its targets, qualifiers as written (sql/reports/targets.sql):
.read sql/reports/targets.sql

.print
.print The results it reports for the past (sql/reports/targets.sql with @kind achievement):
.parameter set @kind achievement
.read sql/reports/targets.sql
