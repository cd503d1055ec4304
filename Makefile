# sqlite-gwr — the two commands of the README, and a few more.
#
#   make demo                      build, then parse the sample report
#   make demo REPORT=my.txt        ... or your own report
#   make test                      build and run every test suite (ctest)
#   make asan                      the whole suite under AddressSanitizer + UBSan
#
# The build itself is CMake's (build/); this file only strings the steps together.

BUILD       ?= build
ASAN_BUILD  ?= build-asan
REPORT      ?= tests/fixtures/reports/2025-qingxi.txt
GWR_WERROR  ?= OFF
JOBS        ?= 2

.PHONY: all deps build demo test asan clean

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

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
