"""Issue 10, item 4: every window in fr_CA and es_MX, and no English left in them.

Each window is built twice, in English and in the locale, in the same states (queue, an open order,
the wrong-item stop, complete, shipped, every settings page, first run, sign-in, supervisor approval,
audit log, label history, the cancelled-label alarm). Every text a person can read is collected
(labels, buttons, group titles, tabs, placeholders, table headers and cells, combo items, menus and
actions, window titles, tooltips) and cut into phrases; a phrase of the localised window that is also
a phrase of the English one (or an English source text of the catalogue) fails the test, unless it
holds no words (numbers, codes, URIs) or is data or a proper noun (order ids, SKUs, product titles,
names, "Amazon", "ZPL" ...).
"""

from __future__ import annotations

import ast
import itertools
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QListWidget, QMenu, QPlainTextEdit, QTabWidget, QWidget)

from station import i18n
from station.resourcefiles import resources_path

LOCALES = ("fr_CA", "es_MX")

# Words and names that stay as they are in French and Spanish (proper nouns, codes, units, cognates).
KEEP = {
    "amazon", "zpl", "pdf", "png", "ups", "usps", "fedex", "dhl", "canada post", "estafeta", "csv", "sku", "asin",
    "fnsku", "gtin", "upc", "ean", "cups", "qwerty", "azerty", "qwertz", "dpi", "baud", "ms", "g", "kg", "lb", "oz",
    "sp-api", "lwa", "ok", "cr", "usb", "id", "bench-ui", "demo seller", "x", "ctrl", "f1", "f2", "f3", "f5",
    "enter", "tab", "prime", "seller central", "wedge", "none",  # key names, Amazon terms, setting values
    "english", "français", "español", "méxico", "canada",  # each language named in itself ("Français (Canada)")
}
# Words that are spelled the same in the locale (checked only there)
SAME = {
    "fr_CA": {"action", "canada", "france", "format", "code", "image", "total", "note", "message", "options",
              "transport", "date", "normal", "info", "audio", "documents", "europe"},
    "es_MX": {"general", "australia", "supervisor", "s&upervisor", "total", "normal", "error", "sku", "skus",
              "audio", "color"},
}
# Phrases of data, not of the UI (seeded orders and products, operators)
DATA_WORDS = re.compile(r"^(Product \d+ with a long descriptive title|Zoë Tremblay|Sam Supervisor|Ana Packer)$")


# -- collecting what a person can read ---------------------------------------------------------------
def _plain(text: str) -> str:
    if "<" in text and re.search(r"</?[a-zA-Z][^>]*>", text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return re.sub(r"&(?!&)", "", text).replace("&&", "&")


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out, root = [], QModelIndex()
    columns, rows = model.columnCount(root), model.rowCount(root)
    for c in range(columns):
        out.append(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        out.append(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
    for r in range(min(rows, 30)):
        for c in range(columns):
            index = model.index(r, c)
            out.append(model.data(index, Qt.ItemDataRole.DisplayRole))
            out.append(model.data(index, Qt.ItemDataRole.ToolTipRole))
    # the audit log's details are its JSON record (codes and values, as exported), not sentences
    return [str(t) for t in out if isinstance(t, str) and not t.startswith("{")]


def _actions(widget: QWidget, seen: set) -> list[str]:
    out = []
    for action in widget.actions():
        if id(action) in seen:
            continue
        seen.add(id(action))
        out += [action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""]
        menu = action.menu()
        if isinstance(menu, QMenu):
            out.append(menu.title())
            out += _actions(menu, seen)
    return out


def readable_texts(top: QWidget) -> list[str]:
    texts: list[str] = []
    seen: set = set()
    for w in [top, *top.findChildren(QWidget)]:
        if w.isWindow():
            texts.append(w.windowTitle())
        texts.append(w.toolTip())
        texts.append(w.accessibleName())
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QPlainTextEdit):
            texts.append(w.toPlainText())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())] + [w.tabToolTip(i) for i in range(w.count())]
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and not isinstance(w.parent(), QComboBox):
            texts += _model_texts(w)
        texts += _actions(w, seen)
    return [_plain(t) for t in texts if t]


_SPLIT = re.compile(r"\n|(?<=[.!?…])\s+|:\s+|\s+[-–—]+\s+|[()\[\]{};•|\"“”«»]|\.\.\.|…|,\s+")


def _is_word_free(phrase: str, same: frozenset = frozenset()) -> bool:
    """Numbers, codes, URIs, ids, allowed names: nothing to translate."""
    words = []
    for token in re.split(r"\s+", phrase):
        token = token.strip(".,:;!?'’")
        if not token or re.search(r"[\d:/_@=\\]", token) or token.casefold() in KEEP | same:
            continue
        if re.fullmatch(r"[A-Z]{2,}-[A-Z0-9-]+|CMD:[A-Z-]+|[A-Z]{2}", token):  # SKUs, commands, country codes
            continue
        if re.fullmatch(r"\W+|\w", token):  # punctuation, a lone letter ("label(s)")
            continue
        words.append(token)
    return not words or phrase.casefold() in KEEP | same or bool(DATA_WORDS.match(phrase))


def phrases(texts: list[str], locale: str = "") -> set[str]:
    same = frozenset(SAME.get(locale, ()))
    out = set()
    for text in texts:
        for part in _SPLIT.split(text):
            part = part.strip(" .,:;!?'’-")
            if part and not _is_word_free(part, same):
                out.add(part)
    return out


def catalogue_sources() -> set[str]:
    """English phrases of every catalogue entry without placeholders (what a forgotten tr() would show)."""
    tree = ET.parse(resources_path("translations/station_fr_CA.ts"))
    sources = [m.findtext("source") or "" for m in tree.iter("message")]
    return phrases([re.sub(r"\{\w+\}", "\n", s) for s in sources])


def english_left(localised: list[str], english: list[str], locale: str, data: list[str] = ()) -> list[str]:
    """Phrases of the localised texts that are English; ``data``: texts that are data, not UI."""
    reference = (phrases(english) | catalogue_sources()) - phrases(list(data))
    return sorted(p for p in phrases(localised, locale) if p in reference)


# -- fixtures --------------------------------------------------------------------------------------
@pytest.fixture
def locale_switch(qapp):
    """use(locale) installs the translators; English again afterwards (the QApplication is shared)."""
    yield i18n.install
    i18n.install("en")


def _seeded_ctx(folder: Path):
    from station.app import AppContext
    from station.store.db import open_store
    from support.orders import seed_orders

    folder.mkdir(parents=True)
    store = open_store(f"sqlite:///{folder / 'station.db'}")
    orders, products = seed_orders(store)
    (folder / "data").mkdir()
    ctx = AppContext(data_dir=folder / "data", database_url=store.url, _store=store)
    ctx.settings.set("station.name", "bench-ui")
    return ctx, orders, products


def _walk_main_window(qtbot, scanner, ctx, orders, products) -> list[str]:
    """The main window through its states; returns every text seen on the way."""
    from station.ui.app import start_window
    from station.ui.settings_dialog import SettingsDialog

    from station.ui.operators_ui import attach_operators

    running = start_window(ctx, queue_refresh_ms=0)
    window = running.window
    qtbot.addWidget(window)
    attach_operators(window, ctx)  # the Supervisor menu (no operators yet: no sign-in dialog)
    seen: list[str] = []

    def settle() -> None:
        qtbot.waitUntil(lambda: running.controller.pending == 0, timeout=10_000)

    try:
        qtbot.waitUntil(lambda: window.is_ready, timeout=10_000)
        qtbot.waitUntil(lambda: window.queue_view.model.rowCount() > 0, timeout=10_000)
        seen += readable_texts(window)  # the queue
        mine, other = orders
        scanner.scan(mine.order_id)
        settle()
        seen += readable_texts(window)  # an open order
        scanner.scan(products[other.lines[0].sku].barcodes[0])  # wrong item: the full-window stop
        settle()
        assert window.overlay.isVisible()
        scanner.scan(products[mine.lines[0].sku].barcodes[0])  # refused while stopped
        settle()
        seen += readable_texts(window)
        scanner.scan("CMD:ACK")
        settle()
        for line in mine.lines:
            for _ in range(line.quantity - line.scanned):
                scanner.scan(products[line.sku].barcodes[0])
                settle()
        seen += readable_texts(window)  # complete
        scanner.scan(products[mine.lines[0].sku].barcodes[0])  # extra unit
        settle()
        seen += readable_texts(window)
        scanner.scan("CMD:ACK")
        settle()
        scanner.enter(gap_ms=1500)  # confirm without a ship service: packed
        settle()
        seen += readable_texts(window)
        dialog = SettingsDialog(ctx.settings, ctx, window)
        qtbot.addWidget(dialog)
        seen += readable_texts(dialog)  # every page: the tab widget holds them all
        dialog.close()
    finally:
        running.shutdown()
        window.close()
    return seen


def _walk_dialogs(qtbot, ctx) -> list[str]:
    from station.devices.scantest import analyse
    from station.security.roles import Action, Role
    from station.services.operators import Operators
    from station.store.audit import AuditAction, AuditLog
    from station.ui.audit_view import AuditView
    from station.ui.devices_page import DevicesPage
    from station.ui.error_overlay import ErrorOverlay
    from station.ui.first_run import FirstRunPage
    from station.ui.scanner_test import ScannerTestField
    from station.ui.signin import SignInDialog
    from station.ui.supervisor import SupervisorApprovalDialog

    ops = Operators(ctx.store, "bench-ui")
    sam = ops.create("Sam Supervisor", Role.SUPERVISOR, pin="4821", badge="BADGE:sam-0001")
    ana = ops.create("Ana Packer", Role.PACKER, pin="5930", badge="BADGE:ana-0001", by=sam)
    AuditLog(ctx.store, "bench-ui").record(AuditAction.SIGN_IN, "Ana Packer")
    seen: list[str] = []

    widgets: list[QWidget] = []
    signin = SignInDialog(ops)
    widgets.append(signin)
    qtbot.addWidget(signin)
    qtbot.waitUntil(lambda: signin.names.count() == 2)
    for action in (Action.SKIP_UNIT, Action.ACK_WRONG_ITEM, Action.PARTIAL_SHIPMENT, Action.VOID):
        approval = SupervisorApprovalDialog(ops, action, ana, "113-1234567-1234567", timeout_s=0)
        qtbot.addWidget(approval)
        widgets.append(approval)
    audit = AuditView(ctx.store, "bench-ui", sam)
    qtbot.addWidget(audit)
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0)
    widgets.append(audit)
    denied = AuditView(ctx.store, "bench-ui", ana)
    qtbot.addWidget(denied)
    widgets.append(denied)
    first = FirstRunPage(ctx)
    qtbot.addWidget(first)
    widgets.append(first)
    devices = DevicesPage(ctx.settings, find_printers=lambda: [], find_ports=lambda: [])
    qtbot.addWidget(devices)
    widgets.append(devices)
    field = ScannerTestField(40, expected="0123456789")
    qtbot.addWidget(field)
    field._show(analyse([("0", 0.0), ("1", 0.2), ("\t", 0.25)], 40, "0123456789"), "keyboard")
    field._show(analyse([(c, i * 0.001) for i, c in enumerate("0123456789\r")], 40, "0123456789"), "keyboard")
    widgets.append(field)
    host = QWidget()
    qtbot.addWidget(host)
    overlay = ErrorOverlay(host)
    overlay.show_error("WRONG ITEM: SKU-1 is not in this order")
    overlay.note_refused("0123456789012")
    widgets.append(host)
    for widget in widgets:
        seen += readable_texts(widget)
    return seen


def _walk_shipping(qtbot, scanner, folder: Path) -> tuple[list[str], list[str]]:
    """Buy Shipping against the SP-API sandbox through the window: the shipped state, the Shipping
    menu, the label history and the cancelled-label alarm. Returns (texts seen, data texts)."""
    from support.ship import make_api, packable, sync_into

    from station.amazon.sandbox import start_in_thread
    from station.app import AppContext
    from station.devices.printqueue import PrintQueue
    from station.services.ship import CancelAlert, ShipConfig, ShipService
    from station.store.db import open_store
    from station.store.repositories import OrderRepository
    from station.ui.app import start_window
    from station.ui.ship_widgets import CancelledLabelAlarm, LabelHistoryDialog, attach_ship_ui

    folder.mkdir(parents=True)
    sandbox = start_in_thread(orders=30, seed=8, timeline=False)
    store = open_store(f"sqlite:///{folder / 'station.db'}")
    seen: list[str] = []
    try:
        sync_into(store, sandbox)
        data = [entry["title"] for entry in sandbox.sandbox.catalog_json()]
        data_dir = folder / "data"
        data_dir.mkdir()
        ctx = AppContext(data_dir=data_dir, database_url=store.url, _store=store)
        ctx.settings.update({"station.name": "bench-ui", "seller.name": "Demo Seller",
                             "seller.return_address": "2100 Dock St|Tacoma, WA 98421|US",
                             "printers.label": f"file:{folder / 'labels'}",
                             "printers.slip": f"file:{folder / 'slips'}"})
        running = start_window(ctx, queue_refresh_ms=0)
        window = running.window
        qtbot.addWidget(window)
        try:
            qtbot.waitUntil(lambda: window.is_ready, timeout=10_000)
            ship = ShipService(store, lambda: make_api(sandbox), PrintQueue(store, ctx.settings, station="bench-ui"),
                               ShipConfig.load(ctx.settings, data_dir), station="bench-ui")
            ship.install(running.controller.bench)
            attach_ship_ui(window, ship)
            order = packable(store)[0]
            with store.session() as db:
                data += [o.buyer.buyer_name for o in OrderRepository(db).list(with_buyer=True)
                         if o.buyer and o.buyer.buyer_name]
            codes = [order.order_id] + [line.barcodes[0] for line in order.lines for _ in range(line.to_pack)]
            for code in [*codes, "CMD:CONFIRM"]:
                scanner.scan(code)
                qtbot.waitUntil(lambda: running.controller.pending == 0, timeout=30_000)
            qtbot.waitUntil(lambda: window.pack_view.closed, timeout=30_000)
            seen += readable_texts(window)  # shipped
            history = LabelHistoryDialog(ship, running.controller, window.pool, window)
            qtbot.addWidget(history)
            qtbot.waitUntil(lambda: history.table.rowCount() == 1, timeout=10_000)
            seen += readable_texts(history)
            data += [f"{r['carrier'] or ''} {r['service'] or ''}".strip() for r in history.rows]
            data += [r["service"] or "" for r in history.rows]
            alarm = CancelledLabelAlarm(CancelAlert(order.order_id, (1,), ("1Z999AA10123456784",),
                                                    history.rows[0]["void_until"]), window)
            qtbot.addWidget(alarm)
            seen += readable_texts(alarm)
        finally:
            running.shutdown()
            window.close()
    finally:
        store.dispose()
        sandbox.stop()
    return seen, data


def _strings_in(locale: str, switch, build) -> list[str]:
    switch(locale)
    try:
        return build()
    finally:
        switch("en")


# -- tests -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("locale", LOCALES)
def test_main_window_speaks_the_locale(qtbot, scanner, tmp_path, locale_switch, locale):
    english = _strings_in("en", locale_switch, lambda: _walk_main_window(
        qtbot, scanner, *_seeded_ctx(tmp_path / "en")))
    localised = _strings_in(locale, locale_switch, lambda: _walk_main_window(
        qtbot, scanner, *_seeded_ctx(tmp_path / locale)))
    assert english and localised
    left = english_left(localised, english, locale)
    assert not left, f"English left in {locale}: {left}"


@pytest.mark.parametrize("locale", LOCALES)
def test_dialogs_speak_the_locale(qtbot, tmp_path, locale_switch, locale):
    english = _strings_in("en", locale_switch, lambda: _walk_dialogs(qtbot, _seeded_ctx(tmp_path / "en")[0]))
    localised = _strings_in(locale, locale_switch, lambda: _walk_dialogs(qtbot, _seeded_ctx(tmp_path / locale)[0]))
    left = english_left(localised, english, locale)
    assert not left, f"English left in {locale}: {left}"


@pytest.mark.slow
@pytest.mark.parametrize("locale", LOCALES)
def test_shipping_screens_speak_the_locale(qtbot, scanner, tmp_path, locale_switch, locale):
    english, data = _strings_in("en", locale_switch, lambda: _walk_shipping(qtbot, scanner, tmp_path / "en"))
    localised, more = _strings_in(locale, locale_switch, lambda: _walk_shipping(qtbot, scanner, tmp_path / locale))
    left = english_left(localised, english, locale, data + more)
    assert not left, f"English left in {locale}: {left}"


@pytest.mark.parametrize("locale", LOCALES)
def test_standard_buttons_come_from_qt_translations(qapp, locale_switch, locale):
    from PySide6.QtWidgets import QDialogButtonBox

    locale_switch(locale)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    assert {b.text().replace("&", "") for b in box.buttons()} == {
        "fr_CA": {"Annuler", "Fermer"}, "es_MX": {"Cancelar", "Cerrar"}}[locale]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_catalogue_entry_is_translated(locale):
    path = resources_path(f"translations/station_{locale}.ts")
    tree = ET.parse(path)
    assert tree.getroot().get("language") == locale
    unfinished, lost = [], []
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("obsolete", "vanished"):
            continue
        if kind == "unfinished" or not (translation.text or "").strip():
            unfinished.append(source)
        elif set(re.findall(r"\{\w+\}", source)) != set(re.findall(r"\{\w+\}", translation.text)):
            lost.append(source)  # a placeholder lost or renamed: .format() would fail
    assert not unfinished, f"{len(unfinished)} untranslated in {path.name}: {unfinished[:10]}"
    assert not lost, f"placeholders differ in {path.name}: {lost}"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_compiled_qm_holds_every_translation(qapp, locale):
    """The .qm is what ships: it must say what the .ts says (else run packaging/update-translations.sh)."""
    from PySide6.QtCore import QTranslator

    path = resources_path(f"translations/station_{locale}.ts")
    translator = QTranslator()
    assert translator.load(str(path.with_suffix(".qm")))
    stale = []
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or message.get("numerus") == "yes":
                continue
            if translator.translate(name, message.findtext("source")) != (translation.text or ""):
                stale.append(message.findtext("source"))
    assert not stale, f"{len(stale)} entries differ from the .qm: run packaging/update-translations.sh"


@pytest.mark.parametrize("locale", LOCALES)
def test_a_text_missing_from_the_catalogue_stays_readable(qapp, locale_switch, locale):
    """Not in the catalogue: shown in English, never as an empty label (which would hide it from this walk)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog

    locale_switch(locale)
    assert QCoreApplication.translate("Nowhere", "Not in the catalogue") == "Not in the catalogue"
    assert QDialog().tr("Amazon") == "Amazon"  # translated as itself: PySide6 then asks the base classes too
    assert QDialog().tr("Not in the catalogue") == "Not in the catalogue"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_service_message_template_finds_its_own_translation(qapp, locale_switch, locale):
    """Each English template, filled in, comes back as its own translation (not another template's)."""
    from PySide6.QtCore import QCoreApplication

    from station.ui.messages import CONTEXT, TEMPLATES, translate_message

    locale_switch(locale)
    wrong = []
    for template in TEMPLATES:
        values = {name: f"V{i}x" for i, name in enumerate(re.findall(r"\{(\w+)\}", template))}
        expected = QCoreApplication.translate(CONTEXT, template).format(**values)
        same_allowed = not re.search(r"[A-Za-z]", re.sub(r"\{\w+\}", "", template))  # "{printer}: {problem}"
        if translate_message(template.format(**values)) != expected or (
                expected == template.format(**values) and not same_allowed):
            wrong.append(template)
    assert not wrong, wrong


# Where the Qt-free layers put the messages the UI shows: callee name -> index (or keyword) of the message
MESSAGE_ARGS = {"event": 1, "BenchEvent": 1, "close": 0, "ClaimLost": 0, "_note": 1, "ShipError": 0, "NoRate": 0,
                "_refuse": 2, "ScanResult": 2, "SignInResult": 1, "Decision": 2, "CheckResult": 1, "DeviceState": 2,
                "reading": "message", "_set_state": 1, "PrinterUnavailable": 0, "PrintRefused": 0, "_fail": 1,
                "ConnectionReport": 1, "append": 0, "insert": 1, "_bad": 1}
MESSAGE_FILES = ["services/bench.py", "services/ship.py", "services/operators.py", "domain/pack.py",
                 "domain/shipping.py", "security/roles.py", "devices/checks.py", "devices/hub.py", "devices/scale.py",
                 "devices/serialdev.py", "devices/printers.py", "devices/printqueue.py", "devices/scantest.py",
                 "amazon/connection.py", "domain/tracking.py"]
# Messages whose variable part is a word chosen in code: the forms it takes
COMPOSED = {"V0x order V2x: scan the items": ["Resumed order V2x: scan the items", "Opened order V2x: scan the items"],
            "PRIME order: no Prime-eligible service deliversV1x. Ask a supervisor (a faster service, or ship "
            "partially).": ["PRIME order: no Prime-eligible service delivers by Sun 29 Nov 09:48 UTC. Ask a supervisor "
                            "(a faster service, or ship partially).",
                            "PRIME order: no Prime-eligible service delivers. Ask a supervisor (a faster service, or "
                            "ship partially)."]}


def _message_texts(node) -> list[str]:
    """Every text an expression can make, each interpolated value as a token (V0x, V1x ...)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        options = []
        for part in node.values:
            inner = getattr(part, "value", None)
            if isinstance(part, ast.Constant):
                options.append([part.value])
            elif isinstance(inner, ast.IfExp) and _message_texts(inner):  # f"label{'s' if n > 1 else ''}"
                options.append(_message_texts(inner))
            else:
                options.append([f"V{len(options)}x"])
        return ["".join(parts) for parts in itertools.product(*options)]
    if isinstance(node, ast.IfExp):
        return _message_texts(node.body) + _message_texts(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _message_texts(node.left), _message_texts(node.right)
        return [a + b for a in left for b in right]
    return []


def service_messages() -> list[tuple[str, int, str]]:
    import station

    root = Path(station.__file__).parent
    found = []
    for name in MESSAGE_FILES:
        for call in ast.walk(ast.parse((root / name).read_text(encoding="utf-8"))):
            if not isinstance(call, ast.Call):
                continue
            func = call.func
            callee = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            where = MESSAGE_ARGS.get(callee)
            if where is None:
                continue
            if callee in ("append", "insert") and getattr(func.value, "attr", None) != "problems":
                continue  # only ScanReport.problems
            if isinstance(where, str):
                arg = next((k.value for k in call.keywords if k.arg == where), None)
            else:
                arg = call.args[where] if len(call.args) > where else None
            for text in _message_texts(arg) if arg is not None else []:
                if re.search(r"[A-Za-z]{2}", re.sub(r"V\d+x", "", text)):
                    found += [(name, call.lineno, form) for form in COMPOSED.get(text, [text])]
    return found


@pytest.mark.parametrize("locale", LOCALES)
def test_every_service_message_has_a_translation(qapp, locale_switch, locale):
    """The domain, services and devices speak English (they stay Qt-free); every message they can give the
    UI must match a template of station.ui.messages, or the packer would read English."""
    from station.ui.messages import translate_message

    locale_switch(locale)
    found = service_messages()
    assert len(found) > 100  # the scan itself still finds the messages
    english = [f"{name}:{line}: {text}" for name, line, text in found if translate_message(text) == text]
    assert not english, "\n".join(english)


def test_locale_comes_from_the_setting_or_the_system():
    assert i18n.choose_locale("fr_CA") == "fr_CA"
    assert i18n.choose_locale("es-MX") == "es_MX"
    assert i18n.choose_locale("", system="fr_FR") == "fr_CA"
    assert i18n.choose_locale("", system="es_ES") == "es_MX"
    assert i18n.choose_locale("", system="de_DE") == "en"
    assert i18n.choose_locale("en", system="fr_CA") == "en"


def test_service_messages_are_translated_at_display(qapp, locale_switch):
    from station.ui.messages import translate_message

    locale_switch("fr_CA")
    wrong = translate_message("WRONG ITEM: SKU-9 is not in this order")
    assert "SKU-9" in wrong and "WRONG ITEM" not in wrong
    nested = translate_message("Acknowledge the error first (Unknown barcode '123')")
    assert "'123'" in nested and "Acknowledge" not in nested and "Unknown barcode" not in nested
    assert translate_message("something no template knows") == "something no template knows"


if __name__ == "__main__":  # pragma: no cover - pytest runs this file
    sys.exit(pytest.main([__file__, "-q"]))
