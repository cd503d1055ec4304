-- sql/views.sql: how target_outcomes pairs and judges figures, on hand-made rows.
-- report_targets is a table here (views.sql leaves a table of that name alone), so this
-- tests the view's SQL by itself, whatever gwr_targets() reads from real text.
.read sql/schema.sql
CREATE TABLE report_targets(
  report_id, region, level, report_year, delivered, report_title, source,
  id, report, section, sentence, indicator, indicator_id, direction, verb, value,
  value_high, unit, base_value, stretch_value, qualifier, extra, kind, year,
  period_start, period_end, annual, base_year, redacted, text, start, "end",
  qualifier_position, figure, statement);
.read sql/views.sql
-- Columns that do not matter here are NULL; text says what each row stands for.
INSERT INTO report_targets(report_id, region, report_year, id, indicator_id, direction,
                           value, value_high, unit, stretch_value, qualifier, kind, year,
                           period_start, period_end, annual, redacted, text) VALUES
  -- report 1 (A, delivered 2023): targets for 2023
  (1, 'A', 2023, 1, 'gdp', 'increase', 6.5, NULL, '%', NULL, '左右', 'target', 2023, NULL, NULL, 0, 0, 'gdp 增长6.5%左右'),
  (1, 'A', 2023, 2, 'fai', 'increase', 8, NULL, '%', NULL, '左右', 'target', 2023, NULL, NULL, 0, 0, 'fai 增长8%左右'),
  (1, 'A', 2023, 3, 'cpi', NULL, 3, NULL, '%', NULL, '左右', 'target', 2023, NULL, NULL, 0, 0, 'cpi 涨幅3%左右'),
  (1, 'A', 2023, 4, 'unemp_surveyed', 'cap', 5.5, NULL, '%', NULL, '以内', 'target', 2023, NULL, NULL, 0, 0, '失业率控制在5.5%以内'),
  (1, 'A', 2023, 5, 'energy_intensity', 'decrease', 3, NULL, '%', NULL, NULL, 'target', 2023, NULL, NULL, 0, 0, '能耗下降3%'),
  (1, 'A', 2023, 6, 'rd_intensity', 'increase', 0.2, NULL, '个百分点', NULL, NULL, 'target', 2023, NULL, NULL, 0, 0, '研发强度提高0.2个百分点'),
  (1, 'A', 2023, 7, 'fiscal_revenue', 'increase', 5, 6, '%', NULL, NULL, 'target', 2023, NULL, NULL, 0, 0, '财政收入增长5%－6%'),
  (1, 'A', 2023, 8, 'pop_growth', 'cap', 3, NULL, '‰', NULL, '以内', 'target', 2023, NULL, NULL, 0, 0, '人口自然增长率控制在3‰以内'),
  (1, 'A', 2023, 9, 'trade', 'increase', NULL, NULL, '%', NULL, NULL, 'target', 2023, NULL, NULL, 0, 1, '外贸增长×%'),
  (1, 'A', 2023, 10, 'jobs_new_urban', NULL, 1.2, NULL, '万人', NULL, '以上', 'target', 2023, NULL, NULL, 0, 0, '城镇新增就业1.2万人以上'),
  (1, 'A', 2023, 11, 'gdp', 'increase', 5, NULL, '%', NULL, '以上', 'target', NULL, 2021, 2025, 1, 0, '十四五 gdp 年均增长5%以上: left out'),
  (1, 'A', 2023, 12, NULL, 'increase', 10, NULL, '%', NULL, '左右', 'target', 2023, NULL, NULL, 0, 0, '数字经济增长10%左右: not catalogued, left out'),
  (1, 'A', 2023, 13, 'industrial_va', 'increase', 7, NULL, '%', 8, '以上', 'target', 2023, NULL, NULL, 0, 0, '工业增加值增长7%以上、力争8%'),
  (1, 'A', 2023, 14, 'carbon_intensity', 'cap', 0.5, NULL, '吨/万元', NULL, NULL, 'target', 2023, NULL, NULL, 0, 0, '控制在0.5吨/万元'),
  (1, 'A', 2023, 15, 'grain', 'reach', 10, NULL, '万吨', NULL, '以上', 'target', 2023, NULL, NULL, 0, 0, '粮食10万吨以上'),
  (1, 'A', 2023, 16, 'gdp', 'increase', 7, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, 'an achievement for 2023 in the 2023 report: not a later report, never paired'),
  -- report 2 (A, delivered 2024): results for 2023, targets for 2024
  (2, 'A', 2024, 1, 'gdp', 'reach', 459.8, NULL, '亿元', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, 'gdp 459.8亿元: another unit'),
  (2, 'A', 2024, 2, 'gdp', 'increase', 6.1, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, 'gdp 增长6.1%'),
  (2, 'A', 2024, 3, 'gdp', 'increase', 6.2, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, 'gdp stated again later in the report: the first statement wins'),
  (2, 'A', 2024, 4, 'fai', 'decrease', 2.3, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, 'fai 下降2.3%'),
  (2, 'A', 2024, 5, 'cpi', 'increase', 0.2, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, 'cpi 上涨0.2%'),
  (2, 'A', 2024, 6, 'unemp_surveyed', NULL, 5.6, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, '失业率5.6%'),
  (2, 'A', 2024, 7, 'energy_intensity', 'increase', 1, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, '能耗上升1%'),
  (2, 'A', 2024, 8, 'rd_intensity', 'reach', 2.65, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, '研发强度达到2.65%: another unit'),
  (2, 'A', 2024, 9, 'fiscal_revenue', 'increase', 5.4, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, '财政收入增长5.4%'),
  (2, 'A', 2024, 10, 'pop_growth', NULL, NULL, NULL, '‰', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 1, '人口自然增长率×‰'),
  (2, 'A', 2024, 11, 'trade', 'increase', 8.3, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, '外贸增长8.3%'),
  (2, 'A', 2024, 12, 'jobs_new_urban', NULL, 1.18, NULL, '万人', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, '城镇新增就业1.18万人'),
  (2, 'A', 2024, 13, 'industrial_va', 'increase', 8.3, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, '工业增加值增长8.3%'),
  (2, 'A', 2024, 14, 'carbon_intensity', NULL, 0.48, NULL, '吨/万元', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, '0.48吨/万元'),
  (2, 'A', 2024, 15, 'grain', 'reach', 12, NULL, '万吨', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, '粮食12万吨'),
  (2, 'A', 2024, 16, 'gdp', 'increase', 6, NULL, '%', NULL, '左右', 'target', 2024, NULL, NULL, 0, 0, 'gdp 增长6%左右'),
  -- report 3 (A, delivered 2025) restates 2023 and gives 2024; report 4 is another region
  (3, 'A', 2025, 1, 'gdp', 'increase', 6.0, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, '2023 revised: the earliest later report wins'),
  (3, 'A', 2025, 2, 'gdp', 'increase', 5.8, NULL, '%', NULL, NULL, 'achievement', 2024, NULL, NULL, 0, 0, 'gdp 增长5.8%'),
  (4, 'B', 2024, 1, 'gdp', 'increase', 9.9, NULL, '%', NULL, NULL, 'achievement', 2023, NULL, NULL, 0, 0, 'region B: never paired with A');
.mode box
SELECT region, indicator_id, year, unit, target_value AS value, target_value_high AS high,
       target_qualifier AS q, outcome_value AS outcome, gap, met, bound, stretch_value AS stretch,
       outcome_report || '/' || outcome_id AS "from"
FROM target_outcomes ORDER BY target_report, target_id;
.mode list
SELECT typeof(gap) FROM target_outcomes WHERE indicator_id = 'grain';
