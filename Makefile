# The two commands of the README: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 120
export DO_NOT_TRACK ?= 1

.PHONY: demo test install bench clean

$(BIN)/glossator: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test,ray]"
	touch $@

install: $(BIN)/glossator

demo: $(BIN)/glossator
	$(BIN)/glossator demo --output glossator-demo

test: $(BIN)/glossator
	$(BIN)/pytest -q

bench: $(BIN)/glossator
	$(BIN)/python bench/bench_pipeline.py

clean:
	rm -rf $(VENV) glossator-demo .pytest_cache
