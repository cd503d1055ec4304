/*
** The entry point of sqlite-gwr.
**
**   .load ./gwr                          -- sqlite3 shell
**   conn.load_extension("./gwr")         -- Python
**   sqlite3_auto_extension((void(*)(void))sqlite3_gwr_init);   -- C, static library
**
** It registers every SQL family listed in families.h on the connection.
*/
#include "glue.h"
SQLITE_EXTENSION_INIT1

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_gwr_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi)
{
  SQLITE_EXTENSION_INIT2(pApi);
  if (sqlite3_libversion_number() < 3038000) {
    *pzErrMsg = sqlite3_mprintf("gwr: SQLite %s is too old; sqlite-gwr needs 3.38 or later",
                                sqlite3_libversion());
    return SQLITE_ERROR;
  }
  int rc = SQLITE_OK;
#define GWR_FAMILY(name)                                                     \
  if (rc == SQLITE_OK) {                                                     \
    rc = gwr_register_##name(db);                                            \
    if (rc != SQLITE_OK)                                                     \
      *pzErrMsg = sqlite3_mprintf("gwr: registering the %s functions failed: %s", \
                                  #name, sqlite3_errstr(rc));                \
  }
#include "families.h"
#undef GWR_FAMILY
  return rc;
}
