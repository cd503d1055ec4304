/*
** gwr_interrupt — sqlite3_interrupt() and progress handlers stop a long parse promptly.
**
**   gwr_interrupt [--mb N]      (100 MB by default; run from the repository root)
**
** Every function that reads a whole document in one call (a table-valued function's
** xFilter, a long stretch of one xNext) runs over an N MB document three times on one
** connection: once to the end, measuring its CPU time T; once with a progress handler
** that asks to stop after T/4; once with another thread calling sqlite3_interrupt()
** when the query's thread has used T/4. Both must end the statement with
** SQLITE_INTERRUPT and the error "fn(): interrupted" before the query has used T/2,
** leave nothing allocated, and leave the connection working. Times are the querying
** thread's CPU time, compared with each other, so a busy machine cannot fail the test;
** the latencies printed are wall-clock, from the request to the statement's return.
** A function that is not registered in this build is skipped with a notice.
*/
#define _POSIX_C_SOURCE 200809L
#include <sqlite3.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bigdoc.h"

int sqlite3_gwr_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

typedef struct statement {
  const char *func; /* the function, as its errors name it */
  const char *sql;  /* ?1 is the document */
  int idioms;       /* 1: the document without quantities or headings (bigdoc_idioms) */
  int rows;         /* rows come all along: SQLite itself may be the one that stops, between
                       two rows ("interrupted") */
} statement;

static const statement statements[] = {
  {"gwr_sections", "SELECT count(*) FROM gwr_sections(?1)", 0, 0},
  {"gwr_sentences", "SELECT count(*) FROM gwr_sentences(?1)", 0, 0},
  {"gwr_numbers", "SELECT count(*) FROM gwr_numbers(?1)", 1, 0},
  {"gwr_targets", "SELECT count(*) FROM gwr_targets(?1, 2025)", 0, 1},
  {"gwr_targets", "SELECT count(*) FROM gwr_targets(?1, 2025)", 1, 0},
  {"gwr_repairs", "SELECT count(*) FROM gwr_repairs(?1)", 0, 0},
  {"gwr_repair", "SELECT length(gwr_repair(?1))", 0, 0},
};
#define NSTATEMENTS (int)(sizeof statements / sizeof statements[0])

static double clock_ms(clockid_t id)
{
  struct timespec ts;
  clock_gettime(id, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* What one run saw. */
typedef struct run_result {
  int rc;
  char msg[200];
  double cpu_ms;      /* the querying thread's CPU time for the statement */
  double done_at;     /* monotonic ms when the statement returned */
  double done_at_cpu; /* the thread's CPU time then */
} run_result;

static run_result run(sqlite3 *db, const char *sql, const char *doc, size_t len)
{
  run_result r;
  sqlite3_stmt *st = NULL;
  double cpu0 = clock_ms(CLOCK_THREAD_CPUTIME_ID);
  r.rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  if (r.rc == SQLITE_OK) {
    sqlite3_bind_text64(st, 1, doc, len, SQLITE_STATIC, SQLITE_UTF8);
    while ((r.rc = sqlite3_step(st)) == SQLITE_ROW) {
    }
  }
  r.done_at = clock_ms(CLOCK_MONOTONIC);
  r.done_at_cpu = clock_ms(CLOCK_THREAD_CPUTIME_ID);
  r.cpu_ms = r.done_at_cpu - cpu0;
  snprintf(r.msg, sizeof r.msg, "%s", sqlite3_errmsg(db));
  sqlite3_finalize(st);
  return r;
}

/* ---- the progress handler: stop once the thread has used budget_ms of CPU ---------- */

typedef struct progress_state {
  double start_cpu, budget_ms;
  double stopped_at;     /* monotonic ms of the first "stop", 0 before */
  double stopped_at_cpu; /* and the thread's CPU time then */
  long calls;
} progress_state;

static int progress(void *arg)
{
  progress_state *p = arg;
  p->calls++;
  double cpu = clock_ms(CLOCK_THREAD_CPUTIME_ID);
  if (cpu - p->start_cpu < p->budget_ms) return 0;
  if (p->stopped_at == 0) {
    p->stopped_at = clock_ms(CLOCK_MONOTONIC);
    p->stopped_at_cpu = cpu;
  }
  return 1;
}

/* ---- the interrupting thread: watches the query thread's CPU clock --------------- */

typedef struct interrupter {
  sqlite3 *db;
  clockid_t query_clock;
  double start_cpu, budget_ms;
  double interrupted_at;     /* monotonic ms of sqlite3_interrupt(), 0 if never */
  double interrupted_at_cpu; /* and the query thread's CPU time then */
  atomic_int finished;       /* the query returned */
} interrupter;

static void *interrupt_thread(void *arg)
{
  interrupter *it = arg;
  struct timespec tick = {0, 200000}; /* 0.2 ms */
  while (!atomic_load(&it->finished)) {
    double cpu = clock_ms(it->query_clock);
    if (cpu - it->start_cpu >= it->budget_ms) {
      it->interrupted_at = clock_ms(CLOCK_MONOTONIC);
      it->interrupted_at_cpu = cpu;
      sqlite3_interrupt(it->db);
      break;
    }
    nanosleep(&tick, NULL);
  }
  return NULL;
}

static int failures;

static void fail(const char *func, const char *how, const char *fmt, double a, double b)
{
  failures++;
  fprintf(stderr, "gwr_interrupt: %s, %s: ", func, how);
  fprintf(stderr, fmt, a, b);
  fputc('\n', stderr);
}

/* A stopped run must say who stopped, stop in time and leave a working connection. */
static void check_stopped(sqlite3 *db, const statement *s, const char *how, const run_result *r,
                          double full_cpu, sqlite3_int64 mem_before)
{
  char want[64];
  snprintf(want, sizeof want, "%s(): interrupted", s->func);
  if (r->rc != SQLITE_INTERRUPT ||
      (strcmp(r->msg, want) != 0 && !(s->rows && strcmp(r->msg, "interrupted") == 0))) {
    failures++;
    fprintf(stderr, "gwr_interrupt: %s, %s: rc=%d \"%s\", want SQLITE_INTERRUPT \"%s\"\n",
            s->func, how, r->rc, r->msg, want);
  }
  if (r->cpu_ms > full_cpu / 2)
    fail(s->func, how, "ran %.0f ms of CPU before stopping, the whole parse takes %.0f ms",
         r->cpu_ms, full_cpu);
  /* a small document, which also clears the connection's error message */
  static const char small[] = "一、总体要求\n增长5%左右。\n";
  run_result again = run(db, s->sql, small, sizeof small - 1);
  if (again.rc != SQLITE_DONE)
    fail(s->func, how, "the connection fails afterwards (rc %.0f)%.0f", again.rc, 0);
  if (sqlite3_memory_used() > mem_before)
    fail(s->func, how, "%.0f bytes allocated after the statement, %.0f before",
         (double)sqlite3_memory_used(), (double)mem_before);
}

int main(int argc, char **argv)
{
  size_t mb = 100;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--mb") && i + 1 < argc) mb = (size_t)atol(argv[++i]);
  }
  sqlite3_auto_extension((void (*)(void))sqlite3_gwr_init);
  size_t report_len, idioms_len;
  char *reports = bigdoc_reports(mb << 20, &report_len);
  char *idioms = bigdoc_idioms(mb << 20, &idioms_len);
  sqlite3 *db;
  sqlite3_open(":memory:", &db);
  /* The connection keeps the buffer of its last error message: make it larger than any
  ** message to come before memory is compared. */
  sqlite3_exec(db, "SELECT * FROM a_table_whose_name_is_longer_than_any_error_message_to_come", 0,
               0, 0);
  int tested = 0;
  for (int k = 0; k < NSTATEMENTS; k++) {
    const statement *s = &statements[k];
    const char *doc = s->idioms ? idioms : reports;
    size_t len = s->idioms ? idioms_len : report_len;
    sqlite3_stmt *probe;
    if (sqlite3_prepare_v2(db, s->sql, -1, &probe, NULL) != SQLITE_OK) {
      printf("gwr_interrupt: skipped %s (%s)\n", s->func, sqlite3_errmsg(db));
      continue;
    }
    sqlite3_finalize(probe);
    tested++;

    /* to the end, with a progress handler that never stops it */
    progress_state never = {0, 1e300, 0, 0, 0};
    sqlite3_progress_handler(db, 1000, progress, &never);
    run_result full = run(db, s->sql, doc, len);
    if (full.rc != SQLITE_DONE) {
      failures++;
      fprintf(stderr, "gwr_interrupt: %s fails on %zu MB: %s\n", s->func, mb, full.msg);
      continue;
    }

    /* a progress handler that says stop after a quarter */
    sqlite3_int64 mem = sqlite3_memory_used();
    progress_state p = {clock_ms(CLOCK_THREAD_CPUTIME_ID), full.cpu_ms / 4, 0, 0, 0};
    sqlite3_progress_handler(db, 1000, progress, &p);
    run_result r1 = run(db, s->sql, doc, len);
    sqlite3_progress_handler(db, 0, NULL, NULL);
    check_stopped(db, s, "progress handler", &r1, full.cpu_ms, mem);

    /* sqlite3_interrupt() from another thread after a quarter */
    mem = sqlite3_memory_used();
    interrupter it = {db, 0, clock_ms(CLOCK_THREAD_CPUTIME_ID), full.cpu_ms / 4, 0, 0, 0};
    pthread_getcpuclockid(pthread_self(), &it.query_clock);
    pthread_t tid;
    pthread_create(&tid, NULL, interrupt_thread, &it);
    run_result r2 = run(db, s->sql, doc, len);
    atomic_store(&it.finished, 1);
    pthread_join(tid, NULL);
    check_stopped(db, s, "sqlite3_interrupt()", &r2, full.cpu_ms, mem);

    double lat1 = p.stopped_at ? r1.done_at - p.stopped_at : -1;
    double lat1_cpu = p.stopped_at ? r1.done_at_cpu - p.stopped_at_cpu : -1;
    double lat2 = it.interrupted_at ? r2.done_at - it.interrupted_at : -1;
    double lat2_cpu = it.interrupted_at ? (r2.cpu_ms - (it.interrupted_at_cpu - it.start_cpu)) : -1;
    printf("gwr_interrupt: %-13s %-7s %zu MB: whole %.0f ms CPU (progress handler called %ld times "
           "every 1000 instructions); stopped after %.0f ms by the progress handler, %.1f ms "
           "after it asked (%.1f ms CPU); after %.0f ms by sqlite3_interrupt(), %.1f ms after "
           "the call (%.1f ms CPU)\n",
           s->func, s->idioms ? "idioms" : "reports", mb, full.cpu_ms, never.calls, r1.cpu_ms, lat1, lat1_cpu, r2.cpu_ms, lat2,
           lat2_cpu);
  }
  sqlite3_close(db);
  free(reports);
  free(idioms);
  printf("gwr_interrupt: %d functions, %d failures\n", tested, failures);
  return failures || tested == 0 ? 1 : 0;
}
