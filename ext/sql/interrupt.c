/*
** Stopping a long parse from SQL: see interrupt.h.
*/
#include "interrupt.h"
#include "input.h"

/* One row per 16 KB of text read: each row of the recursion costs about 16 instructions. */
#define TICK_BYTES_PER_ROW 16384
static const char tick_sql[] =
    "WITH RECURSIVE gwr_interrupt_check(k) AS (SELECT ?1 UNION ALL "
    "SELECT k - 1 FROM gwr_interrupt_check WHERE k > 1) SELECT count(*) FROM gwr_interrupt_check";

void gwr_interrupt_init(gwr_interrupt *it, sqlite3 *db)
{
  it->db = db;
  it->tick = NULL;
  it->done = 0;
  it->rc = SQLITE_OK;
  it->unavailable = 0;
}

int gwr_interrupt_ask(void *ctx, size_t done)
{
  gwr_interrupt *it = ctx;
  if (it->rc != SQLITE_OK) return 1;
  if (it->tick == NULL) {
    if (it->unavailable) return 0;
    int rc = sqlite3_prepare_v2(it->db, tick_sql, -1, &it->tick, NULL) & 0xff;
    if (rc != SQLITE_OK) {
      /* Preparing fails with SQLITE_INTERRUPT too once sqlite3_interrupt() was called.
      ** Other failures (an authorizer that forbids the statement) leave the parse
      ** running, as it would without us. */
      it->tick = NULL;
      if (rc != SQLITE_INTERRUPT && rc != SQLITE_NOMEM) {
        it->unavailable = 1;
        return 0;
      }
      it->rc = rc;
      return 1;
    }
  }
  sqlite3_int64 rows = done > it->done ? (sqlite3_int64)((done - it->done) / TICK_BYTES_PER_ROW) : 0;
  it->done = done;
  sqlite3_bind_int64(it->tick, 1, rows + 1);
  int rc = sqlite3_step(it->tick) & 0xff;
  sqlite3_reset(it->tick);
  if (rc != SQLITE_INTERRUPT && rc != SQLITE_NOMEM) return 0;
  it->rc = rc;
  return 1;
}

int gwr_interrupt_vtab_error(sqlite3_vtab *vtab, const char *zFunc, int rc)
{
  if (rc != SQLITE_INTERRUPT) return SQLITE_NOMEM;
  return gwr_vtab_error(vtab, rc, gwr_errorf(zFunc, "interrupted"));
}

int gwr_interrupt_end(gwr_interrupt *it)
{
  sqlite3_finalize(it->tick);
  it->tick = NULL;
  return it->rc;
}
