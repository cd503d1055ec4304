/*
** The lexicon of quantities, as data: units, scale words, currency signs, qualifiers,
** range connectors and the words that merely contain numerals (进一步, 三个代表, 十四五).
** The tables live in lexicon_units.c; the quantity scanner (quantity.c) and the numeral
** parser (numeral.c) only look things up here, so a new unit or idiom is one line there.
**
** Every lookup sees through full-width forms (％, ｋｍ) and zero-width characters.
*/
#ifndef GWR_LEXICON_UNITS_H
#define GWR_LEXICON_UNITS_H

#include <stddef.h>
#include <stdint.h>

/* The kinds of gwr_numbers.kind, and of units. QUANTITY_NONE marks a word that rules
** the number before it out (a date: 3月, 5日; a label: 5号, 三次会议). */
typedef enum quantity_kind {
  QUANTITY_NONE = 0,
  QUANTITY_NUMBER,   /* a bare number, or one with a scale word only (5万) */
  QUANTITY_PERCENT,  /* %, 百分之 */
  QUANTITY_PERMILLE, /* ‰, 千分之 */
  QUANTITY_POINTS,   /* 个百分点 */
  QUANTITY_MONEY,    /* 元, 美元, 亿元 */
  QUANTITY_COUNT,    /* 人, 户, 个, 家, 项 ... */
  QUANTITY_MEASURE,  /* 吨, 公里, 亩, 千瓦, 岁, and durations (年, 天) */
  QUANTITY_MULTIPLE, /* 倍, 翻一番 */
  QUANTITY_YEAR      /* 2024年 */
} quantity_kind;

/* "percent", "money", ...; "" for QUANTITY_NONE. */
const char *quantity_kind_name(quantity_kind kind);

/* Flags of a unit. */
enum {
  UNIT_ARABIC_ONLY = 1 << 0, /* a unit only after Arabic digits: after Chinese numerals the
                                word is something else (一度 "once", 统一升级) */
  UNIT_TIME = 1 << 1,        /* a duration (年, 天, 个月): 一年 is mostly "a year" */
  UNIT_NO_PER = 1 << 2       /* never the first part of a compound unit (%, 倍) */
};

/* A word of a table: its written form, the form's length in bytes, and its key: the
** code point of its first character (its last, for words matched before a number). */
typedef struct lexicon_word {
  const char *form;
  unsigned char length;
  uint32_t key;
} lexicon_word;

typedef struct lexicon_unit {
  lexicon_word word; /* as written (ASCII forms are matched case-sensitively) */
  const char *name;  /* canonical: 公里 for km, 元 for 圆 */
  quantity_kind kind;
  unsigned flags;
} lexicon_unit;

/* The longest unit written at byte pos of s[0..n), or NULL; *end gets its end. */
const lexicon_unit *lexicon_unit_at(const unsigned char *s, size_t n, size_t pos,
                                    size_t *end);

/* 0 when no unit can begin with the (folded) character c: a quick test before a lookup. */
int lexicon_unit_may_start(uint32_t c);

/* The canonical scale word for 10^exp: 万 (4), 亿 (8), 万亿 (12), 亿亿 (16); NULL when
** there is none. */
const char *lexicon_scale_name(int exp);

/* A currency written before the number (¥, $, US$, 人民币, HK$): the canonical money
** unit, or NULL. *start gets the byte where the sign begins; it must end at `end`,
** at most a space apart, and not before `floor`. */
const char *lexicon_currency_before(const unsigned char *s, size_t floor, size_t end,
                                    size_t *start);

/* A qualifier written right before byte `end` (近, 约, 超过, 不低于; not 最近, 节约), no
** earlier than `floor`: returns it as written, or NULL; *start gets its first byte. */
const char *lexicon_qualifier_before(const unsigned char *s, size_t floor, size_t end,
                                     size_t *start);

/* A qualifier written at byte pos (左右, 以上, 以内, 多, 余; not 以上几, 多元): returns it
** as written, or NULL; *end gets its end. */
const char *lexicon_qualifier_after(const unsigned char *s, size_t n, size_t pos,
                                    size_t *end);

/* A range connector at pos (- － — ～ 至 到): its end, or pos when there is none. */
size_t lexicon_range_connector(const unsigned char *s, size_t n, size_t pos);

/* Letters that may stand right before a number and still name a quantity (GDP, CPI):
** 1 when the ASCII letters s[start..end) are one of them (case-insensitive). */
int lexicon_acronym(const unsigned char *s, size_t start, size_t end);

/* A word that contains a numeral without being a quantity (进一步 is caught by the
** grammar; these are the ones a rule would take: 三个代表, 一批, 十四五, 八项规定), and
** covers byte pos: returns its end, or 0. Looks no further back than `floor`. */
size_t lexicon_not_quantity(const unsigned char *s, size_t n, size_t floor, size_t pos);

/* For tests: the tables, their sizes and their words, so that a test can check each
** key against its form and the order of every table. */
typedef enum lexicon_table {
  LEXICON_UNITS,
  LEXICON_CURRENCIES,        /* keyed by their last character */
  LEXICON_QUALIFIERS_BEFORE, /* keyed by their last character */
  LEXICON_QUALIFIERS_AFTER,
  LEXICON_CONNECTORS,
  LEXICON_NOT_QUANTITIES,
  LEXICON_TABLES
} lexicon_table;
size_t lexicon_table_size(lexicon_table table);
const lexicon_word *lexicon_table_word(lexicon_table table, size_t i);
int lexicon_table_keyed_by_last(lexicon_table table);
/* lexicon_table_find: the first entry with this key, or the table's size when none,
** through the index of the keys (built at the first lookup); lexicon_table_search: the
** binary search used until then, the first entry whose key is not below this one. */
size_t lexicon_table_find(lexicon_table table, uint32_t key);
size_t lexicon_table_search(lexicon_table table, uint32_t key);
const lexicon_unit *lexicon_unit_entry(size_t i); /* entry i of LEXICON_UNITS */
int lexicon_longest_not_quantity(void);           /* in characters */

#endif
