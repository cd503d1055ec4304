/*
** Core numbers handed to SQL: see sqlvalue.h.
*/
#include "sqlvalue.h"

void gwr_result_numeral(sqlite3_context *ctx, const numeral_value *v)
{
  int64_t i;
  if (numeral_as_int64(v, &i)) {
    sqlite3_result_int64(ctx, (sqlite3_int64)i);
  } else {
    sqlite3_result_double(ctx, numeral_as_double(v));
  }
}

void gwr_result_numeral_scaled(sqlite3_context *ctx, const numeral_value *v, int exp)
{
  numeral_value w = *v;
  numeral_shift(&w, exp);
  gwr_result_numeral(ctx, &w);
}
