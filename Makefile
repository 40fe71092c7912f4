# ubypass: the two commands README.md promises are `make demo` and `make test`.
# Both install what they need (Debian packages via tools/ensure-apt, Python
# packages into .venv) and are safe to re-run.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
UB     := $(VENV)/bin/ub
STAMP  := $(VENV)/.stamp

.PHONY: all deps venv lint test test-host test-lab demo clean

all: test

deps:
	@tools/ensure-apt

$(STAMP): pyproject.toml tools/apt-packages.txt
	@tools/ensure-apt
	@test -x $(PY) || { echo "make: creating $(VENV)"; $(PYTHON) -m venv $(VENV); }
	@echo "make: installing Python packages into $(VENV)"
	@$(PY) -m pip install -q --upgrade pip
	@$(PY) -m pip install -q -e '.[dev]'
	@touch $@

venv: $(STAMP)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/mypy
	$(UB) lab checkpatch

# Host tests (translator, host runtime, lab logic), then the lab tests that
# build the kernel and the guest and boot it.
test: lint test-host test-lab

test-host: $(STAMP)
	$(PY) -m pytest -q -m "not lab" tests

# The lab is part of the promise: missing root or QEMU fails, never skips.
test-lab: $(STAMP)
	UB_LAB_REQUIRED=1 $(PY) -m pytest -q --durations=0 -m lab tests

demo: $(STAMP)
	$(UB) demo

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache .pytest_cache
