-- The outline of one report as an indented tree: one row per heading, in order.
--   .parameter set @report 3      the report's id in reports (default: the lowest id)
--   .mode box
--   .read sql/reports/outline.sql
-- path: the heading's ordinals from the top (* for an unnumbered one); kind and role as
-- gwr_sections() gives them; heading: the marker and title, indented two spaces a level.
SELECT path, kind, role,
       printf('%.*c', 2 * (depth - 1), ' ') || coalesce(marker, '') || title AS heading
FROM report_sections
WHERE report_id = coalesce(@report, (SELECT min(id) FROM reports))
ORDER BY id;
