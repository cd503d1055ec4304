/*
** The word trie of wordtrie.h. Nodes are numbers; the edges of all nodes live in one
** open-addressing hash table keyed by (node, code point), so a step costs one probe
** whatever the fan-out (the root of the indicator trie has hundreds of children).
** Most lookups find no word at all: a bitmap of the words' first code points answers
** those before the table is probed.
*/
#include "wordtrie.h"

#include "chars.h"
#include "mem.h"
#include "utf8.h"

#include <string.h>

/* Bits of the first-character filter (wordtrie.h): 2 KB a trie, few collisions among
** CJK words. */
#define FIRST_BITS WORDTRIE_FIRST_BITS

typedef struct edge {
  uint64_t key;   /* 0 = empty, else ((node << 21) | cp) + 1 */
  uint32_t child; /* the child node ... */
  int value;      /* ... and the value of the word that ends there, or -1 */
} edge;

struct wordtrie {
  wordtrie_filter filter; /* first, for wordtrie.h's inline lookups */
  int reversed;
  uint32_t n_nodes; /* node 0 is the root; a word's value is kept on the edge to its end */
  edge *edges;      /* the edge table: a probe reads one slot, key and child together */
  size_t cap_edges; /* a power of two */
  size_t n_edges;
};

uint32_t wordtrie_fold(uint32_t c)
{
  return wordtrie_lower(char_fold(c));
}

int wordtrie_is_skipped(uint32_t c)
{
  if (c > 0x3000 && c < 0xFEFF) return 0; /* CJK text: answered at once */
  return char_is_ignorable(c) || char_is_newline(c) || char_fold(c) == ' ';
}

static void first_mark(wordtrie *t, uint32_t cp)
{
  t->filter.first[(cp % FIRST_BITS) / 64] |= (uint64_t)1 << (cp % 64);
}

/* The code point of the three bytes at s, which start with E4..E9: U+4000..U+9FFF, the
** ideographs of nearly every word, which fold to themselves and are never skipped. */
static uint32_t cjk_at(const unsigned char *s)
{
  return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
}

static uint64_t edge_key(uint32_t node, uint32_t cp)
{
  return (((uint64_t)node << 21) | cp) + 1;
}

static size_t edge_slot(uint64_t key, size_t mask)
{
  key ^= key >> 29;
  key *= 0xBF58476D1CE4E5B9ULL;
  key ^= key >> 32;
  return (size_t)key & mask;
}

static edge *edge_find(const wordtrie *t, uint32_t node, uint32_t cp)
{
  if (t->cap_edges == 0) return NULL;
  uint64_t key = edge_key(node, cp);
  size_t mask = t->cap_edges - 1;
  for (size_t i = edge_slot(key, mask);; i = (i + 1) & mask) {
    if (t->edges[i].key == key) return &t->edges[i];
    if (t->edges[i].key == 0) return NULL;
  }
}

static void edge_put(edge *edges, size_t mask, const edge *e)
{
  size_t i = edge_slot(e->key, mask);
  while (edges[i].key != 0) i = (i + 1) & mask;
  edges[i] = *e;
}

static int edges_grow(wordtrie *t)
{
  size_t cap = t->cap_edges ? t->cap_edges * 2 : 256;
  edge *edges = gwr_mem_alloc(cap * sizeof *edges);
  if (edges == NULL) return -1;
  memset(edges, 0, cap * sizeof *edges);
  for (size_t i = 0; i < t->cap_edges; i++) {
    if (t->edges[i].key) edge_put(edges, cap - 1, &t->edges[i]);
  }
  gwr_mem_free(t->edges);
  t->edges = edges;
  t->cap_edges = cap;
  return 0;
}

static int64_t node_new(wordtrie *t)
{
  if (t->n_nodes == UINT32_MAX) return -1;
  return t->n_nodes++;
}

wordtrie *wordtrie_new(int reversed)
{
  wordtrie *t = gwr_mem_alloc(sizeof *t);
  if (t == NULL) return NULL;
  memset(t, 0, sizeof *t);
  t->reversed = reversed;
  if (node_new(t) < 0) { /* the root */
    wordtrie_free(t);
    return NULL;
  }
  return t;
}

void wordtrie_free(wordtrie *t)
{
  if (t == NULL) return;
  gwr_mem_free(t->edges);
  gwr_mem_free(t);
}

/* One step of an insertion: the child of node for cp, created when missing. */
static int64_t step_or_add(wordtrie *t, uint32_t node, uint32_t cp)
{
  const edge *found = edge_find(t, node, cp);
  if (found) return found->child;
  if ((t->n_edges + 1) * 2 > t->cap_edges && edges_grow(t) < 0) return -1;
  int64_t next = node_new(t);
  if (next < 0) return -1;
  edge e = {edge_key(node, cp), (uint32_t)next, -1};
  edge_put(t->edges, t->cap_edges - 1, &e);
  t->n_edges++;
  return next;
}

int wordtrie_add(wordtrie *t, const char *word, size_t n, int value)
{
  const unsigned char *s = (const unsigned char *)word;
  int64_t node = 0;
  uint32_t parent = 0, last = 0; /* the last step: its edge carries the value too */
  int any = 0;
  if (!t->reversed) {
    for (size_t pos = 0; pos < n;) {
      uint32_t c = utf8_next(s, n, &pos);
      if (wordtrie_is_skipped(c)) continue;
      if (!any) first_mark(t, wordtrie_fold(c));
      parent = (uint32_t)node;
      last = wordtrie_fold(c);
      node = step_or_add(t, parent, last);
      if (node < 0) return -1;
      any = 1;
    }
  } else {
    for (size_t pos = n; pos > 0;) {
      pos = utf8_prev(s, pos);
      size_t at = pos;
      uint32_t c = utf8_next(s, n, &at);
      if (wordtrie_is_skipped(c)) continue;
      if (!any) first_mark(t, wordtrie_fold(c));
      parent = (uint32_t)node;
      last = wordtrie_fold(c);
      node = step_or_add(t, parent, last);
      if (node < 0) return -1;
      any = 1;
    }
  }
  if (any) {
    edge_find(t, parent, last)->value = value;
  }
  return 0;
}

int wordtrie_match_walk(const wordtrie *t, const unsigned char *s, size_t n, size_t pos,
                        size_t *end)
{
  uint32_t node = 0;
  int best = -1, first = 1;
  while (pos < n) {
    uint32_t f;
    if (s[pos] >= 0xE4 && s[pos] <= 0xE9 && pos + 2 < n) { /* CJK: nothing to fold or skip */
      f = cjk_at(s + pos);
      pos += 3;
    } else {
      uint32_t c = utf8_next(s, n, &pos);
      if (wordtrie_is_skipped(c)) {
        if (first) return -1; /* a word never starts with a skipped character */
        continue;
      }
      f = wordtrie_fold(c);
    }
    if (first && !wordtrie_may_start(t, f)) return -1;
    first = 0;
    const edge *e = edge_find(t, node, f);
    if (e == NULL) break;
    node = e->child;
    if (e->value >= 0) {
      best = e->value;
      *end = pos;
    }
  }
  return best;
}

int wordtrie_match_back_walk(const wordtrie *t, const unsigned char *s, size_t lo, size_t pos,
                             size_t *start)
{
  uint32_t node = 0;
  int best = -1, first = 1;
  while (pos > lo) {
    uint32_t f;
    if (pos >= lo + 3 && s[pos - 3] >= 0xE4 && s[pos - 3] <= 0xE9) { /* CJK, as above */
      pos -= 3;
      f = cjk_at(s + pos);
    } else {
      size_t at = utf8_prev(s, pos);
      size_t after = at;
      uint32_t c = utf8_next(s, pos, &after);
      pos = at;
      if (wordtrie_is_skipped(c)) {
        if (first) return -1;
        continue;
      }
      f = wordtrie_fold(c);
    }
    if (first && !wordtrie_may_start(t, f)) return -1;
    first = 0;
    const edge *e = edge_find(t, node, f);
    if (e == NULL) break;
    node = e->child;
    if (e->value >= 0) {
      best = e->value;
      *start = pos;
    }
  }
  return best;
}

/* The walks behind word_at() and word_before() (wordtrie.h answers the common cases). */
size_t word_at_walk(const unsigned char *s, size_t n, size_t pos, const char *word, size_t len)
{
  const unsigned char *w = (const unsigned char *)word;
  size_t wpos = 0;
  while (wpos < len) {
    if (pos >= n) return 0;
    uint32_t c = utf8_next(s, n, &pos);
    if (char_is_ignorable(c) || char_is_newline(c)) continue;
    if (char_fold(c) != char_fold(utf8_next(w, len, &wpos))) return 0;
  }
  return pos;
}

size_t word_before_walk(const unsigned char *s, size_t lo, size_t pos, const char *word, size_t len)
{
  const unsigned char *w = (const unsigned char *)word;
  size_t wpos = len;
  while (wpos > 0) {
    if (pos <= lo) return SIZE_MAX;
    size_t at = utf8_prev(s, pos), k = at;
    uint32_t c = utf8_next(s, pos, &k);
    pos = at;
    if (char_is_ignorable(c) || char_is_newline(c)) continue;
    size_t wat = utf8_prev(w, wpos), wk = wat;
    uint32_t d = utf8_next(w, wpos, &wk);
    wpos = wat;
    if (char_fold(c) != char_fold(d)) return SIZE_MAX;
  }
  return pos;
}
