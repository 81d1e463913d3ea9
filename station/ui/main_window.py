"""Main window: pack view and queue as tabs, the error overlay over both, status bar and menus.

Wiring only: scanner input (WedgeFilter) -> BenchController (worker thread) -> BenchEvent
-> PackView / ErrorOverlay / Sounds. The queue reads itself in the pool.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from station.domain.order import PackStatus
from station.domain.pack import Outcome, Problem
from station.services.bench import BenchEvent, EventKind
from station.settings import Settings
from station.store import queue as q
from station.store.db import Store
from station.ui.bench_controller import BenchController
from station.ui.error_overlay import ErrorOverlay
from station.ui.images import ImageCache
from station.ui.pack_view import PackView, is_bad
from station.ui.queue_model import QueueData
from station.ui.queue_view import QueueView
from station.ui.sounds import Sounds
from station.ui.tasks import Pool
from station.ui.wedge import WedgeFilter

try:  # the services' English messages in the packer's language (issue 10)
    from station.ui.messages import translate_message
except ImportError:  # pragma: no cover
    def translate_message(text: str | None) -> str:
        return text or ""

log = logging.getLogger(__name__)

PACK_TAB, QUEUE_TAB = 0, 1

COMMANDS_HELP = QT_TRANSLATE_NOOP("MainWindow", """<h2>Command barcodes</h2>
<table cellpadding=4>
<tr><td><b>CMD:CONFIRM</b></td><td>finish the package (Enter does the same when the order is complete)</td></tr>
<tr><td><b>CMD:ACK</b></td><td>acknowledge an error screen (Enter does the same)</td></tr>
<tr><td><b>CMD:CANCEL</b></td><td>set the order aside; nothing is lost, scan it again to resume</td></tr>
<tr><td><b>CMD:NEXT-BOX</b></td><td>close this box and start another</td></tr>
<tr><td><b>CMD:REPRINT</b></td><td>print the label again</td></tr>
<tr><td><b>CMD:SKIP</b></td><td>supervisor: count a unit that has no barcode</td></tr>
</table>
<p>Print the card with <code>station render commands --out commands.pdf</code>.</p>
<p>Keys: F2 queue, F3 pack view, F5 refresh the queue, Enter = confirm / acknowledge.</p>""")


class MainWindow(QMainWindow):
    ready = Signal()  # the bench is up and the last order resumed: scans are taken

    def __init__(self, settings: Settings, store: Store, controller: BenchController, pool: Pool,
                 station_name: str = "", context=None, queue_refresh_ms: int = 5000) -> None:
        super().__init__()
        self.settings, self.store, self.controller, self.pool = settings, store, controller, pool
        self.context = context
        self.setWindowTitle(self.tr("Packing station - {name}").format(name=station_name) if station_name
                            else self.tr("Packing station"))
        self.sounds = Sounds(bool(settings.get("sounds")), self)
        self.images = ImageCache(pool, parent=self)
        self.is_ready = False
        self._cancel_stops: set[str] = set()

        # pages
        self.pack_view = PackView(self.images)
        self.queue_view = QueueView(store, pool, queue_refresh_ms)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.pack_view, self.tr("Pack  (F3)"))
        self.tabs.addTab(self.queue_view, self.tr("Queue  (F2)"))
        self.tabs.setCurrentIndex(QUEUE_TAB)
        tab_font = QFont()
        tab_font.setPointSize(14)
        tab_font.setBold(True)
        self.tabs.tabBar().setFont(tab_font)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.notice = QWidget()
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet("#notice { background:#fff3b0; } QLabel { color:#3d2e00; }")
        notice_layout = QHBoxLayout(self.notice)
        self.notice_label = QLabel("")
        self.notice_label.setWordWrap(True)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        dismiss.clicked.connect(self.notice.hide)
        notice_layout.addWidget(self.notice_label, 1)
        notice_layout.addWidget(dismiss)
        self.notice.hide()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.overlay = ErrorOverlay(central)
        self.overlay.acknowledge_clicked.connect(self.controller.acknowledge)

        # status bar
        self.sync_status = QLabel("")
        self.bench_status = QLabel(self.tr("Starting ..."))
        self.statusBar().addWidget(self.bench_status, 1)
        self.device_status = QLabel("")
        self.statusBar().addPermanentWidget(self.device_status)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.services = None
        self._device_widget = None
        self._add_device_status()

        self._menus()

        # scanner input, wherever focus is (while this window is the active one)
        self.wedge = WedgeFilter(int(settings.get("scanner.max_key_gap_ms")), int(settings.get("scanner.min_length")),
                                 is_active=self._wedge_active, parent=self)
        self.wedge.scanned.connect(self.on_scan)
        self.wedge.bare_enter.connect(self.on_bare_enter)
        self.wedge.install()

        controller.event.connect(self.on_event)
        controller.failed.connect(self.on_failure)
        controller.resumed.connect(self._on_resumed)
        self.queue_view.open_requested.connect(self.on_scan)
        self.queue_view.loaded.connect(self._on_queue_loaded)
        self.queue_view.sync_changed.connect(self._on_sync_changed)
        self._queue_soon = QTimer(self)
        self._queue_soon.setSingleShot(True)
        self._queue_soon.timeout.connect(self.queue_view.refresh)
        self.resize(1366, 860)

    # -- start-up -------------------------------------------------------------------------------
    def start(self, recover=None) -> None:
        """Resume the order this station had open (``recover(bench)``: the ship service's, which first
        settles label purchases a crash left open), start reading the queue."""
        self.controller.resume(recover)
        self.queue_view.start()

    def connect_services(self, services) -> None:
        """Signals of the background services (station.ui.wiring), delivered on the GUI thread."""
        bridge = services.bridge
        bridge.cancelled.connect(lambda order_id: self.on_amazon_cancelled([order_id]))
        bridge.synced.connect(lambda _result: self.queue_view.refresh())
        devices = services.device_bridge
        if devices is not None:
            devices.scan.connect(lambda scan: self.on_scan(scan.text))  # a serial scanner
            if self._device_widget is not None:
                devices.connect_status(self._device_widget)
            else:
                devices.state.connect(self._on_device_state)
            if services.devices is not None:  # the status bar shows every device from the start
                for state in services.devices.states().values():
                    self._on_device_state(state)
        self.services = services

    def _on_device_state(self, state) -> None:
        if self._device_widget is not None and hasattr(self._device_widget, "show_state"):
            self._device_widget.show_state(state)  # the devices engineer's widget (station.ui.device_status)
        else:
            self.device_status.setText(f"{state.device}: {translate_message(state.message) or state.status.value}")
            self.device_status.setStyleSheet("" if state.ok else "color:#b00020; font-weight:bold;")

    def _on_resumed(self, event: BenchEvent | None) -> None:
        if event is not None:
            self.on_event(event, quiet=True)
        self.is_ready = True
        self.bench_status.setText(self.tr("Ready for scans"))
        self.ready.emit()

    def show_notice(self, text: str) -> None:
        self.notice_label.setText("\n".join(translate_message(line) for line in text.splitlines()))
        self.notice.show()

    # -- input ----------------------------------------------------------------------------------
    def _wedge_active(self) -> bool:
        app = QApplication.instance()
        if app.activePopupWidget() is not None or app.activeModalWidget() is not None:
            return False
        active = app.activeWindow()
        return active is None or active is self

    def on_scan(self, code: str) -> None:
        self.bench_status.setText(self.tr("Scan {code} ...").format(code=repr(code[:40])))
        self.controller.scan(code)

    def on_bare_enter(self) -> None:
        self.controller.bare_enter()

    # -- bench events ---------------------------------------------------------------------------
    def on_event(self, event: BenchEvent, quiet: bool = False) -> None:
        result = event.result
        self.pack_view.show_event(event)
        if event.kind in (EventKind.OPENED, EventKind.SCANNED, EventKind.COMMAND, EventKind.CLOSED) and \
                event.order is not None:
            self.tabs.setCurrentIndex(PACK_TAB)
        if event.extra.get("database_error"):
            self.overlay.show_error(event.message, title=self.tr("NOT SAVED"))
        elif event.kind is EventKind.REFUSED:
            pass  # nothing changed on the bench: the message bar says why
        elif event.stopped is not None:
            if result is not None and result.problem is Problem.STOPPED and self.overlay.active:
                self.overlay.note_refused(result.code)
            elif not self.overlay.active or (result is not None and result.stops):
                self.overlay.show_error(event.stopped.message)
        elif self.overlay.active:
            self.overlay.clear()
        self.bench_status.setText(translate_message(event.message))
        if not quiet:
            self._sound_for(event)
        if event.kind in (EventKind.OPENED, EventKind.CLOSED) or (result is not None and result.stops):
            self._queue_soon.start(300)  # the queue shows pack status; read it again shortly

    def _sound_for(self, event: BenchEvent) -> None:
        result = event.result
        if is_bad(event):
            self.sounds.play("error")
        elif event.kind is EventKind.CLOSED and event.order is not None and event.order.is_complete:
            self.sounds.play("complete")
        elif result is not None and result.outcome is Outcome.ACCEPTED:
            complete = event.order is not None and event.order.is_complete
            self.sounds.play("complete" if complete else "success")
        elif event.kind is EventKind.OPENED:
            self.sounds.play("success")

    def on_failure(self, message: str) -> None:
        self.pack_view.show_failure(message)
        self.overlay.show_error(message, title=self.tr("NOT SAVED"))
        self.sounds.play("error")

    def on_amazon_cancelled(self, order_ids) -> None:
        """For the sync: orders cancelled on Amazon. If one is on the bench, the bench stops loudly."""
        current = self.pack_view.order
        if current is None or self.pack_view.closed:
            return
        if current.order_id in set(order_ids) and current.pack_status is not PackStatus.CANCELLED:
            self._stop_cancelled(current.order_id)

    def _on_queue_loaded(self, data: QueueData) -> None:
        """The queue saw the open order cancelled (the sync wrote it): same loud stop."""
        current = self.pack_view.order
        if current is None or self.pack_view.closed or current.pack_status is PackStatus.CANCELLED:
            return
        for index, row in enumerate(data.rows):
            if row[q.ORDER_ID] == current.order_id:
                if data.status[index] == "cancelled":
                    self._stop_cancelled(current.order_id)
                return

    def _stop_cancelled(self, order_id: str) -> None:
        """Once per order: the sync's callback and the queue's refresh may both notice it."""
        if order_id not in self._cancel_stops:
            self._cancel_stops.add(order_id)
            self.controller.amazon_cancelled(order_id)

    def _on_sync_changed(self, text: str, ok: bool) -> None:
        self.sync_status.setText(text)
        self.sync_status.setStyleSheet("" if ok else "color:#b00020; font-weight:bold;")

    # -- menus ----------------------------------------------------------------------------------
    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Station"))
        settings = QAction(self.tr("&Settings ..."), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        order_menu = bar.addMenu(self.tr("&Order"))
        aside = QAction(self.tr("Set the order &aside (CMD:CANCEL)"), self)
        aside.triggered.connect(lambda: self.controller.scan("CMD:CANCEL"))
        order_menu.addAction(aside)
        ack = QAction(self.tr("A&cknowledge the error (CMD:ACK)"), self)
        ack.triggered.connect(self.controller.acknowledge)
        order_menu.addAction(ack)

        view = bar.addMenu(self.tr("&View"))
        for text, key, index in ((self.tr("&Pack view"), "F3", PACK_TAB), (self.tr("&Queue"), "F2", QUEUE_TAB)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            view.addAction(action)
        refresh = QAction(self.tr("&Refresh the queue"), self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(lambda: self.queue_view.refresh(full=True))
        view.addAction(refresh)
        search = QAction(self.tr("&Search the queue"), self)
        search.setShortcut(QKeySequence("Ctrl+F"))
        search.triggered.connect(self._focus_search)
        view.addAction(search)

        help_menu = bar.addMenu(self.tr("&Help"))
        commands = QAction(self.tr("&Command barcodes"), self)
        commands.setShortcut(QKeySequence("F1"))
        commands.triggered.connect(lambda: QMessageBox.information(self, self.tr("Command barcodes"), self.tr(COMMANDS_HELP)))
        help_menu.addAction(commands)
        if self.context is not None:
            from station.diagnostics import diagnostics_action

            help_menu.addAction(diagnostics_action(self, self.context))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(QUEUE_TAB)
        self.queue_view.search.setFocus()
        self.queue_view.search.selectAll()

    def _about(self) -> None:
        from station import __version__

        QMessageBox.about(self, self.tr("About"), self.tr(
            "<h3>Packing station {version}</h3><p>Scan, pack, print and confirm Amazon Merchant Fulfilled orders.</p>"
            "<p>Sounds: {sounds}</p>").format(version=__version__, sounds=self.sounds.status))

    def open_settings(self, approver=None) -> None:
        """Settings are a supervisor's action once operators exist (issue 7): a packer needs a badge."""
        from station.security.roles import Action
        from station.ui.settings_dialog import SettingsDialog

        bench = self.controller.bench
        decision = bench.authorize(Action.SETTINGS_CHANGE, approver)
        operators = getattr(self, "operators", None)
        if not decision.allowed:
            if decision.needs_approval and operators is not None:
                from station.ui.supervisor import SupervisorApprovalDialog

                ask = SupervisorApprovalDialog(operators, Action.SETTINGS_CHANGE, bench.actor, None, self,
                                               pool=self.pool)
                ask.approved.connect(self.open_settings)
                ask.open()
            else:
                self.show_notice(translate_message(decision.reason))
            return
        dialog = SettingsDialog(self.settings, self.context, self,
                                print_queue=getattr(self.services, "print_queue", None), pool=self.pool,
                                operator=bench.operator, approver=approver.name if approver else None)
        devices_page = dialog.pages.widget(2)
        hub = getattr(self.services, "devices", None)
        if hub is not None and hasattr(devices_page, "saved"):
            devices_page.saved.connect(hub.restart)  # new scanner/scale/printer settings take effect now
        bridge = getattr(self.services, "device_bridge", None)
        if bridge is not None and hasattr(devices_page, "job_changed"):
            bridge.job.connect(devices_page.job_changed)  # the test label's fate
        if dialog.exec():
            self.apply_settings()
        dialog.deleteLater()

    def apply_settings(self) -> None:
        self.wedge.configure(int(self.settings.get("scanner.max_key_gap_ms")),
                             int(self.settings.get("scanner.min_length")))
        self.sounds.enabled = bool(self.settings.get("sounds"))

    def _add_device_status(self) -> None:
        """The devices engineer's status widget (station.ui.device_status), when this build has it."""
        try:
            from station.ui import device_status  # noqa: PLC0415
        except ImportError:
            return
        factory = getattr(device_status, "DeviceStatusWidget", None)
        if factory is None:
            return
        try:
            widget = factory(self)
        except Exception:  # noqa: BLE001 - a status widget must never stop the bench
            log.warning("device status widget not shown", exc_info=True)
            return
        self.statusBar().addPermanentWidget(widget)
        self._device_widget = widget

    # -- closing --------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        self.queue_view.stop()
        self.wedge.uninstall()
        super().closeEvent(event)
