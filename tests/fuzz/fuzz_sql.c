/*
** libFuzzer target: every SQL entry point of sqlite-gwr through an in-memory database.
** The first input byte picks a statement and whether the arguments are bound as TEXT or
** BLOB; the rest is split at NUL bytes into the arguments (?1 document, ?2 pattern or
** charset, ?3 replacement). Invalid UTF-8, hostile patterns and odd charsets are all fair:
** the extension must answer or fail with an error, never crash, hang or leak.
**
**   make fuzz FUZZ_SECONDS=60
*/
#include <sqlite3.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int sqlite3_gwr_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

static const char *const statements[] = {
  "SELECT gwr_number(?1)",
  "SELECT * FROM gwr_numbers(?1)",
  "SELECT * FROM gwr_sections(?1)",
  "SELECT * FROM gwr_sentences(?1)",
  "SELECT * FROM gwr_targets(?1)",
  "SELECT * FROM gwr_targets(?1, CAST(?2 AS INTEGER))",
  "SELECT gwr_normalize(?1), gwr_normalize(?1, ?2)",
  "SELECT gwr_decode(CAST(?1 AS BLOB)), gwr_decode(CAST(?1 AS BLOB), ?2, 'replace')",
  "SELECT gwr_decode(CAST(?1 AS BLOB), ?2)",
  "SELECT gwr_repair(?1)",
  "SELECT * FROM gwr_repairs(?1)",
  "SELECT * FROM gwr_words(?1)",
  "SELECT ?1 REGEXP ?2, gwr_regexp_like(?1, ?2), gwr_regexp_substr(?1, ?2)",
  "SELECT gwr_regexp_capture(?1, ?2), gwr_regexp_capture(?1, ?2, length(?3))",
  "SELECT gwr_regexp_replace(?1, ?2, ?3)",
  "SELECT * FROM gwr_matches(?1, ?2)",
  "SELECT highlight(fz, 0, '[', ']'), snippet(fz, 0, '[', ']', '…', 8) FROM fz WHERE fz MATCH ?2",
};
#define NSTMT (sizeof statements / sizeof statements[0])

static sqlite3 *db;
static sqlite3_stmt *prepared[NSTMT];
static sqlite3_stmt *fts_insert, *fts_clear;
static int nprepared;

static void setup(void)
{
  sqlite3_auto_extension((void (*)(void))sqlite3_gwr_init);
  sqlite3_open(":memory:", &db);
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1 << 22);
  if (sqlite3_exec(db, "CREATE VIRTUAL TABLE fz USING fts5(body, tokenize='gwr')", 0, 0, 0) == SQLITE_OK) {
    sqlite3_prepare_v2(db, "INSERT INTO fz(body) VALUES (?1)", -1, &fts_insert, NULL);
    sqlite3_prepare_v2(db, "DELETE FROM fz", -1, &fts_clear, NULL);
  }
  for (size_t i = 0; i < NSTMT; i++) {
    if (sqlite3_prepare_v2(db, statements[i], -1, &prepared[nprepared], NULL) == SQLITE_OK)
      nprepared++;
  }
}

static void bind_args(sqlite3_stmt *st, const uint8_t *data, size_t size, int as_blob)
{
  int nparam = sqlite3_bind_parameter_count(st);
  size_t pos = 0;
  for (int p = 1; p <= nparam; p++) {
    const uint8_t *end = pos < size ? memchr(data + pos, 0, size - pos) : NULL;
    size_t len = end ? (size_t)(end - (data + pos)) : size - pos;
    if (pos > size) len = 0;
    const void *arg = pos < size ? (const void *)(data + pos) : (const void *)"";
    if (as_blob) sqlite3_bind_blob(st, p, arg, (int)len, SQLITE_TRANSIENT);
    else sqlite3_bind_text(st, p, arg, (int)len, SQLITE_TRANSIENT);
    pos += len + 1;
  }
}

static void drain(sqlite3_stmt *st)
{
  while (sqlite3_step(st) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(st); i++) {
      (void)sqlite3_column_text(st, i);
      (void)sqlite3_column_bytes(st, i);
    }
  }
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  if (db == NULL) setup();
  if (size < 1 || nprepared == 0) return 0;
  sqlite3_stmt *st = prepared[(data[0] >> 1) % nprepared];
  int as_blob = data[0] & 1;
  if (fts_insert && strstr(sqlite3_sql(st), "FROM fz")) {
    bind_args(fts_insert, data + 1, size - 1, as_blob);
    drain(fts_insert);
  }
  bind_args(st, data + 1, size - 1, as_blob);
  drain(st);
  if (fts_clear) drain(fts_clear);
  return 0;
}
