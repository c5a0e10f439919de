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

# Reviews the sample case files into the default SQLite database (review.sqlite) and writes the
# outputs to out/. Exit status 1 only says that some case files have read problems (the samples
# include a scanned page on purpose); anything worse fails.
run: $(STAMP)
	$(VENV)/bin/review-cases run samples/cases --roster samples/roster/候选名单.yaml --out out \
		|| [ $$? -eq 1 ]

test: $(STAMP)
	$(PY) -m pytest -q

samples: $(STAMP)
	$(PY) -m samples.generate

bench: $(STAMP)
	$(PY) benchmarks/extract.py

clean:
	rm -rf $(VENV) .pytest_cache
