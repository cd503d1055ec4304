/*
** The words of target statements, as data (see lexicon_targets.h). One table per class;
** each becomes a forward and a reversed trie, so the parser can read a clause from
** either end. The longest word wins, so 增长到 (reach) beats 增长 (increase).
*/
#include "lexicon_targets.h"

#include "mem.h"
#include "wordtrie.h"

#include <string.h>

#define T WORD_TARGET
#define A WORD_ACHIEVED

static const clause_word verbs[] = {
  /* a change */
  {"增长", DIRECTION_INCREASE, 0},     {"提高", DIRECTION_INCREASE, 0},
  {"增加", DIRECTION_INCREASE, 0},     {"上升", DIRECTION_INCREASE, 0},
  {"上涨", DIRECTION_INCREASE, 0},     {"提升", DIRECTION_INCREASE, 0},
  {"扩大", DIRECTION_INCREASE, 0},     {"增", DIRECTION_INCREASE, 0},
  {"递增", DIRECTION_INCREASE, 0},     {"上浮", DIRECTION_INCREASE, 0},
  {"多增", DIRECTION_INCREASE, 0},     {"净增", DIRECTION_INCREASE, 0},
  {"增收", DIRECTION_INCREASE, 0},     {"攀升", DIRECTION_INCREASE, 0},
  {"双增", DIRECTION_INCREASE, WORD_ALL},
  {"增长了", DIRECTION_INCREASE, A},   {"提高了", DIRECTION_INCREASE, A},
  {"增加了", DIRECTION_INCREASE, A},   {"上升了", DIRECTION_INCREASE, A},
  {"下降", DIRECTION_DECREASE, 0},     {"降低", DIRECTION_DECREASE, 0},
  {"减少", DIRECTION_DECREASE, 0},     {"削减", DIRECTION_DECREASE, 0},
  {"压减", DIRECTION_DECREASE, 0},     {"回落", DIRECTION_DECREASE, 0},
  {"下滑", DIRECTION_DECREASE, 0},     {"缩小", DIRECTION_DECREASE, 0},
  {"降", DIRECTION_DECREASE, 0},       {"减", DIRECTION_DECREASE, 0},
  {"压缩", DIRECTION_DECREASE, 0},     {"收窄", DIRECTION_DECREASE, 0},
  {"缩减", DIRECTION_DECREASE, 0},     {"下降了", DIRECTION_DECREASE, A},
  {"降低了", DIRECTION_DECREASE, A},   {"减少了", DIRECTION_DECREASE, A},
  /* a bound */
  {"控制在", DIRECTION_CAP, 0},       {"控制到", DIRECTION_CAP, 0},
  {"限制在", DIRECTION_CAP, 0},       {"控制", DIRECTION_CAP, 0},
  /* a level */
  {"达到", DIRECTION_REACH, 0},       {"达", DIRECTION_REACH, 0},
  {"突破", DIRECTION_REACH, 0},       {"保持在", DIRECTION_REACH, 0},
  {"稳定在", DIRECTION_REACH, 0},     {"维持在", DIRECTION_REACH, 0},
  {"保持", DIRECTION_REACH, 0},       {"稳定", DIRECTION_REACH, 0},
  {"实现", DIRECTION_REACH, 0},       {"完成", DIRECTION_REACH, 0},
  {"为", DIRECTION_REACH, 0},         {"过", DIRECTION_REACH, 0},
  {"增加到", DIRECTION_REACH, 0},     {"增长到", DIRECTION_REACH, 0},
  {"提高到", DIRECTION_REACH, 0},     {"提升到", DIRECTION_REACH, 0},
  {"上升到", DIRECTION_REACH, 0},     {"扩大到", DIRECTION_REACH, 0},
  {"下降到", DIRECTION_REACH, 0},     {"降低到", DIRECTION_REACH, 0},
  {"降到", DIRECTION_REACH, 0},       {"降至", DIRECTION_REACH, 0},
  {"减少到", DIRECTION_REACH, 0},     {"回落到", DIRECTION_REACH, 0},
  {"增至", DIRECTION_REACH, 0},       {"升至", DIRECTION_REACH, 0},
  {"提高至", DIRECTION_REACH, 0},     {"增加至", DIRECTION_REACH, 0},
  {"增长至", DIRECTION_REACH, 0},     {"提升至", DIRECTION_REACH, 0},
  {"扩大至", DIRECTION_REACH, 0},     {"下降至", DIRECTION_REACH, 0},
  {"降低至", DIRECTION_REACH, 0},     {"减少至", DIRECTION_REACH, 0},
  {"跃上", DIRECTION_REACH, 0},       {"迈上", DIRECTION_REACH, 0},
  {"跨上", DIRECTION_REACH, 0},       {"达到了", DIRECTION_REACH, A},
  {"突破了", DIRECTION_REACH, A},     {"实现了", DIRECTION_REACH, A},
  {"完成了", DIRECTION_REACH, A},     {"攀升至", DIRECTION_REACH, 0},
  {"跃升至", DIRECTION_REACH, 0},     {"超", DIRECTION_REACH, 0},
  {"逾", DIRECTION_REACH, 0},
  /* 城镇调查失业率平均为5.2%: the year's mean (an adverb 平均 would eat 平均工资) */
  {"平均为", DIRECTION_REACH, 0},     {"平均达到", DIRECTION_REACH, 0},
  /* doubling: the scanner reads 翻一番 as a figure (2倍); the verb stands before it */
  {"翻一番", DIRECTION_DOUBLE, 0},    {"翻两番", DIRECTION_DOUBLE, 0},
  {"翻番", DIRECTION_DOUBLE, 0},      {"翻倍", DIRECTION_DOUBLE, 0},
  {"翻了一番", DIRECTION_DOUBLE, A},  {"翻了两番", DIRECTION_DOUBLE, A},
  {"实现翻番", DIRECTION_DOUBLE, 0},  {"实现翻一番", DIRECTION_DOUBLE, 0},
  /* settings */
  {"安排", DIRECTION_PLAN, WORD_PLAN},
};

static const clause_word adverbs[] = {
  {"同比", 0, A | WORD_LAST_YEAR},         {"比上年", 0, A | WORD_LAST_YEAR},
  {"较上年", 0, A | WORD_LAST_YEAR},       {"比去年", 0, A | WORD_LAST_YEAR},
  {"较去年", 0, A | WORD_LAST_YEAR},       {"比上年同期", 0, A | WORD_LAST_YEAR},
  {"与上年相比", 0, A | WORD_LAST_YEAR},   {"同上年相比", 0, A | WORD_LAST_YEAR},
  {"比年初", 0, 0},                        {"较年初", 0, 0},
  {"比上年末", 0, 0},                      {"同口径", 0, 0},
  {"可比", 0, 0},                          {"按可比价格计算", 0, 0},
  {"按可比价计算", 0, 0},                  {"现价", 0, 0},
  {"实际", 0, 0},                          {"名义", 0, 0},
  {"年均", 0, WORD_ANNUAL},                {"年平均", 0, WORD_ANNUAL},
  {"平均每年", 0, WORD_ANNUAL},            {"每年", 0, WORD_ANNUAL},
  {"五年年均", 0, WORD_ANNUAL},            {"分别", 0, WORD_EACH},
  {"依次", 0, WORD_EACH},                  {"均", 0, WORD_ALL},
  {"都", 0, WORD_ALL},                     {"力争", 0, T | WORD_STRETCH},
  {"争取", 0, T | WORD_STRETCH},           {"确保", 0, T | WORD_ENSURE},
  {"努力", 0, T},                          {"预期", 0, T},
  {"计划", 0, T},                          {"要", 0, T},
  {"将", 0, T},                            {"拟", 0, T | WORD_PLAN},
  {"拟按", 0, T | WORD_PLAN},              {"按", 0, WORD_PLAN},
  {"力求", 0, T},                          {"务必", 0, T},
  {"预计", 0, A},                          {"已", 0, A},
  {"已经", 0, A},                          {"始终", 0, A},
  {"首次", 0, A},                          {"累计", 0, WORD_CUMULATIVE},
  {"共", 0, WORD_CUMULATIVE},              {"总共", 0, WORD_CUMULATIVE},
  {"合计", 0, WORD_CUMULATIVE},            {"再", 0, 0},
  {"又", 0, 0},                            {"继续", 0, 0},
  {"进一步", 0, 0},                        {"持续", 0, 0},
  {"稳步", 0, 0},                          {"不断", 0, 0},
  {"再次", 0, 0},                          {"仍", 0, 0},
  {"仍然", 0, 0},                          {"基本", 0, 0},
  {"也", 0, 0},                            {"还", 0, 0},
  {"大幅", 0, 0},                          {"较快", 0, 0},
  {"快速", 0, 0},                          {"明显", 0, 0},
  {"由", 0, WORD_FROM},                    {"从", 0, WORD_FROM},
  /* growth nouns: the level verb after them states a change (增速保持在7%) */
  {"增速", 0, WORD_GROWTH},                {"增幅", 0, WORD_GROWTH},
  {"增长率", 0, WORD_GROWTH},              {"增长速度", 0, WORD_GROWTH},
  {"增长幅度", 0, WORD_GROWTH},            {"涨幅", 0, WORD_GROWTH},
  {"上涨幅度", 0, WORD_GROWTH},            {"年均增速", 0, WORD_GROWTH | WORD_ANNUAL},
  {"年均增幅", 0, WORD_GROWTH | WORD_ANNUAL}, {"降幅", 0, WORD_DECLINE},
  {"下降幅度", 0, WORD_DECLINE},
};

static const clause_word leads[] = {
  {"其中", 0, 0},       {"另外", 0, 0},       {"此外", 0, 0},
  {"同时", 0, 0},       {"并", 0, 0},         {"并且", 0, 0},
  {"使", 0, 0},         {"使得", 0, 0},       {"推动", 0, 0},
  {"促进", 0, 0},       {"力争", 0, T | WORD_STRETCH},
  {"争取", 0, T | WORD_STRETCH},                 {"确保", 0, T | WORD_ENSURE},
  {"努力", 0, T},       {"要", 0, T},         {"将", 0, T},
  {"把", 0, 0},         {"预计", 0, A},       {"全年", 0, 0},
  {"当年", 0, 0},       {"年末", 0, 0},       {"年底", 0, 0},
  {"实现", DIRECTION_REACH, 0},                  {"完成", DIRECTION_REACH, 0},
  {"累计实现", DIRECTION_REACH, WORD_CUMULATIVE},
  {"累计完成", DIRECTION_REACH, WORD_CUMULATIVE},
  {"累计", 0, WORD_CUMULATIVE},                  {"共", 0, WORD_CUMULATIVE},
  {"共计", 0, WORD_CUMULATIVE},                  {"五年累计", 0, WORD_CUMULATIVE},
  {"拟", 0, T | WORD_PLAN},                      {"拟安排", DIRECTION_PLAN, T | WORD_PLAN},
  {"安排", DIRECTION_PLAN, WORD_PLAN},           {"预期", 0, T},
  {"即", 0, 0},         {"实际", 0, 0},       {"全面", 0, 0},
  {"实际工作中", 0, 0}, {"实际执行中", 0, 0},
  {"继续", 0, 0},       {"进一步", 0, 0},     {"稳定", 0, 0},
  {"保持", 0, 0},       {"落实", 0, 0},       {"巩固", 0, 0},
  {"拟发行", DIRECTION_PLAN, T | WORD_PLAN},      {"发行", DIRECTION_PLAN, 0},
  {"就是", 0, 0},       {"就是要", 0, T},
  {"展望", 0, T},       {"预计全年", 0, A},   {"力争全年", 0, T | WORD_STRETCH},
  {"确保全年", 0, T | WORD_ENSURE},                {"连续", 0, 0},
};

static const clause_word heads[] = {
  {"率", 0, 0},       {"比率", 0, 0},     {"比重", 0, 0},     {"比例", 0, 0},
  {"占比", 0, 0},     {"份额", 0, 0},     {"总值", 0, 0},     {"产值", 0, 0},
  {"增加值", 0, 0},   {"收入", 0, 0},     {"支出", 0, 0},     {"总额", 0, 0},
  {"零售额", 0, 0},   {"销售额", 0, 0},   {"交易额", 0, 0},   {"成交额", 0, 0},
  {"贸易额", 0, 0},   {"出口额", 0, 0},   {"总量", 0, 0},     {"产量", 0, 0},
  {"吞吐量", 0, 0},   {"用水量", 0, 0},   {"用电量", 0, 0},   {"排放量", 0, 0},
  {"排放总量", 0, 0}, {"消费量", 0, 0},   {"货运量", 0, 0},   {"客运量", 0, 0},
  {"发电量", 0, 0},   {"蓄积量", 0, 0},   {"指数", 0, 0},     {"强度", 0, 0},
  {"能耗", 0, 0},     {"人数", 0, 0},     {"价格", 0, 0},     {"浓度", 0, 0},
  {"天数", 0, 0},     {"利润", 0, 0},     {"利税", 0, 0},     {"余额", 0, 0},
  {"收益", 0, 0},     {"依存度", 0, 0},   {"满意度", 0, 0},   {"开放度", 0, 0},
  {"集中度", 0, 0},   {"密度", 0, 0},     {"寿命", 0, 0},     {"工资", 0, 0},
  {"营业收入", 0, 0}, {"效率", 0, 0},     {"削减率", 0, 0},   {"去除率", 0, 0},
  {"处理率", 0, 0},   {"达标率", 0, 0},   {"覆盖率", 0, 0},   {"利用率", 0, 0},
  {"完成率", 0, 0},   {"普及率", 0, 0},   {"参保率", 0, 0},   {"贡献率", 0, 0},
};

static const clause_word extras[] = {
  {"更好结果", 0, 0},   {"更好的结果", 0, 0}, {"更好成绩", 0, 0},
  {"更好的成绩", 0, 0}, {"更高水平", 0, 0},   {"更好水平", 0, 0},
  {"更好的水平", 0, 0}, {"更高目标", 0, 0},   {"更高的目标", 0, 0},
  {"更快增长", 0, 0},   {"更快一些", 0, 0},   {"更好一些", 0, 0},
  {"更高一些", 0, 0},
};

static const clause_word openers[] = {
  {"主要预期目标", 0, T}, {"预期目标", 0, T},   {"主要目标", 0, T},
  {"发展目标", 0, T},     {"目标任务", 0, T},   {"主要指标", 0, T},
  {"预期性目标", 0, T},   {"约束性目标", 0, T}, {"奋斗目标", 0, T},
  {"主要预期指标", 0, T},
};

static const clause_word blockers[] = {
  {"拉动", 0, 0},   {"带动", 0, 0},   {"贡献", 0, 0},   {"占", 0, 0},
  {"对", 0, 0},     {"比", 0, 0},     {"较", 0, 0},     {"相当于", 0, 0},
  {"高于", 0, 0},   {"低于", 0, 0},   {"快于", 0, 0},   {"慢于", 0, 0},
  {"超出", 0, 0},   {"与", 0, 0},     {"同", 0, 0},
};

static const clause_word compares[] = {
  {"比", 0, 0},     {"较", 0, 0},     {"是", 0, 0},     {"为", 0, 0},
  {"相当于", 0, 0}, {"占", 0, 0},     {"占到", 0, 0},   {"与", 0, 0},
  {"同", 0, 0},
};

/* After a figure any other character of text makes it a modifier of the noun that
** follows (1000万元以上项目), not a statement. */
static const clause_word followers[] = {
  {"和", 0, 0},       {"及", 0, 0},       {"与", 0, 0},         {"或", 0, 0},
  {"到", 0, 0},       {"至", 0, 0},       {"以内", 0, 0},       {"以上", 0, 0},
  {"以下", 0, 0},     {"左右", 0, 0},     {"之间", 0, 0},       {"上下", 0, 0},
  {"安排", 0, 0},     {"的水平", 0, 0},   {"的目标", 0, 0},     {"的预期目标", 0, 0},
  {"的范围", 0, 0},   {"的区间", 0, 0},   {"的合理区间", 0, 0}, {"的增长", 0, 0},
  {"的增速", 0, 0},   {"的幅度", 0, 0},
};

/* Qualifiers before a figure that are its verb when the clause has no other
** (居民消费价格涨幅低于3%, 粮食产量不低于6500万吨): a ceiling or a level to reach; and
** those after it that make a bare 在 a ceiling (失业率在4.5%以内). */
static const struct {
  const char *qualifier;
  target_direction direction;
} bound_qualifiers[] = {
  {"低于", DIRECTION_CAP},     {"不高于", DIRECTION_CAP},   {"不超过", DIRECTION_CAP},
  {"不多于", DIRECTION_CAP},   {"不低于", DIRECTION_REACH}, {"不少于", DIRECTION_REACH},
  {"至少", DIRECTION_REACH},   {"超过", DIRECTION_REACH},   {"超", DIRECTION_REACH},
  {"逾", DIRECTION_REACH},      {"以内", DIRECTION_CAP},     {"以下", DIRECTION_CAP},
  {"之内", DIRECTION_CAP},
};

target_direction qualifier_direction(const char *qualifier)
{
  for (size_t i = 0; qualifier && i < sizeof bound_qualifiers / sizeof bound_qualifiers[0]; i++) {
    if (strcmp(bound_qualifiers[i].qualifier, qualifier) == 0) return bound_qualifiers[i].direction;
  }
  return DIRECTION_NONE;
}

#undef T
#undef A

static const struct {
  const clause_word *words;
  size_t count;
} tables[CLAUSE_COUNT] = {
  [CLAUSE_VERB] = {verbs, sizeof verbs / sizeof verbs[0]},
  [CLAUSE_ADVERB] = {adverbs, sizeof adverbs / sizeof adverbs[0]},
  [CLAUSE_LEAD] = {leads, sizeof leads / sizeof leads[0]},
  [CLAUSE_HEAD] = {heads, sizeof heads / sizeof heads[0]},
  [CLAUSE_EXTRA] = {extras, sizeof extras / sizeof extras[0]},
  [CLAUSE_OPENER] = {openers, sizeof openers / sizeof openers[0]},
  [CLAUSE_BLOCKER] = {blockers, sizeof blockers / sizeof blockers[0]},
  [CLAUSE_COMPARE] = {compares, sizeof compares / sizeof compares[0]},
  [CLAUSE_FOLLOWER] = {followers, sizeof followers / sizeof followers[0]},
};

const char *target_direction_name(target_direction d)
{
  static const char *const names[] = {NULL, "increase", "decrease", "cap", "reach", "double", "plan"};
  return (unsigned)d < sizeof names / sizeof names[0] ? names[d] : NULL;
}

struct clause_lexicon {
  wordtrie *forward[CLAUSE_COUNT];
  wordtrie *backward[CLAUSE_COUNT];
  wordtrie *time_forward, *time_backward; /* period.h's time words */
};

clause_lexicon *clause_lexicon_new(void)
{
  clause_lexicon *lex = gwr_mem_alloc(sizeof *lex);
  if (lex == NULL) return NULL;
  memset(lex, 0, sizeof *lex);
  for (int c = 0; c < CLAUSE_COUNT; c++) {
    lex->forward[c] = wordtrie_new(0);
    lex->backward[c] = wordtrie_new(1);
    if (!lex->forward[c] || !lex->backward[c]) goto nomem;
    for (size_t i = 0; i < tables[c].count; i++) {
      const char *w = tables[c].words[i].word;
      if (wordtrie_add(lex->forward[c], w, strlen(w), (int)i) < 0 ||
          wordtrie_add(lex->backward[c], w, strlen(w), (int)i) < 0)
        goto nomem;
    }
  }
  size_t count;
  const period_time_entry *times = period_time_words(&count);
  lex->time_forward = wordtrie_new(0);
  lex->time_backward = wordtrie_new(1);
  if (!lex->time_forward || !lex->time_backward) goto nomem;
  for (size_t i = 0; i < count; i++) {
    size_t len = strlen(times[i].word);
    if (wordtrie_add(lex->time_forward, times[i].word, len, (int)i) < 0 ||
        wordtrie_add(lex->time_backward, times[i].word, len, (int)i) < 0)
      goto nomem;
  }
  return lex;
nomem:
  clause_lexicon_free(lex);
  return NULL;
}

void clause_lexicon_free(clause_lexicon *lex)
{
  if (lex == NULL) return;
  for (int c = 0; c < CLAUSE_COUNT; c++) {
    wordtrie_free(lex->forward[c]);
    wordtrie_free(lex->backward[c]);
  }
  wordtrie_free(lex->time_forward);
  wordtrie_free(lex->time_backward);
  gwr_mem_free(lex);
}

const clause_word *clause_word_at(const clause_lexicon *lex, clause_class cls,
                                  const unsigned char *s, size_t n, size_t pos, size_t *end)
{
  int i = wordtrie_match(lex->forward[cls], s, n, pos, end);
  return i < 0 ? NULL : &tables[cls].words[i];
}

const clause_word *clause_word_ending(const clause_lexicon *lex, clause_class cls,
                                      const unsigned char *s, size_t lo, size_t pos,
                                      size_t *start)
{
  int i = wordtrie_match_back(lex->backward[cls], s, lo, pos, start);
  return i < 0 ? NULL : &tables[cls].words[i];
}

const clause_word *clause_word_find(const clause_lexicon *lex, clause_class cls,
                                    const unsigned char *s, size_t lo, size_t hi,
                                    size_t *start, size_t *end)
{
  for (size_t pos = lo; pos < hi;) {
    const clause_word *w = clause_word_at(lex, cls, s, hi, pos, end);
    if (w) {
      *start = pos;
      return w;
    }
    pos++;
    while (pos < hi && (s[pos] & 0xC0) == 0x80) pos++;
  }
  return NULL;
}

time_word clause_time_at(const clause_lexicon *lex, const unsigned char *s, size_t n, size_t pos,
                         size_t *end)
{
  size_t count;
  int i = wordtrie_match(lex->time_forward, s, n, pos, end);
  if (i < 0) {
    *end = pos;
    return TIME_NONE;
  }
  return period_time_words(&count)[i].meaning;
}

time_word clause_time_ending(const clause_lexicon *lex, const unsigned char *s, size_t lo,
                             size_t pos, size_t *start)
{
  size_t count;
  int i = wordtrie_match_back(lex->time_backward, s, lo, pos, start);
  if (i < 0) {
    *start = pos;
    return TIME_NONE;
  }
  return period_time_words(&count)[i].meaning;
}
