/* Unit tests for ext/core/lexicon_targets.h. */
#include "check.h"
#include "lexicon_targets.h"

static const unsigned char *u(const char *s)
{
  return (const unsigned char *)s;
}

int main(void)
{
  clause_lexicon *lex = clause_lexicon_new();
  CHECK(lex != NULL);
  size_t end = 0, start = 0;
  const char *s = "增长到168亿元";
  const clause_word *w = clause_word_at(lex, CLAUSE_VERB, u(s), strlen(s), 0, &end);
  CHECK(w && w->direction == DIRECTION_REACH); /* the longest verb wins */
  CHECK_EQ_INT(end, strlen("增长到"));
  s = "地区生产总值增长";
  w = clause_word_ending(lex, CLAUSE_VERB, u(s), 0, strlen(s), &start);
  CHECK(w && w->direction == DIRECTION_INCREASE);
  CHECK_EQ_INT(start, strlen("地区生产总值"));
  s = "控制\n在";                                   /* a hard wrap inside a verb */
  w = clause_word_at(lex, CLAUSE_VERB, u(s), strlen(s), 0, &end);
  CHECK(w && w->direction == DIRECTION_CAP && end == strlen(s));
  s = "实现翻番";
  w = clause_word_at(lex, CLAUSE_VERB, u(s), strlen(s), 0, &end);
  CHECK(w && w->direction == DIRECTION_DOUBLE);
  s = "财政收入同比";
  w = clause_word_ending(lex, CLAUSE_ADVERB, u(s), 0, strlen(s), &start);
  CHECK(w && (w->flags & WORD_LAST_YEAR) && (w->flags & WORD_ACHIEVED));
  s = "收入年均增速";
  w = clause_word_ending(lex, CLAUSE_ADVERB, u(s), 0, strlen(s), &start);
  CHECK(w && (w->flags & WORD_GROWTH) && (w->flags & WORD_ANNUAL));
  CHECK_EQ_INT(start, strlen("收入"));
  s = "力争全年实际利用外资";
  w = clause_word_at(lex, CLAUSE_LEAD, u(s), strlen(s), 0, &end);
  CHECK(w && (w->flags & WORD_STRETCH) && end == strlen("力争全年"));
  s = "工业对GDP增长的贡献率";
  w = clause_word_ending(lex, CLAUSE_HEAD, u(s), 0, strlen(s), &start);
  CHECK(w && strcmp(w->word, "贡献率") == 0); /* the longest head */
  s = "，在实际工作中争取更好结果；";
  w = clause_word_find(lex, CLAUSE_EXTRA, u(s), 0, strlen(s), &start, &end);
  CHECK(w && strcmp(w->word, "更好结果") == 0);
  w = clause_word_find(lex, CLAUSE_EXTRA, u("增长5%"), 0, 7, &start, &end);
  CHECK(w == NULL);
  s = "今年发展主要预期目标是：";
  w = clause_word_find(lex, CLAUSE_OPENER, u(s), 0, strlen(s), &start, &end);
  CHECK(w && strcmp(w->word, "主要预期目标") == 0);
  CHECK_EQ_STR(target_direction_name(DIRECTION_CAP), "cap");
  CHECK_EQ_STR(target_direction_name(DIRECTION_NONE), NULL);
  clause_lexicon_free(lex);
  return check_done("lexicon_targets");
}
