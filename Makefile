# stp-scan front door. `make scan` and `make test` work on a fresh clone (they install what is missing).
CORPUS ?= corpus
DB ?= output/stp-scan.sqlite
NPM_STAMP := node_modules/.package-lock.json

.PHONY: install build scan test lint fixtures bench clean

install: $(NPM_STAMP)
$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $(NPM_STAMP)

build: install
	npx tsc -p tsconfig.json
	chmod +x dist/pipeline/cli/main.js

scan: build
	node dist/pipeline/cli/main.js scan --corpus "$(CORPUS)" --db "$(DB)"

clean:
	rm -rf dist output/*.sqlite output/*.sqlite-wal output/*.sqlite-shm
