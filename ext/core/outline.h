/*
** The outline of a report: its heading tree, recovered from messy real text.
**
**   outline *o;
**   if (outline_parse(doc, n, &o) != OUTLINE_OK) ... out of memory ...
**   for (int id = 1; id <= outline_count(o); id++) {
**     const outline_section *sec = outline_get(o, id);
**     ... sec->kind, sec->depth, sec->title_start ...
**   }
**   const outline_section *here = outline_section_at(o, byte_offset);  (NULL before the
**                                                                      first heading)
**   outline_free(o);
**
** What it recognises (docs/outline.md tells users the same):
**   - the official levels 一、 > （一）/(一) > 1./1、/１． > （1）/(1)/①, from any starting level,
**     with 第N篇 / 第N章 / 第N节 above them; numerals past ten; variants such as (四)、;
**   - compilations: each 第N篇 header and each title block (…政府工作报告, ——YYYY年M月D日
**     在…会议上, 各位代表：) starts a report; so does a numbering restart at the top level
**     (一、 again after 五、) when no heading or 附件 explains it — the new report then
**     starts after the last paragraph that was cut off mid-sentence;
**   - headings run into their paragraph (the title ends at 。；：, at a gap of spaces, or
**     where a heading noun meets a year: 五年的回顾1999年以来) and headings that start in the
**     middle of a line after 。 or ： when their number continues the sequence;
**   - enumerations 一是/二是 and 第一，/第二， (kind enum), —— dash leads and short lead
**     sentences that open paragraphs (kind lead), unnumbered heading lines (kind heading),
**     the closing 各位代表 paragraph of a report (kind lead, role closing);
**   - not headings: decimals (2.5 of a broken PM2.5), markers at the start of a wrapped
**     line, web-page chrome, captions, a stray '>'.
**
** Memory is O(number of sections); time is linear in the text, whatever the text.
** Offsets are BYTE offsets into the document; the SQL glue converts them to characters.
** Titles and bodies may span hard line wraps: read them with linewrap_join() and a reader
** made by outline_reader_init(), which decides wraps exactly as the parse did.
**
** API for later stages (targets): parse once with outline_parse_ex(doc, n,
** OUTLINE_SENTENCES, NULL, NULL, &o); then, for any byte offset, outline_section_at()
** gives the innermost section (id, kind, role, report) and sentence_at() (sentence.h)
** the sentence (id); outline_report_get() gives each report's date line and year (a
** year given by the caller should win: redacted corpora rewrite years). These are stable:
** fields are only ever added.
*/
#ifndef GWR_OUTLINE_H
#define GWR_OUTLINE_H

#include "linewrap.h"
#include "marker.h"
#include "stop.h"

#include <stddef.h>

typedef enum outline_kind {
  OUTLINE_REPORT = 1, /* 第N篇, a report title block, or a report found by a restart */
  OUTLINE_PART,       /* 一、  (also 第N章 / 第N部分) */
  OUTLINE_CHAPTER,    /* （一） (一)  (also 第N节) */
  OUTLINE_ITEM,       /* 1. 1、 １． */
  OUTLINE_SUBITEM,    /* （1） (1) ① */
  OUTLINE_ENUM,       /* 一是…, 第一，… */
  OUTLINE_LEAD,       /* ——…, a short lead sentence, the closing 各位代表 paragraph */
  OUTLINE_APPENDIX,   /* 附件N */
  OUTLINE_HEADING     /* an unnumbered heading line: 今后五年政府工作的目标和任务 */
} outline_kind;

typedef enum outline_role {
  OUTLINE_ROLE_OTHER = 0,
  OUTLINE_ROLE_REVIEW,     /* the past: 回顾, 过去五年, 取得的成就 */
  OUTLINE_ROLE_OUTLOOK,    /* multi-year goals: 今后五年, 十五五, 2035 */
  OUTLINE_ROLE_TARGETS,    /* 总体要求, 预期目标 */
  OUTLINE_ROLE_TASKS,      /* 任务, 工作安排, 重点工作, 今年 */
  OUTLINE_ROLE_GOVERNMENT, /* 自身建设 */
  OUTLINE_ROLE_CLOSING     /* the final 各位代表 paragraph */
} outline_role;

typedef struct outline_section {
  int id;              /* 1, 2, … in document order */
  int parent;          /* id of the enclosing section, 0 at the top */
  int depth;           /* 1 at the top */
  int report;          /* 1, 2, … which report of a compilation */
  outline_kind kind;
  outline_role role;
  marker_style style;  /* the marker's style; MARKER_NONE when there is none */
  int ordinal;         /* the marker's number (（十四） → 14); 0 when none */
  int run_in;          /* 1 when body text follows the title in the same paragraph */
  size_t start;        /* the section: from its marker (or title) ... */
  size_t end;          /* ... through its last descendant, trailing spaces excluded */
  size_t limit;        /* where the next section that is not inside it starts (or n) */
  size_t marker_start, marker_end; /* equal when there is no marker */
  size_t title_start, title_end;   /* equal when there is no title; may span a wrap */
  size_t body_start, body_end;     /* its own text: after the title, up to its first child */
} outline_section;

typedef struct outline_report {
  int number;           /* 1, 2, … */
  int section;          /* id of its kind = 'report' row; 0 when it has none */
  size_t start, limit;  /* bytes: where it starts and where the next one starts (or n) */
  int year, month, day; /* of its date line (——2024年3月2日在…会议上); 0 if none or redacted */
  size_t date_start, date_end; /* the date line, equal when there is none */
  int title_year;       /* the year in its title (某区2024年政府工作报告), else 0 */
} outline_report;

typedef struct outline outline;
typedef struct sentence sentence; /* sentence.h */

enum { OUTLINE_OK = 0, OUTLINE_NOMEM = 1, OUTLINE_INTERRUPTED = 2 };

/* outline_parse_ex() flags */
enum {
  OUTLINE_SENTENCES = 1, /* also cut the text into sentences (sentence.h) */
  OUTLINE_NO_ROLES = 2   /* skip reading roles from cue words: every role is OTHER but
                            closing (for callers that only want sentences) */
};

/* Parses doc[0..n), valid UTF-8 (validate it first). On OUTLINE_OK *out is the outline,
** to be freed with outline_free(); the outline keeps pointing into doc. With _ex, stop
** (stop.h, may be NULL) is asked every 4096 lines or STOP_EVERY_BYTES, whichever comes
** first; a nonzero answer ends the parse with OUTLINE_INTERRUPTED and *out NULL. */
int outline_parse(const unsigned char *doc, size_t n, outline **out);
int outline_parse_ex(const unsigned char *doc, size_t n, unsigned flags, stop_fn stop,
                     void *ctx, outline **out);
void outline_free(outline *o);

int outline_count(const outline *o);
const outline_section *outline_get(const outline *o, int id); /* NULL out of 1..count */

/* The innermost section containing byte offset pos: the last one starting at or before
** pos whose limit lies beyond it. NULL before the first section. O(log count + depth). */
const outline_section *outline_section_at(const outline *o, size_t pos);

/* Reports: a document without any title block or header still has report 1. */
int outline_report_count(const outline *o);
const outline_report *outline_report_get(const outline *o, int number);

/* The sentences of a parse with OUTLINE_SENTENCES; read them through sentence.h. */
const sentence *outline_sentence_list(const outline *o, int *count);

/* A reader over the outline's document that decides line wraps as the parse did
** (a marker at the start of a wrapped line opens a new paragraph exactly when the outline
** has a section there): for linewrap_join() of titles, bodies and sentences. */
void outline_reader_init(const outline *o, linewrap_reader *r);

/* "report", "part", … and "review", "outlook", … as in SQL. */
const char *outline_kind_name(outline_kind kind);
const char *outline_role_name(outline_role role);

#endif
