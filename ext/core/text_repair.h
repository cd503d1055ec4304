/*
** What gwr_repair() changes in a document: the GBK punctuation merges gbk_repair.h finds
** (市尝 -> 市场、) and hard line wraps inside a sentence (joined). text_repair_find()
** lists the edits in document order; text_repair_apply() writes the repaired text.
*/
#ifndef GWR_TEXT_REPAIR_H
#define GWR_TEXT_REPAIR_H

#include "gbk_repair.h"
#include "text_buffer.h"
#include "text_error.h"

#include <stddef.h>

typedef enum repair_reason {
  REPAIR_GBK_MERGE, /* "gbk_merge": a character and the mark after it, merged into one */
  REPAIR_HARD_WRAP  /* "hard_wrap": a line break inside a sentence */
} repair_reason;

const char *repair_reason_name(repair_reason reason);

typedef struct text_edit {
  size_t start, end;           /* the bytes replaced, [start, end) */
  size_t char_start, char_end; /* the same span in characters */
  unsigned char after[8];      /* the replacement, UTF-8 */
  size_t after_len;
  repair_reason reason;
} text_edit;

typedef struct text_edits {
  text_edit *items; /* gwr_mem */
  size_t n, cap;
} text_edits;

void text_edits_free(text_edits *edits);

/* Finds every repair in the valid UTF-8 text z[0..n), in document order. */
text_status text_repair_find(const gbk_table *gbk, const unsigned char *z, size_t n,
                             text_edits *out, text_error *err);

/* The same, asking stop (stop.h) between chunks of each pass over the text; a yes ends
** it with TEXT_STOPPED. */
text_status text_repair_find_ex(const gbk_table *gbk, const unsigned char *z, size_t n,
                                stop_fn stop, void *ctx, text_edits *out, text_error *err);

/* Appends z[0..n) with the edits made to out. */
text_status text_repair_apply(const unsigned char *z, size_t n, const text_edits *edits,
                              text_buffer *out, text_error *err);

#endif
