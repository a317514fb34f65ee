# One-command set-up on a fresh Debian machine: `make run` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libedit-dev libstemmer-dev python3-venv graphviz libcmark-gfm-dev wordnet-base
# Headless Chromium renders the class report's HTML page in the tests (a screenshot and the DOM);
# installed without recommended packages, the one large download (a few minutes on a clean CI run).
TEST_PACKAGES := chromium
BIN := .build/release/debate
# The Swift runtime and Foundation linked in: the binary runs alone on any Debian machine and
# starts in about a third of the time dynamic loading takes.
RELEASE := -c release --static-swift-stdlib

.PHONY: run build debug test test-deps apt-install docs-report lint format bench dialogue fuzz fuzz-turns fuzz-files fuzz-terminal deps pyvenv docs clean

## Install the Debian packages the build needs, only when one is missing.
deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES)"

## The packages only the tests need, on top of the build's.
test-deps: deps
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(TEST_PACKAGES)" APT_FLAGS=--no-install-recommends

apt-install:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_FLAGS) $$missing; \
	fi

## An independent argumentation solver from PyPI (pygarg, with the SAT library it imports), in a
## venv under .build, for the test that cross-checks the grounded labelling; made only when missing.
PYVENV := .build/pyvenv
PYTHON ?= python3
pyvenv: $(PYVENV)/.installed
$(PYVENV)/.installed:
	$(PYTHON) -m venv $(PYVENV)
	$(PYVENV)/bin/pip install -q pygarg==1.0.2 python-sat
	touch $@

## Release build of the `debate` binary.
build: deps
	$(SWIFT) build $(RELEASE) --product debate

## Install what is missing, build for release and open `debate`.
run: build
	$(BIN)

debug: deps
	$(SWIFT) build

## Install check, lint, build, then every test (all Swift Testing, so XCTest's empty run is skipped).
test: test-deps pyvenv lint
	$(SWIFT) build --build-tests
	DEBATE_REQUIRE_TOOLS=1 $(SWIFT) test --skip-build --disable-xctest

## Release build, then speed and memory figures next to their targets (a measurement: never fails
## on a missed target). Each phase runs in its own process so peak memory figures do not mix.
bench: deps
	$(SWIFT) build $(RELEASE)
	.build/release/debate-bench essay
	.build/release/debate-bench large
	.build/release/debate-bench grounded
	.build/release/debate-bench session
	.build/release/debate-bench startup
	.build/release/debate-bench draft
	.build/release/debate-bench huge 15
	.build/release/debate-bench huge 60
	scripts/bench-startup.sh $(BIN)

## The debating partner over the labelled conversations in the fixtures: moves made and
## forbidden, contradictions recalled, and the share of replies repeating the last one's quote.
dialogue: build
	python3 scripts/dialogue-report.py $(BIN)

## Long fuzz runs (a slice of each runs in `make test`). FUZZ_TURNS and FUZZ_SEED set the turn run.
FUZZ_TURNS ?= 1000000
FUZZ_SEED ?= 20261201
fuzz: fuzz-turns fuzz-files fuzz-terminal

## Generated turns through the responder, alone and answering questions: turns/s and any failure's seed.
fuzz-turns: deps
	$(SWIFT) build $(RELEASE) --product debate-fuzz
	.build/release/debate-fuzz $(FUZZ_TURNS) $(FUZZ_SEED)

## The argument map picture in docs/ and the README, drawn by `debate map` (a test checks it is current).
docs: build
	$(BIN) map --format svg -o docs/argument-map.svg

## The README's class report picture: the 30 generated transcripts of ClassReportTests, kept, and
## the top of their HTML report as headless Chromium renders it.
CLASS_DIR := $(CURDIR)/.build/class-report
docs-report: test-deps
	$(SWIFT) build --build-tests
	rm -rf $(CLASS_DIR)
	DEBATE_KEEP_CLASS=$(CLASS_DIR) $(SWIFT) test --skip-build --disable-xctest --filter thirtyTranscripts
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir=$(CLASS_DIR)/chromium \
	  --window-size=1000,2000 --screenshot=docs/class-report.png file://$(CLASS_DIR)/report.html

## 2,000 mutated scenario and map files through `debate check` (SEED=N replays a run; COUNT=N).
fuzz-files: build
	python3 scripts/fuzz-files.py --count $(or $(COUNT),2000) $(if $(SEED),--seed $(SEED))

## The pseudo-terminal storm: 500 fuzzed REPL sessions (SESSIONS=N, SEED=N, VALGRIND=1 to change).
fuzz-terminal: deps
	scripts/fuzz-terminal.sh

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Plugins Package.swift

format:
	$(SWIFT) format --in-place --recursive Sources Tests Plugins Package.swift

clean:
	rm -rf .build
