# sqlite-gwr — the two commands of the README, and a few more.
#
#   make demo                      build, then parse the sample report
#   make demo REPORT=my.txt        ... or your own report
#   make test                      build and run every test suite (ctest)
#   make asan                      the whole suite under AddressSanitizer + UBSan
#   make release                   the optimised build-bench/gwr.so (Release, profile-guided)
#   make bench [BENCH_ARGS=...]    speed of every function against its baselines (that build)
#   make bench-peers               gwr_numbers against Recognizers-Text on 1 MB (Node, npm)
#   make fuzz [FUZZ_SECONDS=60]    every libFuzzer target for FUZZ_SECONDS each (clang)
#   make tsan                      the threads test under ThreadSanitizer
#   make valgrind                  the golden SQL suite under valgrind, leaks included
#
# The build itself is CMake's (build/); this file only strings the steps together.

BUILD       ?= build
BENCH_BUILD ?= build-bench
BENCH_ARGS  ?=
FUZZ_BUILD  ?= build-fuzz
FUZZ_SECONDS ?= 60
TSAN_BUILD  ?= build-tsan
ASAN_BUILD  ?= build-asan
REPORT      ?= tests/fixtures/reports/2025-qingxi.txt
GWR_WERROR  ?= OFF
JOBS        ?= 2

.PHONY: all deps build demo test asan release bench bench-peers fuzz tsan valgrind clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DGWR_WERROR=$(GWR_WERROR) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) -- --no-print-directory

demo: build
	@scripts/demo.sh $(BUILD)/gwr.so "$(REPORT)"

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DGWR_SANITIZE=ON -DGWR_WERROR=$(GWR_WERROR) >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS) -- --no-print-directory
	@ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

release: deps
	@scripts/release-build.sh $(BENCH_BUILD) $(JOBS)

bench: release
	@$(BENCH_BUILD)/tests/gwr_bench $(BENCH_ARGS)

# The first run installs the locked packages of tests/bench/peers (npm ci, a few minutes).
bench-peers: release
	@cd tests/bench/peers && { test -d node_modules || npm ci --no-audit --no-fund; } && node recognizers.js --rounds 5

fuzz:
	@scripts/install-deps.sh --all
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=clang -DGWR_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzzers -- --no-print-directory
	@scripts/fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

tsan: deps
	@cmake -S . -B $(TSAN_BUILD) -DGWR_TSAN=ON >/dev/null
	@cmake --build $(TSAN_BUILD) -j $(JOBS) --target gwr_threads -- --no-print-directory
	@TSAN_OPTIONS="halt_on_error=1 suppressions=$(CURDIR)/tests/robust/tsan.supp" $(TSAN_BUILD)/tests/gwr_threads

# The 50 MB documents of *_big.sql take minutes under valgrind and reach no code that the
# other files do not (robust_interrupt.sql reads past the 256 KB chunks).
valgrind: build
	@valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect \
	  --show-leak-kinds=definite,indirect --suppressions=tests/robust/valgrind.supp \
	  $(BUILD)/tests/gwr_oom --no-faults $(filter-out %_big.sql,$(wildcard tests/sql/*.sql))

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(BENCH_BUILD) $(FUZZ_BUILD) $(TSAN_BUILD)
