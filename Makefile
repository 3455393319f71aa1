# Developer shortcuts; CI runs .ci/run. Everything here is also a plain command.
.PHONY: test lint fuzz

test:
	python -m pytest

lint:
	python -m ruff check src tests && python -m mypy src

# The parser fuzz harness (tests/fuzz) with many examples per parser; the normal suite runs a few.
# FUZZ_EXAMPLES=20000 make fuzz for a long run.
FUZZ_EXAMPLES ?= 2000
fuzz:
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) python -m pytest -n 2 tests/fuzz
