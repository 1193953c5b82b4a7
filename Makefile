# The project's verbs. `make test` and `make demo` set up .venv themselves on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: test demo generate check-generated lint

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

generate: $(INSTALLED)
	$(BIN)/python -m pinecone_dataplane._codegen generate

check-generated: $(INSTALLED)
	$(BIN)/python -m pinecone_dataplane._codegen check

lint: $(INSTALLED)
	$(BIN)/ruff check overlay tests demo
	$(BIN)/ruff format --check overlay tests demo
	$(BIN)/mypy overlay

test: check-generated lint
	$(BIN)/pytest

# A bulk import from start to finish against the local emulator, driven by the pinecone-dataplane CLI.
demo: $(INSTALLED)
	$(BIN)/python demo/run.py
