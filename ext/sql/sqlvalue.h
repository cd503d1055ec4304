/*
** Core numbers handed to SQL (SPEC §1: INTEGER when the value is integral and exact,
** REAL otherwise). Every family that returns a numeral_value uses these.
*/
#ifndef GWR_SQLVALUE_H
#define GWR_SQLVALUE_H

#include "glue.h"
#include "numeral.h"

/* The value as INTEGER (4.64亿 → 464000000) or REAL (4.64, 1/3). */
void gwr_result_numeral(sqlite3_context *ctx, const numeral_value *v);

/* The value times 10^exp (a quantity's base value: 4.64 × 10^8). */
void gwr_result_numeral_scaled(sqlite3_context *ctx, const numeral_value *v, int exp);

#endif
