/* Unit tests for ext/core/lexicon_units.h: the tables' keys and order, and lookups. */
#include "chars.h"
#include "check.h"
#include "lexicon_units.h"
#include "utf8.h"

static const unsigned char *u(const char *s)
{
  return (const unsigned char *)s;
}

/* Every key is the first (or last) character of its form, and every table is in key
** order, then byte order: the binary searches depend on it. */
static void test_tables(void)
{
  for (int t = 0; t < LEXICON_TABLES; t++) {
    size_t n = lexicon_table_size((lexicon_table)t);
    CHECK(n > 0);
    for (size_t i = 0; i < n; i++) {
      const lexicon_word *w = lexicon_table_word((lexicon_table)t, i);
      const unsigned char *f = u(w->form);
      size_t p = lexicon_table_keyed_by_last((lexicon_table)t) ? utf8_prev(f, w->length) : 0;
      uint32_t cp = utf8_next(f, w->length, &p);
      if (cp != w->key || strlen(w->form) != w->length) {
        fprintf(stderr, "table %d entry %zu (%s): key U+%04X, want U+%04X\n", t, i, w->form,
                (unsigned)w->key, (unsigned)cp);
        CHECK(!"key of the entry");
      }
      if (i > 0) {
        const lexicon_word *v = lexicon_table_word((lexicon_table)t, i - 1);
        if (v->key > w->key || (v->key == w->key && strcmp(v->form, w->form) >= 0)) {
          fprintf(stderr, "table %d: %s must come after %s\n", t, v->form, w->form);
          CHECK(!"order of the table");
        }
      }
    }
  }
  size_t n = lexicon_table_size(LEXICON_NOT_QUANTITIES);
  for (size_t i = 0; i < n; i++) {
    const lexicon_word *w = lexicon_table_word(LEXICON_NOT_QUANTITIES, i);
    CHECK((int)utf8_length(u(w->form), w->length) <= lexicon_longest_not_quantity());
  }
  for (size_t i = 0; i < lexicon_table_size(LEXICON_UNITS); i++) {
    const lexicon_unit *unit = lexicon_unit_entry(i);
    CHECK(unit->kind == QUANTITY_NONE || unit->name[0] != 0);
  }
  CHECK_EQ_STR(quantity_kind_name(QUANTITY_POINTS), "points");
  CHECK_EQ_STR(quantity_kind_name(QUANTITY_YEAR), "year");
  CHECK_EQ_STR(quantity_kind_name((quantity_kind)99), "");
}

/* lexicon_unit_at(text) as "form→name", or "" */
static const char *unit_of(const char *text)
{
  static char buf[64];
  size_t end;
  const lexicon_unit *x = lexicon_unit_at(u(text), strlen(text), 0, &end);
  if (!x) return "";
  snprintf(buf, sizeof buf, "%.*s→%s", (int)end, text, x->name);
  return buf;
}

static void test_units(void)
{
  CHECK_EQ_STR(unit_of("个百分点，"), "个百分点→个百分点");
  CHECK_EQ_STR(unit_of("个，"), "个→个");
  CHECK_EQ_STR(unit_of("个月内"), "个月→个月");
  CHECK_EQ_STR(unit_of("日元"), "日元→日元");
  CHECK_EQ_STR(unit_of("月2日"), "月→");                 /* a date: kind NONE */
  CHECK_EQ_STR(unit_of("％以上"), "％→%");                /* full-width */
  CHECK_EQ_STR(unit_of("平\xE2\x80\x8B方米"), "平\xE2\x80\x8B方米→平方米"); /* zero-width inside */
  CHECK_EQ_STR(unit_of("km/h"), "km→公里");
  CHECK_EQ_STR(unit_of("kg"), "kg→公斤");
  CHECK_EQ_STR(unit_of("G基站"), "");                    /* 5G is no gram */
  CHECK_EQ_STR(unit_of("gram"), "");                     /* letters run on */
  CHECK_EQ_STR(unit_of("吨标准煤"), "吨标准煤→吨标准煤");
  CHECK_EQ_STR(unit_of("增长"), "");
  CHECK_EQ_STR(unit_of(""), "");
  const lexicon_unit *x = lexicon_unit_at(u("次会议"), 9, 0, NULL);
  CHECK(x && x->kind == QUANTITY_NONE);
  x = lexicon_unit_at(u("度电"), 6, 0, NULL);
  CHECK(x && (x->flags & UNIT_ARABIC_ONLY));
  CHECK_EQ_STR(lexicon_scale_name(4), "万");
  CHECK_EQ_STR(lexicon_scale_name(12), "万亿");
  CHECK(lexicon_scale_name(0) == NULL && lexicon_scale_name(7) == NULL);
}

static const char *before(const char *text)
{
  size_t start = 0;
  const char *q = lexicon_qualifier_before(u(text), 0, strlen(text), &start);
  return q ? q : "";
}

static const char *after(const char *text)
{
  size_t end = 0;
  const char *q = lexicon_qualifier_after(u(text), strlen(text), 0, &end);
  return q ? q : "";
}

static void test_qualifiers(void)
{
  CHECK_EQ_STR(before("增长近"), "近");
  CHECK_EQ_STR(before("最近"), "");        /* a word that only ends like one */
  CHECK_EQ_STR(before("节约"), "");
  CHECK_EQ_STR(before("大约"), "大约");
  CHECK_EQ_STR(before("经过"), "");
  CHECK_EQ_STR(before("超过 "), "超过");   /* a space before the number */
  CHECK_EQ_STR(before("不低于"), "不低于");
  CHECK_EQ_STR(before("游客人数"), "");
  CHECK_EQ_STR(before("增长"), "");
  CHECK_EQ_STR(before(""), "");
  CHECK_EQ_STR(after("左右，"), "左右");
  CHECK_EQ_STR(after("以上几个方面"), "");
  CHECK_EQ_STR(after("多元化"), "");
  CHECK_EQ_STR(after(" 以内"), "以内");
  CHECK_EQ_STR(after("，以上"), "");
  size_t start = 99;
  CHECK(lexicon_qualifier_before(u("近"), 1, 3, &start) == NULL); /* not before floor */
  CHECK(lexicon_currency_before(u("港币"), 0, 6, &start) && start == 0);
  CHECK_EQ_STR(lexicon_currency_before(u("US$"), 0, 3, &start), "美元");
  CHECK_EQ_INT(start, 0);
  CHECK(lexicon_currency_before(u("xUSD"), 0, 4, &start) == NULL);
  CHECK(lexicon_currency_before(u("增长"), 0, 6, &start) == NULL);
}

static void test_connectors_and_words(void)
{
  CHECK_EQ_INT(lexicon_range_connector(u("－7%"), 5, 0), 3);
  CHECK_EQ_INT(lexicon_range_connector(u("——3"), 7, 0), 6);
  CHECK_EQ_INT(lexicon_range_connector(u(" 至 6%"), 8, 0), 5);
  CHECK_EQ_INT(lexicon_range_connector(u("，6%"), 5, 0), 0);
  CHECK(lexicon_acronym(u("GDp"), 0, 3) && !lexicon_acronym(u("PM"), 0, 2));
  /* 三个代表 covers its 三; 十四五 covers its 五 too */
  const unsigned char *s = u("坚持三个代表重要思想");
  CHECK_EQ_INT(lexicon_not_quantity(s, strlen((const char *)s), 0, 6), 18);
  s = u("十四五规划");
  CHECK_EQ_INT(lexicon_not_quantity(s, strlen((const char *)s), 0, 6), 9);
  s = u("三个方面");
  CHECK_EQ_INT(lexicon_not_quantity(s, strlen((const char *)s), 0, 0), 0);
  CHECK_EQ_INT(lexicon_not_quantity(u("五"), 3, 3, 3), 0);
}

/* The forms are written folded (no full-width forms, no zero-width characters): a
** group's words are turned down on the text's folded second character. */
static void test_forms_folded(void)
{
  for (int t = 0; t < LEXICON_TABLES; t++) {
    for (size_t i = 0; i < lexicon_table_size((lexicon_table)t); i++) {
      const lexicon_word *w = lexicon_table_word((lexicon_table)t, i);
      const unsigned char *f = u(w->form);
      size_t p = 0;
      while (p < w->length) {
        uint32_t c = utf8_next(f, w->length, &p);
        if (char_fold(c) != c || char_is_ignorable(c)) {
          fprintf(stderr, "table %d entry %zu (%s): U+%04X is not folded\n", t, i, w->form,
                  (unsigned)c);
          CHECK(!"a form written folded");
        }
      }
    }
  }
  /* the character after the first folds: 个，is 个 and no 个月; 以上， */
  CHECK_EQ_STR(unit_of("个，累计"), "个→个");
  CHECK_EQ_STR(unit_of("元，人民币"), "元→元");
  CHECK_EQ_STR(unit_of("％，"), "％→%");
  CHECK_EQ_STR(after("以上，"), "以上");
}

/* The index of the keys and the binary search both find the first entry of every key,
** and the table's size for keys that have none. */
static void test_key_index(void)
{
  for (int t = 0; t < LEXICON_TABLES; t++) {
    lexicon_table table = (lexicon_table)t;
    size_t n = lexicon_table_size(table);
    for (size_t i = 0; i < n; i++) {
      uint32_t key = lexicon_table_word(table, i)->key;
      size_t first = i;
      while (first > 0 && lexicon_table_word(table, first - 1)->key == key) first--;
      CHECK_EQ_INT(lexicon_table_find(table, key), first);
      CHECK_EQ_INT(lexicon_table_search(table, key), first);
    }
    static const uint32_t absent[] = {1, 0x41, 0x4E00, 0x5E73 + 1, 0xFFFF, 0x10FFFF};
    for (size_t k = 0; k < sizeof absent / sizeof absent[0]; k++) {
      size_t i = lexicon_table_search(table, absent[k]);
      if (i < n && lexicon_table_word(table, i)->key == absent[k]) continue; /* present */
      CHECK_EQ_INT(lexicon_table_find(table, absent[k]), n);
    }
  }
}

/* A group of words with one key is turned down on the byte after their shared first
** character; where the text could fold there, or ends, the answer must not change. */
static void test_group_shortcut(void)
{
  CHECK_EQ_STR(unit_of("个\xE2\x80\x8B月"), "个\xE2\x80\x8B月→个月"); /* zero-width */
  CHECK_EQ_STR(unit_of("个\xC2\xAD月"), "个\xC2\xAD月→个月");         /* soft hyphen */
  CHECK_EQ_STR(unit_of("个百分\xE2\x80\x8C点"), "个百分\xE2\x80\x8C点→个百分点");
  size_t end = 0;
  const lexicon_unit *x = lexicon_unit_at(u("个月"), 3, 0, &end); /* the text ends at 个 */
  CHECK(x && strcmp(x->name, "个") == 0 && end == 3);
  CHECK_EQ_STR(after("以\xE2\x80\x8B上"), "以上");
  CHECK_EQ_STR(after("以"), "");
  const unsigned char *s = u("三\xE2\x80\x8B个代表");
  CHECK_EQ_INT(lexicon_not_quantity(s, strlen((const char *)s), 0, 0), 15);
}

int main(void)
{
  test_tables();
  test_units();
  test_qualifiers();
  test_connectors_and_words();
  test_group_shortcut();
  test_key_index();
  test_forms_folded();
  return check_done("lexicon_units");
}
