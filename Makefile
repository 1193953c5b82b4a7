# The project's verbs. `make test` and `make demo` set up .venv themselves on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# Stoplight Prism and the official TypeScript SDK, pinned with their lockfile, for the contract tests.
PRISM_INSTALLED := tests/contract/node_modules/.installed
# pyright, pinned with its lockfile, for the type tests.
PYRIGHT_INSTALLED := tests/typing/node_modules/.installed
# The package as a wheel lays it out (overlay/ and generated/ in one directory), for import-linter.
LAYOUT := $(VENV)/layout

.PHONY: test demo generate check-generated lint diff check-specs check-exa-spec bench soak docs mutate

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

$(PRISM_INSTALLED): tests/contract/package.json tests/contract/package-lock.json
	cd tests/contract && npm ci --silent --no-audit --no-fund
	touch $@

$(PYRIGHT_INSTALLED): tests/typing/package.json tests/typing/package-lock.json
	cd tests/typing && npm ci --silent --no-audit --no-fund
	touch $@

# The version packages, and the reports of what changed between versions that derive from them (`make diff`).
generate: $(INSTALLED)
	$(BIN)/python -m apiwire._codegen generate
	$(MAKE) --no-print-directory diff

check-generated: $(INSTALLED)
	$(BIN)/python -m apiwire._codegen check

# What changes for clients between each pair of consecutive stable API versions in specs/, one report
# each in docs/api-changes/ (a test keeps them current). Release candidates (.alpha) are left out.
STABLE_VERSIONS = $(sort $(patsubst specs/db_data_%.oas.yaml,%,$(filter-out %.alpha.oas.yaml,$(wildcard specs/db_data_*.oas.yaml))))
diff: $(INSTALLED)
	rm -f docs/api-changes/*.md
	mkdir -p docs/api-changes
	@set -e; previous=; for version in $(STABLE_VERSIONS); do \
	  if [ -n "$$previous" ]; then \
	    echo "docs/api-changes/$$previous-to-$$version.md"; \
	    $(BIN)/python -m pinecone_dataplane._diff $$previous $$version --output docs/api-changes/$$previous-to-$$version.md; \
	  fi; previous=$$version; done

# Our specs against Pinecone's published documents: anything but prose differing fails.
check-specs: $(INSTALLED)
	@test -n "$(UPSTREAM)" || { echo "usage: make check-specs UPSTREAM=DIR (DIR/2025-04/db_data_2025-04.oas.yaml ...)"; exit 2; }
	$(BIN)/python -m pinecone_dataplane._diff._published "$(UPSTREAM)" --specs specs

# Our Exa Websets document against Exa's published one (exa-websets-spec.yaml): anything but prose differing fails.
check-exa-spec: $(INSTALLED)
	@test -n "$(EXA_PUBLISHED)" || { echo "usage: make check-exa-spec EXA_PUBLISHED=PATH/exa-websets-spec.yaml"; exit 2; }
	EXA_WEBSETS_PUBLISHED="$(EXA_PUBLISHED)" $(BIN)/pytest -p no:randomly tests/exa/test_published_spec.py

lint: $(INSTALLED)
	$(BIN)/ruff check overlay tests demo bench soak docs_hooks.py
	$(BIN)/ruff format --check overlay tests demo bench soak docs_hooks.py
	$(BIN)/mypy overlay soak docs_hooks.py
	$(BIN)/python -m apiwire._codegen layout --to $(LAYOUT)
	cd $(LAYOUT) && PYTHONPATH=. $(CURDIR)/$(BIN)/lint-imports --no-cache $(CURDIR)/pyproject.toml

# The whole suite in a random order (pytest-randomly), the seed printed first: `make test SEED=N` repeats an order.
test: check-generated lint docs $(PRISM_INSTALLED) $(PYRIGHT_INSTALLED)
	@seed=$${SEED:-$$($(BIN)/python -c 'import random; print(random.randrange(1, 10**6))')}; \
	echo "tests in random order, seed $$seed (make test SEED=$$seed runs them in this order again)"; \
	$(BIN)/pytest -p randomly --randomly-seed=$$seed

# Mutation testing (cosmic-ray) of lost-start recovery and waiting, replay policy, pagination, redaction and
# constraint checks, each against the few test files that exercise it: a score per module, and a failure for
# any surviving mutant that docs/mutation.md does not explain. Slow (tens of minutes); not part of `make test`.
mutate: $(INSTALLED)
	$(BIN)/python -m tests.mutation $(if $(MODULES),--module $(MODULES))

# The documentation site (mkdocs.yml: the guides in docs/, the reference written from the version packages)
# into site/; any warning (a broken link, a docstring that does not parse) fails the build. The site keeps the
# fingerprint of what it was built from (tests/docs_site.py): the docs tests read it while it is current.
docs: $(INSTALLED)
	@rm -f site/.inputs-fingerprint
	@fingerprint=$$($(BIN)/python -m tests.docs_site) && \
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet && echo "$$fingerprint" > site/.inputs-fingerprint

# A bulk import from start to finish against the local emulator, driven by the pinecone-dataplane CLI.
# It installs only what the demo needs: the package with the emulator extra.
DEMO_INSTALLED := $(VENV)/.demo-installed
$(DEMO_INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[emulator]'
	touch $@

demo: $(DEMO_INSTALLED)
	$(BIN)/python demo/run.py

# Ours against the official SDK (the bench extra) and raw httpx; writes docs/benchmarks.md (a few minutes).
BENCH_INSTALLED := $(VENV)/.bench-installed
$(BENCH_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@

bench: $(BENCH_INSTALLED)
	$(BIN)/python -m bench

# Hundreds of import workflows against an emulator injecting 503s, latency, drops and lost responses;
# prints what happened (SOAK_ARGS="--workflows 1000" for more; python -m soak --help lists the options).
soak: $(INSTALLED)
	$(BIN)/python -m soak $(SOAK_ARGS)
