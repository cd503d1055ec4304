#!/bin/bash
# make release / make bench: the optimised build (CMake's Release, -O3) with profile-guided
# optimisation. Three steps in one build directory:
#   1. build gwr_bench instrumented (GWR_PGO=generate);
#   2. run every function of the benchmark on the sample reports of tests/fixtures/reports
#      (our own texts, never the corpus the benchmark measures), which writes the profile;
#   3. build again with the profile (GWR_PGO=use): GCC lays out branches and inlines by
#      what the training run did.
# The profile is made again only when a source file or a sample report is newer than it.
#   scripts/release-build.sh build-bench 2
set -eu
build=$1
jobs=${2:-2}
stamp=$build/pgo/trained.stamp
newest=$(find ext tests/bench tests/fixtures/reports CMakeLists.txt tests/CMakeLists.txt \
  -newer "$stamp" -print -quit 2>/dev/null || true)
if [ ! -f "$stamp" ] || [ -n "$newest" ]; then
  echo "release build: training the profile on tests/fixtures/reports" >&2
  rm -rf "$build/pgo"
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DGWR_PGO=generate >/dev/null
  cmake --build "$build" -j "$jobs" --target gwr_bench -- --no-print-directory >/dev/null
  "$build/tests/gwr_bench" --list | awk -F'  +' '{print $1}' | while IFS= read -r c; do
    "$build/tests/gwr_bench" --mb 1 --profile "$c" --corpus tests/fixtures/reports >/dev/null
  done
  touch "$stamp"
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DGWR_PGO=use >/dev/null
cmake --build "$build" -j "$jobs" --target gwr gwr_bench -- --no-print-directory
