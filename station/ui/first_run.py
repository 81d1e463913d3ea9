"""The first-run setup page: what a new bench sees once, before its first scan.

Four short steps, every one skippable: try the demo or set up; connect to Amazon (credentials to
the OS keyring, a live connection test answered in plain words); label and slip printers with a
test print; a scanner test field. ``finished`` says what to do next:

    page = FirstRunPage(ctx)
    page.finished.connect(lambda outcome: ...)   # "demo" or "configured"

"configured" is emitted after the settings file was written, so the next start opens straight
into the scan-ready window (``needs_first_run`` is False from then on). "demo" writes nothing:
the next normal start shows this page again.

Network and printing run on a worker thread (station.ui.tasks.Pool); results come back by signal.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from station.settings import MARKETPLACES, SettingsError
from station.ui.messages import translate_message

log = logging.getLogger(__name__)

OUTCOME_DEMO = "demo"
OUTCOME_CONFIGURED = "configured"
PAPER_INCHES = {"letter": (8.5, 11.0), "a4": (8.27, 11.69), "4x6": (4.0, 6.0)}
MARKETPLACE_NAMES = {  # country names in the packer's language (tr() at display)
    "US": QT_TRANSLATE_NOOP("FirstRun", "United States"),
    "CA": QT_TRANSLATE_NOOP("FirstRun", "Canada"),
    "MX": QT_TRANSLATE_NOOP("FirstRun", "Mexico"),
    "BR": QT_TRANSLATE_NOOP("FirstRun", "Brazil"),
    "UK": QT_TRANSLATE_NOOP("FirstRun", "United Kingdom"),
    "DE": QT_TRANSLATE_NOOP("FirstRun", "Germany"),
    "FR": QT_TRANSLATE_NOOP("FirstRun", "France"),
    "IT": QT_TRANSLATE_NOOP("FirstRun", "Italy"),
    "ES": QT_TRANSLATE_NOOP("FirstRun", "Spain"),
    "NL": QT_TRANSLATE_NOOP("FirstRun", "Netherlands"),
    "JP": QT_TRANSLATE_NOOP("FirstRun", "Japan"),
    "AU": QT_TRANSLATE_NOOP("FirstRun", "Australia"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


def needs_first_run(ctx) -> bool:
    """True for a station that was never configured: no settings file, not the demo, and no
    credentials given by environment (a headless or test station is configured that way)."""
    if ctx.demo or os.environ.get("STATION_SKIP_FIRST_RUN") == "1":
        return False
    if any(os.environ.get(name) for name in ("STATION_LWA_CLIENT_ID", "STATION_LWA_REFRESH_TOKEN")):
        return False
    return not ctx.settings.exists


class _Overrides:
    """Settings as they would be with the values typed on this page (for the connection test)."""

    def __init__(self, settings, values: dict[str, Any]) -> None:
        self._settings, self._values = settings, values

    def get(self, name: str) -> Any:
        return self._values[name] if name in self._values else self._settings.get(name)


def print_test_page(uri: str, role: str, fmt: str = "zpl203", paper: str = "letter") -> str:
    """Send a test label (``role`` "label", in ``fmt``) or a test page (``role`` "slip", on ``paper``)
    to the printer at ``uri``. Returns a plain sentence; raises with a plain message when it fails."""
    from station.devices.printers import PDF, PNG, ZPL, make_printer
    from station.documents.testlabel import test_label, test_label_pdf

    printer = make_printer(uri)
    printer.check()
    if role == "label":
        data = test_label(fmt, note="Packing Station test label")
        content_type = ZPL if fmt.startswith("zpl") else PDF if fmt == "pdf" else PNG
        title = "station-test-label"
    else:
        width, height = PAPER_INCHES[paper]
        data = test_label_pdf(width, height, note="Packing Station test page (packing slips)")
        content_type, title = PDF, "station-test-slip"
    where = printer.send(data, content_type, title=title)
    sent_to = f" ({where})" if where and isinstance(where, os.PathLike) else ""
    return tr("Test sent to {printer}{where}. Check that it came out whole and the barcode is sharp.").format(
        printer=printer.uri.describe, where=sent_to)


def printer_choices(data_dir) -> list[tuple[str, str]]:
    """(label, URI) pairs offered in the printer lists: this computer's printers and a folder."""
    choices: list[tuple[str, str]] = []
    try:
        if sys.platform == "win32":
            from PySide6.QtPrintSupport import QPrinterInfo

            for name in QPrinterInfo.availablePrinterNames():
                choices.append((name, f"windows:{name}"))
        else:
            from station.devices.printers import cups_queues

            choices += [(queue, f"cups:{queue}") for queue in cups_queues()]
    except Exception:  # noqa: BLE001 - no printer system: the list just has the folder and a typed address
        log.info("printer list unavailable", exc_info=True)
    choices.append((tr("No printer: save to a folder"), f"file:{data_dir / 'printed'}"))
    return choices


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FirstRunPage(QWidget):
    """The setup page; put it in the main window's place (or a window of its own) on a new station."""

    finished = Signal(str)  # OUTCOME_DEMO or OUTCOME_CONFIGURED
    STEPS = ("welcome", "amazon", "printers", "scanner")

    def __init__(self, ctx, parent: QWidget | None = None, pool=None) -> None:
        super().__init__(parent)
        from station.ui.tasks import Pool

        self.setObjectName("firstRunPage")
        self.ctx = ctx
        self.settings = ctx.settings
        self.pool = pool or Pool(self, max_threads=2)
        self.values: dict[str, Any] = {}  # settings to write on finish
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        if self.settings.problem:
            layout.addWidget(_note(translate_message(self.settings.problem)))
        layout.addWidget(self.stack)
        for build in (self._welcome, self._amazon, self._printers, self._scanner):
            self.stack.addWidget(build())
        self.pool.run(lambda: printer_choices(ctx.data_dir), self._fill_printers, lambda exc: None)

    # -- navigation ----------------------------------------------------------------------------
    @property
    def step(self) -> str:
        return self.STEPS[self.stack.currentIndex()]

    def go(self, step: str) -> None:
        self.stack.setCurrentIndex(self.STEPS.index(step))

    def _nav(self, on_next: Callable[[], bool] | None, next_step: str | None, last: bool = False) -> QHBoxLayout:
        row = QHBoxLayout()
        back = QPushButton(tr("Back"))
        back.clicked.connect(lambda: self.stack.setCurrentIndex(max(0, self.stack.currentIndex() - 1)))
        skip = QPushButton(tr("Skip this step"))
        skip.setObjectName("skip")
        forward = QPushButton(tr("Finish and start packing") if last else tr("Next"))
        forward.setObjectName("next")
        forward.setDefault(True)

        def advance(save: bool) -> None:
            if save and on_next is not None and not on_next():
                return
            if last:
                self.finish()
            else:
                self.go(next_step)

        skip.clicked.connect(lambda: advance(False))
        forward.clicked.connect(lambda: advance(True))
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(skip)
        row.addWidget(forward)
        return row

    def finish(self) -> None:
        """Write the settings file (even with nothing chosen: the station is now set up) and say so."""
        try:
            self.settings.update(self.values)
        except SettingsError as exc:
            self.scanner_result.setText(str(exc))
            return
        self.settings.save()
        log.info("first-run setup finished")
        self.finished.emit(OUTCOME_CONFIGURED)

    # -- step 0: welcome -----------------------------------------------------------------------
    def _welcome(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(tr("Welcome to Packing Station")))
        layout.addWidget(_note(tr("Try it first with practice orders, or set up this bench: Amazon account, "
                                  "printers and scanner. Every step can be skipped and changed later in "
                                  "Settings.")))
        demo = QPushButton(tr("Try the demo (practice orders, nothing sent to Amazon)"))
        demo.setObjectName("demo")
        demo.setMinimumHeight(56)
        demo.clicked.connect(lambda: self.finished.emit(OUTCOME_DEMO))
        setup = QPushButton(tr("Set up this station"))
        setup.setObjectName("setup")
        setup.setMinimumHeight(56)
        setup.setDefault(True)
        setup.clicked.connect(lambda: self.go("amazon"))
        later = QPushButton(tr("Skip setup for now"))
        later.setObjectName("skipAll")
        later.clicked.connect(self.finish)
        self.station_name = QLineEdit(self.settings.get("station.name"))
        self.station_name.setObjectName("stationName")
        self.station_name.setPlaceholderText(tr("e.g. Bench 1 (default: this computer's name)"))
        self.station_name.textChanged.connect(lambda text: self._remember("station.name", text.strip()))
        form = QFormLayout()
        form.addRow(tr("Name of this bench"), self.station_name)
        layout.addLayout(form)
        layout.addWidget(demo)
        layout.addWidget(setup)
        layout.addStretch(1)
        layout.addWidget(later, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _remember(self, key: str, value: Any) -> None:
        if value in ("", None):
            self.values.pop(key, None)
        else:
            self.values[key] = value

    # -- step 1: Amazon --------------------------------------------------------------------------
    def _amazon(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(tr("Connect to Amazon")))
        layout.addWidget(_note(tr("From Seller Central > Apps and Services > Develop Apps: the LWA client id "
                                  "and client secret of your app, and the refresh token you got when you "
                                  "authorised it. They are kept in this computer's password store, never in "
                                  "a file.")))
        form = QFormLayout()
        self.client_id = QLineEdit()
        self.client_id.setObjectName("clientId")
        self.client_secret = QLineEdit()
        self.client_secret.setObjectName("clientSecret")
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.refresh_token = QLineEdit()
        self.refresh_token.setObjectName("refreshToken")
        self.refresh_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.marketplace = QComboBox()
        self.marketplace.setObjectName("marketplace")
        for market_id, country in MARKETPLACES.items():
            name = tr(MARKETPLACE_NAMES[country]) if country in MARKETPLACE_NAMES else country
            self.marketplace.addItem(f"{name} ({market_id})", market_id)
        self.marketplace.setCurrentIndex(self.marketplace.findData(self.settings.get("amazon.marketplace")))
        form.addRow(tr("LWA client id"), self.client_id)
        form.addRow(tr("LWA client secret"), self.client_secret)
        form.addRow(tr("Refresh token"), self.refresh_token)
        form.addRow(tr("Marketplace"), self.marketplace)
        layout.addLayout(form)

        advanced = QCheckBox(tr("Show advanced settings (other endpoints, for testing)"))
        advanced.setObjectName("advanced")
        box = QGroupBox()
        box.setVisible(False)
        advanced.toggled.connect(box.setVisible)
        box_form = QFormLayout(box)
        self.endpoint = QLineEdit(self.settings.get("amazon.endpoint"))
        self.endpoint.setObjectName("endpoint")
        self.lwa_endpoint = QLineEdit(self.settings.get("amazon.lwa_endpoint"))
        self.lwa_endpoint.setObjectName("lwaEndpoint")
        box_form.addRow(tr("SP-API endpoint"), self.endpoint)
        box_form.addRow(tr("LWA token URL"), self.lwa_endpoint)
        layout.addWidget(advanced)
        layout.addWidget(box)

        self.test_connection = QPushButton(tr("Test the connection"))
        self.test_connection.setObjectName("testConnection")
        self.test_connection.clicked.connect(self._test_connection)
        self.connection_result = _note()
        self.connection_result.setObjectName("connectionResult")
        layout.addWidget(self.test_connection, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.connection_result)
        layout.addStretch(1)
        layout.addLayout(self._nav(self._save_amazon, "printers"))
        return page

    def _amazon_values(self) -> dict[str, Any]:
        from station.amazon.client import REGION_OF_MARKETPLACE

        market = self.marketplace.currentData()
        return {"amazon.marketplace": market, "amazon.region": REGION_OF_MARKETPLACE.get(market, "NA"),
                "amazon.endpoint": self.endpoint.text().strip().rstrip("/"),
                "amazon.lwa_endpoint": self.lwa_endpoint.text().strip()}

    def _credentials(self):
        from station.amazon.credentials import Credentials

        return Credentials(self.client_id.text().strip(), self.client_secret.text().strip(),
                           self.refresh_token.text().strip())

    def _checked_amazon_values(self) -> dict[str, Any] | None:
        from station.settings import KEYS

        values = self._amazon_values()
        try:
            for key in ("amazon.endpoint", "amazon.lwa_endpoint"):
                values[key] = KEYS[key].parse(values[key])
        except SettingsError as exc:
            self.connection_result.setText(tr("The endpoint {problem}.").format(problem=exc))
            return None
        return values

    def _test_connection(self) -> None:
        from station.amazon.connection import check_connection

        values = self._checked_amazon_values()
        if values is None:
            return
        creds = self._credentials()
        overrides = _Overrides(self.settings, values)
        self.test_connection.setEnabled(False)
        self.connection_result.setText(tr("Asking Amazon …"))

        def done(report) -> None:
            self.test_connection.setEnabled(True)
            self.connection_result.setText(("✔ " if report.ok else "✘ ") + translate_message(report.message))

        def failed(exc: BaseException) -> None:
            self.test_connection.setEnabled(True)
            self.connection_result.setText(tr("✘ The test could not run: {reason}").format(
                reason=exc.__class__.__name__))

        self.pool.run(lambda: check_connection(overrides, creds), done, failed)

    def _save_amazon(self) -> bool:
        from station.amazon.credentials import CredentialsError, store_credentials

        values = self._checked_amazon_values()
        if values is None:
            return False
        creds = self._credentials()
        if any((creds.client_id, creds.client_secret, creds.refresh_token)):
            try:
                store_credentials(creds)
            except CredentialsError as exc:
                self.connection_result.setText(f"✘ {translate_message(str(exc))}")
                return False
        self.values.update(values)
        return True

    # -- step 2: printers ------------------------------------------------------------------------
    def _printers(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(tr("Printers")))
        layout.addWidget(_note(tr("Pick a printer from the list, or type a network label printer as "
                                  "tcp://192.168.1.50:9100. Then print a test.")))
        self.label_printer = self._printer_box("labelPrinter", self.settings.get("printers.label"),
                                               "tcp://192.168.1.50:9100")
        self.label_format = QComboBox()
        self.label_format.setObjectName("labelFormat")
        for text, value in ((tr("Thermal ZPL, 203 dpi"), "zpl203"), (tr("Thermal ZPL, 300 dpi"), "zpl300"),
                            (tr("PDF (any printer)"), "pdf"), (tr("PNG image"), "png")):
            self.label_format.addItem(text, value)
        self.label_format.setCurrentIndex(self.label_format.findData(self.settings.get("label.format")))
        self.slip_printer = self._printer_box("slipPrinter", self.settings.get("printers.slip"), "cups:Office_Laser")
        self.slip_paper = QComboBox()
        self.slip_paper.setObjectName("slipPaper")
        for text, value in ((tr("Letter"), "letter"), (tr("A4"), "a4"), (tr("4 × 6 in label"), "4x6")):
            self.slip_paper.addItem(text, value)
        self.slip_paper.setCurrentIndex(self.slip_paper.findData(self.settings.get("slip.paper")))

        self.label_result, self.slip_result = _note(), _note()
        self.label_result.setObjectName("labelResult")
        self.slip_result.setObjectName("slipResult")
        test_label = QPushButton(tr("Print a test label"))
        test_label.setObjectName("testLabel")
        test_label.clicked.connect(lambda: self._test_print("label", test_label))
        test_slip = QPushButton(tr("Print a test page"))
        test_slip.setObjectName("testSlip")
        test_slip.clicked.connect(lambda: self._test_print("slip", test_slip))

        labels = QGroupBox(tr("Shipping labels"))
        form = QFormLayout(labels)
        form.addRow(tr("Printer"), self.label_printer)
        form.addRow(tr("Format"), self.label_format)
        form.addRow(test_label, self.label_result)
        slips = QGroupBox(tr("Packing slips"))
        form = QFormLayout(slips)
        form.addRow(tr("Printer"), self.slip_printer)
        form.addRow(tr("Paper"), self.slip_paper)
        form.addRow(test_slip, self.slip_result)
        layout.addWidget(labels)
        layout.addWidget(slips)
        layout.addStretch(1)
        layout.addLayout(self._nav(self._save_printers, "scanner"))
        return page

    def _printer_box(self, name: str, current: str, placeholder: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.lineEdit().setPlaceholderText(placeholder)
        box.setEditText(current)
        box.setMinimumContentsLength(32)
        return box

    def _fill_printers(self, choices: list[tuple[str, str]]) -> None:
        for box in (self.label_printer, self.slip_printer):
            typed = box.currentText()
            for text, uri in choices:
                if box.findData(uri) < 0:
                    box.addItem(f"{text}  —  {uri}", uri)
            box.setEditText(typed)

    @staticmethod
    def _uri_of(box: QComboBox) -> str:
        text = box.currentText().strip()
        index = box.findText(text)
        return box.itemData(index) if index >= 0 and box.itemData(index) else text

    def _printer_values(self) -> dict[str, Any] | dict[str, str]:
        from station.settings import KEYS

        values = {"printers.label": self._uri_of(self.label_printer), "label.format": self.label_format.currentData(),
                  "printers.slip": self._uri_of(self.slip_printer), "slip.paper": self.slip_paper.currentData()}
        for key in ("printers.label", "printers.slip"):
            try:
                values[key] = KEYS[key].parse(values[key])
            except SettingsError as exc:
                target = self.label_result if key == "printers.label" else self.slip_result
                target.setText(f"✘ {tr('The printer')} {exc}")
                raise
        return values

    def _test_print(self, role: str, button: QPushButton) -> None:
        result = self.label_result if role == "label" else self.slip_result
        try:
            values = self._printer_values()
        except SettingsError:
            return
        uri = values["printers.label" if role == "label" else "printers.slip"]
        if not uri:
            result.setText(tr("✘ Choose a printer first."))
            return
        button.setEnabled(False)
        result.setText(tr("Printing …"))

        def done(message: str) -> None:
            button.setEnabled(True)
            result.setText(f"✔ {translate_message(message)}")

        def failed(exc: BaseException) -> None:
            button.setEnabled(True)
            result.setText(f"✘ {translate_message(str(exc))}")

        self.pool.run(lambda: print_test_page(uri, role, values["label.format"], values["slip.paper"]), done, failed)

    def _save_printers(self) -> bool:
        try:
            values = self._printer_values()
        except SettingsError:
            return False
        for key, value in values.items():
            self._remember(key, value)
        return True

    # -- step 3: scanner -------------------------------------------------------------------------
    def _scanner(self) -> QWidget:
        from station.ui.scanner_test import ScannerTestField

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(tr("Scanner")))
        layout.addWidget(_note(tr("Scan a product or the order number on a packing slip. A USB scanner that "
                                  "types like a keyboard needs no setup; a serial scanner is chosen in Settings.")))
        # the devices team's test field: every key, its timing, and what is wrong in plain words
        self.scanner_test = ScannerTestField(max_key_gap_ms=int(self.settings.get("scanner.max_key_gap_ms")))
        self.scanner_test.setObjectName("scannerTest")
        self.scan_field = self.scanner_test.input
        font = QFont(self.scan_field.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.scan_field.setFont(font)
        self.scanner_test.scanned.connect(self._scanned)
        self.scanner_result = _note()
        self.scanner_result.setObjectName("scannerResult")
        layout.addWidget(self.scanner_test, 1)
        layout.addWidget(self.scanner_result)
        layout.addLayout(self._nav(None, None, last=True))
        return page

    def _scanned(self, report) -> None:
        """One line on top of the test field's details: does the code itself read right?"""
        from station.domain.barcodes import read_code

        text = report.text.rstrip("\r\n\t")
        if not text.strip():
            self.scanner_result.setText(tr("Nothing was read. Is the scanner plugged in and set to send Enter "
                                           "after each code?"))
            return
        code = read_code(text)
        if code.error:
            message = tr("Read “{text}”, but {problem}. Scan it again, slowly.").format(text=code.text,
                                                                                      problem=code.error)
        elif not report.ok:
            message = tr("✘ Read “{text}”, but the scanner needs a setting changed (see above).").format(
                text=code.text)
        elif code.gtin:
            message = tr("✔ The scanner works: read product code {text} (check digit correct).").format(
                text=code.text)
        else:
            message = tr("✔ The scanner works: read “{text}”.").format(text=code.text)
        self.scanner_result.setText(message)


def run_first_run(ctx, parent: QWidget | None = None) -> str | None:
    """Show the setup page in a window of its own until the user is done with it.

    Returns OUTCOME_DEMO, OUTCOME_CONFIGURED, or None when the window was closed without
    choosing (quit; nothing was written). Needs a QApplication; blocks in a local event loop."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtGui import QIcon

    from station.resourcefiles import resources_path

    page = FirstRunPage(ctx, parent)
    page.setWindowFlag(Qt.WindowType.Window, True)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    page.setWindowTitle(tr("Packing Station — set up this station"))
    icon = resources_path("icons/app/station.svg")
    if icon.exists():
        page.setWindowIcon(QIcon(str(icon)))
    page.resize(780, 580)
    outcome: dict[str, str | None] = {"value": None}
    loop = QEventLoop()

    def chosen(value: str) -> None:
        outcome["value"] = value
        loop.quit()

    page.finished.connect(chosen)
    page.destroyed.connect(loop.quit)
    original_close = page.closeEvent

    def close_event(event) -> None:
        original_close(event)
        loop.quit()

    page.closeEvent = close_event  # type: ignore[method-assign]
    page.show()
    loop.exec()
    page.pool.wait(10_000)
    page.hide()
    page.deleteLater()
    return outcome["value"]
