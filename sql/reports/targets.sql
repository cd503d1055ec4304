-- The targets the reports set, by region and year, with their qualifiers in view.
--   .parameter set @region 青溪区     only this region (default: all)
--   .parameter set @year 2025        only the reports for this year (default: all)
--   .mode box
--   .read sql/reports/targets.sql
-- year: the year the target is for, or its period (2026–2030) for multi-year goals;
-- target: the figure as a reader would say it: the verb, the value or range with its
-- unit, the qualifier, a 力争 stretch value; × when the report redacted the figure.
-- qualifier: 左右, 以上, 以内, ... or 'range' for a range without one.
SELECT region,
       CASE WHEN period_start IS NOT NULL OR period_end IS NOT NULL
            THEN coalesce(period_start, '') || '–' || coalesce(period_end, '')
                 || CASE WHEN annual THEN ' 年均' ELSE '' END
            ELSE year END AS year,
       indicator_id,
       coalesce(qualifier, CASE WHEN value_high IS NOT NULL THEN 'range' END, '') AS qualifier,
       coalesce(verb, '')
         || CASE WHEN redacted THEN '×' ELSE coalesce(value, '') END
         || CASE WHEN value_high IS NOT NULL THEN '–' || value_high ELSE '' END
         || coalesce(unit, '') || coalesce(qualifier, '')
         || CASE WHEN stretch_value IS NOT NULL
                 THEN '，力争' || stretch_value || coalesce(unit, '') ELSE '' END AS target,
       indicator
FROM report_targets
WHERE kind = 'target'
  AND (@region IS NULL OR region = @region)
  AND (@year IS NULL OR report_year = @year)
ORDER BY region, report_year, report_id, id;
