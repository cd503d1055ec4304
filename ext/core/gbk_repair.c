/*
** Finding GBK punctuation-merge damage: see gbk_repair.h.
*/
#include "gbk_repair.h"
#include "chars.h"
#include "mem.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>

/* The marks a repair may restore: the punctuation of GBK row A1 that follows a word in
** report text. Quotation marks and book-title marks come in pairs, which a repair must
** balance. The rarer brackets of row A1 (〈〉「」『』【】〔〕) are left out: each would add
** dozens of merged forms (机车, 回来) for damage that reports hardly ever show. */
typedef enum mark_role {
  MARK_SEPARATOR, /* 、 between the items of a list */
  MARK_STOP,      /* 。 at the end of a sentence */
  MARK_OPEN,      /* “ 《 ... */
  MARK_CLOSE      /* ” 》 ... */
} mark_role;

typedef struct repair_mark {
  UChar mark;
  mark_role role;
  UChar partner; /* the other half of a pair */
} repair_mark;

static const repair_mark repair_marks[] = {
  {0x3001, MARK_SEPARATOR, 0},  /* 、 */
  {0x3002, MARK_STOP, 0},       /* 。 */
  {0x201C, MARK_OPEN, 0x201D},  /* “ ” */
  {0x201D, MARK_CLOSE, 0x201C},
  {0x2018, MARK_OPEN, 0x2019},  /* ‘ ’ */
  {0x2019, MARK_CLOSE, 0x2018},
  {0x300A, MARK_OPEN, 0x300B},  /* 《 》 */
  {0x300B, MARK_CLOSE, 0x300A},
};

/* The words a repair may restore: words of reports that end in a character a merge can
** swallow (its GBK trail byte is A1). A compiled list rather than ICU's dictionary, which
** holds rare words enough (心肌 for 心迹, 不贰 for 不发) to turn sound text into damage,
** and lacks common ones (全省, 乳牛场, 控辍). Grouped by the final character. */
static const UChar *const report_words[] = {
  u"市场", u"现场", u"广场", u"农场", u"商场", u"立场", u"机场", u"战场", u"考场", u"赛场",
  u"会场", u"林场", u"牧场", u"渔场", u"牛场", u"乳牛场", u"奶牛场", u"猪场", u"鸡场",
  u"羊场", u"养殖场", u"养猪场", u"屠宰场", u"停车场", u"垃圾场", u"货场", u"菜场",
  u"体育场", u"运动场", u"球场", u"剧场", u"操场", u"试验场", u"采石场",
  u"基础",
  u"全省", u"本省", u"我省", u"外省", u"各省", u"该省", u"邻省", u"跨省", u"分省",
  u"兄弟省", u"节省",
  u"保健", u"稳健", u"康健", u"强健",
  u"疾病", u"看病", u"治病", u"防病", u"慢性病", u"地方病", u"传染病", u"职业病",
  u"大病", u"重病", u"常见病", u"多发病", u"心脏病", u"艾滋病",
  u"中小", u"大小", u"缩小", u"减小", u"较小", u"弱小", u"一老一小",
  u"居住", u"抓住", u"守住", u"稳住", u"保住", u"留住", u"管住",
  u"争取", u"采取", u"获取", u"听取", u"收取", u"提取", u"进取", u"索取", u"录取",
  u"选取", u"汲取", u"吸取", u"换取", u"夺取", u"谋取", u"骗取",
  u"人选", u"评选", u"推选", u"遴选", u"竞选", u"候选", u"筛选", u"挑选", u"精选",
  u"入选", u"当选", u"优选", u"首选",
  u"复印", u"打印", u"刊印", u"影印",
  u"详尽", u"无尽", u"穷尽", u"用尽", u"竭尽", u"殆尽", u"耗尽", u"应尽",
  u"珍稀", u"古稀", u"反馈", u"回馈", u"兴隆", u"懈怠", u"淡薄", u"单薄", u"微薄",
  u"稀薄", u"动摇", u"控辍",
};

/* Merged characters that are everyday one-character words of reports (并 and, 发 issue,
** 常 often, 时 when, 当 as, 及 and ...). They stand alone so often, next to words ICU
** does not know (常态化 -> 常/态/化), that standing alone says nothing: they are never
** taken for a merged word, only for a list item (盛市 -> 省、市). */
static const UChar everyday_words[] = {
  0x5E76 /* 并 */, 0x53D1 /* 发 */, 0x7ACB /* 立 */, 0x6CE8 /* 注 */, 0x6563 /* 散 */,
  0x5237 /* 刷 */, 0x606F /* 息 */, 0x5FAE /* 微 */, 0x82F1 /* 英 */, 0x52B2 /* 劲 */,
  0x4FDD /* 保 */, 0x5E38 /* 常 */, 0x62C5 /* 担 */, 0x7F5A /* 罚 */, 0x6D77 /* 海 */,
  0x725B /* 牛 */, 0x7275 /* 牵 */, 0x5269 /* 剩 */, 0x505C /* 停 */, 0x5371 /* 危 */,
  0x5E0C /* 希 */, 0x6821 /* 校 */, 0x798F /* 福 */, 0x6A21 /* 模 */, 0x795D /* 祝 */,
  0x53CA /* 及 */, 0x524D /* 前 */, 0x529D /* 劝 */, 0x62FE /* 拾 */, 0x88C5 /* 装 */,
  0x5BFB /* 寻 */, 0x804C /* 职 */, 0x7A0E /* 税 */, 0x56ED /* 园 */, 0x5F71 /* 影 */,
  0x4E60 /* 习 */, 0x8BDD /* 话 */, 0x666F /* 景 */, 0x4F1F /* 伟 */,
  0x5317 /* 北 */, 0x5F53 /* 当 */, 0x6025 /* 急 */, 0x65F6 /* 时 */, 0x76F4 /* 直 */,
  0x6740 /* 杀 */, 0x5458 /* 员 */, 0x7968 /* 票 */, 0x7F3A /* 缺 */, 0x7E41 /* 繁 */,
  0x526F /* 副 */, 0x6F5C /* 潜 */, 0x8C0B /* 谋 */, 0x5956 /* 奖 */, 0x6295 /* 投 */,
  0x5934 /* 头 */, 0x54C1 /* 品 */, 0x8DEF /* 路 */, 0x73AF /* 环 */, 0x8303 /* 范 */,
  0x7EA7 /* 级 */, 0x4EA9 /* 亩 */, 0x786E /* 确 */, 0x76DB /* 盛 */,
};

/* Single characters that stand as items of a list of administrative levels (省、市、县):
** 盛市 is 省、市 when both would stand alone. */
static const UChar list_items[] = {
  0x56FD /* 国 */, 0x7701 /* 省 */, 0x5E02 /* 市 */, 0x53BF /* 县 */, 0x533A /* 区 */,
  0x4E61 /* 乡 */, 0x9547 /* 镇 */, 0x6751 /* 村 */, 0x5DDE /* 州 */,
};

/* Characters that follow a verb in use (尝到了, 尝过, 尝一尝): a merged character followed
** by one of them is the verb it looks like, not damage. */
static const UChar verb_particles[] = {
  0x4E86 /* 了 */, 0x8FC7 /* 过 */, 0x7740 /* 着 */, 0x5230 /* 到 */, 0x5F97 /* 得 */,
  0x4E00 /* 一 */,
};

/* How far a repair looks for context: a Han run or a sentence beyond this is cut. */
#define WORD_CONTEXT 8
#define SENTENCE_CONTEXT 48

static const repair_mark *find_mark(UChar mark)
{
  for (size_t i = 0; i < sizeof repair_marks / sizeof repair_marks[0]; i++) {
    if (repair_marks[i].mark == mark) return &repair_marks[i];
  }
  return NULL;
}

static int cmp_merge(const void *a, const void *b)
{
  const gbk_merge *x = a, *y = b;
  return (int)x->merged - (int)y->merged;
}

/* Decodes the two GBK bytes lead, trail; returns the character, or 0 when they are not
** exactly one character. */
static UChar gbk_char(UConverter *cv, unsigned lead, unsigned trail)
{
  char bytes[2] = {(char)lead, (char)trail};
  UChar out[4];
  UErrorCode code = U_ZERO_ERROR;
  ucnv_resetToUnicode(cv);
  int32_t n = ucnv_toUChars(cv, out, 4, bytes, 2, &code);
  return U_SUCCESS(code) && n == 1 ? out[0] : 0;
}

text_status gbk_table_build(gbk_table *table, text_error *err)
{
  table->merges = NULL;
  table->n = 0;
  UErrorCode code = U_ZERO_ERROR;
  UConverter *cv = ucnv_open("GBK", &code);
  if (U_FAILURE(code)) return text_icu_failed(err, "ucnv_open", code);
  ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
  ucnv_setFromUCallBack(cv, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
  if (U_FAILURE(code)) {
    ucnv_close(cv);
    return text_icu_failed(err, "ucnv_setToUCallBack", code);
  }
  /* The trail byte of each mark in GBK row A1. */
  size_t n_marks = sizeof repair_marks / sizeof repair_marks[0];
  unsigned trail[sizeof repair_marks / sizeof repair_marks[0]];
  for (size_t m = 0; m < n_marks; m++) {
    char bytes[4];
    code = U_ZERO_ERROR;
    ucnv_resetFromUnicode(cv);
    int32_t len = ucnv_fromUChars(cv, bytes, sizeof bytes, &repair_marks[m].mark, 1, &code);
    trail[m] = U_SUCCESS(code) && len == 2 && (unsigned char)bytes[0] == 0xA1
                   ? (unsigned char)bytes[1]
                   : 0;
  }
  size_t cap = 128 * n_marks;
  table->merges = gwr_mem_alloc(cap * sizeof(gbk_merge));
  if (table->merges == NULL) {
    ucnv_close(cv);
    return text_nomem(err);
  }
  for (unsigned lead = 0x81; lead <= 0xFE; lead++) {
    UChar character = gbk_char(cv, lead, 0xA1);
    if (character == 0 || !char_is_han(character)) continue;
    for (size_t m = 0; m < n_marks; m++) {
      if (trail[m] == 0) continue;
      UChar merged = gbk_char(cv, lead, trail[m]);
      if (merged == 0 || !char_is_han(merged) || table->n == cap) continue;
      gbk_merge *g = &table->merges[table->n++];
      g->merged = merged;
      g->character = character;
      g->mark = repair_marks[m].mark;
    }
  }
  ucnv_close(cv);
  qsort(table->merges, table->n, sizeof(gbk_merge), cmp_merge);
  return TEXT_OK;
}

void gbk_table_free(gbk_table *table)
{
  gwr_mem_free(table->merges);
  table->merges = NULL;
  table->n = 0;
}

const gbk_merge *gbk_table_find(const gbk_table *table, UChar c)
{
  size_t lo = 0, hi = table->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    UChar m = table->merges[mid].merged;
    if (m == c) return &table->merges[mid];
    if (m < c) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

/* Is c one of the characters of set[0..n)? */
static int in_set(const UChar *set, size_t n, UChar c)
{
  for (size_t i = 0; i < n; i++) {
    if (set[i] == c) return 1;
  }
  return 0;
}

#define IN_SET(set, c) in_set(set, sizeof set / sizeof set[0], c)

static int is_han_unit(UChar c)
{
  return !U16_IS_SURROGATE(c) && char_is_han(c);
}

/* Ends a sentence for the purpose of pairing quotation marks. */
static int ends_sentence(UChar c)
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' ||
         char_is_newline(c);
}

/* Is s[at] a word of its own, in a window of the Han run around it? */
static text_status stands_alone(word_iter *words, const UChar *s, int32_t n, int32_t at,
                                int *alone, text_error *err)
{
  int32_t from = at, to = at + 1;
  while (from > 0 && at - from < WORD_CONTEXT && is_han_unit(s[from - 1])) from--;
  while (to < n && to - at <= WORD_CONTEXT && is_han_unit(s[to])) to++;
  int32_t start, end;
  if (word_span_at(words, s + from, to - from, at - from, &start, &end, err) != TEXT_OK) {
    return err->status;
  }
  *alone = end - start == 1;
  return TEXT_OK;
}

/* Are the two characters a and b one word to ICU's dictionary? */
static text_status is_word_pair(word_iter *words, UChar a, UChar b, int *pair, text_error *err)
{
  UChar two[2] = {a, b};
  int32_t start, end;
  if (word_span_at(words, two, 2, 0, &start, &end, err) != TEXT_OK) return err->status;
  *pair = end - start == 2;
  return TEXT_OK;
}

/* Does `character`, put in place of s[at], end one of the report words with the Han
** characters before it? The word must start where a word of the damaged text starts:
** 查看并 is not 查看病、 (看病 would cut 查看 in two). */
static text_status completes_word(word_iter *words, const UChar *s, int32_t at, UChar character,
                                  int *word, text_error *err)
{
  UChar window[WORD_CONTEXT + 1];
  int32_t k = 0, from = at;
  while (from > 0 && at - from < WORD_CONTEXT && is_han_unit(s[from - 1])) from--;
  for (int32_t i = from; i <= at; i++) window[k++] = s[i];
  window[k - 1] = character;
  int32_t start = -1; /* where the longest report word ending in `character` starts */
  for (size_t w = 0; w < sizeof report_words / sizeof report_words[0]; w++) {
    const UChar *rw = report_words[w];
    int32_t len = 0;
    while (rw[len]) len++;
    if (len <= k && (start < 0 || k - len < start) &&
        memcmp(window + k - len, rw, (size_t)len * sizeof(UChar)) == 0) {
      start = k - len;
    }
  }
  *word = 0;
  if (start < 0) return TEXT_OK;
  window[k - 1] = s[at];
  return word_is_boundary(words, window, k, start, word, err);
}

/* Scanning forward from s[from] to the end of the sentence: is there a `close` that no
** `open` after from pairs with? */
static int unpaired_close_ahead(const UChar *s, int32_t n, int32_t from, UChar open, UChar close)
{
  int depth = 0;
  for (int32_t i = from; i < n && i - from < SENTENCE_CONTEXT && !ends_sentence(s[i]); i++) {
    if (s[i] == open) depth++;
    else if (s[i] == close && depth-- == 0) return 1;
  }
  return 0;
}

/* Scanning back from s[from] to the start of the sentence: is there an `open` that no
** `close` before from pairs with? */
static int unpaired_open_behind(const UChar *s, int32_t from, UChar open, UChar close)
{
  int depth = 0;
  for (int32_t i = from; i >= 0 && from - i < SENTENCE_CONTEXT && !ends_sentence(s[i]); i--) {
    if (s[i] == close) depth++;
    else if (s[i] == open && depth-- == 0) return 1;
  }
  return 0;
}

/* Would the mark m, restored right after s[at], pair with a partner that is unpaired now,
** in the same sentence, and that no other mark claims? */
static int balances_pair(const UChar *s, int32_t n, int32_t at, const repair_mark *m)
{
  if (m->role == MARK_OPEN) {
    return unpaired_close_ahead(s, n, at + 1, m->mark, m->partner) &&
           !unpaired_open_behind(s, at - 1, m->mark, m->partner);
  }
  return unpaired_open_behind(s, at - 1, m->partner, m->mark) &&
         !unpaired_close_ahead(s, n, at + 1, m->partner, m->mark);
}

/* Is the text after a restored mark of `role` what such a mark is followed by? */
static int fits_after(const UChar *s, int32_t n, int32_t next, const repair_mark *m)
{
  if (next >= n) return m->role == MARK_STOP || m->role == MARK_CLOSE;
  UChar c = s[next];
  switch (m->role) {
  case MARK_SEPARATOR: /* the next item of the list */
    return is_han_unit(c) || u_isalnum(c);
  case MARK_STOP: /* a new sentence, or the end of the paragraph */
    return is_han_unit(c) || u_isalnum(c) || char_is_newline(c);
  case MARK_OPEN: /* the quoted text */
    return is_han_unit(c) || u_isalnum(c);
  default: /* anything but a second closing mark */
    return c != m->mark;
  }
}

/* Checks one candidate: s[at] is the merged form of g. */
static text_status check_candidate(word_iter *words, const UChar *s, int32_t n, int32_t at,
                                   const gbk_merge *g, int *damaged, text_error *err)
{
  *damaged = 0;
  const repair_mark *m = find_mark(g->mark);
  if (m == NULL || at == 0) return TEXT_OK;
  UChar before = s[at - 1];
  UChar after = at + 1 < n ? s[at + 1] : 0;
  if (!fits_after(s, n, at + 1, m)) return TEXT_OK;
  if ((m->role == MARK_OPEN || m->role == MARK_CLOSE) && !balances_pair(s, n, at, m)) {
    return TEXT_OK;
  }
  /* The merged character must sit badly: a word of its own, and no word with either
  ** neighbour even when ICU's context splits them otherwise (尝到了 -> 尝/到了). */
  int alone, pair = 0;
  if (stands_alone(words, s, n, at, &alone, err) != TEXT_OK) return err->status;
  if (!alone) return TEXT_OK;
  if (is_han_unit(before)) {
    if (is_word_pair(words, before, s[at], &pair, err) != TEXT_OK) return err->status;
    if (pair) return TEXT_OK;
  }
  if (IN_SET(verb_particles, after) || after == s[at]) return TEXT_OK;
  if (is_han_unit(after)) {
    if (is_word_pair(words, s[at], after, &pair, err) != TEXT_OK) return err->status;
    if (pair) return TEXT_OK;
  }
  /* ... and the restored character must make sense: it completes a report word, or it
  ** is an item of a list of administrative levels whose next item stands alone too. */
  int word = 0;
  if (is_han_unit(before) && !IN_SET(everyday_words, s[at])) {
    if (completes_word(words, s, at, g->character, &word, err) != TEXT_OK) return err->status;
  }
  if (!word && m->role == MARK_SEPARATOR && IN_SET(list_items, g->character) &&
      IN_SET(list_items, after)) {
    if (stands_alone(words, s, n, at + 1, &word, err) != TEXT_OK) return err->status;
  }
  *damaged = word;
  return TEXT_OK;
}

text_status gbk_repair_scan(const gbk_table *table, word_iter *words, const UChar *s, int32_t n,
                            gbk_damage_fn fn, void *arg, stop_fn stop, void *ctx,
                            text_error *err)
{
  const int32_t every = (int32_t)(STOP_EVERY_BYTES / sizeof(UChar));
  for (int32_t at = 1; at < n; at++) {
    if (stop && at % every == 0 && stop(ctx, (size_t)at * sizeof(UChar))) return text_stopped(err);
    const gbk_merge *g = gbk_table_find(table, s[at]);
    if (g == NULL) continue;
    int damaged;
    if (check_candidate(words, s, n, at, g, &damaged, err) != TEXT_OK) return err->status;
    if (!damaged) continue;
    gbk_damage d = {at, g};
    if (fn(arg, &d, err) != TEXT_OK) return err->status;
  }
  return TEXT_OK;
}
