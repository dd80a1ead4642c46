# `make run` and `make test` are the two commands in the README. Each builds
# the local virtual environment on first use (and again when pyproject.toml
# changes), so a fresh clone needs nothing installed by hand.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# llama-cpp-python has no binary wheel on PyPI: it compiles from source (about
# 5 minutes on 2 cores, once; pip caches the wheel). Build only the library we
# use, and keep the binary portable instead of tuned to this CPU.
export CMAKE_ARGS ?= -DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_BUILD_SERVER=OFF

.PHONY: run test lint bench wheel wheel-compiled clean

# When make itself is the terminal's session leader (`tmux new 'make run'`), the
# SIGHUP of a closed terminal goes to make alone, which waits for the app rather
# than pass it on (exec would not help: make forks the recipe). The app exits on
# its own when its terminal hangs up: src/rehearse/tui/hangup.py.
run: $(STAMP)
	$(BIN)/rehearse

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/mypy

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

wheel: $(STAMP)
	$(BIN)/python -m build --wheel --outdir dist

# The rule scorer compiled by mypyc (about a minute): built from a temporary copy,
# so no compiled module lands next to the sources.
wheel-compiled: $(STAMP)
	$(BIN)/python tools/build_compiled.py dist

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) dist build
