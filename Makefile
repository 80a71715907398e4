# `make run` and `make test` work on a fresh machine: each creates .venv when missing.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-tools lint format bench wheel translations clean

# The runtime dependencies come from the lock (with hashes), so the tests run on the same
# versions that the frozen app bundles and the third-party notices name; the dev tools
# are not locked.
$(STAMP): pyproject.toml setup.py requirements/runtime.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements/runtime.lock
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m prosjektark

# Tools some tests need from Debian, installed when we may, else those tests skip and name
# what is missing: openssl, pdftoppm and LibreOffice Calc read our packages, PDFs and
# workbooks independently; wixl/msiinfo (msitools) and osslsigncode build, read and sign the
# Windows installer; desktop-file-validate, appstreamcli, update-mime-database and
# shellcheck check the Linux desktop files and install scripts.
TEST_COMMANDS := openssl pdftoppm soffice wixl msiinfo osslsigncode desktop-file-validate \
  appstreamcli update-mime-database shellcheck
TEST_PACKAGES := openssl poppler-utils libreoffice-calc-nogui wixl msitools osslsigncode \
  desktop-file-utils appstream shared-mime-info shellcheck
test-tools:
	@# The loop runs in a subshell: a bare `exit 1` would end make's shell before the `||`.
	@(for c in $(TEST_COMMANDS); do command -v $$c >/dev/null || exit 1; done) || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      $(TEST_PACKAGES) >/dev/null) || \
	    echo "note: not all of $(TEST_PACKAGES) could be installed; tests needing them will skip"; }
	@# Debian keeps the server's programs off PATH, in /usr/lib/postgresql/<major>/bin. The
	@# tests run their own throwaway cluster (tests/pg_server.py), never the system one.
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      postgresql >/dev/null) || \
	    echo "note: PostgreSQL could not be installed; the shared-database tests will skip"; }

# Two workers: CI has two cores, and one process left the second idle (11.5 min in one).
# worksteal: the long end-to-end tests would otherwise leave one worker idle at the end.
PYTEST_WORKERS ?= -n 2 --dist worksteal

test: $(STAMP) test-tools
	$(PY) -m ruff check desktop tests benchmarks docs packaging
	$(PY) -m ruff format --check desktop tests benchmarks docs packaging
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider --durations=15 $(PYTEST_WORKERS)
	$(PYTHON) packaging/frozen_gate.py

lint: $(STAMP)
	$(PY) -m ruff check desktop tests benchmarks docs packaging
	$(PY) -m ruff format --check desktop tests benchmarks docs packaging

format: $(STAMP)
	$(PY) -m ruff format desktop tests benchmarks docs packaging
	$(PY) -m ruff check --fix desktop tests benchmarks docs packaging

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/list.py
	$(PY) benchmarks/content_search.py
	$(PY) benchmarks/check.py
	$(PY) benchmarks/export.py
	$(PY) benchmarks/package_memory.py
	$(PY) benchmarks/intake.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/intake_list.py
	$(PY) benchmarks/pg_store.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/portfolio_toggle.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/frozen_startup.py

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

# Releases. `make dist` builds the wheel, the sdist (the wheel is built from the sdist) and
# the frozen app into dist/, with the tools pinned with hashes in requirements/build.lock,
# installed into their own venv (never the dev venv) from wheels only, so no unpinned
# build dependency comes in. `make lock` regenerates the lock files (uv, universal: the
# Windows- and macOS-only packages are in them too); LOCK_FLAGS=--upgrade moves every pin.
.PHONY: dist sdist-wheel frozen frozen-check frozen-gate lock
BUILD_VENV ?= build/venv
BUILD_PY := $(BUILD_VENV)/bin/python
BUILD_STAMP := $(BUILD_VENV)/.installed
LOCK_VENV ?= build/venv-lock
UV_VERSION := 0.13.9
LOCK_FLAGS ?=
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
FROZEN := dist/prosjektark-$(VERSION)
FROZEN_INPUTS := build.spec packaging/bundle_contents.py pyproject.toml \
  $(shell find desktop resources -type f -not -path '*/__pycache__/*' -not -path '*.egg-info/*' -not -name '*.pyc')

$(BUILD_STAMP): requirements/build.lock
	rm -rf $(BUILD_VENV)
	$(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_PY) -m pip install --quiet --require-hashes --only-binary :all: -r requirements/build.lock
	@touch $@

sdist-wheel: $(BUILD_STAMP)
	$(BUILD_PY) -m build --no-isolation --outdir dist .

$(FROZEN)/prosjektark: $(BUILD_STAMP) $(FROZEN_INPUTS)
	$(BUILD_PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller build.spec
	@touch $@

frozen: $(FROZEN)/prosjektark

dist: sdist-wheel frozen
	@ls -1 dist

# The frozen app's smoke test (packaging/frozen_check.py); on success it records the hash
# of the packaging inputs in packaging/frozen-verified.sha256 (commit it with them).
frozen-check: frozen
	$(BUILD_PY) packaging/frozen_check.py $(FROZEN)
	$(BUILD_PY) packaging/frozen_gate.py --record

# For `make test`: runs frozen-check only when the packaging inputs differ from the stamp.
frozen-gate:
	$(PYTHON) packaging/frozen_gate.py

# Third-party notices (resources/licenses/): run after changing dependencies; the tests
# fail until then. Fetches the wheels of Windows-only dependencies (tzdata) with pip.
.PHONY: notices installer installer-check linux-tarball
notices: $(STAMP)
	$(PY) packaging/notices.py --download build/notices-wheels

# The Windows installer (an MSI, built with wixl from msitools) from the Windows build
# dist/prosjektark-<version>/, made on Windows with `pyinstaller build.spec`. Signed when
# PROSJEKTARK_SIGN_COMMAND is set (README, "Windows").
installer: $(STAMP)
	$(PY) packaging/windows/build_installer.py

# The same package against a stand-in bundle (build/Prosjektark-<version>-x64-stand-in.msi):
# checks the installer where the Windows app cannot be built.
installer-check: $(STAMP)
	$(PY) packaging/windows/build_installer.py --stand-in

# The Linux tarball: the frozen app with install.sh, the desktop files and the icons.
LINUX_NAME = prosjektark-$(VERSION)-linux-x86_64
linux-tarball: frozen
	rm -rf build/$(LINUX_NAME) && mkdir -p build/$(LINUX_NAME)/icons
	cp -R $(FROZEN) build/$(LINUX_NAME)/
	cp packaging/linux/install.sh packaging/linux/uninstall.sh packaging/linux/no.prosjektark.Prosjektark.* LICENSE build/$(LINUX_NAME)/
	cp -R packaging/icons/hicolor build/$(LINUX_NAME)/icons/
	tar -C build --sort=name --owner=0 --group=0 --numeric-owner --mtime=@$$(git log -1 --format=%ct) \
	  -cf - $(LINUX_NAME) | gzip -n > dist/$(LINUX_NAME).tar.gz
	@echo dist/$(LINUX_NAME).tar.gz

lock:
	@test -x $(LOCK_VENV)/bin/uv || { $(PYTHON) -m venv $(LOCK_VENV) && \
	  $(LOCK_VENV)/bin/python -m pip install --quiet uv==$(UV_VERSION); }
	$(LOCK_VENV)/bin/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	  --custom-compile-command "make lock" $(LOCK_FLAGS) pyproject.toml -o requirements/runtime.lock
	$(LOCK_VENV)/bin/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	  --custom-compile-command "make lock" $(LOCK_FLAGS) pyproject.toml requirements/build.in \
	  -c requirements/runtime.lock -o requirements/build.lock

clean:
	rm -rf $(VENV) build dist *.egg-info desktop/*.egg-info
