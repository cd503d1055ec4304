/*
** Word segmentation with ICU: see words.h.
*/
#include "words.h"
#include "chars.h"

#include <unicode/uchar.h>

const char *word_kind_name(word_kind kind)
{
  static const char *const names[] = {"han", "latin", "number", "punct"};
  return names[kind];
}

text_status word_iter_open(word_iter *it, text_error *err)
{
  UErrorCode code = U_ZERO_ERROR;
  it->s = NULL;
  it->n = 0;
  it->start = 0;
  /* "zh": ICU's root rules already use the CJK dictionary; the locale only documents it. */
  it->bi = ubrk_open(UBRK_WORD, "zh", NULL, 0, &code);
  if (U_FAILURE(code)) {
    it->bi = NULL;
    return text_icu_failed(err, "ubrk_open", code);
  }
  return TEXT_OK;
}

text_status word_iter_set_text(word_iter *it, const UChar *s, int32_t n, text_error *err)
{
  UErrorCode code = U_ZERO_ERROR;
  ubrk_setText(it->bi, s, n, &code);
  if (U_FAILURE(code)) return text_icu_failed(err, "ubrk_setText", code);
  it->s = s;
  it->n = n;
  it->start = 0;
  return TEXT_OK;
}

/* Whitespace (and the zero-width characters between words) is not a word. */
static int is_blank(const UChar *s, int32_t start, int32_t end)
{
  for (int32_t i = start; i < end; i++) {
    if (!u_isUWhiteSpace(s[i]) && !char_is_ignorable(s[i])) return 0;
  }
  return 1;
}

/* ICU tags PM2.5 as a number; a word with letters in it is a latin word. */
static int has_letter(const UChar *s, int32_t start, int32_t end)
{
  for (int32_t i = start; i < end; i++) {
    if (u_isalpha(s[i])) return 1;
  }
  return 0;
}

/* ICU's break iterators return DONE when they fail (out of memory, mostly): a DONE
** before the end of the text is that failure. */
static text_status stopped_early(text_error *err)
{
  return text_icu_failed(err, "ubrk_next", U_MEMORY_ALLOCATION_ERROR);
}

int word_iter_next(word_iter *it, int32_t *start, int32_t *end, word_kind *kind,
                   text_error *err)
{
  for (;;) {
    int32_t from = it->start;
    int32_t to = ubrk_next(it->bi);
    if (to == UBRK_DONE) {
      if (from == it->n) return 0;
      stopped_early(err);
      return -1;
    }
    it->start = to;
    int32_t status = ubrk_getRuleStatus(it->bi);
    if (status >= UBRK_WORD_KANA && status < UBRK_WORD_IDEO_LIMIT) {
      *kind = WORD_HAN;
    } else if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT) {
      *kind = WORD_LATIN;
    } else if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
      *kind = has_letter(it->s, from, to) ? WORD_LATIN : WORD_NUMBER;
    } else if (is_blank(it->s, from, to)) {
      continue;
    } else {
      *kind = WORD_PUNCT;
    }
    *start = from;
    *end = to;
    return 1;
  }
}

text_status word_span_at(word_iter *it, const UChar *s, int32_t n, int32_t k, int32_t *start,
                         int32_t *end, text_error *err)
{
  if (word_iter_set_text(it, s, n, err) != TEXT_OK) return err->status;
  int32_t to = ubrk_following(it->bi, k);
  if (to == UBRK_DONE) return stopped_early(err);
  int32_t from = ubrk_preceding(it->bi, to);
  if (from == UBRK_DONE) return stopped_early(err);
  *start = from;
  *end = to;
  return TEXT_OK;
}

text_status word_is_boundary(word_iter *it, const UChar *s, int32_t n, int32_t k, int *boundary,
                             text_error *err)
{
  if (word_iter_set_text(it, s, n, err) != TEXT_OK) return err->status;
  if (k <= 0 || k >= n) {
    *boundary = 1;
    return TEXT_OK;
  }
  /* ubrk_isBoundary() would hide a failure: ask for the boundary after k - 1. */
  int32_t next = ubrk_following(it->bi, k - 1);
  if (next == UBRK_DONE) return stopped_early(err);
  *boundary = next == k;
  return TEXT_OK;
}

void word_iter_close(word_iter *it)
{
  if (it->bi) ubrk_close(it->bi);
  it->bi = NULL;
}
