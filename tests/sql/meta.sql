-- gwr_version(): 'X.Y.Z'
SELECT gwr_version() GLOB '[0-9]*.[0-9]*.[0-9]*';
-- gwr_debug(): one line each for gwr, SQLite, PCRE2 (with JIT), ICU/Unicode, the build
SELECT gwr_debug() LIKE 'gwr ' || gwr_version() || char(10) || 'SQLite compiled 3.%, runtime ' || sqlite_version() || char(10) || 'PCRE2 10.%, JIT %' || char(10) || 'ICU %, Unicode %' || char(10) || 'build %';
SELECT length(gwr_debug()) - length(replace(gwr_debug(), char(10), ''));
-- flags: gwr_version is deterministic and innocuous, so views and generated columns take it
PRAGMA trusted_schema = OFF;
CREATE TABLE t(x, v AS (gwr_version()));
INSERT INTO t(x) VALUES (1);
CREATE VIEW vv AS SELECT gwr_version() AS v, gwr_debug() IS NOT NULL AS d;
SELECT v = gwr_version(), d FROM vv;
SELECT v = gwr_version() FROM t;
-- arguments are not taken
SELECT gwr_version(1);
