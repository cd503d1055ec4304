-- The sample report (the demo's input): its table of targets and results.
.headers on
.mode list
SELECT kind, indicator, indicator_id, direction, value, value_high, unit, qualifier,
       stretch_value, year
  FROM gwr_targets(readfile('tests/fixtures/reports/2025-qingxi.txt'));
