"""The pack view: what a packer reads at arm's length while scanning one order.

Big type and strong colours: order id, ship-by countdown, flags, one big state
("SCAN ITEMS", "COMPLETE - scan CMD:CONFIRM or press Enter", "SHIPPED"), the lines with
image, title, SKU, bin and scanned/needed, and the last scan's message. It only shows
BenchEvents; it never calls the bench itself.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex,
                            QSize, Qt, QTimer)
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                               QSizePolicy, QTableView, QVBoxLayout, QWidget)

from station.domain.order import Order, PackStatus, Urgency, urgency
from station.services.bench import BenchEvent, EventKind
from station.ui.images import ImageCache
from station.ui.queue_model import ship_by_text

try:  # the services' English messages in the packer's language (issue 10)
    from station.ui.messages import translate_message
except ImportError:  # pragma: no cover
    def translate_message(text: str | None) -> str:
        return text or ""

IMAGE_PX = 96

# Colours with strong contrast (white text on these is >= 4.5:1).
BLUE, GREEN, DARK_GREEN, RED, AMBER, GREY = "#0b4f9c", "#1b7f2a", "#145a1f", "#b00020", "#b35c00", "#3c4043"


def _font(point_size: int, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


def _chip(text: str, colour: str) -> QLabel:
    label = QLabel(text)
    label.setFont(_font(18, bold=True))
    label.setStyleSheet(f"background:{colour}; color:white; border-radius:6px; padding:4px 12px;")
    return label


class LinesModel(QAbstractTableModel):
    """The order's lines: image, item (title + SKU), bin, scanned / needed."""

    HEADERS = ["", QT_TRANSLATE_NOOP("LinesModel", "Item"), QT_TRANSLATE_NOOP("LinesModel", "Bin"),
               QT_TRANSLATE_NOOP("LinesModel", "Scanned")]

    def __init__(self, images: ImageCache, parent=None) -> None:
        super().__init__(parent)
        self.order: Order | None = None
        self.highlight: str | None = None  # order_item_id of the last accepted scan
        self.images = images
        self.images.loaded.connect(self._image_loaded)
        self._done_bg, self._hl_bg = QBrush(QColor("#d7f5dc")), QBrush(QColor("#fff3b0"))
        self._title_font, self._bin_font, self._count_font = _font(17), _font(26, bold=True), _font(30, bold=True)

    def set_order(self, order: Order | None, highlight: str | None = None) -> None:
        self.beginResetModel()
        self.order, self.highlight = order, highlight
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.order is None else len(self.order.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LinesModel", self.HEADERS[section]) if section else ""
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        assert self.order is not None
        line = self.order.lines[index.row()]
        col = index.column()
        done = line.remaining == 0
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 1:
                sku = QCoreApplication.translate("LinesModel", "SKU {sku}").format(sku=line.sku)
                return f"{sku}\n{line.title}" if line.title else sku
            if col == 2:
                return line.bin or "-"
            if col == 3:
                return f"{line.scanned} / {line.to_pack}"
        elif role == Qt.ItemDataRole.DecorationRole and col == 0:
            return self.images.pixmap(line.image)
        elif role == Qt.ItemDataRole.FontRole:
            return {1: self._title_font, 2: self._bin_font, 3: self._count_font}.get(col)
        elif role == Qt.ItemDataRole.BackgroundRole:
            if line.order_item_id == self.highlight:
                return self._hl_bg
            return self._done_bg if done else None
        elif role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return QBrush(QColor(DARK_GREEN if done else "#000000"))
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return line.title
        return None

    def row_of(self, order_item_id: str | None) -> int | None:
        if self.order is None or order_item_id is None:
            return None
        return next((i for i, ln in enumerate(self.order.lines) if ln.order_item_id == order_item_id), None)

    def _image_loaded(self, _key: str) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0),
                 [Qt.ItemDataRole.DecorationRole])


class PackView(QWidget):
    """Shows the order on the bench. ``show_event`` is fed every BenchEvent."""


    def __init__(self, images: ImageCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order: Order | None = None
        self.package_no = 1
        self.closed = False
        self.setObjectName("packView")

        # header: order id, countdown, flags, box
        self.order_label = QLabel(self.tr("No order open"))
        self.order_label.setFont(_font(34, bold=True))
        self.order_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ship_by_label = QLabel("")
        self.ship_by_label.setFont(_font(22, bold=True))
        self.box_label = QLabel("")
        self.box_label.setFont(_font(22, bold=True))
        self.flags = QHBoxLayout()
        self.flags.setSpacing(8)
        # never let a long text widen the window past the screen
        self.ship_by_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.ship_by_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.order_label)
        top.addStretch(1)
        top.addWidget(self.box_label)
        second = QHBoxLayout()
        second.addLayout(self.flags)
        second.addWidget(self.ship_by_label, 1)
        header = QVBoxLayout()
        header.setSpacing(4)
        header.addLayout(top)
        header.addLayout(second)

        # the big state
        self.state_label = QLabel("SCAN AN ORDER")
        self.state_label.setObjectName("packState")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setFont(_font(38, bold=True))
        self.state_label.setWordWrap(True)
        self.state_label.setMinimumHeight(96)
        self.state_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("%v of %m units"))
        self.progress.setMinimumHeight(36)
        self.progress.setFont(_font(16, bold=True))

        # lines
        self.lines_model = LinesModel(images, self)
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        self.lines.setIconSize(QSize(IMAGE_PX, IMAGE_PX))
        self.lines.setWordWrap(True)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().hide()
        self.lines.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.lines.verticalHeader().setDefaultSectionSize(IMAGE_PX + 12)
        header_view = self.lines.horizontalHeader()
        header_view.setFont(_font(14, bold=True))
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header_view.resizeSection(0, IMAGE_PX + 12)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header_view.resizeSection(2, 190)
        header_view.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header_view.resizeSection(3, 190)

        # the last scan
        self.message_label = QLabel(self.tr("Scan the packing slip or pick list barcode of an order."))
        self.message_label.setObjectName("lastMessage")
        self.message_label.setFont(_font(22, bold=True))
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumHeight(64)
        self.message_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.state_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.message_label)

        self._tick = QTimer(self)
        self._tick.timeout.connect(self._update_ship_by)
        self._tick.start(30_000)
        self._set_state(self.tr("SCAN AN ORDER"), GREY)
        self._set_message(self.message_label.text(), None)

    # -- feeding ------------------------------------------------------------------------------
    def show_event(self, event: BenchEvent) -> None:
        if event.kind is EventKind.REFUSED and event.order is None:
            self._set_message(event.message, False)
            return
        if event.kind is EventKind.CLOSED:
            self.closed = True
            if event.order is not None:
                self.order = event.order
                self._render_order(None)
            self._render_closed(event)
            self._set_message(event.message, not is_bad(event))
            return
        if event.order is None:
            self._set_message(event.message, event.kind is not EventKind.REFUSED)
            return
        self.closed = False
        self.order = event.order
        self.package_no = event.package_no
        result = event.result
        highlight = result.order_item_id if result is not None and result.outcome.value == "accepted" else None
        self._render_order(highlight)
        self._render_state(event)
        self._set_message(event.message, not is_bad(event))

    def show_failure(self, message: str) -> None:
        self._set_message(message, False)

    # -- rendering ----------------------------------------------------------------------------
    def _render_order(self, highlight: str | None) -> None:
        order = self.order
        assert order is not None
        self.order_label.setText(order.order_id)
        while self.flags.count():
            item = self.flags.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        business = self.tr("BUSINESS")
        if order.purchase_order_number:
            business = self.tr("BUSINESS PO {po}").format(po=order.purchase_order_number)
        for text, colour, on in (
                (self.tr("PRIME"), "#146eb4", order.is_prime),
                (self.tr("GIFT"), "#7b1fa2", order.is_gift),
                (business, "#2e7d32", order.is_business),
                (self.tr("REPLACEMENT"), AMBER, order.is_replacement)):
            if on:
                self.flags.addWidget(_chip(text, colour))
        self.box_label.setText(self.tr("BOX {n}").format(n=self.package_no))
        self._update_ship_by()
        self.lines_model.set_order(order, highlight)
        self.progress.setMaximum(max(order.units, 1))
        self.progress.setValue(min(order.scanned_units, order.units))
        row = self.lines_model.row_of(highlight)
        if row is None and order.lines:
            row = next((i for i, ln in enumerate(order.lines) if ln.remaining > 0), None)
        if row is not None:
            self.lines.scrollTo(self.lines_model.index(row, 1), QAbstractItemView.ScrollHint.EnsureVisible)

    def _render_state(self, event: BenchEvent) -> None:
        order = self.order
        assert order is not None
        if order.pack_status is PackStatus.CANCELLED:
            self._set_state(self.tr("CANCELLED - DO NOT SHIP. Put the items back."), RED)
        elif order.pack_status is PackStatus.SHIPPED:
            tracking = ", ".join(p.tracking_number for p in order.packages if p.tracking_number)
            self._set_state(self.tr("SHIPPED {tracking}").format(tracking=tracking).strip(), DARK_GREEN)
        elif event.stopped is not None:
            self._set_state(self.tr("STOPPED - acknowledge the error"), RED)
        elif order.is_complete:
            self._set_state(self.tr("COMPLETE - scan CMD:CONFIRM or press Enter"), GREEN)
        else:
            left = sum(line.remaining for line in order.lines)
            self._set_state(self.tr("SCAN ITEMS  ({n} to go)").format(n=left), BLUE)

    def _render_closed(self, event: BenchEvent) -> None:
        order = event.order
        if event.extra.get("shipped"):
            tracking = ", ".join(event.extra.get("tracking") or [])
            carrier = event.extra.get("carrier") or ""
            shipped = f"{carrier} {tracking}".strip()
            self._set_state(self.tr("SHIPPED {what} - scan the next order").format(what=shipped), DARK_GREEN)
        elif order is not None and order.pack_status is PackStatus.SHIPPED:
            self._set_state(self.tr("SHIPPED - scan the next order"), DARK_GREEN)
        elif order is not None and order.is_complete and order.pack_status is not PackStatus.CANCELLED:
            self._set_state(self.tr("PACKED - scan the next order"), DARK_GREEN)
        else:
            self._set_state(self.tr("SET ASIDE - scan the next order"), GREY)

    def _set_state(self, text: str, colour: str) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"background:{colour}; color:white; border-radius:8px; padding:8px;")

    def _set_message(self, text: str, ok: bool | None) -> None:
        colour = {True: "#e6f4ea; color:#0d3d17", False: "#fde7e9; color:#7a0010", None: "#f1f3f4; color:#202124"}[ok]
        self.message_label.setText(translate_message(text))
        self.message_label.setStyleSheet(f"background:{colour}; padding:8px; border-radius:6px;")

    def _update_ship_by(self) -> None:
        order = self.order
        if order is None or order.ship_by is None:
            self.ship_by_label.setText("")
            return
        now = datetime.now(timezone.utc)
        self.ship_by_label.setText(self.tr("Ship by {when}").format(when=ship_by_text(order.ship_by, now)))
        level = urgency(order.ship_by, now)
        colour = {Urgency.LATE: RED, Urgency.DUE_TODAY: AMBER}.get(level, "#202124")
        self.ship_by_label.setStyleSheet(f"color:{colour};")


def is_bad(event: BenchEvent) -> bool:
    """A refusal or an error the packer must notice (red message, error sound)."""
    result = event.result
    return bool(event.is_error or event.kind is EventKind.REFUSED or event.extra.get("error")
                or (result is not None and result.outcome.value == "refused"))


def placeholder_pixmap(size: int = IMAGE_PX) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#eceff1"))
    painter = QPainter(image)
    painter.setPen(QColor("#90a4ae"))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.setFont(_font(11))
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), QCoreApplication.translate("LinesModel", "no image"))
    painter.end()
    return QPixmap.fromImage(image)
