/*
** Unicode normalization of report text with ICU's unorm2: NFKC (the default: full-width
** digits and punctuation become ASCII, ㈠ becomes (一)), NFC, or NFKC_Casefold (NFKC
** plus case folding, for matching). Zero-width characters that web captures scatter
** through text (char_is_ignorable: U+200B..U+200D, U+2060, U+FEFF, U+00AD) are dropped
** in every form.
*/
#ifndef GWR_TEXT_NORMALIZE_H
#define GWR_TEXT_NORMALIZE_H

#include "text_buffer.h"
#include "text_error.h"
#include "text_utf16.h"

#include <stddef.h>
#include <unicode/unorm2.h>

typedef enum normalize_form { NORMALIZE_NFKC, NORMALIZE_NFC, NORMALIZE_NFKC_CF } normalize_form;

/* Parses a form name, case-insensitively: "NFKC", "NFC", "NFKC_CF" (or "NFKC_Casefold").
** Returns 0 for an unknown name. */
int normalize_form_parse(const char *name, normalize_form *out);

/* The ICU normalizer of a form (a process-wide singleton owned by ICU). */
text_status normalize_instance(normalize_form form, const UNormalizer2 **out, text_error *err);

/* The UTF-16 buffers of text_normalize(), which a caller may keep between calls. */
typedef struct normalize_work {
  utf16_buffer text;
  utf16_buffer normalized;
} normalize_work;

void normalize_work_trim(normalize_work *work, int32_t keep);

/* Normalizes the UTF-8 text z[0..n) and appends the result to out. Invalid UTF-8 is an
** error. */
text_status text_normalize(const unsigned char *z, size_t n, normalize_form form,
                           normalize_work *work, text_buffer *out, text_error *err);

/* Normalizes the UTF-16 text s[0..n) into dst, dropping zero-width characters. */
text_status normalize_utf16(const UNormalizer2 *nf, const UChar *s, int32_t n,
                            utf16_buffer *dst, text_error *err);

#endif
