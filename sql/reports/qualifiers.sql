-- How targets are hedged, year by year: the mix of 左右 (about), 以上 (at least),
-- 以内 (at most), ranges and bare figures among the targets of each year's reports.
--   .mode box
--   .read sql/reports/qualifiers.sql
-- Each target counts once: a range (5%－6%) as 'range' whatever its qualifier; 以上 with
-- 不低于, 以内 with 以下 and 不超过; 'other' is 确保, 力争, 近, 约, ...; 'none' a bare
-- figure. about_share: the share of 左右 among them.
WITH t AS (
  SELECT report_year AS year,
         CASE WHEN value_high IS NOT NULL THEN 'range'
              WHEN qualifier IS NULL THEN 'none'
              WHEN qualifier = '左右' THEN 'about'
              WHEN qualifier IN ('以上', '不低于') THEN 'at_least'
              WHEN qualifier IN ('以内', '以下', '不超过') THEN 'at_most'
              ELSE 'other' END AS class
  FROM report_targets
  WHERE kind = 'target'
)
SELECT year, count(*) AS targets,
       count(*) FILTER (WHERE class = 'about') AS "左右",
       count(*) FILTER (WHERE class = 'at_least') AS "以上",
       count(*) FILTER (WHERE class = 'at_most') AS "以内",
       count(*) FILTER (WHERE class = 'range') AS range,
       count(*) FILTER (WHERE class = 'other') AS other,
       count(*) FILTER (WHERE class = 'none') AS none,
       printf('%d%%', round(100.0 * count(*) FILTER (WHERE class = 'about') / count(*)))
         AS about_share
FROM t
GROUP BY year
ORDER BY year;
