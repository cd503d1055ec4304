/* Unit tests for ext/core/utf8.h and chars.h. */
#include "chars.h"
#include "check.h"
#include "utf8.h"

static size_t validate(const char *s, size_t n)
{
  return utf8_validate((const unsigned char *)s, n);
}

static void test_validate(void)
{
  CHECK(validate("", 0) == UTF8_VALID);
  CHECK(validate("plain ascii, longer than eight bytes", 36) == UTF8_VALID);
  CHECK(validate("增长5%左右", strlen("增长5%左右")) == UTF8_VALID);
  CHECK(validate("\xF0\x9F\x98\x80", 4) == UTF8_VALID);   /* U+1F600 */
  CHECK_EQ_INT(validate("ab\xFF", 3), 2);                  /* never valid */
  CHECK_EQ_INT(validate("ab\xC0\x80", 4), 2);              /* overlong NUL */
  CHECK_EQ_INT(validate("\xE0\x80\x80", 3), 0);            /* overlong */
  CHECK_EQ_INT(validate("\xED\xA0\x80", 3), 0);            /* surrogate */
  CHECK_EQ_INT(validate("\xF4\x90\x80\x80", 4), 0);        /* above U+10FFFF */
  CHECK_EQ_INT(validate("增\xE9\x95", 5), 3);              /* truncated at the end */
  CHECK_EQ_INT(validate("\x80", 1), 0);                    /* stray continuation */
  CHECK_EQ_INT(validate("12345678\xE5\xA2x", 11), 8);      /* bad after the fast path */
}

static void test_walk(void)
{
  const unsigned char *s = (const unsigned char *)"a增１\xF0\x9F\x98\x80";
  size_t n = strlen((const char *)s), pos = 0;
  CHECK_EQ_INT(utf8_length(s, n), 4);
  CHECK_EQ_INT(utf8_next(s, n, &pos), 'a');
  CHECK_EQ_INT(utf8_next(s, n, &pos), 0x589E);
  CHECK_EQ_INT(utf8_next(s, n, &pos), 0xFF11);
  CHECK_EQ_INT(utf8_next(s, n, &pos), 0x1F600);
  CHECK_EQ_INT(pos, n);
  CHECK_EQ_INT(utf8_prev(s, n), n - 4);
  CHECK_EQ_INT(utf8_prev(s, 1), 0);
  unsigned char buf[4];
  for (uint32_t cp = 1; cp < 0x110000; cp += 97) {
    if (cp >= 0xD800 && cp < 0xE000) continue;
    int k = utf8_encode(cp, buf);
    size_t p = 0;
    CHECK_EQ_INT(k, utf8_size(cp));
    if (utf8_next(buf, (size_t)k, &p) != cp || p != (size_t)k) {
      CHECK(!"encode/decode round trip");
      break;
    }
  }
}

static void test_chars(void)
{
  CHECK_EQ_INT(char_fold(0xFF11), '1');  /* １ */
  CHECK_EQ_INT(char_fold(0xFF05), '%');  /* ％ */
  CHECK_EQ_INT(char_fold(0xFF0E), '.');  /* ． */
  CHECK_EQ_INT(char_fold(0x3000), ' ');
  CHECK_EQ_INT(char_fold(0x00A0), ' ');
  CHECK_EQ_INT(char_fold(0x589E), 0x589E);
  CHECK(char_is_ignorable(0x200B) && char_is_ignorable(0xFEFF) && !char_is_ignorable(' '));
  CHECK(char_is_han(0x589E) && char_is_han(0x3007) && !char_is_han(0xFF0C));
}

int main(void)
{
  test_validate();
  test_walk();
  test_chars();
  return check_done("utf8");
}
