"""The first-run setup page, driven as a person would: clicks, typing, scans as key events."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from station.app import AppContext
from station.settings import Settings
from station.ui.first_run import OUTCOME_CONFIGURED, OUTCOME_DEMO, FirstRunPage, needs_first_run
from support.printers import RawPrinter, free_port


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in memory (the OS store is not ours to touch)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def ctx(tmp_path, monkeypatch):
    for name in ("STATION_LWA_CLIENT_ID", "STATION_LWA_CLIENT_SECRET", "STATION_LWA_REFRESH_TOKEN",
                 "STATION_SKIP_FIRST_RUN"):
        monkeypatch.delenv(name, raising=False)
    context = AppContext(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'station.db'}")
    yield context
    context.close()


@pytest.fixture
def page(qtbot, ctx):
    widget = FirstRunPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    yield widget
    widget.pool.wait(10_000)


def _click(page: FirstRunPage, name: str) -> None:
    buttons = [b for b in page.stack.currentWidget().findChildren(QPushButton, name)]
    assert buttons, f"no button {name} on step {page.step}"
    buttons[0].click()


def test_needs_first_run_only_on_a_new_station(ctx, monkeypatch):
    assert needs_first_run(ctx)
    monkeypatch.setenv("STATION_LWA_CLIENT_ID", "x")  # a headless station configured by environment
    assert not needs_first_run(ctx)
    monkeypatch.delenv("STATION_LWA_CLIENT_ID")
    ctx.settings.set("station.name", "bench-1")
    assert not needs_first_run(ctx)


def test_demo_choice_writes_nothing(page, qtbot, ctx):
    with qtbot.waitSignal(page.finished) as signal:
        _click(page, "demo")
    assert signal.args == [OUTCOME_DEMO]
    assert not (ctx.data_dir / "settings.json").exists()


def test_every_step_can_be_skipped(page, qtbot, ctx):
    _click(page, "setup")
    assert page.step == "amazon"
    _click(page, "skip")
    assert page.step == "printers"
    _click(page, "skip")
    assert page.step == "scanner"
    with qtbot.waitSignal(page.finished) as signal:
        _click(page, "skip")
    assert signal.args == [OUTCOME_CONFIGURED]
    assert Settings(ctx.data_dir).exists and not needs_first_run(AppContext(ctx.data_dir, ctx.database_url))


def test_skip_setup_at_once(page, qtbot, ctx):
    qtbot.keyClicks(page.station_name, "Bench 4")
    with qtbot.waitSignal(page.finished):
        _click(page, "skipAll")
    assert Settings(ctx.data_dir).get("station.name") == "Bench 4"


@pytest.fixture
def sandbox():
    from station.amazon.sandbox import start_in_thread

    handle = start_in_thread(orders=5, seed=3)
    yield handle
    handle.stop()


def _connect_form(page, sandbox, client_id: str) -> None:
    page.findChild(QPushButton, "setup").click()
    page.client_id.setText(client_id)
    page.client_secret.setText("amzn1.oa2-cs.v1.secret-from-the-test")
    page.refresh_token.setText("Atzr|refresh-from-the-test")
    page.endpoint.setText(sandbox.url)
    page.lwa_endpoint.setText(sandbox.lwa_url)


def test_amazon_connection_test_in_plain_words_and_credentials_to_the_keyring(page, qtbot, ctx, sandbox,
                                                                                memory_keyring):
    _connect_form(page, sandbox, "invalid")
    page.test_connection.click()
    qtbot.waitUntil(lambda: page.connection_result.text().startswith("✘"), timeout=30_000)
    assert "client id" in page.connection_result.text()

    page.client_id.setText("amzn1.application-oa2-client.test")
    page.test_connection.click()
    qtbot.waitUntil(lambda: page.connection_result.text().startswith(("✔", "✘")) and page.test_connection.isEnabled(),
                    timeout=30_000)
    assert page.connection_result.text().startswith("✔ Connected"), page.connection_result.text()

    _click(page, "next")
    assert page.step == "printers"
    assert memory_keyring.passwords[("station-sp-api", "refresh_token")] == "Atzr|refresh-from-the-test"
    assert memory_keyring.passwords[("station-sp-api", "client_secret")] == "amzn1.oa2-cs.v1.secret-from-the-test"
    page.go("scanner")
    with qtbot.waitSignal(page.finished):
        _click(page, "next")
    saved = (ctx.data_dir / "settings.json").read_text()
    assert sandbox.url in saved and "secret-from-the-test" not in saved and "refresh-from-the-test" not in saved


def test_bad_endpoint_is_a_message_not_a_crash(page, qtbot, sandbox):
    _connect_form(page, sandbox, "amzn1.application-oa2-client.test")
    page.endpoint.setText("not a url")
    page.test_connection.click()
    assert "http" in page.connection_result.text()
    _click(page, "next")
    assert page.step == "amazon"


def test_test_prints_reach_the_printers(page, qtbot, ctx, tmp_path):
    printer = RawPrinter()
    try:
        page.go("printers")
        page.label_printer.setEditText(f"tcp://127.0.0.1:{printer.port}")
        page.slip_printer.setEditText(f"file:{tmp_path / 'slips'}")
        page.slip_paper.setCurrentIndex(page.slip_paper.findData("a4"))
        page.findChild(QPushButton, "testLabel").click()
        qtbot.waitUntil(lambda: page.label_result.text().startswith(("✔", "✘")), timeout=20_000)
        assert page.label_result.text().startswith("✔"), page.label_result.text()
        qtbot.waitUntil(lambda: any(b"^XZ" in job for job in printer.jobs), timeout=10_000)
        assert printer.jobs[-1].lstrip().startswith(b"^XA")

        page.findChild(QPushButton, "testSlip").click()
        qtbot.waitUntil(lambda: page.slip_result.text().startswith(("✔", "✘")), timeout=20_000)
        assert page.slip_result.text().startswith("✔"), page.slip_result.text()
        pdfs = list((tmp_path / "slips").glob("*.pdf"))
        assert len(pdfs) == 1 and pdfs[0].read_bytes().startswith(b"%PDF")

        _click(page, "next")
        assert page.step == "scanner"
        with qtbot.waitSignal(page.finished):
            _click(page, "next")
        settings = Settings(ctx.data_dir)
        assert settings.get("printers.label") == f"tcp://127.0.0.1:{printer.port}"
        assert settings.get("slip.paper") == "a4"
    finally:
        printer.close()


def test_a_printer_that_is_not_there_says_so(page, qtbot):
    port = free_port()  # nothing listens there
    page.go("printers")
    page.label_printer.setEditText(f"tcp://127.0.0.1:{port}")
    page.findChild(QPushButton, "testLabel").click()
    qtbot.waitUntil(lambda: page.label_result.text().startswith(("✔", "✘")), timeout=20_000)
    assert page.label_result.text().startswith("✘") and str(port) in page.label_result.text()
    page.label_printer.setEditText("lpt1")
    _click(page, "next")
    assert page.step == "printers" and "printer" in page.label_result.text().lower()


def test_scanner_field_reads_a_scan(page, qtbot):
    page.go("scanner")
    page.scan_field.setFocus()
    qtbot.keyClicks(page.scan_field, "0012345678905")
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert "0012345678905" in page.scanner_result.text() and page.scanner_result.text().startswith("✔")
    assert page.scanner_test.reports[-1].ok and page.scanner_test.reports[-1].suffix == "Enter"
    qtbot.keyClicks(page.scan_field, "0012345678900")  # wrong check digit
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.scanner_result.text().startswith("Read") and "again" in page.scanner_result.text()
    assert page.scan_field.text() == ""


def test_corrupt_settings_are_explained_on_the_page(qtbot, tmp_path):
    (tmp_path / "settings.json").write_text("{not json")
    context = AppContext(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'station.db'}")
    assert needs_first_run(context)  # set aside: this station starts over
    widget = FirstRunPage(context)
    qtbot.addWidget(widget)
    notes = [label.text() for label in widget.findChildren(QLabel)]
    assert any("set aside" in text for text in notes)
    widget.pool.wait(10_000)


def test_run_first_run_returns_the_choice(qtbot, ctx):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from station.ui.first_run import run_first_run

    def click_demo() -> None:
        pages = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunPage) and w.isVisible()]
        assert pages
        pages[0].findChild(QPushButton, "demo").click()

    QTimer.singleShot(200, click_demo)
    assert run_first_run(ctx) == OUTCOME_DEMO


def test_run_first_run_closed_window_means_quit(qtbot, ctx):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from station.ui.first_run import run_first_run

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, FirstRunPage) and widget.isVisible():
                widget.close()

    QTimer.singleShot(200, close)
    assert run_first_run(ctx) is None
    assert not (ctx.data_dir / "settings.json").exists()
