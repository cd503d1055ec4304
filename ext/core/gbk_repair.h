/*
** Finding GBK punctuation-merge damage. When GBK text passes through a tool that strips
** the ideographic space (bytes A1 A1), a character whose GBK trail byte is A1 followed by
** a punctuation mark of row A1 loses two bytes and reads as one wrong character: the lead
** byte of the character and the trail byte of the mark.
**
**   场 B3A1 + 、 A1A2  ->  B3 A2 = 尝      市场、社会 -> 市尝社会
**   础 B4A1 + 。 A1A3  ->  B4 A3 = 矗      基础。当前 -> 基矗当前
**   省 CAA1 + 、 A1A2  ->  CA A2 = 盛      中央、省、市 -> 中央、盛市
**
** The table of such merges is derived at run time from ICU's GBK converter. Every merged
** character is also an ordinary character (尝试, 矗立, 盛大), so a repair needs context:
** the character must sit alone between its neighbours (ICU's dictionary segmentation, and
** neither neighbour pair is a word), the restored character must complete a word with the
** characters before it (ICU's dictionary, or the short list of report words it lacks),
** and a restored quotation mark or bracket must close or open one that is unbalanced.
** A false repair is worse than a missed one: when in doubt, nothing is changed.
*/
#ifndef GWR_GBK_REPAIR_H
#define GWR_GBK_REPAIR_H

#include "stop.h"
#include "text_error.h"
#include "words.h"

#include <stddef.h>
#include <stdint.h>

typedef struct gbk_merge {
  UChar merged;    /* what the damaged text shows: 尝 */
  UChar character; /* the character that was there: 场 */
  UChar mark;      /* the punctuation mark that followed it: 、 */
} gbk_merge;

typedef struct gbk_table {
  gbk_merge *merges; /* sorted by `merged`; gwr_mem */
  size_t n;
} gbk_table;

/* Builds the table with ICU's GBK converter. Free it with gbk_table_free(). */
text_status gbk_table_build(gbk_table *table, text_error *err);
void gbk_table_free(gbk_table *table);

/* The merge that `c` may be the damaged form of, or NULL. */
const gbk_merge *gbk_table_find(const gbk_table *table, UChar c);

/* One damaged character found in a UTF-16 text: s[at] stands for merge->character
** followed by merge->mark. */
typedef struct gbk_damage {
  int32_t at;
  const gbk_merge *merge;
} gbk_damage;

/* Called for each damaged character, in text order; a non-TEXT_OK return stops the scan. */
typedef text_status (*gbk_damage_fn)(void *arg, const gbk_damage *damage, text_error *err);

/* Scans s[0..n) for damage, using `words` (an open iterator) to consult ICU's dictionary.
** stop (stop.h, may be NULL) is asked every STOP_EVERY_BYTES of UTF-16 text; a yes ends
** the scan with TEXT_STOPPED. */
text_status gbk_repair_scan(const gbk_table *table, word_iter *words, const UChar *s, int32_t n,
                            gbk_damage_fn fn, void *arg, stop_fn stop, void *ctx,
                            text_error *err);

#endif
