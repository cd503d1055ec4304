/*
** gwr_bench — speed of every SQL function against baselines measured in the same
** process, on the same text, alternating A/B (never a wall-clock threshold).
**
**   gwr_bench [--mb N] [--scales 1,10,100] [--rounds R] [--budget S]
**             [--only NAME[,NAME...]] [--corpus DIR] [--one-doc] [--list] [--profile NAME]
**
** The text is the shared corpus (the .txt files of ../shared/corpus), or the project's
** fixtures when it is absent, repeated and split into documents of about the size of one
** report (138 KB) stored in a table `docs(body)`. The run measures every case at each
** scale (default 1, 10 and 100 MB of documents; --mb N measures N MB only); --one-doc
** makes each scale ONE document of that size instead (linearity in document length).
** --profile NAME runs only the statement of the case named NAME, R times at the largest
** size, without baselines: for perf and callgrind.
**
** Each case is one SQL statement over that table whose first column is the number of rows
** the function produced (count(*); for a scalar, the number of documents); further
** columns make SQLite read the columns whose cost is measured. Every case is compared
** with three baselines over the same text:
**   pcre   one PCRE2-JIT pass of a plain number pattern over each document, the subject
**          validated once (the bar for parsers: as fast as one regex pass)
**   utf8   a validating UTF-8 decode loop over each document
**   length SELECT count(*), sum(length(body)) FROM docs
** and, where a family wrote one, with a baseline of its own (raw ICU calls, a raw PCRE2
** loop): the case's `base`, whose ratio is held against the case's goal.
**
** Times are process CPU time (CLOCK_PROCESS_CPUTIME_ID; the machine is shared, and CPU
** time does not count the time other processes hold the core), the median of R rounds
** (default 5; 3R at the smaller sizes, which take little time; fewer, one at least, when
** R rounds of a case and its baselines would take more than --budget seconds, default
** 20); in each round every baseline and the case run once, in an order reversed every
** other round. A ratio is baseline time / case time, the median of the rounds' own
** ratios: 1.0x is as fast as the baseline.
** Peak memory is SQLite's allocator high-water mark during the statement (the core and
** PCRE2 allocate through it; ICU does not) minus what was in use before and minus one
** document (the copy of the row SQLite reads), reported as a multiple of the largest
** document; the first round is left out, as it also builds what a connection keeps
** (the indicator lexicon, compiled patterns).
*/
#define _DEFAULT_SOURCE
#include <sqlite3.h>

#include <dirent.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unistd.h>

int sqlite3_gwr_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

static const char number_pattern[] =
    "[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*(?:%|％|‰|个百分点|亿元|万元|万美元|元)?";

typedef struct doc_set {
  char **text;
  size_t *len;
  int n;
  size_t total;
} doc_set;

/* Seconds of CPU time used by this process. */
static double cpu_now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
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

/* Concatenates every .txt file of dir into one buffer, in name order (the same text on
** every run); *files counts them. */
static char *read_dir(const char *dir, size_t *len, int *files)
{
  struct dirent **names;
  int k = scandir(dir, &names, NULL, alphasort);
  if (k < 0) return NULL;
  char *all = NULL;
  size_t n = 0;
  *files = 0;
  for (int i = 0; i < k; i++) {
    const char *name = names[i]->d_name;
    size_t m = strlen(name);
    if (m >= 4 && strcmp(name + m - 4, ".txt") == 0) {
      char path[4096];
      snprintf(path, sizeof path, "%s/%s", dir, name);
      char *t = read_file(path, &m);
      if (t) {
        all = realloc(all, n + m + 2);
        memcpy(all + n, t, m);
        n += m;
        all[n++] = '\n';
        (*files)++;
        free(t);
      }
    }
    free(names[i]);
  }
  free(names);
  if (all) all[n] = 0;
  *len = n;
  return all;
}

/* Documents of doc_size bytes (or a little more), cut at line ends from the source taken
** round and round, up to target bytes in all. */
static doc_set make_docs(const char *src, size_t srclen, size_t target, size_t doc_size)
{
  doc_set ds = {0};
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
      while (line > 0 && pos + line < srclen && ((unsigned char)src[pos + line] & 0xC0) == 0x80)
        line--;
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

/* The first documents of ds that make up about target bytes (at least one). */
static doc_set doc_prefix(const doc_set *ds, size_t target)
{
  doc_set p = *ds;
  p.n = 0;
  p.total = 0;
  while (p.n < ds->n && (p.n == 0 || p.total + ds->len[p.n] / 2 < target)) p.total += ds->len[p.n++];
  return p;
}

static size_t largest_doc(const doc_set *ds)
{
  size_t m = 0;
  for (int i = 0; i < ds->n; i++)
    if (ds->len[i] > m) m = ds->len[i];
  return m;
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

/* Runs sql to the end; returns the first column of its last row. */
static long long run_sql(sqlite3 *db, const char *sql)
{
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
    fprintf(stderr, "gwr_bench: %s: %s\n", sql, sqlite3_errmsg(db));
    exit(1);
  }
  long long v = 0;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
  if (rc != SQLITE_DONE) {
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
  return run_sql(db, "SELECT count(*), sum(length(body)) FROM docs");
}

static const baseline BASE_PCRE = {"pcre2-jit number pass", run_pcre_baseline};
static const baseline BASE_UTF8 = {"utf-8 decode loop", run_utf8_baseline};
static const baseline BASE_LENGTH = {"length(body)", run_length_baseline};

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

/* The first column of each statement is the number of rows the function produced (for a
** scalar, of documents); a case named "... columns" reads what a user's query reads. */
static const bench_case cases[] = {
  {"length(body)", "SELECT count(*), sum(length(body)) FROM docs", &BASE_UTF8, 0.0},

  /* numbers (issue 3) */
  {"gwr_numbers", "SELECT count(*) FROM docs, gwr_numbers(docs.body)", &BASE_PCRE, 1.0},
  {"gwr_numbers columns", "SELECT count(*), sum(n.value), sum(n.base_value), count(n.unit),"
   " count(n.kind), count(n.qualifier), sum(n.start) FROM docs, gwr_numbers(docs.body) n",
   &BASE_PCRE, 0.0},

  /* outline (issue 4): the heading tree and the sentences of each document; the goal is
  ** one PCRE2-JIT pass. The text columns (joined across hard wraps) are extra work. */
  {"gwr_sections", "SELECT count(*) FROM docs, gwr_sections(docs.body)", &BASE_PCRE, 1.0},
  {"gwr_sections title+body", "SELECT count(*), sum(length(s.title) + length(s.body)) FROM docs,"
   " gwr_sections(docs.body) s", &BASE_PCRE, 0.0},
  {"gwr_sentences", "SELECT count(*) FROM docs, gwr_sentences(docs.body)", &BASE_PCRE, 1.0},
  {"gwr_sentences text", "SELECT count(*), sum(length(text)) FROM docs, gwr_sentences(docs.body)",
   &BASE_PCRE, 0.0},

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
  {"gwr_matches offsets", "SELECT count(*), sum(\"end\" - start) FROM docs, gwr_matches(docs.body, '"
   REGEXP_FIGURE "')", &BASE_REGEXP_FIGURES, 0.0},
  {"gwr_matches groups", "SELECT count(*), count(groups) FROM docs, gwr_matches(docs.body, '"
   REGEXP_FIGURE "')", &BASE_REGEXP_FIGURES, 0.0},
  {"gwr_regexp_like", "SELECT count(*), sum(gwr_regexp_like(body, '" REGEXP_ABSENT "')) FROM docs",
   &BASE_REGEXP_ABSENT, 0.8},
  {"gwr_regexp_replace", "SELECT count(*), sum(length(CAST(gwr_regexp_replace(body, '"
   REGEXP_FIGURE "', '<$1>') AS BLOB))) FROM docs", &BASE_REGEXP_SUBSTITUTE, 0.8},
};

#define N_CASES (sizeof cases / sizeof cases[0])
#define MAX_SCALES 8

static int cmp_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
  qsort(v, n, sizeof(double), cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static double time_baseline(sqlite3 *db, const doc_set *ds, const baseline *b)
{
  double t = cpu_now();
  if (b->run(db, ds) < 0) {
    fprintf(stderr, "gwr_bench: baseline %s failed\n", b->name);
    exit(1);
  }
  return cpu_now() - t;
}

/* What one case measured at one scale: median times of the case and of its baselines. */
typedef struct measure {
  double t;            /* the case */
  double t_pcre, t_utf8, t_length, t_own;
  /* ratios baseline / case: the median over rounds of each round's ratio (a round's
  ** baseline and case run back to back, so its ratio does not see the machine's drift,
  ** and the median leaves out the rounds a burst of other work fell into) */
  double x_pcre, x_utf8, x_length, x_own;
  long long rows;      /* first column of the statement: rows the function produced */
  sqlite3_int64 peak;  /* bytes beyond what was in use before the statement */
  int rounds;
} measure;

/* The median over rounds of base[r] / with[r]. */
static double median_ratio(const double *base, const double *with, int rounds)
{
  double *x = malloc(sizeof(double) * rounds);
  for (int r = 0; r < rounds; r++) x[r] = base[r] / with[r];
  double m = median(x, rounds);
  free(x);
  return m;
}

/* One case at one scale: `rounds` rounds; in each, the baselines and the case run once,
** the case last on even rounds and first on odd ones. */
static measure measure_case(sqlite3 *db, const doc_set *ds, const bench_case *bc, int rounds)
{
  const baseline *base[4] = {&BASE_PCRE, &BASE_UTF8, &BASE_LENGTH, bc->base};
  int nbase = (bc->base == &BASE_PCRE || bc->base == &BASE_UTF8 || bc->base == &BASE_LENGTH) ? 3 : 4;
  double *t = malloc(sizeof(double) * rounds * 5);
  measure m = {0};
  for (int r = 0; r < rounds; r++) {
    for (int step = 0; step <= nbase; step++) {
      int k = r % 2 ? nbase - step : step; /* k == nbase: the case */
      if (k < nbase) {
        t[k * rounds + r] = time_baseline(db, ds, base[k]);
        continue;
      }
      sqlite3_int64 before = sqlite3_memory_used();
      sqlite3_memory_highwater(1);
      double t0 = cpu_now();
      m.rows = run_sql(db, bc->sql);
      t[4 * rounds + r] = cpu_now() - t0;
      sqlite3_int64 p = sqlite3_memory_highwater(1) - before;
      /* the first round also holds what a connection builds once (lexicons, patterns) */
      if ((r > 0 || rounds == 1) && p > m.peak) m.peak = p;
    }
  }
  const double *tc = t + 4 * rounds;
  m.x_pcre = median_ratio(t, tc, rounds);
  m.x_utf8 = median_ratio(t + rounds, tc, rounds);
  m.x_length = median_ratio(t + 2 * rounds, tc, rounds);
  m.x_own = nbase == 4 ? median_ratio(t + 3 * rounds, tc, rounds)
            : bc->base == &BASE_PCRE ? m.x_pcre
            : bc->base == &BASE_UTF8 ? m.x_utf8
                                       : m.x_length;
  /* median() sorts: the ratios above are taken first */
  m.t_pcre = median(t, rounds);
  m.t_utf8 = median(t + rounds, rounds);
  m.t_length = median(t + 2 * rounds, rounds);
  m.t_own = nbase == 4 ? median(t + 3 * rounds, rounds)
            : bc->base == &BASE_PCRE ? m.t_pcre
            : bc->base == &BASE_UTF8 ? m.t_utf8
                                       : m.t_length;
  m.t = median(t + 4 * rounds, rounds);
  m.rounds = rounds;
  free(t);
  return m;
}

static void fill_docs(sqlite3 *db, const doc_set *ds)
{
  run_sql(db, "DELETE FROM docs");
  sqlite3_stmt *ins;
  sqlite3_prepare_v2(db, "INSERT INTO docs VALUES (?1)", -1, &ins, NULL);
  run_sql(db, "BEGIN");
  for (int i = 0; i < ds->n; i++) {
    sqlite3_bind_text(ins, 1, ds->text[i], (int)ds->len[i], SQLITE_STATIC);
    sqlite3_step(ins);
    sqlite3_reset(ins);
  }
  run_sql(db, "COMMIT");
  sqlite3_finalize(ins);
}

static int selected(const char *name, const char *only)
{
  if (!only) return 1;
  const char *p = only;
  while (*p) {
    size_t k = strcspn(p, ",");
    if (k > 0 && strlen(name) >= k) {
      for (const char *q = name; *q; q++)
        if (strncmp(q, p, k) == 0) return 1;
    }
    p += k;
    if (*p == ',') p++;
  }
  return 0;
}

static void print_machine(const char *when)
{
  double load[3] = {0, 0, 0};
  if (getloadavg(load, 3) < 0) load[0] = load[1] = load[2] = -1;
  char model[256] = "unknown";
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (f) {
    char line[512];
    while (fgets(line, sizeof line, f)) {
      char *colon = strchr(line, ':');
      if (strncmp(line, "model name", 10) == 0 && colon) {
        snprintf(model, sizeof model, "%s", colon + 2);
        model[strcspn(model, "\n")] = 0;
        break;
      }
    }
    fclose(f);
  }
  printf("machine %s: %ld CPUs (%s), load average %.2f %.2f %.2f\n", when,
         sysconf(_SC_NPROCESSORS_ONLN), model, load[0], load[1], load[2]);
}

static void usage(void)
{
  fprintf(stderr, "usage: gwr_bench [--mb N] [--scales 1,10,100] [--rounds R] [--budget S]\n"
                  "                 [--only NAME[,NAME...]] [--corpus DIR] [--one-doc] [--list]\n"
                  "                 [--profile NAME]\n");
  exit(2);
}

int main(int argc, char **argv)
{
  double scales[MAX_SCALES] = {1, 10, 100};
  int nscales = 3, rounds = 5, one_doc = 0;
  double budget = 20; /* seconds of CPU time for one case at one size, roughly */
  const char *only = NULL, *corpus = NULL, *profile = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--mb") && i + 1 < argc) {
      scales[0] = atof(argv[++i]);
      nscales = 1;
    } else if (!strcmp(argv[i], "--scales") && i + 1 < argc) {
      char *p = argv[++i];
      for (nscales = 0; *p && nscales < MAX_SCALES;) {
        scales[nscales++] = strtod(p, &p);
        if (*p == ',') p++;
        else if (*p) usage();
      }
    } else if (!strcmp(argv[i], "--rounds") && i + 1 < argc) {
      rounds = atoi(argv[++i]);
    } else if (!strcmp(argv[i], "--budget") && i + 1 < argc) {
      budget = atof(argv[++i]);
    } else if (!strcmp(argv[i], "--only") && i + 1 < argc) {
      only = argv[++i];
    } else if (!strcmp(argv[i], "--corpus") && i + 1 < argc) {
      corpus = argv[++i];
    } else if (!strcmp(argv[i], "--profile") && i + 1 < argc) {
      profile = argv[++i];
    } else if (!strcmp(argv[i], "--one-doc")) {
      one_doc = 1;
    } else if (!strcmp(argv[i], "--list")) {
      for (size_t c = 0; c < N_CASES; c++) printf("%-28s %s\n", cases[c].name, cases[c].sql);
      return 0;
    } else {
      usage();
    }
  }
  if (rounds < 1 || nscales < 1) usage();
  for (int i = 0; i < nscales; i++)
    if (!(scales[i] > 0) || (i > 0 && scales[i] <= scales[i - 1])) usage();

  size_t srclen = 0;
  int files = 0;
  const char *from = corpus ? corpus : "../shared/corpus";
  char *src = read_dir(from, &srclen, &files);
  if (!src && !corpus) {
    from = "tests/fixtures/reports (../shared/corpus not found)";
    src = read_dir("tests/fixtures/reports", &srclen, &files);
  }
  if (!src || srclen == 0) {
    fprintf(stderr, "gwr_bench: no text to measure in %s\n", from);
    return 1;
  }
  double top = scales[nscales - 1];
  size_t target = (size_t)(top * 1048576);
  doc_set all = make_docs(src, srclen, target, one_doc ? target : 138 * 1024);

  sqlite3_auto_extension((void (*)(void))sqlite3_gwr_init);
  sqlite3 *db;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
  run_sql(db, "CREATE TABLE docs(body TEXT)");

  if (profile) {
    fill_docs(db, &all);
    for (size_t c = 0; c < N_CASES; c++) {
      if (strcmp(cases[c].name, profile) != 0) continue;
      double t0 = cpu_now();
      for (int r = 0; r < rounds; r++) run_sql(db, cases[c].sql);
      printf("%s: %d x %.1f MB, %.3f s of CPU time\n", profile, rounds, all.total / 1048576.0,
             cpu_now() - t0);
      sqlite3_close(db);
      return 0;
    }
    fprintf(stderr, "gwr_bench: no case named '%s' (--list)\n", profile);
    return 2;
  }

  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, "SELECT gwr_debug()", -1, &st, NULL) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    printf("%s\n", (const char *)sqlite3_column_text(st, 0));
  }
  sqlite3_finalize(st);
  printf("text: %s (%d file%s, %.1f KB), in documents of %s\n", from, files, files == 1 ? "" : "s",
         srclen / 1024.0, one_doc ? "the whole scale (--one-doc)" : "about 138 KB");
  printf("times: process CPU time, median of %d alternating rounds (%d at the smaller sizes; n:"
         " fewer for a case slower than a budget of %g s); ratio = median of each round's"
         " baseline time / case time\n",
         rounds, 3 * rounds, budget);
  print_machine("before");

  measure(*res)[MAX_SCALES] = calloc(N_CASES, sizeof *res);
  doc_set at[MAX_SCALES];
  size_t doc_max = 0;
  double t_start = cpu_now();
  for (int s = 0; s < nscales; s++) {
    at[s] = one_doc ? make_docs(src, srclen, (size_t)(scales[s] * 1048576), (size_t)(scales[s] * 1048576))
                    : doc_prefix(&all, (size_t)(scales[s] * 1048576));
    fill_docs(db, &at[s]);
    if (s == nscales - 1) doc_max = largest_doc(&at[s]);
    for (size_t c = 0; c < N_CASES; c++) {
      if (!selected(cases[c].name, only)) continue;
      /* The smaller sizes take little time: more rounds steady their medians. A slow
      ** case (ICU's word breaks run at 15 MB/s) gets as many rounds as fit the budget,
      ** one at least, estimated from its rounds at the size before: a long run is an
      ** average of its own. */
      int r = s == nscales - 1 ? rounds : 3 * rounds;
      if (s > 0) {
        const measure *prev = &res[c][s - 1];
        double round = (prev->t + prev->t_pcre + prev->t_utf8 + prev->t_length +
                        (prev->t_own != prev->t_pcre && prev->t_own != prev->t_utf8 &&
                         prev->t_own != prev->t_length ? prev->t_own : 0)) *
                       (double)at[s].total / (double)at[s - 1].total;
        if (round * r > budget) r = round >= budget ? 1 : (int)(budget / round);
      }
      res[c][s] = measure_case(db, &at[s], &cases[c], r);
    }
  }

  const doc_set *big = &at[nscales - 1];
  double mb = big->total / 1048576.0;
  printf("\n%.1f MB in %d document%s (largest %.1f KB)\n", mb, big->n, big->n == 1 ? "" : "s",
         doc_max / 1024.0);
  printf("baselines: pcre2-jit number pass, utf-8 decode loop, length(body); own: the case's own"
         " baseline, held against the goal\n");
  printf("%-26s %8s %11s %11s %6s %6s %6s  %-22s %6s %5s %9s %2s\n", "case", "MB/s", "rows",
         "rows/s", "xpcre", "xutf8", "xlen", "own baseline", "xown", "goal", "mem/doc", "n");
  int below = 0, over_memory = 0;
  for (size_t c = 0; c < N_CASES; c++) {
    if (!selected(cases[c].name, only)) continue;
    const measure *m = &res[c][nscales - 1];
    double own = m->x_own;
    int miss = cases[c].goal > 0 && own < cases[c].goal;
    double mem = (double)(m->peak - (sqlite3_int64)doc_max) / (double)doc_max;
    if (mem > 3.0) over_memory++;
    below += miss;
    printf("%-26s %8.1f %11lld %11.0f %5.2fx %5.2fx %5.2fx  %-22s %5.2fx %4.1fx %8.2fx %2d%s\n",
           cases[c].name, mb / m->t, m->rows, m->rows / m->t, m->x_pcre, m->x_utf8,
           m->x_length, cases[c].base->name, own, cases[c].goal,
           mem < 0 ? 0.0 : mem, m->rounds, miss ? "  < goal" : mem > 3.0 ? "  > 3x doc" : "");
  }

  if (nscales > 1) {
    /* Two sizes are measured minutes apart, and the machine's speed drifts in between; the
    ** baselines, linear by construction and run alternately with each case, measure the
    ** drift. Growth is the case's time ratio of the two largest sizes; linear means that
    ** it is at most 1.1 times the median growth of its baselines. */
    printf("\nscaling: MB/s of each case at each size; growth = time(%gMB) / time(%gMB), raw and"
           " divided by the median growth of its baselines (linear: <= 1.10)\n",
           scales[nscales - 1], scales[nscales - 2]);
    printf("%-26s", "case");
    for (int s = 0; s < nscales; s++) {
      char head[32];
      snprintf(head, sizeof head, "@%gMB", scales[s]);
      printf(" %9s", head);
    }
    printf(" %9s %9s\n", "growth", "relative");
    int nonlinear = 0;
    for (size_t c = 0; c < N_CASES; c++) {
      if (!selected(cases[c].name, only)) continue;
      printf("%-26s", cases[c].name);
      for (int s = 0; s < nscales; s++) printf(" %9.1f", at[s].total / 1048576.0 / res[c][s].t);
      const measure *hi = &res[c][nscales - 1], *lo = &res[c][nscales - 2];
      double drift[4] = {hi->t_pcre / lo->t_pcre, hi->t_utf8 / lo->t_utf8,
                         hi->t_length / lo->t_length, hi->t_own / lo->t_own};
      double growth = hi->t / lo->t, relative = growth / median(drift, 4);
      int bad = relative > 1.10;
      nonlinear += bad;
      printf(" %8.2fx %8.2fx%s\n", growth, relative, bad ? "  not linear" : "");
    }
    printf("gwr_bench: %d case(s) not linear\n", nonlinear);
  }
  printf("\n");
  print_machine("after");
  printf("gwr_bench: %d case(s) below their goal, %d over 3x the document in memory;"
         " %.0f s of CPU time\n", below, over_memory, cpu_now() - t_start);
  sqlite3_close(db);
  return 0;
}
