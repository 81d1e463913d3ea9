"""Shipping screens (issue 8): label history with void and reprint, the cancelled-after-label alarm,
and the supervisor's partial shipment. Thin: every Amazon or printer action runs on the bench thread
through the BenchController (its answer comes back as a BenchEvent, shown like any scan's); the
history is read on the pool.

Wiring (main window, once the ship service is installed)::

    from station.ui.ship_widgets import attach_ship_ui
    attach_ship_ui(window, services.ship)     # adds the Shipping menu, checks for cancelled labels after syncs
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from station.ui.messages import translate_message

log = logging.getLogger(__name__)

COLUMNS = (QT_TRANSLATE_NOOP("LabelHistoryDialog", "Order"), QT_TRANSLATE_NOOP("LabelHistoryDialog", "State"),
           QT_TRANSLATE_NOOP("LabelHistoryDialog", "Carrier / service"),
           QT_TRANSLATE_NOOP("LabelHistoryDialog", "Tracking"), QT_TRANSLATE_NOOP("LabelHistoryDialog", "Bought"),
           QT_TRANSLATE_NOOP("LabelHistoryDialog", "Void until"), QT_TRANSLATE_NOOP("LabelHistoryDialog", "Note"))
STATES = {"purchased": QT_TRANSLATE_NOOP("LabelHistoryDialog", "PURCHASED"),
          "voided": QT_TRANSLATE_NOOP("LabelHistoryDialog", "VOIDED"),
          "failed": QT_TRANSLATE_NOOP("LabelHistoryDialog", "FAILED"),
          "requested": QT_TRANSLATE_NOOP("LabelHistoryDialog", "REQUESTED")}


def _local(moment: datetime | None) -> str:
    # QLocale: the month in the packer's language (strftime would always say "Nov")
    return QLocale().toString(moment.astimezone().replace(tzinfo=None), "dd MMM HH:mm") if moment else ""


class LabelHistoryDialog(QDialog):
    """Labels bought at this station's database, newest first: reprint any, void within the window."""

    def __init__(self, ship: Any, controller: Any, pool: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ship, self.controller, self.pool = ship, controller, pool
        self.rows: list[dict] = []
        self.setWindowTitle(self.tr("Labels: reprint or void"))
        self.resize(1100, 520)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.status = QLabel(self.tr("Loading ..."))
        self.reprint_button = QPushButton(self.tr("&Reprint label"))
        self.void_button = QPushButton(self.tr("&Void label ..."))
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.void_button.clicked.connect(self.void_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.controller.event.connect(self._on_bench_event)
        self._selection_changed()
        self.refresh()

    def refresh(self) -> None:
        self.pool.run(self.ship.history, self._loaded, lambda exc: self.status.setText(
            self.tr("Cannot read labels: {error}").format(error=exc)))

    def _loaded(self, rows: list[dict]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            note = translate_message(row["error"]) or ("" if row["can_void"] or row["state"] != "purchased"
                                                      else self.tr("void window closed"))
            carrier, service = row["carrier"] or "", row["service"] or ""
            shown = service if service.startswith(carrier) else f"{carrier} {service}".strip()
            state = self.tr(STATES[row["state"]]) if row["state"] in STATES else row["state"].upper()
            values = (row["order_id"], state, shown,
                      row["tracking"] or "", _local(row["purchased_at"]), _local(row["void_until"]), note)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 1 and row["state"] == "voided":
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("{n} label(s)").format(n=len(rows)))
        self._selection_changed()

    def selected(self) -> dict | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) and self.table.selectedItems() else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.reprint_button.setEnabled(bool(row and row["state"] == "purchased"))
        self.void_button.setEnabled(bool(row and row["can_void"]))

    def reprint_selected(self) -> None:
        row = self.selected()
        if row:
            order_id = row["order_id"]
            self.controller.run(lambda bench: self.ship.reprint_event(bench, order_id), "The reprint")

    def void_selected(self) -> None:
        row = self.selected()
        if not row:
            return
        answer = QMessageBox.question(
            self, self.tr("Void label"), self.tr("Void the label {tracking} of order {order}?\n\n"
                                                 "Amazon refunds the postage; the parcel must NOT be shipped with it.")
            .format(tracking=row["tracking"], order=row["order_id"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            purchase_id = row["id"]
            self.controller.run(lambda bench: self.ship.void_event(bench, purchase_id), "Voiding the label")

    def _on_bench_event(self, event: Any) -> None:
        if "voided" in event.extra or event.message.startswith("Reprinting") or event.extra.get("error"):
            self.status.setText(translate_message(event.message))
            self.refresh()


class CancelledLabelAlarm(QMessageBox):
    """Loud and modal: an order was cancelled after its label was bought. Offers to void."""

    def __init__(self, alert: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alert = alert
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("ORDER CANCELLED - LABEL BOUGHT"))
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.setFont(font)
        until = ("\n" + self.tr("The label can be voided until {when}.").format(when=_local(alert.can_void_until))
                 if alert.can_void_until else "")
        self.setText(self.tr("Order {order} was CANCELLED by the buyer after its label was bought.\n\n"
                             "DO NOT SHIP IT. Take the parcel off the outgoing shelf.\n"
                             "Tracking: {tracking}").format(order=alert.order_id,
                                                            tracking=", ".join(t for t in alert.tracking if t))
                     + until)
        self.void_button = self.addButton(self.tr("Void the label"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("Keep it (void later)"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.void_button)


def attach_ship_ui(window: Any, ship: Any) -> None:
    """The Shipping menu on the main window, and the cancelled-label alarm after every sync."""
    controller, pool = window.controller, window.pool
    menu = window.menuBar().addMenu(QCoreApplication.translate("ShipMenu", "S&hipping"))
    history = QAction(QCoreApplication.translate("ShipMenu", "&Labels: reprint or void ..."), window)
    history.setShortcut(QKeySequence("Ctrl+L"))
    history.triggered.connect(lambda: LabelHistoryDialog(ship, controller, pool, window).exec())
    menu.addAction(history)
    reprint = QAction(QCoreApplication.translate("ShipMenu", "&Reprint the last label (CMD:REPRINT)"), window)
    reprint.triggered.connect(lambda: controller.scan("CMD:REPRINT"))
    menu.addAction(reprint)
    partial = QAction(QCoreApplication.translate("ShipMenu", "Ship what is scanned &now (supervisor) ..."), window)
    partial.triggered.connect(lambda: _partial(window, ship))
    menu.addAction(partial)
    shown: set[str] = set()

    def check() -> None:
        pool.run(ship.check_cancelled_labels, alarm, lambda exc: log.warning("cancelled-label check: %s", exc))

    def alarm(alerts: list) -> None:
        for alert in alerts:
            if alert.order_id in shown:
                continue
            shown.add(alert.order_id)
            box = CancelledLabelAlarm(alert, window)
            sounds = getattr(window, "sounds", None)
            if sounds is not None:
                sounds.play("error")
            box.exec()
            if box.clickedButton() is box.void_button:
                ids = alert.purchase_ids
                controller.run(lambda bench: ship.void_event(bench, ids[0]), "Voiding the label")

    services = getattr(window, "services", None)
    bridge = getattr(services, "bridge", None)
    if bridge is not None:
        bridge.synced.connect(lambda _result: check())
    window._ship_alarm_timer = QTimer(window)  # and every minute, for orders cancelled by another station's sync
    window._ship_alarm_timer.timeout.connect(check)
    window._ship_alarm_timer.start(60_000)
    QTimer.singleShot(0, check)


def _partial(window: Any, ship: Any) -> None:
    answer = QMessageBox.question(
        window, QCoreApplication.translate("ShipMenu", "Partial shipment"),
        QCoreApplication.translate("ShipMenu", "Ship only the units scanned so far? The rest stays in the queue to "
                                               "pack later (a supervisor's decision)."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Yes:
        window.controller.run(lambda bench: ship.ship_partial(bench), "The partial shipment")
