"""The station's language: which locale (the ``locale`` setting, or the system's) and the Qt
translators that make every window speak it (issue 10, item 4).

Two catalogues are installed: ours (``resources/translations/station_<locale>.qm``, made from the
.ts files by ``packaging/update-translations.sh``) and Qt's own ``qtbase_<lang>.qm`` shipped inside
PySide6, so standard buttons (OK, Cancel, Yes ...) and file dialogs are translated too.

Only the UI imports Qt here (lazily): the domain and services stay Qt-free and keep English
messages; the UI translates those at display time (station.ui.messages).
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

LOCALES = ("en", "fr_CA", "es_MX")
DEFAULT = "en"
# a system locale of the right language but another country still gets our one variant
_BY_LANGUAGE = {"en": "en", "fr": "fr_CA", "es": "es_MX"}

_installed: list = []  # QTranslators live as long as they are installed (Qt does not own them)


def normalise(value: str | None) -> str | None:
    """``fr-CA``/``fr_ca``/``fr_FR`` -> one of LOCALES by language; None for empty or unknown."""
    if not value:
        return None
    text = value.strip().replace("-", "_").split(".")[0]  # also "fr_CA.UTF-8"
    for known in LOCALES:
        if text.casefold() == known.casefold():
            return known
    return _BY_LANGUAGE.get(text.split("_")[0].casefold())


def choose_locale(setting: str | None, system: str | None = None) -> str:
    """The ``locale`` setting if set, else the system's (``QLocale.system()``), else English."""
    chosen = normalise(setting)
    if chosen:
        return chosen
    if system is None:
        from PySide6.QtCore import QLocale

        system = QLocale.system().name()
    return normalise(system) or DEFAULT


def translations_dir() -> Path:
    from station.resourcefiles import resources_path

    return resources_path("translations")


def _qt_translations_dirs() -> list[Path]:
    """Where Qt's own qtbase_*.qm are: Qt's answer, then beside PySide6 (a PyInstaller bundle keeps them in
    PySide6/Qt/translations, where QLibraryInfo may not point)."""
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            Path(PySide6.__file__).parent / "Qt" / "translations", translations_dir()]


def _catalogue_class():
    """Our catalogue, which also answers from the empty context: pyside6-lupdate files calls of a plain
    module-level ``tr(text)`` helper (first_run.py) there, while the helper asks for its own context."""
    from PySide6.QtCore import QTranslator

    class Catalogue(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt's virtual
            found = super().translate(context, source, disambiguation, n)
            if not found and disambiguation:  # lupdate cannot mark Qt's disambiguated texts: ours have none
                found = super().translate(context, source, None, n)
            if not found and context:
                found = super().translate("", source, disambiguation, n)
            # None, not "": Qt takes an empty (non-null) string for a translation and would show nothing
            return found or None

    return Catalogue


def install(setting: str | None = None, app=None) -> str:
    """Install the translators for ``setting`` (see choose_locale) into the running QCoreApplication,
    replacing any installed before (so tests and a settings change can switch language). Returns the
    locale used. Call before any window is created: widgets take their texts when built."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("station.i18n.install needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = choose_locale(setting)
    QLocale.setDefault(QLocale(locale))  # dates and numbers in the same language
    if locale == DEFAULT:
        return locale
    ours = translations_dir() / f"station_{locale}.qm"
    language = locale.split("_")[0]
    for path in (ours, *(folder / f"qtbase_{language}.qm" for folder in _qt_translations_dirs())):
        if not path.is_file():
            continue
        translator = _catalogue_class()(app) if path == ours else QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            if path.name.startswith("qtbase_"):
                break  # Qt's own: one copy is enough (a bundle may carry it in either place)
        else:
            log.warning("translation file not loaded: %s", path.name)
    if not any(t.filePath().endswith(ours.name) for t in _installed):
        log.warning("no translation for %s: the station shows English", locale)
    return locale


def current() -> str:
    """The locale installed last (English when none)."""
    from PySide6.QtCore import QLocale

    name = QLocale().name()
    return normalise(name) if _installed else DEFAULT
