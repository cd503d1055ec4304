/*
** The SQL families of sqlite-gwr, one glue file each (X-macro, see glue.h and gwr.c).
** A family listed here must also have its names in tests/contract/implemented.txt.
** (Blank lines keep each family's line apart, so branches merge without conflicts.)
*/
GWR_FAMILY(meta)     /* meta.c:    gwr_version(), gwr_debug() */

GWR_FAMILY(numbers)  /* numbers.c: gwr_number(), gwr_numbers()                   (issue 3) */

GWR_FAMILY(outline)  /* outline.c:  gwr_sections(), gwr_sentences()              (issue 4) */

GWR_FAMILY(targets)  /* targets.c:  gwr_targets(), gwr_indicators, gwr_indicator_add() */

GWR_FAMILY(text)     /* text.c:  gwr_normalize(), gwr_decode(), gwr_repair(), gwr_repairs(),
                     **          gwr_words(), the FTS5 tokenizer gwr (fts5_gwr.c) (issue 6) */

GWR_FAMILY(regexp)   /* regexp.c:  regexp(), gwr_regexp_*(), gwr_matches()  (issue 7) */
