/*
** Bytes in a legacy or UTF-16 encoding -> UTF-8, with ICU's converters. Reports arrive
** as GBK/GB18030 files, Big5 from Taiwan and Hong Kong, UTF-16 from Windows tools.
**
** Without a charset the bytes decide: a byte-order mark first (UTF-8, UTF-16LE/BE,
** UTF-32LE/BE, GB18030), then UTF-8 validity, then ICU's charset detector (ucsdet).
** An undecodable byte is an error naming its byte offset and the charset, unless the
** caller asks for U+FFFD in its place.
*/
#ifndef GWR_TEXT_DECODE_H
#define GWR_TEXT_DECODE_H

#include "text_buffer.h"
#include "text_error.h"

#include <stddef.h>

typedef enum decode_errors { DECODE_STRICT, DECODE_REPLACE } decode_errors;

typedef struct decode_result {
  char charset[64];     /* the charset used (as given, or as detected) */
  int detected;         /* 1 when the charset was detected rather than given */
  int valid_utf8;       /* 1 when detection found the bytes to be valid UTF-8 */
} decode_result;

/* Decodes z[0..n) as `charset` (ICU's name or alias; NULL to detect) and appends the
** UTF-8 text to out. A byte-order mark is dropped only when the charset was detected
** from it. */
text_status text_decode(const unsigned char *z, size_t n, const char *charset,
                        decode_errors errors, text_buffer *out, decode_result *result,
                        text_error *err);

/* Detects the charset of z[0..n) (BOM, UTF-8 validity, ucsdet) into result->charset.
** *bom_len is set to the length of a byte-order mark that decided it, else 0. */
text_status text_detect_charset(const unsigned char *z, size_t n, decode_result *result,
                                size_t *bom_len, text_error *err);

#endif
