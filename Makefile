# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
# `make run` goes through `make setup-app` (what the app needs); `make test` and the other targets through
# `make setup`, which adds the test and verification tools. Both are idempotent (a second run takes seconds).

VENV      := .venv
PY        := $(VENV)/bin/python
APP_STAMP := $(VENV)/.installed-app
STAMP     := $(VENV)/.installed
SAMPLE    := clause_library/corpus/003_f5b7ab7d7d479ac4.txt

.PHONY: setup setup-app run test lint bench accuracy clean translations library

setup-app: $(APP_STAMP)
	@bash packaging/setup.sh post

$(APP_STAMP): pyproject.toml packaging/setup.sh packaging/apt-packages.txt
	@bash packaging/setup.sh apt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	@touch $(APP_STAMP)

setup: $(STAMP)
	@bash packaging/setup.sh post test

$(STAMP): pyproject.toml packaging/setup.sh packaging/apt-packages.txt packaging/apt-test-packages.txt
	@bash packaging/setup.sh apt test
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	@touch $(STAMP)

run: setup-app
	$(VENV)/bin/privacy-editor $(SAMPLE)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(VENV)/bin/ruff check editor tests bench

lint: setup
	$(VENV)/bin/ruff check editor tests bench

# Rebuild the shipped clause library from the corpus (after importer or checklist changes).
library: setup
	$(VENV)/bin/privacy-editor library build clause_library/corpus --out clause_library

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# Checklist accuracy on the real policies in ../shared/realworld (per item, beside the keyword baseline).
accuracy: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.accuracy
	QT_QPA_PLATFORM=offscreen $(PY) -m bench bench_fix

clean:
	rm -rf $(VENV) build dist .pytest_cache

# Packaged app (packaging/README.md): `make package` builds dist/privacy-editor-{lite,full}/ and their
# archives; `make package-test` rebuilds them when a source changed, then starts the built binaries.
PKG_SOURCES := $(shell find editor resources clause_library -type f -not -path '*/__pycache__/*' 2>/dev/null) \
	$(wildcard packaging/rthooks/*.py) packaging/privacy-editor.spec packaging/build_package.py \
	packaging/package-tools.sh packaging/languagetool/pom.xml pyproject.toml
PKG_STAMP := dist/.package-stamp

.PHONY: package package-test

define build_package
	$(PY) -m pip install -q -e ".[package]"
	@bash packaging/package-tools.sh
	$(PY) packaging/build_package.py all
	@touch $(PKG_STAMP)
endef

package: setup
	$(build_package)

$(PKG_STAMP): $(PKG_SOURCES) | setup
	$(build_package)

package-test: setup $(PKG_STAMP)
	PPE_PACKAGE_TEST=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/package_smoke
