/*
** Heading markers of Chinese official documents (GB/T 9704 and the habits of report
** writers): 第一篇 > 第一章 > 第一节 > 一、 > （一） > 1. > （1） > ①, plus the run-in
** enumerations 第一， and 一是, the dash lead —— and the appendix 附件1.
**
** marker_read() looks at a few characters at one position and says which marker, if
** any, is written there. Whether a marker at that position really opens a heading (line
** start, after 。, the sequence so far) is for the callers: linewrap.c and outline.c.
*/
#ifndef GWR_MARKER_H
#define GWR_MARKER_H

#include <stddef.h>

typedef enum marker_style {
  MARKER_NONE = 0,
  MARKER_PIAN,      /* 第一篇 */
  MARKER_ZHANG,     /* 第一章, 第一部分 */
  MARKER_JIE,       /* 第一节 */
  MARKER_PART,      /* 一、  一． */
  MARKER_CHAPTER,   /* （一） (一) (四)、 ㈠ */
  MARKER_ITEM,      /* 1.  1、  １． */
  MARKER_SUBITEM,   /* （1） (1) ⑴ */
  MARKER_CIRCLED,   /* ① */
  MARKER_APPENDIX,  /* 附件1  附件一：  附件：  附： */
  MARKER_ENUM_DI,   /* 第一，  (the comma is a separator, not part of the marker) */
  MARKER_ENUM_SHI,  /* 一是 */
  MARKER_DASH,      /* —— */
  MARKER_STYLE_COUNT
} marker_style;

typedef struct marker {
  marker_style style;
  int ordinal;  /* the marker's number: （十四） → 14; 0 for —— and a bare 附件： */
  size_t start; /* first byte of the marker */
  size_t end;   /* byte after the marker as written: after "（一）", "(四)、", "第一篇" */
  size_t text;  /* where the heading text starts: past "：", the "，" of 第一， and spaces */
} marker;

/* Reads the marker written at byte pos of the valid UTF-8 text s[0..n). Returns 1 and
** fills *m when there is one, else 0. Looks at a bounded number of characters. */
int marker_read(const unsigned char *s, size_t n, size_t pos, marker *m);

/* The numbered levels (第N篇 to ①): the ones a document nests by rank. */
static inline int marker_is_numbered(marker_style style)
{
  return style >= MARKER_PIAN && style <= MARKER_CIRCLED;
}

/* The rank of a numbered level: 第N篇 is 1, ① is 8; 0 for the others. */
static inline int marker_rank(marker_style style)
{
  return marker_is_numbered(style) ? (int)style : 0;
}

/* A name for tests and debugging: "part", "chapter", ... */
const char *marker_style_name(marker_style style);

#endif
