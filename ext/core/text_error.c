/*
** The one place where ICU errors become messages: see text_error.h.
*/
#include "text_error.h"

#include <stdarg.h>
#include <stdio.h>

text_status text_icu_failed(text_error *err, const char *icu_function, UErrorCode code)
{
  if (code == U_MEMORY_ALLOCATION_ERROR) return text_nomem(err);
  err->status = TEXT_ERROR;
  snprintf(err->message, sizeof err->message, "ICU %s() failed: %s", icu_function,
           u_errorName(code));
  return TEXT_ERROR;
}

text_status text_failf(text_error *err, const char *format, ...)
{
  va_list ap;
  va_start(ap, format);
  vsnprintf(err->message, sizeof err->message, format, ap);
  va_end(ap);
  err->status = TEXT_ERROR;
  return TEXT_ERROR;
}

text_status text_nomem(text_error *err)
{
  err->status = TEXT_NOMEM;
  snprintf(err->message, sizeof err->message, "out of memory");
  return TEXT_NOMEM;
}

text_status text_stopped(text_error *err)
{
  err->status = TEXT_STOPPED;
  snprintf(err->message, sizeof err->message, "interrupted");
  return TEXT_STOPPED;
}
