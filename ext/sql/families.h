/*
** The SQL families of sqlite-gwr, one glue file each (X-macro, see glue.h and gwr.c).
** A family that is added here must also be listed in tests/contract/implemented.txt.
*/
GWR_FAMILY(meta)     /* meta.c:    gwr_version(), gwr_debug() */
