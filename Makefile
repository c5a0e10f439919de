# Quick start: `make run` (set up, then review the sample case files) and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test samples bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/review-cases extract samples/cases/*

test: $(STAMP)
	$(PY) -m pytest -q

samples: $(STAMP)
	$(PY) -m samples.generate

bench: $(STAMP)
	$(PY) benchmarks/extract.py

clean:
	rm -rf $(VENV) .pytest_cache
