/*
** The quantity scanner: every quantity mentioned in a document, in order, in one pass.
**
** A quantity is a number with what is written around it: its scale word and unit
** (4.64亿元, 1270多万人, 28微克/立方米), a range (6.5%－7%, 4.5-5%, 两到三年), the
** qualifier that bounds or approximates it (近, 约, 超过, 不低于 before; 左右, 以上, 以内,
** 多, 余 after), and placeholders that stand for a removed figure (×, ×.×, X, ～年).
** Words that merely contain numerals are skipped: 进一步, 一般, 三个代表, 十四五, 第一，
** heading markers (一、 （一） 1. at line starts), PM2.5, dates (3月2日), labels (“1336”工程).
**
** Use:
**
**   quantity_scanner sc;
**   quantity q;
**   quantity_scanner_init(&sc, doc, n, 0, n, 0);    // the whole document
**   while (quantity_next(&sc, &q)) {
**     ... q.span.start/end (bytes), q.span.char_start/char_end (code points),
**         q.value × 10^q.scale_exp, q.unit, q.kind, q.qualifier ...
**   }
**
** A byte range [from, to) of the document can be scanned alone (one sentence, one
** section): mentions then lie inside it, and `from_char` is the code-point offset of
** `from`, so that char offsets stay offsets into the whole document. Text before `from`
** is still read as context (第 before a numeral, letters before digits), so a range scan
** finds exactly what a whole-document scan finds inside the range, except qualifiers
** and ranges that cross its edges.
**
** The scanner holds no memory beyond its own struct and never allocates; the document
** must stay unchanged while it is scanned. The document must be valid UTF-8.
*/
#ifndef GWR_QUANTITY_H
#define GWR_QUANTITY_H

#include "lexicon_units.h"
#include "numeral.h"
#include "stop.h"

#include <stddef.h>

/* A stretch of the document: bytes, and the same in code points. End exclusive. */
typedef struct quantity_span {
  size_t start, end;
  size_t char_start, char_end;
} quantity_span;

typedef struct quantity {
  quantity_span span;         /* the mention as written: 4.64亿元, ×万美元, 6.5%－7% */
  numeral_value value;        /* the number as written, without its scale: 4.64 */
  numeral_value value_high;   /* upper end of a range (6.5%－7% → 7), when has_high */
  int has_high;
  int redacted;               /* the low (or only) figure is a placeholder: value unset */
  int high_redacted;          /* the upper end is a placeholder (×—×个) */
  int scale_exp;              /* the scale word's power of ten: 亿 → 8; scale = 10^scale_exp */
  quantity_kind kind;         /* QUANTITY_PERCENT, QUANTITY_MONEY, ... */
  char unit[64];              /* canonical unit with its scale word: 亿元, %, 万元/人; "" */
  char base_unit[64];         /* the unit without scale: 元, %, 元/人; "" for a bare number */
  const char *qualifier;      /* the qualifier as written, or NULL: the one after the
                                 number (左右, 以上, 多) when there is one, else the one
                                 before (近, 约, 超过) */
  quantity_span qualifier_span;
  const char *qualifier_before; /* both qualifiers, each with its span (NULL when absent) */
  quantity_span before_span;
  const char *qualifier_after;
  quantity_span after_span;
} quantity;

typedef struct quantity_scanner {
  const unsigned char *doc;
  size_t n;             /* the document's length in bytes */
  size_t from, to;      /* mentions lie in [from, to) */
  size_t pos;           /* where the search resumes */
  size_t floor;         /* qualifiers are looked for no earlier than this */
  size_t counted;       /* a byte position whose code-point offset is known ... */
  size_t counted_chars; /* ... and that offset */
  stop_fn stop;         /* optional (quantity_scanner_stop) */
  void *stop_ctx;
  size_t stop_every;    /* bytes between two asks: STOP_EVERY_BYTES (tests may lower it) */
  size_t asked;         /* where stop was last asked */
  int stopped;          /* stop said yes: the scan ended early */
} quantity_scanner;

/* Prepares a scan of doc[from, to) (0 and n for the whole document); from_char is the
** code-point offset of byte `from` in doc. from and to must be character boundaries. */
void quantity_scanner_init(quantity_scanner *sc, const unsigned char *doc, size_t n,
                           size_t from, size_t to, size_t from_char);

/* The next quantity: returns 1 and fills *q, or 0 when the range is exhausted (or the
** scan was stopped: then sc->stopped is 1). */
int quantity_next(quantity_scanner *sc, quantity *q);

/* Optional, after init: a long stretch without quantities is read in chunks, and stop
** (stop.h) is asked every STOP_EVERY_BYTES of them whether to go on. */
void quantity_scanner_stop(quantity_scanner *sc, stop_fn stop, void *ctx);

/* base value = value × 10^scale_exp, exactly when it fits (4.64亿元 → 464000000). */
numeral_value quantity_base_value(const quantity *q);
numeral_value quantity_base_high(const quantity *q);

/* For tests: the scanner's skip loop alone. The next byte of s[pos, to) where a
** candidate may begin (or to), *chars counting the characters passed over; `vector` 0
** keeps to the scalar loop, 1 uses the vector filter where the CPU has one. */
size_t quantity_skip(const unsigned char *s, size_t pos, size_t to, size_t *chars, int vector);

/* For tests: 0 when the vector filter turns the character c down outright (1 always
** where there is no vector filter). */
int quantity_skip_may_pass(uint32_t c);

#endif
