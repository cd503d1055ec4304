#!/bin/bash
# make demo: parse one report with the freshly built extension and print what
# sqlite-gwr reads in it (sql/demo.sql decides what is shown).
#   scripts/demo.sh build/gwr.so tests/fixtures/reports/2025-qingxi.txt
set -eu
ext=$1
report=$2
if [ ! -r "$report" ]; then
  echo "make demo: cannot read the report '$report'" >&2
  exit 1
fi
quoted=$(printf "%s" "$report" | sed "s/'/''/g")
# The shell's box tables are redrawn with the display width of Chinese text.
sqlite3 -batch -bail -cmd ".load ${ext%.*}" -cmd ".parameter set @report \"'$quoted'\"" \
  :memory: < sql/demo.sql | /usr/bin/python3 scripts/boxwidth.py
