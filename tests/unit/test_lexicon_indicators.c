/* Unit tests for ext/core/wordtrie.h and lexicon_indicators.h. */
#include "check.h"
#include "lexicon_indicators.h"
#include "wordtrie.h"

#include <stdint.h>
#include <stdlib.h>

static const unsigned char *u(const char *s)
{
  return (const unsigned char *)s;
}

static void test_wordtrie(void)
{
  wordtrie *f = wordtrie_new(0), *b = wordtrie_new(1);
  const char *words[] = {"增长", "增长到", "GDP", "控制在"};
  for (int i = 0; i < 4; i++) {
    CHECK(wordtrie_add(f, words[i], strlen(words[i]), i) == 0);
    CHECK(wordtrie_add(b, words[i], strlen(words[i]), i) == 0);
  }
  size_t end = 0, start = 0;
  const char *s = "增长到8%";
  CHECK_EQ_INT(wordtrie_match(f, u(s), strlen(s), 0, &end), 1); /* the longest wins */
  CHECK_EQ_INT(end, strlen("增长到"));
  s = "增长8%";
  CHECK_EQ_INT(wordtrie_match(f, u(s), strlen(s), 0, &end), 0);
  CHECK_EQ_INT(end, strlen("增长"));
  s = "ｇｄｐ增长";                                             /* full width, any case */
  CHECK_EQ_INT(wordtrie_match(f, u(s), strlen(s), 0, &end), 2);
  CHECK_EQ_INT(end, strlen("ｇｄｐ"));
  s = "控制\r\n在";                                             /* a hard wrap inside */
  CHECK_EQ_INT(wordtrie_match(f, u(s), strlen(s), 0, &end), 3);
  CHECK_EQ_INT(end, strlen(s));
  s = "\n增长";                                                 /* never starts on a skip */
  CHECK_EQ_INT(wordtrie_match(f, u(s), strlen(s), 0, &end), -1);
  s = "的增长到";
  CHECK_EQ_INT(wordtrie_match_back(b, u(s), 0, strlen(s), &start), 1);
  CHECK_EQ_INT(start, strlen("的"));
  CHECK_EQ_INT(wordtrie_match_back(b, u(s), strlen("的增"), strlen(s), &start), -1); /* lo */
  s = "GD\xE2\x80\x8BP";                                        /* zero-width inside */
  CHECK_EQ_INT(wordtrie_match_back(b, u(s), 0, strlen(s), &start), 2);
  CHECK_EQ_INT(start, 0);
  /* the inline filter folds the first (last) character as the walk does: ASCII in any
  ** case and full-width forms stand for their ASCII letters */
  s = "增长ＧＤｐ";
  CHECK_EQ_INT(wordtrie_match_back(b, u(s), 0, strlen(s), &start), 2);
  CHECK_EQ_INT(start, strlen("增长"));
  s = "gDp";
  CHECK_EQ_INT(wordtrie_match(f, u(s), strlen(s), 0, &end), 2);
  CHECK_EQ_INT(wordtrie_match_back(b, u(s), 0, strlen(s), &start), 2);
  s = "，增长，";
  CHECK_EQ_INT(wordtrie_match(f, u(s), strlen(s), 0, &end), -1);
  CHECK_EQ_INT(wordtrie_match_back(b, u(s), 0, strlen(s), &start), -1);
  CHECK(wordtrie_add(f, "(一)", strlen("(一)"), 8) == 0);      /* a word that opens with ( */
  CHECK(wordtrie_add(b, "(一)", strlen("(一)"), 8) == 0);
  s = "（一）增长";
  CHECK_EQ_INT(wordtrie_match(f, u(s), strlen(s), 0, &end), 8);
  CHECK_EQ_INT(end, strlen("（一）"));
  CHECK_EQ_INT(wordtrie_match_back(b, u(s), 0, strlen("（一）"), &start), 8);
  CHECK(wordtrie_add(f, "增长", 6, 9) == 0);                    /* a new value */
  CHECK_EQ_INT(wordtrie_match(f, u("增长"), 6, 0, &end), 9);
  CHECK(wordtrie_add(f, " \n", 2, 7) == 0);                     /* ignored */
  CHECK_EQ_INT(wordtrie_match(f, u(" "), 1, 0, &end), -1);
  wordtrie_free(f);
  wordtrie_free(b);
  /* The first-character filter keys on cp % 16384: U+989E shares 增's (U+589E) bit and
  ** U+D57F 长's (U+957F), so only the edge table can say no; 长 has no bit in f. */
  f = wordtrie_new(0);
  b = wordtrie_new(1);
  CHECK(wordtrie_add(f, "增长", strlen("增长"), 4) == 0);
  CHECK(wordtrie_add(b, "增长", strlen("增长"), 4) == 0);
  s = "\xE9\xA2\x9E长"; /* U+989E 长 */
  CHECK_EQ_INT(wordtrie_match(f, u(s), strlen(s), 0, &end), -1);
  CHECK_EQ_INT(wordtrie_match(f, u("增长"), strlen("增长"), 0, &end), 4);
  CHECK_EQ_INT(wordtrie_match(f, u("长"), strlen("长"), 0, &end), -1);
  s = "增\xED\x95\xBF"; /* 增 U+D57F */
  CHECK_EQ_INT(wordtrie_match_back(b, u(s), 0, strlen(s), &start), -1);
  CHECK_EQ_INT(wordtrie_match_back(b, u("增长"), 0, strlen("增长"), &start), 4);
  CHECK(wordtrie_add(b, "增长", strlen("增长"), 5) == 0); /* the value lives on the last edge */
  CHECK_EQ_INT(wordtrie_match_back(b, u("增长"), 0, strlen("增长"), &start), 5);
  CHECK_EQ_INT(start, 0);
  wordtrie_free(f);
  wordtrie_free(b);
  /* one word without a trie */
  s = "控制在\n５％以内";
  CHECK_EQ_INT(WORD_AT(u(s), strlen(s), 0, "控制在"), strlen("控制在"));
  CHECK_EQ_INT(WORD_AT(u(s), strlen(s), strlen("控制在"), "5%"), strlen(s) - strlen("以内")); /* a wrap, full width */
  CHECK_EQ_INT(WORD_AT(u(s), strlen(s), 0, "控制到"), 0);
  CHECK_EQ_INT(WORD_AT(u(s), 3, 0, "控制在"), 0);                    /* runs past n */
  CHECK_EQ_INT(WORD_BEFORE(u(s), 0, strlen(s), "以内"), strlen(s) - strlen("以内"));
  CHECK_EQ_INT(WORD_BEFORE(u(s), 0, strlen("控制在"), "制在"), strlen("控"));
  CHECK_EQ_INT(WORD_BEFORE(u(s), 0, strlen(s), "以下"), SIZE_MAX);
  CHECK_EQ_INT(WORD_BEFORE(u(s), strlen("控"), strlen("控制在"), "控制在"), SIZE_MAX); /* lo */
  /* CJK characters that share bytes with the word's: its lead byte (增 基), its last
  ** byte (长 U+957F, U+9A7F); a character the text skips, and one it folds */
  CHECK_EQ_INT(WORD_AT(u("基数"), strlen("基数"), 0, "增长"), 0);
  CHECK_EQ_INT(WORD_AT(u("增长"), strlen("增长"), 0, "增长"), strlen("增长"));
  CHECK_EQ_INT(WORD_BEFORE(u("增\xE9\xA9\xBF"), 0, 6, "增长"), SIZE_MAX);
  CHECK_EQ_INT(WORD_BEFORE(u("增长"), 0, 6, "增长"), 0);
  CHECK_EQ_INT(WORD_AT(u("\xE2\x80\x8B增长"), 9, 0, "增长"), 9);  /* zero-width first */
  CHECK_EQ_INT(WORD_AT(u("\xE3\x80\x80增长"), 9, 0, "增长"), 0);  /* U+3000: a space */
  CHECK_EQ_INT(WORD_BEFORE(u("增长\xE2\x80\x8B"), 0, 9, "增长"), 0);
  /* the inline first-byte test: only another CJK lead byte says no at once */
  CHECK(word_at_fails(u("数"), 3, 0, 0xE5));              /* 增 begins with E5 */
  CHECK(!word_at_fails(u("基数"), 6, 0, 0xE5));           /* the same lead byte: ask on */
  CHECK(!word_at_fails(u("\xE2\x80\x8B增"), 6, 0, 0xE5)); /* zero-width: stepped over */
  CHECK(!word_at_fails(u("\n增"), 4, 0, 0xE5));
  CHECK(!word_at_fails(u("数"), 3, 0, 'G'));             /* an ASCII word: folds */
  CHECK(!word_at_fails(u("数"), 3, 3, 0xE5));             /* at the end: the walk says */
  /* full-width punctuation (EF BC ..) says no at once; the byte order mark (EF BB BF) is
  ** stepped over, before and after the word */
  CHECK(word_at_fails(u("，和"), 6, 0, 0xE5));
  CHECK(!word_at_fails(u("\xEF\xBB\xBF和"), 6, 0, 0xE5));
  CHECK_EQ_INT(WORD_AT(u("，和"), 6, 0, "和"), 0);
  CHECK_EQ_INT(WORD_AT(u("\xEF\xBB\xBF和"), 6, 0, "和"), 6);
  CHECK_EQ_INT(WORD_BEFORE(u("和，"), 0, 6, "和"), SIZE_MAX);
  CHECK_EQ_INT(WORD_BEFORE(u("和\xEF\xBB\xBF"), 0, 6, "和"), 0);
  CHECK_EQ_INT(WORD_BEFORE(u("和\xEF\xBC\x8C"), 0, 6, "和"), SIZE_MAX); /* the same ， in bytes */
}

static void test_catalogue(void)
{
  static const char *const required[] = {
    "gdp", "gdp_per_capita", "industrial_va", "fiscal_revenue", "fai", "retail_sales",
    "trade", "exports", "fdi", "cpi", "unemp_surveyed", "unemp_registered",
    "jobs_new_urban", "income_resident", "income_urban", "income_rural", "grain",
    "energy_intensity", "carbon_intensity", "pop_growth", "urbanisation", "rd_intensity",
    "deficit_ratio", "agri_output", "industrial_output"};
  for (size_t k = 0; k < sizeof required / sizeof required[0]; k++) {
    int found = 0;
    for (size_t i = 0; i < indicator_catalogue_size; i++) {
      found += strcmp(indicator_catalogue[i].id, required[k]) == 0;
    }
    if (found != 1) fprintf(stderr, "id %s appears %d times\n", required[k], found);
    CHECK(found == 1);
  }
  indicator_lexicon *lex = indicator_lexicon_new();
  CHECK(lex != NULL);
  size_t n = indicator_lexicon_count(lex);
  CHECK(n > 300);
  for (size_t i = 0; i < n; i++) {
    const indicator_form *f = indicator_lexicon_form(lex, i);
    CHECK(f->form[0] != 0);
    /* every form belongs to one id: looking it up finds its own row */
    const indicator_form *g = indicator_lexicon_lookup(lex, f->form, strlen(f->form));
    if (g != f) fprintf(stderr, "form %s (%s) is also %s\n", f->form, f->id, g ? g->id : "?");
    CHECK(g == f);
  }
  for (size_t i = 0; i < indicator_catalogue_size; i++) {
    const indicator_def *d = &indicator_catalogue[i];
    for (const char *c = d->id; *c; c++) CHECK((*c >= 'a' && *c <= 'z') || *c == '_' || (*c >= '0' && *c <= '9'));
    const indicator_form *g = indicator_lexicon_lookup(lex, d->name, strlen(d->name));
    if (!g || strcmp(g->id, d->id) != 0) fprintf(stderr, "name %s is not a form of %s\n", d->name, d->id);
    CHECK(g && strcmp(g->id, d->id) == 0);
    CHECK(d->name_en[0] && d->unit[0]);
  }
  indicator_lexicon_free(lex);
}

static const char *id_at(const indicator_lexicon *lex, const char *s, size_t *start, size_t *form_start)
{
  indicator_match m;
  if (!lexicon_find_indicator(lex, u(s), strlen(s), 0, &m)) return NULL;
  *start = m.start;
  *form_start = m.form_start;
  return m.form->id;
}

static const char *id_ending(const indicator_lexicon *lex, const char *s, size_t *start)
{
  indicator_match m;
  if (!lexicon_find_indicator_ending(lex, u(s), 0, strlen(s), &m)) return NULL;
  *start = m.start;
  return m.form->id;
}

static void test_find(void)
{
  indicator_lexicon *lex = indicator_lexicon_new();
  size_t start = 9, fs = 9;
  CHECK_EQ_STR(id_at(lex, "全区生产总值增长6%", &start, &fs), "gdp");
  CHECK_EQ_INT(start, 0);
  CHECK_EQ_INT(fs, strlen("全区"));
  CHECK_EQ_STR(id_at(lex, "我市全社会固定资产投资", &start, &fs), "fai");
  CHECK_EQ_STR(id_at(lex, "单位地区生产总值能耗下降", &start, &fs), "energy_intensity");
  CHECK_EQ_STR(id_at(lex, "单位GDP能耗", &start, &fs), "energy_intensity");
  CHECK_EQ_STR(id_at(lex, "进出口总额", &start, &fs), "trade");
  CHECK_EQ_STR(id_at(lex, "城镇调查失\n业率", &start, &fs), "unemp_surveyed");
  CHECK_EQ_STR(id_at(lex, "ＧＤｐ增长", &start, &fs), "gdp");
  CHECK_EQ_STR(id_at(lex, "农民人均纯收入", &start, &fs), "income_rural");
  CHECK_EQ_STR(id_at(lex, "居民消费价格（总水平）涨幅", &start, &fs), "cpi"); /* 居民消费价格 */
  CHECK_EQ_STR(id_at(lex, "全区", &start, &fs), NULL);
  CHECK_EQ_STR(id_at(lex, "经济", &start, &fs), NULL);

  CHECK_EQ_STR(id_ending(lex, "力争全区生产总值", &start), "gdp");
  CHECK_EQ_INT(start, strlen("力争"));
  CHECK_EQ_STR(id_ending(lex, "五年累计利用外资", &start), "fdi");
  CHECK_EQ_STR(id_ending(lex, "规模以上工业增加值", &start), "industrial_va");
  CHECK_EQ_STR(id_ending(lex, "城镇常住居民人均可支配收入", &start), "income_urban");
  CHECK_EQ_INT(start, 0);
  CHECK_EQ_STR(id_ending(lex, "新增自营进出口权企业", &start), NULL);
  CHECK_EQ_STR(id_ending(lex, "单位GDP建设用地面积", &start), NULL);
  CHECK_EQ_STR(id_ending(lex, "全社会研发经费投入强度", &start), "rd_intensity");
  CHECK_EQ_INT(start, 0);

  const char *parts[2];
  size_t end;
  CHECK_EQ_INT(lexicon_split_modifier(u("城乡居民"), 12, 0, &end, parts), 2);
  CHECK_EQ_STR(parts[0], "城镇");
  CHECK_EQ_STR(parts[1], "农村");
  CHECK_EQ_INT(end, 6);
  CHECK_EQ_INT(lexicon_split_modifier(u("城镇居民"), 12, 0, &end, parts), 0);
  indicator_lexicon_free(lex);
}

static void test_add(void)
{
  indicator_lexicon *lex = indicator_lexicon_new();
  size_t n = indicator_lexicon_count(lex), start, fs;
  CHECK_EQ_INT(indicator_lexicon_add(lex, "gdp", "生产总额", strlen("生产总额"), NULL), INDICATOR_ADDED);
  CHECK_EQ_STR(id_at(lex, "全县生产总额增长", &start, &fs), "gdp");
  CHECK_EQ_INT(indicator_lexicon_add(lex, "gdp", "生产总额", strlen("生产总额"), NULL), INDICATOR_UNCHANGED);
  CHECK_EQ_INT(indicator_lexicon_add(lex, "gdp", "生产总额", strlen("生产总额"), "别名"), INDICATOR_NAME_CONFLICT);
  CHECK_EQ_INT(indicator_lexicon_add(lex, "Bad-id", "x", 1, NULL), INDICATOR_BAD_ID);
  CHECK_EQ_INT(indicator_lexicon_add(lex, "", "x", 1, NULL), INDICATOR_BAD_ID);
  CHECK_EQ_INT(indicator_lexicon_add(lex, "ok", " \n", 2, NULL), INDICATOR_BAD_FORM);
  CHECK_EQ_INT(indicator_lexicon_add(lex, "ok", "", 0, NULL), INDICATOR_BAD_FORM);
  /* a new id, named; then the catalogue's form 物价 given to it */
  CHECK_EQ_INT(indicator_lexicon_add(lex, "tea_output", "茶叶产量", strlen("茶叶产量"), "茶叶总产量"), INDICATOR_ADDED);
  CHECK_EQ_INT(indicator_lexicon_add(lex, "tea_output", "茶叶总产量", strlen("茶叶总产量"), NULL), INDICATOR_ADDED);
  const indicator_form *f = indicator_lexicon_find_id(lex, "tea_output");
  CHECK_EQ_STR(f->name, "茶叶总产量");
  CHECK(f->name_en == NULL && f->unit == NULL && f->user == 1);
  CHECK_EQ_INT(indicator_lexicon_add(lex, "my_prices", "物价", strlen("物价"), NULL), INDICATOR_ADDED);
  CHECK_EQ_STR(id_at(lex, "物价上涨", &start, &fs), "my_prices");
  CHECK_EQ_STR(indicator_lexicon_find_id(lex, "my_prices")->name, "物价");
  size_t shadowed = 0;
  for (size_t i = 0; i < indicator_lexicon_count(lex); i++) shadowed += indicator_lexicon_form(lex, i)->shadowed;
  CHECK_EQ_INT(shadowed, 1);
  CHECK_EQ_INT(indicator_lexicon_count(lex), n + 4);
  indicator_lexicon_free(lex);
}

int main(void)
{
  test_wordtrie();
  test_catalogue();
  test_find();
  test_add();
  return check_done("lexicon_indicators");
}
