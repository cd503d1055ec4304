/*
** gwr_huge — a 100 MB document through every table-valued function (and the scalar
** functions that build a document-sized result), every row and column read: the peak of
** memory beyond the document must stay within 3 times the document's size.
**
**   gwr_huge [--mb N] [--ratio R] [--doc FILE]
**
** 100 MB and 3 by default; run from the repository root. The document is the sample
** reports of tests/fixtures repeated (denser in headings and sentences than real
** reports), or FILE repeated.
**
** Memory is SQLite's (sqlite3_memory_highwater()): the extension and PCRE2 allocate
** through it, and so does ICU here (u_setMemoryFunctions). The document is bound
** SQLITE_STATIC and NUL-terminated, as column values and C strings are (SQLite copies a
** text bound with an explicit length to terminate it before a function can read it), so
** the first copy counted is the function's own. A function that is not registered in this
** build is skipped with a notice.
*/
#define _POSIX_C_SOURCE 200809L
#include <sqlite3.h>
#include <unicode/uclean.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bigdoc.h"

int sqlite3_gwr_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

typedef struct statement {
  const char *func;
  const char *sql; /* ?1 is the document */
  int idioms;      /* 1: bigdoc_idioms() instead of the reports */
} statement;

static const statement statements[] = {
  {"gwr_numbers", "SELECT * FROM gwr_numbers(?1)", 0},
  {"gwr_numbers", "SELECT * FROM gwr_numbers(?1)", 1},
  {"gwr_sections", "SELECT * FROM gwr_sections(?1)", 0},
  {"gwr_sentences", "SELECT * FROM gwr_sentences(?1)", 0},
  {"gwr_matches", "SELECT * FROM gwr_matches(?1, '(\\d+(?:\\.\\d+)?)(%|亿元|万元)')", 0},
  {"gwr_targets", "SELECT * FROM gwr_targets(?1, 2025)", 0},
  {"gwr_repairs", "SELECT * FROM gwr_repairs(?1)", 0},
  {"gwr_words", "SELECT * FROM gwr_words(?1)", 0},
  {"gwr_regexp_replace", "SELECT gwr_regexp_replace(?1, '(\\d+)', '<$1>')", 0},
  {"gwr_normalize", "SELECT gwr_normalize(?1)", 0},
  {"gwr_repair", "SELECT gwr_repair(?1)", 0},
  {"gwr_decode", "SELECT gwr_decode(CAST(?1 AS BLOB), 'UTF-8')", 0},
};
#define NSTATEMENTS (int)(sizeof statements / sizeof statements[0])

static void *U_CALLCONV icu_malloc(const void *ctx, size_t n)
{
  (void)ctx;
  return sqlite3_malloc64(n);
}

static void *U_CALLCONV icu_realloc(const void *ctx, void *p, size_t n)
{
  (void)ctx;
  return sqlite3_realloc64(p, n);
}

static void U_CALLCONV icu_free(const void *ctx, void *p)
{
  (void)ctx;
  sqlite3_free(p);
}

static double now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
  size_t mb = 100;
  double max_ratio = 3.0;
  const char *doc_path = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--mb") && i + 1 < argc) mb = (size_t)atol(argv[++i]);
    else if (!strcmp(argv[i], "--ratio") && i + 1 < argc) max_ratio = atof(argv[++i]);
    else if (!strcmp(argv[i], "--doc") && i + 1 < argc) doc_path = argv[++i];
  }
  UErrorCode status = U_ZERO_ERROR;
  u_setMemoryFunctions(NULL, icu_malloc, icu_realloc, icu_free, &status);
  sqlite3_initialize();
  sqlite3_auto_extension((void (*)(void))sqlite3_gwr_init);
  size_t report_len, idioms_len;
  char *reports = doc_path ? bigdoc_files(&doc_path, 1, mb << 20, &report_len)
                           : bigdoc_reports(mb << 20, &report_len);
  char *idioms = bigdoc_idioms(mb << 20, &idioms_len);
  sqlite3 *db;
  sqlite3_open(":memory:", &db);
  int failures = 0, tested = 0;
  for (int k = 0; k < NSTATEMENTS; k++) {
    const statement *s = &statements[k];
    const char *doc = s->idioms ? idioms : reports;
    size_t len = s->idioms ? idioms_len : report_len;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, s->sql, -1, &st, NULL) != SQLITE_OK) {
      printf("gwr_huge: skipped %s (%s)\n", s->func, sqlite3_errmsg(db));
      continue;
    }
    tested++;
    sqlite3_bind_text(st, 1, doc, -1, SQLITE_STATIC);
    sqlite3_int64 base = sqlite3_memory_used();
    sqlite3_memory_highwater(1);
    double t0 = now_ms();
    long long rows = 0, bytes = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      rows++;
      for (int i = 0; i < sqlite3_column_count(st); i++) {
        (void)sqlite3_column_text(st, i);
        bytes += sqlite3_column_bytes(st, i);
      }
    }
    double ms = now_ms() - t0;
    sqlite3_int64 peak = sqlite3_memory_highwater(0) - base;
    if (rc != SQLITE_DONE) {
      failures++;
      fprintf(stderr, "gwr_huge: %s fails on %zu MB: %s\n", s->func, mb, sqlite3_errmsg(db));
    }
    sqlite3_finalize(st);
    double ratio = (double)peak / (double)len;
    printf("gwr_huge: %-18s %-7s %zu MB: %9lld rows, %10lld bytes of results, %6.0f ms, peak "
           "%6.1f MB beyond the document = %.2fx its size\n",
           s->func, s->idioms ? "idioms" : "reports", mb, rows, bytes, ms, peak / 1048576.0,
           ratio);
    if (ratio > max_ratio) {
      failures++;
      fprintf(stderr, "gwr_huge: %s used %.2fx the document's size beyond it, more than %.1fx\n",
              s->func, ratio, max_ratio);
    }
  }
  sqlite3_close(db);
  free(reports);
  free(idioms);
  printf("gwr_huge: %d statements, %d failures\n", tested, failures);
  return failures || tested == 0 ? 1 : 0;
}
