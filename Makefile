# plansite: the two commands of the README, and the benchmark.
SWIFT ?= swift
CONTENT ?= content
OUTPUT ?= site

.PHONY: site test site-quality build release clean

## Build the bundled content/ into site/ (installs missing system packages first).
site: release
	.build/release/plansite build --content $(CONTENT) --output $(OUTPUT)
	@echo "Open $(OUTPUT)/index.html, or serve it: python3 -m http.server -d $(OUTPUT) 8000"

## Run every test: unit, integration (the CLI as a process) and content, then the site-quality suite.
test:
	scripts/ensure-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	tests/site-quality/run

## Build content/ and check the output in headless Chromium: axe-core, vnu, links, 320 px, keyboard, print.
site-quality:
	tests/site-quality/run

build:
	scripts/ensure-deps
	$(SWIFT) build

release:
	scripts/ensure-deps
	$(SWIFT) build -c release

clean:
	rm -rf .build site
