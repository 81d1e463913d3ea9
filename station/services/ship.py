"""Ship and confirm (issue 8): Buy Shipping labels, own-carrier tracking, several boxes, void, reprint.

Runs on the bench worker thread (never the GUI thread). The Bench calls:

* ``confirm``   (its ``on_confirm``): CMD:CONFIRM / bare Enter on a complete order;
* ``other_scan`` (its ``on_other_scan``): a scan that is no command and no product of the
  catalogue -- a box barcode, or a carrier tracking number on a complete order ("my own label");
* ``next_box``  (its ``on_next_box``): CMD:NEXT-BOX closed a box -- its scale weight is kept;
* ``reprint``   (its ``on_reprint``): CMD:REPRINT, with or without an order open.

Buy Shipping, never two labels by accident: before purchaseShipment the purchase is written
``requested`` with an idempotency key and committed; after it, ``purchased`` (shipment id,
tracking, the label bytes) or ``failed``. A row left ``requested`` (crash, timeout, dropped
answer) is resolved by asking Amazon: getOrder shows whether the order has a package we do not
know, and at the packer's next confirm the same idempotency key is replayed: Amazon answers a
replay of a purchase it made with that purchase (even while getOrder lags behind it) and buys
nothing more. A refused replay, or boxes whose contents changed since, fail the row once it is
5 minutes old (getOrder may lag); until then, and while a replay gets no answer, it stays
``requested`` and blocks any new purchase for those boxes. A cancelled order fails it at once.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from station.amazon.mapping import item_quantities
from station.domain.commands import Command
from station.domain.order import AmazonStatus, Order, Package, PackStatus
from station.domain.pack import Outcome, PackSession, Problem, ScanResult
from station.domain.shipping import (DEFAULT_BOXES, BoxPreset, ItemSize, NoRate, RateOption, ShippingRules,
                                     Weight, box_for_scan, choose_box, next_package_reference_id, package_weight,
                                     select_rate, ship_date)
from station.domain.tracking import TrackingCheck, confirm_carrier_fields, looks_like_tracking, validate_tracking
from station.security.crypto import cipher_for
from station.security.roles import Action
from station.store import audit
from station.store.audit import AuditAction
from station.store.db import Store
from station.store.labels import LabelPurchaseRow, LabelPurchases, PurchaseState
from station.store.models import OrderLineRow, OrderRow, PackageRow
from station.store.repositories import OrderRepository, ProductRepository, ScanRepository

from station.services.bench import ClaimLost

if TYPE_CHECKING:
    from station.services.bench import Bench, BenchEvent

log = logging.getLogger(__name__)

LABEL_SPEC = {"zpl203": ("ZPL", 203), "zpl300": ("ZPL", 300), "pdf": ("PDF", 203), "png": ("PNG", 203)}
CONTENT_TYPE = {"ZPL": "application/zpl", "PDF": "application/pdf", "PNG": "image/png"}
CURRENCY = {"ATVPDKIKX0DER": "USD", "A2EUQ1WTGCTBG2": "CAD", "A1AM78C64UM0Y8": "MXN"}
SCALE_PREFIX = "SCALE:"  # scan-log record of a box's weight when CMD:NEXT-BOX closed it
SETTLE_AFTER = timedelta(minutes=5)  # how long getOrder may lag behind a label purchase
TRACKING_PREFIX = "TRACKING:"  # scan-log record of an own-carrier number assigned to a box


class ShippingApi(Protocol):
    """What the service needs of Amazon (station.amazon.client.SpApi has exactly these)."""

    def get_order(self, order_id: str, included: Iterable[str] = ()) -> dict[str, Any]: ...
    def get_rates(self, body: dict[str, Any]) -> dict[str, Any]: ...
    def purchase_shipment(self, body: dict[str, Any], idempotency_key: str | None = None) -> dict[str, Any]: ...
    def get_documents(self, shipment_id: str, package_client_reference_id: str, format: str | None = None,
                      dpi: int | None = None) -> dict[str, Any]: ...
    def cancel_shipment(self, shipment_id: str) -> dict[str, Any] | None: ...


class Printing(Protocol):
    """station.devices.printqueue.PrintQueue."""

    def enqueue(self, role: str, kind: str, payload: bytes, content_type: str, order_id: str | None = None,
                **kwargs: Any) -> int: ...
    def reprint(self, job_id: int, operator: str | None = None) -> int: ...


class ShipError(Exception):
    """A ship step that cannot go on; the message is for the packer/supervisor."""


# -- configuration ----------------------------------------------------------------------------

CONFIG_FILE = "shipping.json"


@dataclass
class ShipConfig:
    """Settings keys (shipping.mode, shipping.cutoffs, label.format, slip.*) plus the station's
    ``shipping.json`` in the data folder, every key optional::

        {"boxes": [{"code": "BOX:M", "name": "Medium 12x9x6", "length_mm": 305, "width_mm": 229,
                    "height_mm": 152, "tare_g": 280, "max_weight_g": 18000, "barcodes": ["0012345678905"]}],
         "ship_from": {"name": "Acme", "addressLine1": "12 Main St", "city": "Springfield",
                       "stateOrRegion": "IL", "postalCode": "62701", "countryCode": "US"},
         "carrier_preference": ["UPS", "USPS"], "preference_margin": "0.50",
         "excluded_services": [], "prime_services": [], "allow_late_service": true,
         "void_window_hours": {"*": 24}, "holidays": ["2026-12-25"]}

    Without boxes the DEFAULT_BOXES apply; without ship_from it is read from seller.name and
    seller.return_address ("street|City, ST ZIP|US").
    """

    mode: str = "buy_shipping"
    label_format: str = "zpl203"
    cutoffs: dict[str, str] = field(default_factory=dict)
    rules: ShippingRules = field(default_factory=ShippingRules)
    boxes: tuple[BoxPreset, ...] = DEFAULT_BOXES
    ship_from: dict[str, str] | None = None
    void_window_h: dict[str, float] = field(default_factory=lambda: {"*": 24.0})
    holidays: tuple[date, ...] = ()
    slip_paper: str = "letter"
    slip_at: str = "confirm"
    seller: Any = None  # station.documents.slip.SellerInfo
    local_tz: tzinfo | None = None
    source: tuple[Any, Path | None] | None = field(default=None, repr=False)  # (settings, data dir) to reload

    def reloaded(self) -> "ShipConfig":
        """The config as the settings say now (a supervisor, or the demo start, may have changed them)."""
        if self.source is None:
            return self
        try:
            fresh = ShipConfig.load(*self.source)
            fresh.local_tz = self.local_tz
            return fresh
        except Exception:  # noqa: BLE001 - keep working with what was good
            log.warning("shipping settings not reloaded", exc_info=True)
            return self

    @classmethod
    def load(cls, settings: Any, data_dir: Path | None = None) -> "ShipConfig":
        extra: dict[str, Any] = {}
        path = Path(data_dir or settings.path.parent) / CONFIG_FILE
        if path.exists():
            try:
                extra = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ShipError(f"{path.name} cannot be read ({exc}); fix or remove it") from None
        try:
            boxes = tuple(BoxPreset.from_dict(b) for b in extra.get("boxes", ())) or DEFAULT_BOXES
            holidays = tuple(date.fromisoformat(d) for d in extra.get("holidays", ()))
            rules = ShippingRules.from_dict(extra)
        except (ValueError, TypeError, ArithmeticError) as exc:
            raise ShipError(f"{path.name}: {exc}") from None
        seller = None
        try:
            from station.documents.slip import SellerInfo
            seller = SellerInfo.from_settings(settings)
        except Exception:  # noqa: BLE001 - the slip is optional; the label is not
            log.warning("packing slips disabled: seller settings unreadable", exc_info=True)
        ship_from = extra.get("ship_from") or _ship_from_settings(settings) or _sandbox_ship_from(settings)
        return cls(source=(settings, data_dir), mode=settings.get("shipping.mode"), label_format=settings.get("label.format"),
                   cutoffs=dict(settings.get("shipping.cutoffs") or {}), rules=rules,
                   boxes=boxes, ship_from=ship_from,
                   void_window_h={str(k): float(v) for k, v in (extra.get("void_window_hours") or {"*": 24}).items()},
                   holidays=holidays,
                   slip_paper=settings.get("slip.paper"), slip_at=settings.get("slip.print_at"), seller=seller)

    def void_window(self, carrier: str | None) -> timedelta:
        table = {k.casefold(): v for k, v in self.void_window_h.items()}
        hours = table.get((carrier or "").casefold(), table.get("*", 24.0))
        return timedelta(hours=hours)


_CITY_LINE = re.compile(r"^(?P<city>[^,]+),\s*(?P<state>[A-Za-z .]+?)\s+(?P<zip>[A-Za-z0-9 -]{3,10})$")


def _ship_from_settings(settings: Any) -> dict[str, str] | None:
    """The ship-from address from ``seller.name`` and ``seller.return_address``
    ("street|city, ST ZIP|country"), when shipping.json has none."""
    lines = [p.strip() for p in (settings.get("seller.return_address") or "").split("|") if p.strip()]
    name = settings.get("seller.name") or ""
    for index, line in enumerate(lines):
        match = _CITY_LINE.match(line)
        if match and index >= 1:
            country = lines[index + 1] if index + 1 < len(lines) and len(lines[index + 1]) == 2 else "US"
            return {"name": name or lines[0], "addressLine1": lines[index - 1], "city": match["city"].strip(),
                    "stateOrRegion": match["state"].strip(), "postalCode": match["zip"].strip(),
                    "countryCode": country.upper()}
    return None


def _sandbox_ship_from(settings: Any) -> dict[str, str] | None:
    """Against the local SP-API sandbox (the demo) a seller without an address ships from the
    sandbox's own demo warehouse; against Amazon there is no such default."""
    endpoint = str(settings.get("amazon.endpoint") or "")
    if not re.match(r"^https?://(127\.0\.0\.1|localhost)(:\d+)?$", endpoint):
        return None
    return {"name": "Demo Seller Warehouse", "addressLine1": "2100 Dock Street", "addressLine2": "Door 4",
            "city": "Tacoma", "stateOrRegion": "WA", "postalCode": "98421", "countryCode": "US"}


# -- results ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shipped:
    order_id: str
    tracking: tuple[str, ...]
    carrier: str
    service: str = ""
    late: bool = False
    note: str = ""


@dataclass(frozen=True)
class CancelAlert:
    """An order cancelled on Amazon after its label was bought: warn loudly, offer to void."""

    order_id: str
    purchase_ids: tuple[int, ...]
    tracking: tuple[str, ...]
    can_void_until: datetime | None


# -- the service --------------------------------------------------------------------------------------


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class ShipService:
    def __init__(self, store: Store, api: ShippingApi | Callable[[], ShippingApi], printing: Printing | None,
                 config: ShipConfig, station: str, operator: str | None = None,
                 scale: Callable[[], float | None] | None = None, clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self._api = api
        self.printing = printing
        self.config = config
        self.station = station
        self.operator = operator
        self.scale = scale  # a stable reading in grams, or None (no scale, unstable, off)
        self.clock = clock
        self.alerts: list[CancelAlert] = []

    @property
    def api(self) -> ShippingApi:
        if callable(self._api) and not hasattr(self._api, "get_rates"):
            self._api = self._api()  # made lazily on the worker thread that uses it
        return self._api  # type: ignore[return-value]

    def install(self, bench: "Bench") -> "Bench":
        """Plug the ship flow into a Bench."""
        bench.on_confirm = self.confirm
        bench.on_other_scan = self.other_scan
        bench.on_next_box = self.next_box
        bench.on_reprint = self.reprint
        return bench

    # -- bench hooks --------------------------------------------------------------------------------
    def confirm(self, bench: "Bench", session: PackSession) -> "BenchEvent":
        self.operator = bench.operator or self.operator
        self.config = self.config.reloaded()
        if self.config.mode == "own_carrier":
            return self._note(bench, "Scan the TRACKING barcode of your label", waiting="tracking")
        return self.buy_shipping(bench, session)

    def other_scan(self, bench: "Bench", session: PackSession | None, text: str) -> "BenchEvent | None":
        """A scan that named no command and no product. None: not ours (the session refuses it)."""
        if session is None:
            return None
        order = session.order
        if session.stop is not None or order.pack_status == PackStatus.CANCELLED or not order.can_pack:
            return None  # the session refuses it: an error waits, or the order must not ship (issue 3)
        self.operator = bench.operator or self.operator
        if session.order.is_complete:
            self.config = self.config.reloaded()
        box = box_for_scan(text, self.config.boxes)
        if box is not None:
            return self._record(bench, ScanResult(text, Outcome.COMMAND, f"Box {session.package_no}: {box.name}",
                                                  package_no=session.package_no), box=box.code)
        if not session.order.is_complete:
            return None
        check = validate_tracking(text)
        if check.valid:
            return self.own_carrier(bench, session, check, text)
        if looks_like_tracking(text) or check.carrier:
            return self._record(bench, ScanResult(text, Outcome.REFUSED, f"TRACKING NUMBER REFUSED: {check.reason}",
                                                  package_no=session.package_no), error=True)
        return None

    def next_box(self, bench: "Bench", session: PackSession, result: ScanResult) -> None:
        """CMD:NEXT-BOX closed box ``result.package_no``: keep what the scale says it weighs."""
        grams = self._scale_g()
        if grams:
            self._record(bench, ScanResult(f"{SCALE_PREFIX}{grams}", Outcome.COMMAND,
                                           f"Box {result.package_no} weighs {grams} g",
                                           package_no=result.package_no))

    def reprint(self, bench: "Bench", session: PackSession | None) -> "BenchEvent":
        order_id = session.order.order_id if session else self._last_shipped_order()
        if order_id is None:
            return self._note(bench, "Nothing to reprint: no label was printed at this station yet")
        count = self.reprint_labels(order_id)
        if count == 0:
            return self._note(bench, f"Order {order_id} has no label to reprint", error=True)
        return self._note(bench, f"Reprinting {count} label{'s' if count > 1 else ''} of order {order_id}")

    # -- Buy Shipping ---------------------------------------------------------------------------------
    def buy_shipping(self, bench: "Bench", session: PackSession, partial: bool = False,
                     approver: str | None = None) -> "BenchEvent":
        order = session.order
        try:
            remote = self.api.get_order(order.order_id, ("FULFILLMENT", "PACKAGES"))  # fresh, right before buying
            if _cancelled_on_amazon(remote):
                self.resolve(order.order_id, replay=False, remote=remote)  # what was bought before: to void
                return self._cancelled(bench, order.order_id)
            reduced = self._amazon_quantities(bench, session, remote)
            if reduced is not None:
                return reduced
            # a purchase a crash or lost answer left open: settled first, never bought twice
            found = self.resolve(order.order_id, remote=remote, boxes=session.package_units)
            packages = self._packages_to_buy(session)
            if not packages:
                return self._finish(bench, session, found[-1] if found else None,
                                    note="every box already has its label")
            if _shipped_on_amazon(remote):
                return self._note(bench, _SHIPPED_ELSEWHERE.format(order.order_id), error=True)
            shipped = self._buy(order, packages, remote, hold=lambda db: bench._hold(db, order))
        except ClaimLost:
            raise  # the bench says it: another station has the order now
        except NoRate as exc:
            return self._note(bench, str(exc), error=True)
        except ShipError as exc:
            return self._note(bench, str(exc), error=True)
        except Exception as exc:  # noqa: BLE001 - Amazon/network trouble: a message, nothing lost
            log.warning("buy shipping for %s failed: %s", order.order_id, exc)
            with self.store.session() as db:
                open_rows = LabelPurchases(db).for_order(order.order_id, (PurchaseState.REQUESTED,))
            if open_rows:
                return self._note(bench, f"The label purchase has no answer yet ({exc}). Confirm again once Amazon "
                                         "answers: the station checks first and never buys a second label.",
                                  error=True)
            return self._note(bench, f"Label not bought: {exc}. Nothing was lost; confirm again to retry.",
                              error=True)
        problems = self._print_pending(order.order_id)
        if partial:
            self._after_partial(order, approver)
        event = self._finish(bench, session, shipped)
        if problems:
            event = dataclasses.replace(event, message=f"{event.message}  --  LABEL NOT PRINTED: {problems[0]} "
                                                       "(reprint it from Shipping > Labels)",
                                        extra={**event.extra, "print_problem": problems[0], "error": True})
        return event

    def _amazon_quantities(self, bench: "Bench", session: PackSession,
                           remote: Mapping[str, Any]) -> "BenchEvent | None":
        """getOrder shows fewer units of a line than the box holds (a partial cancellation): keep Amazon's
        quantities and reopen the order, whose loud stop says what to take out. Nothing is bought or sent in
        this confirm, whatever the reopening says (a database error included): the packer confirms again."""
        amazon = item_quantities(remote)  # quantityOrdered only: quantityFulfilled may count our own label
        if not amazon:
            return None
        now = {line.order_item_id: amazon.get(line.order_item_id, 0) for line in session.order.lines}  # dropped: 0
        if not any(dataclasses.replace(line, quantity=now[line.order_item_id]).excess for line in session.order.lines):
            return None
        log.warning("order %s has fewer units on Amazon than are packed: reloading it", session.order.order_id)
        with self.store.session() as db:
            OrderRepository(db).set_quantities(session.order.order_id, now)
        return bench.reload(session.order.order_id)

    def _cancelled(self, bench: "Bench", order_id: str) -> "BenchEvent":
        with self.store.session() as db:
            row = db.get(OrderRow, order_id)
            if row is not None:
                row.amazon_status = AmazonStatus.CANCELED.value
                row.pack_status = PackStatus.CANCELLED.value
        event = bench.amazon_cancelled(order_id)
        self.check_cancelled_labels()
        if event is not None:
            return event
        return self._note(bench, f"Order {order_id} was CANCELLED by the buyer. Do not ship it.", error=True)

    def _packages_to_buy(self, session: PackSession) -> list[tuple[int, dict[str, int]]]:
        order_id = session.order.order_id
        with self.store.session() as db:
            done = {r.package_no for r in LabelPurchases(db).for_order(
                order_id, (PurchaseState.PURCHASED, PurchaseState.REQUESTED))}
        return [(no, dict(units)) for no, units in sorted(session.package_units.items())
                if units and sum(units.values()) > 0 and no not in done]

    def _box_and_weight(self, order: Order, package_no: int, items: Mapping[str, int], last: bool,
                        history: list[ScanResult]) -> tuple[BoxPreset, Weight]:
        scanned_box = None
        recorded_g = None
        for result in history:
            if result.problem is Problem.QUANTITY_REDUCED:
                recorded_g = None  # units came out of some box: its weight on the scale is no longer true
            if result.package_no != package_no:
                continue
            box = box_for_scan(result.code, self.config.boxes)
            if box is not None:
                scanned_box = box
            elif result.code.startswith(SCALE_PREFIX):
                recorded_g = int(result.code[len(SCALE_PREFIX):])
        with self.store.session() as db:
            products = ProductRepository(db).many(order.line(i).sku for i in items)
        units: list[tuple[str, ItemSize]] = []
        for item_id, count in items.items():
            line = order.line(item_id)
            product = products.get(line.sku)
            size = ItemSize(product.length_mm, product.width_mm, product.height_mm, product.weight_g) \
                if product else ItemSize(weight_g=line.weight_g)
            units += [(line.sku, size)] * count
        box = scanned_box or choose_box([u for _, u in units], self.config.boxes)
        scale_g = recorded_g if recorded_g else (self._scale_g() if last else None)
        weight = package_weight(((sku, u.weight_g) for sku, u in units), box, scale_g)
        return box, weight

    def _scale_g(self) -> int | None:
        if self.scale is None:
            return None
        try:
            grams = self.scale()
        except Exception:  # noqa: BLE001 - a scale that fails means "no reading", never a crash
            log.warning("scale reading failed", exc_info=True)
            return None
        return round(grams) if grams and grams > 0 else None

    def _buy(self, order: Order, packages: list[tuple[int, dict[str, int]]], remote: dict[str, Any],
             hold: Callable[[Any], None] | None = None) -> Shipped:
        if not self.config.ship_from:
            raise ShipError("No ship-from address: set seller.name and seller.return_address "
                            "(street|City, ST ZIP|US) or ship_from in shipping.json")
        with self.store.session() as db:
            history = ScanRepository(db).history(order.order_id)
            taken = [p.package_reference_id for p in db.scalars(select(PackageRow).where(
                PackageRow.order_id == order.order_id))]
            taken += [r.package_reference_id for r in LabelPurchases(db).for_order(order.order_id)]
        taken += [p.get("packageReferenceId") for p in remote.get("packages") or []]
        currency = CURRENCY.get(order.marketplace_id, "USD")
        planned, body_packages = [], []
        ref = next_package_reference_id(taken)
        for index, (package_no, items) in enumerate(packages):
            box, weight = self._box_and_weight(order, package_no, items, index == len(packages) - 1, history)
            value = sum((order.line(i).unit_price.amount if order.line(i).unit_price else Decimal("0")) * n
                        for i, n in items.items())
            planned.append((package_no, ref, items, box, weight))
            body_packages.append({
                "packageClientReferenceId": str(ref),
                "dimensions": {"length": box.length_mm / 10, "width": box.width_mm / 10,
                               "height": box.height_mm / 10, "unit": "CENTIMETER"},
                "weight": {"value": weight.grams, "unit": "GRAM"},
                "insuredValue": {"value": float(value), "unit": currency},
                "items": [{"quantity": n, "itemIdentifier": i} for i, n in items.items()]})
            ref += 1
        now = self.clock()
        fmt, dpi = LABEL_SPEC[self.config.label_format]
        leaves = ship_date(now, None, self.config.cutoffs, self.config.local_tz, self.config.holidays)
        for _ in range(2):  # a second time only when the chosen carrier's cut-off moves the ship date
            rates_body = {"shipFrom": self.config.ship_from, "packages": body_packages, "shipDate": _iso(leaves),
                          "channelDetails": {"channelType": "AMAZON",
                                             "amazonOrderDetails": {"orderId": order.order_id}}}
            answer = _payload(self.api.get_rates(rates_body))
            rates = [RateOption.from_api(r) for r in answer.get("rates") or []]
            rates = [r for r in rates if not r.formats or fmt in r.formats]
            choice = select_rate(rates, deliver_by=order.deliver_by, is_prime=order.is_prime,
                                 rules=self.config.rules)
            carrier_leaves = ship_date(now, choice.rate.carrier_id, self.config.cutoffs, self.config.local_tz,
                                       self.config.holidays)
            if carrier_leaves.date() == leaves.date():
                break
            leaves = carrier_leaves  # after this carrier's cut-off: ask again for the day it really leaves
        leaves = carrier_leaves
        key = uuid.uuid4().hex
        purchase_body = {"requestToken": answer["requestToken"], "rateId": choice.rate.rate_id,
                         "requestedDocumentSpecification": {
                             "format": fmt, "size": {"width": 4, "length": 6, "unit": "INCH"}, "dpi": dpi,
                             "pageLayout": "DEFAULT", "needFileJoining": False,
                             "requestedDocumentTypes": ["LABEL"]}}
        with self.store.session() as db:  # recorded BEFORE the call, committed
            if hold is not None:
                hold(db)  # this station still holds the order (several stations, one database)
            for package_no, ref_id, items, box, weight in planned:
                LabelPurchases(db).add(LabelPurchaseRow(
                    order_id=order.order_id, package_no=package_no, package_reference_id=ref_id,
                    idempotency_key=key, state=PurchaseState.REQUESTED.value, request_token=answer["requestToken"],
                    rate_id=choice.rate.rate_id, carrier_id=choice.rate.carrier_id,
                    carrier_name=choice.rate.carrier_name, service_id=choice.rate.service_id,
                    service_name=choice.rate.service_name, amount=choice.rate.amount,
                    currency=choice.rate.currency or None, items=items, weight_g=weight.grams, box_code=box.code,
                    ship_date=leaves, label_format=self.config.label_format, station=self.station,
                    operator=self.operator))
        log.info("buying %s for order %s (%d box(es), key %s)", choice.rate.service_id, order.order_id,
                 len(planned), key)
        try:
            bought = _payload(self.api.purchase_shipment(purchase_body, idempotency_key=key))
        except Exception as exc:
            if _definite_refusal(exc):
                self._mark(key, PurchaseState.FAILED, error=str(exc))
                raise ShipError(f"Amazon refused the label: {exc}") from None
            # Timeout, dropped answer, 5xx: it may have been bought. Ask Amazon, never buy again.
            log.warning("purchase for %s has no answer (%s): asking Amazon", order.order_id, exc)
            outcome = self.resolve(order.order_id)
            if not outcome:
                raise ShipError(f"The label purchase got no answer ({exc}); Amazon shows no label, so nothing "
                                "was bought. Confirm again to retry.") from None
            return outcome[-1]
        self._record_purchase(key, bought)
        return Shipped(order.order_id, tuple(self._tracking(key)), choice.rate.carrier_name,
                       choice.rate.service_name, choice.late, choice.reason)

    def _record_purchase(self, key: str, bought: Mapping[str, Any]) -> None:
        """The AFTER record: shipment id, tracking and label per box; the packages rows; the order's state."""
        details = {str(d.get("packageClientReferenceId")): d for d in bought.get("packageDocumentDetails") or []}
        now = self.clock()
        with self.store.session() as db:
            rows = list(db.scalars(select(LabelPurchaseRow).where(LabelPurchaseRow.idempotency_key == key)))
            for row in rows:
                detail = details.get(str(row.package_reference_id)) or {}
                documents = [d for d in detail.get("packageDocuments") or [] if d.get("type", "LABEL") == "LABEL"]
                row.state = PurchaseState.PURCHASED.value
                row.shipment_id = str(bought.get("shipmentId") or "") or None
                row.tracking_number = detail.get("trackingId")
                label = base64.b64decode(documents[0]["contents"]) if documents else None
                # the label names the buyer: sealed, and kept only until its print job holds it
                row.label = cipher_for(db).seal_bytes(label, _label_context(row)) if label else None
                row.purchased_at = now
                row.error = None
                self._package_row(db, row.order_id, row.package_reference_id, row.items, row.weight_g,
                                  carrier=row.carrier_id, carrier_name=row.carrier_name,
                                  service=row.service_name, tracking=row.tracking_number, ship_date=row.ship_date,
                                  confirmed=True)  # Buy Shipping confirms the shipment on Amazon by itself
            if rows:
                self._update_order_status(db, rows[0].order_id)
                audit.record(db, AuditAction.PURCHASE, self.station, self.operator, rows[0].order_id,
                             details={"shipment": rows[0].shipment_id, "service": rows[0].service_id,
                                      "amount": str(rows[0].amount), "packages": len(rows),
                                      "tracking": [r.tracking_number for r in rows]})

    def _package_row(self, db, order_id: str, ref: int, items: Mapping[str, int], weight_g: int | None, *,
                     carrier: str | None, carrier_name: str | None, service: str | None, tracking: str | None,
                     ship_date: datetime | None, confirmed: bool, status: str = "shipped") -> PackageRow:
        row = db.scalar(select(PackageRow).where(PackageRow.order_id == order_id,
                                                 PackageRow.package_reference_id == ref))
        if row is None:
            row = PackageRow(order_id=order_id, package_reference_id=ref)
            db.add(row)
        row.items, row.weight_g, row.carrier, row.carrier_name = dict(items), weight_g, carrier, carrier_name
        row.shipping_service, row.tracking_number, row.ship_date = service, tracking, ship_date
        row.confirmed, row.status, row.station, row.operator = confirmed, status, self.station, self.operator
        return row

    def _update_order_status(self, db, order_id: str) -> None:
        """Shipped once every unit to pack is in a labelled/confirmed package."""
        order = db.get(OrderRow, order_id)
        if order is None:
            return
        packed: dict[str, int] = {}
        for package in db.scalars(select(PackageRow).where(PackageRow.order_id == order_id,
                                                           PackageRow.status != "voided")):
            for item_id, units in (package.items or {}).items():
                packed[item_id] = packed.get(item_id, 0) + int(units)
        lines = list(db.scalars(select(OrderLineRow).where(OrderLineRow.order_id == order_id)))
        if lines and all(packed.get(l.order_item_id, 0) >= l.quantity - (l.quantity_shipped or 0) for l in lines):
            if order.pack_status != PackStatus.CANCELLED.value:
                order.pack_status = PackStatus.SHIPPED.value
            order.station, order.operator = self.station, self.operator or order.operator

    def _mark(self, key: str, state: PurchaseState, error: str | None = None) -> None:
        with self.store.session() as db:
            for row in db.scalars(select(LabelPurchaseRow).where(LabelPurchaseRow.idempotency_key == key)):
                row.state = state.value
                row.error = error

    def _tracking(self, key: str) -> list[str]:
        with self.store.session() as db:
            return [r.tracking_number for r in db.scalars(select(LabelPurchaseRow).where(
                LabelPurchaseRow.idempotency_key == key).order_by(LabelPurchaseRow.package_reference_id))
                if r.tracking_number]

    # -- crash/timeout recovery ------------------------------------------------------------------------
    def resolve(self, order_id: str | None = None, replay: bool = True, remote: Mapping[str, Any] | None = None,
                boxes: Mapping[int, Mapping[str, int]] | None = None) -> list[Shipped]:
        """Settle every purchase left ``requested`` (of one order, or all) by asking Amazon; then queue any
        bought label that was never queued for printing. Returns what turned out to be bought.

        ``replay=False`` (start-up, no packer at the confirm) only settles what getOrder shows bought: a replay
        of a purchase Amazon never received would buy it now, so that waits for the packer's next confirm.
        ``remote``: the order's getOrder answer when the caller has it. ``boxes``: the open order's boxes
        (package_no -> units); a purchase recorded for other contents is never replayed."""
        with self.store.session() as db:
            rows = [r for r in LabelPurchases(db).unresolved() if order_id is None or r.order_id == order_id]
            groups: dict[str, list[LabelPurchaseRow]] = {}
            for r in rows:
                groups.setdefault(r.idempotency_key, []).append(r)
            db.expunge_all()
        found: list[Shipped] = []
        for key, members in groups.items():
            shipped = self._resolve_one(key, members, replay, remote if order_id else None, boxes)
            if shipped:
                found.append(shipped)
        for oid in {m[0].order_id for m in groups.values()} | ({order_id} if order_id else set()):
            self._print_pending(oid)
        return found

    def recover(self, bench: "Bench") -> "BenchEvent | None":
        """At start-up, on the bench thread: settle purchases a crash left open, print what was bought and
        not printed, then resume the bench's order -- or, if it turned out shipped, say so and free the bench."""
        try:
            found = self.resolve(replay=False)
        except Exception as exc:  # noqa: BLE001 - Amazon unreachable: settled at the next confirm instead
            log.warning("open label purchases not settled at start-up: %s", exc)
            found = []
        self.check_cancelled_labels()
        event = bench.resume()
        session = bench.session
        if session is None:
            return event
        with self.store.session() as db:
            row = db.get(OrderRow, session.order.order_id)
            shipped = row is not None and row.pack_status == PackStatus.SHIPPED.value
        if not shipped:
            return event
        done = next((s for s in found if s.order_id == session.order.order_id), None)
        return self._finish(bench, session, done, note="already shipped")

    def _resolve_one(self, key: str, members: list[LabelPurchaseRow], replay: bool,
                     remote: Mapping[str, Any] | None, boxes: Mapping[int, Mapping[str, int]] | None) -> Shipped | None:
        """Settle one purchase left ``requested``. getOrder says whether Amazon shows a label we do not know;
        the answer that settles it is a replay of the same idempotency key: Amazon returns the first purchase
        if it made one (even when getOrder lags behind it) and buys nothing more."""
        order_id = members[0].order_id
        remote = remote or self.api.get_order(order_id, ("FULFILLMENT", "PACKAGES"))
        with self.store.session() as db:
            known = {r.tracking_number for r in LabelPurchases(db).for_order(order_id) if r.tracking_number}
            known |= {p.tracking_number for p in db.scalars(select(PackageRow).where(
                PackageRow.order_id == order_id)) if p.tracking_number}
        wanted = {i for m in members for i in m.items or {}}
        new = [p for p in remote.get("packages") or [] if p.get("trackingNumber") not in known
               and wanted & {item.get("orderItemId") for item in p.get("packageItems") or []}]
        if not new and _cancelled_on_amazon(remote):
            self._mark(key, PurchaseState.FAILED, error="the order was cancelled and Amazon shows no label: "
                                                        "nothing was bought")
            return None
        if not new and not replay:
            log.info("purchase %s of order %s stays open: Amazon shows no label yet", key, order_id)
            return None
        if not new and boxes is not None and any(dict(boxes.get(m.package_no) or {}) != dict(m.items or {})
                                                 for m in members):
            # the boxes changed since (Amazon lowered a line): a replay would buy the old contents
            return self._not_bought(key, members, "the boxes changed since, and Amazon shows no such label")
        first = members[0]
        body = {"requestToken": first.request_token, "rateId": first.rate_id,
                "requestedDocumentSpecification": {
                    "format": LABEL_SPEC[first.label_format or "zpl203"][0],
                    "size": {"width": 4, "length": 6, "unit": "INCH"},
                    "dpi": LABEL_SPEC[first.label_format or "zpl203"][1], "pageLayout": "DEFAULT",
                    "needFileJoining": False, "requestedDocumentTypes": ["LABEL"]}}
        carrier, service = first.carrier_name or "", first.service_name or ""
        try:
            bought = _payload(self.api.purchase_shipment(body, idempotency_key=key))
        except Exception as exc:  # noqa: BLE001 - decided below from what Amazon's order shows
            if new:  # bought: keep what the order shows; a supervisor fetches the label
                return self._record_from_order(key, order_id, new, carrier, service, exc)
            if _definite_refusal(exc):  # e.g. the rates expired: the first call never reached Amazon either
                return self._not_bought(key, members, f"Amazon shows no such label and refuses it again ({exc})")
            raise  # still unknown: the row stays requested, so no second label is bought until it is settled
        self._record_purchase(key, bought)
        log.info("purchase %s of order %s settled by replaying its key", key, order_id)
        return Shipped(order_id, tuple(self._tracking(key)), carrier, service, note="resolved from Amazon")

    def _not_bought(self, key: str, members: list[LabelPurchaseRow], why: str) -> None:
        """Amazon shows no label for this purchase. Only after ``SETTLE_AFTER`` is that taken as "never
        bought": getOrder (and a refused replay) may lag behind a purchase that went through."""
        requested = members[0].created_at
        requested = requested if requested.tzinfo else requested.replace(tzinfo=timezone.utc)
        if self.clock() - requested < SETTLE_AFTER:
            raise ShipError(f"Amazon does not show yet whether the label asked for at "
                            f"{requested.astimezone():%H:%M} was bought ({why}). Confirm again in a few minutes: "
                            "the station never buys a second label.")
        self._mark(key, PurchaseState.FAILED, error=f"no answer to the purchase; {why}: nothing was bought")
        log.info("purchase %s of order %s was not made (%s)", key, members[0].order_id, why)

    def _record_from_order(self, key: str, order_id: str, packages: list[dict], carrier: str, service: str,
                           exc: BaseException) -> Shipped:
        log.warning("replay of purchase %s failed (%s); recording the tracking from getOrder", key, exc)
        trackings = [p.get("trackingNumber") for p in packages]
        with self.store.session() as db:
            rows = list(db.scalars(select(LabelPurchaseRow).where(LabelPurchaseRow.idempotency_key == key)
                                   .order_by(LabelPurchaseRow.package_reference_id)))
            for row, tracking in zip(rows, trackings):
                row.state, row.tracking_number = PurchaseState.PURCHASED.value, tracking
                row.purchased_at = self.clock()
                row.error = f"label bought, but its document could not be fetched: {exc}"
                self._package_row(db, order_id, row.package_reference_id, row.items, row.weight_g,
                                  carrier=row.carrier_id, carrier_name=row.carrier_name,
                                  service=row.service_name, tracking=tracking, ship_date=row.ship_date,
                                  confirmed=True)
            self._update_order_status(db, order_id)
        return Shipped(order_id, tuple(t for t in trackings if t), carrier, service,
                       note="label bought; reprint it from history")

    # -- printing --------------------------------------------------------------------------------------
    def _print_pending(self, order_id: str) -> list[str]:
        """Queue every bought label of the order that is not queued yet, then (at confirm) the slip.
        Returns the problems (a label the printer settings refuse ...): the label stays bought and unqueued,
        so it prints at the next reprint or start-up once the settings are fixed."""
        problems: list[str] = []
        if self.printing is None:
            return ["no label printer is set up"]
        with self.store.session() as db:
            rows = [r for r in LabelPurchases(db).for_order(order_id, (PurchaseState.PURCHASED,))
                    if r.label_job_id is None and (r.label or r.shipment_id)]
            cipher = cipher_for(db)
            wanted = [(r.id, cipher.open_bytes(r.label, _label_context(r)) if r.label else None, r.label_format,
                       r.shipment_id, r.package_reference_id) for r in rows]
        jobs = []
        for purchase_id, label, fmt, shipment_id, ref in wanted:
            if label is None:  # bought, never printed, and the answer's label was lost: Amazon has it
                try:
                    label = self._fetch_label(shipment_id, ref, fmt)
                except Exception as exc:  # noqa: BLE001
                    problems.append(f"the label could not be fetched from Amazon ({exc})")
                    continue
            if label:
                jobs.append((purchase_id, label, fmt))
        slip_needed = bool(jobs) and self.config.slip_at == "confirm"
        for purchase_id, label, fmt in jobs:
            kind = LABEL_SPEC[fmt or "zpl203"][0]
            try:
                job_id = self.printing.enqueue("label", "shipping_label", bytes(label), CONTENT_TYPE[kind],
                                               order_id=order_id)
            except Exception as exc:  # noqa: BLE001 - the label is bought: say why it does not print, keep it
                log.warning("label of %s not queued: %s", order_id, exc)
                problems.append(str(exc))
                continue
            with self.store.session() as db:
                row = db.get(LabelPurchaseRow, purchase_id)
                row.label_job_id, row.label = job_id, None  # the print queue keeps it (and the purge empties it)
        if slip_needed:
            self._print_slip(order_id)
        return problems

    def _print_slip(self, order_id: str) -> None:
        if self.printing is None or self.config.seller is None:
            return
        try:
            from station.documents.slip import render_slip
            with self.store.session() as db:
                order = OrderRepository(db).get(order_id, with_buyer=True)
            pdf = render_slip(order, self.config.seller, self.config.slip_paper)
            self.printing.enqueue("slip", "packing_slip", pdf, "application/pdf", order_id=order_id)
        except Exception:  # noqa: BLE001 - a slip problem must not undo a bought label
            log.warning("packing slip for %s not printed", order_id, exc_info=True)

    def reprint_labels(self, order_id: str) -> int:
        """Reprint every live label of an order (from the stored bytes, or fetched from Amazon again)."""
        if self.printing is None:
            return 0
        with self.store.session() as db:
            cipher = cipher_for(db)
            rows = [(r.id, r.label_job_id, cipher.open_bytes(r.label, _label_context(r)) if r.label else None,
                     r.label_format, r.shipment_id, r.package_reference_id)
                    for r in LabelPurchases(db).for_order(order_id, (PurchaseState.PURCHASED,))]
        count = 0
        for purchase_id, job_id, label, fmt, shipment_id, ref in rows:
            kind, dpi = LABEL_SPEC[fmt or "zpl203"]
            if job_id is not None and not label:
                try:
                    self.printing.reprint(job_id, operator=self.operator)
                    count += 1
                    continue
                except Exception as exc:  # noqa: BLE001 - the stored job is gone or emptied (purged): ask Amazon
                    log.info("print job %s cannot be reprinted (%s); fetching the label from Amazon", job_id, exc)
            if not label and shipment_id:
                label = self._fetch_label(shipment_id, ref, fmt)
            if not label:
                continue
            new_id = self.printing.enqueue("label", "shipping_label", bytes(label), CONTENT_TYPE[kind],
                                           order_id=order_id)
            with self.store.session() as db:
                row = db.get(LabelPurchaseRow, purchase_id)
                row.label, row.label_job_id = None, new_id
            count += 1
        if count:
            with self.store.session() as db:
                audit.record(db, AuditAction.REPRINT, self.station, self.operator, order_id,
                             details={"labels": count})
        return count

    def _fetch_label(self, shipment_id: str, ref: int, fmt: str | None) -> bytes | None:
        kind, dpi = LABEL_SPEC[fmt or "zpl203"]
        answer = _payload(self.api.get_documents(shipment_id, str(ref), kind, dpi))
        docs = (answer.get("packageDocumentDetail") or {}).get("packageDocuments") or []
        return base64.b64decode(docs[0]["contents"]) if docs else None

    def _last_shipped_order(self) -> str | None:
        with self.store.session() as db:
            row = db.scalar(select(PackageRow).where(PackageRow.station == self.station)
                            .order_by(PackageRow.id.desc()).limit(1))
            return row.order_id if row else None

    # -- own carrier ------------------------------------------------------------------------------------
    def own_carrier(self, bench: "Bench", session: PackSession, check: TrackingCheck, raw: str) -> "BenchEvent":
        """A valid tracking number on a complete order: assign it to the next box without one; when every
        box has its number, confirm them all through the outbox (one transaction with the packages)."""
        order = session.order
        number = check.number
        used = self._used_by_other_order(number, order.order_id)
        if used:
            return self._record(bench, ScanResult(raw, Outcome.REFUSED,
                                                  f"TRACKING NUMBER REFUSED: {number} is already used by order {used}",
                                                  package_no=session.package_no), error=True)
        with self.store.session() as db:
            history = ScanRepository(db).history(order.order_id)
        assigned: dict[int, str] = {}
        for r in history:
            if r.code.startswith(TRACKING_PREFIX):
                box, assigned_number = r.code[len(TRACKING_PREFIX):].split(":", 1)
                if assigned_number:
                    assigned[int(box)] = assigned_number
                else:  # taken back off the box (another order got the number first)
                    assigned.pop(int(box), None)
        boxes = [no for no, units in sorted(session.package_units.items()) if units and sum(units.values())]
        free = [no for no in boxes if no not in assigned]
        if number in assigned.values():
            if free:
                return self._note(bench, f"{number} is already on a box of this order: scan the label of box "
                                         f"{free[0]}", error=True)
            # every box has its number: the confirm did not go through last time; try it again
        elif not free:
            return self._note(bench, "Every box of this order already has its tracking number", error=True)
        else:
            box_no = free[0]
            assigned[box_no] = number
            carrier = check.amazon_carrier_code or check.carrier_name or check.carrier or ""
            self._record(bench, ScanResult(f"{TRACKING_PREFIX}{box_no}:{number}", Outcome.COMMAND,
                                           f"Box {box_no}: {carrier} {number}", package_no=box_no))
            if len(free) > 1:
                return self._note(bench, f"Box {box_no}: {carrier} {number}. Scan the label of box {free[1]}",
                                  tracking=number)
        try:
            remote = self.api.get_order(order.order_id, ("FULFILLMENT", "PACKAGES"))
        except Exception as exc:  # noqa: BLE001 - the outbox is durable; Amazon will refuse a cancelled order
            log.warning("getOrder before own-carrier confirm of %s failed: %s", order.order_id, exc)
            remote = {}
        if _cancelled_on_amazon(remote):
            return self._cancelled(bench, order.order_id)
        reduced = self._amazon_quantities(bench, session, remote)
        if reduced is not None:
            return reduced
        if _shipped_on_amazon(remote):
            return self._note(bench, _SHIPPED_ELSEWHERE.format(order.order_id), error=True)
        checks = {no: validate_tracking(assigned[no]) for no in boxes}
        try:
            self._confirm_own(order, session, checks, remote, hold=lambda db: bench._hold(db, order))
        except IntegrityError as exc:
            if not _live_tracking_clash(exc):
                raise
            return self._taken_meanwhile(bench, order.order_id, assigned)
        if self.config.slip_at == "confirm":
            self._print_slip(order.order_id)
        shipped = Shipped(order.order_id, tuple(checks[no].number for no in boxes),
                          checks[boxes[0]].amazon_carrier_code or checks[boxes[0]].carrier_name or "")
        return self._finish(bench, session, shipped)

    def _used_by_other_order(self, number: str, order_id: str) -> str | None:
        with self.store.session() as db:
            used = db.scalar(select(PackageRow.order_id).where(PackageRow.tracking_number == number,
                                                               PackageRow.order_id != order_id,
                                                               PackageRow.status != "voided").limit(1))
            return used or next((r.order_id for r in LabelPurchases(db).by_tracking(number)
                                 if r.order_id != order_id and r.state == PurchaseState.PURCHASED.value), None)

    def _taken_meanwhile(self, bench: "Bench", order_id: str, assigned: Mapping[int, str]) -> "BenchEvent":
        """Another station gave one of these numbers to its order between our check and our commit (the
        database's unique index refused ours): take it back off our box, so the packer scans the right one."""
        event = None
        for box_no, number in sorted(assigned.items()):
            used = self._used_by_other_order(number, order_id)
            if used:
                event = self._record(bench, ScanResult(
                    f"{TRACKING_PREFIX}{box_no}:", Outcome.REFUSED,
                    f"TRACKING NUMBER REFUSED: {number} was just used by order {used}. Scan this box's own label",
                    package_no=box_no), error=True)
        return event or self._note(bench, "This tracking number is already on a package of this order: nothing "
                                          "was sent twice", error=True)

    def _confirm_own(self, order: Order, session: PackSession, checks: Mapping[int, TrackingCheck],
                     remote: Mapping[str, Any], hold: Callable[[Any], None] | None = None) -> None:
        from station.services.confirm import enqueue_confirmation

        now = self.clock()
        with self.store.session() as db:
            if hold is not None:
                hold(db)
            taken = [p.package_reference_id for p in db.scalars(select(PackageRow).where(
                PackageRow.order_id == order.order_id))]
            taken += [r.package_reference_id for r in LabelPurchases(db).for_order(order.order_id)]
            taken += [p.get("packageReferenceId") for p in remote.get("packages") or []]
            ref = next_package_reference_id(taken)
            for box_no, check in sorted(checks.items()):
                items = session.package_units[box_no]
                fields = confirm_carrier_fields(check)
                leaves = ship_date(now, check.carrier, self.config.cutoffs, self.config.local_tz,
                                   self.config.holidays)
                self._package_row(db, order.order_id, ref, items, None, carrier=fields.get("carrierCode"),
                                  carrier_name=fields.get("carrierName"), service=check.service,
                                  tracking=check.number, ship_date=leaves, confirmed=False, status="confirming")
                enqueue_confirmation(db, order.order_id, ref, carrier_code=fields.get("carrierCode"),
                                     carrier_name=fields.get("carrierName"), tracking_number=check.number,
                                     ship_date=leaves, items=sorted(items.items()), station=self.station,
                                     operator=self.operator, marketplace_id=order.marketplace_id)
                ref += 1
            db.flush()
            self._update_order_status(db, order.order_id)
            audit.record(db, AuditAction.CONFIRM, self.station, self.operator, order.order_id,
                         details={"own_carrier": True, "tracking": [c.number for c in checks.values()]})

    # -- partial shipment (supervisor) --------------------------------------------------------------------
    def ship_partial(self, bench: "Bench", approver: Any = None) -> "BenchEvent":
        """Ship what is scanned now (a supervisor's decision); the rest stays to pack later.
        ``approver``: the supervisor (an Operator, from the badge dialog) when the packer is not one."""
        decision = bench.authorize(Action.PARTIAL_SHIPMENT, approver)
        if not decision.allowed:
            return self._note(bench, decision.reason, error=True, needs_approval=Action.PARTIAL_SHIPMENT.value)
        approver = decision.approver.name if decision.approver is not None else (
            approver if isinstance(approver, str) else bench.operator)
        self.operator = bench.operator or self.operator
        session = bench.session
        if session is None or not any(sum(u.values()) for u in session.package_units.values()):
            return self._note(bench, "Nothing scanned yet: a partial shipment needs at least one unit", error=True)
        if session.order.is_complete:
            return self.confirm(bench, session)
        if self.config.mode == "own_carrier":
            return self._note(bench, "Own carrier: partial shipments are confirmed by scanning the label of the "
                                     "complete order; buy the label here or pack the rest", error=True)
        return self.buy_shipping(bench, session, partial=True, approver=approver)

    def _after_partial(self, order: Order, approver: str | None) -> None:
        """The shipped units leave the order: lines count them as shipped, the scans start again from zero."""
        with self.store.session() as db:
            packed: dict[str, int] = {}
            for row in LabelPurchases(db).for_order(order.order_id, (PurchaseState.PURCHASED,)):
                for item_id, units in (row.items or {}).items():
                    packed[item_id] = packed.get(item_id, 0) + int(units)
                # shipped: no longer one of the bench's boxes, whose numbers start again at 1 with the rest
                # (box 1 of the rest would otherwise count as labelled already, and never get its label)
                row.package_no = 0
            for line in db.scalars(select(OrderLineRow).where(OrderLineRow.order_id == order.order_id)):
                line.quantity_shipped = min(line.quantity, max(line.quantity_shipped or 0,
                                                               packed.get(line.order_item_id, 0)))
            ScanRepository(db).clear(order.order_id)
            audit.record(db, AuditAction.OVERRIDE, self.station, self.operator, order.order_id, approver,
                         {"action": Action.PARTIAL_SHIPMENT.value, "shipped": packed})
            row = db.get(OrderRow, order.order_id)
            if row is not None and row.pack_status != PackStatus.SHIPPED.value:
                row.amazon_status = AmazonStatus.PARTIALLY_SHIPPED.value
                row.pack_status = PackStatus.NEW.value
        log.info("partial shipment of %s approved by %s", order.order_id, approver or "?")

    # -- void and cancellations ---------------------------------------------------------------------------
    def history(self, limit: int = 200) -> list[dict[str, Any]]:
        """Label purchases, newest first, with whether (and until when) each can be voided."""
        now = self.clock()
        with self.store.session() as db:
            rows = LabelPurchases(db).history(limit)
            out = []
            for r in rows:
                until = (r.purchased_at + self.config.void_window(r.carrier_id)) if r.purchased_at else None
                out.append({"id": r.id, "order_id": r.order_id, "state": r.state, "tracking": r.tracking_number,
                            "carrier": r.carrier_name, "service": r.service_name, "amount": r.amount,
                            "currency": r.currency, "purchased_at": r.purchased_at, "void_until": until,
                            "can_void": r.state == PurchaseState.PURCHASED.value and until is not None
                            and now < until and bool(r.shipment_id), "error": r.error})
        return out

    def void(self, purchase_id: int) -> str:
        """cancelShipment for the purchase's shipment (every box bought with it). Returns a message."""
        now = self.clock()
        with self.store.session() as db:
            row = LabelPurchases(db).get(purchase_id)
            if row is None:
                raise ShipError(f"There is no label purchase {purchase_id}")
            if row.state != PurchaseState.PURCHASED.value:
                raise ShipError(f"Label {purchase_id} is {row.state}: only a bought label can be voided")
            if not row.shipment_id:
                raise ShipError("This label's shipment id is unknown; void it in Seller Central")
            if row.purchased_at and now > row.purchased_at + self.config.void_window(row.carrier_id):
                raise ShipError(f"Too late to void: {row.carrier_name} labels can be voided within "
                                f"{self.config.void_window(row.carrier_id).total_seconds() / 3600:g} h of purchase")
            shipment_id, order_id = row.shipment_id, row.order_id
        self.api.cancel_shipment(shipment_id)
        with self.store.session() as db:
            rows = list(db.scalars(select(LabelPurchaseRow).where(LabelPurchaseRow.shipment_id == shipment_id)))
            for r in rows:
                r.state, r.voided_at = PurchaseState.VOIDED.value, now
                package = db.scalar(select(PackageRow).where(PackageRow.order_id == r.order_id,
                                                             PackageRow.package_reference_id == r.package_reference_id))
                if package is not None:  # the order has no such package any more (label_purchases keeps the record)
                    db.delete(package)
            audit.record(db, AuditAction.VOID, self.station, self.operator, order_id,
                         details={"shipment": shipment_id, "tracking": [r.tracking_number for r in rows]})
            order = db.get(OrderRow, order_id)
            if order is not None and order.pack_status == PackStatus.SHIPPED.value:
                order.pack_status = PackStatus.PACKED.value
                if order.amazon_status == AmazonStatus.SHIPPED.value:
                    order.amazon_status = AmazonStatus.UNSHIPPED.value
        self.alerts = [a for a in self.alerts if a.order_id != order_id]
        return f"Label{'s' if len(rows) > 1 else ''} of order {order_id} voided ({len(rows)} box(es))"

    def void_event(self, bench: "Bench", purchase_id: int, approver: Any = None) -> "BenchEvent":
        """Void from the history (on the bench thread): needs the VOID right (or a supervisor's badge)."""
        decision = bench.authorize(Action.VOID, approver)
        if not decision.allowed:
            return self._note(bench, decision.reason, error=True, needs_approval=Action.VOID.value)
        try:
            return self._note(bench, self.void(purchase_id), voided=purchase_id)
        except ShipError as exc:
            return self._note(bench, str(exc), error=True)
        except Exception as exc:  # noqa: BLE001 - Amazon refused or unreachable: say so, keep the label
            return self._note(bench, f"The label was NOT voided: {exc}", error=True)

    def reprint_event(self, bench: "Bench", order_id: str) -> "BenchEvent":
        try:
            count = self.reprint_labels(order_id)
        except Exception as exc:  # noqa: BLE001
            return self._note(bench, f"Reprint failed: {exc}", error=True)
        if not count:
            return self._note(bench, f"Order {order_id} has no label to reprint", error=True)
        return self._note(bench, f"Reprinting {count} label{'s' if count > 1 else ''} of order {order_id}")

    def void_order(self, order_id: str) -> list[str]:
        with self.store.session() as db:
            ids = {r.shipment_id: r.id for r in LabelPurchases(db).for_order(order_id, (PurchaseState.PURCHASED,))}
        return [self.void(pid) for pid in ids.values()]

    def check_cancelled_labels(self) -> list[CancelAlert]:
        """Orders cancelled on Amazon that have a bought, unvoided label: the loud warning's content."""
        with self.store.session() as db:
            rows = list(db.execute(select(LabelPurchaseRow, OrderRow.amazon_status).join(
                OrderRow, OrderRow.order_id == LabelPurchaseRow.order_id).where(
                LabelPurchaseRow.state == PurchaseState.PURCHASED.value,
                OrderRow.amazon_status == AmazonStatus.CANCELED.value)))
        by_order: dict[str, list[LabelPurchaseRow]] = {}
        for row, _status in rows:
            by_order.setdefault(row.order_id, []).append(row)
        alerts = []
        for order_id, purchases in by_order.items():
            until = min((p.purchased_at + self.config.void_window(p.carrier_id) for p in purchases
                         if p.purchased_at), default=None)
            alerts.append(CancelAlert(order_id, tuple(p.id for p in purchases),
                                      tuple(p.tracking_number or "" for p in purchases), until))
            log.warning("order %s was cancelled after its label was bought", order_id)
        self.alerts = alerts
        return alerts

    # -- events --------------------------------------------------------------------------------------------
    def _record(self, bench: "Bench", result: ScanResult, error: bool = False, **extra: Any) -> "BenchEvent":
        event = bench._record(result)  # committed to the scan log before anyone is told
        return dataclasses.replace(event, extra={**event.extra, **extra, **({"error": True} if error else {})})

    def _note(self, bench: "Bench", message: str, error: bool = False, **extra: Any) -> "BenchEvent":
        """An answer that changes nothing on the bench. An error carries a refused result, so the screen
        shows it red with the error sound (the scan that led here is already in the scan log)."""
        from station.services.bench import EventKind

        session = bench.session
        result = ScanResult(Command.CONFIRM.value, Outcome.REFUSED, message,
                            package_no=session.package_no if session else 1) if error else None
        event = bench.event(EventKind.COMMAND, message, result)
        return dataclasses.replace(event, extra={**event.extra, **extra, **({"error": True} if error else {})})

    def _finish(self, bench: "Bench", session: PackSession, shipped: Shipped | None = None,
                note: str = "") -> "BenchEvent":
        order_id = session.order.order_id
        tracking = ", ".join(shipped.tracking) if shipped else ""
        message = f"SHIPPED {order_id}  {shipped.carrier} {tracking}".strip() if shipped else \
            f"Order {order_id}: {note}"
        if shipped and shipped.late:
            message += "  (no service meets the promise: fastest bought)"
        # the snapshot the screen keeps: shipped, with its packages and tracking numbers
        with self.store.session() as db:
            rows = db.scalars(select(PackageRow).where(PackageRow.order_id == order_id,
                                                       PackageRow.status != "voided")
                              .order_by(PackageRow.package_reference_id)).all()
            session.order.packages = [Package(p.package_reference_id, dict(p.items or {}), p.carrier or p.carrier_name,
                                              p.tracking_number, p.confirmed, p.weight_g) for p in rows]
            status = db.scalar(select(OrderRow.pack_status).where(OrderRow.order_id == order_id))
        if status == PackStatus.SHIPPED.value:
            session.order.pack_status = PackStatus.SHIPPED
        event = bench.close(message)
        return dataclasses.replace(event, extra={"shipped": True, "order_id": order_id,
                                                 "tracking": list(shipped.tracking) if shipped else [],
                                                 "carrier": shipped.carrier if shipped else "",
                                                 "service": shipped.service if shipped else "",
                                                 "late": bool(shipped and shipped.late)})


_SHIPPED_ELSEWHERE = ("Order {} is already SHIPPED on Amazon (shipped outside this station?): nothing was bought or "
                      "confirmed. Check it in Seller Central; CMD:CANCEL sets it aside.")


def _live_tracking_clash(exc: IntegrityError) -> bool:
    """The database refused a second live package with the same tracking number (index of revision 0050;
    PostgreSQL names the index, SQLite the column)."""
    text = str(exc.orig)
    return "uq_packages_live_tracking" in text or "packages.tracking_number" in text


def _cancelled_on_amazon(remote: Mapping[str, Any]) -> bool:
    return (remote.get("fulfillment") or {}).get("fulfillmentStatus") in ("CANCELLED", "UNFULFILLABLE")


def _shipped_on_amazon(remote: Mapping[str, Any]) -> bool:
    """getOrder says every unit has shipped: another label or confirmation would be a second shipment."""
    return (remote.get("fulfillment") or {}).get("fulfillmentStatus") == "SHIPPED"


def _label_context(row: LabelPurchaseRow) -> str:
    return f"label:{row.order_id}:{row.package_reference_id}:{row.idempotency_key}"


def _payload(body: Any) -> dict[str, Any]:
    if isinstance(body, dict) and isinstance(body.get("payload"), dict):
        return body["payload"]
    return body or {}


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _definite_refusal(exc: BaseException) -> bool:
    """A 4xx (not 429) answer: Amazon refused, nothing was bought. Anything else may have bought."""
    status = getattr(exc, "status", None)
    return isinstance(status, int) and 400 <= status < 500 and status != 429
