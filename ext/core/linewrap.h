/*
** Lines and paragraphs of report text: which line breaks are hard wraps.
**
** Text captured from web pages and PDFs breaks lines in the middle of a sentence or even
** of a word (坚持走新型工 / 业化道路), and a line that continues the previous one must start
** neither a heading nor a sentence, even when it begins with 一、 (工业企业结构单 / 一、附加值低).
** This module reads one line at a time, classifies it (blank, page chrome, title block,
** how it ends, which marker it starts with) and decides for each line break whether the
** text continues on the next line (a hard wrap) or a paragraph ends there.
**
** The rule, in short: a line that ends mid-sentence (no 。！？；：) continues on the next,
** unless it is a heading line (a marker and a short title, or a short unmarked line ending
** in a heading noun such as 回顾/任务, or a short line over a list; a marker alone on a line
** takes the next short line as its title), the next line is more
** indented, blank, page chrome or a title line, or the next line starts with a marker
** that fits the outline so far. A heading split over two lines is joined; so is a date
** line cut before its end (——2024年3月2日在**区第二届 / 人民代表大会第三次会议上).
**
** Users:
**   outline.c and sentence.c read the document through a linewrap_reader;
**   gwr_repair() (issue 6) joins hard-wrapped lines with the same reader and decisions.
** All work is linear in the text: each line is classified once, looking at its ends and
** at most one scan of its bytes.
*/
#ifndef GWR_LINEWRAP_H
#define GWR_LINEWRAP_H

#include "marker.h"

#include <stddef.h>

/* linewrap_line.chars of a line longer than 80 characters: rules only ask whether a
** line is short, so long lines are not counted. */
#define LINEWRAP_LONG 255

typedef enum linewrap_end {
  LINEWRAP_END_NONE = 0, /* a blank line */
  LINEWRAP_END_STOP,     /* 。！？；… (a closing quote or bracket may follow) */
  LINEWRAP_END_COLON,    /* ： */
  LINEWRAP_END_COMMA,    /* ，、 or an opening bracket or quote: the sentence goes on */
  LINEWRAP_END_OPEN      /* anything else: mid-sentence, or a heading without punctuation */
} linewrap_end;

/* linewrap_line.flags */
enum {
  LINEWRAP_BLANK = 1 << 0,        /* nothing but spaces */
  LINEWRAP_CHROME = 1 << 1,       /* web-page chrome or a photo caption: not report text */
  LINEWRAP_CHROME_LIST = 1 << 2,  /* 相关报道： — the short lines after it are chrome too */
  LINEWRAP_INNER_STOP = 1 << 3,   /* 。！？； before the line's last character (always
                                     set for a long line: none of the rules reads it) */
  LINEWRAP_INNER_COLON = 1 << 4,  /* ： before the line's last character (short lines) */
  LINEWRAP_HEADING_WORD = 1 << 5, /* short, and ends with a heading noun (回顾, 任务, 工作) */
  LINEWRAP_TAIL_HEADING = 1 << 6, /* ends with a short heading phrase after its last 。 */
  LINEWRAP_TITLE_NAME = 1 << 7,   /* a report title: …政府工作报告, …会议文件 */
  LINEWRAP_TITLE_DATE = 1 << 8,   /* ——2024年3月2日在…会议上 */
  LINEWRAP_TITLE_SPEAKER = 1 << 9,/* 区长  林晓川 */
  LINEWRAP_SALUTATION = 1 << 10,  /* 各位代表： */
  LINEWRAP_DATE_OPEN = 1 << 11,   /* a date line cut before its end */
  LINEWRAP_LEADING_PUNCT = 1 << 12/* starts with ，。、；：）” — it continues something */
};

#define LINEWRAP_TITLE (LINEWRAP_TITLE_NAME | LINEWRAP_TITLE_DATE | LINEWRAP_TITLE_SPEAKER | \
                        LINEWRAP_SALUTATION)

typedef struct linewrap_line {
  size_t start;      /* first byte of the line */
  size_t end;        /* byte after the line's last character, before its line break */
  size_t next;       /* first byte of the next line (the text's length for the last one) */
  size_t text_start; /* after indentation, zero-width characters and a stray '>' */
  size_t text_end;   /* before trailing spaces */
  size_t tail_start; /* after the last 。！？ of the line, if LINEWRAP_TAIL_HEADING */
  unsigned chars;    /* characters from text_start to text_end; LINEWRAP_LONG beyond 80 */
  unsigned indent;   /* leading spaces: 1 per space, 2 per U+3000, 4 per tab */
  unsigned flags;
  linewrap_end end_kind;
  marker mark;       /* the marker at text_start; style MARKER_NONE if none */
} linewrap_line;

/* The end of s[start..end) (valid UTF-8) before its trailing spaces, zero-width characters
** and line breaks: where a line's text, a title, a sentence or a section ends. */
size_t linewrap_trim_end(const unsigned char *s, size_t start, size_t end);

/* Reads and classifies the line that starts at byte pos (< n) of valid UTF-8 text. */
void linewrap_read(const unsigned char *s, size_t n, size_t pos, linewrap_line *line);

/* Does line a continue on line b (a hard wrap)? a_opens: a starts a paragraph (it was
** not itself continued from the line before). c is the line after b (NULL at the end):
** a heading split over two lines is joined only when c clearly starts something new.
** b_fits says whether b's numbered marker fits the outline so far: 1 yes, 0 no, -1
** unknown (then a marker line that looks like a heading — short, no 。 — counts).
** width: the width a text was wrapped at (linewrap_width()), 0 if none. */
int linewrap_joins(const linewrap_line *a, int a_opens, const linewrap_line *b,
                   const linewrap_line *c, int b_fits, unsigned width);

/* The width in characters that text extracted from a PDF (or typed in a fixed-width
** editor) was wrapped at: the length shared by most of its lines of 20 characters or
** more, when they are at least eight. 0 for text with one paragraph per line. In such
** text a line that falls short of the width ends its paragraph, whatever its last
** character; a line of full width is never a heading of its own; and a paragraph break after
** a full line that ends in 。, without indentation or a marker to confirm it, is
** uncertain (linewrap_reader.uncertain): a sentence may just have ended at the wrap.
** One pass over the line ends. */
unsigned linewrap_width(const unsigned char *s, size_t n);

/* Called by a reader for a line that follows one ending mid-sentence and starts with a
** numbered marker: 1 if the marker fits the outline so far, 0 if not, -1 unknown. */
typedef int (*linewrap_fits_fn)(void *ctx, const linewrap_line *line);

/* Reads a text line by line with one line of lookahead and decides each break once:
**
**   linewrap_reader r;
**   linewrap_reader_init(&r, s, n, NULL, NULL);
**   while (linewrap_reader_next(&r)) {
**     ... r.line is the current line, r.opens whether it starts a paragraph ...
**     if (!linewrap_reader_joins(&r)) ... a paragraph ends after r.line ...
**   }
**
** A line marked LINEWRAP_CHROME (web-page chrome, captions, the links after 相关报道：)
** never joins and is not report text. fits may be NULL. */
typedef struct linewrap_reader {
  const unsigned char *s;
  size_t n;
  linewrap_line line;   /* the current line */
  linewrap_line ahead;  /* the line after it, when has_ahead */
  linewrap_line ahead2; /* and the one after that, when has_ahead2 */
  int has_line;
  int has_ahead;
  int has_ahead2;
  int opens;           /* the current line starts a paragraph */
  int uncertain;       /* ... but it may continue the one before (see linewrap_width) */
  marker_style title_of; /* the current line is the title of a marker alone on the line
                            before (附件 / 名词解释), or MARKER_NONE */
  int joins;           /* -1 until decided; then whether the current line continues */
  int chrome_list;     /* inside a list of links after 相关报道： */
  unsigned width;      /* linewrap_width() of the text */
  linewrap_fits_fn fits;
  void *ctx;
} linewrap_reader;

void linewrap_reader_init(linewrap_reader *r, const unsigned char *s, size_t n,
                          linewrap_fits_fn fits, void *ctx);

/* The same, for a text whose linewrap_width() is known (it reads the whole text). */
void linewrap_reader_init_width(linewrap_reader *r, const unsigned char *s, size_t n,
                                unsigned width, linewrap_fits_fn fits, void *ctx);

/* Moves to the next line. Returns 0 after the last one. */
int linewrap_reader_next(linewrap_reader *r);

/* Whether the current line continues on the next one (decided once, then cached). The
** caller may first look at the current line: fits() is called here, not in _next(). */
int linewrap_reader_joins(linewrap_reader *r);

/* Receives the pieces of joined text. */
typedef void (*linewrap_emit_fn)(void *ctx, const unsigned char *p, size_t len);

/* Emits the text of s[start..end) as a reader sees it: hard wraps joined (the line break
** and the spaces around it dropped, also between Latin letters: PM / 2.5 is PM2.5), each
** paragraph break as one '\n', blank lines and chrome dropped. r is advanced: give
** it increasing starts and the total work stays linear; an earlier start rewinds it. */
void linewrap_join(linewrap_reader *r, size_t start, size_t end, linewrap_emit_fn emit,
                   void *ctx);

#endif
