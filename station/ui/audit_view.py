"""The audit log for a supervisor (issue 7): filter, read, export as CSV (redacted).

``AuditView(store, station, operator, policy)``: a packer sees only "supervisors only". Reads and
the export run on the pool; the table never shows buyer data (the log holds none; exports are
redacted again). Put it in a dialog or a tab of the main window::

    view = AuditView(ctx.store, ctx.station_name, bench.actor, bench.policy)
    view.setWindowTitle("Audit log"); view.show()   # or dialog.layout().addWidget(view)
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from station.security.roles import Action, Operator, Policy, authorize
from station.store.audit import AuditAction, AuditEntry, AuditLog
from station.store.db import Store
from station.ui.messages import translate_message
from station.ui.tasks import Pool

log = logging.getLogger(__name__)

COLUMNS = [QT_TRANSLATE_NOOP("AuditModel", "When"), QT_TRANSLATE_NOOP("AuditModel", "Station"),
           QT_TRANSLATE_NOOP("AuditModel", "Operator"), QT_TRANSLATE_NOOP("AuditModel", "Approver"),
           QT_TRANSLATE_NOOP("AuditModel", "Action"), QT_TRANSLATE_NOOP("AuditModel", "Order"),
           QT_TRANSLATE_NOOP("AuditModel", "Details")]
ACTION_NAMES = {  # the stored codes stay English (exports, other stations); the view shows words
    "scan.accepted": QT_TRANSLATE_NOOP("AuditModel", "Scan accepted"),
    "scan.refused": QT_TRANSLATE_NOOP("AuditModel", "Scan refused"),
    "scan.command": QT_TRANSLATE_NOOP("AuditModel", "Command scanned"),
    "override": QT_TRANSLATE_NOOP("AuditModel", "Supervisor approval"),
    "print": QT_TRANSLATE_NOOP("AuditModel", "Printed"),
    "reprint": QT_TRANSLATE_NOOP("AuditModel", "Reprinted"),
    "purchase": QT_TRANSLATE_NOOP("AuditModel", "Label bought"),
    "void": QT_TRANSLATE_NOOP("AuditModel", "Label voided"),
    "confirm": QT_TRANSLATE_NOOP("AuditModel", "Shipment confirmed"),
    "settings.change": QT_TRANSLATE_NOOP("AuditModel", "Settings changed"),
    "signin": QT_TRANSLATE_NOOP("AuditModel", "Signed in"),
    "signin.failed": QT_TRANSLATE_NOOP("AuditModel", "Sign-in failed"),
    "signout": QT_TRANSLATE_NOOP("AuditModel", "Signed out"),
    "claim.takeover": QT_TRANSLATE_NOOP("AuditModel", "Order taken over"),
    "claim.release": QT_TRANSLATE_NOOP("AuditModel", "Order released"),
    "operator.change": QT_TRANSLATE_NOOP("AuditModel", "Operator changed"),
    "purge": QT_TRANSLATE_NOOP("AuditModel", "Buyer data deleted"),
    "audit.export": QT_TRANSLATE_NOOP("AuditModel", "Audit log exported"),
}
PERIODS = {QT_TRANSLATE_NOOP("AuditView", "Last 24 hours"): timedelta(days=1),
           QT_TRANSLATE_NOOP("AuditView", "Last 7 days"): timedelta(days=7),
           QT_TRANSLATE_NOOP("AuditView", "Last 30 days"): timedelta(days=30),
           QT_TRANSLATE_NOOP("AuditView", "Everything"): None}


class AuditModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entries[index.row()]
        values = [e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), e.station, e.operator or "", e.approver or "",
                  self.action_name(e.action), e.order_id or "", e.details_text]
        return values[index.column()]

    @classmethod
    def action_name(cls, code: str) -> str:
        return QCoreApplication.translate("AuditModel", ACTION_NAMES[code]) if code in ACTION_NAMES else code

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()


class AuditView(QWidget):
    loaded = Signal(int)  # rows shown
    exported = Signal(str, int)  # file, rows

    def __init__(self, store: Store, station: str, operator: Operator | None, policy: Policy | None = None,
                 parent: QWidget | None = None, pool: Pool | None = None, limit: int = 2000) -> None:
        super().__init__(parent)
        self.log = AuditLog(store, station)
        self.operator, self.policy = operator, policy or Policy()
        self.pool = pool or Pool(self, max_threads=1)
        self.limit = limit
        self.model = AuditModel(self)
        self.allowed = bool(authorize(Action.VIEW_AUDIT, operator, policy=self.policy))

        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), None)
        for a in AuditAction:
            self.action.addItem(AuditModel.action_name(a.value), a.value)
        self.period = QComboBox()
        for text, span in PERIODS.items():
            self.period.addItem(self.tr(text), text)
        self.order = QLineEdit()
        self.order.setPlaceholderText(self.tr("order id"))
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("operator"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.status = QLabel("")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)

        filters = QHBoxLayout()
        for widget in (self.period, self.action, self.order, self.who, self.refresh_button, self.export_button):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.status)

        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._ask_export)
        for combo in (self.action, self.period):
            combo.currentIndexChanged.connect(self.refresh)
        for line in (self.order, self.who):
            line.returnPressed.connect(self.refresh)
        if not self.allowed:
            for widget in (self.action, self.period, self.order, self.who, self.refresh_button,
                           self.export_button, self.table):
                widget.setEnabled(False)
            self.status.setText(self.tr("The audit log is for supervisors: a supervisor must sign in."))
        else:
            self.refresh()

    def filters(self) -> dict:
        period = PERIODS[self.period.currentData()]
        action = self.action.currentData()
        return {"since": datetime.now(timezone.utc) - period if period else None,
                "actions": None if action is None else [action],
                "order_id": self.order.text().strip() or None, "operator": self.who.text().strip() or None}

    def refresh(self) -> None:
        if not self.allowed:
            return
        filters = self.filters()
        self.status.setText(self.tr("Loading…"))
        self.pool.run(lambda: self.log.entries(limit=self.limit, **filters), self._show, self._failed)

    def _show(self, entries: list[AuditEntry]) -> None:
        self.model.set_entries(entries)
        more = self.tr(" (newest first; narrow the filter to see older)") if len(entries) >= self.limit else ""
        self.status.setText(self.tr("{n} entries").format(n=len(entries)) + more)
        self.loaded.emit(len(entries))

    def _failed(self, exc: BaseException) -> None:
        log.warning("audit log not read: %s", exc.__class__.__name__)
        self.status.setText(self.tr("The database cannot be reached: the audit log cannot be shown right now."))

    def _ask_export(self) -> None:
        name = f"audit-{datetime.now():%Y%m%d-%H%M}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"), str(Path.home() / name),
                                              self.tr("CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Export what the filter selects (every matching row, oldest first), redacted."""
        decision = authorize(Action.EXPORT_AUDIT, self.operator, policy=self.policy)
        if not decision:
            self.status.setText(translate_message(decision.reason))
            return
        filters = self.filters()
        who = self.operator.name if self.operator else None
        self.status.setText(self.tr("Exporting…"))
        self.pool.run(lambda: self.log.export_csv(path, exported_by=who, **filters),
                      lambda rows: self._exported(str(path), rows), self._export_failed)

    def _exported(self, path: str, rows: int) -> None:
        self.status.setText(self.tr("{n} entries exported to {path}").format(n=rows, path=path))
        self.exported.emit(path, rows)

    def _export_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Export failed: {error}").format(error=f"{exc.__class__.__name__}: {exc}")[:300])
