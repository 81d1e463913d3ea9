"""PackSession: the state machine of one order at the bench, fed one scan at a time.

The session never does I/O. Its whole state is a fold over the scans it accepted
or refused, so the store keeps those records and a restarted station rebuilds the
session exactly (``PackSession.restore``).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from station.domain.barcodes import ScannedCode, product_keys, read_code
from station.domain.commands import Command, parse_command
from station.domain.order import Order, OrderLine, PackStatus, Product


class Outcome(str, enum.Enum):
    ACCEPTED = "accepted"  # one unit counted
    REFUSED = "refused"  # nothing counted; see ``problem``
    COMMAND = "command"  # a command barcode for the caller to carry out


class Problem(str, enum.Enum):
    """Why a scan was refused. Those in STOPPING halt the session until acknowledged."""

    WRONG_ITEM = "wrong_item"
    EXTRA_UNIT = "extra_unit"
    UNKNOWN_CODE = "unknown_code"
    GARBLED = "garbled"
    ORDER_CANCELLED = "order_cancelled"
    ORDER_NOT_READY = "order_not_ready"  # Pending, or already shipped
    STOPPED = "stopped"  # a scan while an error waits for acknowledgement
    NOT_COMPLETE = "not_complete"  # CMD:CONFIRM before every unit is in
    EMPTY_BOX = "empty_box"
    NOTHING_TO_SKIP = "nothing_to_skip"
    NOTHING_TO_ACK = "nothing_to_ack"
    QUANTITY_REDUCED = "quantity_reduced"  # Amazon lowered a line below the units already packed


STOPPING = {Problem.WRONG_ITEM, Problem.EXTRA_UNIT, Problem.UNKNOWN_CODE, Problem.GARBLED,
            Problem.ORDER_CANCELLED, Problem.ORDER_NOT_READY, Problem.QUANTITY_REDUCED}
REDUCED_PREFIX = "REDUCED:"  # the record of units taken back out: REDUCED:<order_item_id>:<units>


class SessionState(str, enum.Enum):
    PACKING = "packing"
    COMPLETE = "complete"
    STOPPED = "stopped"
    CANCELLED = "cancelled"  # the order was cancelled on Amazon: nothing more can happen


@dataclass(frozen=True)
class ScanResult:
    """What one scan did; also the record the store keeps to rebuild the session."""

    code: str
    outcome: Outcome
    message: str
    order_item_id: str | None = None
    sku: str | None = None
    problem: Problem | None = None
    command: Command | None = None
    package_no: int = 1

    @property
    def stops(self) -> bool:
        return self.problem in STOPPING


CatalogLookup = Callable[[ScannedCode], str | None]
"""Finds the SKU of a code in the whole catalogue (for "wrong item" vs "unknown code")."""


class PackSession:
    def __init__(self, order: Order, products: Mapping[str, Product] | None = None) -> None:
        self.order = order
        self.package_no = 1
        self.package_units: dict[int, dict[str, int]] = {1: {}}  # package -> order_item_id -> units
        self.stop: ScanResult | None = None
        self._line_keys = self._index_lines(order, products or {})

    @staticmethod
    def _index_lines(order: Order, products: Mapping[str, Product]) -> dict[str, list[str]]:
        """key -> order_item_ids, from each line's SKU, ASIN and its product's codes."""
        index: dict[str, list[str]] = {}
        for line in order.lines:
            product = products.get(line.sku)
            texts = [line.sku, line.asin, *line.barcodes]
            if product:
                texts += [product.asin, product.fnsku, *product.barcodes]
            keys: set[str] = set()
            for text in filter(None, texts):
                try:
                    keys.update(product_keys(text))
                except ValueError:
                    keys.add(f"text:{text.casefold()}")
            for key in keys:
                index.setdefault(key, []).append(line.order_item_id)
        return index

    # -- state -------------------------------------------------------------------------
    @property
    def state(self) -> SessionState:
        if self.stop is not None:
            return SessionState.STOPPED
        if self.order.pack_status == PackStatus.CANCELLED:
            return SessionState.CANCELLED
        return SessionState.COMPLETE if self.order.is_complete else SessionState.PACKING

    def units_in_package(self, package_no: int | None = None) -> int:
        return sum(self.package_units.get(package_no or self.package_no, {}).values())

    # -- scanning ----------------------------------------------------------------------
    def scan(self, raw: str, lookup: CatalogLookup | None = None) -> ScanResult:
        """Feed one scan; returns what it did. Order-id scans are the caller's business."""
        code = read_code(raw)
        command = parse_command(code.text)
        if command is not None:
            result = self._command(code.text, command)
        elif self.stop is not None:
            result = self._refuse(code.text, Problem.STOPPED,
                                  f"Acknowledge the error first ({self.stop.message})")
        else:
            result = self._item(code, lookup)
        self.apply(result)
        return result

    def cancel_on_amazon(self) -> ScanResult:
        """The buyer cancelled while the order was open: a loud stop that must be acknowledged."""
        result = self._refuse(self.order.order_id, Problem.ORDER_CANCELLED,
                              f"Order {self.order.order_id} was CANCELLED by the buyer. Do not ship it: "
                              "put the items back.")
        self.order.pack_status = PackStatus.CANCELLED
        self.apply(result)
        return result

    def reconcile(self) -> ScanResult | None:
        """After Amazon lowered a line (or dropped it) below the units already packed: a loud stop that
        says how many to take out, and the fold takes them off the count and the boxes. One line per stop:
        call again after it is acknowledged, until it returns None."""
        if self.stop is not None:
            return None
        for line in self.order.lines:
            excess = line.excess
            if excess > 0:
                result = self._refuse(
                    f"{REDUCED_PREFIX}{line.order_item_id}:{excess}", Problem.QUANTITY_REDUCED,
                    f"AMAZON CHANGED THE ORDER: {line.sku} is now {max(line.to_pack, 0)}. Take {excess} "
                    f"unit{'s' if excess != 1 else ''} OUT of the box", line.order_item_id, line.sku)
                self.apply(result)
                return result
        return None

    def _command(self, text: str, command: Command) -> ScanResult:
        if command is Command.ACK:
            if self.stop is None:
                return self._refuse(text, Problem.NOTHING_TO_ACK, "Nothing to acknowledge")
            return ScanResult(text, Outcome.COMMAND, "Error acknowledged", command=command,
                              package_no=self.package_no)
        if self.stop is not None:
            return self._refuse(text, Problem.STOPPED, f"Acknowledge the error first ({self.stop.message})")
        if command in (Command.CONFIRM, Command.SKIP, Command.NEXT_BOX):
            # these pack or ship: a cancelled (or Pending/shipped) order stops here as an item scan would
            refusal = self._not_packable(text)
            if refusal is not None:
                return refusal
        if command is Command.CONFIRM and not self.order.is_complete:
            missing = sum(line.remaining for line in self.order.lines)
            return self._refuse(text, Problem.NOT_COMPLETE,
                                f"{missing} unit{'s' if missing != 1 else ''} still to scan")
        if command is Command.NEXT_BOX and self.units_in_package() == 0:
            return self._refuse(text, Problem.EMPTY_BOX, "This box is still empty")
        if command is Command.SKIP:
            line = next((ln for ln in self.order.lines if ln.remaining > 0), None)
            if line is None:
                return self._refuse(text, Problem.NOTHING_TO_SKIP, "Nothing left to skip")
            return ScanResult(text, Outcome.ACCEPTED, f"Skipped one unit of {line.sku} (no barcode)",
                              line.order_item_id, line.sku, command=command, package_no=self.package_no)
        return ScanResult(text, Outcome.COMMAND, command.value, command=command, package_no=self.package_no)

    def _not_packable(self, text: str) -> ScanResult | None:
        order = self.order
        if order.pack_status == PackStatus.CANCELLED:
            return self._refuse(text, Problem.ORDER_CANCELLED,
                                f"Order {order.order_id} is cancelled: do not ship it")
        if not order.can_pack:
            return self._refuse(text, Problem.ORDER_NOT_READY,
                                f"Order {order.order_id} is {order.status.value}: it cannot be packed")
        return None

    def _item(self, code: ScannedCode, lookup: CatalogLookup | None) -> ScanResult:
        order = self.order
        refusal = self._not_packable(code.text)
        if refusal is not None:
            return refusal
        item_ids = next((self._line_keys[k] for k in code.keys if k in self._line_keys), None)
        if item_ids is None:
            sku = lookup(code) if lookup else None
            if sku is not None:
                return self._refuse(code.text, Problem.WRONG_ITEM,
                                    f"WRONG ITEM: {sku} is not in this order", sku=sku)
            if code.error:
                return self._refuse(code.text, Problem.GARBLED, f"Unreadable scan: {code.error}")
            return self._refuse(code.text, Problem.UNKNOWN_CODE, f"Unknown barcode {code.text!r}")
        lines = [order.line(i) for i in item_ids]
        line = next((ln for ln in lines if ln.remaining > 0), None)
        if line is None:
            line = lines[0]
            return self._refuse(code.text, Problem.EXTRA_UNIT,
                                f"EXTRA UNIT: {line.sku} needs only {line.to_pack}", line.order_item_id, line.sku)
        done = line.scanned + 1
        return ScanResult(code.text, Outcome.ACCEPTED, f"{line.sku}  {done} of {line.to_pack}",
                          line.order_item_id, line.sku, package_no=self.package_no)

    def _refuse(self, text: str, problem: Problem, message: str, order_item_id: str | None = None,
                sku: str | None = None) -> ScanResult:
        return ScanResult(text, Outcome.REFUSED, message, order_item_id, sku, problem=problem,
                          package_no=self.package_no)

    # -- folding -----------------------------------------------------------------------
    def apply(self, result: ScanResult) -> None:
        """Apply a result to the state. ``scan`` calls it; ``restore`` replays stored ones."""
        if result.outcome is Outcome.ACCEPTED and result.order_item_id:
            self.order.line(result.order_item_id).scanned += 1
            units = self.package_units.setdefault(result.package_no, {})
            units[result.order_item_id] = units.get(result.order_item_id, 0) + 1
        elif result.stops:
            self.stop = result
            if result.problem is Problem.QUANTITY_REDUCED and result.order_item_id:
                self._take_out(result.order_item_id, int(result.code.rsplit(":", 1)[1]))
        elif result.command is Command.ACK:
            self.stop = None
        elif result.command is Command.NEXT_BOX:
            self.package_no = result.package_no + 1
            self.package_units.setdefault(self.package_no, {})
        if self.order.pack_status not in (PackStatus.SHIPPED, PackStatus.CANCELLED) and result.order_item_id:
            self.order.pack_status = PackStatus.PACKED if self.order.is_complete else PackStatus.PACKING

    def _take_out(self, order_item_id: str, units: int) -> None:
        """Units packed earlier leave the count, from the newest box first."""
        self.order.line(order_item_id).scanned -= units
        for package_no in sorted(self.package_units, reverse=True):
            box = self.package_units[package_no]
            taken = min(units, box.get(order_item_id, 0))
            units -= taken
            if taken and box[order_item_id] == taken:
                del box[order_item_id]
            elif taken:
                box[order_item_id] -= taken

    @classmethod
    def restore(cls, order: Order, products: Mapping[str, Product] | None,
                history: Iterable[ScanResult]) -> "PackSession":
        """Rebuild a session from its stored scans; ``order.lines[*].scanned`` must start at 0.
        A line Amazon dropped since it was scanned comes back with quantity 0, so ``reconcile`` can
        have its units taken out."""
        history = list(history)
        known = {line.order_item_id for line in order.lines}
        for result in history:
            if result.order_item_id and result.order_item_id not in known and result.outcome is Outcome.ACCEPTED:
                known.add(result.order_item_id)
                order.lines.append(OrderLine(result.order_item_id, result.sku or result.order_item_id, 0,
                                             title="(removed from the order by Amazon)"))
        session = cls(order, products)
        for result in history:
            session.apply(result)
        return session
