# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
# Both go through `make setup`, which is idempotent (a second run takes seconds).

VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SAMPLE := clause_library/corpus/003_f5b7ab7d7d479ac4.txt

.PHONY: setup run test lint bench clean translations

setup: $(STAMP)
	@bash packaging/setup.sh post

$(STAMP): pyproject.toml packaging/setup.sh packaging/apt-packages.txt
	@bash packaging/setup.sh apt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	@touch $(STAMP)

run: setup
	$(VENV)/bin/privacy-editor $(SAMPLE)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(VENV)/bin/ruff check editor tests bench

lint: setup
	$(VENV)/bin/ruff check editor tests bench

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

clean:
	rm -rf $(VENV) build dist .pytest_cache
