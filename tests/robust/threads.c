/*
** gwr_threads — every function of sqlite-gwr from 8 threads at once, each thread with its
** own connection, over the same documents (the corpus when ../shared is there, and our
** fixtures).
** Every result must equal the one computed first on a single thread. Run it under
** ThreadSanitizer (make tsan) to see data races, not only wrong answers.
**
**   gwr_threads [--threads N] [--rounds R]
**
** A statement whose function is not registered in this build is skipped with a notice.
*/
#define _POSIX_C_SOURCE 200809L
#include <sqlite3.h>

#include <dirent.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sqlite3_gwr_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

/* ?1 is the document. Every row and column of the result is hashed. A statement that
** costs the same on any document runs on the first few only. */
typedef struct statement {
  const char *sql;
  int max_docs; /* 0: every document */
} statement;

static const statement statements[] = {
  {"SELECT gwr_version(), gwr_debug()", 1},
  {"SELECT * FROM gwr_numbers(?1)", 0},
  {"SELECT gwr_number(substr(?1, 1, 8)), gwr_number('4.64亿')", 0},
  {"SELECT * FROM gwr_sections(?1)", 0},
  {"SELECT * FROM gwr_sentences(?1)", 0},
  {"SELECT * FROM gwr_targets(?1, 2025)", 0},
  {"SELECT * FROM gwr_targets(?1)", 0},
  {"SELECT * FROM gwr_indicators", 1},
  /* reads the form every connection adds (connection_setup) */
  {"SELECT * FROM gwr_targets(?1 || '\n二、今年的主要预期目标\n全县茶叶产量达到3.2万吨。', 2025)", 0},
  {"SELECT gwr_normalize(?1), gwr_normalize(?1, 'NFC')", 0},
  {"SELECT gwr_decode(CAST(?1 AS BLOB))", 0},
  {"SELECT gwr_repair(?1)", 0},
  {"SELECT * FROM gwr_repairs(?1)", 0},
  {"SELECT * FROM gwr_words(?1)", 0},
  {"SELECT ?1 REGEXP '\\d+(?:\\.\\d+)?%', gwr_regexp_like(?1, '\\p{Han}+'), "
   "gwr_regexp_substr(?1, '增长[\\d.]+%'), gwr_regexp_capture(?1, '(\\d+)亿元', 1)", 0},
  {"SELECT gwr_regexp_replace(?1, '(\\d+)%', '$1 percent')", 0},
  {"SELECT * FROM gwr_matches(?1, '(\\d+(?:\\.\\d+)?)(%|亿元|万元)')", 0},
  /* a pattern per row, compiled by each call; a match limit error; a JIT stack grown */
  {"SELECT gwr_regexp_substr(?1, column1), length(gwr_regexp_replace(?1, column1, '[$0]')) "
   "FROM (VALUES ('\\p{Han}{4}'), ('\\d+%'), ('(?i)gdp'))", 0},
  {"SELECT gwr_regexp_like(?1 || printf('%.*c', 40, 'a') || 'b', '(a+)+$')", 3},
  {"SELECT gwr_regexp_like(?1, '^(?:.|\\n)*$'), gwr_regexp_capture(?1, '^((?:.|\\n)*)$')", 0},
};
#define NSTMT (int)(sizeof statements / sizeof statements[0])

typedef struct doc {
  char *text;
  int len;
} doc;

static doc docs[64];
static int ndocs;
static uint64_t expected[NSTMT][64];
static int usable[NSTMT];
static int rounds = 2;

static int docs_for(int s)
{
  int max = statements[s].max_docs;
  return max > 0 && max < ndocs ? max : ndocs;
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 1099511628211ULL;
  return h;
}

/* Hash of everything the statement returns for one document; 0 on error. */
static uint64_t run(sqlite3 *db, sqlite3_stmt *st, const doc *d, char **err)
{
  uint64_t h = 14695981039346656037ULL;
  sqlite3_reset(st);
  if (sqlite3_bind_parameter_count(st) > 0) sqlite3_bind_text(st, 1, d->text, d->len, SQLITE_STATIC);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(st); i++) {
      const unsigned char *v = sqlite3_column_text(st, i);
      h = fnv(h, v ? (const char *)v : "\x01NULL", v ? (size_t)sqlite3_column_bytes(st, i) : 5);
      h = fnv(h, "|", 1);
    }
    h = fnv(h, "\n", 1);
  }
  if (rc != SQLITE_DONE) {
    *err = strdup(sqlite3_errmsg(db));
    return 0;
  }
  return h;
}

/* The corpus (when ../shared is there) and every fixture of ours. */
static void load_docs(void)
{
  const char *dirs[] = {"../shared/corpus", "tests/fixtures/reports", "tests/fixtures/heldout",
                        "tests/fixtures/targets", "tests/fixtures/outline"};
  for (size_t k = 0; k < sizeof dirs / sizeof dirs[0]; k++) {
    DIR *d = opendir(dirs[k]);
    if (!d) continue;
    int before = ndocs;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && ndocs < 64) {
      size_t n = strlen(e->d_name);
      if (n < 4 || strcmp(e->d_name + n - 4, ".txt")) continue;
      char path[4096];
      snprintf(path, sizeof path, "%s/%s", dirs[k], e->d_name);
      FILE *f = fopen(path, "rb");
      if (!f) continue;
      fseek(f, 0, SEEK_END);
      long len = ftell(f);
      fseek(f, 0, SEEK_SET);
      docs[ndocs].text = malloc((size_t)len + 1);
      docs[ndocs].len = (int)fread(docs[ndocs].text, 1, (size_t)len, f);
      fclose(f);
      ndocs++;
    }
    closedir(d);
    if (ndocs > before) printf("gwr_threads: %d document(s) from %s\n", ndocs - before, dirs[k]);
  }
}

/* Every connection, the reference's too, adds a form of its own: the lexicons are per
** connection, built while other threads build theirs. */
static void connection_setup(sqlite3 *db)
{
  sqlite3_exec(db, "SELECT gwr_indicator_add('tea_output', '茶叶产量')", NULL, NULL, NULL);
}

static void *worker(void *arg)
{
  long failures = 0;
  (void)arg;
  sqlite3 *db;
  sqlite3_open(":memory:", &db);
  connection_setup(db);
  for (int r = 0; r < rounds; r++) {
    for (int s = 0; s < NSTMT; s++) {
      if (!usable[s]) continue;
      sqlite3_stmt *st;
      if (sqlite3_prepare_v2(db, statements[s].sql, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "prepare failed in a thread: %s\n", sqlite3_errmsg(db));
        failures++;
        continue;
      }
      for (int d = 0; d < docs_for(s); d++) {
        char *err = NULL;
        uint64_t h = run(db, st, &docs[d], &err);
        if (h != expected[s][d]) {
          failures++;
          fprintf(stderr, "thread result differs: %s on document %d%s%s\n", statements[s].sql, d,
                  err ? ": " : "", err ? err : "");
        }
        free(err);
      }
      sqlite3_finalize(st);
    }
  }
  sqlite3_close(db);
  return (void *)failures;
}

int main(int argc, char **argv)
{
  int nthreads = 8;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--threads") && i + 1 < argc) nthreads = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--rounds") && i + 1 < argc) rounds = atoi(argv[++i]);
  }
  if (nthreads > 64) nthreads = 64;
  sqlite3_auto_extension((void (*)(void))sqlite3_gwr_init);
  load_docs();
  if (ndocs == 0) {
    fprintf(stderr, "gwr_threads: no documents\n");
    return 1;
  }
  /* The reference, on this thread. */
  sqlite3 *db;
  sqlite3_open(":memory:", &db);
  connection_setup(db);
  int nusable = 0;
  for (int s = 0; s < NSTMT; s++) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, statements[s].sql, -1, &st, NULL) != SQLITE_OK) {
      printf("gwr_threads: skipped (%s): %s\n", sqlite3_errmsg(db), statements[s].sql);
      continue;
    }
    usable[s] = 1;
    nusable++;
    for (int d = 0; d < docs_for(s); d++) {
      char *err = NULL;
      expected[s][d] = run(db, st, &docs[d], &err);
      if (err) {
        /* An error is a result too, as long as every thread gets the same one. */
        expected[s][d] = 0;
        free(err);
      }
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);

  pthread_t tid[64];
  for (int t = 0; t < nthreads; t++) pthread_create(&tid[t], NULL, worker, NULL);
  long failures = 0;
  for (int t = 0; t < nthreads; t++) {
    void *ret;
    pthread_join(tid[t], &ret);
    failures += (long)ret;
  }
  printf("gwr_threads: %d threads x %d rounds x %d statements x %d documents: %ld failures\n",
         nthreads, rounds, nusable, ndocs, failures);
  return failures ? 1 : 0;
}
