# Renpam: `make run` opens the demo operation, `make test` runs the whole suite headless.
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
# The newest python3.13 / python3.12 that actually runs (a pyenv shim that is not
# selected fails, so each candidate is tried, not just looked up).
PYTHON ?= $(shell for p in python3.13 python3.12 python3; do \
	  $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { command -v $$p; break; }; done)

.PHONY: run test lint format bench venv clean demo translations icons wheel package package-test install-desktop screenshots

$(VENV)/.installed: pyproject.toml
	@if [ -z "$(PYTHON)" ]; then \
	  echo "Renpam needs Python 3.12 or newer (python3.13 or python3.12 on PATH); none found." >&2; exit 1; fi
	@echo "Using $(PYTHON) ($$($(PYTHON) --version))"
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,package,lint]'
	@touch $@

venv: $(VENV)/.installed

build/demo.renpam: $(VENV)/.installed $(wildcard desktop/demo*.py)
	@mkdir -p build
	$(VENV)/bin/renpam demo $@ --force

run: build/demo.renpam
	$(VENV)/bin/renpam build/demo.renpam

test: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The layering contract (import-linter), ruff (lint and format check) and mypy on the core.
lint: $(VENV)/.installed
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# Apply ruff's formatting and safe fixes.
format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Benchmarks print figures; they are scripts, not part of the suite.
bench: $(VENV)/.installed
	@for f in tests/bench/bench_*.py; do echo "== $$f"; QT_QPA_PLATFORM=offscreen $(PY) $$f || exit 1; done

# Interface translations: extract tr() strings from ui/ into the Indonesian .ts (translations
# already made are kept), then compile the .qm the app loads; renpam_en.ts holds only the "%n"
# strings, whose English singular the source text cannot say. Commit the .ts and .qm files.
translations: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate ui/*.py -target-language id_ID -no-obsolete -ts resources/translations/renpam_id.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/renpam_id.ts -qm resources/translations/renpam_id.qm
	$(VENV)/bin/pyside6-lupdate ui/*.py -target-language en_US -pluralonly -no-obsolete -ts resources/translations/renpam_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/renpam_en.ts -qm resources/translations/renpam_en.qm
	$(VENV)/bin/pyside6-lrelease resources/translations/qt_id.ts -qm resources/translations/qt_id.qm

# --- Packaging (packaging/README.md) ---------------------------------------------------------
# The icon in every size the platforms need, from resources/icons/renpam.svg (commit the result).
icons: $(VENV)/.installed
	$(PY) packaging/make_icons.py

# The wheel (with resources/ as package data) in dist/.
wheel: $(VENV)/.installed
	$(PY) -m pip wheel --quiet --no-deps --wheel-dir dist .

# The frozen program for this machine: dist/renpam/ with `renpam` (window) and `renpam-cli`.
package: $(VENV)/.installed
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN packaging/renpam.spec

# Wheel into a fresh venv, run from another folder; then the frozen program (CI runs this).
package-test: $(VENV)/.installed
	packaging/package-test.sh

# Linux: desktop entry, .renpam file type, icon and metainfo for this user, running RENPAM.
RENPAM ?= $(firstword $(wildcard dist/renpam/renpam) $(abspath $(VENV)/bin/renpam))
install-desktop:
	packaging/linux/install-desktop.sh "$(RENPAM)"

# README pictures from the real program: the window on the demo and one page of the packet.
screenshots: build/demo.renpam
	packaging/screenshots.sh build/demo.renpam docs

clean:
	rm -rf $(VENV) build dist .pytest_cache
