-- Were the targets met? Each target beside the result a later report gave for it
-- (the view target_outcomes in sql/views.sql says how they are paired and judged),
-- then a count per year.
--   .parameter set @region 青溪区     only this region (default: all)
--   .parameter set @year 2024        only the targets for this year (default: all)
--   .mode box
--   .read sql/reports/target_outcomes.sql
-- verdict: met, missed, redacted (the target or the result is ×), or 'no result' when
-- no later report gives a comparable figure (the latest year's targets, for one).
SELECT region, year, indicator_id,
       target_statement AS target,
       CASE WHEN outcome_value IS NOT NULL THEN outcome_value || unit
            WHEN outcome_id IS NOT NULL THEN '×' ELSE '' END AS outcome,
       CASE WHEN gap > 0 THEN '+' ELSE '' END || coalesce(gap, '') AS gap,
       CASE met WHEN 1 THEN 'met' WHEN 0 THEN 'missed'
            ELSE CASE WHEN redacted OR outcome_id IS NOT NULL THEN 'redacted'
                      ELSE 'no result' END END AS verdict,
       indicator
FROM target_outcomes
WHERE (@region IS NULL OR region = @region) AND (@year IS NULL OR year = @year)
ORDER BY region, year, target_report, target_id;

SELECT region, year, count(*) AS targets,
       count(*) FILTER (WHERE met = 1) AS met,
       count(*) FILTER (WHERE met = 0) AS missed,
       count(*) FILTER (WHERE met IS NULL) AS unknown,
       CASE WHEN count(met) > 0
            THEN printf('%d%%', round(100.0 * count(*) FILTER (WHERE met = 1) / count(met)))
            ELSE '' END AS met_share
FROM target_outcomes
WHERE (@region IS NULL OR region = @region) AND (@year IS NULL OR year = @year)
GROUP BY region, year
ORDER BY region, year;
