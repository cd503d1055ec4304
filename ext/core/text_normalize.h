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

#include <stddef.h>
#include <unicode/unorm2.h>

typedef enum normalize_form { NORMALIZE_NFKC, NORMALIZE_NFC, NORMALIZE_NFKC_CF } normalize_form;

/* Parses a form name, case-insensitively: "NFKC", "NFC", "NFKC_CF" (or "NFKC_Casefold").
** Returns 0 for an unknown name. */
int normalize_form_parse(const char *name, normalize_form *out);

/* The ICU normalizer of a form (a process-wide singleton owned by ICU). */
text_status normalize_instance(normalize_form form, const UNormalizer2 **out, text_error *err);

/* Normalizes the valid UTF-8 text z[0..n) and appends the result to out. */
text_status text_normalize(const unsigned char *z, size_t n, normalize_form form,
                           text_buffer *out, text_error *err);

/* Normalizes the UTF-16 text s[0..n) into *dst (gwr_mem, grown as needed; *cap is its
** capacity in units), dropping zero-width characters. Sets *dst_len. */
text_status normalize_utf16(const UNormalizer2 *nf, const UChar *s, int32_t n, UChar **dst,
                            int32_t *cap, int32_t *dst_len, text_error *err);

#endif
