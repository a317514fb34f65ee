# One-command set-up on a fresh Debian machine: `make run` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libedit-dev libstemmer-dev
BIN := .build/release/debate
# The Swift runtime and Foundation linked in: the binary runs alone on any Debian machine and
# starts in about a third of the time dynamic loading takes.
RELEASE := -c release --static-swift-stdlib

.PHONY: run build debug test lint format bench fuzz-terminal deps clean

## Install the Debian packages the build needs, only when one is missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## Release build of the `debate` binary.
build: deps
	$(SWIFT) build $(RELEASE) --product debate

## Install what is missing, build for release and open `debate`.
run: build
	$(BIN)

debug: deps
	$(SWIFT) build

## Install check, lint, build, then every test (all Swift Testing, so XCTest's empty run is skipped).
test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

## Release build, then speed and memory figures next to their targets (a measurement: never fails
## on a missed target). Each phase runs in its own process so peak memory figures do not mix.
bench: deps
	$(SWIFT) build $(RELEASE)
	.build/release/debate-bench essay
	.build/release/debate-bench large
	scripts/bench-startup.sh $(BIN)

## The pseudo-terminal storm: 500 fuzzed REPL sessions (SESSIONS=N, SEED=N, VALGRIND=1 to change).
fuzz-terminal: deps
	scripts/fuzz-terminal.sh

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Plugins Package.swift

format:
	$(SWIFT) format --in-place --recursive Sources Tests Plugins Package.swift

clean:
	rm -rf .build
