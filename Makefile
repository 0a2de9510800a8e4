# pantau: `make run` builds the warehouse from the sample articles, `make test` runs every test.
SHELL := /bin/bash
# uv is run as a module of the machine's Python 3.11 (found before the venv goes on PATH), installed when missing.
SYSTEM_PYTHON := $(shell command -v python3.11 || command -v python3)
UV := $(SYSTEM_PYTHON) -m uv
VENV := .venv
PY := $(VENV)/bin/python
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
MANIFEST := dbt_project/target/manifest.json

.PHONY: run test ui eval eval-holdout bench lint clean env manifest chromium screenshots duckdb1

$(VENV)/.synced: pyproject.toml uv.lock
	$(UV) --version >/dev/null 2>&1 || $(SYSTEM_PYTHON) -m pip install --quiet uv
	$(UV) sync --frozen --python 3.11 --compile-bytecode
	touch $@ $(VENV)/.bytecode

# Bytecode of every installed module, written once. Where PYTHONDONTWRITEBYTECODE is set nothing else writes it, and
# every process (pantau, its dbt, each worker) compiled each module it imports again: ~9 s of CPU per pantau run
# (docs/scaling.md). This rule serves environments synced before the flag above.
$(VENV)/.bytecode: $(VENV)/.synced
	$(PY) -m compileall -q -j 0 $(VENV)/lib
	touch $@

env: $(VENV)/.synced $(VENV)/.bytecode

# @dbt_assets reads the manifest at import; dbt parse needs no database.
$(MANIFEST): $(VENV)/.synced $(VENV)/.bytecode $(shell find dbt_project/models dbt_project/macros dbt_project/tests -type f 2>/dev/null) dbt_project/dbt_project.yml $(wildcard seeds/reference/*.csv)
	cd dbt_project && ../$(VENV)/bin/dbt parse --profiles-dir . --quiet
	touch $@

manifest: $(MANIFEST)

run: $(MANIFEST)
	$(VENV)/bin/pantau run

# The browser tests drive Debian's chromium through Playwright (no Playwright browser download); installed when
# missing (CI runs as root on a fresh Debian machine). Fonts so that screenshots show text.
chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core; }

# The last DuckDB 1.x client, locked in its own tiny environment (tests/compat/duckdb1/uv.lock): the tests open
# the published warehouse with it, since the warehouse must stay readable by 1.x clients (README, storage).
DUCKDB1_VENV := .venv-duckdb1
$(DUCKDB1_VENV)/.synced: tests/compat/duckdb1/pyproject.toml tests/compat/duckdb1/uv.lock $(VENV)/.synced
	UV_PROJECT_ENVIRONMENT=$(CURDIR)/$(DUCKDB1_VENV) $(UV) sync --frozen --python 3.11 --project tests/compat/duckdb1
	touch $@

duckdb1: $(DUCKDB1_VENV)/.synced

test: $(MANIFEST) chromium duckdb1
	$(VENV)/bin/pytest

# Rewrites docs/ui.png and docs/report.png from the browser tests.
screenshots: $(MANIFEST) chromium
	PANTAU_SCREENSHOTS=1 $(VENV)/bin/pytest tests/ui

ui: $(MANIFEST)
	$(VENV)/bin/pantau ui

# Scores on the seed and development annotations; fails when a score is below its floor in FLOORS (the one file
# the tests read too). After an improvement: `make eval RECORD=1` raises the floors to what is achieved.
FLOORS := tests/fixtures/floors.json
EVAL_FLOORS = --floors $(FLOORS) $(if $(RECORD),--record-floors)
eval: $(MANIFEST)
	$(VENV)/bin/pantau run --warehouse data/eval_seeds.duckdb --quiet
	$(VENV)/bin/pantau eval --gold tests/fixtures/seeds_gold.jsonl --warehouse data/eval_seeds.duckdb $(EVAL_FLOORS)
	$(VENV)/bin/pantau run --articles tests/fixtures/devset/articles --warehouse data/eval_dev.duckdb --quiet
	$(VENV)/bin/pantau eval --gold tests/fixtures/devset/gold.jsonl --warehouse data/eval_dev.duckdb $(EVAL_FLOORS)

# The untouched slice (tests/fixtures/holdout/README.md): scores only, no per-fact errors, so that nobody tunes on it.
eval-holdout: $(MANIFEST)
	$(VENV)/bin/pantau run --articles tests/fixtures/holdout/articles --warehouse data/eval_holdout.duckdb --quiet
	$(VENV)/bin/pantau eval --gold tests/fixtures/holdout/gold.jsonl --warehouse data/eval_holdout.duckdb --no-show-errors

bench: $(MANIFEST)
	$(PY) bench/run_bench.py

# Python lint and format (ruff), and the SQL style of the dbt project (dbt_project/.sqlfluff; jinja templater,
# no database needed, ~30 s).
lint: $(VENV)/.synced
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	cd dbt_project && ../$(VENV)/bin/sqlfluff lint models tests macros

clean:
	rm -rf data $(DUCKDB1_VENV) dbt_project/target dbt_project/logs .pytest_cache
