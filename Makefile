# stp-scan's front door. `make scan` and `make test` work on a fresh clone: they install what is missing.
CORPUS ?= corpus
DB ?= output/stp-scan.sqlite
JEST := node --experimental-vm-modules node_modules/jest/bin/jest.js
# Debian packages the tests and the benchmark use: qpdf makes encrypted fixtures; chromium renders the HTML report
# in its test (driven by playwright-core, never a downloaded browser); poppler-utils (pdftotext) and pdfgrep are
# the speed references of make bench. OCR_PACKAGES read pages without a text layer (scan --ocr auto): pdftoppm
# renders them, Tesseract 5 with its English data reads them; make scan installs them too. OFFICE_PACKAGES build
# the office-made test PDFs (tests/fixtures/office-pdfs.ts): LibreOffice Writer and Impress without a GUI convert
# flat ODT/ODP to PDF, ghostscript turns a page's words into outlines (-dNoOutputFonts), and Carlito and Liberation
# are the fonts LibreOffice embeds as TrueType subsets; those tests check the PDFs with poppler-utils and qpdf.
OCR_PACKAGES := poppler-utils tesseract-ocr tesseract-ocr-eng
OFFICE_PACKAGES := libreoffice-writer-nogui libreoffice-impress-nogui ghostscript fonts-crosextra-carlito \
  fonts-liberation
DEBIAN_PACKAGES := qpdf pdfgrep chromium $(OCR_PACKAGES) $(OFFICE_PACKAGES)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install system-packages ocr-packages build scan test lint fixtures bench fuzz house clean

# npm ci also applies patches/ to pdfjs-dist (package.json postinstall: patch-package); a changed patch reinstalls.
install: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json $(wildcard patches/*.patch)
	npm ci --no-audit --no-fund
	@touch $@

# Installs the Debian packages of $(1) that are missing; without apt (or sudo) it warns and goes on.
define install-debian
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null \
	    || echo "warning: could not install$$missing; the tests that need them will say they skip"; \
	fi
endef

system-packages:
	$(call install-debian,$(DEBIAN_PACKAGES))

ocr-packages:
	$(call install-debian,$(OCR_PACKAGES))

# The bundle layout, a speed trick (docs/speed.md#the-tricks): bin/stp-scan runs the build with node directly (npx
# spends long before any work), from a bundle of the command line (esbuild): one file per command, not some 300
# modules to find and load at every start. main.js holds yargs and loads the one command named (each an entry
# point of its own, marked external in main's build), which holds all it needs: shared chunks (--splitting) made
# a command load code that only other commands use. The packages are bundled too but for better-sqlite3 (native
# code) and pdf.js (read only by the PDF-reading worker, which is not bundled: see worker-pool.ts); string-width,
# which yargs needs only to lay out help, is swapped for a stand-in that loads it then
# (pipeline/cli/help-text-width.ts). The banner gives the CommonJS packages bundled into these ES modules the
# require() they call for Node's own modules.
BUNDLE_REQUIRE = import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
BUNDLE = node_modules/.bin/esbuild --bundle --platform=node --format=esm --external:better-sqlite3 \
  --external:pdfjs-dist --alias:string-width=./dist/pipeline/cli/help-text-width.js --banner:js="$(BUNDLE_REQUIRE)" \
  --outdir=dist/bundle --log-level=warning
COMMAND_FILES = $(patsubst %.ts,dist/%.js,$(wildcard pipeline/cli/*-command.ts))
# The browser app (web/, the page of `stp-scan serve`): typechecked on its own (DOM types, no Node), then bundled
# into one ES module and its style sheet, dist/web/app.js and app.css, beside index.html; esbuild takes the JSX
# settings (Preact) from web/tsconfig.json. pdf.js stays out of it: serve hands the browser the installed package.
WEB_BUNDLE = node_modules/.bin/esbuild web/src/main.tsx --bundle --format=esm --platform=browser --target=es2022 \
  --entry-names=app --outdir=dist/web --minify --sourcemap --log-level=warning
# tsc re-emits every file each time but never deletes one: the old output goes first, so a moved or deleted test or
# module leaves no compiled copy behind for jest or a command to run.
build: install
	rm -rf dist/pipeline dist/tests
	npx tsc -p tsconfig.json
	rm -rf dist/bundle
	$(BUNDLE) dist/pipeline/cli/main.js $(foreach f,$(notdir $(COMMAND_FILES)),--external:./$(f))
	$(BUNDLE) $(COMMAND_FILES)
	chmod +x dist/pipeline/cli/main.js bin/stp-scan
	npx tsc -p web/tsconfig.json
	rm -rf dist/web
	$(WEB_BUNDLE)
	cp web/index.html dist/web/index.html

scan: build ocr-packages
	bin/stp-scan scan --corpus "$(CORPUS)" --db "$(DB)"

lint: install
	npx eslint .
	npx prettier --check .

# One jest worker per core (jest's default is one fewer): most test files wait on the processes they start, so on
# two cores the suite ran much faster with two workers than with one (tests/bench/runs/2026-12-02/).
test: build system-packages lint
	$(JEST) --ci --maxWorkers=100%

# The figures that say how the code is shaped (cli/'s share, longest functions, store's exports, import cycles,
# result shapes, error classes, comments quoting measurements), to compare a reshaping before and after.
house: build
	node dist/tests/house/house-figures.js

# Speed and memory, written into a new dated record (tests/bench/runs/<date>/<time>-make-bench.md), then every PDF
# of ../shared read with the patched and the unpatched pdf.js (make test reads the part of them that fits its
# time): a speed change may never change what is read.
bench: build system-packages
	node dist/tests/bench/run-bench.js
	node dist/tests/bench/patched-reads-the-same.js

# Mutated PDFs scanned for FUZZ_SECONDS (default 300); FUZZ_SEED repeats a run. Findings go to output/fuzz-findings/.
fuzz: build
	node dist/tests/fuzz/run-fuzz.js

fixtures: build
	node dist/tests/fixtures/make-demo-corpus.js corpus

clean:
	rm -rf dist output/*.sqlite output/*.sqlite-wal output/*.sqlite-shm output/*.sqlite.scan-lock
