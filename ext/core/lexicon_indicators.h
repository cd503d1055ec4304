/*
** The catalogue of indicators (SPEC §5, gwr_indicators): for each indicator an id, its
** canonical Chinese and English names, its usual unit and every surface form reports
** use for it, renames over the years included (农民人均纯收入 → 农村居民人均可支配收入,
** 城镇登记失业率 → 城镇调查失业率). The table itself is data in lexicon_indicators.c;
** docs/indicators.md lists it.
**
** An indicator_lexicon is the catalogue plus the forms one connection added
** (gwr_indicator_add). It finds forms in text with tries: the longest form wins, and
** scope prefixes (全区, 全市, 我省, 全社会, ...) may stand before any form.
*/
#ifndef GWR_LEXICON_INDICATORS_H
#define GWR_LEXICON_INDICATORS_H

#include <stddef.h>

/* Flags of an indicator. */
#define INDICATOR_FISCAL_SETTING 1 /* a budget setting (赤字率, 专项债券): kind 'parameter' */

typedef struct indicator_def {
  const char *id;      /* 'gdp' */
  const char *name;    /* canonical Chinese name */
  const char *name_en; /* English name */
  const char *unit;    /* the usual unit of its level */
  unsigned flags;
  const char *const *forms; /* surface forms, NULL-terminated, the canonical name among them */
} indicator_def;

/* The built-in catalogue, in the order docs/indicators.md shows it. */
extern const indicator_def indicator_catalogue[];
extern const size_t indicator_catalogue_size;

/* One surface form of the lexicon: one row of gwr_indicators. */
typedef struct indicator_form {
  const char *id, *name, *name_en, *unit; /* name_en and unit NULL for users' new ids */
  const char *form;
  unsigned flags;
  int user;     /* 1 when added with gwr_indicator_add */
  int shadowed; /* 1 when a later form with the same text replaced this one */
} indicator_form;

typedef struct indicator_lexicon indicator_lexicon;

/* The built-in catalogue; NULL when out of memory. */
indicator_lexicon *indicator_lexicon_new(void);
void indicator_lexicon_free(indicator_lexicon *lex);

/* Outcome of indicator_lexicon_add(). */
typedef enum indicator_add_result {
  INDICATOR_ADDED,         /* a new form */
  INDICATOR_UNCHANGED,     /* the form already meant this id */
  INDICATOR_NOMEM,
  INDICATOR_BAD_ID,        /* empty, or not made of a-z, 0-9, _ */
  INDICATOR_BAD_FORM,      /* empty, only spaces, or longer than 64 characters */
  INDICATOR_NAME_CONFLICT  /* the id exists with another canonical name */
} indicator_add_result;

/* Adds a form (valid UTF-8) of indicator id for this lexicon only. A form the catalogue
** gives to another id now means this one. name: the canonical name of a new id (NULL:
** the form itself); for a known id it must be NULL or its name. */
indicator_add_result indicator_lexicon_add(indicator_lexicon *lex, const char *id,
                                           const char *form, size_t form_len,
                                           const char *name);

/* The forms, catalogue first then the user's, in a stable order; shadowed rows are
** kept (their index stays valid) and skipped by gwr_indicators. */
size_t indicator_lexicon_count(const indicator_lexicon *lex);
const indicator_form *indicator_lexicon_form(const indicator_lexicon *lex, size_t i);

/* A form found in text. Byte offsets: start includes scope prefixes, form_start is where
** the form itself begins, end is just after it. */
typedef struct indicator_match {
  size_t start, form_start, end;
  const indicator_form *form;
} indicator_match;

/* The longest form that starts at byte pos, after any scope prefixes. 1 if found. */
int lexicon_find_indicator(const indicator_lexicon *lex, const unsigned char *s, size_t n,
                           size_t pos, indicator_match *m);

/* The longest form that ends exactly at byte end and starts at or after byte lo, with
** the scope prefixes just before it (not before lo). 1 if found. */
int lexicon_find_indicator_ending(const indicator_lexicon *lex, const unsigned char *s,
                                  size_t lo, size_t end, indicator_match *m);

/* Scope prefixes (全区, 我市, 全社会, ...) ending at byte end, not before lo: returns the
** offset where they start (end itself when there are none). */
size_t lexicon_scope_start(const indicator_lexicon *lex, const unsigned char *s, size_t lo,
                           size_t end);

/* Scope prefixes starting at byte pos: returns the offset after them (pos when none). */
size_t lexicon_scope_end(const indicator_lexicon *lex, const unsigned char *s, size_t n,
                         size_t pos);

/* Splits a modifier that names two populations (城乡 → 城镇, 农村): if the word at byte
** pos is one, returns the number of parts (2) and their texts in parts[]; else 0.
** *end is set after the modifier. */
int lexicon_split_modifier(const unsigned char *s, size_t n, size_t pos, size_t *end,
                           const char *parts[2]);

/* The indicator whose id is id, or NULL. */
const indicator_form *indicator_lexicon_find_id(const indicator_lexicon *lex, const char *id);

/* The form equal to a whole text (after folding), or NULL: for building a component of
** a list (城镇 + 居民人均可支配收入) and checking that it is a known form. */
const indicator_form *indicator_lexicon_lookup(const indicator_lexicon *lex,
                                               const char *text, size_t n);

#endif
