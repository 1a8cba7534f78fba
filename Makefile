# Set-up and entry points. Everything the project needs is installed from here.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ARGS   ?=
OFFSCREEN := QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
BUNDLE := dist/exhibit

.PHONY: studio run test test-system system lint qmltypes bench content screenshots bundle bundle-check deb clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/kiosk i18n build
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/kiosk i18n build
	touch $@ $(VENV)/.installed

$(VENV)/.installed-bundle: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[bundle]"
	touch $@ $(VENV)/.installed

## run: set up and open the exhibit full screen (ARGS="--window" for a window)
run: $(VENV)/.installed
	$(BIN)/kiosk i18n build
	$(BIN)/kiosk run $(ARGS)

## test: set up with the test extras and the system packages the tests use, then lint,
## type-check, compile the interface translations and run every test offscreen
test: system lint
	$(BIN)/kiosk i18n build
	$(OFFSCREEN) $(BIN)/python -m pytest

## test-system: the system tests `make test` leaves out, each minutes of real outside systems:
## the kiosk under a window manager on Xvfb, the fleet push to hosts over SSH, the screen
## walk in the sixty size, language and profile combinations `make test` leaves out
test-system: system $(VENV)/.installed-test
	$(BIN)/kiosk i18n build
	$(OFFSCREEN) $(BIN)/python -m pytest -m system

## system: install the Debian packages in packaging/system-packages.txt that are missing
## (as root with apt-get; otherwise name them: the tests that need them are skipped)
system:
	@sh packaging/install-system-packages.sh

## lint: ruff, mypy, and qmllint over every QML file against the module's type information
lint: $(VENV)/.installed-test
	$(BIN)/ruff check kiosk tests benchmarks
	$(BIN)/ruff format --check kiosk tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m kiosk.app.qmltypes --check
	$(BIN)/pyside6-qmllint --max-warnings 0 -I kiosk/qml $$(find kiosk/qml -name '*.qml' | sort)

## qmltypes: rewrite kiosk/qml/Kiosk/kiosk.qmltypes after a change to a Python type QML uses
qmltypes: $(VENV)/.installed-test
	$(BIN)/python -m kiosk.app.qmltypes

## studio: open the curators' studio on assets/content (ARGS="--src DIR" for another folder)
studio: $(VENV)/.installed
	$(BIN)/kiosk studio $(ARGS)

## content: rebuild content.db from assets/content
content: $(VENV)/.installed
	$(BIN)/kiosk content build

## screenshots: render every screen at the three reference sizes into screenshots/
screenshots: $(VENV)/.installed
	for size in 1920x1080 1080x1920 1366x768; do \
		$(OFFSCREEN) $(BIN)/kiosk screenshots screenshots/$$size --size $$size || exit 1; \
	done

## bench: one table of start-up, screen-change, image, timeline, search, map, handout, memory and counting figures
## beside their floors; fails when a figure is over its target
bench: $(VENV)/.installed-test
	$(OFFSCREEN) $(BIN)/python benchmarks/run.py

## bundle: build dist/exhibit/, one folder with the exhibit, its Python, Qt, fonts and content.db
bundle: $(BUNDLE)/kiosk

BUNDLE_INPUTS := $(shell find kiosk assets/fonts \( -name '*.py' -o -name '*.qml' -o -name qmldir \
	-o -name '*.qmltypes' -o -name '*.ts' -o -name '*.[ot]tf' \) 2>/dev/null) \
	content.db content.db.sha256 packaging/exhibit.spec pyproject.toml

$(BUNDLE)/kiosk: $(BUNDLE_INPUTS) | $(VENV)/.installed-bundle
	$(BIN)/kiosk i18n build
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/exhibit.spec
	touch $@

## bundle-check: start the bundle with an empty environment (no venv) and check what it draws
bundle-check: $(BUNDLE)/kiosk
	$(BIN)/python packaging/check_bundle.py $(BUNDLE)

## deb: build dist/soviet-war-crimes-exhibit_VERSION_ARCH.deb from the bundle (Debian/Ubuntu)
deb: $(BUNDLE)/kiosk
	$(BIN)/python packaging/make_deb.py $(BUNDLE) --out dist

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache screenshots build dist
