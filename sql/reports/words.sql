-- The words each report uses most, through gwr_words(): one row per report.
--   .parameter set @top 12        how many words (default 8)
--   .mode box
--   .read sql/reports/words.sql
-- top_words: the most frequent words of two or more Chinese characters, with counts.
-- distinctive: the words that set the report apart from the others in the table (count
-- × ln(reports / reports using the word), tf-idf); empty when there is only one report.
WITH words AS (
  SELECT r.id, w.word
  FROM reports r, gwr_words(r.body) w
  WHERE w.kind = 'han' AND length(w.word) >= 2
), counts AS MATERIALIZED (
  SELECT id, word, count(*) AS n FROM words GROUP BY id, word
), spread AS (
  SELECT word, count(*) AS df FROM counts GROUP BY word
), ranked AS MATERIALIZED (
  SELECT c.id, c.word, c.n,
         row_number() OVER (PARTITION BY c.id ORDER BY c.n DESC, c.word) AS top_rank,
         CASE WHEN s.df < (SELECT count(*) FROM reports)
              THEN row_number() OVER (PARTITION BY c.id, s.df < (SELECT count(*) FROM reports)
                                      ORDER BY c.n * ln((SELECT count(*) FROM reports) * 1.0 / s.df) DESC,
                                               c.n DESC, c.word) END AS key_rank
  FROM counts c JOIN spread s USING (word)
)
SELECT r.region, r.year,
       (SELECT group_concat(word || ' ' || n, '  ')
          FROM (SELECT word, n FROM ranked k
                WHERE k.id = r.id AND top_rank <= coalesce(@top, 8) ORDER BY top_rank))
         AS top_words,
       coalesce((SELECT group_concat(word || ' ' || n, '  ')
                   FROM (SELECT word, n FROM ranked k
                         WHERE k.id = r.id AND key_rank <= coalesce(@top, 8) ORDER BY key_rank)),
                '') AS distinctive
FROM reports r
ORDER BY r.region, r.year, r.id;
