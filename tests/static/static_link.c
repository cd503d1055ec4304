/*
** The static library as an app uses it: link libgwr.a and libsqlite3, register the
** entry point with sqlite3_auto_extension(), and every new connection has gwr_*.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

int sqlite3_gwr_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

static int expect_text(sqlite3 *db, const char *sql, const char *want)
{
  sqlite3_stmt *stmt = NULL;
  int ok = 0;
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
    const char *got = (const char *)sqlite3_column_text(stmt, 0);
    ok = got && strcmp(got, want) == 0;
    if (!ok) fprintf(stderr, "%s -> %s, want %s\n", sql, got ? got : "NULL", want);
  } else {
    fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
  }
  sqlite3_finalize(stmt);
  return ok;
}

int main(void)
{
  if (sqlite3_auto_extension((void (*)(void))sqlite3_gwr_init) != SQLITE_OK) return 1;
  sqlite3 *db = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
  int ok = expect_text(db, "SELECT gwr_version() GLOB '[0-9]*.[0-9]*.[0-9]*'", "1");
  ok &= expect_text(db, "SELECT gwr_debug() LIKE 'gwr %static%'", "1");
  sqlite3_close(db);
  sqlite3_reset_auto_extension();
  printf("static_link: %s\n", ok ? "ok" : "FAILED");
  return ok ? 0 : 1;
}
