/*
** The words of target statements, as data: the verbs that say what a figure does
** (增长, 控制在, 达到, 翻一番, 按…安排), the adverbs that stand between an indicator and its
** verb (同比, 年均, 力争, 分别), the words that open a clause before its indicator (其中,
** 全年, 实现), the nouns that end an indicator outside the catalogue (…率, …比重, …总额),
** add-ons that are no part of a figure (在实际工作中争取更好结果), the openers of target
** lists (主要预期目标是) and the words that make an indicator an object (拉动, 占).
**
** The tables live in lexicon_targets.c; the statement parser (targets.c) only looks
** words up here. Lookups see through width, case and hard line wraps (wordtrie.h).
*/
#ifndef GWR_LEXICON_TARGETS_H
#define GWR_LEXICON_TARGETS_H

#include "period.h"

#include <stddef.h>

/* gwr_targets.direction */
typedef enum target_direction {
  DIRECTION_NONE = 0,
  DIRECTION_INCREASE, /* 增长, 提高, 增加 */
  DIRECTION_DECREASE, /* 下降, 降低, 减少 */
  DIRECTION_CAP,      /* 控制在 */
  DIRECTION_REACH,    /* 达到, 突破, 保持在, 稳定在, 增加到 */
  DIRECTION_DOUBLE,   /* 翻一番, 翻两番 */
  DIRECTION_PLAN      /* 按…安排, 拟安排 */
} target_direction;

/* "increase", ... as in SQL; NULL for DIRECTION_NONE. */
const char *target_direction_name(target_direction d);

/* The direction of a qualifier written before a figure that acts as its verb (低于 →
** cap, 不低于 → reach), or of one after it that bounds a bare 在 (以内 → cap);
** DIRECTION_NONE for the others and for NULL. */
target_direction qualifier_direction(const char *qualifier);

/* What a word says beyond its class. */
enum {
  WORD_TARGET = 1 << 0,      /* speaks of plans: 力争, 确保, 预期, 计划 */
  WORD_ACHIEVED = 1 << 1,    /* speaks of results: 预计, 同比, 比上年, 已 */
  WORD_STRETCH = 1 << 2,     /* 力争, 争取: the higher figure of a pair */
  WORD_ENSURE = 1 << 3,      /* 确保: the floor of a pair */
  WORD_EACH = 1 << 4,        /* 分别, 依次: one figure per listed indicator */
  WORD_ALL = 1 << 5,         /* 均, 都, 双: one figure for every listed indicator */
  WORD_ANNUAL = 1 << 6,      /* 年均, 平均每年 */
  WORD_LAST_YEAR = 1 << 7,   /* 同比, 比上年: compared with the year before */
  WORD_PLAN = 1 << 8,        /* 拟: a setting, not a result */
  WORD_CUMULATIVE = 1 << 9,  /* 累计, 五年累计: a total over a period */
  WORD_FROM = 1 << 10,       /* 由, 从: the figure after it is a starting point */
  WORD_GROWTH = 1 << 11,     /* 增速, 增幅: the level verb after it states a change */
  WORD_DECLINE = 1 << 12     /* 降幅: ... a fall */
};

typedef enum clause_class {
  CLAUSE_VERB,     /* 增长, 控制在, 达到, 翻番 */
  CLAUSE_ADVERB,   /* between an indicator and its verb: 同比, 年均, 力争, 分别, 增速 */
  CLAUSE_LEAD,     /* before an indicator at the start of a clause: 其中, 全年, 实现, 力争 */
  CLAUSE_HEAD,     /* the last noun of an indicator outside the catalogue: 率, 比重, 总额 */
  CLAUSE_EXTRA,    /* the core of an add-on: 更好结果 */
  CLAUSE_OPENER,   /* opens a list of targets: 主要预期目标是, 预期目标 */
  CLAUSE_BLOCKER,  /* makes the indicator after it an object: 拉动, 带动, 占, 对 */
  CLAUSE_COMPARE,  /* opens a comparison: 比, 较, 为, 是, 相当于 (…的N倍) */
  CLAUSE_FOLLOWER, /* may follow a figure that states something: 和, 以内, 的水平, 安排 */
  CLAUSE_COUNT
} clause_class;

typedef struct clause_word {
  const char *word;
  target_direction direction; /* verbs */
  unsigned flags;             /* WORD_* */
} clause_word;

typedef struct clause_lexicon clause_lexicon;

/* The tables as tries; NULL when out of memory. */
clause_lexicon *clause_lexicon_new(void);
void clause_lexicon_free(clause_lexicon *lex);

/* The longest word of class cls starting at byte pos, and in *end the offset after it. */
const clause_word *clause_word_at(const clause_lexicon *lex, clause_class cls,
                                  const unsigned char *s, size_t n, size_t pos, size_t *end);

/* The longest word of class cls ending at byte pos and starting at or after lo, and in
** *start its first byte. */
const clause_word *clause_word_ending(const clause_lexicon *lex, clause_class cls,
                                      const unsigned char *s, size_t lo, size_t pos,
                                      size_t *start);

/* The time words of period.h (今年, 过去五年, 年均, 同比) through tries: what
** period_time_word_at() and _ending() answer, at the cost of a trie walk. */
time_word clause_time_at(const clause_lexicon *lex, const unsigned char *s, size_t n, size_t pos,
                         size_t *end);
time_word clause_time_ending(const clause_lexicon *lex, const unsigned char *s, size_t lo,
                             size_t pos, size_t *start);

/* The first word of class cls anywhere in s[lo..hi), with its span. */
const clause_word *clause_word_find(const clause_lexicon *lex, clause_class cls,
                                    const unsigned char *s, size_t lo, size_t hi,
                                    size_t *start, size_t *end);

#endif
