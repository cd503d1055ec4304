/*
** gwr_oom — the SQL test suite under a fault-injecting allocator.
**
**   gwr_oom tests/sql/NAME.sql ...
**
** For every statement of every file, and for every N up to the number of allocations the
** statement makes, a fresh connection replays the statements before it (all but those
** that failed), then runs the statement with its Nth allocation failing (SQLite's
** allocator, which the extension and PCRE2 use, and ICU's, set with u_setMemoryFunctions).
** The statement must either give exactly the rows of the fault-free run or fail with
** SQLITE_NOMEM; and once the connection is closed, SQLite's memory in use must be back
** where it started (no leak).
** Lines starting with "." (shell commands) are skipped. A statement that runs longer than
** --max-ms fault-free (50 MB documents) is run once and not replayed under faults.
** With --no-faults every file simply runs once (make valgrind uses that); --verbose prints
** the fault runs and time of each file.
** With --no-icu-faults only SQLite's allocator fails (all of the extension's own memory):
** ICU 72's dictionary break engine does not survive a failed allocation (a UVector32
** that CjkBreakEngine::divideUpDictionaryRange does not check), so word segmentation can
** only be tested that way; ICU's converters and normalizers are tested with ICU faults.
*/
#define _POSIX_C_SOURCE 200809L
#include <sqlite3.h>
#include <unicode/uclean.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int sqlite3_gwr_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

/* ---- the faulty allocator ------------------------------------------------------- */

static sqlite3_mem_methods base_methods;
static long long alloc_count; /* allocations since the counter was armed */
static long long fail_at;     /* fail this allocation (1-based); 0 = never */
static int armed;
static int benign; /* inside SQLite's benign-malloc sections (see main) */

static int icu_faults = 1;

static int should_fail(void)
{
  if (!armed || benign) return 0;
  alloc_count++;
  return fail_at > 0 && alloc_count == fail_at;
}

static void benign_begin(void)
{
  benign++;
}

static void benign_end(void)
{
  benign--;
}

static void *faulty_malloc(int n)
{
  return should_fail() ? NULL : base_methods.xMalloc(n);
}

static void *faulty_realloc(void *p, int n)
{
  return should_fail() ? NULL : base_methods.xRealloc(p, n);
}

static const void *icu_context;

static void *U_CALLCONV icu_malloc(const void *ctx, size_t n)
{
  (void)ctx;
  return icu_faults && should_fail() ? NULL : malloc(n);
}

static void *U_CALLCONV icu_realloc(const void *ctx, void *p, size_t n)
{
  (void)ctx;
  return icu_faults && should_fail() ? NULL : realloc(p, n);
}

static void U_CALLCONV icu_free(const void *ctx, void *p)
{
  (void)ctx;
  free(p);
}

/* ---- running statements ----------------------------------------------------------- */

typedef struct outcome {
  int rc;      /* SQLITE_OK or the error code of the statement */
  char *text;  /* the rows, or the error message (malloc()ed) */
} outcome;

static void text_append(char **buf, size_t *len, const char *s)
{
  size_t k = strlen(s);
  *buf = realloc(*buf, *len + k + 1);
  memcpy(*buf + *len, s, k + 1);
  *len += k;
}

/* Runs one statement (possibly several, as the shell would) and records what it gave. */
static outcome run(sqlite3 *db, const char *sql)
{
  outcome out = {SQLITE_OK, NULL};
  size_t len = 0;
  text_append(&out.text, &len, "");
  const char *tail = sql;
  while (tail && *tail) {
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, tail, -1, &st, &tail);
    if (rc != SQLITE_OK) {
      out.rc = sqlite3_extended_errcode(db) & 0xff;
      len = 0;
      text_append(&out.text, &len, sqlite3_errmsg(db));
      return out;
    }
    if (st == NULL) break; /* only whitespace or comments left */
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      int n = sqlite3_column_count(st);
      for (int i = 0; i < n; i++) {
        const char *v = (const char *)sqlite3_column_text(st, i);
        if (v == NULL && sqlite3_column_type(st, i) != SQLITE_NULL) {
          rc = SQLITE_NOMEM; /* the conversion to text failed */
          break;
        }
        text_append(&out.text, &len, i ? "|" : "");
        text_append(&out.text, &len, v ? v : "");
      }
      if (rc == SQLITE_NOMEM) break;
      text_append(&out.text, &len, "\n");
    }
    if (rc != SQLITE_DONE) {
      int code = rc == SQLITE_NOMEM ? SQLITE_NOMEM : sqlite3_errcode(db);
      char *msg = strdup(sqlite3_errmsg(db));
      sqlite3_finalize(st);
      out.rc = code & 0xff;
      len = 0;
      text_append(&out.text, &len, msg);
      free(msg);
      return out;
    }
    sqlite3_finalize(st);
  }
  return out;
}

/* Splits a .sql file into complete statements, skipping shell dot-commands. */
static char **split_statements(const char *path, int *count)
{
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "gwr_oom: cannot read %s\n", path);
    exit(2);
  }
  char **list = NULL;
  int n = 0;
  char *acc = NULL;
  size_t acclen = 0;
  char *line = NULL;
  size_t cap = 0;
  text_append(&acc, &acclen, "");
  while (getline(&line, &cap, f) >= 0) {
    if (acclen == 0 && line[0] == '.') continue;
    text_append(&acc, &acclen, line);
    if (sqlite3_complete(acc)) {
      list = realloc(list, sizeof(char *) * (n + 1));
      list[n++] = acc;
      acc = NULL;
      acclen = 0;
      text_append(&acc, &acclen, "");
    }
  }
  free(line);
  free(acc);
  fclose(f);
  *count = n;
  return list;
}

static double now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static sqlite3 *open_db(void)
{
  sqlite3 *db = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    fprintf(stderr, "gwr_oom: cannot open a database\n");
    exit(2);
  }
  return db;
}

int main(int argc, char **argv)
{
  double max_ms = 50;
  long long max_faults = 3000; /* per statement; beyond it N advances in strides */
  int no_faults = 0, verbose = 0;
  int first = 1;
  while (first < argc && argv[first][0] == '-') {
    if (!strcmp(argv[first], "--max-ms") && first + 1 < argc) max_ms = atof(argv[++first]);
    else if (!strcmp(argv[first], "--max-faults") && first + 1 < argc) max_faults = atoll(argv[++first]);
    else if (!strcmp(argv[first], "--no-faults")) no_faults = 1;
    else if (!strcmp(argv[first], "--no-icu-faults")) icu_faults = 0;
    else if (!strcmp(argv[first], "--verbose")) verbose = 1;
    else {
      fprintf(stderr, "usage: gwr_oom [--no-faults] [--no-icu-faults] [--max-ms MS] "
                      "[--max-faults N] [--verbose] file.sql...\n");
      return 2;
    }
    first++;
  }
  UErrorCode status = U_ZERO_ERROR;
  u_setMemoryFunctions(icu_context, icu_malloc, icu_realloc, icu_free, &status);
  /* SQLite itself ignores a failure in a benign-malloc section (copying a statement's
  ** error message into the connection, sqlite3VdbeTransferError): the message is lost and
  ** "SQL logic error" reported, whatever the extension did. Such allocations never fail. */
  sqlite3_test_control(SQLITE_TESTCTRL_BENIGN_MALLOC_HOOKS, benign_begin, benign_end);
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &base_methods);
  sqlite3_mem_methods faulty = base_methods;
  faulty.xMalloc = faulty_malloc;
  faulty.xRealloc = faulty_realloc;
  sqlite3_config(SQLITE_CONFIG_MALLOC, &faulty);
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 1);
  sqlite3_initialize();
  sqlite3_auto_extension((void (*)(void))sqlite3_gwr_init);

  /* What an idle open/close cycle leaves behind (lookaside, caches) is the baseline. */
  sqlite3_close(open_db());
  long long failures = 0, runs = 0, skipped = 0, statements = 0;
  for (int fi = first; fi < argc; fi++) {
    int n;
    char **stmts = split_statements(argv[fi], &n);
    long long file_runs = runs;
    double file_t0 = now_ms();
    /* A statement that failed fault-free changed nothing, so it is not replayed: the
    ** slow ones (a regex stopped by its match limit) would otherwise be paid again for
    ** every fault run of every statement after them. */
    int *failed = calloc(n ? n : 1, sizeof *failed);
    for (int k = 0; k < n; k++) {
      statements++;
      /* The fault-free run: the reference outcome and the number of allocations. */
      sqlite3 *db = open_db();
      for (int j = 0; j < k; j++)
        if (!failed[j]) free(run(db, stmts[j]).text);
      armed = 1;
      alloc_count = 0;
      fail_at = 0;
      double t0 = now_ms();
      outcome ref = run(db, stmts[k]);
      double elapsed = now_ms() - t0;
      long long total = alloc_count;
      armed = 0;
      sqlite3_close(db);
      failed[k] = ref.rc != SQLITE_OK;
      if (no_faults || elapsed > max_ms) {
        skipped++;
        free(ref.text);
        continue;
      }
      long long stride = total > max_faults ? total / max_faults + 1 : 1;
      for (long long N = 1; N <= total; N += stride) {
        sqlite3_int64 before = sqlite3_memory_used();
        db = open_db();
        for (int j = 0; j < k; j++)
          if (!failed[j]) free(run(db, stmts[j]).text);
        armed = 1;
        alloc_count = 0;
        fail_at = N;
        outcome got = run(db, stmts[k]);
        armed = 0;
        fail_at = 0;
        sqlite3_close(db);
        runs++;
        int same = got.rc == ref.rc && strcmp(got.text, ref.text) == 0;
        /* SQLite copies a runtime error's message into the connection under benign malloc
        ** (sqlite3VdbeTransferError), and formats a constraint's the same way: when that
        ** fails, the error stands with SQLite's generic message for its code. */
        int message_lost = got.rc == ref.rc && got.rc != SQLITE_OK &&
                           strcmp(got.text, sqlite3_errstr(got.rc)) == 0;
        if (!same && !message_lost && got.rc != SQLITE_NOMEM) {
          failures++;
          if (failures <= 20)
            fprintf(stderr, "%s: statement %d, allocation %lld of %lld failed: got rc=%d \"%.200s\", "
                    "want rc=%d \"%.200s\" or SQLITE_NOMEM\n  %.300s\n",
                    argv[fi], k + 1, N, total, got.rc, got.text, ref.rc, ref.text, stmts[k]);
        }
        sqlite3_int64 after = sqlite3_memory_used();
        if (after != before) {
          failures++;
          if (failures <= 20)
            fprintf(stderr, "%s: statement %d, allocation %lld of %lld failed: %lld bytes leaked\n  %.300s\n",
                    argv[fi], k + 1, N, total, (long long)(after - before), stmts[k]);
        }
        free(got.text);
      }
      free(ref.text);
    }
    if (verbose)
      printf("gwr_oom: %s: %d statements, %lld fault runs, %.0f ms\n", argv[fi], n,
             runs - file_runs, now_ms() - file_t0);
    for (int k = 0; k < n; k++) free(stmts[k]);
    free(stmts);
    free(failed);
  }
  printf("gwr_oom: %lld statements, %lld fault runs, %lld long statements run once, %lld failures\n",
         statements, runs, skipped, failures);
  return failures ? 1 : 0;
}
