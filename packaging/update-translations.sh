#!/bin/sh
# Regenerate the translation catalogues after UI strings change (issue 10, item 4).
#   1. pyside6-lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP string of station/ui (and
#      station/i18n.py, station/diagnostics.py) into resources/translations/station_<locale>.ts, keeping existing translations;
#      new or changed strings come out as type="unfinished".
#   2. Translate those in Qt Linguist (pyside6-linguist FILE.ts) or by hand in the .ts XML.
#   3. pyside6-lrelease compiles each .ts into the .qm the app loads (the .qm is what ships).
# tests/ui/test_translations.py fails while any entry is unfinished.
# Usage: packaging/update-translations.sh [--no-obsolete]   (run from anywhere; uses the venv's tools)
set -eu
cd "$(dirname "$0")/.."
BIN="${PYSIDE6_BIN:-/work/venv/bin}"
[ -x "$BIN/pyside6-lupdate" ] || BIN="$(dirname "$(command -v pyside6-lupdate)")"
SOURCES="station/i18n.py station/diagnostics.py $(ls station/ui/*.py)"
for locale in fr_CA es_MX; do
    ts="resources/translations/station_${locale}.ts"
    # shellcheck disable=SC2086  # SOURCES is a list of paths without spaces
    "$BIN/pyside6-lupdate" -no-obsolete -locations relative -target-language "$locale" "$@" $SOURCES -ts "$ts"
    "$BIN/pyside6-lrelease" "$ts" -qm "resources/translations/station_${locale}.qm"
done
