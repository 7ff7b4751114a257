# plansite: the two commands of the README, and the benchmark.
SWIFT ?= swift
CONTENT ?= content
OUTPUT ?= site

PORT ?= 8000

.PHONY: site preview test site-quality build release clean bench fuzz

## Build the bundled content/ into site/ (installs missing system packages first).
site: release
	.build/release/plansite build --content $(CONTENT) --output $(OUTPUT)
	@echo "Open $(OUTPUT)/index.html, or serve it: python3 -m http.server -d $(OUTPUT) 8000"

## Preview the bundled content/ while editing it: http://127.0.0.1:$(PORT)/ rebuilds and
## reloads on every save (installs missing system packages first). Ctrl-C stops it.
preview: release
	.build/release/plansite serve --content $(CONTENT) --port $(PORT)

## Run every test: unit, integration (the CLI as a process) and content, then the site-quality suite.
test:
	scripts/ensure-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	tests/site-quality/run

## Build content/ and check the output in headless Chromium: axe-core, vnu, links, 320 px, keyboard, print.
site-quality:
	tests/site-quality/run

## Fuzz the loaders (YAML schemas, front matter, Markdown, references) with libFuzzer and
## AddressSanitizer, FUZZ_SECONDS (default 600) per target; crash inputs stay in test-output/fuzz/.
fuzz:
	scripts/fuzz

build:
	scripts/ensure-deps
	$(SWIFT) build

## The release binary links Swift's standard library and Foundation statically: it starts in
## a third less time and builds content/ about a tenth faster (docs/architecture.md, "Linking").
release:
	scripts/ensure-deps
	$(SWIFT) build -c release --static-swift-stdlib

## Benchmark (not part of `test`): plansite vs Hugo vs cmark-gfm on content/ and synthetic
## 10x/100x corpora, incremental rebuilds, targets, and the search index against Pagefind (about 20 minutes).
bench: release
	bench/run

clean:
	rm -rf .build site
