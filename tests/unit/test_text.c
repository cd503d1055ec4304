/* Unit tests for the ICU text modules: text_utf16, text_normalize, text_decode, words. */
#include "check.h"
#include "mem.h"
#include "text_decode.h"
#include "text_normalize.h"
#include "text_utf16.h"
#include "words.h"

#include <stdlib.h>

static char *copy_string(const char *s)
{
  char *p = malloc(strlen(s) + 1);
  strcpy(p, s);
  return p;
}

/* Normalizes s and returns a malloc()ed copy of the result (or the error message). */
static char *normalize(const char *s, normalize_form form)
{
  text_buffer out = {0};
  text_error err = {0};
  normalize_work work = {{0}, {0}};
  char *copy;
  if (text_normalize((const unsigned char *)s, strlen(s), form, &work, &out, &err) == TEXT_OK) {
    copy = copy_string(out.data ? (const char *)out.data : "");
  } else {
    copy = copy_string(err.message);
  }
  text_buffer_free(&out);
  normalize_work_trim(&work, 0);
  return copy;
}

#define CHECK_NORMALIZE(text, form, want)                                                   \
  do {                                                                                     \
    char *result_ = normalize(text, form);                                                 \
    CHECK_EQ_STR(result_, want);                                                           \
    free(result_);                                                                         \
  } while (0)

static void test_normalize(void)
{
  CHECK_NORMALIZE("ＧＤＰ增长５．２％", NORMALIZE_NFKC, "GDP增长5.2%");
  CHECK_NORMALIZE("㈠ 第１章", NORMALIZE_NFKC, "(一) 第1章");
  /* zero-width characters go in every form */
  CHECK_NORMALIZE("市\xE2\x80\x8B场\xEF\xBB\xBF", NORMALIZE_NFC, "市场");
  CHECK_NORMALIZE("\xE2\x80\x8C\xE2\x80\x8D", NORMALIZE_NFKC, "");
  CHECK_NORMALIZE("ＧＤＰ", NORMALIZE_NFC, "ＧＤＰ");
  CHECK_NORMALIZE("ＧＤＰ Straße", NORMALIZE_NFKC_CF, "gdp strasse");
  CHECK_NORMALIZE("", NORMALIZE_NFKC, "");
  /* U+FDFA grows to 18 characters: the retry with ICU's size must kick in */
  CHECK_NORMALIZE("\xEF\xB7\xBA", NORMALIZE_NFKC, "صلى الله عليه وسلم");
  normalize_form f;
  CHECK(normalize_form_parse("nfkc_cf", &f) && f == NORMALIZE_NFKC_CF);
  CHECK(normalize_form_parse("NFKC_Casefold", &f) && f == NORMALIZE_NFKC_CF);
  CHECK(normalize_form_parse("NFC", &f) && f == NORMALIZE_NFC);
  CHECK(!normalize_form_parse("NFD", &f));
}

/* Long texts go through the normalizer in pieces: the result must equal normalizing the
** whole text at once, whichever characters straddle the pieces' edges. */
static void test_normalize_pieces(void)
{
  const char *tails[] = {"e\xCC\x81", "\xE1\x84\x80\xE1\x85\xA1", "\xEF\xBC\x91\xEF\xBC\x92",
                         "\xE5\xB8\x82\xE2\x80\x8B\xE5\x9C\xBA"};
  for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++) {
    for (size_t shift = 0; shift < 8; shift++) {
      /* the tail sequence right around the 256 KB edge of the first piece */
      size_t n = 256 * 1024 - 4 + shift, tl = strlen(tails[t]);
      size_t total = (n + tl) * 2;
      char *text = malloc(total + 1);
      memset(text, 'a', n);
      memcpy(text + n, tails[t], tl);
      memcpy(text + n + tl, text, n + tl); /* twice: three pieces */
      text[total] = 0;
      const UNormalizer2 *nf;
      text_error err = {0};
      utf16_buffer whole = {0}, normalized = {0};
      CHECK(normalize_instance(NORMALIZE_NFKC, &nf, &err) == TEXT_OK);
      CHECK(utf16_set_utf8(&whole, (const unsigned char *)text, total, &err) == TEXT_OK);
      CHECK(normalize_utf16(nf, whole.s, whole.len, &normalized, &err) == TEXT_OK);
      text_buffer want = {0};
      CHECK(utf16_append_utf8(&want, normalized.s, normalized.len, &err) == TEXT_OK);
      char *got = normalize(text, NORMALIZE_NFKC);
      CHECK(strcmp(got, (const char *)want.data) == 0);
      free(got);
      free(text);
      text_buffer_free(&want);
      utf16_buffer_trim(&whole, 0);
      utf16_buffer_trim(&normalized, 0);
    }
  }
}

/* Decodes bytes; returns the text, or "ERROR: message". */
static char *decode(const char *bytes, size_t n, const char *charset, decode_errors errors,
                    char *used)
{
  text_buffer out = {0};
  text_error err = {0};
  decode_result result = {{0}, 0, 0};
  char *copy;
  if (text_decode((const unsigned char *)bytes, n, charset, errors, &out, &result, &err) ==
      TEXT_OK) {
    copy = copy_string(out.data ? (const char *)out.data : "");
  } else {
    copy = malloc(strlen(err.message) + 8);
    sprintf(copy, "ERROR: %s", err.message);
  }
  if (used) strcpy(used, result.charset);
  text_buffer_free(&out);
  return copy;
}

#define CHECK_DECODE(bytes, n, charset, errors, used, want)                                 \
  do {                                                                                     \
    char *result_ = decode(bytes, n, charset, errors, used);                               \
    CHECK_EQ_STR(result_, want);                                                           \
    free(result_);                                                                         \
  } while (0)

#define REPLACE_HINT "; pass on_error 'replace' to substitute U+FFFD"

static void test_decode(void)
{
  char used[64];
  CHECK_DECODE("\xC4\xE3\xBA\xC3", 4, "GBK", DECODE_STRICT, NULL, "你好");
  CHECK_DECODE("\xA7\x41\xA6\x6E", 4, "Big5", DECODE_STRICT, NULL, "你好");
  CHECK_DECODE("\x60\x4F\x7D\x59", 4, "UTF-16LE", DECODE_STRICT, NULL, "你好");
  /* a truncated character at the end, and a bad trail byte, name their offsets */
  CHECK_DECODE("\xC4\xE3\xBA", 3, "GBK", DECODE_STRICT, NULL,
               "ERROR: byte 2 (0xBA) is not valid GBK" REPLACE_HINT);
  CHECK_DECODE("ab\x81\x7F", 4, "GB18030", DECODE_STRICT, NULL,
               "ERROR: byte 2 (0x81) is not valid GB18030" REPLACE_HINT);
  CHECK_DECODE("\xC4\xE3\xBA", 3, "GBK", DECODE_REPLACE, NULL, "你\xEF\xBF\xBD");
  CHECK_DECODE("a\xFF" "b", 3, "UTF-8", DECODE_STRICT, NULL,
               "ERROR: byte 1 (0xFF) is not valid UTF-8" REPLACE_HINT);
  CHECK_DECODE("x", 1, "no-such-charset", DECODE_STRICT, NULL,
               "ERROR: unknown charset 'no-such-charset'; use a name ICU knows, such as "
               "GB18030, GBK, Big5, UTF-16LE");
  CHECK_DECODE("x", 1, "", DECODE_STRICT, NULL, "ERROR: the charset name is empty");
  /* detection: BOMs are dropped, valid UTF-8 is taken as it is */
  CHECK_DECODE("\xEF\xBB\xBF你", 6, NULL, DECODE_STRICT, used, "你");
  CHECK_EQ_STR(used, "UTF-8");
  CHECK_DECODE("\xFE\xFF\x4F\x60", 4, NULL, DECODE_STRICT, used, "你");
  CHECK_EQ_STR(used, "UTF-16BE");
  CHECK_DECODE("\xFF\xFE\x60\x4F", 4, NULL, DECODE_STRICT, used, "你");
  CHECK_EQ_STR(used, "UTF-16LE");
  CHECK_DECODE("plain", 5, NULL, DECODE_STRICT, used, "plain");
  CHECK_EQ_STR(used, "UTF-8");
  CHECK_DECODE("", 0, NULL, DECODE_STRICT, used, "");
}

static void test_cursor(void)
{
  /* a, 增 (3 bytes), U+1F600 (a surrogate pair, 4 bytes), b */
  const UChar s[] = {'a', 0x589E, 0xD83D, 0xDE00, 'b', 0};
  utf16_cursor c;
  utf16_cursor_init(&c, s);
  utf16_cursor_advance(&c, 2);
  CHECK_EQ_INT(c.chars, 2);
  CHECK_EQ_INT(c.bytes, 4);
  utf16_cursor_advance(&c, 4);
  CHECK_EQ_INT(c.chars, 3);
  CHECK_EQ_INT(c.bytes, 8);
  utf16_cursor_advance(&c, 5);
  CHECK_EQ_INT(c.chars, 4);
  CHECK_EQ_INT(c.bytes, 9);
}

/* "word/kind word/kind ..." for a text. */
static void segment(const char *text, char *out, size_t cap)
{
  utf16_buffer b = {0};
  text_error err = {0};
  word_iter it;
  out[0] = 0;
  if (utf16_set_utf8(&b, (const unsigned char *)text, strlen(text), &err) != TEXT_OK ||
      word_iter_open(&it, &err) != TEXT_OK || word_iter_set_text(&it, b.s, b.len, &err) != TEXT_OK) {
    snprintf(out, cap, "ERROR %s", err.message);
    return;
  }
  int32_t start, end;
  word_kind kind;
  utf16_cursor c;
  utf16_cursor_init(&c, b.s);
  size_t len = 0;
  while (word_iter_next(&it, &start, &end, &kind, &err) > 0) {
    utf16_cursor_advance(&c, start);
    size_t from = c.bytes;
    utf16_cursor_advance(&c, end);
    len += snprintf(out + len, cap - len, "%s%.*s/%s", len ? " " : "", (int)(c.bytes - from),
                    text + from, word_kind_name(kind));
  }
  word_iter_close(&it);
  utf16_buffer_trim(&b, 0);
}

static void test_words(void)
{
  char out[512];
  segment("GDP增长5.2%左右", out, sizeof out);
  CHECK_EQ_STR(out, "GDP/latin 增长/han 5.2/number %/punct 左右/han");
  segment("  深化改革\r\n１２．５ PM2.5\xE2\x80\x8B", out, sizeof out);
  CHECK_EQ_STR(out, "深化/han 改革/han １２．５/number PM2.5/latin");
  segment("", out, sizeof out);
  CHECK_EQ_STR(out, "");
  segment("1,000万元。", out, sizeof out);
  CHECK_EQ_STR(out, "1,000/number 万/han 元/han 。/punct");
}

int main(void)
{
  test_normalize();
  test_normalize_pieces();
  test_decode();
  test_cursor();
  test_words();
  return check_done("text");
}
