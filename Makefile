# 客诉学堂 — the two commands a new machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup system-deps lint bench i18n screenshots smoke clean

run: setup                      ## set everything up on first use, then start the app
	$(BIN)/python -m app

test: setup                     ## run the whole test suite offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

setup: system-deps $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-deps:                    ## Linux: a Chinese font and Qt's runtime libraries
	@bash tools/system-deps.sh

lint: setup
	$(BIN)/ruff check app tests bench tools

bench: setup                    ## start-up time and memory against a bare PySide6 window
	$(BIN)/python bench/run.py

i18n: setup                     ## refresh .ts from the sources, then compile .qm
	$(BIN)/python tools/i18n.py

smoke: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m app --smoke --data-dir "$$(mktemp -d)"

screenshots: setup              ## render the main views in every language into shots/
	@mkdir -p shots
	for lang in zh-CN zh-TW en; do \
	  for view in home lesson settings profiles; do \
	    QT_QPA_PLATFORM=offscreen $(BIN)/python -m app screenshot $$view shots/$$view-$$lang.png --lang $$lang; \
	  done; \
	done

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
