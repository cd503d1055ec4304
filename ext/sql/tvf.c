/*
** The skeleton of our table-valued functions: see tvf.h.
*/
#include "tvf.h"
#include "input.h"

#include <string.h>

int gwr_tvf_connect(sqlite3 *db, const char *zSchema, const char *zFunc,
                    const char *const *azArgName, int iFirstArg, int nArg, int nRequired,
                    size_t szVtab, sqlite3_vtab **ppVtab, char **pzErr)
{
  (void)pzErr;
  int rc = sqlite3_declare_vtab(db, zSchema);
  if (rc != SQLITE_OK) return rc;
  gwr_tvf *tvf = sqlite3_malloc64(szVtab);
  if (tvf == NULL) return SQLITE_NOMEM;
  memset(tvf, 0, szVtab);
  tvf->db = db;
  tvf->zFunc = zFunc;
  tvf->azArgName = azArgName;
  tvf->iFirstArg = iFirstArg;
  tvf->nArg = nArg;
  tvf->nRequired = nRequired;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = &tvf->base;
  return SQLITE_OK;
}

int gwr_tvf_disconnect(sqlite3_vtab *vtab)
{
  sqlite3_free(vtab);
  return SQLITE_OK;
}

int gwr_tvf_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info)
{
  gwr_tvf *tvf = (gwr_tvf *)vtab;
  int aiCons[8];
  for (int i = 0; i < tvf->nArg; i++) aiCons[i] = -1;
  for (int i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    int iArg = c->iColumn - tvf->iFirstArg;
    if (iArg < 0 || iArg >= tvf->nArg || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c->usable) continue;
    aiCons[iArg] = i;
  }
  int idxNum = 0, nArgv = 0, nMissing = 0;
  for (int i = 0; i < tvf->nArg; i++) {
    if (aiCons[i] < 0) {
      if (i < tvf->nRequired) nMissing++;
      continue;
    }
    idxNum |= 1 << i;
    info->aConstraintUsage[aiCons[i]].argvIndex = ++nArgv;
    info->aConstraintUsage[aiCons[i]].omit = 1;
  }
  info->idxNum = idxNum;
  /* A plan without the document is legal (xFilter explains what is missing) but
  ** must never win against one that has it. */
  info->estimatedCost = nMissing ? 1e30 : 1000.0;
  info->estimatedRows = nMissing ? 2147483647 : 1000;
  if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn == 0 && !info->aOrderBy[0].desc) {
    info->orderByConsumed = 1; /* rows come out in id order */
  }
  return SQLITE_OK;
}

int gwr_tvf_args(sqlite3_vtab *vtab, int idxNum, int argc, sqlite3_value **argv,
                 sqlite3_value **args)
{
  gwr_tvf *tvf = (gwr_tvf *)vtab;
  int k = 0;
  for (int i = 0; i < tvf->nArg; i++) {
    args[i] = NULL;
    if ((idxNum & (1 << i)) && k < argc) args[i] = argv[k++];
  }
  for (int i = 0; i < tvf->nRequired; i++) {
    if (args[i] == NULL) {
      char *z = gwr_errorf(tvf->zFunc, "missing argument '%s'", tvf->azArgName[i]);
      return gwr_vtab_error(vtab, SQLITE_ERROR, z);
    }
  }
  return SQLITE_OK;
}

int gwr_tvf_document(sqlite3_vtab *vtab, sqlite3_value *arg, sqlite3_value **copy,
                     gwr_doc *doc)
{
  gwr_tvf *tvf = (gwr_tvf *)vtab;
  *copy = NULL;
  doc->z = NULL;
  doc->n = 0;
  if (arg == NULL || sqlite3_value_type(arg) == SQLITE_NULL) return SQLITE_OK;
  *copy = sqlite3_value_dup(arg);
  if (*copy == NULL) return SQLITE_NOMEM;
  char *zErr = NULL;
  int rc = gwr_doc_read_interruptible(tvf->zFunc, *copy, tvf->db, doc, &zErr);
  if (rc != SQLITE_OK) return gwr_vtab_error(vtab, rc, zErr);
  return SQLITE_OK;
}
