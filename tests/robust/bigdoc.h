/*
** Big documents for the robustness programs (interrupt.c, huge.c): the project's own
** sample reports (tests/fixtures, so a fresh clone has them) repeated to a given size,
** and a text of the same size without a single quantity or heading.
*/
#ifndef GWR_BIGDOC_H
#define GWR_BIGDOC_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const bigdoc_sources[] = {
  "tests/fixtures/reports/2025-qingxi.txt",
  "tests/fixtures/heldout/2019-national-style.txt",
  "tests/fixtures/heldout/2008-province-style.txt",
  "tests/fixtures/heldout/2021-county-web.txt",
};

/* The files one after another, blank line between, repeated to `size` bytes (cut at a
** line end). Exits when one is missing. */
static char *bigdoc_files(const char *const *paths, size_t count, size_t size, size_t *len)
{
  char *doc = malloc(size + 1);
  size_t n = 0;
  while (n < size) {
    for (size_t k = 0; k < count && n < size; k++) {
      FILE *f = fopen(paths[k], "rb");
      if (f == NULL) {
        fprintf(stderr, "bigdoc: cannot read %s (run from the repository root)\n", paths[k]);
        exit(2);
      }
      n += fread(doc + n, 1, size - n, f);
      fclose(f);
      if (n < size) doc[n++] = '\n';
    }
  }
  while (n > 0 && doc[n - 1] != '\n') n--; /* whole lines only: no cut character */
  doc[n] = 0;
  *len = n;
  return doc;
}

/* The sample reports of tests/fixtures, repeated to `size` bytes. They hold more headings
** and sentences per KB than real reports, so they cost the parsers more memory. */
static char *bigdoc_reports(size_t size, size_t *len)
{
  return bigdoc_files(bigdoc_sources, sizeof bigdoc_sources / sizeof bigdoc_sources[0], size,
                      len);
}

/* `size` bytes of Chinese prose without a quantity, a heading or a target, but full of
** words that contain numerals (千方百计, 一心一意, 进一步): the scanner of quantities
** stops at each and turns it down, its slowest way through a text. */
static char *bigdoc_idioms(size_t size, size_t *len)
{
  static const char unit[] = "千方百计一心一意进一步统一各项事业取得新进展。"
                             "坚持稳中求进工作总基调，一心一意谋发展。\n";
  size_t k = sizeof unit - 1;
  char *doc = malloc(size + 1);
  size_t n = 0;
  while (n + k <= size) {
    memcpy(doc + n, unit, k);
    n += k;
  }
  doc[n] = 0;
  *len = n;
  return doc;
}

#endif
