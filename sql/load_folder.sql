-- sqlite-gwr: load a folder of report files into the reports table (sqlite3 shell only:
-- it reads files with the shell's fsdir() and readfile()).
--
--   sqlite3 reports.db
--   .load ./build/gwr
--   .read sql/schema.sql
--   .parameter set @folder path/to/reports      a folder (read recursively) or one file
--   .parameter set @charset GB18030             optional, see "Encodings" below
--   .read sql/load_folder.sql
--
-- Which files: every regular file whose name ends in .txt (any case), in the folder and
-- its subfolders; names starting with a dot are skipped. When @folder names a file, that
-- file, whatever its name. Loading a file again (same path) replaces its row, so the
-- script can be re-run after files change.
--
-- File names: <year>-<region>.txt, e.g. 2024-广东省.txt, 2025-青溪区.txt, 2025-qingxi.txt.
--   year    the leading 4 digits: the year the report sets targets for, i.e. the year it
--           was delivered in (a report given in January 2025 is 2025). <region>-<year>.txt
--           and <region>_<year>.txt work too. Without a year in the name, the year of the
--           date line is used (——2025年1月9日在…), else NULL.
--   region  the rest of the name, without the extension, separators (- _ space), a 年
--           after the year and a trailing 政府工作报告: 2024年广东省政府工作报告.txt → 广东省.
--   level   from how the region's name ends: 全国/国务院/中国 → national; 省, 自治区,
--           北京市/天津市/上海市/重庆市 → province; 市, 州, 地区, 盟 → city; 区, 县, 旗 → county;
--           else NULL (Latin names such as qingxi). A county-level city (昆山市) reads as
--           city: correct it with UPDATE reports SET level = 'county' WHERE ...
-- Other columns: delivered is the first date written 2025年1月9日 in the first 300
-- characters; title is the first non-empty line when it is at most 80 characters long.
--
-- Encodings: a file with a byte-order mark is read as what the mark says (UTF-8,
-- UTF-16LE, UTF-16BE). Without one, a file is UTF-8 when it is valid UTF-8, and UTF-16
-- when it holds NUL bytes (byte order from where they fall); anything else is decoded by
-- gwr_decode() as @charset, by default GB18030 (a superset of GBK and GB2312, the usual
-- encoding of Chinese text that is not UTF-8); set @charset to 'auto' to let gwr_decode()
-- detect it. A byte that does not decode stops the load with gwr_decode()'s error, which
-- gives its offset; the files about to be decoded are printed first, so you know which
-- one it was.

DROP TABLE IF EXISTS temp.load_guard;
CREATE TEMP TABLE load_guard(missing TEXT);
CREATE TEMP TRIGGER load_guard_raise BEFORE INSERT ON load_guard BEGIN
  SELECT RAISE(ABORT, 'load_folder.sql: no folder given; first run: .parameter set @folder path/to/reports');
END;
INSERT INTO load_guard SELECT '@folder' WHERE @folder IS NULL OR @folder = '';
DROP TABLE temp.load_guard;

-- 1. The files and their raw bytes.
DROP TABLE IF EXISTS temp.load_files;
CREATE TEMP TABLE load_files AS
WITH top(path) AS (
  SELECT CASE WHEN rtrim(@folder, '/') <> '' THEN rtrim(@folder, '/') ELSE @folder END
), files AS (
  -- base: the name without its folders (rtrim of the non-slashes leaves the folders)
  SELECT name AS source, data, name = top.path AS named_file,
         substr(name, length(rtrim(name, replace(name, '/', ''))) + 1) AS base
  FROM top, fsdir(top.path)
  WHERE (mode & 61440) = 32768
), named AS (
  -- stem: the base without its extension
  SELECT source, data, base,
         CASE WHEN instr(base, '.') > 1
              THEN substr(base, 1, length(rtrim(base, replace(base, '.', ''))) - 1)
              ELSE base END AS stem
  FROM files
  WHERE named_file OR (lower(base) LIKE '%.txt' AND base NOT LIKE '.%')
)
SELECT source, data, base, stem,
       CASE WHEN stem GLOB '[12][0-9][0-9][0-9]*' AND NOT substr(stem, 5, 1) GLOB '[0-9]'
            THEN CAST(substr(stem, 1, 4) AS INTEGER)
            WHEN stem GLOB '*[-_ ][12][0-9][0-9][0-9]'
            THEN CAST(substr(stem, -4) AS INTEGER) END AS name_year,
       CASE WHEN stem GLOB '[12][0-9][0-9][0-9]*' AND NOT substr(stem, 5, 1) GLOB '[0-9]'
            THEN substr(stem, 5)
            WHEN stem GLOB '*[-_ ][12][0-9][0-9][0-9]'
            THEN substr(stem, 1, length(stem) - 5)
            ELSE stem END AS rest
FROM named;

-- 2. The region and level from the name; the encoding from the bytes.
ALTER TABLE load_files ADD COLUMN region TEXT;
ALTER TABLE load_files ADD COLUMN level TEXT;
ALTER TABLE load_files ADD COLUMN charset TEXT;
UPDATE load_files SET region = trim(
  CASE WHEN ltrim(rest, '-_ ') LIKE '年%' THEN substr(ltrim(rest, '-_ '), 2) ELSE rest END,
  '-_ ');
UPDATE load_files SET region = trim(substr(region, 1, length(region) - 6), '-_ ')
 WHERE region LIKE '%政府工作报告' AND length(region) > 6;
UPDATE load_files SET level = (
  WITH ending(word, level, exact) AS (VALUES
    ('全国', 'national', 1), ('国务院', 'national', 1), ('中国', 'national', 1),
    ('北京市', 'province', 1), ('天津市', 'province', 1), ('上海市', 'province', 1),
    ('重庆市', 'province', 1), ('省', 'province', 0), ('自治区', 'province', 0),
    ('市', 'city', 0), ('州', 'city', 0), ('地区', 'city', 0), ('盟', 'city', 0),
    ('区', 'county', 0), ('县', 'county', 0), ('旗', 'county', 0))
  SELECT level FROM ending
  WHERE region = word OR (exact = 0 AND substr(region, -length(word)) = word)
  ORDER BY exact DESC, length(word) DESC LIMIT 1);
UPDATE load_files SET charset = CASE
  WHEN hex(substr(data, 1, 3)) = 'EFBBBF' THEN 'UTF-8'
  WHEN hex(substr(data, 1, 2)) = 'FFFE' THEN 'UTF-16LE'
  WHEN hex(substr(data, 1, 2)) = 'FEFF' THEN 'UTF-16BE'
  -- NUL bytes: UTF-16 without a mark. ASCII characters (line breaks, digits) put their
  -- NUL second in little-endian, first in big-endian: count where the NULs fall.
  WHEN instr(data, x'00') > 0 THEN (
    WITH RECURSIVE at(p) AS (
      SELECT 1 UNION ALL SELECT p + 1 FROM at WHERE p < min(length(data), 8192))
    SELECT CASE WHEN sum(p % 2 = 0) >= sum(p % 2 = 1) THEN 'UTF-16LE' ELSE 'UTF-16BE' END
    FROM at WHERE substr(data, p, 1) = x'00')
  WHEN gwr_decode(data, 'UTF-8', 'replace') = CAST(data AS TEXT) THEN 'UTF-8'
  ELSE coalesce(nullif(@charset, ''), 'GB18030') END;

SELECT 'decoding ' || source || ' as ' || charset AS load_folder
FROM load_files WHERE charset NOT LIKE 'UTF-%' ORDER BY source;

-- 3. The text. UTF-8 files are taken as they are; the rest go through gwr_decode().
ALTER TABLE load_files ADD COLUMN body TEXT;
UPDATE load_files SET body = CASE
  WHEN charset = 'UTF-8' THEN CAST(data AS TEXT)
  WHEN charset = 'auto' THEN gwr_decode(data)
  ELSE gwr_decode(data, charset) END;
UPDATE load_files SET body = substr(body, 2) WHERE substr(body, 1, 1) = char(65279);

-- 4. Into reports, with the date line and the title read from the text.
INSERT INTO reports(region, level, year, delivered, title, body, source, charset)
WITH RECURSIVE head(source, text) AS (
  -- The first 300 characters with full-width digits made ASCII, for the date line.
  SELECT source, replace(replace(replace(replace(replace(replace(replace(replace(replace(
           replace(substr(body, 1, 300), '０', '0'), '１', '1'), '２', '2'), '３', '3'),
           '４', '4'), '５', '5'), '６', '6'), '７', '7'), '８', '8'), '９', '9')
  FROM load_files
), at(source, text, p) AS (
  SELECT source, text, 1 FROM head
  UNION ALL
  SELECT source, text, p + 1 FROM at WHERE p < length(text)
), dates AS (
  -- 2025年1月9日: year at p, month after 年, day after 月.
  SELECT source, p, CAST(substr(text, p, 4) AS INTEGER) AS y,
         CAST(substr(text, p + 5, 2) AS INTEGER) AS m,
         substr(text, p + 5) AS after_year
  FROM at
  WHERE substr(text, p, 5) GLOB '[12][0-9][0-9][0-9]年' AND substr(text, p + 5, 1) GLOB '[0-9]'
), dated AS (
  SELECT source, p, y, m,
         CAST(substr(after_year, length(m) + 2, 2) AS INTEGER) AS d,
         substr(after_year, length(m) + 1, 1) AS month_mark,
         after_year
  FROM dates
), delivered(source, p, date) AS (
  -- The first date of each file (SQLite takes the bare columns from the min(p) row).
  SELECT source, min(p), printf('%04d-%02d-%02d', y, m, d)
  FROM dated
  WHERE month_mark = '月' AND m BETWEEN 1 AND 12 AND d BETWEEN 1 AND 31
    AND substr(after_year, length(m) + length(d) + 2, 1) = '日'
  GROUP BY source
), lines AS (
  SELECT source, ltrim(body, ' ' || char(9, 10, 13, 12288)) AS rest FROM load_files
)
SELECT f.region, f.level,
       coalesce(f.name_year, CAST(substr(d.date, 1, 4) AS INTEGER)),
       d.date,
       CASE WHEN length(t.title) BETWEEN 1 AND 80 THEN t.title END,
       f.body, f.source, f.charset
FROM load_files f
LEFT JOIN delivered d USING (source)
LEFT JOIN (SELECT source,
                  trim(substr(rest, 1, instr(rest || char(10), char(10)) - 1),
                       ' ' || char(9, 13, 12288)) AS title
           FROM lines) t USING (source)
WHERE true ORDER BY f.source
ON CONFLICT(source) DO UPDATE SET
  region = excluded.region, level = excluded.level, year = excluded.year,
  delivered = excluded.delivered, title = excluded.title, body = excluded.body,
  charset = excluded.charset;

SELECT r.id, r.region, r.level, r.year, r.delivered, r.charset,
       length(r.body) AS chars, r.source
FROM reports r JOIN load_files f USING (source)
ORDER BY r.region, r.year, r.source;

DROP TABLE temp.load_files;
