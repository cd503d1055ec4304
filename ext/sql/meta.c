/*
** Meta functions (SPEC §2).
**
**   SELECT gwr_version();   -- '0.1.0'
**   SELECT gwr_debug();     -- versions of gwr, SQLite, PCRE2 (and its JIT), ICU, Unicode
*/
#include "glue.h"

#include <pcre2.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#ifndef GWR_BUILD_FLAGS
#define GWR_BUILD_FLAGS "unknown"
#endif

static void version_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, GWR_VERSION, -1, SQLITE_STATIC);
}

static void debug_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  (void)argc;
  (void)argv;
  char pcre_version[64] = "?", jit_target[64] = "";
  uint32_t has_jit = 0;
  pcre2_config(PCRE2_CONFIG_VERSION, pcre_version);
  pcre2_config(PCRE2_CONFIG_JIT, &has_jit);
  if (has_jit) pcre2_config(PCRE2_CONFIG_JITTARGET, jit_target);
  UVersionInfo icu, unicode;
  char icu_version[U_MAX_VERSION_STRING_LENGTH], unicode_version[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(icu);
  u_versionToString(icu, icu_version);
  u_getUnicodeVersion(unicode);
  u_versionToString(unicode, unicode_version);
  char *z = sqlite3_mprintf("gwr %s\n"
                            "SQLite compiled %s, runtime %s\n"
                            "PCRE2 %s, JIT %s%s%s\n"
                            "ICU %s, Unicode %s\n"
                            "build %s",
                            GWR_VERSION, SQLITE_VERSION, sqlite3_libversion(), pcre_version,
                            has_jit ? "yes" : "no", has_jit ? " " : "", jit_target,
                            icu_version, unicode_version, GWR_BUILD_FLAGS);
  if (z == NULL) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, z, -1, sqlite3_free);
}

int gwr_register_meta(sqlite3 *db)
{
  int rc = sqlite3_create_function(db, "gwr_version", 0, GWR_PURE, NULL, version_func, NULL, NULL);
  if (rc == SQLITE_OK) {
    /* Not DETERMINISTIC: the runtime versions may differ from one process to the next. */
    rc = sqlite3_create_function(db, "gwr_debug", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, NULL,
                                 debug_func, NULL, NULL);
  }
  return rc;
}
