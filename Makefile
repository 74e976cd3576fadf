PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench eval clean

# The venv is rebuilt only when the lock file or the project metadata change.
$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

demo: $(STAMP)
	rm -f demo.db
	$(BIN)/newstrace ingest examples --db demo.db
	$(BIN)/newstrace summary --db demo.db
	$(BIN)/newstrace timeline --db demo.db
	$(BIN)/newstrace contradictions --db demo.db

# pytest exits 5 when it collects nothing: an empty run must not pass.
test: $(STAMP)
	$(BIN)/python -m pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "no tests were collected" >&2; exit 1; fi; exit $$status

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy src

bench: $(STAMP)
	$(BIN)/python benchmarks/pipeline_speed.py

clean:
	rm -rf $(VENV) demo.db
