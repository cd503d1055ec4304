/*
** Regular expressions (SPEC §7), on PCRE2 (8-bit) with UTF and UCP on.
**
**   SELECT region FROM reports WHERE body REGEXP '增长\d+(?:\.\d+)?%左右';
**   SELECT gwr_regexp_like(body, '(?i)gdp');                    -- 1/0
**   SELECT gwr_regexp_substr(body, '\d+(?:\.\d+)?%');          -- the first match or NULL
**   SELECT gwr_regexp_capture(body, '(?<year>\d{4})年', 'year');   -- a group of it
**   SELECT gwr_regexp_replace(body, '\s+', ' ');                -- every match replaced
**   SELECT id, match, start, end, groups FROM gwr_matches(body, '(\d+)个百分点');
**
** A pattern is compiled (and JIT-compiled when PCRE2 has a JIT) once per statement: the
** scalars keep it with sqlite3_set_auxdata(), gwr_matches in its cursor. Each compiled
** pattern belongs to one statement, which runs on one thread at a time, so connections in
** several threads never share anything mutable. The subject is validated once by the input
** policy (input.h) and every match runs with PCRE2_NO_UTF_CHECK: PCRE2 would otherwise
** re-validate the rest of the text at each match of a scan (measured on a 138 KB report
** with 183 matches: 25x slower, and worse with more matches).
*/
#include "glue.h"
#include "input.h"
#include "tvf.h"
#include "utf8.h"

#include <pcre2.h>
#include <string.h>

/* PCRE2's JIT scans a subject in aligned 16-byte blocks that may reach past its end into
** bytes nobody initialised: harmless (they are masked off, PCRE2Project/pcre2#995), but
** valgrind reports each one. Under valgrind the interpreter runs, and is checked instead. */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define REGEX_USE_JIT (!RUNNING_ON_VALGRIND)
#endif
#endif
#ifndef REGEX_USE_JIT
#define REGEX_USE_JIT 1
#endif

/* \C is locked out: it matches one byte and could end a match inside a character. */
#define REGEX_COMPILE_OPTIONS (PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK | PCRE2_NEVER_BACKSLASH_C)

/* The limits of one match (docs/regexp.md). Reaching one is an error, never "no match". */
#define REGEX_MATCH_LIMIT 10000000          /* backtracking steps (PCRE2's default) */
#define REGEX_DEPTH_LIMIT 10000000          /* nested backtracking points (PCRE2's default) */
#define REGEX_HEAP_LIMIT_KIB (256 * 1024)   /* memory for backtracking without the JIT */
#define REGEX_JIT_STACK_START (32 * 1024)
#define REGEX_JIT_STACK_MAX (64 * 1024 * 1024)

/* What to do about a limit: too many steps (nested quantifiers), or too many places kept to
** backtrack to (a long repeat of a group). */
#define REGEX_HINT_STEPS \
  "the pattern backtracks too much on this text; avoid nested quantifiers such as (a+)+"
#define REGEX_HINT_POINTS                                                      \
  "the pattern keeps too many places to backtrack to on this text; make long " \
  "repeats possessive, such as (?:a|b)*+"

static const struct {
  int rc;            /* what pcre2_match() returns */
  const char *zName; /* the limit as the error names it */
  long long value;
  const char *zUnit;
  const char *zHint; /* what to do about it */
} regex_limits[] = {
  {PCRE2_ERROR_MATCHLIMIT, "match limit", REGEX_MATCH_LIMIT, "backtracking steps",
   REGEX_HINT_STEPS},
  {PCRE2_ERROR_DEPTHLIMIT, "depth limit", REGEX_DEPTH_LIMIT, "nested backtracking points",
   REGEX_HINT_POINTS},
  {PCRE2_ERROR_HEAPLIMIT, "heap limit", REGEX_HEAP_LIMIT_KIB, "KiB", REGEX_HINT_POINTS},
  {PCRE2_ERROR_JIT_STACKLIMIT, "JIT stack limit", REGEX_JIT_STACK_MAX / 1024, "KiB",
   REGEX_HINT_POINTS},
};

/* A compiled pattern with what its matches need. */
typedef struct regex {
  pcre2_general_context *gcx; /* PCRE2 allocates through sqlite3_malloc64() */
  pcre2_match_context *mcx;   /* the limits, and the JIT stack once there is one */
  pcre2_code *code;
  pcre2_jit_stack *jit_stack; /* NULL until a match overflows PCRE2's default 32 KiB */
  uint32_t ngroups;           /* capturing groups */
  int allocFailed;            /* an allocation for PCRE2 failed */
} regex;

static void *regex_malloc(PCRE2_SIZE n, void *pRegex)
{
  void *p = sqlite3_malloc64(n ? n : 1);
  if (p == NULL) ((regex *)pRegex)->allocFailed = 1;
  return p;
}

static void regex_free_memory(void *p, void *unused)
{
  (void)unused;
  sqlite3_free(p);
}

/* Every PCRE2 failure becomes "fn(): ..." here. rc is a pcre2_compile() error (positive)
** or a match/substitute one (negative). zWhere ("pattern", "replacement") and iChar (a
** character offset in it) locate a syntax error; zWhere is NULL for match errors. */
static int regex_error(const char *zFunc, int rc, const char *zWhere, long long iChar,
                       char **pzErr)
{
  *pzErr = NULL;
  if (rc == PCRE2_ERROR_NOMEMORY || rc == PCRE2_ERROR_HEAP_FAILED) return SQLITE_NOMEM;
  for (size_t i = 0; i < sizeof regex_limits / sizeof regex_limits[0]; i++) {
    if (regex_limits[i].rc != rc) continue;
    *pzErr = gwr_errorf(zFunc, "PCRE2 %s exceeded (%lld %s): %s", regex_limits[i].zName,
                        regex_limits[i].value, regex_limits[i].zUnit, regex_limits[i].zHint);
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  PCRE2_UCHAR zMsg[256];
  if (pcre2_get_error_message(rc, zMsg, sizeof zMsg) < 0) {
    sqlite3_snprintf(sizeof zMsg, (char *)zMsg, "error %d", rc);
  }
  if (zWhere) {
    *pzErr = gwr_errorf(zFunc, "invalid %s at character %lld: %s", zWhere, iChar, zMsg);
  } else {
    *pzErr = gwr_errorf(zFunc, "PCRE2 error: %s", zMsg);
  }
  return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

static void regex_destroy(void *p)
{
  regex *re = p;
  if (re == NULL) return;
  pcre2_jit_stack_free(re->jit_stack);
  pcre2_code_free(re->code);
  pcre2_match_context_free(re->mcx);
  pcre2_general_context_free(re->gcx);
  sqlite3_free(re);
}

/* Compiles a validated pattern no longer than the connection's LIKE pattern limit. */
static int regex_compile(const char *zFunc, sqlite3 *db, const gwr_doc *pattern, regex **pRe,
                         char **pzErr)
{
  *pRe = NULL;
  *pzErr = NULL;
  int limit = sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, -1);
  if (pattern->n > (size_t)limit) {
    *pzErr = gwr_errorf(zFunc,
                        "pattern of %lld bytes exceeds SQLITE_LIMIT_LIKE_PATTERN_LENGTH (%d)",
                        (long long)pattern->n, limit);
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  regex *re = sqlite3_malloc64(sizeof *re);
  if (re == NULL) return SQLITE_NOMEM;
  memset(re, 0, sizeof *re);
  re->gcx = pcre2_general_context_create(regex_malloc, regex_free_memory, re);
  pcre2_compile_context *ccx = re->gcx ? pcre2_compile_context_create(re->gcx) : NULL;
  re->mcx = re->gcx ? pcre2_match_context_create(re->gcx) : NULL;
  if (ccx == NULL || re->mcx == NULL) {
    pcre2_compile_context_free(ccx);
    regex_destroy(re);
    return SQLITE_NOMEM;
  }
  /* Reports come with CRLF, CR and U+2028 line ends as well as LF (chars.h). */
  pcre2_set_newline(ccx, PCRE2_NEWLINE_ANY);
  int err;
  PCRE2_SIZE errOffset;
  re->code = pcre2_compile(pattern->z, pattern->n, REGEX_COMPILE_OPTIONS, &err, &errOffset, ccx);
  pcre2_compile_context_free(ccx);
  if (re->code == NULL) {
    regex_destroy(re);
    return regex_error(zFunc, err, "pattern", (long long)utf8_length(pattern->z, errOffset), pzErr);
  }
  /* Without a JIT (none for this CPU, or no executable memory) the interpreter runs:
  ** slower, same answers. Out of memory is out of memory, though. */
  if (REGEX_USE_JIT && pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE) != 0 && re->allocFailed) {
    regex_destroy(re);
    return SQLITE_NOMEM;
  }
  pcre2_set_match_limit(re->mcx, REGEX_MATCH_LIMIT);
  pcre2_set_depth_limit(re->mcx, REGEX_DEPTH_LIMIT);
  pcre2_set_heap_limit(re->mcx, REGEX_HEAP_LIMIT_KIB);
  pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &re->ngroups);
  *pRe = re;
  return SQLITE_OK;
}

/* Called after a match or substitution failed with *rc. The first time the JIT stack
** overflows, the pattern gets a larger one for the rest of the statement: returns 1 and
** the caller runs the call again. Otherwise returns 0 and *rc stands. */
static int regex_retry(regex *re, int *rc)
{
  if (*rc != PCRE2_ERROR_JIT_STACKLIMIT || re->jit_stack != NULL) return 0;
  re->jit_stack = pcre2_jit_stack_create(REGEX_JIT_STACK_START, REGEX_JIT_STACK_MAX, re->gcx);
  if (re->jit_stack == NULL) {
    *rc = PCRE2_ERROR_NOMEMORY;
    return 0;
  }
  pcre2_jit_stack_assign(re->mcx, NULL, re->jit_stack);
  return 1;
}

/* pcre2_match() on a validated subject from byte offset start (a character boundary). */
static int regex_match(regex *re, const gwr_doc *subject, size_t start, uint32_t options,
                       pcre2_match_data *md)
{
  int rc;
  do {
    rc = pcre2_match(re->code, subject->z, subject->n, start, options | PCRE2_NO_UTF_CHECK, md,
                     re->mcx);
  } while (regex_retry(re, &rc));
  return rc;
}

/* ---- Scalar functions ------------------------------------------------------------ */

/* One call of a scalar: its validated text and its compiled pattern. */
typedef struct regex_call {
  const char *zFunc;
  gwr_doc text;
  regex *re;
  int iPattern; /* argument index of the pattern */
  int isNew;    /* re was compiled by this call: regex_call_end() caches it */
} regex_call;

/* Reads the text and the pattern of a call and finds its compiled pattern. Returns 0 when
** the result is already set: NULL when an argument is NULL, or an error. */
static int regex_call_begin(regex_call *call, sqlite3_context *ctx, int argc, sqlite3_value **argv,
                            const char *zFunc, int iText, int iPattern)
{
  memset(call, 0, sizeof *call);
  call->zFunc = zFunc;
  call->iPattern = iPattern;
  for (int i = 0; i < argc; i++) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) return 0; /* the result stays NULL */
  }
  char *zErr;
  int rc = gwr_doc_read(zFunc, argv[iText], &call->text, &zErr);
  if (rc == SQLITE_OK) call->re = sqlite3_get_auxdata(ctx, iPattern);
  if (rc == SQLITE_OK && call->re == NULL) {
    gwr_doc pattern;
    rc = gwr_arg_text(zFunc, "pattern", argv[iPattern], &pattern, &zErr);
    if (rc == SQLITE_OK) {
      rc = regex_compile(zFunc, sqlite3_context_db_handle(ctx), &pattern, &call->re, &zErr);
    }
    call->isNew = rc == SQLITE_OK;
  }
  if (rc != SQLITE_OK) {
    gwr_result_error(ctx, rc, zErr);
    return 0;
  }
  return 1;
}

/* Keeps a newly compiled pattern for the statement's next calls (SQLite frees it when the
** pattern argument is not constant). */
static void regex_call_end(regex_call *call, sqlite3_context *ctx)
{
  if (call->isNew) sqlite3_set_auxdata(ctx, call->iPattern, call->re, regex_destroy);
}

/* Runs the first match of a call into md: 1 on a match, 0 when there is none, -1 on an
** error (then set as the result). */
static int regex_call_match(regex_call *call, sqlite3_context *ctx, pcre2_match_data *md)
{
  if (md == NULL) {
    sqlite3_result_error_nomem(ctx);
    return -1;
  }
  int rc = regex_match(call->re, &call->text, 0, 0, md);
  if (rc >= 0) return 1;
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  char *zErr;
  int sqlRc = regex_error(call->zFunc, rc, NULL, 0, &zErr);
  gwr_result_error(ctx, sqlRc, zErr);
  return -1;
}

/* regexp(pattern, text) and gwr_regexp_like(text, pattern): 1 when the pattern matches
** anywhere in the text, else 0. */
static void like_result(sqlite3_context *ctx, int argc, sqlite3_value **argv, const char *zFunc,
                        int iText, int iPattern)
{
  regex_call call;
  if (!regex_call_begin(&call, ctx, argc, argv, zFunc, iText, iPattern)) return;
  pcre2_match_data *md = pcre2_match_data_create(1, call.re->gcx);
  int found = regex_call_match(&call, ctx, md);
  if (found >= 0) sqlite3_result_int(ctx, found);
  pcre2_match_data_free(md);
  regex_call_end(&call, ctx);
}

static void regexp_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  like_result(ctx, argc, argv, "regexp", 1, 0);
}

static void like_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  like_result(ctx, argc, argv, "gwr_regexp_like", 0, 1);
}

/* Sets the text of group n of the match in md as the result, NULL when it is unset. */
static void result_group(sqlite3_context *ctx, const char *zFunc, const gwr_doc *text,
                         pcre2_match_data *md, int n)
{
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
  if (n < 0 || ov[2 * n] == PCRE2_UNSET) return;
  gwr_result_text(ctx, zFunc, n ? "group" : "match", (const char *)text->z + ov[2 * n],
                  ov[2 * n + 1] - ov[2 * n], SQLITE_TRANSIENT);
}

/* gwr_regexp_substr(text, pattern): the first match, or NULL. */
static void substr_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  regex_call call;
  if (!regex_call_begin(&call, ctx, argc, argv, "gwr_regexp_substr", 0, 1)) return;
  pcre2_match_data *md = pcre2_match_data_create(1, call.re->gcx);
  if (regex_call_match(&call, ctx, md) > 0) result_group(ctx, "gwr_regexp_substr", &call.text, md, 0);
  pcre2_match_data_free(md);
  regex_call_end(&call, ctx);
}

/* The group gwr_regexp_capture() reads: a number, or a name. With (?J) or (?|...) several
** groups may share a name; then the first of them that is set counts, as in Perl. */
typedef struct group_ref {
  int number;             /* the group, when first is NULL */
  PCRE2_SPTR first, last; /* the entries of the name in the pattern's name table */
  int entrySize;
} group_ref;

/* Refers g to group n, which must exist in the pattern. */
static int group_by_number(const char *zFunc, const regex *re, sqlite3_int64 n, group_ref *g,
                           char **pzErr)
{
  memset(g, 0, sizeof *g);
  if (n < 0 || n > (sqlite3_int64)re->ngroups) {
    if (re->ngroups == 0) {
      *pzErr = gwr_errorf(zFunc, "group %lld does not exist: the pattern has no groups", n);
    } else {
      *pzErr = gwr_errorf(zFunc, "group %lld does not exist: the pattern has %u group%s", n,
                          re->ngroups, re->ngroups == 1 ? "" : "s");
    }
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  g->number = (int)n;
  return SQLITE_OK;
}

/* Reads the group argument: an integer 0..ngroups, or TEXT naming a group. */
static int group_read(const char *zFunc, const regex *re, sqlite3_value *v, group_ref *g,
                      char **pzErr)
{
  *pzErr = NULL;
  int type = sqlite3_value_numeric_type(v);
  if (type != SQLITE_TEXT && type != SQLITE_BLOB) {
    sqlite3_int64 n;
    int isNull;
    int rc = gwr_arg_int(zFunc, "group", v, &n, &isNull, pzErr);
    return rc == SQLITE_OK ? group_by_number(zFunc, re, n, g, pzErr) : rc;
  }
  memset(g, 0, sizeof *g);
  gwr_doc name;
  int rc = gwr_arg_text(zFunc, "group", v, &name, pzErr);
  if (rc != SQLITE_OK) return rc;
  const unsigned char *zName = sqlite3_value_text(v); /* the same bytes, NUL-terminated */
  if (zName == NULL) return SQLITE_NOMEM;
  int size = pcre2_substring_nametable_scan(re->code, zName, &g->first, &g->last);
  if (size < 0) {
    *pzErr = gwr_errorf(zFunc, "the pattern has no group named '%s'", zName);
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  g->entrySize = size;
  return SQLITE_OK;
}

/* The group of a match that g refers to, or -1 when it is unset. */
static int group_number(const group_ref *g, pcre2_match_data *md)
{
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
  if (g->first == NULL) return g->number;
  for (PCRE2_SPTR entry = g->first; entry <= g->last; entry += g->entrySize) {
    int n = (entry[0] << 8) | entry[1];
    if (ov[2 * n] != PCRE2_UNSET) return n;
  }
  return -1;
}

/* gwr_regexp_capture(text, pattern [, group]): group `group` (default 1) of the first
** match; NULL when nothing matches or the group took no part in the match. */
static void capture_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  static const char zFunc[] = "gwr_regexp_capture";
  regex_call call;
  if (!regex_call_begin(&call, ctx, argc, argv, zFunc, 0, 1)) return;
  group_ref group;
  char *zErr = NULL;
  int rc = argc > 2 ? group_read(zFunc, call.re, argv[2], &group, &zErr)
                    : group_by_number(zFunc, call.re, 1, &group, &zErr);
  if (rc != SQLITE_OK) {
    gwr_result_error(ctx, rc, zErr);
  } else {
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(call.re->code, call.re->gcx);
    if (regex_call_match(&call, ctx, md) > 0) {
      result_group(ctx, "gwr_regexp_capture", &call.text, md, group_number(&group, md));
    }
    pcre2_match_data_free(md);
  }
  regex_call_end(&call, ctx);
}

/* Replaces every match in text by replacement, into *pOut (sqlite3_malloc64()ed, *pLen
** bytes). The buffer starts at about the size of the text; when it is too small PCRE2 says
** how much it needs (OVERFLOW_LENGTH) and the substitution runs again with that much: no
** fixed buffer, no cap but SQLite's own length limit. */
static int substitute_all(const char *zFunc, regex *re, const gwr_doc *text,
                          const gwr_doc *replacement, sqlite3_int64 maxLength,
                          unsigned char **pOut, size_t *pLen, char **pzErr)
{
  const uint32_t options = PCRE2_SUBSTITUTE_GLOBAL | PCRE2_SUBSTITUTE_OVERFLOW_LENGTH |
                           PCRE2_SUBSTITUTE_UNSET_EMPTY | PCRE2_NO_UTF_CHECK;
  *pOut = NULL;
  *pLen = 0;
  *pzErr = NULL;
  pcre2_match_data *md = pcre2_match_data_create_from_pattern(re->code, re->gcx);
  if (md == NULL) return SQLITE_NOMEM;
  /* Never more than the longest result SQLite takes, terminating zero included. */
  PCRE2_SIZE size = text->n + 64 < (size_t)maxLength ? text->n + 64 : (size_t)maxLength + 1;
  int rc = SQLITE_OK;
  for (;;) {
    PCRE2_UCHAR *out = sqlite3_malloc64(size);
    if (out == NULL) {
      rc = SQLITE_NOMEM;
      break;
    }
    PCRE2_SIZE len = size;
    int n = pcre2_substitute(re->code, text->z, text->n, 0, options, md, re->mcx,
                             replacement->z, replacement->n, out, &len);
    if (n >= 0) {
      *pOut = out;
      *pLen = len;
      break;
    }
    sqlite3_free(out);
    if (n == PCRE2_ERROR_NOMEMORY && len != PCRE2_UNSET && len > size) {
      /* len is the size PCRE2 needs, its terminating zero included. */
      if (len - 1 > (size_t)maxLength) {
        *pzErr = gwr_errorf(zFunc, "the result of %lld bytes exceeds SQLITE_LIMIT_LENGTH (%lld)",
                            (long long)(len - 1), maxLength);
        rc = *pzErr ? SQLITE_TOOBIG : SQLITE_NOMEM;
        break;
      }
      size = len;
    } else if (!regex_retry(re, &n)) {
      /* An error in the replacement leaves its offset in the replacement in len. */
      int inReplacement = n == PCRE2_ERROR_BADREPLACEMENT || n == PCRE2_ERROR_BADREPESCAPE ||
                          n == PCRE2_ERROR_REPMISSINGBRACE || n == PCRE2_ERROR_NOSUBSTRING;
      size_t offset = len < replacement->n ? len : replacement->n;
      rc = regex_error(zFunc, n, inReplacement ? "replacement" : NULL,
                       (long long)utf8_length(replacement->z, offset), pzErr);
      break;
    }
  }
  pcre2_match_data_free(md);
  return rc;
}

/* gwr_regexp_replace(text, pattern, replacement): every match replaced; $1, ${1}, ${name}
** and $$ in the replacement (an unset group gives ''). */
static void replace_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  static const char zFunc[] = "gwr_regexp_replace";
  regex_call call;
  if (!regex_call_begin(&call, ctx, argc, argv, zFunc, 0, 1)) return;
  gwr_doc replacement;
  char *zErr = NULL;
  unsigned char *out = NULL;
  size_t len = 0;
  int rc = gwr_arg_text(zFunc, "replacement", argv[2], &replacement, &zErr);
  if (rc == SQLITE_OK) {
    sqlite3 *db = sqlite3_context_db_handle(ctx);
    sqlite3_int64 maxLength = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1);
    rc = substitute_all(zFunc, call.re, &call.text, &replacement, maxLength, &out, &len, &zErr);
  }
  if (rc == SQLITE_OK) {
    sqlite3_result_text64(ctx, (const char *)out, len, sqlite3_free, SQLITE_UTF8);
  } else {
    gwr_result_error(ctx, rc, zErr);
  }
  regex_call_end(&call, ctx);
}

/* ---- gwr_matches(text, pattern) ------------------------------------------------------ */

static const char matches_schema[] =
    "CREATE TABLE x(id INTEGER, \"match\" TEXT, start INTEGER, \"end\" INTEGER, groups TEXT,"
    " text HIDDEN, pattern HIDDEN)";
enum { MATCHES_ID, MATCHES_MATCH, MATCHES_START, MATCHES_END, MATCHES_GROUPS, MATCHES_TEXT };

typedef struct matches_vtab {
  gwr_tvf base;
  sqlite3 *db; /* for its LIKE pattern length limit */
} matches_vtab;

typedef struct matches_cursor {
  sqlite3_vtab_cursor base;
  sqlite3_value *textValue; /* a copy of the text argument, alive as long as the rows */
  gwr_doc text;             /* its validated bytes */
  unsigned char *zPattern;  /* the source of re: the next filter reuses re for the same */
  size_t nPattern;
  regex *re;
  pcre2_match_data *md; /* the current match */
  sqlite3_int64 id;     /* of the current match; 0 before the first */
  int eof;
  size_t countedByte;         /* the text's characters before this byte ... */
  sqlite3_int64 countedChars; /* ... are this many: offsets are counted on from here */
} matches_cursor;

static int matches_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                           sqlite3_vtab **ppVtab, char **pzErr)
{
  static const char *const azArg[] = {"text", "pattern"};
  (void)pAux;
  (void)argc;
  (void)argv;
  int rc = gwr_tvf_connect(db, matches_schema, "gwr_matches", azArg, MATCHES_TEXT, 2, 2,
                           sizeof(matches_vtab), ppVtab, pzErr);
  if (rc == SQLITE_OK) ((matches_vtab *)*ppVtab)->db = db;
  return rc;
}

static int matches_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **ppCursor)
{
  (void)vtab;
  matches_cursor *cur = sqlite3_malloc64(sizeof *cur);
  if (cur == NULL) return SQLITE_NOMEM;
  memset(cur, 0, sizeof *cur);
  cur->eof = 1;
  *ppCursor = &cur->base;
  return SQLITE_OK;
}

static int matches_close(sqlite3_vtab_cursor *base)
{
  matches_cursor *cur = (matches_cursor *)base;
  sqlite3_value_free(cur->textValue);
  pcre2_match_data_free(cur->md);
  regex_destroy(cur->re);
  sqlite3_free(cur->zPattern);
  sqlite3_free(cur);
  return SQLITE_OK;
}

/* Finds the match after the current one (the first when id is 0). After an empty match
** the next may not be empty at the same place, so that the scan moves on. */
static int matches_step(matches_cursor *cur)
{
  size_t start = 0;
  uint32_t options = 0;
  if (cur->id > 0) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(cur->md);
    start = ov[1];
    if (ov[0] == ov[1]) options = PCRE2_NOTEMPTY_ATSTART;
  }
  int rc = regex_match(cur->re, &cur->text, start, options, cur->md);
  if (rc == PCRE2_ERROR_NOMATCH) {
    cur->eof = 1;
    return SQLITE_OK;
  }
  if (rc < 0) {
    char *zErr;
    int sqlRc = regex_error("gwr_matches", rc, NULL, 0, &zErr);
    return gwr_vtab_error(cur->base.pVtab, sqlRc, zErr);
  }
  cur->id++;
  return SQLITE_OK;
}

/* Makes cur->re the compiled pattern, reusing the previous filter's when it is the same. */
static int matches_use_pattern(matches_cursor *cur, sqlite3 *db, const gwr_doc *pattern,
                               char **pzErr)
{
  *pzErr = NULL;
  if (cur->re && cur->nPattern == pattern->n &&
      memcmp(cur->zPattern, pattern->z, pattern->n) == 0) {
    return SQLITE_OK;
  }
  pcre2_match_data_free(cur->md);
  regex_destroy(cur->re);
  sqlite3_free(cur->zPattern);
  cur->md = NULL;
  cur->re = NULL;
  cur->zPattern = NULL;
  int rc = regex_compile("gwr_matches", db, pattern, &cur->re, pzErr);
  if (rc != SQLITE_OK) return rc;
  cur->md = pcre2_match_data_create_from_pattern(cur->re->code, cur->re->gcx);
  cur->zPattern = sqlite3_malloc64(pattern->n + 1);
  if (cur->md == NULL || cur->zPattern == NULL) {
    pcre2_match_data_free(cur->md); /* so that the next filter starts over */
    regex_destroy(cur->re);
    cur->md = NULL;
    cur->re = NULL;
    return SQLITE_NOMEM;
  }
  memcpy(cur->zPattern, pattern->z, pattern->n);
  cur->nPattern = pattern->n;
  return SQLITE_OK;
}

static int matches_filter(sqlite3_vtab_cursor *base, int idxNum, const char *idxStr, int argc,
                          sqlite3_value **argv)
{
  matches_cursor *cur = (matches_cursor *)base;
  sqlite3_vtab *vtab = base->pVtab;
  (void)idxStr;
  sqlite3_value_free(cur->textValue);
  cur->textValue = NULL;
  cur->eof = 1;
  cur->id = 0;
  cur->countedByte = 0;
  cur->countedChars = 0;
  sqlite3_value *args[2];
  int rc = gwr_tvf_args(vtab, idxNum, argc, argv, args);
  if (rc != SQLITE_OK) return rc;
  if (sqlite3_value_type(args[0]) == SQLITE_NULL || sqlite3_value_type(args[1]) == SQLITE_NULL) {
    return SQLITE_OK; /* no rows */
  }
  cur->textValue = sqlite3_value_dup(args[0]);
  if (cur->textValue == NULL) return SQLITE_NOMEM;
  char *zErr;
  gwr_doc pattern;
  rc = gwr_doc_read("gwr_matches", cur->textValue, &cur->text, &zErr);
  if (rc == SQLITE_OK) rc = gwr_arg_text("gwr_matches", "pattern", args[1], &pattern, &zErr);
  if (rc == SQLITE_OK) rc = matches_use_pattern(cur, ((matches_vtab *)vtab)->db, &pattern, &zErr);
  if (rc != SQLITE_OK) return gwr_vtab_error(vtab, rc, zErr);
  cur->eof = 0;
  return matches_step(cur);
}

static int matches_next(sqlite3_vtab_cursor *base)
{
  return matches_step((matches_cursor *)base);
}

static int matches_eof(sqlite3_vtab_cursor *base)
{
  return ((matches_cursor *)base)->eof;
}

/* The character offset of byte pos. Rows ask in increasing order, so counting goes on
** from the last answer: one pass over the text for all the rows. */
static sqlite3_int64 matches_char_offset(matches_cursor *cur, size_t pos)
{
  const unsigned char *z = cur->text.z;
  if (pos >= cur->countedByte) {
    cur->countedChars += (sqlite3_int64)utf8_length(z + cur->countedByte, pos - cur->countedByte);
  } else {
    cur->countedChars -= (sqlite3_int64)utf8_length(z + pos, cur->countedByte - pos);
  }
  cur->countedByte = pos;
  return cur->countedChars;
}

/* Appends z[0..n) as a JSON string. */
static void json_append_string(sqlite3_str *out, const unsigned char *z, size_t n)
{
  static const char hex[] = "0123456789abcdef";
  sqlite3_str_appendchar(out, 1, '"');
  size_t run = 0; /* bytes of z before i not yet appended */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = z[i];
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    sqlite3_str_append(out, (const char *)z + run, (int)(i - run));
    run = i + 1;
    switch (c) {
    case '"': sqlite3_str_append(out, "\\\"", 2); break;
    case '\\': sqlite3_str_append(out, "\\\\", 2); break;
    case '\n': sqlite3_str_append(out, "\\n", 2); break;
    case '\r': sqlite3_str_append(out, "\\r", 2); break;
    case '\t': sqlite3_str_append(out, "\\t", 2); break;
    default: {
      char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
      sqlite3_str_append(out, esc, 6);
    }
    }
  }
  sqlite3_str_append(out, (const char *)z + run, (int)(n - run));
  sqlite3_str_appendchar(out, 1, '"');
}

/* The groups column: a JSON array of the texts of groups 1..n, null for an unset one. */
static void matches_result_groups(sqlite3_context *ctx, const matches_cursor *cur)
{
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(cur->md);
  sqlite3_str *out = sqlite3_str_new(NULL);
  sqlite3_str_appendchar(out, 1, '[');
  for (uint32_t g = 1; g <= cur->re->ngroups; g++) {
    if (g > 1) sqlite3_str_appendchar(out, 1, ',');
    if (ov[2 * g] == PCRE2_UNSET) {
      sqlite3_str_append(out, "null", 4);
    } else {
      json_append_string(out, cur->text.z + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
    }
  }
  sqlite3_str_appendchar(out, 1, ']');
  gwr_result_str(ctx, "gwr_matches", "groups array", out);
}

static int matches_column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int iCol)
{
  matches_cursor *cur = (matches_cursor *)base;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(cur->md);
  switch (iCol) {
  case MATCHES_ID:
    sqlite3_result_int64(ctx, cur->id);
    break;
  case MATCHES_MATCH:
    gwr_result_text(ctx, "gwr_matches", "match", (const char *)cur->text.z + ov[0], ov[1] - ov[0],
                    SQLITE_TRANSIENT);
    break;
  case MATCHES_START:
    sqlite3_result_int64(ctx, matches_char_offset(cur, ov[0]));
    break;
  case MATCHES_END:
    sqlite3_result_int64(ctx, matches_char_offset(cur, ov[1]));
    break;
  case MATCHES_GROUPS:
    matches_result_groups(ctx, cur);
    break;
  case MATCHES_TEXT:
    sqlite3_result_value(ctx, cur->textValue);
    break;
  default:
    sqlite3_result_text64(ctx, (const char *)cur->zPattern, cur->nPattern, SQLITE_TRANSIENT,
                          SQLITE_UTF8);
    break;
  }
  return SQLITE_OK;
}

static int matches_rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *pRowid)
{
  *pRowid = ((matches_cursor *)base)->id;
  return SQLITE_OK;
}

static sqlite3_module matches_module =
    GWR_TVF_MODULE(matches_connect, matches_open, matches_close, matches_filter, matches_next,
                   matches_eof, matches_column, matches_rowid);

int gwr_register_regexp(sqlite3 *db)
{
  static const struct {
    const char *zName;
    int nArg;
    void (*xFunc)(sqlite3_context *, int, sqlite3_value **);
  } functions[] = {
    /* Replaces the sqlite3 shell's own regexp() when the extension is loaded. */
    {"regexp", 2, regexp_func},
    {"gwr_regexp_like", 2, like_func},
    {"gwr_regexp_substr", 2, substr_func},
    {"gwr_regexp_capture", 2, capture_func},
    {"gwr_regexp_capture", 3, capture_func},
    {"gwr_regexp_replace", 3, replace_func},
  };
  int rc = SQLITE_OK;
  for (size_t i = 0; rc == SQLITE_OK && i < sizeof functions / sizeof functions[0]; i++) {
    rc = sqlite3_create_function(db, functions[i].zName, functions[i].nArg, GWR_PURE, NULL,
                                 functions[i].xFunc, NULL, NULL);
  }
  if (rc == SQLITE_OK) rc = sqlite3_create_module(db, "gwr_matches", &matches_module, NULL);
  return rc;
}
