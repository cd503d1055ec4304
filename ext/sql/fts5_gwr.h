/*
** The FTS5 tokenizer `gwr` (fts5_gwr.c), registered with the text family.
*/
#ifndef GWR_FTS5_GWR_H
#define GWR_FTS5_GWR_H

#include "glue.h"

/* Registers the tokenizer through the connection's fts5_api. A SQLite built without
** FTS5 has nothing to register it with: that is not an error. */
int gwr_register_fts5_tokenizer(sqlite3 *db);

#endif
