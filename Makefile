# Everything a fresh machine needs: `make run` and `make test` set up .venv from nothing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
TS     := $(filter-out resources/translations/cli_%,$(wildcard resources/translations/*.ts))
QM     := $(TS:.ts=.qm)

.PHONY: run demo test bench build translations translations-update clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ needed"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

CLI_JSON := resources/translations/cli_zh_CN.json

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# the command lines' text (examcore/cli_text.py): the finished entries of cli_zh_CN.ts, read without Qt
$(CLI_JSON): resources/translations/cli_zh_CN.ts $(STAMP)
	$(PY) build_scripts/cli_strings.py json

translations: $(QM) $(CLI_JSON)

run: $(STAMP) translations
	bash build_scripts/ensure_desktop_runtime.sh $(PY)
	$(PY) -m desktop.app --demo

# A demo exam centre on this PC: server, two exam-room stations and the proctor's console (./demo-centre)
demo: $(STAMP) translations
	bash build_scripts/ensure_desktop_runtime.sh $(PY)
	$(PY) -m demo_centre

# Two test processes (pytest-xdist; a file's tests stay together, so its shared fixtures are made once);
# the tests that measure time under load ("solo") run after them, alone on the machine.
TEST_WORKERS ?= 2

# the tests open real Qt widgets and check that Chinese shows: the same system fonts and libraries as `make run`
test: $(STAMP) translations
	bash build_scripts/ensure_desktop_runtime.sh $(PY)
	bash build_scripts/ensure_test_tools.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:cacheprovider -n $(TEST_WORKERS) --dist loadfile -m "not solo" --durations=40
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:cacheprovider -m solo

bench: $(STAMP) translations
	bash build_scripts/start_test_postgres.sh > .ci-postgres.env  # the report benchmark runs on PostgreSQL
	. ./.ci-postgres.env && QT_QPA_PLATFORM=offscreen $(PY) -m bench.run_all

# The station and the centre server as one-folder bundles for this platform, in dist/xuefa and
# dist/xuefa-server (build_scripts/xuefa.spec; docs/installing.md says how IT installs them).
# the whole build, the same on Windows (where there is no make: python -m build_scripts.build)
build: $(STAMP)
	$(PY) -m build_scripts.build

clean:
	rm -rf $(VENV) resources/translations/*.qm dist build

# After adding or changing UI or command-line text: refresh the .ts files (then translate the new entries,
# e.g. in pyside6-linguist; `python build_scripts/cli_strings.py check` lists the command lines' left to do).
translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find desktop -name '*.py') -ts resources/translations/xuefa_zh_CN.ts -no-obsolete
	$(PY) build_scripts/cli_strings.py update
