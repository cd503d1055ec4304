-- sqlite-gwr: views over the reports table (sql/schema.sql). Run after schema.sql with
-- the extension loaded; safe to run again.
--
--   report_sections    every report's heading tree: the report's columns + gwr_sections()
--   report_targets     every report's targets and achievements: the report's columns +
--                      gwr_targets(body, year) + the figure printed as a reader says it
--   target_outcomes    each target set for a year, beside the result a later report gave
--                      for it, with the gap and whether it was met
--
-- In report_sections and report_targets the report's columns come first. Those whose
-- names the function also uses are renamed: id → report_id, year → report_year,
-- title → report_title; the function's own columns keep their names (so `year` there is
-- the year the figure is for, `id` the figure's number in its report).
--
-- The views call the functions every time they are read. For thousands of reports,
-- keep a table instead: CREATE TABLE targets AS SELECT * FROM report_targets;

CREATE VIEW IF NOT EXISTS report_sections AS
SELECT r.id AS report_id, r.region, r.level, r.year AS report_year, r.delivered,
       r.title AS report_title, r.source, s.*
FROM reports r, gwr_sections(r.body) s;

-- report_targets adds three columns after the function's:
--   qualifier_position  where the qualifier is written (table qualifier_positions)
--   figure     the value with its qualifier in place, range and 力争 stretch value:
--              6%左右, 5–6%, 不低于55%, 7%以上，力争8%, ×% when redacted
--   statement  the verb and the figure: 增长6%左右, 控制在5.5%以内, 力争增长15%,
--              年均增长5%以上
CREATE VIEW IF NOT EXISTS report_targets AS
SELECT *,
       CASE WHEN annual THEN '年均' ELSE '' END
         || CASE WHEN qualifier_position = 'before_verb'
                 THEN qualifier || coalesce(verb, '') || substr(figure, length(qualifier) + 1)
                 ELSE coalesce(verb, '') || figure END AS statement
FROM (SELECT r.id AS report_id, r.region, r.level, r.year AS report_year, r.delivered,
             r.title AS report_title, r.source, t.*,
             coalesce(q.position, 'after_value') AS qualifier_position,
             CASE WHEN q.position IN ('before_verb', 'before_value') THEN t.qualifier ELSE '' END
               || CASE WHEN t.redacted THEN '×' ELSE coalesce(t.value, '') END
               || CASE WHEN t.value_high IS NOT NULL THEN '–' || t.value_high ELSE '' END
               || coalesce(t.unit, '')
               || CASE WHEN q.position IN ('before_verb', 'before_value') THEN ''
                       ELSE coalesce(t.qualifier, '') END
               || CASE WHEN t.stretch_value IS NOT NULL
                       THEN '，力争' || t.stretch_value || coalesce(t.unit, '') ELSE '' END
               AS figure
      FROM reports r, gwr_targets(r.body, r.year) t
      LEFT JOIN qualifier_positions q ON q.qualifier = t.qualifier);

-- target_outcomes: one row per target (kind 'target') that states a single year's figure
-- for a catalogued indicator (indicator_id not NULL; multi-year and 年均 figures are left
-- out). Its outcome is the achievement for the same region, indicator_id, unit and year,
-- taken from the earliest report for a later year than the target's report (usually the
-- next year's review), and the first such statement in that report. Figures in
-- different units are never paired: a target of 提高0.2个百分点 is compared with a result
-- in 个百分点, not with a level of 2.65%. A target without a comparable result keeps
-- NULL outcome columns.
--
--   outcome_value  the result in the target's terms: a fall reported against a growth
--                  target (固定资产投资下降2.3% against 增长8%左右) is -2.3, and so is a
--                  rise against a target to cut (能耗上升2.3% against 下降3%).
--   bound          'ceiling' when the target is an upper limit: its qualifier is 以内,
--                  以下 or 不超过, or else the indicator is listed as a ceiling in
--                  indicator_bounds (cpi, unemployment, ...), or else its verb is 控制在.
--                  Otherwise 'floor' (以上, 不低于, 左右, plain figures).
--   gap            outcome_value - target_value: the result's distance from the target's
--                  figure (for a range 5%－6%, from its low end 5).
--   met            1 or 0, NULL when either figure is missing (a redacted ×, no result).
--                  A floor is met when outcome_value >= target_value (the low end of a
--                  range); a ceiling when outcome_value <= target_value_high, else
--                  target_value. 左右 is read strictly: 增长6%左右 with 5.8% is missed by
--                  0.2, which gap shows.
CREATE VIEW IF NOT EXISTS target_outcomes AS
WITH figures AS MATERIALIZED (
  SELECT report_id, region, report_year, id, indicator, indicator_id, direction, value,
         value_high, unit, stretch_value, qualifier, kind, year, redacted, text, figure,
         statement
  FROM report_targets
  WHERE kind IN ('target', 'achievement') AND indicator_id IS NOT NULL AND year IS NOT NULL
    AND period_start IS NULL AND period_end IS NULL AND coalesce(annual, 0) = 0
), paired AS (
  SELECT t.*,
         o.report_id AS outcome_report, o.id AS outcome_id, o.text AS outcome_text,
         CASE WHEN o.direction = 'decrease' AND coalesce(t.direction, '') <> 'decrease'
                OR o.direction = 'increase' AND t.direction = 'decrease'
              THEN -o.value ELSE o.value END AS outcome_value,
         row_number() OVER (PARTITION BY t.report_id, t.id
                            ORDER BY o.report_year, o.report_id, o.id) AS pick
  FROM figures t
  LEFT JOIN figures o
    ON o.kind = 'achievement' AND o.region = t.region AND o.indicator_id = t.indicator_id
   AND o.unit = t.unit AND o.year = t.year AND o.report_year > t.report_year
  WHERE t.kind = 'target'
), judged AS (
  SELECT p.*,
         CASE WHEN p.qualifier IN ('以内', '以下', '不超过') THEN 'ceiling'
              WHEN p.qualifier IN ('以上', '不低于') THEN 'floor'
              WHEN b.bound IS NOT NULL THEN b.bound
              WHEN p.direction = 'cap' THEN 'ceiling'
              ELSE 'floor' END AS bound
  FROM paired p LEFT JOIN indicator_bounds b USING (indicator_id)
  WHERE p.pick = 1
)
SELECT region, indicator_id, year, unit,
       value AS target_value, value_high AS target_value_high, qualifier AS target_qualifier,
       outcome_value,
       CASE WHEN typeof(outcome_value) = 'integer' AND typeof(value) = 'integer'
            THEN outcome_value - value
            ELSE round(outcome_value - value, 6) END AS gap,
       CASE WHEN outcome_value IS NULL OR value IS NULL THEN NULL
            WHEN bound = 'ceiling' THEN outcome_value <= coalesce(value_high, value)
            ELSE outcome_value >= value END AS met,
       bound, indicator, direction AS target_direction, stretch_value, redacted,
       figure AS target_figure, statement AS target_statement,
       report_id AS target_report, id AS target_id, text AS target_text,
       outcome_report, outcome_id, outcome_text
FROM judged;
