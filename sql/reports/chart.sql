-- A chart of one indicator's targets against its results, year by year, written as a
-- self-contained HTML file (inline SVG and CSS, no scripts, nothing fetched).
--   .parameter set @indicator gdp      the indicator_id (default gdp)
--   .parameter set @region 青溪区        default: the region with most such targets
--   .parameter set @unit %              default: the unit most of its targets use
--   .parameter set @chart gdp.html      the file to write (default chart.html)
--   .read sql/reports/chart.sql
-- Each year gets one column: the target as a bar across it (a shaded band for a range,
-- a dotted mark for a 力争 stretch value, an arrow for 以上/以内), labelled as written
-- (6%左右), and the result as a point: green when the target was met, red when missed,
-- grey when there was no target to judge it by. Targets and verdicts come from the view
-- target_outcomes; results of years without a target from report_targets, in the same
-- terms (a fall against growth targets is negative). Uses writefile() of the sqlite3 shell.
WITH RECURSIVE
pick_indicator(indicator_id) AS (
  SELECT coalesce(nullif(@indicator, ''), 'gdp')
), pick_region(region) AS (
  SELECT coalesce(nullif(@region, ''),
                  (SELECT region FROM target_outcomes, pick_indicator p
                   WHERE target_outcomes.indicator_id = p.indicator_id
                   GROUP BY region ORDER BY count(*) DESC, region LIMIT 1))
), params AS MATERIALIZED (
  SELECT p.indicator_id, r.region,
         coalesce(nullif(@unit, ''),
                  (SELECT unit FROM target_outcomes o
                   WHERE o.indicator_id = p.indicator_id AND o.region = r.region
                   GROUP BY unit ORDER BY count(*) DESC, unit LIMIT 1)) AS unit,
         -- the indicator's name as the region's reports write it most, else the catalogue's
         coalesce((SELECT indicator FROM target_outcomes o
                   WHERE o.indicator_id = p.indicator_id AND o.region = r.region
                   GROUP BY indicator ORDER BY count(*) DESC, indicator LIMIT 1),
                  (SELECT name FROM gwr_indicators i WHERE i.id = p.indicator_id LIMIT 1),
                  p.indicator_id) AS name,
         coalesce(nullif(@chart, ''), 'chart.html') AS file
  FROM pick_indicator p, pick_region r
), targets AS MATERIALIZED (
  -- The first target stated for each year (in report order).
  SELECT year, target_value AS value, target_value_high AS high, target_qualifier AS qualifier,
         stretch_value AS stretch, outcome_value AS outcome, met, target_direction AS direction,
         redacted, target_figure AS figure
  FROM (SELECT o.*, row_number() OVER (PARTITION BY year ORDER BY target_report, target_id) AS k
        FROM target_outcomes o, params p
        WHERE o.indicator_id = p.indicator_id AND o.region = p.region AND o.unit = p.unit)
  WHERE k = 1
), target_sense(direction) AS (
  SELECT direction FROM targets WHERE direction IN ('increase', 'decrease')
  GROUP BY direction ORDER BY count(*) DESC LIMIT 1
), untargeted AS MATERIALIZED (
  -- Results for years that had no target: the earliest report's first statement.
  SELECT year,
         CASE WHEN direction = 'decrease' AND coalesce((SELECT direction FROM target_sense), '') <> 'decrease'
                OR direction = 'increase' AND (SELECT direction FROM target_sense) = 'decrease'
              THEN -value ELSE value END AS outcome
  FROM (SELECT t.*, row_number() OVER (PARTITION BY t.year ORDER BY t.report_year, t.report_id, t.id) AS k
        FROM report_targets t, params p
        WHERE t.kind = 'achievement' AND t.indicator_id = p.indicator_id AND t.region = p.region
          AND t.unit = p.unit AND t.year IS NOT NULL AND t.period_start IS NULL
          AND t.period_end IS NULL AND coalesce(t.annual, 0) = 0 AND t.value IS NOT NULL)
  WHERE k = 1 AND year NOT IN (SELECT year FROM targets)
), points AS MATERIALIZED (
  SELECT year, value, high, qualifier, stretch, outcome, met, redacted, figure, 1 AS has_target
  FROM targets
  UNION ALL
  SELECT year, NULL, NULL, NULL, NULL, outcome, NULL, 0, NULL, 0 FROM untargeted
), columns AS MATERIALIZED (
  SELECT points.*, row_number() OVER (ORDER BY year) - 1 AS i, count(*) OVER () AS n FROM points
), extent AS (
  SELECT min(0, min(v)) AS lo, max(0, max(v)) AS hi
  FROM (SELECT value AS v FROM points UNION ALL SELECT high FROM points
        UNION ALL SELECT stretch FROM points UNION ALL SELECT outcome FROM points)
), step AS (
  SELECT lo, hi, raw, mag,
         mag * CASE WHEN raw / mag <= 1 THEN 1 WHEN raw / mag <= 2 THEN 2
                    WHEN raw / mag <= 5 THEN 5 ELSE 10 END AS step
  FROM (SELECT lo, hi, raw, power(10, floor(log10(raw))) AS mag
        FROM (SELECT lo, hi, CASE WHEN hi > lo THEN (hi - lo) / 5.0 ELSE 1 END AS raw FROM extent))
), frame AS MATERIALIZED (
  -- The drawing: 760 × 460 px; plot area from (72, 78) to (736, 330), then four lines of
  -- labels under each year and the legend.
  SELECT 72.0 AS left_x, 736.0 AS right_x, 78.0 AS top_y, 330.0 AS bottom_y,
         floor(lo / step) * step AS y0,
         ceil((hi + (hi - lo) * 0.12) / step) * step AS y1,
         step
  FROM step
), geometry AS MATERIALIZED (
  SELECT c.*, f.*, (f.right_x - f.left_x) / max(c.n, 1) AS band,
         f.left_x + (c.i + 0.5) * (f.right_x - f.left_x) / max(c.n, 1) AS cx
  FROM columns c, frame f
), ticks(v) AS (
  SELECT y0 FROM frame
  UNION ALL
  SELECT round(v + step, 9) FROM ticks, frame WHERE v + step <= y1 + step / 1000
), svg_axes AS (
  SELECT group_concat(line, '') AS text FROM (
    SELECT printf('<line class="grid" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f"/>'
                  || '<text class="tick" x="%.1f" y="%.1f">%s</text>',
                  f.left_x, f.right_x,
                  f.top_y + (f.y1 - t.v) / (f.y1 - f.y0) * (f.bottom_y - f.top_y),
                  f.top_y + (f.y1 - t.v) / (f.y1 - f.y0) * (f.bottom_y - f.top_y),
                  f.left_x - 8,
                  f.top_y + (f.y1 - t.v) / (f.y1 - f.y0) * (f.bottom_y - f.top_y) + 4,
                  CASE WHEN t.v = round(t.v) THEN CAST(CAST(t.v AS INTEGER) AS TEXT)
                       ELSE CAST(round(t.v, 6) AS TEXT) END) AS line
    FROM ticks t, frame f ORDER BY t.v)
), marks AS MATERIALIZED (
  -- Each year's column: pixel positions of its target, stretch value and result.
  SELECT g.*, p.unit AS unit,
         min(g.band * 0.3, 40) AS half,
         min(12, g.band / 6.5) AS font,
         g.top_y + (g.y1 - g.value) / (g.y1 - g.y0) * (g.bottom_y - g.top_y) AS ty,
         g.top_y + (g.y1 - g.high) / (g.y1 - g.y0) * (g.bottom_y - g.top_y) AS ty_high,
         g.top_y + (g.y1 - g.stretch) / (g.y1 - g.y0) * (g.bottom_y - g.top_y) AS sy,
         g.top_y + (g.y1 - g.outcome) / (g.y1 - g.y0) * (g.bottom_y - g.top_y) AS oy,
         CASE WHEN g.met = 1 THEN 'met' WHEN g.met = 0 THEN 'missed'
              WHEN g.has_target AND g.value IS NULL THEN 'redacted'
              WHEN g.has_target THEN 'pending' ELSE 'plain' END AS verdict,
         g.figure AS target_text
  FROM geometry g, params p
), svg_years AS (
  SELECT group_concat(g, '') AS text FROM (
    SELECT printf('<g class="year" data-year="%d">', m.year)
      -- the target: a band for a range, a bar for a single figure
      || CASE WHEN m.value IS NOT NULL AND m.high IS NOT NULL THEN
           printf('<rect class="target range" x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="2"/>',
                  m.cx - m.half, m.ty_high, 2 * m.half, max(m.ty - m.ty_high, 2))
         WHEN m.value IS NOT NULL THEN
           printf('<rect class="target bar" x="%.1f" y="%.1f" width="%.1f" height="4" rx="2"/>',
                  m.cx - m.half, m.ty - 2, 2 * m.half)
         ELSE '' END
      -- 以上 points up from the figure, 以内 down
      || CASE WHEN m.value IS NULL THEN ''
              WHEN m.qualifier IN ('以上', '不低于') THEN
                printf('<path class="arrow" d="M%.1f %.1f l-5 8 h10 z"/>', m.cx - m.half - 8, m.ty - 4)
              WHEN m.qualifier IN ('以内', '以下', '不超过') THEN
                printf('<path class="arrow" d="M%.1f %.1f l-5 -8 h10 z"/>', m.cx - m.half - 8,
                       coalesce(m.ty_high, m.ty) + 4)
              ELSE '' END
      || CASE WHEN m.stretch IS NOT NULL THEN
           printf('<line class="stretch" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f"/>',
                  m.cx - m.half, m.cx + m.half, m.sy, m.sy)
         ELSE '' END
      -- the result, with its value beside it
      || CASE WHEN m.outcome IS NOT NULL THEN
           printf('<circle class="outcome %s" cx="%.1f" cy="%.1f" r="6.5"><title>%d: %s, target %s (%s)</title></circle>'
                  || '<text class="value" x="%.1f" y="%.1f" style="font-size:%.1fpx">%s</text>',
                  m.verdict, m.cx, m.oy, m.year, m.outcome || m.unit, m.target_text, m.verdict,
                  m.cx + m.half + 4, m.oy + 4, m.font, m.outcome)
         ELSE '' END
      -- under the axis: the year, the target as written, the result, the verdict
      || printf('<text class="year-label" x="%.1f" y="%.1f">%d</text>', m.cx, m.bottom_y + 22, m.year)
      || printf('<text class="target-label" x="%.1f" y="%.1f" style="font-size:%.1fpx">%s</text>',
                m.cx, m.bottom_y + 40, m.font,
                CASE WHEN m.has_target THEN '目标 ' || m.target_text ELSE '—' END)
      || printf('<text class="outcome-label" x="%.1f" y="%.1f" style="font-size:%.1fpx">%s</text>',
                m.cx, m.bottom_y + 56, m.font,
                CASE WHEN m.outcome IS NOT NULL THEN '实际 ' || m.outcome || m.unit ELSE '—' END)
      || printf('<text class="verdict %s" x="%.1f" y="%.1f" style="font-size:%.1fpx">%s</text>',
                m.verdict, m.cx, m.bottom_y + 72, m.font,
                CASE m.verdict WHEN 'met' THEN '✓ met' WHEN 'missed' THEN '✗ missed'
                               WHEN 'pending' THEN 'no result yet' WHEN 'redacted' THEN 'target redacted'
                               ELSE 'no target' END)
      || '</g>' AS g
    FROM marks m
    ORDER BY m.year)
), svg_trend AS (
  SELECT CASE WHEN count(*) > 1 THEN
           '<polyline class="trend" points="'
           || group_concat(printf('%.1f,%.1f', cx, oy), ' ') || '"/>'
         ELSE '' END AS text
  FROM (SELECT cx, oy FROM marks WHERE outcome IS NOT NULL ORDER BY year)
), html AS (
  SELECT p.file, p.region, p.indicator_id, p.unit,
         (SELECT min(year) FROM points) AS first_year, (SELECT max(year) FROM points) AS last_year,
         (SELECT count(*) FROM points) AS years,
         '<!DOCTYPE html>' || char(10) || '<html lang="zh"><head><meta charset="utf-8">'
         || '<title>' || esc_title || '</title>'
         || '<style>'
         || 'body{margin:2rem;background:#fafaf7;color:#1f2933;font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}'
         || 'figure{margin:0 auto;max-width:820px;background:#fff;border:1px solid #e4e7eb;border-radius:10px;padding:12px 16px;box-shadow:0 1px 3px rgba(0,0,0,.06)}'
         || 'figcaption{font-size:13px;color:#52606d;margin:4px 8px 8px}'
         || 'svg{width:100%;height:auto}'
         || '</style></head><body><figure>' || char(10)
         -- the SVG carries its own style, so that it also stands alone as a .svg file
         || printf('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 760 460" role="img" aria-label="%s">',
                   esc_title)
         || '<style>'
         || 'text{font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:12px}'
         || '.title{font-size:18px;font-weight:600;fill:#1f2933}.subtitle{font-size:12px;fill:#616e7c}'
         || '.grid{stroke:#e4e7eb;stroke-width:1}.axis{stroke:#9aa5b1;stroke-width:1.2}'
         || '.tick{fill:#616e7c;text-anchor:end}.unit{fill:#616e7c;text-anchor:end}'
         || '.year-label{fill:#1f2933;text-anchor:middle;font-weight:600;font-size:13px}'
         || '.target-label{fill:#2b4acb;text-anchor:middle}.outcome-label{fill:#1f2933;text-anchor:middle}'
         || '.verdict{text-anchor:middle;fill:#7b8794}.verdict.met{fill:#1f7a4d}.verdict.missed{fill:#b42318}'
         || '.target.bar{fill:#3e63dd}.target.range{fill:#3e63dd;fill-opacity:.22;stroke:#3e63dd;stroke-width:1.2}'
         || '.arrow{fill:#3e63dd}.stretch{stroke:#3e63dd;stroke-width:2;stroke-dasharray:3 3}'
         || '.trend{fill:none;stroke:#9aa5b1;stroke-width:1.2;stroke-dasharray:2 3}'
         || '.outcome{stroke:#fff;stroke-width:2}.outcome.met{fill:#1f9d60}.outcome.missed{fill:#d92d20}'
         || '.outcome.plain,.outcome.pending,.outcome.redacted{fill:#7b8794}.value{fill:#1f2933;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:3px}'
         || '.legend text{fill:#323f4b;font-size:12px}'
         || '</style><rect width="760" height="460" fill="#fff"/>'
         || printf('<text class="title" x="24" y="30">%s</text>', esc_title)
         || '<text class="subtitle" x="24" y="50">目标 target: set in each year''s report · '
         || '实际 result: from a later year''s review</text>'
         || (SELECT text FROM svg_axes)
         || printf('<line class="axis" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f"/>',
                   f.left_x, f.left_x, f.top_y, f.bottom_y)
         || printf('<line class="axis" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f"/>',
                   f.left_x, f.right_x,
                   f.top_y + (f.y1 - max(f.y0, min(0, f.y1))) / (f.y1 - f.y0) * (f.bottom_y - f.top_y),
                   f.top_y + (f.y1 - max(f.y0, min(0, f.y1))) / (f.y1 - f.y0) * (f.bottom_y - f.top_y))
         || printf('<text class="unit" x="%.1f" y="%.1f">%s</text>', f.left_x - 8, f.top_y - 10,
                   esc_unit)
         || coalesce((SELECT text FROM svg_trend), '')
         || coalesce((SELECT text FROM svg_years), '')
         || '<g class="legend" transform="translate(40 436)">'
         || '<rect class="target bar" x="0" y="-6" width="22" height="4" rx="2"/><text x="28" y="0">target</text>'
         || '<rect class="target range" x="80" y="-12" width="22" height="14" rx="2"/><text x="108" y="0">range</text>'
         || '<path class="arrow" d="M160 -11 l-5 7 h10 z"/><path class="arrow" d="M174 1 l-5 -7 h10 z"/><text x="184" y="0">以上 / 以内</text>'
         || '<line class="stretch" x1="262" x2="284" y1="-4" y2="-4"/><text x="290" y="0">力争 stretch</text>'
         || '<circle class="outcome met" cx="384" cy="-4" r="6.5"/><text x="395" y="0">result: met</text>'
         || '<circle class="outcome missed" cx="484" cy="-4" r="6.5"/><text x="495" y="0">missed</text>'
         || '<circle class="outcome plain" cx="552" cy="-4" r="6.5"/><text x="563" y="0">no target to judge by</text>'
         || '</g></svg>' || char(10)
         || '<figcaption>' || esc_caption || '</figcaption>'
         || '</figure></body></html>' || char(10) AS page
  FROM (SELECT p.*,
               replace(replace(replace(p.region || ' · ' || p.name || ' (' || p.unit || ')', '&', '&amp;'),
                               '<', '&lt;'), '>', '&gt;') AS esc_title,
               replace(replace(replace(p.unit, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') AS esc_unit,
               'Made with sqlite-gwr ' || gwr_version() || ' from ' || (SELECT count(*) FROM reports)
                 || ' reports; a target is met when the result reaches it (以上, 左右, plain figures) '
                 || 'or stays within it (以内 and indicators such as CPI).' AS esc_caption
        FROM params p) p, frame f
)
SELECT CASE WHEN years = 0
            THEN 'chart.sql: no targets or results for ' || indicator_id || ' in ' || coalesce(region, 'any region')
            ELSE printf('wrote %s: %s %s (%s), %d years %d-%d, %d bytes', file, region, indicator_id, unit,
                        years, first_year, last_year, writefile(file, page)) END AS chart
FROM html;
