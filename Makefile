# SelfCompass: `make run` and `make test` do all the set-up on a fresh Debian/Ubuntu machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SYSTEM_STAMP := $(VENV)/.system-deps
export QT_LOGGING_RULES ?= qt.multimedia.symbolsresolver=false

.PHONY: run test lint imports typecheck test-core pytest bench instructions bundle bundle-test system-deps clean screenshots translations

run: $(STAMP) translations
	$(PY) -m selfcompass

test: $(STAMP) lint imports typecheck test-core pytest

system-deps:
	@bash packaging/system-deps.sh

$(SYSTEM_STAMP): packaging/system-deps.sh
	@bash packaging/system-deps.sh
	@mkdir -p $(VENV) && touch $@

$(STAMP): pyproject.toml $(SYSTEM_STAMP)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test,bundle]"
	@touch $@

# Compiled translations (translations/selfcompass_<lang>.qm) from the .ts files translators return.
TS_FILES := $(wildcard translations/selfcompass_*.ts)
translations: $(TS_FILES:.ts=.qm)

translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

lint: $(STAMP)
	$(VENV)/bin/ruff check selfcompass tests benchmarks

imports: $(STAMP)
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# The core's tests with Qt, SQLAlchemy and the speech engine impossible to import: the core is pure Python.
test-core: $(STAMP)
	PYTHONPATH=tests $(PY) -m pytest -q -p no:cacheprovider -c tests/core.ini --rootdir=. tests/core

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) benchmarks/run.py

# SIGKILL at random moments, 1,050 times, across save, autosave, lock, backup, export and protect; fails if any
# acknowledged word is lost (tools/crash_test.py, docs/storage.md). About 70 s on two cores.
.PHONY: crash-test
crash-test: $(STAMP)
	$(PY) -m tools.crash_test

# Start-up counted in instructions (valgrind), steadier than timings for judging one change; PAINTED=1 for the
# end of the first paint. See benchmarks/instructions.py.
instructions: $(STAMP)
	$(PY) benchmarks/instructions.py

# One windowed folder, dist/SelfCompass (see docs/packaging.md). Takes about a minute.
bundle: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec
	@du -sh dist/SelfCompass

# The bundle checks itself: practices, database and migrations, speech, media, main window.
bundle-test: bundle
	QT_QPA_PLATFORM=offscreen timeout 300 dist/SelfCompass/SelfCompass --self-test

.PHONY: bundle-zip
# The plain option for IT: dist/SelfCompass-<version>-<platform>.zip of the folder.
bundle-zip: bundle
	$(PY) packaging/make_zip.py

# Every page at 1366x768 and at 1920x1080 with 150% scaling (1280x720 logical), each less a taskbar (tools/screenshots.py).
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) -m tools.screenshots docs/screenshots 1366
	QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) -m tools.screenshots docs/screenshots 1280
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) -m tools.insights_screenshots

clean:
	rm -rf build dist .pytest_cache
