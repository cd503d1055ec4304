/*
** A trie of words, for the lexicons of the core (indicator forms, verbs, adverbs, ...).
**
** Words are keyed by folded code points (char_fold, ASCII lower case), so `ＧＤＰ`, `GDp`
** and `gdp` are one word. Inside a word the text may carry zero-width characters, spaces
** and hard line wraps (`城镇调查失\n业率`): matching steps over them, and the offsets it
** returns still point into the original bytes. A trie is built for one direction:
** forward tries find the longest word starting at a position, reversed tries the longest
** word ending at one. Each word carries an int value (>= 0) chosen by the caller.
*/
#ifndef GWR_WORDTRIE_H
#define GWR_WORDTRIE_H

#include <stddef.h>
#include <stdint.h>

typedef struct wordtrie wordtrie;

/* A new empty trie, or NULL when out of memory. reversed: matches end at a position. */
wordtrie *wordtrie_new(int reversed);
void wordtrie_free(wordtrie *t);

/* Adds a UTF-8 word (n bytes, valid) with value >= 0; a word added again takes the new
** value. Returns 0, or -1 when out of memory (the trie stays usable). An empty word, or
** one of only skipped characters, is ignored. */
int wordtrie_add(wordtrie *t, const char *word, size_t n, int value);

/* The walks behind wordtrie_match() and wordtrie_match_back(). */
int wordtrie_match_walk(const wordtrie *t, const unsigned char *s, size_t n, size_t pos,
                        size_t *end);
int wordtrie_match_back_walk(const wordtrie *t, const unsigned char *s, size_t lo, size_t pos,
                             size_t *start);

/* A bitmap of the code points words begin with (bit cp % WORDTRIE_FIRST_BITS): the first
** member of every trie, so that the lookups below turn down most positions inline. */
#define WORDTRIE_FIRST_BITS 16384
typedef struct wordtrie_filter {
  uint64_t first[WORDTRIE_FIRST_BITS / 64];
} wordtrie_filter;

/* Can a word of t begin with the code point cp (folded: wordtrie_fold())? */
static inline int wordtrie_may_start(const wordtrie *t, uint32_t cp)
{
  const wordtrie_filter *f = (const wordtrie_filter *)(const void *)t;
  return (int)((f->first[(cp % WORDTRIE_FIRST_BITS) / 64] >> (cp % 64)) & 1);
}

/* Can a word of t begin with the ideograph (U+4000..U+9FFF) of the three bytes at s? */
static inline int wordtrie_may_start_with(const wordtrie *t, const unsigned char *s)
{
  uint32_t cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  return wordtrie_may_start(t, cp);
}

/* Words compare ASCII letters in lower case (wordtrie_fold()). */
static inline uint32_t wordtrie_lower(uint32_t c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The folded code point of the character of the three bytes EF BC .. or EF BD .. at s
** (U+FF00..U+FF7F, full-width punctuation and letters; never skipped). */
static inline uint32_t wordtrie_fold_ff(const unsigned char *s)
{
  uint32_t c = 0xF000 | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  return wordtrie_lower(c >= 0xFF01 && c <= 0xFF5E ? c - 0xFF01 + 0x21 : c);
}

/* Can a word of t begin with the ASCII character b, which is no space, line end or
** control character (those the walk decides)? */
static inline int wordtrie_may_start_ascii(const wordtrie *t, unsigned char b)
{
  return wordtrie_may_start(t, wordtrie_lower(b));
}

/* Forward trie: the value of the longest word that starts at byte pos of s[0..n), and
** in *end the byte offset just after its last character; -1 when no word starts there.
** The first character is tested inline against the trie's filter when it is an
** ideograph, printable ASCII or full-width punctuation, most of a report. */
static inline int wordtrie_match(const wordtrie *t, const unsigned char *s, size_t n, size_t pos,
                                 size_t *end)
{
  if (pos + 2 < n) {
    unsigned char b = s[pos];
    if (b >= 0xE4 && b <= 0xE9) {
      if (!wordtrie_may_start_with(t, s + pos)) return -1;
    } else if (b > ' ' && b < 0x7F) {
      if (!wordtrie_may_start_ascii(t, b)) return -1;
    } else if (b == 0xEF && (s[pos + 1] == 0xBC || s[pos + 1] == 0xBD)) {
      if (!wordtrie_may_start(t, wordtrie_fold_ff(s + pos))) return -1;
    }
  }
  return wordtrie_match_walk(t, s, n, pos, end);
}

/* Reversed trie: the value of the longest word that ends at byte pos and starts at or
** after byte lo, and in *start the offset of its first character; -1 when none. The last
** character is tested inline, as in wordtrie_match(). */
static inline int wordtrie_match_back(const wordtrie *t, const unsigned char *s, size_t lo,
                                      size_t pos, size_t *start)
{
  if (pos >= lo + 3) {
    unsigned char b = s[pos - 3];
    if (b >= 0xE4 && b <= 0xE9) {
      if (!wordtrie_may_start_with(t, s + pos - 3)) return -1;
    } else if (s[pos - 1] > ' ' && s[pos - 1] < 0x7F) {
      if (!wordtrie_may_start_ascii(t, s[pos - 1])) return -1;
    } else if (b == 0xEF && (s[pos - 2] == 0xBC || s[pos - 2] == 0xBD)) {
      if (!wordtrie_may_start(t, wordtrie_fold_ff(s + pos - 3))) return -1;
    }
  }
  return wordtrie_match_back_walk(t, s, lo, pos, start);
}

/* One word against the text, without a trie: the word at byte pos of s[0..n) (its end is
** returned, 0 when the text reads otherwise), or the word ending at byte pos and starting
** at or after lo (its start is returned, SIZE_MAX otherwise). Characters compare folded
** (char_fold); zero-width characters and line ends in the text are stepped over. For the
** short word lists of period.c and the fixed words of targets.c. */
size_t word_at_walk(const unsigned char *s, size_t n, size_t pos, const char *word, size_t len);
size_t word_before_walk(const unsigned char *s, size_t lo, size_t pos, const char *word,
                        size_t len);

/* Can the byte b begin a character that compares equal to a CJK character, or be stepped
** over before one? Full-width forms and zero-width characters (EF .., E2 80, C2 AD) and
** line ends may; any other byte that differs from the word's own byte may not. */
static inline int word_may_fold_or_skip(unsigned char b)
{
  return b == 0xEF || b == 0xE2 || b == 0xC2 || b == '\n' || b == '\r';
}

static inline int word_is_cjk_lead(unsigned char b)
{
  return b >= 0xE3 && b != 0xEF;
}

/* Is the character at pos one of U+F000..U+FFFF other than U+FEFF (full-width punctuation:
** ，：（）)? Such a character is never stepped over and folds to ASCII or to itself, so it
** never compares equal to a CJK character of a word. */
static inline int word_is_plain_ef(const unsigned char *s, size_t n, size_t pos)
{
  return s[pos] == 0xEF && pos + 1 < n && s[pos + 1] != 0xBB;
}

/* Does the text at pos certainly not read the word that starts with byte w0 (a CJK
** word and another character there)? Answered from one byte, before the word's length
** is known; most calls end here, so it is inline. */
static inline int word_at_fails(const unsigned char *s, size_t n, size_t pos, unsigned char w0)
{
  if (!word_is_cjk_lead(w0) || pos >= n || s[pos] == w0) return 0;
  return !word_may_fold_or_skip(s[pos]) || word_is_plain_ef(s, n, pos);
}

/* The common cases answered inline: a CJK word and another character at pos (from one
** byte), or another CJK character (from three; it folds to itself). */
static inline size_t word_at(const unsigned char *s, size_t n, size_t pos, const char *word,
                             size_t len)
{
  const unsigned char *w = (const unsigned char *)word;
  if (len && word_at_fails(s, n, pos, w[0])) return 0;
  if (len >= 3 && pos + 3 <= n && word_is_cjk_lead(w[0]) && s[pos] == w[0] &&
      (s[pos + 1] != w[1] || s[pos + 2] != w[2]))
    return 0;
  return word_at_walk(s, n, pos, word, len);
}

/* The common case inline: the word's last (CJK) character against the text's. */
static inline size_t word_before(const unsigned char *s, size_t lo, size_t pos, const char *word,
                                 size_t len)
{
  const unsigned char *w = (const unsigned char *)word;
  if (len >= 3 && pos >= lo + 3 && word_is_cjk_lead(w[len - 3])) {
    if (word_is_cjk_lead(s[pos - 3]) &&
        (s[pos - 1] != w[len - 1] || s[pos - 2] != w[len - 2] || s[pos - 3] != w[len - 3]))
      return SIZE_MAX;
    if (word_is_plain_ef(s, pos, pos - 3)) return SIZE_MAX; /* ，before pos */
  }
  return word_before_walk(s, lo, pos, word, len);
}

/* The same for string literals, their length known when compiling. */
#define WORD_AT(s, n, pos, lit) word_at(s, n, pos, lit, sizeof(lit) - 1)
#define WORD_BEFORE(s, lo, pos, lit) word_before(s, lo, pos, lit, sizeof(lit) - 1)

/* The code point as words compare it: char_fold, then ASCII A-Z to a-z. */
uint32_t wordtrie_fold(uint32_t c);

/* Characters a word steps over inside itself: zero-width, spaces, line ends. */
int wordtrie_is_skipped(uint32_t c);

#endif
