# The project's verbs. `make test` and `make demo` set up .venv themselves on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: test generate check-generated lint

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
	$(BIN)/ruff check overlay tests
	$(BIN)/ruff format --check overlay tests
	$(BIN)/mypy overlay

test: check-generated lint
	$(BIN)/pytest
