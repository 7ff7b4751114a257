# plansite: the two commands of the README, and the benchmark.
SWIFT ?= swift
CONTENT ?= content
OUTPUT ?= site

.PHONY: site test build release clean

## Build the bundled content/ into site/ (installs missing system packages first).
site: release
	.build/release/plansite build --content $(CONTENT) --output $(OUTPUT)
	@echo "Open $(OUTPUT)/index.html, or serve it: python3 -m http.server -d $(OUTPUT) 8000"

## Run every test: unit, integration (the CLI as a process) and content.
test:
	scripts/ensure-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

build:
	scripts/ensure-deps
	$(SWIFT) build

release:
	scripts/ensure-deps
	$(SWIFT) build -c release

clean:
	rm -rf .build site
