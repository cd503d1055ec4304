/*
** Errors of the ICU-backed text modules (normalize, decode, words, repair). Every ICU
** failure goes through text_icu_failed(), which names the ICU function that failed, as
** SQLite's ext/icu/icu.c does; the SQL glue puts its own function name in front:
**   gwr_decode(): ICU ucnv_open() failed: U_FILE_ACCESS_ERROR
** The message lives in the struct, so reporting an error never allocates.
*/
#ifndef GWR_TEXT_ERROR_H
#define GWR_TEXT_ERROR_H

#include <unicode/utypes.h>

typedef enum text_status {
  TEXT_OK = 0,
  TEXT_ERROR, /* bad input or an ICU failure: see text_error.message */
  TEXT_NOMEM, /* out of memory (ours or ICU's) */
  TEXT_STOPPED /* the caller's stop function said stop (stop.h) */
} text_status;

typedef struct text_error {
  text_status status;
  char message[200];
} text_error;

/* Records "ICU <icu_function>() failed: <U_ERROR_NAME>"; U_MEMORY_ALLOCATION_ERROR
** becomes TEXT_NOMEM. Returns the status recorded. */
text_status text_icu_failed(text_error *err, const char *icu_function, UErrorCode code);

/* Records a formatted message (bad input) and returns TEXT_ERROR. */
text_status text_failf(text_error *err, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Records an allocation failure and returns TEXT_NOMEM. */
text_status text_nomem(text_error *err);

/* Records that the caller stopped the work and returns TEXT_STOPPED. */
text_status text_stopped(text_error *err);

#endif
