/*
** Targets: every numeric statement of an indicator in a report, as rows (SPEC §5).
**
** The last stage of the pipeline outline → sentences → quantities → targets. For each
** sentence it reads the quantities the scanner found and, from each figure backwards,
** the clause that states it: [lead words][indicator(s)][adverbs][verb] figure [qualifier]
** — 全年地区生产总值 | 同比 | 增长 | 5% | 左右. Lists share one verb (城镇、农村居民人均可支配收入
** 分别增长5%和6.5% → two rows), a clause without its own indicator takes the one before it
** (增长12.5%，达到168亿元), 力争 figures after a figure are its stretch value, and an add-on
** (在实际工作中争取更好结果) is kept apart. Whether a row is a target or a result, and for
** which year, comes from the section's role, then the words of the clause, then the time
** words of its sentence, paragraph and section (period.h).
**
**   targets_parser *p;
**   targets_parser_new(doc, n, year, indicators, words, &p);   // year 0: infer it
**   target_row row;
**   while ((rc = targets_next(p, &row)) == 1) ... row ...
**   targets_parser_free(p);
**
** Rows come out in document order as the parser advances sentence by sentence; memory
** beyond the outline is O(rows of one sentence). Offsets are byte offsets; char_start and
** char_end are code-point offsets. The document must be valid UTF-8 and stay unchanged.
*/
#ifndef GWR_TARGETS_H
#define GWR_TARGETS_H

#include "lexicon_indicators.h"
#include "lexicon_targets.h"
#include "quantity.h"

#include <stddef.h>

typedef enum target_kind {
  TARGET_KIND_TARGET = 1,   /* a goal for the coming period */
  TARGET_KIND_ACHIEVEMENT,  /* a reported result */
  TARGET_KIND_PARAMETER     /* a fiscal setting: 赤字率拟按3%安排, 专项债券拟安排 */
} target_kind;

/* "target", "achievement", "parameter". */
const char *target_kind_name(target_kind kind);

#define TARGET_TEXT_MAX 192 /* bytes of an indicator or verb as written (longer is cut) */

typedef struct target_row {
  int report, section, sentence;  /* ids of gwr_sections / gwr_sentences; 0: none */
  char indicator[TARGET_TEXT_MAX]; /* as written; a list's component (城镇居民人均可支配收入) */
  const indicator_form *form;     /* its catalogue entry, NULL when not in the catalogue */
  target_direction direction;
  char verb[TARGET_TEXT_MAX];     /* as written; 按…安排 for settings; "" when none */
  quantity figure;                /* value, value_high, unit, scale, redacted */
  int has_stretch;
  numeral_value stretch;          /* the 力争 value of 增长7%以上、力争达到8% */
  const char *qualifier;          /* 左右, 以上, … 确保, 力争; NULL */
  size_t extra_start, extra_end;  /* 在实际工作中争取更好结果 (bytes); equal when none */
  target_kind kind;
  int year;                       /* the year the figure is for; 0 when unknown */
  int period_start, period_end;   /* a multi-year figure; 0 when none */
  int annual;                     /* 年均 */
  int base_year;                  /* the comparison year; 0 when none */
  size_t start, end;              /* the clause stating it */
  size_t char_start, char_end;
} target_row;

typedef struct targets_parser targets_parser;

enum { TARGETS_OK = 0, TARGETS_NOMEM = -1, TARGETS_INTERRUPTED = -2 };

/* A parser over doc[0..n). year: the year the report sets targets for (its 今年), or 0 to
** infer it per report. The lexicons must outlive the parser. */
int targets_parser_new(const unsigned char *doc, size_t n, int year,
                       const indicator_lexicon *indicators, const clause_lexicon *words,
                       targets_parser **out);

/* The same with a stop function (stop.h), asked by the outline's parse and then between
** sentences every STOP_EVERY_BYTES: a yes gives TARGETS_INTERRUPTED, here or from
** targets_next(). */
int targets_parser_new_ex(const unsigned char *doc, size_t n, int year,
                          const indicator_lexicon *indicators, const clause_lexicon *words,
                          stop_fn stop, void *ctx, targets_parser **out);

/* The next row: 1 and *row filled, 0 after the last, TARGETS_NOMEM or
** TARGETS_INTERRUPTED. */
int targets_next(targets_parser *p, target_row *row);

/* The same without the copy: *row points into the parser, valid until the next call or
** targets_parser_free(). */
int targets_next_ref(targets_parser *p, const target_row **row);

void targets_parser_free(targets_parser *p);

#endif
