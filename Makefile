# 客诉学堂 — the two commands a new machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup system-deps lint bench i18n screenshots smoke clean dist dist-check dist-bare dist-size

run: setup                      ## set everything up on first use, then start the app
	$(BIN)/python -m app

test: setup                     ## run the whole test suite offscreen, one worker per core
	@# the tests' LRS (npm xapi-statements, in .lrs/; skipped without node and npm)
	@if command -v npm >/dev/null 2>&1; then $(BIN)/python tools/lrs.py install >/dev/null; fi
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto

setup: system-deps $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-deps:                    ## Linux: a Chinese font and Qt's runtime libraries
	@bash tools/system-deps.sh

lint: setup                     ## ruff, then the import contracts (pyproject.toml: [tool.importlinter])
	$(BIN)/ruff check app tests bench tools
	$(BIN)/lint-imports

bench: setup                    ## start-up time and memory against a bare PySide6 window
	$(BIN)/python bench/run.py

i18n: setup                     ## refresh .ts from the sources, then compile .qm
	$(BIN)/python tools/i18n.py

smoke: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m app --smoke --data-dir "$$(mktemp -d)"

screenshots: setup              ## render the main views in every language into shots/
	@mkdir -p shots
	for lang in zh-CN zh-TW en; do \
	  for view in home lesson quiz case roleplay scenario debrief search glossary desk projector presenter livequiz dashboard trainer settings profiles; do \
	    QT_QPA_PLATFORM=offscreen $(BIN)/python -m app screenshot $$view shots/$$view-$$lang.png --lang $$lang; \
	  done; \
	done

dist: setup                     ## the installed-copy bundle: dist/ComplaintAcademy/ (no Python needed)
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.0"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

dist-check: dist                ## build, then start the bundle once (smoke) in a fresh data dir
	QT_QPA_PLATFORM=offscreen dist/ComplaintAcademy/ComplaintAcademy --smoke --data-dir "$$(mktemp -d)"
	@echo "frozen smoke test passed"

dist-bare: setup                ## the baseline: a bare PySide6 window bundled the same way
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.0"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/bare bench/bare.spec

dist-size: dist dist-bare       ## bundle size against the bare window (budget 1.3x)
	$(BIN)/python tools/bundle_size.py dist/ComplaintAcademy dist/BareWindow

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
