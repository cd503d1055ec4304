-- Each statement form gwr_targets reads (issue 5), on fixtures of our own
-- (tests/fixtures/targets/). Columns: indicator, indicator_id, direction, verb, value,
-- value_high, unit, stretch_value, qualifier, extra, kind, year, period, annual, base_year.
.headers on
.mode list
-- indicator + verb + figure + qualifier; no verb; 按…安排; ranges; 比2020年翻一番
SELECT indicator, indicator_id, direction, verb, value, value_high, unit, qualifier, kind, year,
       period_start, period_end, base_year
  FROM gwr_targets(readfile('tests/fixtures/targets/verbs.txt'), 2025);
-- 分别 lists with the qualifier distributed; 城乡; 其中
SELECT indicator, indicator_id, direction, value, unit, qualifier
  FROM gwr_targets(readfile('tests/fixtures/targets/lists.txt'), 2025);
-- base + stretch (增长7%以上、力争达到8%; 确保X、力争Y), an add-on, conditional preambles
SELECT indicator, indicator_id, value, stretch_value, qualifier, extra
  FROM gwr_targets(readfile('tests/fixtures/targets/stretch.txt'), 2025);
-- target lists after an opener: separated by ，、。; in the next paragraph; as —— bullets
SELECT indicator, indicator_id, value, unit, qualifier, kind
  FROM gwr_targets(readfile('tests/fixtures/targets/opener-semicolons.txt'), 2023);
SELECT indicator, indicator_id, value, unit, qualifier, kind
  FROM gwr_targets(readfile('tests/fixtures/targets/opener-next-paragraph.txt'), 2022);
SELECT indicator, indicator_id, value, unit, qualifier, kind
  FROM gwr_targets(readfile('tests/fixtures/targets/opener-bullets.txt'), 2008);
-- fiscal settings are parameters; non-numeric targets give no row
SELECT indicator, indicator_id, direction, verb, value, unit, kind, base_year
  FROM gwr_targets(readfile('tests/fixtures/targets/fiscal.txt'), 2024);
-- plans and periods: “十四五” results, “十五五” targets, 到2035年, 年均
SELECT indicator, value, unit, qualifier, kind, year, period_start, period_end, annual, base_year
  FROM gwr_targets(readfile('tests/fixtures/targets/periods.txt'), 2026);
-- a year-end report: 今年 is the year under review, 明年 the year of the targets
SELECT indicator, value, unit, kind, year
  FROM gwr_targets(readfile('tests/fixtures/targets/year-end.txt'));
-- styles of other levels and years (years from the date lines)
SELECT indicator, indicator_id, direction, value, unit, qualifier, kind, year, period_start,
       period_end, annual
  FROM gwr_targets(readfile('tests/fixtures/targets/national-style.txt'));
SELECT indicator, indicator_id, direction, value, unit, qualifier, stretch_value, kind, year
  FROM gwr_targets(readfile('tests/fixtures/targets/province-style.txt'));
