/*
** gwr_bench — speed of every SQL function against a baseline measured in the same
** process, on the same text, alternating A/B (never a wall-clock threshold).
**
**   gwr_bench [--mb N] [--rounds R] [--only NAME] [--corpus DIR]
**
** The text is the shared corpus (the .txt files of ../shared/corpus), or the project's fixtures when
** it is absent, repeated up to N MB (default 10) and split into documents of about the
** size of one report (138 KB) stored in a table `docs(body)`. Each case is one SQL
** statement over that table; its baseline is, for example:
**   pcre   one PCRE2-JIT pass of a plain number pattern over each document, the subject
**          validated once (the bar for parsers: as fast as one regex pass)
**   utf8   a validating UTF-8 decode loop over each document
**   length SELECT sum(length(body)) FROM docs
** Cases are rows of the table `cases` below; a family adds its own, and baselines of its
** own (raw ICU calls, a raw PCRE2 loop) next to the others.
*/
#define _POSIX_C_SOURCE 200809L
#include <sqlite3.h>

#include <dirent.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

int sqlite3_gwr_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

static const char number_pattern[] =
    "[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*(?:%|％|‰|个百分点|亿元|万元|万美元|元)?";

typedef struct doc_set {
  char **text;
  size_t *len;
  int n;
  size_t total;
} doc_set;

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static char *read_file(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (buf) {
    buf[n] = 0;
    *len = (size_t)n;
  }
  return buf;
}

/* Concatenates every .txt file of dir into one buffer. */
static char *read_dir(const char *dir, size_t *len)
{
  DIR *d = opendir(dir);
  if (!d) return NULL;
  char *all = NULL;
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    size_t k = strlen(e->d_name);
    if (k < 4 || strcmp(e->d_name + k - 4, ".txt") != 0) continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    size_t m;
    char *t = read_file(path, &m);
    if (!t) continue;
    all = realloc(all, n + m + 2);
    memcpy(all + n, t, m);
    n += m;
    all[n++] = '\n';
    free(t);
  }
  closedir(d);
  if (all) all[n] = 0;
  *len = n;
  return all;
}

/* Documents of ~138 KB cut at line ends from the source, repeated up to target bytes. */
static doc_set make_docs(const char *src, size_t srclen, size_t target)
{
  doc_set ds = {0};
  const size_t doc_size = 138 * 1024;
  size_t pos = 0;
  while (ds.total < target) {
    size_t want = doc_size;
    char *buf = malloc(want + 8192);
    size_t k = 0;
    while (k < want) {
      if (pos >= srclen) pos = 0;
      const char *nl = memchr(src + pos, '\n', srclen - pos);
      size_t line = nl ? (size_t)(nl - (src + pos)) + 1 : srclen - pos;
      if (k + line > want + 8000) line = want + 8000 - k; /* never cut inside a char: */
      while (line > 0 && ((unsigned char)src[pos + line] & 0xC0) == 0x80) line--;
      memcpy(buf + k, src + pos, line);
      k += line;
      pos += line;
      if (k + 1 >= want) break;
    }
    ds.text = realloc(ds.text, sizeof(char *) * (ds.n + 1));
    ds.len = realloc(ds.len, sizeof(size_t) * (ds.n + 1));
    ds.text[ds.n] = buf;
    ds.len[ds.n] = k;
    ds.n++;
    ds.total += k;
  }
  return ds;
}

static long long run_pcre(const doc_set *ds)
{
  static pcre2_code *re;
  static pcre2_match_data *md;
  if (!re) {
    int err;
    PCRE2_SIZE off;
    re = pcre2_compile((PCRE2_SPTR)number_pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &err, &off, NULL);
    pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    md = pcre2_match_data_create_from_pattern(re, NULL);
  }
  long long matches = 0;
  for (int i = 0; i < ds->n; i++) {
    const unsigned char *s = (const unsigned char *)ds->text[i];
    size_t n = ds->len[i], start = 0;
    uint32_t opts = 0; /* validate the subject on the first call only */
    for (;;) {
      int rc = pcre2_match(re, s, n, start, opts, md, NULL);
      if (rc < 0) break;
      PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
      matches++;
      start = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
      while (start < n && (s[start] & 0xC0) == 0x80) start++;
      if (start >= n) break;
      opts = PCRE2_NO_UTF_CHECK;
    }
  }
  return matches;
}

static long long run_utf8(const doc_set *ds)
{
  long long chars = 0;
  for (int i = 0; i < ds->n; i++) {
    const unsigned char *s = (const unsigned char *)ds->text[i];
    size_t n = ds->len[i], k = 0;
    while (k < n) {
      unsigned c = s[k];
      int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (c >= 0x80 && (c < 0xC2 || c > 0xF4)) return -1;
      if (k + len > n) return -1;
      for (int j = 1; j < len; j++)
        if ((s[k + j] & 0xC0) != 0x80) return -1;
      k += len;
      chars++;
    }
  }
  return chars;
}

static long long run_sql(sqlite3 *db, const char *sql)
{
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
    fprintf(stderr, "gwr_bench: %s: %s\n", sql, sqlite3_errmsg(db));
    exit(1);
  }
  long long v = 0;
  while (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
  if (sqlite3_errcode(db) != SQLITE_DONE && sqlite3_errcode(db) != SQLITE_OK) {
    fprintf(stderr, "gwr_bench: %s: %s\n", sql, sqlite3_errmsg(db));
    exit(1);
  }
  sqlite3_finalize(st);
  return v;
}

/* A baseline: work on the same text that a case is compared with. It returns a count
** (matches, characters, ...) so that the compiler cannot drop the work; < 0 is a failure. */
typedef struct baseline {
  const char *name;
  long long (*run)(sqlite3 *db, const doc_set *ds);
} baseline;

static long long run_pcre_baseline(sqlite3 *db, const doc_set *ds)
{
  (void)db;
  return run_pcre(ds);
}

static long long run_utf8_baseline(sqlite3 *db, const doc_set *ds)
{
  (void)db;
  return run_utf8(ds);
}

static long long run_length_baseline(sqlite3 *db, const doc_set *ds)
{
  (void)ds;
  return run_sql(db, "SELECT sum(length(body)) FROM docs");
}

static const baseline BASE_PCRE = {"pcre2-jit number pass", run_pcre_baseline};
static const baseline BASE_UTF8 = {"utf-8 decode loop", run_utf8_baseline};
static const baseline BASE_LENGTH __attribute__((unused)) = {"length(body)", run_length_baseline};

/* Families add baselines of their own here (raw ICU calls, a raw PCRE2 loop, ...). */

/* text (issue 6): what a C programmer writes with ICU for a UTF-8 document, no SQL. */

/* The UTF-16 buffers the ICU baselines reuse (grown as needed, never freed). */
static UChar *icu_in, *icu_out;
static int32_t icu_in_cap, icu_out_cap;
static char *icu_utf8;
static int32_t icu_utf8_cap;

static int32_t icu_from_utf8(const char *s, size_t n)
{
  if (icu_in_cap < (int32_t)n + 1) {
    icu_in_cap = (int32_t)n + 1;
    icu_in = realloc(icu_in, sizeof(UChar) * icu_in_cap);
  }
  UErrorCode code = U_ZERO_ERROR;
  int32_t len = 0;
  u_strFromUTF8(icu_in, icu_in_cap, &len, s, (int32_t)n, &code);
  return U_SUCCESS(code) ? len : -1;
}

/* u_strFromUTF8 -> unorm2_normalize (NFKC) -> u_strToUTF8, per document. */
static long long run_icu_nfkc_baseline(sqlite3 *db, const doc_set *ds)
{
  (void)db;
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&code);
  long long units = 0;
  for (int i = 0; i < ds->n; i++) {
    int32_t n = icu_from_utf8(ds->text[i], ds->len[i]);
    if (n < 0) return -1;
    if (icu_out_cap < n * 2 + 16) {
      icu_out_cap = n * 2 + 16;
      icu_out = realloc(icu_out, sizeof(UChar) * icu_out_cap);
      icu_utf8_cap = icu_out_cap * 3;
      icu_utf8 = realloc(icu_utf8, (size_t)icu_utf8_cap);
    }
    code = U_ZERO_ERROR;
    int32_t m = unorm2_normalize(nfkc, icu_in, n, icu_out, icu_out_cap, &code);
    int32_t bytes = 0;
    u_strToUTF8(icu_utf8, icu_utf8_cap, &bytes, icu_out, m, &code);
    if (U_FAILURE(code)) return -1;
    units += bytes;
  }
  return units;
}

/* u_strFromUTF8 -> a word BreakIterator stepped to the end, counting the words that are
** not whitespace (ubrk_getRuleStatus), per document. */
static long long run_icu_words_baseline(sqlite3 *db, const doc_set *ds)
{
  (void)db;
  UErrorCode code = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(UBRK_WORD, "zh", NULL, 0, &code);
  long long words = 0;
  for (int i = 0; i < ds->n; i++) {
    int32_t n = icu_from_utf8(ds->text[i], ds->len[i]);
    if (n < 0) return -1;
    ubrk_setText(bi, icu_in, n, &code);
    int32_t from = 0, to;
    while ((to = ubrk_next(bi)) != UBRK_DONE) {
      if (ubrk_getRuleStatus(bi) != UBRK_WORD_NONE || !u_isUWhiteSpace(icu_in[from])) words++;
      from = to;
    }
  }
  ubrk_close(bi);
  return U_SUCCESS(code) ? words : -1;
}

static const baseline BASE_ICU_NFKC = {"icu unorm2 nfkc", run_icu_nfkc_baseline};
static const baseline BASE_ICU_WORDS = {"icu ubrk word loop", run_icu_words_baseline};

/* regexp (issue 7): raw PCRE2 as a program that links it would call it: UTF and UCP, JIT,
** the subject validated by the first call on each document only. The SQL cases use the
** same patterns: one frequent (every figure with its unit), one that never matches (a scan
** of the whole text). */
#define REGEXP_FIGURE "(\\d+(?:\\.\\d+)?)(%|亿元|万元|万人|个百分点)"
#define REGEXP_ABSENT "生产总值增长(\\d+)%以下"

static pcre2_code *regexp_compile(const char *sql_pattern)
{
  int err;
  PCRE2_SIZE off;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR)sql_pattern, PCRE2_ZERO_TERMINATED,
                                 PCRE2_UTF | PCRE2_UCP, &err, &off, NULL);
  if (re) pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
  return re;
}

/* Every match of pattern in every document (the first only when first_only). */
static long long regexp_raw_matches(const char *pattern, int first_only, const doc_set *ds)
{
  pcre2_code *re = regexp_compile(pattern);
  if (!re) return -1;
  pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
  long long matches = 0;
  for (int i = 0; i < ds->n; i++) {
    const unsigned char *s = (const unsigned char *)ds->text[i];
    size_t n = ds->len[i], start = 0;
    uint32_t opts = 0;
    for (;;) {
      int rc = pcre2_match(re, s, n, start, opts, md, NULL);
      if (rc < 0) break;
      matches++;
      if (first_only) break;
      PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
      start = ov[1];
      opts = PCRE2_NO_UTF_CHECK | (ov[0] == ov[1] ? PCRE2_NOTEMPTY_ATSTART : 0);
    }
  }
  pcre2_match_data_free(md);
  pcre2_code_free(re);
  return matches;
}

static long long run_regexp_figures(sqlite3 *db, const doc_set *ds)
{
  (void)db;
  return regexp_raw_matches(REGEXP_FIGURE, 0, ds);
}

static long long run_regexp_absent(sqlite3 *db, const doc_set *ds)
{
  (void)db;
  return regexp_raw_matches(REGEXP_ABSENT, 1, ds);
}

/* pcre2_substitute() of every figure, into a buffer that grows when PCRE2 asks for more. */
static long long run_regexp_substitute(sqlite3 *db, const doc_set *ds)
{
  (void)db;
  pcre2_code *re = regexp_compile(REGEXP_FIGURE);
  if (!re) return -1;
  pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
  long long total = 0;
  size_t cap = 0;
  PCRE2_UCHAR *out = NULL;
  for (int i = 0; i < ds->n; i++) {
    for (;;) {
      PCRE2_SIZE len = cap;
      int rc = pcre2_substitute(re, (PCRE2_SPTR)ds->text[i], ds->len[i], 0,
                                PCRE2_SUBSTITUTE_GLOBAL | PCRE2_SUBSTITUTE_OVERFLOW_LENGTH, md,
                                NULL, (PCRE2_SPTR) "<$1>", 4, out, &len);
      if (rc >= 0) {
        total += (long long)len;
        break;
      }
      if (rc != PCRE2_ERROR_NOMEMORY) return -1;
      cap = len;
      out = realloc(out, cap);
    }
  }
  free(out);
  pcre2_match_data_free(md);
  pcre2_code_free(re);
  return total;
}

static const baseline BASE_REGEXP_FIGURES = {"pcre2 match loop", run_regexp_figures};
static const baseline BASE_REGEXP_ABSENT = {"pcre2 first match", run_regexp_absent};
static const baseline BASE_REGEXP_SUBSTITUTE = {"pcre2_substitute loop", run_regexp_substitute};

typedef struct bench_case {
  const char *name;     /* what is measured */
  const char *sql;      /* one statement over docs(body); the last row's first column is read */
  const baseline *base; /* what it is compared with */
  double goal;          /* the ratio baseline_time / case_time it should reach */
} bench_case;

static const bench_case cases[] = {
  {"length(body)", "SELECT sum(length(body)) FROM docs", &BASE_UTF8, 0.0},

  /* numbers (issue 3) */
  {"gwr_numbers", "SELECT count(*) FROM docs, gwr_numbers(docs.body)", &BASE_PCRE, 1.0},

  /* outline (issue 4): the heading tree and the sentences of each document; the goal is
  ** one PCRE2-JIT pass. The text columns (joined across hard wraps) are extra work. */
  {"gwr_sections", "SELECT count(*) FROM docs, gwr_sections(docs.body)", &BASE_PCRE, 1.0},
  {"gwr_sections title+body", "SELECT sum(length(s.title) + length(s.body)) FROM docs, gwr_sections(docs.body) s", &BASE_PCRE, 0.0},
  {"gwr_sentences", "SELECT count(*) FROM docs, gwr_sentences(docs.body)", &BASE_PCRE, 1.0},
  {"gwr_sentences text", "SELECT sum(length(text)) FROM docs, gwr_sentences(docs.body)", &BASE_PCRE, 0.0},

  /* targets (issue 5): outline, sentences, quantities and the statement parser together */
  {"gwr_targets", "SELECT count(*) FROM docs, gwr_targets(docs.body)", &BASE_PCRE, 0.5},

  /* text (issue 6) */
  {"gwr_normalize", "SELECT count(gwr_normalize(body)) FROM docs", &BASE_ICU_NFKC, 0.8},
  {"gwr_words", "SELECT count(*) FROM docs, gwr_words(docs.body)", &BASE_ICU_WORDS, 0.8},
  {"gwr_words (word text)", "SELECT count(word) FROM docs, gwr_words(docs.body)",
   &BASE_ICU_WORDS, 0.0},
  {"gwr_repair", "SELECT count(gwr_repair(body)) FROM docs", &BASE_ICU_WORDS, 0.0},

  /* regexp (issue 7) */
  {"gwr_matches count", "SELECT count(*) FROM docs, gwr_matches(docs.body, '" REGEXP_FIGURE "')",
   &BASE_REGEXP_FIGURES, 0.8},
  {"gwr_matches offsets", "SELECT sum(\"end\" - start) FROM docs, gwr_matches(docs.body, '"
   REGEXP_FIGURE "')", &BASE_REGEXP_FIGURES, 0.0},
  {"gwr_matches groups", "SELECT count(groups) FROM docs, gwr_matches(docs.body, '"
   REGEXP_FIGURE "')", &BASE_REGEXP_FIGURES, 0.0},
  {"gwr_regexp_like", "SELECT sum(gwr_regexp_like(body, '" REGEXP_ABSENT "')) FROM docs",
   &BASE_REGEXP_ABSENT, 0.8},
  {"gwr_regexp_replace", "SELECT sum(length(CAST(gwr_regexp_replace(body, '" REGEXP_FIGURE
   "', '<$1>') AS BLOB))) FROM docs", &BASE_REGEXP_SUBSTITUTE, 0.8},
};

static double time_baseline(sqlite3 *db, const doc_set *ds, const baseline *b)
{
  double t = now();
  if (b->run(db, ds) < 0) fprintf(stderr, "gwr_bench: baseline %s failed\n", b->name);
  return now() - t;
}

static int cmp_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
  double mb = 10;
  int rounds = 5;
  const char *only = NULL, *corpus = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--mb") && i + 1 < argc) mb = atof(argv[++i]);
    else if (!strcmp(argv[i], "--rounds") && i + 1 < argc) rounds = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--only") && i + 1 < argc) only = argv[++i];
    else if (!strcmp(argv[i], "--corpus") && i + 1 < argc) corpus = argv[++i];
    else {
      fprintf(stderr, "usage: gwr_bench [--mb N] [--rounds R] [--only NAME] [--corpus DIR]\n");
      return 2;
    }
  }
  size_t srclen = 0;
  char *src = read_dir(corpus ? corpus : "../shared/corpus", &srclen);
  const char *from = corpus ? corpus : "../shared/corpus";
  if (!src) {
    src = read_dir("tests/fixtures/reports", &srclen);
    from = "tests/fixtures/reports (../shared/corpus not found)";
  }
  if (!src || srclen == 0) {
    fprintf(stderr, "gwr_bench: no text to measure\n");
    return 1;
  }
  doc_set ds = make_docs(src, srclen, (size_t)(mb * 1024 * 1024));

  sqlite3_auto_extension((void (*)(void))sqlite3_gwr_init);
  sqlite3 *db;
  sqlite3_open(":memory:", &db);
  run_sql(db, "CREATE TABLE docs(body TEXT)");
  sqlite3_stmt *ins;
  sqlite3_prepare_v2(db, "INSERT INTO docs VALUES (?1)", -1, &ins, NULL);
  for (int i = 0; i < ds.n; i++) {
    sqlite3_bind_text(ins, 1, ds.text[i], (int)ds.len[i], SQLITE_STATIC);
    sqlite3_step(ins);
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);

  printf("gwr_bench: %.1f MB in %d documents from %s, %d rounds, median times\n",
         ds.total / 1048576.0, ds.n, from, rounds);
  printf("%-28s %10s %10s %12s  %-24s %8s %6s %10s\n", "case", "MB/s", "rows", "rows/s",
         "baseline", "ratio", "goal", "peak mem");
  int below = 0;
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    const bench_case *bc = &cases[c];
    if (only && !strstr(bc->name, only)) continue;
    double *ta = malloc(sizeof(double) * rounds), *tb = malloc(sizeof(double) * rounds);
    long long rows = 0;
    sqlite3_int64 peak = 0;
    for (int r = 0; r < rounds; r++) {
      ta[r] = time_baseline(db, &ds, bc->base);
      sqlite3_int64 before = sqlite3_memory_used();
      sqlite3_memory_highwater(1);
      double t = now();
      rows = run_sql(db, bc->sql);
      tb[r] = now() - t;
      sqlite3_int64 p = sqlite3_memory_highwater(1) - before;
      if (p > peak) peak = p;
    }
    qsort(ta, rounds, sizeof(double), cmp_double);
    qsort(tb, rounds, sizeof(double), cmp_double);
    double a = ta[rounds / 2], b = tb[rounds / 2];
    double ratio = a / b;
    if (bc->goal > 0 && ratio < bc->goal) below++;
    printf("%-28s %10.1f %10lld %12.0f  %-24s %7.2fx %5.2fx %9.1fMB\n", bc->name,
           ds.total / 1048576.0 / b, rows, rows / b, bc->base->name, ratio, bc->goal,
           peak / 1048576.0);
    free(ta);
    free(tb);
  }
  sqlite3_close(db);
  printf("gwr_bench: %d case(s) below their goal\n", below);
  return 0;
}
