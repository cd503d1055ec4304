-- The targets the reports set, by region and year, with their qualifiers in view.
--   .parameter set @region 青溪区     only this region (default: all)
--   .parameter set @year 2025        only the reports for this year (default: all)
--   .parameter set @kind achievement the results the reports give for the past instead
--                                    (or parameter: fiscal settings; default: target)
--   .mode box
--   .read sql/reports/targets.sql
-- year: the year the figure is for, or its period (2026–2030) for multi-year figures;
-- figure: the figure as a reader would say it (report_targets.statement): the verb, the
-- value or range with its unit and qualifier, a 力争 stretch value; × when redacted.
-- qualifier: 左右, 以上, 以内, ... or 'range' for a range without one.
SELECT region,
       CASE WHEN period_start IS NOT NULL OR period_end IS NOT NULL
            THEN coalesce(period_start, '') || '–' || coalesce(period_end, '')
            ELSE year END AS year,
       indicator_id,
       coalesce(qualifier, CASE WHEN value_high IS NOT NULL THEN 'range' END, '') AS qualifier,
       statement AS figure,
       indicator
FROM report_targets
WHERE kind = coalesce(@kind, 'target')
  AND (@region IS NULL OR region = @region)
  AND (@year IS NULL OR report_year = @year)
ORDER BY region, report_year, report_id, id;
