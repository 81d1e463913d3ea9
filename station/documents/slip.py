"""Packing slips (DESIGN.md 3.5): the sheet that goes in the box, and whose order barcode the packer scans.

Laid out after Seller Central's own slip: seller and return address, the order id as a
Code 128 of the bare id, order and ship-by dates, ship-to address, then one row per line
with a checkbox, quantity, full title (wrapped, never cut), SKU, ASIN and condition.
Gift orders show no prices and carry the gift message; Business orders show the PO number;
replacement orders are marked. Long orders flow on with the header repeated and "Page x of y".
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from datetime import tzinfo
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from station.documents import barcode_draw, fonts
from station.documents.i18n import Texts, resolve_locale
from station.documents.layout import LEADING, Block, Column, Line, Spacer, draw_page, paginate, wrapped
from station.domain.order import Order, OrderLine

log = logging.getLogger(__name__)

INCH = 72.0
PAPERS: dict[str, tuple[float, float]] = {
    "letter": (8.5 * INCH, 11 * INCH),
    "a4": (595.2756, 841.8898),
    "4x6": (4 * INCH, 6 * INCH),
}


@dataclass(frozen=True)
class SellerInfo:
    """Who sent the parcel (settings seller.name, seller.return_address, seller.logo)."""

    name: str = ""
    return_address: tuple[str, ...] = ()
    logo: Path | None = None

    @classmethod
    def from_settings(cls, settings) -> "SellerInfo":
        """From a Settings object (``seller.return_address`` holds lines separated by ``|``)."""
        address = settings.get("seller.return_address") or ""
        logo = settings.get("seller.logo") or None
        return cls(name=settings.get("seller.name") or "",
                   return_address=tuple(part.strip() for part in address.split("|") if part.strip()),
                   logo=Path(logo) if logo else None)


@dataclass(frozen=True)
class Style:
    margin: float
    size: float
    small: float
    title: float
    module: float  # barcode module width, points
    bar_height: float
    logo_height: float
    prices: bool  # price columns (there is no room on a 4x6 slip)
    stacked: bool  # ship-to under the order details instead of beside them


STYLES = {
    "letter": Style(36, 9, 7.5, 18, 1.0, 38, 48, True, False),
    "a4": Style(36, 9, 7.5, 18, 1.0, 38, 48, True, False),
    # modules of 3 dots at 203 dpi (1.06 pt): thick enough for a thermal head, full width on 4 in
    "4x6": Style(11, 7, 6, 11, 3 * 72 / 203, 34, 24, False, True),
}


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}; use one of {', '.join(PAPERS)}") from None


@lru_cache(maxsize=16)
def _logo(path: str) -> ImageReader | None:
    try:
        reader = ImageReader(path)
        reader.getSize()
        return reader
    except Exception:  # noqa: BLE001 - a missing or broken logo must not stop the slip
        log.warning("logo %s cannot be read; printing the slip without it", path)
        return None


@dataclass
class _Slip:
    """One order's slip, laid out and paginated, ready to draw."""

    order: Order
    seller: SellerInfo
    paper: str
    t: Texts
    style: Style = field(init=False)
    width: float = field(init=False)
    height: float = field(init=False)
    body_width: float = field(init=False)
    symbol: barcode_draw.Symbol | None = field(init=False)
    pages: list[list] = field(init=False)

    def __post_init__(self) -> None:
        self.style = STYLES[self.paper]
        self.width, self.height = paper_size(self.paper)
        self.body_width = self.width - 2 * self.style.margin
        try:
            self.symbol = barcode_draw.encode("code128", self.order.order_id)
        except barcode_draw.SymbolError:
            self.symbol = None  # an id a scanner could not carry; the text still prints
        self.pages = paginate(self._flows(), self._first_body(), self._next_body(), self._page_top)

    # geometry -----------------------------------------------------------------------------
    @property
    def footer_height(self) -> float:
        return self.style.small * 2.2

    def _first_body(self) -> float:
        return self.height - 2 * self.style.margin - self.footer_height

    def _compact_header_height(self) -> float:
        return self.style.bar_height + self.style.size * 2.9 + 6

    def _next_body(self) -> float:
        return self._first_body() - self._compact_header_height()

    def _page_top(self, flow) -> list:
        """A continuation page that starts inside the item table repeats the table heading."""
        return [self._table_heading(repeat=True)] if getattr(flow, "item", False) else []

    # columns of the item table ----------------------------------------------------------------
    def _table_columns(self) -> list[tuple[float, float]]:
        """(x, width) of checkbox, qty, details, unit price, total."""
        s, w = self.style, self.body_width
        box = s.size * 2.2
        qty = s.size * 3.6
        price = s.size * 9 if self._with_prices() else 0
        details = w - box - qty - 2 * price - 8
        cols = [(2, box), (box, qty), (box + qty, details)]
        if price:
            cols += [(w - 2 * price - 2, price), (w - price - 2, price)]
        return cols

    def _with_prices(self) -> bool:
        return self.style.prices and not self.order.is_gift

    def _table_heading(self, repeat: bool = False) -> Block:
        s, t = self.style, self.t
        cols = self._table_columns()
        titles = ["", t("Qty"), t("Product details"), t("Unit price"), t("Item total")]
        columns = []
        for i, (x, w) in enumerate(cols):
            align = "right" if i >= 3 else "center" if i == 1 else "left"
            columns.append(Column(x, w, [Line(fonts.fit(titles[i], s.small, w, True), s.small, True,
                                              align=align)]))
        return Block(columns, pad=3, shade=True, keep_with_next=True, repeat=repeat)

    # content --------------------------------------------------------------------------------
    def _flows(self) -> list:
        s, t, order = self.style, self.t, self.order
        flows: list = self._top_block() + [Spacer(s.size * 0.8)]
        for banner in self._banners():
            flows += [banner, Spacer(s.size * 0.5)]
        flows += [self._address_block(), Spacer(s.size * 0.8)]
        if order.is_gift and order.buyer and order.buyer.gift_message:
            inner = self.body_width - 12
            lines = [Line(t("Gift message"), s.size, True)] + wrapped(order.buyer.gift_message, inner, s.size + 1)
            flows += [Block([Column(6, inner, lines)], pad=5, box=True), Spacer(s.size * 0.8)]
        flows.append(self._table_heading())
        for line in order.lines:
            if line.to_pack <= 0 and line.quantity > 0:
                continue  # shipped earlier; not in this box
            flows.append(self._item_row(line))
        if self._with_prices():
            flows += [Spacer(s.size * 0.4)] + self._totals()
        flows += [Spacer(s.size * 1.2)]
        note = wrapped(t("Thank you for your order!"), self.body_width, s.size, True)
        note += wrapped(t("To return an item, go to Your Orders on Amazon and follow the return instructions "
                          "for this order."), self.body_width, s.small, grey=True)
        flows.append(Block([Column(0, self.body_width, note)], pad=0))
        return flows

    def _top_block(self) -> list:
        s, t, seller = self.style, self.t, self.seller
        w = self.body_width
        left_w = w * (0.5 if s.stacked else 0.55)
        right_w = w - left_w - 6
        left: list[Line] = []
        logo = _logo(str(seller.logo)) if seller.logo else None
        logo_box = (0.0, 0.0)
        if logo is not None:
            iw, ih = logo.getSize()
            scale = min(s.logo_height / ih, left_w / iw)
            logo_box = (iw * scale, ih * scale)
            left.append(Line(height=logo_box[1] + 4))
        if seller.name:
            left += wrapped(seller.name, left_w, s.size + 2, True)[:3]
        for address_line in seller.return_address[:8]:
            left += wrapped(address_line, left_w, s.small, grey=True)[:2]
        title_size = fonts.size_to_fit(t("Packing slip"), s.title, right_w, True)
        right = [Line(fonts.fit(t("Packing slip"), title_size, right_w, True), title_size, True, align="right",
                      height=s.title * LEADING)]
        symbol = self.symbol
        bar_h = s.bar_height if symbol else 0
        # on a 4x6 slip the code takes the full width (a half-width code would need bars too thin
        # for a 203 dpi head); on a sheet it sits under the title, right-aligned
        code_w = w if s.stacked else right_w
        code_lines = [Line(height=bar_h + 4),
                      Line(fonts.fit(self.order.order_id, s.size + 1, code_w, True), s.size + 1, True,
                           align="center" if s.stacked else "right")]
        if not s.stacked:
            right += code_lines

        def draw_code(canvas, x, bar_top):
            if symbol is None:
                return
            module = barcode_draw.module_to_fit(symbol, code_w + (s.margin if s.stacked else 0), s.module)
            bw = symbol.width_modules * module
            if s.stacked:  # centred on the thermal dot grid; quiet zones may reach into the margins, never bars
                left = barcode_draw.snap(x + (w - bw) / 2)
            else:
                left = x + w - bw + barcode_draw.QUIET_MODULES * module * 0.6
            barcode_draw.draw_pdf(canvas, symbol, left, bar_top - bar_h, module, bar_h)

        def extra(canvas, x, top, block, logo=logo, logo_box=logo_box):
            if logo is not None:
                canvas.drawImage(logo, x, top - block.pad - logo_box[1], logo_box[0], logo_box[1],
                                 mask="auto", preserveAspectRatio=True)
            if not s.stacked:
                draw_code(canvas, x, top - block.pad - right[0].leading - 2)

        top = Block([Column(0, left_w, left), Column(left_w + 6, right_w, right)], pad=0, extra=extra,
                    independent=True)
        if not s.stacked:
            return [top]
        code = Block([Column(0, w, code_lines)], pad=0, independent=True,
                     extra=lambda canvas, x, top, block: draw_code(canvas, x, top - 2))
        return [top, Spacer(s.size * 0.5), code]

    def _banners(self) -> list[Block]:
        s, t, order = self.style, self.t, self.order
        inner = self.body_width - 12
        out = []
        if order.is_replacement:
            lines = wrapped(t("REPLACEMENT ORDER"), inner, s.size + 3, True, align="center")
            if order.replaced_order_id:
                lines += wrapped(t("Replaces order {order_id}", order_id=order.replaced_order_id), inner, s.size,
                                 align="center")
            out.append(Block([Column(6, inner, lines)], pad=4, box=True, shade=True))
        if order.is_gift:
            out.append(Block([Column(6, inner, wrapped(t("Gift order: no prices on this slip"), inner, s.size,
                                                       True, align="center"))], pad=3, box=True))
        if order.is_business:
            text = t("Business order")
            if order.purchase_order_number:
                text += f" · {t('Purchase order')}: {order.purchase_order_number}"
            out.append(Block([Column(6, inner, wrapped(text, inner, s.size + 1, True, align="center"))],
                             pad=3, box=True))
        return out

    def _info_lines(self) -> list[tuple[str, str]]:
        t, order = self.t, self.order
        rows = [(t("Order ID"), order.order_id), (t("Order date"), t.date(order.purchase_date)),
                (t("Ship by"), t.date(order.ship_by))]
        if order.ship_service_level:
            rows.append((t("Shipping service"), order.ship_service_level))
        if order.is_business and order.purchase_order_number:
            rows.append((t("Purchase order"), order.purchase_order_number))
        return rows

    def _address_block(self) -> Block:
        s, t, order = self.style, self.t, self.order
        w = self.body_width
        ship_to = order.buyer.ship_to if order.buyer else None
        address = ship_to.lines() if ship_to else []
        if ship_to is None and order.buyer and order.buyer.buyer_name:
            address = [order.buyer.buyer_name]
        col_w = w if s.stacked else w / 2 - 6
        addr_lines = [Line(t("Ship to") + ":", s.small, True, grey=True)]
        for i, text in enumerate(address):
            addr_lines += wrapped(text, col_w, s.size + 1, bold=(i == 0))
        if not address:  # restricted data not fetched (or purged): say so rather than print a blank
            addr_lines.append(Line("–", s.size + 1, grey=True))
        label_w = min(col_w * 0.42, s.size * 11)
        labels: list[Line] = []
        values: list[Line] = []
        for label, value in self._info_lines():
            label_lines = wrapped(label + ":", label_w - 4, s.small, grey=True)
            value_lines = wrapped(value, col_w - label_w, s.size, bold=(label == t("Ship by")))
            rows = max(len(label_lines), len(value_lines))
            labels += _pad(label_lines, rows, s.small)
            values += _pad(value_lines, rows, s.size)
        if s.stacked:
            # one column on a 4x6 slip: order details first (what the packer checks), then the address
            spacer = [Line(height=max(a.leading, b.leading)) for a, b in zip(labels, values)]
            spacer.append(Line(height=s.size * 0.6))
            return Block([Column(0, label_w, labels), Column(label_w, w - label_w, values),
                          Column(0, w, spacer + addr_lines)], pad=0)
        return Block([Column(0, col_w, addr_lines),
                      Column(w / 2 + 6, label_w, labels),
                      Column(w / 2 + 6 + label_w, col_w - label_w, values)], pad=0)

    def _item_row(self, line: OrderLine) -> Block:
        s, t = self.style, self.t
        cols = self._table_columns()
        details_w = cols[2][1]
        details = wrapped(line.title or line.sku, details_w, s.size, True)
        ident = f"{t('SKU')}: {line.sku}"
        if line.asin:
            ident += f"  ·  {t('ASIN')}: {line.asin}"
        details += wrapped(ident, details_w, s.small)
        if line.condition:
            details += wrapped(f"{t('Condition')}: {t.condition(line.condition)}", details_w, s.small)
        if line.condition_note:
            details += wrapped(f"{t('Note')}: {line.condition_note}", details_w, s.small, grey=True)
        qty = line.to_pack if line.to_pack > 0 else line.quantity
        qty_size = s.size + 3 if qty == 1 else s.size + 5
        # checkbox and quantity take the title line's height, so the title lines keep their spacing
        row_h = s.size * LEADING
        columns = [Column(cols[0][0], cols[0][1], [Line(size=s.size + 1, checkbox=True, height=row_h)]),
                   Column(cols[1][0], cols[1][1], [Line(str(qty), qty_size, True, align="center", height=row_h)]),
                   Column(cols[2][0], cols[2][1], details)]
        if self._with_prices() and line.unit_price is not None:
            unit = line.unit_price
            total = unit.amount * qty
            columns.append(Column(cols[3][0], cols[3][1], [Line(self.t.money(unit.amount, unit.currency), s.size,
                                                                align="right")]))
            columns.append(Column(cols[4][0], cols[4][1], [Line(self.t.money(total, unit.currency), s.size,
                                                                align="right")]))
        return Block(columns, pad=3, rule_below=True, item=True)

    def _totals(self) -> list[Block]:
        s, t = self.style, self.t
        priced = [ln for ln in self.order.lines if ln.unit_price is not None and (ln.to_pack > 0 or ln.quantity == 0)]
        currencies = {ln.unit_price.currency for ln in priced}  # type: ignore[union-attr]
        if not priced or len(currencies) != 1:
            return []
        total = sum((ln.unit_price.amount * ln.to_pack for ln in priced), Decimal(0))  # type: ignore[union-attr]
        cols = self._table_columns()
        label_x = cols[2][0]
        label_w = cols[3][0] + cols[3][1] - label_x
        return [Block([Column(label_x, label_w, [Line(t("Items subtotal") + ":", s.size, True, align="right")]),
                       Column(cols[4][0], cols[4][1], [Line(t.money(total, currencies.pop()), s.size, True,
                                                            align="right")])], pad=2)]

    # drawing -------------------------------------------------------------------------------
    def draw(self, canvas: Canvas) -> None:
        s = self.style
        total = len(self.pages)
        for number, flows in enumerate(self.pages, start=1):
            canvas.setPageSize((self.width, self.height))
            top = self.height - s.margin
            if number > 1:
                top = self._draw_compact_header(canvas, top)
            draw_page(canvas, flows, s.margin, top, self.body_width)
            self._draw_footer(canvas, number, total)
            canvas.showPage()

    def _draw_compact_header(self, canvas: Canvas, top: float) -> float:
        s, t = self.style, self.t
        x, w = s.margin, self.body_width
        continued = f"{t('Packing slip')} ({t('continued')})"
        if s.stacked:  # 4x6: one line of text, then the code across the full width
            fonts.draw(canvas, x, top - s.size * 1.1, fonts.fit(self.seller.name, s.size, w * 0.45, True), s.size, True)
            fonts.draw(canvas, x + w, top - s.size * 1.1, fonts.fit(continued, s.size, w * 0.5), s.size,
                       align="right")
            bar_top = top - s.size * 1.3 - 3
            module = w + s.margin
            center = True
        else:
            half = w * 0.5
            fonts.draw(canvas, x, top - s.size * 1.2, fonts.fit(self.seller.name, s.size + 1, half, True),
                       s.size + 1, True)
            fonts.draw(canvas, x, top - s.size * 2.5, fonts.fit(continued, s.size, half), s.size)
            bar_top = top
            module = half
            center = False
        if self.symbol is not None:
            m = barcode_draw.module_to_fit(self.symbol, module, s.module)
            bw = self.symbol.width_modules * m
            left = barcode_draw.snap(x + (w - bw) / 2) if center else x + w - bw + barcode_draw.QUIET_MODULES * m * 0.6
            barcode_draw.draw_pdf(canvas, self.symbol, left, bar_top - s.bar_height, m, s.bar_height)
        id_y = bar_top - s.bar_height - s.size * 1.2
        if center:
            fonts.draw(canvas, x + w / 2, id_y, self.order.order_id, s.size, True, "center")
        else:
            fonts.draw(canvas, x + w, id_y, self.order.order_id, s.size, True, "right")
        return top - self._compact_header_height()

    def _draw_footer(self, canvas: Canvas, number: int, total: int) -> None:
        s, t = self.style, self.t
        y = s.margin * 0.5 + s.small * 0.6 if s.margin < 20 else s.margin
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        fonts.draw(canvas, s.margin, y, f"{t('Order ID')}: {self.order.order_id}", s.small)
        fonts.draw(canvas, self.width - s.margin, y, t("Page {page} of {pages}", page=number, pages=total), s.small,
                   align="right")
        canvas.setFillColorRGB(0, 0, 0)


def _pad(lines: list[Line], count: int, size: float) -> list[Line]:
    return lines + [Line("", size)] * (count - len(lines))


def layout_slip(order: Order, seller: SellerInfo, paper: str = "letter", locale: str | None = None,
                tz: tzinfo | None = None) -> _Slip:
    """Lay out one slip (no drawing yet); ``len(result.pages)`` is its page count."""
    paper_size(paper)
    fonts.register_fonts()
    return _Slip(order, seller, paper, Texts(locale or resolve_locale(order.marketplace_id), tz))


def render_slips(orders: Iterable[Order], seller: SellerInfo, paper: str = "letter",
                 preferred_locale: str | None = None, tz: tzinfo | None = None) -> bytes:
    """One PDF with the slips of ``orders`` in order, each starting on a new page.

    Each order's text is in its marketplace's locale (``preferred_locale`` chooses fr_CA over
    en_CA on the Canadian marketplace).
    """
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=paper_size(paper), pageCompression=1, initialFontName=fonts.REGULAR)
    canvas.setTitle("Packing slips")
    canvas.setCreator("station")
    count = 0
    for order in orders:
        slip = layout_slip(order, seller, paper, resolve_locale(order.marketplace_id, preferred_locale), tz)
        slip.draw(canvas)
        count += 1
    if count == 0:
        raise ValueError("no orders to print")
    canvas.save()
    return buffer.getvalue()


def render_slip(order: Order, seller: SellerInfo, paper: str = "letter", preferred_locale: str | None = None,
                tz: tzinfo | None = None) -> bytes:
    """The packing slip of one order as PDF bytes."""
    return render_slips([order], seller, paper, preferred_locale, tz)
