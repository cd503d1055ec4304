/*
** Included first by every glue file: the SQLite extension API. The loadable module
** calls SQLite through the sqlite3_api table handed to sqlite3_gwr_init(); the static
** library is compiled with SQLITE_CORE and calls sqlite3_* directly.
*/
#ifndef GWR_GLUE_H
#define GWR_GLUE_H

#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3

/* Each SQL family registers its functions and modules on one connection. The list of
** families lives in families.h; sqlite3_gwr_init() calls each in turn. */
#define GWR_FAMILY(name) int gwr_register_##name(sqlite3 *db);
#include "families.h"
#undef GWR_FAMILY

/* Flags for pure scalar functions (SPEC §1: usable in views, triggers and generated
** columns under PRAGMA trusted_schema=OFF). */
#define GWR_PURE (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)

#endif
