/*
** libFuzzer target: the outline and its sentences (ext/core/outline.h, sentence.h, and
** through them linewrap.h, marker.h, cues.h), as gwr_sections and gwr_sentences read a
** document.
**
** Besides no crash, no leak and no undefined behaviour, the tree must be a tree: ids in
** order, parents before children, depth one more than the parent's, every span inside
** its section and the text, on character boundaries; sentences in order, apart, each in
** an existing section; the joined titles and bodies valid UTF-8; a parse without sentences
** the same tree; and a parse stopped at any ask ends cleanly.
*/
#include "fuzz_input.h"
#include "outline.h"
#include "sentence.h"

typedef struct sink {
  unsigned char *buf;
  size_t len, cap;
} sink;

static void sink_emit(void *ctx, const unsigned char *p, size_t len)
{
  sink *k = ctx;
  if (k->len + len > k->cap) {
    k->cap = (k->len + len) * 2;
    k->buf = realloc(k->buf, k->cap);
  }
  memcpy(k->buf + k->len, p, len);
  k->len += len;
}

static void check_span(const unsigned char *s, size_t n, size_t a, size_t b, size_t lo, size_t hi)
{
  FUZZ_CHECK(a <= b && a >= lo && b <= hi && b <= n);
  FUZZ_CHECK(fuzz_boundary(s, n, a) && fuzz_boundary(s, n, b));
}

static void check_tree(const unsigned char *s, size_t n, const outline *o)
{
  int count = outline_count(o);
  size_t last_start = 0;
  int last_report = 1;
  for (int id = 1; id <= count; id++) {
    const outline_section *sec = outline_get(o, id);
    FUZZ_CHECK(sec && sec->id == id);
    FUZZ_CHECK(sec->start >= last_start);
    last_start = sec->start;
    FUZZ_CHECK(sec->report >= last_report && sec->report <= outline_report_count(o));
    last_report = sec->report;
    FUZZ_CHECK(*outline_kind_name(sec->kind) && *outline_role_name(sec->role));
    check_span(s, n, sec->start, sec->end, 0, n);
    FUZZ_CHECK(sec->end <= sec->limit && sec->limit <= n);
    check_span(s, n, sec->marker_start, sec->marker_end, sec->start, sec->limit);
    check_span(s, n, sec->title_start, sec->title_end, sec->start, sec->limit);
    check_span(s, n, sec->body_start, sec->body_end, sec->start, sec->limit);
    if (sec->parent == 0) {
      FUZZ_CHECK(sec->depth == 1);
    } else {
      const outline_section *up = outline_get(o, sec->parent);
      FUZZ_CHECK(sec->parent < id && up != NULL);
      FUZZ_CHECK(sec->depth == up->depth + 1 && sec->report == up->report);
      FUZZ_CHECK(sec->start >= up->start && sec->limit <= up->limit);
    }
    FUZZ_CHECK(outline_section_at(o, sec->start) != NULL);
  }
  for (int r = 1; r <= outline_report_count(o); r++) {
    const outline_report *rep = outline_report_get(o, r);
    FUZZ_CHECK(rep && rep->number == r && rep->start <= rep->limit && rep->limit <= n);
    FUZZ_CHECK(rep->section >= 0 && rep->section <= count);
  }
}

static void check_sentences(const unsigned char *s, size_t n, const outline *o)
{
  int count = sentence_count(o);
  size_t last_end = 0;
  for (int id = 1; id <= count; id++) {
    const sentence *sen = sentence_get(o, id);
    FUZZ_CHECK(sen && sen->id == id);
    check_span(s, n, sen->start, sen->end, last_end, n);
    FUZZ_CHECK(sen->start < sen->end);
    last_end = sen->end;
    FUZZ_CHECK(sen->section >= 0 && sen->section <= outline_count(o));
    FUZZ_CHECK(sentence_at(o, sen->start) == sen);
  }
}

/* The texts a query reads, joined across wraps, in row order. */
static void check_texts(const outline *o)
{
  linewrap_reader r;
  sink k = {NULL, 0, 0};
  outline_reader_init(o, &r);
  for (int id = 1; id <= outline_count(o); id++) {
    const outline_section *sec = outline_get(o, id);
    k.len = 0;
    linewrap_join(&r, sec->title_start, sec->title_end, sink_emit, &k);
    FUZZ_CHECK(utf8_validate(k.buf ? k.buf : (const unsigned char *)"", k.len) == UTF8_VALID);
    k.len = 0;
    linewrap_join(&r, sec->body_start, sec->body_end, sink_emit, &k);
    FUZZ_CHECK(utf8_validate(k.buf ? k.buf : (const unsigned char *)"", k.len) == UTF8_VALID);
  }
  outline_reader_init(o, &r);
  for (int id = 1; id <= sentence_count(o); id++) {
    const sentence *sen = sentence_get(o, id);
    k.len = 0;
    linewrap_join(&r, sen->start, sen->end, sink_emit, &k);
    FUZZ_CHECK(utf8_validate(k.buf ? k.buf : (const unsigned char *)"", k.len) == UTF8_VALID);
  }
  free(k.buf);
}

static int stop_at(void *ctx, size_t done)
{
  int *asks = ctx;
  (void)done;
  return --*asks <= 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  size_t n;
  unsigned char *s = fuzz_utf8(data, size, &n);
  outline *o = NULL, *plain = NULL;
  FUZZ_CHECK(outline_parse_ex(s, n, OUTLINE_SENTENCES, NULL, NULL, &o) == OUTLINE_OK);
  check_tree(s, n, o);
  check_sentences(s, n, o);
  check_texts(o);
  /* without sentences: the same sections */
  FUZZ_CHECK(outline_parse(s, n, &plain) == OUTLINE_OK);
  FUZZ_CHECK(outline_count(plain) == outline_count(o) && sentence_count(plain) == 0);
  for (int id = 1; id <= outline_count(o); id++) {
    const outline_section *a = outline_get(o, id), *b = outline_get(plain, id);
    FUZZ_CHECK(a->parent == b->parent && a->kind == b->kind && a->role == b->role);
    FUZZ_CHECK(a->ordinal == b->ordinal && a->report == b->report && a->run_in == b->run_in);
    FUZZ_CHECK(a->start == b->start && a->end == b->end && a->limit == b->limit);
    FUZZ_CHECK(a->title_start == b->title_start && a->title_end == b->title_end);
    FUZZ_CHECK(a->body_start == b->body_start && a->body_end == b->body_end);
  }
  outline_free(plain);
  outline_free(o);
  /* markers read anywhere stay within the text */
  for (size_t pos = 0; pos < n;) {
    marker m;
    if (marker_read(s, n, pos, &m)) {
      FUZZ_CHECK(m.start == pos && m.end > pos && m.end <= m.text && m.text <= n);
      FUZZ_CHECK(fuzz_boundary(s, n, m.end) && fuzz_boundary(s, n, m.text));
      FUZZ_CHECK(*marker_style_name(m.style));
    }
    utf8_next(s, n, &pos);
  }
  /* stopped at the first ask (only long inputs are asked at all) */
  int asks = 1;
  o = NULL;
  int rc = outline_parse_ex(s, n, OUTLINE_SENTENCES, stop_at, &asks, &o);
  FUZZ_CHECK(rc == OUTLINE_INTERRUPTED ? o == NULL : rc == OUTLINE_OK && o != NULL);
  outline_free(o);
  free(s);
  return 0;
}
