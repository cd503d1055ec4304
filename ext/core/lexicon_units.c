/*
** The lexicon of quantities: see lexicon_units.h. The tables come first, as lists of
** data; the functions after them only match text against the tables.
**
** Each entry carries a key: the code point of its first character (of its last, for the
** words matched backwards from a number). The lists are kept in key order (then byte
** order), so the words of one key stand together; a lookup finds the first of them
** through an index of the keys built at first use (a binary search until then), and
** from the keys a small filter is computed at compile time that turns most positions
** down before any search. test_lexicon_units checks the keys and the order.
*/
#include "lexicon_units.h"

#include "chars.h"
#include "utf8.h"

#include <stdatomic.h>
#include <string.h>

/* A 4096-bit filter over code points, computed at compile time from a list: bit
** (cp & 63) of word ((cp >> 6) & 63). Different code points may share a bit; a set bit
** only means "search", a clear bit means "certainly no entry". */
#define FILTER_BIT(w, cp) ((((cp) >> 6) & 63) == (w) ? UINT64_C(1) << ((cp) & 63) : 0)
#define OR_FILTER_BIT(w, cp, ...) | FILTER_BIT(w, cp)
#define FILTER_WORD(list, w) (0 list(OR_FILTER_BIT, w))
#define FILTER4(list, w)                                                                 \
  FILTER_WORD(list, w), FILTER_WORD(list, (w) + 1), FILTER_WORD(list, (w) + 2),         \
      FILTER_WORD(list, (w) + 3)
#define FILTER16(list, w) \
  FILTER4(list, w), FILTER4(list, (w) + 4), FILTER4(list, (w) + 8), FILTER4(list, (w) + 12)
#define FILTER(list) FILTER16(list, 0), FILTER16(list, 16), FILTER16(list, 32), FILTER16(list, 48)

static int filter_has(const uint64_t filter[64], uint32_t cp)
{
  return (filter[(cp >> 6) & 63] >> (cp & 63)) & 1;
}

#define AS_WORD(a, key, form) {form, sizeof(form) - 1, key},

/* ---- units ---------------------------------------------------------------------- */

#define N QUANTITY_NONE
#define PCT QUANTITY_PERCENT
#define PML QUANTITY_PERMILLE
#define PTS QUANTITY_POINTS
#define MNY QUANTITY_MONEY
#define CNT QUANTITY_COUNT
#define MSR QUANTITY_MEASURE
#define MUL QUANTITY_MULTIPLE
#define AR UNIT_ARABIC_ONLY
#define TM UNIT_TIME
#define NP UNIT_NO_PER

/* X(a, first character, written form, canonical name, kind, flags). The longest form at
** a position wins: 个百分点 beats 个, 个月 beats 月, 日元 beats 日, 次会议 beats 次. Kind N
** marks words that rule the number before them out (dates, labels, sessions: 3月, 5号,
** 三次会议). ASCII forms are matched case-sensitively (5G is no gram). */
#define UNIT_LIST(X, a) \
  X(a, 0x0025, "%", "%", PCT, NP)                                                               \
  X(a, 0x0043, "CM", "厘米", MSR, 0)                                                              \
  X(a, 0x0047, "GW", "吉瓦", MSR, 0)                                                              \
  X(a, 0x0048, "Hz", "赫兹", MSR, 0)                                                              \
  X(a, 0x004B, "KG", "公斤", MSR, 0)                                                              \
  X(a, 0x004B, "KM", "公里", MSR, 0)                                                              \
  X(a, 0x004B, "KW", "千瓦", MSR, 0)                                                              \
  X(a, 0x004B, "KWh", "千瓦时", MSR, 0)                                                            \
  X(a, 0x004B, "Kg", "公斤", MSR, 0)                                                              \
  X(a, 0x004B, "Km", "公里", MSR, 0)                                                              \
  X(a, 0x004C, "L", "升", MSR, 0)                                                                \
  X(a, 0x004D, "MHz", "兆赫", MSR, 0)                                                             \
  X(a, 0x004D, "MW", "兆瓦", MSR, 0)                                                              \
  X(a, 0x0063, "cm", "厘米", MSR, 0)                                                              \
  X(a, 0x0067, "g", "克", MSR, 0)                                                                \
  X(a, 0x006B, "kW", "千瓦", MSR, 0)                                                              \
  X(a, 0x006B, "kWh", "千瓦时", MSR, 0)                                                            \
  X(a, 0x006B, "kg", "公斤", MSR, 0)                                                              \
  X(a, 0x006B, "km", "公里", MSR, 0)                                                              \
  X(a, 0x006B, "km2", "平方公里", MSR, 0)                                                           \
  X(a, 0x006B, "km²", "平方公里", MSR, 0)                                                           \
  X(a, 0x006B, "kw", "千瓦", MSR, 0)                                                              \
  X(a, 0x006B, "kwh", "千瓦时", MSR, 0)                                                            \
  X(a, 0x006D, "m", "米", MSR, 0)                                                                \
  X(a, 0x006D, "m2", "平方米", MSR, 0)                                                             \
  X(a, 0x006D, "m3", "立方米", MSR, 0)                                                             \
  X(a, 0x006D, "mL", "毫升", MSR, 0)                                                              \
  X(a, 0x006D, "mg", "毫克", MSR, 0)                                                              \
  X(a, 0x006D, "ml", "毫升", MSR, 0)                                                              \
  X(a, 0x006D, "mm", "毫米", MSR, 0)                                                              \
  X(a, 0x006D, "ms", "毫秒", MSR, TM)                                                             \
  X(a, 0x006D, "m²", "平方米", MSR, 0)                                                             \
  X(a, 0x006D, "m³", "立方米", MSR, 0)                                                             \
  X(a, 0x00B0, "°C", "摄氏度", MSR, 0)                                                             \
  X(a, 0x03BC, "μg", "微克", MSR, 0)                                                              \
  X(a, 0x2030, "‰", "‰", PML, NP)                                                               \
  X(a, 0x2103, "℃", "摄氏度", MSR, 0)                                                              \
  X(a, 0x338F, "㎏", "公斤", MSR, 0)                                                               \
  X(a, 0x339C, "㎜", "毫米", MSR, 0)                                                               \
  X(a, 0x339D, "㎝", "厘米", MSR, 0)                                                               \
  X(a, 0x339E, "㎞", "公里", MSR, 0)                                                               \
  X(a, 0x33A1, "㎡", "平方米", MSR, 0)                                                              \
  X(a, 0x4E16, "世纪", "", N, 0)                                                                  \
  X(a, 0x4E2A, "个", "个", CNT, 0)                                                                \
  X(a, 0x4E2A, "个季度", "个季度", MSR, TM)                                                           \
  X(a, 0x4E2A, "个小时", "小时", MSR, TM)                                                            \
  X(a, 0x4E2A, "个工作日", "个工作日", MSR, TM)                                                         \
  X(a, 0x4E2A, "个月", "个月", MSR, TM)                                                             \
  X(a, 0x4E2A, "个百分点", "个百分点", PTS, NP)                                                         \
  X(a, 0x4E2D, "中全会", "", N, 0)                                                                 \
  X(a, 0x4EA9, "亩", "亩", MSR, 0)                                                                \
  X(a, 0x4EBA, "人", "人", CNT, 0)                                                                \
  X(a, 0x4EBA, "人次", "人次", CNT, 0)                                                              \
  X(a, 0x4EBA, "人民币", "元", MNY, 0)                                                              \
  X(a, 0x4EF6, "件", "件", CNT, 0)                                                                \
  X(a, 0x4EF6, "件次", "件次", CNT, 0)                                                              \
  X(a, 0x4EFD, "份", "份", CNT, 0)                                                                \
  X(a, 0x4F0F, "伏", "伏", MSR, AR)                                                               \
  X(a, 0x4F0F, "伏特", "伏", MSR, 0)                                                               \
  X(a, 0x4F4D, "位", "位", CNT, 0)                                                                \
  X(a, 0x4F4D, "位数", "", N, 0)                                                                  \
  X(a, 0x4F8B, "例", "例", CNT, 0)                                                                \
  X(a, 0x500B, "個", "个", CNT, 0)                                                                \
  X(a, 0x500B, "個月", "个月", MSR, TM)                                                             \
  X(a, 0x500B, "個百分點", "个百分点", PTS, NP)                                                         \
  X(a, 0x500D, "倍", "倍", MUL, NP)                                                               \
  X(a, 0x5143, "元", "元", MNY, 0)                                                                \
  X(a, 0x5143, "元人民币", "元", MNY, 0)                                                             \
  X(a, 0x5143, "元整", "元", MNY, 0)                                                               \
  X(a, 0x5143, "元正", "元", MNY, 0)                                                               \
  X(a, 0x5146, "兆字节", "兆字节", MSR, 0)                                                            \
  X(a, 0x5146, "兆瓦", "兆瓦", MSR, 0)                                                              \
  X(a, 0x5146, "兆瓦时", "兆瓦时", MSR, 0)                                                            \
  X(a, 0x5146, "兆赫", "兆赫", MSR, 0)                                                              \
  X(a, 0x5146, "兆赫兹", "兆赫", MSR, 0)                                                             \
  X(a, 0x514B, "克", "克", MSR, 0)                                                                \
  X(a, 0x516C, "公分", "厘米", MSR, 0)                                                              \
  X(a, 0x516C, "公斤", "公斤", MSR, 0)                                                              \
  X(a, 0x516C, "公里", "公里", MSR, 0)                                                              \
  X(a, 0x516C, "公顷", "公顷", MSR, 0)                                                              \
  X(a, 0x518C, "册", "册", CNT, 0)                                                                \
  X(a, 0x5206, "分钟", "分钟", MSR, TM)                                                             \
  X(a, 0x5339, "匹", "匹", CNT, 0)                                                                \
  X(a, 0x5343, "千伏", "千伏", MSR, 0)                                                              \
  X(a, 0x5343, "千伏安", "千伏安", MSR, 0)                                                            \
  X(a, 0x5343, "千克", "公斤", MSR, 0)                                                              \
  X(a, 0x5343, "千卡", "千卡", MSR, 0)                                                              \
  X(a, 0x5343, "千字节", "千字节", MSR, 0)                                                            \
  X(a, 0x5343, "千比特", "千比特", MSR, 0)                                                            \
  X(a, 0x5343, "千瓦", "千瓦", MSR, 0)                                                              \
  X(a, 0x5343, "千瓦时", "千瓦时", MSR, 0)                                                            \
  X(a, 0x5343, "千米", "公里", MSR, 0)                                                              \
  X(a, 0x5347, "升", "升", MSR, AR)                                                               \
  X(a, 0x5362, "卢布", "卢布", MNY, 0)                                                              \
  X(a, 0x5398, "厘米", "厘米", MSR, 0)                                                              \
  X(a, 0x53EA, "只", "只", CNT, 0)                                                                \
  X(a, 0x53F0, "台", "台", CNT, 0)                                                                \
  X(a, 0x53F0, "台套", "台套", CNT, 0)                                                              \
  X(a, 0x53F0, "台币", "新台币", MNY, 0)                                                             \
  X(a, 0x53F7, "号", "", N, 0)                                                                   \
  X(a, 0x5409, "吉瓦", "吉瓦", MSR, 0)                                                              \
  X(a, 0x540D, "名", "名", CNT, 0)                                                                \
  X(a, 0x5428, "吨", "吨", MSR, 0)                                                                \
  X(a, 0x5428, "吨标准煤", "吨标准煤", MSR, 0)                                                          \
  X(a, 0x5428, "吨标煤", "吨标准煤", MSR, 0)                                                           \
  X(a, 0x5468, "周", "周", MSR, TM)                                                               \
  X(a, 0x5468, "周岁", "岁", MSR, 0)                                                               \
  X(a, 0x5706, "圆", "元", MNY, 0)                                                                \
  X(a, 0x5706, "圆整", "元", MNY, 0)                                                               \
  X(a, 0x5706, "圆正", "元", MNY, 0)                                                               \
  X(a, 0x573A, "场", "场", CNT, 0)                                                                \
  X(a, 0x5904, "处", "处", CNT, 0)                                                                \
  X(a, 0x5929, "天", "天", MSR, TM)                                                               \
  X(a, 0x5934, "头", "头", CNT, 0)                                                                \
  X(a, 0x5934, "头只", "头只", CNT, 0)                                                              \
  X(a, 0x5957, "套", "套", CNT, 0)                                                                \
  X(a, 0x5B57, "字节", "字节", MSR, 0)                                                              \
  X(a, 0x5B63, "季度", "", N, 0)                                                                  \
  X(a, 0x5B66, "学时", "学时", MSR, 0)                                                              \
  X(a, 0x5B97, "宗", "宗", CNT, 0)                                                                \
  X(a, 0x5BB6, "家", "家", CNT, 0)                                                                \
  X(a, 0x5BB6, "家次", "家次", CNT, 0)                                                              \
  X(a, 0x5C0F, "小时", "小时", MSR, TM)                                                             \
  X(a, 0x5C81, "岁", "岁", MSR, 0)                                                                \
  X(a, 0x5DE5, "工作日", "个工作日", MSR, TM)                                                          \
  X(a, 0x5E62, "幢", "幢", CNT, 0)                                                                \
  X(a, 0x5E73, "平方公里", "平方公里", MSR, 0)                                                          \
  X(a, 0x5E73, "平方千米", "平方公里", MSR, 0)                                                          \
  X(a, 0x5E73, "平方米", "平方米", MSR, 0)                                                            \
  X(a, 0x5E73, "平米", "平方米", MSR, 0)                                                             \
  X(a, 0x5E74, "年", "年", MSR, TM)                                                               \
  X(a, 0x5E74, "年代", "", N, 0)                                                                  \
  X(a, 0x5E74, "年度", "年", MSR, TM)                                                              \
  X(a, 0x5E74, "年级", "", N, 0)                                                                  \
  X(a, 0x5E8A, "床", "床", CNT, AR)                                                               \
  X(a, 0x5E8A, "床位", "床位", CNT, 0)                                                              \
  X(a, 0x5EA6, "度", "度", MSR, AR)                                                               \
  X(a, 0x5EA7, "座", "座", CNT, 0)                                                                \
  X(a, 0x5F20, "张", "张", CNT, 0)                                                                \
  X(a, 0x5FAE, "微克", "微克", MSR, 0)                                                              \
  X(a, 0x6237, "户", "户", CNT, 0)                                                                \
  X(a, 0x6237, "户次", "户次", CNT, 0)                                                              \
  X(a, 0x6240, "所", "所", CNT, 0)                                                                \
  X(a, 0x6279, "批", "批", CNT, 0)                                                                \
  X(a, 0x6279, "批次", "批次", CNT, 0)                                                              \
  X(a, 0x6444, "摄氏度", "摄氏度", MSR, 0)                                                            \
  X(a, 0x652F, "支", "支", CNT, 0)                                                                \
  X(a, 0x65A4, "斤", "斤", MSR, 0)                                                                \
  X(a, 0x65B0, "新台币", "新台币", MNY, 0)                                                            \
  X(a, 0x65E5, "日", "", N, 0)                                                                   \
  X(a, 0x65E5, "日元", "日元", MNY, 0)                                                              \
  X(a, 0x65E5, "日币", "日元", MNY, 0)                                                              \
  X(a, 0x65F6, "时", "", N, 0)                                                                   \
  X(a, 0x661F, "星级", "", N, 0)                                                                  \
  X(a, 0x6708, "月", "", N, 0)                                                                   \
  X(a, 0x6708, "月份", "", N, 0)                                                                  \
  X(a, 0x6761, "条", "条", CNT, 0)                                                                \
  X(a, 0x679A, "枚", "枚", CNT, 0)                                                                \
  X(a, 0x67B6, "架", "架", CNT, 0)                                                                \
  X(a, 0x67B6, "架次", "架次", CNT, 0)                                                              \
  X(a, 0x6807, "标箱", "标箱", MSR, 0)                                                              \
  X(a, 0x680B, "栋", "栋", CNT, 0)                                                                \
  X(a, 0x682A, "株", "株", CNT, 0)                                                                \
  X(a, 0x6839, "根", "根", CNT, 0)                                                                \
  X(a, 0x68F5, "棵", "棵", CNT, 0)                                                                \
  X(a, 0x6B21, "次", "次", CNT, 0)                                                                \
  X(a, 0x6B21, "次产业", "", N, 0)                                                                 \
  X(a, 0x6B21, "次代表大会", "", N, 0)                                                               \
  X(a, 0x6B21, "次会议", "", N, 0)                                                                 \
  X(a, 0x6B21, "次党代会", "", N, 0)                                                                \
  X(a, 0x6B21, "次全会", "", N, 0)                                                                 \
  X(a, 0x6B21, "次全体", "", N, 0)                                                                 \
  X(a, 0x6B21, "次全体会议", "", N, 0)                                                               \
  X(a, 0x6B21, "次全国代表大会", "", N, 0)                                                             \
  X(a, 0x6B27, "欧元", "欧元", MNY, 0)                                                              \
  X(a, 0x6BD4, "比特", "比特", MSR, 0)                                                              \
  X(a, 0x6BEB, "毫克", "毫克", MSR, 0)                                                              \
  X(a, 0x6BEB, "毫升", "毫升", MSR, 0)                                                              \
  X(a, 0x6BEB, "毫秒", "毫秒", MSR, TM)                                                             \
  X(a, 0x6BEB, "毫米", "毫米", MSR, 0)                                                              \
  X(a, 0x6CF0, "泰铢", "泰铢", MNY, 0)                                                              \
  X(a, 0x6E2F, "港元", "港元", MNY, 0)                                                              \
  X(a, 0x6E2F, "港币", "港元", MNY, 0)                                                              \
  X(a, 0x6E2F, "港幣", "港元", MNY, 0)                                                              \
  X(a, 0x6FB3, "澳元", "澳元", MNY, 0)                                                              \
  X(a, 0x70B9, "点", "", N, 0)                                                                   \
  X(a, 0x7247, "片", "片", CNT, 0)                                                                \
  X(a, 0x73ED, "班次", "班次", CNT, 0)                                                              \
  X(a, 0x745E, "瑞士法郎", "瑞士法郎", MNY, 0)                                                          \
  X(a, 0x74E6, "瓦", "瓦", MSR, 0)                                                                \
  X(a, 0x767E, "百分点", "个百分点", PTS, NP)                                                          \
  X(a, 0x79CD, "种", "种", CNT, 0)                                                                \
  X(a, 0x79D2, "秒", "秒", MSR, TM)                                                               \
  X(a, 0x7ACB, "立方", "立方米", MSR, 0)                                                             \
  X(a, 0x7ACB, "立方米", "立方米", MSR, 0)                                                            \
  X(a, 0x7BC7, "篇", "篇", CNT, 0)                                                                \
  X(a, 0x7C73, "米", "米", MSR, 0)                                                                \
  X(a, 0x7C7B, "类", "类", CNT, 0)                                                                \
  X(a, 0x7EA7, "级", "", N, 0)                                                                   \
  X(a, 0x7EC4, "组", "组", CNT, 0)                                                                \
  X(a, 0x7F8E, "美元", "美元", MNY, 0)                                                              \
  X(a, 0x7F8E, "美圆", "美元", MNY, 0)                                                              \
  X(a, 0x7F8E, "美金", "美元", MNY, 0)                                                              \
  X(a, 0x8258, "艘", "艘", CNT, 0)                                                                \
  X(a, 0x82F1, "英镑", "英镑", MNY, 0)                                                              \
  X(a, 0x8D6B, "赫兹", "赫兹", MSR, 0)                                                              \
  X(a, 0x8D77, "起", "起", CNT, 0)                                                                \
  X(a, 0x8F66, "车次", "车次", CNT, 0)                                                              \
  X(a, 0x8F86, "辆", "辆", CNT, 0)                                                                \
  X(a, 0x90E8, "部", "部", CNT, 0)                                                                \
  X(a, 0x90E8, "部门", "部门", CNT, 0)                                                              \
  X(a, 0x952D, "锭", "锭", CNT, 0)                                                                \
  X(a, 0x95F4, "间", "间", CNT, 0)                                                                \
  X(a, 0x97E9, "韩元", "韩元", MNY, 0)                                                              \
  X(a, 0x9879, "项", "项", CNT, 0)

#define AS_UNIT(a, key, form, name, kind, flags) {{form, sizeof(form) - 1, key}, name, kind, flags},
static const lexicon_unit UNITS[] = {UNIT_LIST(AS_UNIT, 0)};
static const uint64_t UNIT_FILTER[64] = {FILTER(UNIT_LIST)};

#undef N
#undef PCT
#undef PML
#undef PTS
#undef MNY
#undef CNT
#undef MSR
#undef MUL
#undef AR
#undef TM
#undef NP

/* ---- currency signs --------------------------------------------------------------- */

/* X(a, last character, sign written before the number, money unit). */
#define CURRENCY_LIST(X, a) \
  X(a, 0x0024, "$", "美元")                                                                       \
  X(a, 0x0024, "A$", "澳元")                                                                      \
  X(a, 0x0024, "HK$", "港元")                                                                     \
  X(a, 0x0024, "US$", "美元")                                                                     \
  X(a, 0x0042, "RMB", "元")                                                                      \
  X(a, 0x0044, "HKD", "港元")                                                                     \
  X(a, 0x0044, "USD", "美元")                                                                     \
  X(a, 0x0052, "EUR", "欧元")                                                                     \
  X(a, 0x0059, "CNY", "元")                                                                      \
  X(a, 0x0059, "JPY", "日元")                                                                     \
  X(a, 0x00A3, "£", "英镑")                                                                       \
  X(a, 0x00A5, "JPY¥", "日元")                                                                    \
  X(a, 0x00A5, "¥", "元")                                                                        \
  X(a, 0x20A9, "₩", "韩元")                                                                       \
  X(a, 0x20AC, "€", "欧元")                                                                       \
  X(a, 0x5143, "港元", "港元")                                                                      \
  X(a, 0x5143, "美元", "美元")                                                                      \
  X(a, 0x5E01, "人民币", "元")                                                                      \
  X(a, 0x5E01, "台币", "新台币")                                                                     \
  X(a, 0x5E01, "新台币", "新台币")                                                                    \
  X(a, 0x5E01, "港币", "港元")                                                                      \
  X(a, 0x5E63, "人民幣", "元")                                                                      \
  X(a, 0x5E63, "港幣", "港元")                                                                      \
  X(a, 0xFFE5, "￥", "元")

#define AS_CURRENCY(a, key, form, unit) {{form, sizeof(form) - 1, key}, unit},
static const struct {
  lexicon_word word;
  const char *unit;
} CURRENCIES[] = {CURRENCY_LIST(AS_CURRENCY, 0)};
static const uint64_t CURRENCY_FILTER[64] = {FILTER(CURRENCY_LIST)};

/* ---- qualifiers -------------------------------------------------------------------- */

/* Before the number, X(a, last character, word, is a qualifier): the qualifiers, and
** longer words that end like one but are not (最近 is not 近, 节约 is not 约, 经过 is not
** 过); the longest match decides. */
#define QUALIFIER_BEFORE_LIST(X, a) \
  X(a, 0x4E0A, "上", 1)                                                                          \
  X(a, 0x4E0A, "之上", 0)                                                                         \
  X(a, 0x4E0A, "以上", 0)                                                                         \
  X(a, 0x4E0A, "会上", 0)                                                                         \
  X(a, 0x4E0A, "加上", 0)                                                                         \
  X(a, 0x4E0A, "北上", 0)                                                                         \
  X(a, 0x4E0A, "向上", 0)                                                                         \
  X(a, 0x4E0A, "基础上", 0)                                                                        \
  X(a, 0x4E0A, "实际上", 0)                                                                        \
  X(a, 0x4E0A, "早上", 0)                                                                         \
  X(a, 0x4E0A, "晚上", 0)                                                                         \
  X(a, 0x4E0A, "登上", 0)                                                                         \
  X(a, 0x4E0A, "线上", 0)                                                                         \
  X(a, 0x4E0A, "网上", 0)                                                                         \
  X(a, 0x4E0A, "走上", 0)                                                                         \
  X(a, 0x4E0A, "跃上", 0)                                                                         \
  X(a, 0x4E0A, "迈上", 0)                                                                         \
  X(a, 0x4E0A, "马上", 0)                                                                         \
  X(a, 0x4E8E, "不低于", 1)                                                                        \
  X(a, 0x4E8E, "不多于", 1)                                                                        \
  X(a, 0x4E8E, "不少于", 1)                                                                        \
  X(a, 0x4E8E, "不高于", 1)                                                                        \
  X(a, 0x4E8E, "低于", 1)                                                                         \
  X(a, 0x4E8E, "多于", 1)                                                                         \
  X(a, 0x4E8E, "少于", 1)                                                                         \
  X(a, 0x4E8E, "高于", 1)                                                                         \
  X(a, 0x51E0, "几", 1)                                                                          \
  X(a, 0x5230, "不到", 1)                                                                         \
  X(a, 0x591A, "最多", 1)                                                                         \
  X(a, 0x5C11, "至少", 1)                                                                         \
  X(a, 0x6570, "个数", 0)                                                                         \
  X(a, 0x6570, "亩数", 0)                                                                         \
  X(a, 0x6570, "人数", 0)                                                                         \
  X(a, 0x6570, "人次数", 0)                                                                        \
  X(a, 0x6570, "件数", 0)                                                                         \
  X(a, 0x6570, "份数", 0)                                                                         \
  X(a, 0x6570, "位数", 0)                                                                         \
  X(a, 0x6570, "例数", 0)                                                                         \
  X(a, 0x6570, "倍数", 0)                                                                         \
  X(a, 0x6570, "册数", 0)                                                                         \
  X(a, 0x6570, "函数", 0)                                                                         \
  X(a, 0x6570, "分数", 0)                                                                         \
  X(a, 0x6570, "半数", 0)                                                                         \
  X(a, 0x6570, "参数", 0)                                                                         \
  X(a, 0x6570, "台数", 0)                                                                         \
  X(a, 0x6570, "名数", 0)                                                                         \
  X(a, 0x6570, "场数", 0)                                                                         \
  X(a, 0x6570, "基数", 0)                                                                         \
  X(a, 0x6570, "处数", 0)                                                                         \
  X(a, 0x6570, "多数", 0)                                                                         \
  X(a, 0x6570, "天数", 0)                                                                         \
  X(a, 0x6570, "头数", 0)                                                                         \
  X(a, 0x6570, "套数", 0)                                                                         \
  X(a, 0x6570, "字数", 0)                                                                         \
  X(a, 0x6570, "宗数", 0)                                                                         \
  X(a, 0x6570, "家数", 0)                                                                         \
  X(a, 0x6570, "小数", 0)                                                                         \
  X(a, 0x6570, "少数", 0)                                                                         \
  X(a, 0x6570, "岁数", 0)                                                                         \
  X(a, 0x6570, "常数", 0)                                                                         \
  X(a, 0x6570, "年数", 0)                                                                         \
  X(a, 0x6570, "床数", 0)                                                                         \
  X(a, 0x6570, "度数", 0)                                                                         \
  X(a, 0x6570, "座数", 0)                                                                         \
  X(a, 0x6570, "张数", 0)                                                                         \
  X(a, 0x6570, "总数", 0)                                                                         \
  X(a, 0x6570, "户数", 0)                                                                         \
  X(a, 0x6570, "所数", 0)                                                                         \
  X(a, 0x6570, "批数", 0)                                                                         \
  X(a, 0x6570, "指数", 0)                                                                         \
  X(a, 0x6570, "数", 1)                                                                          \
  X(a, 0x6570, "整数", 0)                                                                         \
  X(a, 0x6570, "无数", 0)                                                                         \
  X(a, 0x6570, "条数", 0)                                                                         \
  X(a, 0x6570, "株数", 0)                                                                         \
  X(a, 0x6570, "棵数", 0)                                                                         \
  X(a, 0x6570, "次数", 0)                                                                         \
  X(a, 0x6570, "点数", 0)                                                                         \
  X(a, 0x6570, "片数", 0)                                                                         \
  X(a, 0x6570, "票数", 0)                                                                         \
  X(a, 0x6570, "种数", 0)                                                                         \
  X(a, 0x6570, "笔数", 0)                                                                         \
  X(a, 0x6570, "篇数", 0)                                                                         \
  X(a, 0x6570, "类数", 0)                                                                         \
  X(a, 0x6570, "系数", 0)                                                                         \
  X(a, 0x6570, "级数", 0)                                                                         \
  X(a, 0x6570, "车数", 0)                                                                         \
  X(a, 0x6570, "辆数", 0)                                                                         \
  X(a, 0x6570, "部数", 0)                                                                         \
  X(a, 0x6570, "项数", 0)                                                                         \
  X(a, 0x7EA6, "公约", 0)                                                                         \
  X(a, 0x7EA6, "制约", 0)                                                                         \
  X(a, 0x7EA6, "大约", 1)                                                                         \
  X(a, 0x7EA6, "契约", 0)                                                                         \
  X(a, 0x7EA6, "履约", 0)                                                                         \
  X(a, 0x7EA6, "条约", 0)                                                                         \
  X(a, 0x7EA6, "特约", 0)                                                                         \
  X(a, 0x7EA6, "签约", 0)                                                                         \
  X(a, 0x7EA6, "简约", 0)                                                                         \
  X(a, 0x7EA6, "约", 1)                                                                          \
  X(a, 0x7EA6, "节约", 0)                                                                         \
  X(a, 0x7EA6, "违约", 0)                                                                         \
  X(a, 0x7EA6, "集约", 0)                                                                         \
  X(a, 0x7EA6, "预约", 0)                                                                         \
  X(a, 0x8D85, "入超", 0)                                                                         \
  X(a, 0x8D85, "出超", 0)                                                                         \
  X(a, 0x8D85, "赶超", 0)                                                                         \
  X(a, 0x8D85, "超", 1)                                                                          \
  X(a, 0x8D85, "高超", 0)                                                                         \
  X(a, 0x8DB3, "不足", 1)                                                                         \
  X(a, 0x8FBE, "高达", 1)                                                                         \
  X(a, 0x8FC7, "不超过", 1)                                                                        \
  X(a, 0x8FC7, "不过", 0)                                                                         \
  X(a, 0x8FC7, "任务超过", 0)                                                                       \
  X(a, 0x8FC7, "度过", 0)                                                                         \
  X(a, 0x8FC7, "渡过", 0)                                                                         \
  X(a, 0x8FC7, "目标超过", 0)                                                                       \
  X(a, 0x8FC7, "穿过", 0)                                                                         \
  X(a, 0x8FC7, "经过", 0)                                                                         \
  X(a, 0x8FC7, "计划超过", 0)                                                                       \
  X(a, 0x8FC7, "超过", 1)                                                                         \
  X(a, 0x8FC7, "越过", 0)                                                                         \
  X(a, 0x8FC7, "跨过", 0)                                                                         \
  X(a, 0x8FC7, "路过", 0)                                                                         \
  X(a, 0x8FC7, "过", 1)                                                                          \
  X(a, 0x8FC7, "通过", 0)                                                                         \
  X(a, 0x8FC7, "错过", 0)                                                                         \
  X(a, 0x8FC7, "闯过", 0)                                                                         \
  X(a, 0x8FC7, "难过", 0)                                                                         \
  X(a, 0x8FD1, "将近", 1)                                                                         \
  X(a, 0x8FD1, "就近", 0)                                                                         \
  X(a, 0x8FD1, "接近", 1)                                                                         \
  X(a, 0x8FD1, "最近", 0)                                                                         \
  X(a, 0x8FD1, "近", 1)                                                                          \
  X(a, 0x8FD1, "邻近", 0)                                                                         \
  X(a, 0x8FD1, "附近", 0)                                                                         \
  X(a, 0x903E, "逾", 1)

#define AS_QUALIFIER(a, key, form, qualifier) {{form, sizeof(form) - 1, key}, qualifier},
static const struct {
  lexicon_word word;
  int qualifier; /* 0: a word that only looks like one */
} QUALIFIERS_BEFORE[] = {QUALIFIER_BEFORE_LIST(AS_QUALIFIER, 0)};
static const uint64_t QUALIFIER_BEFORE_FILTER[64] = {FILTER(QUALIFIER_BEFORE_LIST)};

/* After the number, X(a, first character, word, is a qualifier): the qualifiers and
** their look-alikes (以上几 is "the above ...", 多元 is "plural"). */
#define QUALIFIER_AFTER_LIST(X, a) \
  X(a, 0x4E0A, "上下", 1)                                                                         \
  X(a, 0x4E0A, "上下功夫", 0)                                                                       \
  X(a, 0x4E0A, "上下游", 0)                                                                        \
  X(a, 0x4E0A, "上下联动", 0)                                                                       \
  X(a, 0x4E4B, "之上", 1)                                                                         \
  X(a, 0x4E4B, "之下", 1)                                                                         \
  X(a, 0x4E4B, "之内", 1)                                                                         \
  X(a, 0x4EE5, "以上", 1)                                                                         \
  X(a, 0x4EE5, "以上几", 0)                                                                        \
  X(a, 0x4EE5, "以上各", 0)                                                                        \
  X(a, 0x4EE5, "以下", 1)                                                                         \
  X(a, 0x4EE5, "以下几", 0)                                                                        \
  X(a, 0x4EE5, "以下各", 0)                                                                        \
  X(a, 0x4EE5, "以下简称", 0)                                                                       \
  X(a, 0x4EE5, "以内", 1)                                                                         \
  X(a, 0x4F59, "余", 1)                                                                          \
  X(a, 0x4F59, "余粮", 0)                                                                         \
  X(a, 0x4F59, "余额", 0)                                                                         \
  X(a, 0x53CA, "及以上", 1)                                                                        \
  X(a, 0x591A, "多", 1)                                                                          \
  X(a, 0x591A, "多个", 0)                                                                         \
  X(a, 0x591A, "多元", 0)                                                                         \
  X(a, 0x591A, "多功能", 0)                                                                        \
  X(a, 0x591A, "多家", 0)                                                                         \
  X(a, 0x591A, "多层", 0)                                                                         \
  X(a, 0x591A, "多措", 0)                                                                         \
  X(a, 0x591A, "多方", 0)                                                                         \
  X(a, 0x591A, "多样", 0)                                                                         \
  X(a, 0x591A, "多次", 0)                                                                         \
  X(a, 0x591A, "多渠道", 0)                                                                        \
  X(a, 0x591A, "多种", 0)                                                                         \
  X(a, 0x591A, "多项", 0)                                                                         \
  X(a, 0x5DE6, "左右", 1)                                                                         \
  X(a, 0x5F00, "开外", 1)                                                                         \
  X(a, 0x6709, "有余", 1)

static const struct {
  lexicon_word word;
  int qualifier;
} QUALIFIERS_AFTER[] = {QUALIFIER_AFTER_LIST(AS_QUALIFIER, 0)};
static const uint64_t QUALIFIER_AFTER_FILTER[64] = {FILTER(QUALIFIER_AFTER_LIST)};

/* ---- range connectors ------------------------------------------------------------- */

/* X(a, first character, connector): - － — ～ 至 到 (full-width forms fold to ASCII). */
#define CONNECTOR_LIST(X, a) \
  X(a, 0x002D, "-")                                                                             \
  X(a, 0x002D, "--")                                                                            \
  X(a, 0x007E, "~")                                                                             \
  X(a, 0x2013, "–")                                                                             \
  X(a, 0x2014, "—")                                                                             \
  X(a, 0x2014, "——")                                                                            \
  X(a, 0x2015, "―")                                                                             \
  X(a, 0x301C, "〜")                                                                             \
  X(a, 0x5230, "到")                                                                             \
  X(a, 0x81F3, "至")

static const lexicon_word CONNECTORS[] = {CONNECTOR_LIST(AS_WORD, 0)};
static const uint64_t CONNECTOR_FILTER[64] = {FILTER(CONNECTOR_LIST)};

/* ---- words that contain numerals --------------------------------------------------- */

/* X(a, first character, word): words and names with numerals in them that the grammar
** would otherwise read as a quantity (a numeral with a unit or counter after it: 三个代表,
** 一批, 八项规定, 收支两条线), plan and congress names (十四五, 十六大) and the SPEC's
** examples. None longer than LONGEST_NOT_QUANTITY characters. */
#define LONGEST_NOT_QUANTITY 5
#define NOT_QUANTITY_LIST(X, a) \
  X(a, 0x4E00, "一事一议")                                                                          \
  X(a, 0x4E00, "一些")                                                                            \
  X(a, 0x4E00, "一亩三分地")                                                                         \
  X(a, 0x4E00, "一人一档")                                                                          \
  X(a, 0x4E00, "一体化")                                                                           \
  X(a, 0x4E00, "一元化")                                                                           \
  X(a, 0x4E00, "一刀切")                                                                           \
  X(a, 0x4E00, "一卡通")                                                                           \
  X(a, 0x4E00, "一县一品")                                                                          \
  X(a, 0x4E00, "一国两制")                                                                          \
  X(a, 0x4E00, "一大批")                                                                           \
  X(a, 0x4E00, "一定")                                                                            \
  X(a, 0x4E00, "一张蓝图")                                                                          \
  X(a, 0x4E00, "一心一意")                                                                          \
  X(a, 0x4E00, "一户一档")                                                                          \
  X(a, 0x4E00, "一批")                                                                            \
  X(a, 0x4E00, "一把手")                                                                           \
  X(a, 0x4E00, "一揽子")                                                                           \
  X(a, 0x4E00, "一方面")                                                                           \
  X(a, 0x4E00, "一村一品")                                                                          \
  X(a, 0x4E00, "一条龙")                                                                           \
  X(a, 0x4E00, "一次性")                                                                           \
  X(a, 0x4E00, "一盘棋")                                                                           \
  X(a, 0x4E00, "一站式")                                                                           \
  X(a, 0x4E00, "一系列")                                                                           \
  X(a, 0x4E00, "一般")                                                                            \
  X(a, 0x4E00, "一部分")                                                                           \
  X(a, 0x4E07, "万一")                                                                            \
  X(a, 0x4E07, "万家灯火")                                                                          \
  X(a, 0x4E09, "三个代表")                                                                          \
  X(a, 0x4E09, "三次产业")                                                                          \
  X(a, 0x4E09, "三番五次")                                                                          \
  X(a, 0x4E24, "两个一百年")                                                                         \
  X(a, 0x4E24, "两个务必")                                                                          \
  X(a, 0x4E24, "两个确立")                                                                          \
  X(a, 0x4E24, "两个维护")                                                                          \
  X(a, 0x4E8C, "二元结构")                                                                          \
  X(a, 0x4E8C, "二十大")                                                                           \
  X(a, 0x4E94, "五位一体")                                                                          \
  X(a, 0x516B, "八项规定")                                                                          \
  X(a, 0x5341, "十一五")                                                                           \
  X(a, 0x5341, "十七大")                                                                           \
  X(a, 0x5341, "十三五")                                                                           \
  X(a, 0x5341, "十九大")                                                                           \
  X(a, 0x5341, "十二五")                                                                           \
  X(a, 0x5341, "十五五")                                                                           \
  X(a, 0x5341, "十八大")                                                                           \
  X(a, 0x5341, "十六五")                                                                           \
  X(a, 0x5341, "十六大")                                                                           \
  X(a, 0x5341, "十四五")                                                                           \
  X(a, 0x5343, "千家万户")                                                                          \
  X(a, 0x5343, "千方百计")                                                                          \
  X(a, 0x56DB, "四个全面")                                                                          \
  X(a, 0x56DB, "四个意识")                                                                          \
  X(a, 0x56DB, "四个自信")                                                                          \
  X(a, 0x56DB, "四位一体")                                                                          \
  X(a, 0x57CE, "城乡二元")                                                                          \
  X(a, 0x6536, "收支两条线")                                                                         \
  X(a, 0x7EDF, "统一")                                                                            \
  X(a, 0x8FDB, "进一步")

static const lexicon_word NOT_QUANTITIES[] = {NOT_QUANTITY_LIST(AS_WORD, 0)};
static const uint64_t NOT_QUANTITY_FILTER[64] = {FILTER(NOT_QUANTITY_LIST)};

/* ---- acronyms ---------------------------------------------------------------------- */

/* Letters that may stand right before a number and still name a quantity (GDP5.2%). */
static const char *const ACRONYMS[] = {"GDP", "GNP", "GNI", "CPI", "PPI", "PMI"};

/* Every table, by its lexicon_table number: for the index below and for tests. */
#define TABLE(t) {&(t)[0].word, sizeof(t) / sizeof((t)[0]), sizeof((t)[0])}
#define WORDS(t) {&(t)[0], sizeof(t) / sizeof((t)[0]), sizeof((t)[0])}
static const struct {
  const lexicon_word *first;
  size_t count, size;
} TABLES[LEXICON_TABLES] = {
  TABLE(UNITS), TABLE(CURRENCIES), TABLE(QUALIFIERS_BEFORE), TABLE(QUALIFIERS_AFTER),
  WORDS(CONNECTORS), WORDS(NOT_QUANTITIES),
};

/* ======================================================================================
** Matching
*/

const char *quantity_kind_name(quantity_kind kind)
{
  static const char *const names[] = {"",      "number",   "percent", "permille", "points",
                                      "money", "count",    "measure", "multiple", "year"};
  return (unsigned)kind < sizeof names / sizeof names[0] ? names[kind] : "";
}

static int is_ascii_alnum(uint32_t c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether the character containing byte b could be folded or skipped (a full-width form
** EF xx xx, a zero-width character E2 80 8B.., a soft hyphen C2 AD): only then can a
** match differ from the bytes of the form. */
static int may_fold(const unsigned char *s, size_t lo, size_t b)
{
  while (b > lo && (s[b] & 0xC0) == 0x80) b--;
  return s[b] == 0xEF || s[b] == 0xE2 || s[b] == 0xC2;
}

/* Matches word w at byte pos of the text, folding the text (１→1, ％→%) and skipping
** zero-width characters inside it. Returns 1 and its end. */
static int match_at(const unsigned char *s, size_t n, size_t pos, const lexicon_word *w,
                    size_t *end)
{
  size_t k = w->length, m = 0;
  const unsigned char *f = (const unsigned char *)w->form;
  while (m < k && pos + m < n && s[pos + m] == f[m]) m++;
  if (m == k) {
    *end = pos + k;
    return 1;
  }
  if (pos + m >= n || !may_fold(s, pos, pos + m)) return 0;
  size_t fi = 0, p = pos;
  while (fi < k) {
    uint32_t want = utf8_next(f, k, &fi);
    uint32_t got;
    do {
      if (p >= n) return 0;
      got = char_fold(utf8_next(s, n, &p));
    } while (char_is_ignorable(got));
    if (got != want) return 0;
  }
  *end = p;
  return 1;
}

/* A group: the words of a table that share a key, and so their first character (the
** key is its code point), matched at one position of the text. A word of that one
** character matches outright. A longer word can match only if the text's next
** character, folded and past zero-width ones, is the word's second (the forms are
** written folded: test_lexicon_units checks it); most words of a group are turned down
** on it, most of them on one byte, without match_at and with its answer. */
typedef struct group_text {
  size_t pos;     /* where the words are matched */
  size_t key_end; /* the end of the character read as the key there */
  size_t first;   /* its length when the text has the words' very bytes there, else 0 */
  int has_second;
  uint32_t second; /* the character after it, once read */
} group_text;

static size_t lead_bytes(unsigned char lead)
{
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/* Starts matching the group whose first word is w at pos, the key read up to key_end. */
static void group_start(group_text *g, const unsigned char *s, size_t n, size_t pos,
                        size_t key_end, const lexicon_word *w)
{
  const unsigned char *f = (const unsigned char *)w->form;
  size_t k = lead_bytes(f[0]);
  g->pos = pos;
  g->key_end = key_end;
  g->has_second = 0;
  g->second = 0;
  g->first = 0;
  if (pos + k > n) return;
  for (size_t i = 0; i < k; i++) /* one to four bytes: no call to memcmp */
    if (s[pos + i] != f[i]) return;
  g->first = k;
}

static int group_match(const unsigned char *s, size_t n, group_text *g, const lexicon_word *w,
                       size_t *end)
{
  const unsigned char *f = (const unsigned char *)w->form;
  size_t lead = lead_bytes(f[0]);
  if (w->length == lead) {
    *end = g->key_end;
    return 1;
  }
  if (g->first) {
    /* a byte that differs and starts no character that folds or is skipped */
    if (g->pos + g->first >= n) return 0;
    unsigned char b = s[g->pos + g->first];
    if (b != f[g->first] && b != 0xEF && b != 0xE2 && b != 0xC2) return 0;
  }
  if (!g->has_second) {
    size_t at, next;
    g->second = char_peek(s, n, g->key_end, &at, &next);
    g->has_second = 1;
  }
  size_t i = lead;
  if (utf8_next(f, w->length, &i) != g->second) return 0;
  return match_at(s, n, g->pos, w, end);
}

/* Matches word w ending at byte `end` (no earlier than floor), backwards. */
static int match_before(const unsigned char *s, size_t floor, size_t end, const lexicon_word *w,
                        size_t *start)
{
  size_t k = w->length, m = 0;
  const unsigned char *f = (const unsigned char *)w->form;
  while (m < k && end - m > floor && s[end - m - 1] == f[k - m - 1]) m++;
  if (m == k) {
    *start = end - k;
    return 1;
  }
  if (end - m <= floor || !may_fold(s, floor, end - m - 1)) return 0;
  size_t fi = k, p = end;
  while (fi > 0) {
    size_t fp = utf8_prev(f, fi), q = fp;
    uint32_t want = utf8_next(f, k, &q);
    fi = fp;
    uint32_t got;
    do {
      if (p <= floor) return 0;
      size_t cp = utf8_prev(s, p), r = cp;
      got = char_fold(utf8_next(s, p, &r));
      p = cp;
    } while (char_is_ignorable(got));
    if (got != want) return 0;
  }
  *start = p;
  return 1;
}

/* The folded code point at pos, past zero-width characters; 0 at the end. *next gets
** the end of its character. */
static uint32_t key_at(const unsigned char *s, size_t n, size_t pos, size_t *next)
{
  size_t at;
  return char_peek(s, n, pos, &at, next);
}

/* The folded code point before end, past zero-width characters, not before floor. */
static uint32_t key_before(const unsigned char *s, size_t floor, size_t end)
{
  size_t at;
  return char_peek_back(s, floor, end, &at);
}

/* Entry i of a table whose entries begin with a lexicon_word. */
static const lexicon_word *word_of(const void *table, size_t size, size_t i)
{
  return (const lexicon_word *)(const void *)((const char *)table + i * size);
}

/* The first entry with this key in a table kept in key order (count when none). The
** search halves a range whose length depends on the table alone, choosing each half
** without a branch (a conditional move): the key is text, so a branch on it would be
** mispredicted half of the time, every step. Used until the index below is built. */
static size_t first_with_key(const void *table, size_t count, size_t size, uint32_t key)
{
  if (count == 0) return 0;
  size_t base = 0, n = count;
  while (n > 1) {
    size_t half = n / 2;
    base = word_of(table, size, base + half - 1)->key < key ? base + half : base;
    n -= half;
  }
  return base + (word_of(table, size, base)->key < key);
}

/* The index of the keys: a hash table per table from a key to its first entry, built
** at first use (the binary search above is a chain of dependent loads, and it ran at
** nearly every candidate of the scanner). The thread that builds it publishes it with a
** release store; until a thread sees it published, it searches the table instead, so no
** thread ever waits or reads a half-built index. */
#define KEY_SLOTS 1024 /* a power of two, more than twice the entries of any table */
typedef struct key_slot {
  uint32_t key; /* 0: empty (no key is U+0000) */
  uint32_t first;
} key_slot;
static key_slot KEY_INDEX[LEXICON_TABLES][KEY_SLOTS];
static atomic_int key_index_state; /* 0 not built, 1 being built, 2 ready */

static unsigned key_slot_of(uint32_t key)
{
  return (unsigned)((key * UINT32_C(2654435761)) >> 22) & (KEY_SLOTS - 1);
}

static void build_key_index(void)
{
  for (int t = 0; t < LEXICON_TABLES; t++) {
    for (size_t i = 0; i < TABLES[t].count; i++) {
      uint32_t key = word_of(TABLES[t].first, TABLES[t].size, i)->key;
      if (i > 0 && word_of(TABLES[t].first, TABLES[t].size, i - 1)->key == key) continue;
      unsigned h = key_slot_of(key);
      while (KEY_INDEX[t][h].key != 0) h = (h + 1) & (KEY_SLOTS - 1);
      KEY_INDEX[t][h].key = key;
      KEY_INDEX[t][h].first = (uint32_t)i;
    }
  }
}

/* The first entry of table t with this key, or the table's size when there is none. */
static size_t first_of_key(lexicon_table t, uint32_t key)
{
  int state = atomic_load_explicit(&key_index_state, memory_order_acquire);
  if (state != 2) {
    int expected = 0;
    if (state == 0 && atomic_compare_exchange_strong(&key_index_state, &expected, 1)) {
      build_key_index();
      atomic_store_explicit(&key_index_state, 2, memory_order_release);
    } else {
      return first_with_key(TABLES[t].first, TABLES[t].count, TABLES[t].size, key);
    }
  }
  for (unsigned h = key_slot_of(key);; h = (h + 1) & (KEY_SLOTS - 1)) {
    if (KEY_INDEX[t][h].key == key) return KEY_INDEX[t][h].first;
    if (KEY_INDEX[t][h].key == 0) return TABLES[t].count;
  }
}

/* Skips spaces from pos; *key gets the (folded) character there and *next its end, as
** key_at() would. */
static size_t skip_spaces(const unsigned char *s, size_t n, size_t pos, uint32_t *key,
                          size_t *next)
{
  size_t at;
  uint32_t c;
  while ((c = char_peek(s, n, pos, &at, next)) == ' ') pos = *next;
  *key = c;
  return at;
}

/* Skips spaces backwards from end (not before floor). */
static size_t skip_spaces_back(const unsigned char *s, size_t floor, size_t end, uint32_t *key)
{
  size_t at;
  uint32_t c;
  while ((c = char_peek_back(s, floor, end, &at)) == ' ') end = at;
  *key = c; /* the character before the end, as key_before() would read it */
  return end;
}

/* ---- units ----------------------------------------------------------------------- */

int lexicon_unit_may_start(uint32_t c)
{
  return filter_has(UNIT_FILTER, c);
}

const lexicon_unit *lexicon_unit_at(const unsigned char *s, size_t n, size_t pos,
                                    size_t *end)
{
  size_t key_end, after;
  uint32_t key = key_at(s, n, pos, &key_end);
  if (key == 0 || !filter_has(UNIT_FILTER, key)) return NULL;
  const lexicon_unit *best = NULL;
  size_t best_end = pos, count = sizeof UNITS / sizeof UNITS[0];
  size_t i = first_of_key(LEXICON_UNITS, key);
  group_text g = {0, 0, 0, 0, 0};
  if (i < count) group_start(&g, s, n, pos, key_end, &UNITS[i].word);
  for (; i < count && UNITS[i].word.key == key; i++) {
    size_t e;
    if (!group_match(s, n, &g, &UNITS[i].word, &e) || e <= best_end) continue;
    /* an ASCII unit must not run into more letters: 5G is not 5 grams */
    if (is_ascii_alnum((unsigned char)UNITS[i].word.form[UNITS[i].word.length - 1]) &&
        is_ascii_alnum(key_at(s, n, e, &after)))
      continue;
    best = &UNITS[i];
    best_end = e;
  }
  if (best && end) *end = best_end;
  return best;
}

const char *lexicon_scale_name(int exp)
{
  switch (exp) {
  case 4: return "万";
  case 8: return "亿";
  case 12: return "万亿";
  case 16: return "亿亿";
  case 20: return "万亿亿";
  case 24: return "亿亿亿";
  default: return NULL;
  }
}

/* ---- currency signs, qualifiers, connectors --------------------------------------- */

const char *lexicon_currency_before(const unsigned char *s, size_t floor, size_t end,
                                    size_t *start)
{
  uint32_t key;
  size_t e = skip_spaces_back(s, floor, end, &key);
  if (key == 0 || !filter_has(CURRENCY_FILTER, key)) return NULL;
  const char *best = NULL;
  size_t best_start = e, count = sizeof CURRENCIES / sizeof CURRENCIES[0];
  for (size_t i = first_of_key(LEXICON_CURRENCIES, key);
       i < count && CURRENCIES[i].word.key == key; i++) {
    size_t b;
    if (!match_before(s, floor, e, &CURRENCIES[i].word, &b) || b >= best_start) continue;
    /* letters must not run on before an ASCII sign: xUSD is not USD */
    if (is_ascii_alnum((unsigned char)CURRENCIES[i].word.form[0]) &&
        is_ascii_alnum(key_before(s, floor, b)))
      continue;
    best = CURRENCIES[i].unit;
    best_start = b;
  }
  if (best) *start = best_start;
  return best;
}

const char *lexicon_qualifier_before(const unsigned char *s, size_t floor, size_t end,
                                     size_t *start)
{
  uint32_t key;
  size_t e = skip_spaces_back(s, floor, end, &key);
  if (key == 0 || !filter_has(QUALIFIER_BEFORE_FILTER, key)) return NULL;
  size_t best_start = e, count = sizeof QUALIFIERS_BEFORE / sizeof QUALIFIERS_BEFORE[0];
  int best = -1;
  for (size_t i = first_of_key(LEXICON_QUALIFIERS_BEFORE, key);
       i < count && QUALIFIERS_BEFORE[i].word.key == key; i++) {
    size_t b;
    if (match_before(s, floor, e, &QUALIFIERS_BEFORE[i].word, &b) && b < best_start) {
      best = (int)i;
      best_start = b;
    }
  }
  if (best < 0 || !QUALIFIERS_BEFORE[best].qualifier) return NULL;
  *start = best_start;
  return QUALIFIERS_BEFORE[best].word.form;
}

const char *lexicon_qualifier_after(const unsigned char *s, size_t n, size_t pos,
                                    size_t *end)
{
  uint32_t key;
  size_t key_end, p = skip_spaces(s, n, pos, &key, &key_end);
  if (key == 0 || !filter_has(QUALIFIER_AFTER_FILTER, key)) return NULL;
  size_t best_end = p, count = sizeof QUALIFIERS_AFTER / sizeof QUALIFIERS_AFTER[0];
  int best = -1;
  size_t i = first_of_key(LEXICON_QUALIFIERS_AFTER, key);
  group_text g = {0, 0, 0, 0, 0};
  if (i < count) group_start(&g, s, n, p, key_end, &QUALIFIERS_AFTER[i].word);
  for (; i < count && QUALIFIERS_AFTER[i].word.key == key; i++) {
    size_t e;
    if (group_match(s, n, &g, &QUALIFIERS_AFTER[i].word, &e) && e > best_end) {
      best = (int)i;
      best_end = e;
    }
  }
  if (best < 0 || !QUALIFIERS_AFTER[best].qualifier) return NULL;
  *end = best_end;
  return QUALIFIERS_AFTER[best].word.form;
}

size_t lexicon_range_connector(const unsigned char *s, size_t n, size_t pos)
{
  uint32_t key, after;
  size_t key_end, p = skip_spaces(s, n, pos, &key, &key_end);
  size_t best = pos, count = sizeof CONNECTORS / sizeof CONNECTORS[0];
  if (key == 0 || !filter_has(CONNECTOR_FILTER, key)) return pos;
  for (size_t i = first_of_key(LEXICON_CONNECTORS, key);
       i < count && CONNECTORS[i].key == key; i++) {
    size_t e;
    if (match_at(s, n, p, &CONNECTORS[i], &e) && e > best) best = e;
  }
  return best == pos ? pos : skip_spaces(s, n, best, &after, &key_end);
}

int lexicon_acronym(const unsigned char *s, size_t start, size_t end)
{
  for (size_t i = 0; i < sizeof ACRONYMS / sizeof ACRONYMS[0]; i++) {
    size_t k = strlen(ACRONYMS[i]);
    if (end - start != k) continue;
    size_t j = 0;
    while (j < k) {
      unsigned char c = s[start + j];
      if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 'a' + 'A');
      if (c != (unsigned char)ACRONYMS[i][j]) break;
      j++;
    }
    if (j == k) return 1;
  }
  return 0;
}

size_t lexicon_not_quantity(const unsigned char *s, size_t n, size_t floor, size_t pos)
{
  /* every word that starts at most LONGEST_NOT_QUANTITY - 1 characters before pos */
  size_t count = sizeof NOT_QUANTITIES / sizeof NOT_QUANTITIES[0], start = pos;
  for (int back = 0; back < LONGEST_NOT_QUANTITY; back++) {
    size_t key_end;
    uint32_t key = key_at(s, n, start, &key_end);
    size_t i = key && filter_has(NOT_QUANTITY_FILTER, key)
                   ? first_of_key(LEXICON_NOT_QUANTITIES, key)
                   : count;
    group_text g = {0, 0, 0, 0, 0};
    if (i < count) group_start(&g, s, n, start, key_end, &NOT_QUANTITIES[i]);
    for (; i < count && NOT_QUANTITIES[i].key == key; i++) {
      size_t e;
      if (group_match(s, n, &g, &NOT_QUANTITIES[i], &e) && e > pos) return e;
    }
    if (start <= floor) break;
    start = utf8_prev(s, start);
  }
  return 0;
}

/* ---- for tests --------------------------------------------------------------------- */

size_t lexicon_table_size(lexicon_table table)
{
  return (unsigned)table < LEXICON_TABLES ? TABLES[table].count : 0;
}

const lexicon_word *lexicon_table_word(lexicon_table table, size_t i)
{
  if (i >= lexicon_table_size(table)) return NULL;
  return word_of(TABLES[table].first, TABLES[table].size, i);
}

size_t lexicon_table_find(lexicon_table table, uint32_t key)
{
  return (unsigned)table < LEXICON_TABLES ? first_of_key(table, key) : 0;
}

size_t lexicon_table_search(lexicon_table table, uint32_t key)
{
  if ((unsigned)table >= LEXICON_TABLES) return 0;
  return first_with_key(TABLES[table].first, TABLES[table].count, TABLES[table].size, key);
}

int lexicon_table_keyed_by_last(lexicon_table table)
{
  return table == LEXICON_CURRENCIES || table == LEXICON_QUALIFIERS_BEFORE;
}

const lexicon_unit *lexicon_unit_entry(size_t i)
{
  return i < sizeof UNITS / sizeof UNITS[0] ? &UNITS[i] : NULL;
}

int lexicon_longest_not_quantity(void)
{
  return LONGEST_NOT_QUANTITY;
}
