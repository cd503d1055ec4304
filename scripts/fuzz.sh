#!/bin/sh
# make fuzz: runs every libFuzzer target of a GWR_FUZZ build for a number of seconds each,
# seeded with the project's fixtures and the dictionary of markers, units and qualifiers.
# New inputs collect in BUILD/fuzz-corpus/<target>; a crash stops the run, leaves its input
# in BUILD/fuzz-artifacts/ and fails. Every finding becomes a regression test.
#   scripts/fuzz.sh build-fuzz 60
set -eu
build=$1
seconds=$2
mkdir -p "$build/fuzz-artifacts"
status=0
for target in "$build"/tests/fuzz_*; do
  [ -x "$target" ] || continue
  name=$(basename "$target")
  corpus="$build/fuzz-corpus/$name"
  mkdir -p "$corpus"
  seeds=""
  for d in tests/fuzz/seeds/"$name" tests/fixtures/*/; do
    [ -d "$d" ] && seeds="$seeds $d"
  done
  echo "fuzz: $name for ${seconds}s"
  # shellcheck disable=SC2086
  if ! "$target" -max_total_time="$seconds" -dict=tests/fuzz/gwr.dict -max_len=65536 \
      -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
      -artifact_prefix="$build/fuzz-artifacts/$name-" "$corpus" $seeds \
      >"$build/fuzz-$name.log" 2>&1; then
    echo "fuzz: $name FAILED; see $build/fuzz-$name.log and $build/fuzz-artifacts/" >&2
    tail -n 40 "$build/fuzz-$name.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$build/fuzz-$name.log" | tail -n 2
  fi
done
exit $status
