# chitieu: every command a developer or CI needs. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Smaller target/ and faster cold builds: no incremental state, no debug info in test builds.
export CARGO_INCREMENTAL ?= 0
export CARGO_PROFILE_DEV_DEBUG ?= 0
export CARGO_TERM_COLOR ?= never

PLAN ?=

.PHONY: help run setup test lint test-rust test-wasm-build schema

help: ## List the commands
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

run: ## The main job: print a bundled plan (PLAN=can_tho for another; default Trà Vinh)
	cargo run --locked -q -p chitieu --example plan -- $(PLAN)

setup: ## Install what the tests need: rustfmt, clippy, the wasm32 target
	rustup component add rustfmt clippy
	rustup target add wasm32-unknown-unknown

test: setup lint test-rust test-wasm-build ## Run every check and test (what CI runs)
	@echo "make test: all checks passed"

lint: ## Formatting and clippy with warnings denied
	cargo fmt --all --check
	cargo clippy --locked --workspace --all-targets -- -D warnings

test-rust: ## Unit, integration, property and doc tests of the core
	cargo test --locked --workspace

test-wasm-build: ## The core must build for wasm32-unknown-unknown (the browser package depends on it)
	cargo build --locked -p chitieu --target wasm32-unknown-unknown

schema: ## Regenerate the shipped JSON Schemas from the types
	CHITIEU_BLESS=1 cargo test --locked -p chitieu --test schema
