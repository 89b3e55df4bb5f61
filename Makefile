# Vita: `make site` builds the bundled example into public/, `make test` runs every test.
# Both install the Debian packages they need first.

PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_BIN = .build/release/vita

.PHONY: all deps site build release test unit outputs lint format golden browser screenshots bench bench-large eval fuzz install uninstall clean

all: site

deps:
	@scripts/install-deps.sh build

# The Swift runtime and Foundation linked in: the binary starts in half the time (no dynamic
# symbol lookups for a dozen libraries) and runs on a machine without a Swift toolchain.
# scripts/build-release.sh compiles the modules that import VitaCore again when it changed, and
# checks the binary after: an incremental build can leave one with an older layout of its types.
release: deps
	SWIFT=$(SWIFT) scripts/build-release.sh

build: release

site: release
	$(RELEASE_BIN) build --source .
	@echo "Open public/index.html, or serve public/ with any static file server."

test: deps lint release
	@scripts/install-deps.sh test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@scripts/install-deps.sh eval
	VITA=$(RELEASE_BIN) python3 eval/run.py --check
	scripts/check-outputs.sh .build/debug/vita
	scripts/browser-check.sh
	scripts/linkcheck-example.sh .build/debug/vita
	RUNS=1 BENCH_DIR=$$(mktemp -d) VITA=.build/debug/vita bench/run.sh 50/5

# Every page of the bundled example in headless Chromium: console, requests, axe, Nu checker.
browser:
	$(SWIFT) build --product vita
	scripts/browser-check.sh

# The README screenshots, from the bundled example: docs/screenshots/{home,cv,home-phone}.png.
screenshots:
	$(SWIFT) build --product vita
	scripts/browser-check.sh --docs

# resume.json against the official schema, the official sample's round trip, and the printed CV's
# PDF text against its HTML; installs jsonschema, chromium and poppler-utils when missing.
outputs:
	$(SWIFT) build --product vita
	scripts/check-outputs.sh .build/debug/vita

lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

format:
	$(SWIFT) format -i -r Sources Tests Package.swift

# Rewrites the golden files under Tests/Golden from the current output; review the diff.
golden: deps
	VITA_UPDATE_GOLDEN=1 $(SWIFT) test --no-parallel --filter Golden

# Vita against Hugo 0.111 and the cmark-gfm tool on synthetic sites; medians of RUNS runs, taken in turn.
# Then the slow families of issue 24 (Markdown constructs, YAML, skills, keywords), each at two sizes.
bench: release
	bench/run.sh 1000/0 1000/100 10000/0 10000/100 pdf
	work=$$(mktemp -d) && python3 bench/families.py $(RELEASE_BIN) $$work && rmdir $$work

bench-large: release
	bench/run.sh 10000/100 100000/100

# Vita's tailored CVs and match reports against a BM25 baseline on the labelled personas in eval/ (eval/README.md);
# EVAL_FLAGS passes options, e.g. make eval EVAL_FLAGS="--targets --json eval.json".
EVAL_FLAGS ?=
eval: release
	@scripts/install-deps.sh eval
	VITA=$(RELEASE_BIN) python3 eval/run.py $(EVAL_FLAGS)

# libFuzzer over the loader and renderers for FUZZ_SECONDS (600 by default), seeded with the example's
# experiences and the hostile corpus; a crashing input lands in Tests/Corpus/fuzz-findings/. See docs/security.md.
FUZZ_SECONDS ?= 600
FUZZ_BUILD = .build-fuzz
fuzz: deps
	$(SWIFT) build -c debug --scratch-path $(FUZZ_BUILD) --product VitaFuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DVITA_FUZZ
	mkdir -p $(FUZZ_BUILD)/corpus Tests/Corpus/fuzz-findings
	ASAN_OPTIONS=detect_leaks=0 VITA_THEME_DIR=$(CURDIR)/templates $(FUZZ_BUILD)/debug/VitaFuzz $(FUZZ_BUILD)/corpus content/experiences \
	  content/jobs Tests/Corpus/hostile Tests/Fixtures/job-pages -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -max_len=65536 -detect_leaks=0 \
	  -artifact_prefix=Tests/Corpus/fuzz-findings/ -print_final_stats=1

# The release build into PREFIX; BINARY=path installs a binary already built instead, without
# building (InstallTests installs the one the tests run).
BINARY ?=
install: $(if $(BINARY),,release)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/vita
	install -m 755 $(or $(BINARY),$(RELEASE_BIN)) $(DESTDIR)$(PREFIX)/bin/vita
	rm -rf $(DESTDIR)$(PREFIX)/share/vita/templates
	cp -R templates $(DESTDIR)$(PREFIX)/share/vita/templates
	rm -rf $(DESTDIR)$(PREFIX)/share/vita/themes
	cp -R themes $(DESTDIR)$(PREFIX)/share/vita/themes

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/vita
	rm -rf $(DESTDIR)$(PREFIX)/share/vita

clean:
	rm -rf .build public applications
