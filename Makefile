# `make run` and `make test` work on a fresh machine: each creates .venv when missing.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-tools lint format bench wheel translations clean

$(STAMP): pyproject.toml setup.py
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m prosjektark

# Tools some tests need from Debian (openssl, pdftoppm, LibreOffice Calc to read our workbooks
# independently); installed when we may, else those tests skip and name what is missing.
test-tools:
	@command -v openssl >/dev/null && command -v pdftoppm >/dev/null && command -v soffice >/dev/null || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      openssl poppler-utils libreoffice-calc-nogui >/dev/null) || \
	    echo "note: openssl/poppler-utils/libreoffice-calc-nogui not installed; tests needing them will skip"; }

# Two workers: CI has two cores, and one process left the second idle (11.5 min in one).
# worksteal: the long end-to-end tests would otherwise leave one worker idle at the end.
PYTEST_WORKERS ?= -n 2 --dist worksteal

test: $(STAMP) test-tools
	$(PY) -m ruff check desktop tests benchmarks docs
	$(PY) -m ruff format --check desktop tests benchmarks docs
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider --durations=15 $(PYTEST_WORKERS)

lint: $(STAMP)
	$(PY) -m ruff check desktop tests benchmarks docs
	$(PY) -m ruff format --check desktop tests benchmarks docs

format: $(STAMP)
	$(PY) -m ruff format desktop tests benchmarks docs
	$(PY) -m ruff check --fix desktop tests benchmarks docs

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/list.py
	$(PY) benchmarks/content_search.py
	$(PY) benchmarks/check.py
	$(PY) benchmarks/export.py
	$(PY) benchmarks/package_memory.py
	$(PY) benchmarks/intake.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/intake_list.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/portfolio_toggle.py

# Texts in three languages. The code is written in bokmål; `make translations` collects
# every translate("context", "…") into resources/translations/prosjektark_{nn,en}.ts
# (keeping the translations already there; translate new entries with Qt Linguist or an
# editor), and compiles those and qtbase_nb.ts (Qt's own texts in bokmål) to .qm. The
# compiled files are committed; tests/unit/test_translations.py fails when any is stale
# or a text lacks its nynorsk or English translation.
TRANSLATIONS := resources/translations
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -locations none -no-obsolete -source-language nb_NO \
	  -target-language nn_NO $$(find desktop/prosjektark -name '*.py' | sort) -ts $(TRANSLATIONS)/prosjektark_nn.ts
	$(VENV)/bin/pyside6-lupdate -silent -locations none -no-obsolete -source-language nb_NO \
	  -target-language en_GB $$(find desktop/prosjektark -name '*.py' | sort) -ts $(TRANSLATIONS)/prosjektark_en.ts
	for ts in qtbase_nb prosjektark_nn prosjektark_en; do \
	  $(VENV)/bin/pyside6-lrelease -silent $(TRANSLATIONS)/$$ts.ts -qm $(TRANSLATIONS)/$$ts.qm || exit 1; done

wheel: $(STAMP)
	$(PY) -m build --wheel --outdir dist .

clean:
	rm -rf $(VENV) build dist *.egg-info desktop/*.egg-info
