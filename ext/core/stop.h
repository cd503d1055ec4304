/*
** Stopping a long parse. A stage that reads a whole document in one call asks its caller,
** between chunks of work, whether to go on: a nonzero answer stops it cleanly, nothing
** leaked, and it reports that it was stopped. Inside SQLite the glue answers from
** sqlite3_interrupt() and the progress handler (ext/sql/interrupt.h); elsewhere the
** function may be NULL (never stop).
*/
#ifndef GWR_STOP_H
#define GWR_STOP_H

#include <stddef.h>

/* done: the bytes of the text read so far in the current pass (a stage that reads the text
** more than once starts again from 0; an ICU pass counts its UTF-16 bytes). The glue sizes
** its check by it. */
typedef int (*stop_fn)(void *ctx, size_t done);

/* A stage asks at least this often, in bytes read; a chunk costs a few milliseconds. */
#define STOP_EVERY_BYTES ((size_t)256 * 1024)

#endif
