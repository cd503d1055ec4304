# sqlite-gwr — the two commands of the README, and a few more.
#
#   make demo                      build, then parse the sample report
#   make demo REPORT=my.txt        ... or your own report
#   make test                      build and run every test suite (ctest)
#   make asan                      the whole suite under AddressSanitizer + UBSan
#   make bench [BENCH_ARGS=...]    speed of every function against its baselines (Release)
#
# The build itself is CMake's (build/); this file only strings the steps together.

BUILD       ?= build
BENCH_BUILD ?= build-bench
BENCH_ARGS  ?=
ASAN_BUILD  ?= build-asan
REPORT      ?= tests/fixtures/reports/2025-qingxi.txt
GWR_WERROR  ?= OFF
JOBS        ?= 2

.PHONY: all deps build demo test asan bench clean

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

bench: deps
	@cmake -S . -B $(BENCH_BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BENCH_BUILD) -j $(JOBS) --target gwr_bench -- --no-print-directory
	@$(BENCH_BUILD)/tests/gwr_bench $(BENCH_ARGS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(BENCH_BUILD)
