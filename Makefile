# chitieu: every command a developer or CI needs. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Smaller target/ and faster cold builds: no incremental state, no debug info in test builds.
export CARGO_INCREMENTAL ?= 0
export CARGO_PROFILE_DEV_DEBUG ?= 0
export CARGO_TERM_COLOR ?= never

PLAN ?=

.PHONY: help run plan setup test lint test-rust test-cli report-screenshot test-wasm-build test-python test-wasm schema bench bench-python bench-wasm vectors fuzz

help: ## List the commands
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

run: ## The main job: `chitieu scorecard` of a bundled plan or a plan file (PLAN=can_tho; ARGS="--format html --out report.html", "--align nq57_2024", "--merged vinh_long")
	cargo run --locked -q -p chitieu-cli -- scorecard $(PLAN) $(ARGS)

plan: ## Print a bundled plan's targets, budget and reporting calendar (PLAN=can_tho)
	cargo run --locked -q -p chitieu --example plan -- $(PLAN)

setup: ## Install what the tests need: rustfmt, clippy, the wasm32 target
	rustup component add rustfmt clippy
	rustup target add wasm32-unknown-unknown

# `make test` runs the native checks (lint, Rust, the command, Python) one after another, and beside them, at
# the lowest CPU priority (nice 19) and in a target directory of its own, what the WebAssembly tests need
# built: the modules and their clippy passes. The builds are CPU-bound on two cores; at nice 19 the web chain
# runs on what the native chain leaves idle (its tests, pip, Chromium) and hardly slows it (the native clippy
# pass took 137 s alone and 140 s beside it). The web chain is the longer since the PDF module (it ended at
# 1,088 s of 1,136 on a clean clone, the native one at 747 s), so the tools the WebAssembly tests need
# (wasm-bindgen-cli, 118 s to install there, the npm tools, Chromium) are installed first in the native
# chain, long before the web chain's build needs them. The WebAssembly tests run last. Each line is
# prefixed with its chain.
WEB_TARGET_DIR := $(abspath $(or $(CARGO_TARGET_DIR),target))/web

test: setup ## Run every check and test (what CI runs)
	set -o pipefail; $(MAKE) --no-print-directory -j2 test-native test-web-build
	$(MAKE) -C bindings-wasm --no-print-directory test-built CARGO_TARGET_DIR=$(WEB_TARGET_DIR) BUILD_PROFILE=ci
	@echo "make test: all checks passed"

.PHONY: test-native test-web-build lint-native lint-wasm wasm-tools
test-native:
	set -o pipefail; $(MAKE) --no-print-directory -j1 wasm-tools lint-native test-rust test-cli test-python 2>&1 | sed -u 's/^/[native] /'

wasm-tools:
	$(MAKE) -C bindings-wasm --no-print-directory setup

test-web-build:
	set -o pipefail; CARGO_TARGET_DIR=$(WEB_TARGET_DIR) nice -n 19 \
	  $(MAKE) --no-print-directory -j1 lint-wasm wasm-package 2>&1 | sed -u 's/^/[web] /'

.PHONY: wasm-package
wasm-package:
	$(MAKE) -C bindings-wasm build BUILD_PROFILE=ci

lint: lint-native lint-wasm ## Formatting, clippy with warnings denied, and the house rules (rooms, no import cycles, short functions)

lint-native:
	python3 .ci/structure.py --self-test
	python3 .ci/structure.py --core core/src cli/src bindings-python/src bindings-wasm/src
	cargo fmt --all --check
	cargo clippy --locked --workspace --all-targets -- -D warnings

# The WebAssembly bindings compile only for wasm32 (`#![cfg(target_family = "wasm")]`): their own clippy
# passes, one per set of binding code the package builds (the default features, the dashboard's `calc`, the
# one-shot calculations' `scalar`, the `reader`, the `bulk` columns). The `pdf` module has the reader's binding
# code (no code of this crate depends on `pdf`) and the core's PDF reader, which the native pass lints: a pass of
# its own took 76 s of the test run for nothing new.
lint-wasm:
	cargo clippy --locked -p chitieu-wasm --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --locked -p chitieu-wasm --target wasm32-unknown-unknown --no-default-features --features calc -- -D warnings
	cargo clippy --locked -p chitieu-wasm --target wasm32-unknown-unknown --no-default-features --features scalar -- -D warnings
	cargo clippy --locked -p chitieu-wasm --target wasm32-unknown-unknown --no-default-features --features reader -- -D warnings
	cargo clippy --locked -p chitieu-wasm --target wasm32-unknown-unknown --no-default-features --features bulk -- -D warnings

test-rust: ## Unit, integration, property and doc tests of the core and the `chitieu` command
	cargo test --locked --workspace

# The command's binary as `make test-rust` builds it (target/debug/chitieu, for the command's own tests):
# after test-rust this builds nothing, where `cargo build -p chitieu-cli` rebuilds the core and most of its
# dependencies (without the dev-dependencies' features, a different build; 54 s on a clean clone).
BUILD_CLI := cargo test --locked -q --workspace --no-run

test-cli: ## The `chitieu` command's HTML report in headless Chromium: numbers equal the JSON's, it prints to PDF
	@if [ ! -x /usr/bin/chromium ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get -o DPkg::Lock::Timeout=600 update && $$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y chromium; fi
	$(BUILD_CLI)
	node cli/tests/report.browser.mjs $(or $(CARGO_TARGET_DIR),target)/debug/chitieu

report-screenshot: ## Render the report of can_tho in Chromium into docs/report.png (the README's picture)
	$(BUILD_CLI)
	mkdir -p docs
	node cli/tests/report.browser.mjs $(or $(CARGO_TARGET_DIR),target)/debug/chitieu --screenshot docs/report.png

test-wasm-build: ## The core alone must build for wasm32-unknown-unknown (`make test` checks it through clippy and the package)
	cargo build --locked -p chitieu --target wasm32-unknown-unknown

bench: ## National-scale benchmark: cells per second (divan), then peak memory
	cargo bench --locked -p chitieu --bench national
	cargo run --locked -q --release -p chitieu --example national_workload

FUZZ_CASES ?= 1000000
FUZZ_SEED ?= 2025
fuzz: ## Fuzz campaign through the core, Python and WebAssembly: FUZZ_CASES per target (or FUZZ_SECONDS each), FUZZ_SEED
	CHITIEU_FUZZ_CASES=$(FUZZ_CASES) CHITIEU_FUZZ_SECONDS=$(FUZZ_SECONDS) CHITIEU_FUZZ_SEED=$(FUZZ_SEED) \
	  cargo test --locked --release -p chitieu --test fuzz -- --ignored --nocapture fuzz_campaign
	$(MAKE) -C bindings-python fuzz CASES=$(FUZZ_CASES) FUZZ_SECONDS=$(FUZZ_SECONDS) SEED=$(FUZZ_SEED)
	$(MAKE) -C bindings-wasm fuzz CASES=$(FUZZ_CASES) FUZZ_SECONDS=$(FUZZ_SECONDS) SEED=$(FUZZ_SEED)

vectors: ## Regenerate tests/vectors/*.json from their independent Python definitions (needs scipy)
	python3 -m venv /tmp/chitieu-vectors && /tmp/chitieu-vectors/bin/pip install -q scipy
	/tmp/chitieu-vectors/bin/python tests/vectors/make_vectors.py

# The packages' test suites build with the `ci` profile (release without LTO, see Cargo.toml); the
# benchmarks build with `release`.
test-python: ## The Python package: wheel, fresh venv, pytest (every vector), stubtest, notebook, example script
	$(MAKE) -C bindings-python test BUILD_PROFILE=ci

test-wasm: ## The WebAssembly package: Node tests (every vector), type check, no-any check, dashboard in headless Chromium
	$(MAKE) -C bindings-wasm test BUILD_PROFILE=ci

bench-python: ## Python bulk API against the Rust core and plain numpy; import time
	$(MAKE) -C bindings-python bench

bench-wasm: ## WebAssembly size, instantiation time, bulk throughput against the native core
	$(MAKE) -C bindings-wasm bench

schema: ## Regenerate the shipped JSON Schemas from the types
	CHITIEU_BLESS=1 cargo test --locked -p chitieu --test schema
