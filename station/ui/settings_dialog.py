"""Settings dialog: General, Amazon and Devices pages over station.settings.

Values are checked by the settings schema itself (the same checks as ``station config
set``), so a bad value gets the same plain message here as on the command line.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QMessageBox, QPushButton, QSpinBox, QStackedWidget, QVBoxLayout,
                               QWidget)

from station.settings import KEYS, MARKETPLACES, Settings, SettingsError
from station.ui.messages import translate_message

log = logging.getLogger(__name__)


def _combo(options: list[tuple[str, str]], current: str) -> QComboBox:
    box = QComboBox()
    for text, value in options:
        box.addItem(text, value)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, context=None, parent: QWidget | None = None, print_queue=None,
                 pool=None, operator: str | None = None, approver: str | None = None) -> None:
        super().__init__(parent)
        self.print_queue = print_queue
        self.pool = pool
        self.operator, self.approver = operator, approver  # who changes settings, for the audit log
        self.setWindowTitle(self.tr("Settings"))
        self.resize(820, 560)
        self.settings = settings
        self.context = context
        self.fields: dict[str, QWidget] = {}

        self.pages = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setFixedWidth(160)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        for title, page in ((self.tr("General"), self._general()), (self.tr("Amazon"), self._amazon()),
                            (self.tr("Devices"), self._devices())):
            self.nav.addItem(title)
            self.pages.addWidget(page)
        self.nav.setCurrentRow(0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

    # -- pages ----------------------------------------------------------------------------------
    def _general(self) -> QWidget:
        s = self.settings
        page = QWidget()
        form = QFormLayout(page)
        self._add(form, "station.name", self.tr("Station name"), QLineEdit(s.get("station.name")))
        languages = [(self.tr("System default"), ""), ("English", "en"), ("Français (Canada)", "fr_CA"),
                     ("Español (México)", "es_MX")]  # each language in its own words
        self._add(form, "locale", self.tr("Language"), _combo(languages, s.get("locale")))
        form.addRow("", QLabel(self.tr("A new language is used from the next start of the station.")))
        self._add(form, "shipping.mode", self.tr("Shipping"), _combo(
            [(self.tr("Amazon Buy Shipping"), "buy_shipping"),
             (self.tr("Own carrier (scan the tracking number)"), "own_carrier")], s.get("shipping.mode")))
        self._add(form, "slip.print_at", self.tr("Print the packing slip"), _combo(
            [(self.tr("When the order is confirmed"), "confirm"), (self.tr("When the order is scanned"), "order_scan")],
            s.get("slip.print_at")))
        sounds = QCheckBox(self.tr("Play sounds (beep, error buzz, complete chime)"))
        sounds.setChecked(bool(s.get("sounds")))
        self._add(form, "sounds", self.tr("Sounds"), sounds)
        gap = QSpinBox()
        gap.setRange(5, 500)
        gap.setSuffix(self.tr(" ms"))
        gap.setValue(int(s.get("scanner.max_key_gap_ms")))
        self._add(form, "scanner.max_key_gap_ms", self.tr("Scanner key gap"), gap)
        length = QSpinBox()
        length.setRange(1, 64)
        length.setValue(int(s.get("scanner.min_length")))
        self._add(form, "scanner.min_length", self.tr("Shortest scan"), length)
        note = QLabel(self.tr("A keyboard-wedge scan is a burst of keys at most the key gap apart, ending in Enter. "
                              "Raise the gap if scans end up in the search box; lower it if fast typing is taken as "
                              "a scan."))
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _amazon(self) -> QWidget:
        s = self.settings
        page = QWidget()
        form = QFormLayout(page)
        self._add(form, "amazon.marketplace", self.tr("Marketplace"),
                  _combo([(f"{code} ({country})", code) for code, country in MARKETPLACES.items()],
                         s.get("amazon.marketplace")))
        self._add(form, "amazon.region", self.tr("Region"), _combo([(self.tr("North America"), "NA"), (self.tr("Europe"), "EU"),
                                                          (self.tr("Far East"), "FE")], s.get("amazon.region")))
        self._add(form, "amazon.seller_id", self.tr("Seller id"), QLineEdit(s.get("amazon.seller_id")))
        self._add(form, "amazon.endpoint", self.tr("SP-API endpoint"), QLineEdit(s.get("amazon.endpoint")))
        self._add(form, "amazon.lwa_endpoint", self.tr("LWA token URL"), QLineEdit(s.get("amazon.lwa_endpoint")))
        note = QLabel(self.tr("Credentials (LWA client id, secret and refresh token) live in the OS keyring: "
                              "set them with `station config credentials`."))
        note.setWordWrap(True)
        form.addRow(note)
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        self.test_button.clicked.connect(self._test_connection)
        form.addRow(self.test_button, self.test_result)
        return page

    def _test_connection(self) -> None:
        """station.amazon.connection.check_connection on the pool, with the values on this page."""
        try:
            from station.amazon.connection import check_connection
            from station.amazon.credentials import load_credentials
        except ImportError:
            self.test_result.setText(self.tr("This build cannot test the connection."))
            return
        values = self.values()

        class _Edited:  # the settings as they would be saved, without saving them
            def __init__(self, settings: Settings) -> None:
                self.settings = settings

            def get(self, key: str):
                return values.get(key, self.settings.get(key))

        edited = _Edited(self.settings)
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing ..."))

        def done(report) -> None:
            self.test_button.setEnabled(True)
            ok = getattr(report, "ok", False)
            self.test_result.setText((self.tr("OK: ") if ok else self.tr("Problem: "))
                                     + translate_message(str(getattr(report, "message", report))))
            self.test_result.setStyleSheet("color:#1b7f2a;" if ok else "color:#b00020; font-weight:bold;")

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(self.tr("Problem: ") + translate_message(str(exc)))

        if self.pool is None:
            from station.ui.tasks import Pool

            self.pool = Pool(self, max_threads=1)
        self.pool.run(lambda: check_connection(edited, load_credentials()), done, failed)

    def _devices(self) -> QWidget:
        """The devices engineer's page (station.ui.devices_page) when this build has it."""
        try:
            module = importlib.import_module("station.ui.devices_page")
            factory = getattr(module, "DevicesPage")
        except (ImportError, AttributeError):
            page = QWidget()
            layout = QVBoxLayout(page)
            label = QLabel(self.tr("Scanner: keyboard wedge (timing above, on the General page).\n"
                                   "Printers and scale: set them with `station config set printers.label URI` and "
                                   "`station config set scale URI`."))
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addStretch(1)
            return page
        return factory(self.settings, self.print_queue, self)

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        self.fields[key] = widget
        form.addRow(label, widget)

    # -- saving ---------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        values: dict[str, object] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                values[key] = widget.text().strip()
            elif isinstance(widget, QComboBox):
                values[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                values[key] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                values[key] = widget.value()
        return values

    def _audit(self, changes: dict) -> None:
        """Settings changes go to the audit log, off the GUI thread (the store may be a remote PostgreSQL)."""
        store = self.context.store if self.context is not None else None
        if not changes or store is None or self.pool is None:
            return
        from station.store.audit import AuditLog

        log = AuditLog(store, self.context.station_name)
        self.pool.run(lambda: log.settings_changed(self.operator, changes, self.approver))

    def _save(self) -> None:
        changed = {k: v for k, v in self.values().items() if v != self.settings.get(k)}
        try:
            for key, value in changed.items():
                KEYS[key].parse(value) if isinstance(value, str) and value else None
            before = {key: self.settings.get(key) for key in changed}
            self.settings.update(changed)
        except (SettingsError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Settings not saved"), str(exc))
            return
        self._audit({key: (before[key], value) for key, value in changed.items()})
        page = self.pages.widget(2)
        apply = getattr(page, "apply", None)
        if callable(apply):
            apply()
        self.accept()
