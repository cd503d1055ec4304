-- gwr_targets() on a compilation in the wording of older reports (national 2006,
-- provincial 2010, city 2013): bonds issued, stretch values after a preamble, 低于,
-- 实现 after a scope, 平均为, doubling and a plan's end as the base.
.headers on
SELECT report, indicator, indicator_id, direction, verb, value, unit, qualifier, stretch_value,
       kind, year, period_end, base_year
FROM gwr_targets(readfile('tests/fixtures/targets/older-styles.txt'));
