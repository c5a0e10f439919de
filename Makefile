# Quick start: `make run` (set up, then review the sample case files) and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test samples bench clean system-deps

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

# The web UI's end-to-end tests drive Debian's chromium; install it when it is missing.
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else echo "chromium is missing: install Debian's chromium (sudo apt-get install chromium)"; fi; }

test: $(STAMP) system-deps
	$(PY) -m pytest -q

samples: $(STAMP)
	$(PY) -m samples.generate

bench: $(STAMP)
	$(PY) benchmarks/extract.py

clean:
	rm -rf $(VENV) .pytest_cache
