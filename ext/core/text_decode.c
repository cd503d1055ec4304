/*
** Decoding bytes to UTF-8 with ICU converters: see text_decode.h.
*/
#include "text_decode.h"
#include "mem.h"
#include "text_utf16.h"
#include "utf8.h"

#include <stdio.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

/* Byte-order marks, longest first (UTF-32LE starts like UTF-16LE). */
static const struct {
  const char *bytes;
  size_t len;
  const char *charset;
} boms[] = {
  {"\xFF\xFE\x00\x00", 4, "UTF-32LE"},
  {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
  {"\x84\x31\x95\x33", 4, "GB18030"},
  {"\xEF\xBB\xBF", 3, "UTF-8"},
  {"\xFF\xFE", 2, "UTF-16LE"},
  {"\xFE\xFF", 2, "UTF-16BE"},
};

/* ucsdet needs no more than this to tell GB18030 from Big5 or UTF-16; reading the
** whole of a large file would only cost time. */
#define DETECT_SAMPLE (256 * 1024)

static void set_charset(decode_result *result, const char *name, int detected)
{
  snprintf(result->charset, sizeof result->charset, "%s", name);
  result->detected = detected;
  result->valid_utf8 = 0;
}

text_status text_detect_charset(const unsigned char *z, size_t n, decode_result *result,
                                size_t *bom_len, text_error *err)
{
  *bom_len = 0;
  for (size_t i = 0; i < sizeof boms / sizeof boms[0]; i++) {
    if (n >= boms[i].len && memcmp(z, boms[i].bytes, boms[i].len) == 0) {
      set_charset(result, boms[i].charset, 1);
      *bom_len = boms[i].len;
      return TEXT_OK;
    }
  }
  if (utf8_validate(z, n) == UTF8_VALID) {
    set_charset(result, "UTF-8", 1);
    result->valid_utf8 = 1;
    return TEXT_OK;
  }
  UErrorCode code = U_ZERO_ERROR;
  UCharsetDetector *det = ucsdet_open(&code);
  if (U_FAILURE(code)) return text_icu_failed(err, "ucsdet_open", code);
  size_t sample = n < DETECT_SAMPLE ? n : DETECT_SAMPLE;
  ucsdet_setText(det, (const char *)z, (int32_t)sample, &code);
  const UCharsetMatch *match = NULL;
  if (U_SUCCESS(code)) match = ucsdet_detect(det, &code);
  const char *name = NULL;
  if (U_SUCCESS(code) && match != NULL) name = ucsdet_getName(match, &code);
  if (U_FAILURE(code)) {
    ucsdet_close(det);
    return text_icu_failed(err, "ucsdet_detect", code);
  }
  if (name == NULL) {
    ucsdet_close(det);
    return text_failf(err, "cannot detect the charset of these %zu bytes; name it, as in "
                           "gwr_decode(x, 'GB18030')", n);
  }
  set_charset(result, name, 1);
  ucsdet_close(det);
  return TEXT_OK;
}

/* Grows the UTF-16 buffer so that at least `extra` more units fit. */
static text_status grow_units(UChar **buf, int32_t *cap, int32_t used, int32_t extra,
                              text_error *err)
{
  if (*cap - used >= extra) return TEXT_OK;
  int64_t want = (int64_t)*cap * 2;
  if (want < (int64_t)used + extra) want = (int64_t)used + extra;
  if (want > INT32_MAX) {
    if ((int64_t)used + extra > INT32_MAX) {
      return text_failf(err, "decoded text too long; ICU handles up to 2 G units");
    }
    want = INT32_MAX;
  }
  UChar *p = gwr_mem_realloc(*buf, (size_t)want * sizeof(UChar));
  if (p == NULL) return text_nomem(err);
  *buf = p;
  *cap = (int32_t)want;
  return TEXT_OK;
}

/* Runs the converter over the whole input into a UTF-16 buffer, stopping at the first
** undecodable sequence (DECODE_STRICT) or putting U+FFFD in its place. z is base bytes
** into the caller's input (after a byte order mark): errors give offsets into that input. */
static text_status convert(UConverter *cv, const unsigned char *z, size_t n, size_t base,
                           const char *charset, decode_errors errors, UChar **buf, int32_t *len,
                           text_error *err)
{
  int32_t cap = 0, used = 0;
  const char *src = (const char *)z, *limit = (const char *)z + n;
  if (grow_units(buf, &cap, 0, (int32_t)(n < 1 << 20 ? n + 16 : 1 << 20), err) != TEXT_OK) {
    return err->status;
  }
  for (;;) {
    UErrorCode code = U_ZERO_ERROR;
    UChar *target = *buf + used;
    ucnv_toUnicode(cv, &target, *buf + cap, &src, limit, NULL, 1, &code);
    used = (int32_t)(target - *buf);
    if (code == U_BUFFER_OVERFLOW_ERROR) {
      if (grow_units(buf, &cap, used, 1024, err) != TEXT_OK) return err->status;
      continue;
    }
    if (code == U_ILLEGAL_CHAR_FOUND || code == U_INVALID_CHAR_FOUND ||
        code == U_TRUNCATED_CHAR_FOUND) {
      char bad[32];
      int8_t bad_len = (int8_t)sizeof bad;
      UErrorCode code2 = U_ZERO_ERROR;
      ucnv_getInvalidChars(cv, bad, &bad_len, &code2);
      if (U_FAILURE(code2)) bad_len = 0;
      size_t offset = (size_t)(src - (const char *)z) - (size_t)bad_len;
      if (errors == DECODE_STRICT) {
        return text_failf(err,
                          "byte %zu (0x%02X) is not valid %s; pass on_error 'replace' to "
                          "substitute U+FFFD",
                          base + offset, offset < n ? z[offset] : 0, charset);
      }
      if (grow_units(buf, &cap, used, 1, err) != TEXT_OK) return err->status;
      (*buf)[used++] = 0xFFFD;
      if (src < limit) continue;
      break;
    }
    if (U_FAILURE(code)) return text_icu_failed(err, "ucnv_toUnicode", code);
    if (src >= limit) break;
  }
  *len = used;
  return TEXT_OK;
}

text_status text_decode(const unsigned char *z, size_t n, const char *charset,
                        decode_errors errors, text_buffer *out, decode_result *result,
                        text_error *err)
{
  size_t skip = 0;
  if (charset == NULL) {
    if (text_detect_charset(z, n, result, &skip, err) != TEXT_OK) return err->status;
  } else {
    /* ucnv_open("") would silently pick the platform's default converter. */
    if (charset[0] == 0) return text_failf(err, "the charset name is empty");
    set_charset(result, charset, 0);
  }
  z += skip;
  n -= skip;
  /* Valid UTF-8 needs no converter: copy it as it is. A byte order mark or ICU's detector
  ** may call ill-formed bytes UTF-8 too: those go through the converter, which reports or
  ** replaces them. */
  if (result->valid_utf8 || (result->detected && strcmp(result->charset, "UTF-8") == 0 &&
                             utf8_validate(z, n) == UTF8_VALID)) {
    return text_buffer_append(out, z, n, err);
  }
  if (n >= (size_t)INT32_MAX) {
    return text_failf(err, "input too long (%zu bytes); ICU handles up to 2 GB", n);
  }
  UErrorCode code = U_ZERO_ERROR;
  UConverter *cv = ucnv_open(result->charset, &code);
  if (code == U_FILE_ACCESS_ERROR) {
    return text_failf(err, "unknown charset '%s'; use a name ICU knows, such as GB18030, "
                           "GBK, Big5, UTF-16LE", result->charset);
  }
  if (U_FAILURE(code)) return text_icu_failed(err, "ucnv_open", code);
  ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
  if (U_FAILURE(code)) {
    ucnv_close(cv);
    return text_icu_failed(err, "ucnv_setToUCallBack", code);
  }
  UChar *units = NULL;
  int32_t len = 0;
  if (convert(cv, z, n, skip, result->charset, errors, &units, &len, err) == TEXT_OK) {
    utf16_append_utf8(out, units, len, err);
  }
  gwr_mem_free(units);
  ucnv_close(cv);
  return err->status;
}
