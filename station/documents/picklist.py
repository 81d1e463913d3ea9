"""Pick list for a batch of orders: walk the bins once, then pack order by order.

Grouped by bin (natural order, so A-2 comes before A-10; lines without a bin last), then
SKU, with the total quantity per SKU and the orders that need it. The last section carries
each order's id as a Code 128 the pack view accepts, so the packer scans the order from here.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone, tzinfo
from typing import Iterable

from reportlab.pdfgen.canvas import Canvas

from station.documents import barcode_draw, fonts
from station.documents.i18n import Texts
from station.documents.layout import LEADING, Block, Column, Line, Spacer, draw_page, paginate, wrapped
from station.documents.slip import STYLES, paper_size
from station.domain.order import Order


@dataclass
class PickItem:
    sku: str
    title: str
    total: int = 0
    orders: dict[str, int] = field(default_factory=dict)  # order id -> units, in first-seen order


def natural_key(text: str) -> list:
    return [(0, int(part), "") if part.isdigit() else (1, 0, part.casefold()) for part in re.split(r"(\d+)", text)
            if part]


def group_by_bin(orders: Iterable[Order]) -> list[tuple[str | None, list[PickItem]]]:
    """[(bin or None, items sorted by SKU)], bins in natural order, no-bin last."""
    bins: dict[str | None, dict[str, PickItem]] = defaultdict(dict)
    for order in orders:
        for line in order.lines:
            units = line.to_pack
            if units <= 0:
                continue
            bin_name = (line.bin or "").strip() or None
            item = bins[bin_name].setdefault(line.sku, PickItem(line.sku, line.title))
            item.title = item.title or line.title
            item.total += units
            item.orders[order.order_id] = item.orders.get(order.order_id, 0) + units
    ordered = sorted((b for b in bins if b is not None), key=natural_key)
    if None in bins:
        ordered.append(None)
    return [(b, sorted(bins[b].values(), key=lambda item: natural_key(item.sku))) for b in ordered]


@dataclass
class _PickList:
    orders: list[Order]
    paper: str
    t: Texts
    printed_at: datetime

    def __post_init__(self) -> None:
        self.style = STYLES[self.paper]
        self.width, self.height = paper_size(self.paper)
        self.body_width = self.width - 2 * self.style.margin
        self.header_height = self.style.title * 1.3 + self.style.size * 2.2
        body = self.height - 2 * self.style.margin - self.header_height - self.style.small * 2.2
        self.pages = paginate(self._flows(), body, body, self._page_top)

    def _columns(self) -> list[tuple[float, float]]:
        s, w = self.style, self.body_width
        box, qty = s.size * 2.2, s.size * 4
        if s.stacked:  # 4x6: orders go under the title
            return [(2, box), (box, qty), (box + qty, w - box - qty), (box + qty, w - box - qty)]
        rest = w - box - qty
        return [(2, box), (box, qty), (box + qty, rest * 0.58), (box + qty + rest * 0.58 + 6, rest * 0.42 - 6)]

    def _heading(self, repeat: bool = False) -> Block:
        s, t = self.style, self.t
        cols = self._columns()
        titles = ["", t("Total"), t("SKU"), t("Orders")]
        if s.stacked:
            titles[3] = ""
        return Block([Column(x, w, [Line(fonts.fit(text, s.small, w, True), s.small, True,
                                         align="center" if i == 1 else "left")])
                      for i, ((x, w), text) in enumerate(zip(cols, titles))], pad=3, shade=True,
                     keep_with_next=True, repeat=repeat)

    def _page_top(self, flow) -> list:
        return [self._heading(repeat=True)] if getattr(flow, "item", False) else []

    def _flows(self) -> list:
        s, t = self.style, self.t
        cols = self._columns()
        flows: list = []
        for bin_name, items in group_by_bin(self.orders):
            label = f"{t('Bin')}: {bin_name}" if bin_name else t("No bin")
            flows.append(Block([Column(4, self.body_width - 8, wrapped(label, self.body_width - 8, s.size + 3,
                                                                          True))],
                               pad=3, box=True, keep_with_next=True))
            flows.append(self._heading())
            for item in items:
                details = wrapped(item.sku, cols[2][1], s.size + 1, True)
                details += wrapped(item.title, cols[2][1], s.small)
                order_lines = []
                for oid, n in item.orders.items():
                    order_lines += wrapped(f"{oid}\u00a0×\u00a0{n}", cols[3][1], s.small, grey=True)
                if s.stacked:
                    details += order_lines
                    order_lines = []
                row_h = s.size * LEADING + 2
                qty_size = s.size + 5
                flows.append(Block([Column(cols[0][0], cols[0][1], [Line(size=s.size + 1, checkbox=True,
                                                                         height=row_h)]),
                                    Column(cols[1][0], cols[1][1], [Line(str(item.total), qty_size, True,
                                                                         align="center", height=row_h)]),
                                    Column(cols[2][0], cols[2][1], details),
                                    Column(cols[3][0], cols[3][1], order_lines)],
                                   pad=3, rule_below=True, item=True))
            flows.append(Spacer(s.size))
        flows += self._order_barcodes()
        return flows

    def _order_barcodes(self) -> list:
        s, t = self.style, self.t
        if not self.orders:
            return []
        flows: list = [Spacer(s.size), Block([Column(0, self.body_width, wrapped(
            t("Orders in this pick list"), self.body_width, s.size + 3, True))], pad=2, keep_with_next=True)]
        per_row = 1 if s.stacked else 2
        cell_w = self.body_width / per_row
        for start in range(0, len(self.orders), per_row):
            flows.append(self._barcode_row(self.orders[start:start + per_row], cell_w))
        return flows

    def _barcode_row(self, orders: list[Order], cell_w: float) -> Block:
        s, t = self.style, self.t
        bar_h = s.bar_height
        columns = []
        symbols = []
        for i, order in enumerate(orders):
            lines = [Line(height=bar_h + 3),
                     Line(fonts.fit(order.order_id, s.size + 1, cell_w - 8, True), s.size + 1, True)]
            units = t("{units} units" if order.units != 1 else "{units} unit", units=order.units)
            info = f"{t('Ship by')}: {t.date(order.ship_by)} · {units}"
            lines.append(Line(fonts.fit(info, s.small, cell_w - 8), s.small, grey=True))
            columns.append(Column(i * cell_w + 4, cell_w - 8, lines))
            try:
                symbols.append(barcode_draw.encode("code128", order.order_id))
            except barcode_draw.SymbolError:
                symbols.append(None)

        def extra(canvas, x, top, block):
            for i, symbol in enumerate(symbols):
                if symbol is None:
                    continue
                module = barcode_draw.module_to_fit(symbol, cell_w - 8, s.module)
                left = x + i * cell_w + 4 - barcode_draw.QUIET_MODULES * module * 0.4
                if s.stacked:
                    left = barcode_draw.snap(left)
                barcode_draw.draw_pdf(canvas, symbol, left, top - block.pad - bar_h, module, bar_h)

        return Block(columns, pad=6, extra=extra, independent=True)

    def draw(self, canvas: Canvas) -> None:
        s, t = self.style, self.t
        total = len(self.pages)
        units = sum(o.units for o in self.orders)
        for number, flows in enumerate(self.pages, start=1):
            canvas.setPageSize((self.width, self.height))
            top = self.height - s.margin
            fonts.draw(canvas, s.margin, top - s.title, t("Pick list"), s.title, True)
            summary = t("{orders} orders, {units} units", orders=len(self.orders), units=units)
            fonts.draw(canvas, self.width - s.margin, top - s.title, fonts.fit(summary, s.size, self.body_width / 2),
                       s.size, True, "right")
            canvas.setFillColorRGB(0.35, 0.35, 0.35)
            fonts.draw(canvas, s.margin, top - s.title * 1.3 - s.size * 1.1,
                       f"{t('Printed')}: {t.datetime(self.printed_at)}", s.small)
            fonts.draw(canvas, self.width - s.margin, s.margin * 0.5 + 2 if s.margin < 20 else s.margin,
                       t("Page {page} of {pages}", page=number, pages=total), s.small, align="right")
            canvas.setFillColorRGB(0, 0, 0)
            draw_page(canvas, flows, s.margin, top - self.header_height, self.body_width)
            canvas.showPage()


def render_picklist(orders: Iterable[Order], paper: str = "letter", locale: str = "en_US",
                    tz: tzinfo | None = None, printed_at: datetime | None = None) -> bytes:
    """One PDF: bins, SKUs, totals and the orders that need them, then every order's barcode."""
    fonts.register_fonts()
    paper_size(paper)
    orders = list(orders)
    picklist = _PickList(orders, paper, Texts(locale, tz), printed_at or datetime.now(timezone.utc))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=paper_size(paper), pageCompression=1, initialFontName=fonts.REGULAR)
    canvas.setTitle("Pick list")
    canvas.setCreator("station")
    picklist.draw(canvas)
    canvas.save()
    return buffer.getvalue()
