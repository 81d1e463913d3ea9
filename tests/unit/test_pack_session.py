from station.domain.commands import Command
from station.domain.order import AmazonStatus, Order, OrderLine, PackStatus, Product
from station.domain.pack import Outcome, PackSession, Problem, SessionState

MUG = Product("MUG-BLUE", "Blue mug", barcodes=["036000291452"], asin="B000000001", fnsku="X001ABCDEF")
PEN = Product("PEN-RED", "Red pen", barcodes=["4006381333931"])
CATALOG_ONLY = Product("HAT-1", "Hat", barcodes=["96385074"])


def make_order(status=AmazonStatus.UNSHIPPED):
    return Order("113-1234567-1234567", status, [
        OrderLine("1", "MUG-BLUE", 2, "Blue mug", asin="B000000001"),
        OrderLine("2", "PEN-RED", 1, "Red pen"),
    ])


def lookup(code):
    return "HAT-1" if "gtin:00000096385074" in code.keys else None


def session(order=None):
    order = order or make_order()
    return PackSession(order, {"MUG-BLUE": MUG, "PEN-RED": PEN})


def test_every_code_of_a_product_counts_a_unit():
    s = session()
    for code in ["0036000291452", "x001abcdef"]:  # EAN-13 form of the UPC, FNSKU in lower case
        assert s.scan(code, lookup).outcome is Outcome.ACCEPTED
    assert s.order.line("1").scanned == 2
    assert s.state is SessionState.PACKING
    assert s.scan("PEN-RED").outcome is Outcome.ACCEPTED
    assert s.state is SessionState.COMPLETE
    assert s.order.pack_status is PackStatus.PACKED


def test_extra_unit_stops_until_acknowledged_and_scans_cannot_skip_past():
    s = session()
    s.scan("036000291452"), s.scan("036000291452")
    extra = s.scan("036000291452")
    assert extra.problem is Problem.EXTRA_UNIT and s.state is SessionState.STOPPED
    refused = s.scan("PEN-RED")
    assert refused.problem is Problem.STOPPED
    assert s.order.line("2").scanned == 0
    assert s.scan(Command.CONFIRM.value).problem is Problem.STOPPED
    assert s.scan("cmd:ack").command is Command.ACK
    assert s.scan("PEN-RED").outcome is Outcome.ACCEPTED


def test_wrong_item_unknown_code_and_garbled_scan_are_distinct_stops():
    s = session()
    assert s.scan("96385074", lookup).problem is Problem.WRONG_ITEM
    s.scan(Command.ACK.value)
    assert s.scan("NOT-A-THING", lookup).problem is Problem.UNKNOWN_CODE
    s.scan(Command.ACK.value)
    garbled = s.scan("036000291453", lookup)
    assert garbled.problem is Problem.GARBLED and "check digit" in garbled.message


def test_confirm_before_complete_is_refused_without_stopping():
    s = session()
    result = s.scan(Command.CONFIRM.value)
    assert result.problem is Problem.NOT_COMPLETE and "3 units" in result.message
    assert s.state is SessionState.PACKING


def test_pending_and_cancelled_orders_cannot_be_packed():
    s = session(make_order(AmazonStatus.PENDING))
    assert s.scan("PEN-RED").problem is Problem.ORDER_NOT_READY
    s = session()
    stop = s.cancel_on_amazon()
    assert stop.problem is Problem.ORDER_CANCELLED and s.state is SessionState.STOPPED
    s.scan(Command.ACK.value)
    assert s.state is SessionState.CANCELLED
    assert s.scan("PEN-RED").problem is Problem.ORDER_CANCELLED


def test_next_box_splits_units_into_packages():
    s = session()
    assert s.scan(Command.NEXT_BOX.value).problem is Problem.EMPTY_BOX
    s.scan("036000291452")
    assert s.scan(Command.NEXT_BOX.value).command is Command.NEXT_BOX
    s.scan("036000291452"), s.scan("PEN-RED")
    assert s.package_units == {1: {"1": 1}, 2: {"1": 1, "2": 1}}


def test_restore_replays_history_exactly():
    s = session()
    history = [s.scan(c, lookup) for c in ["036000291452", Command.NEXT_BOX.value, "96385074", "PEN-RED"]]
    restored = PackSession.restore(make_order(), {"MUG-BLUE": MUG, "PEN-RED": PEN}, history)
    assert restored.state is SessionState.STOPPED
    assert restored.stop.problem is Problem.WRONG_ITEM
    assert [ln.scanned for ln in restored.order.lines] == [1, 0]
    assert restored.package_no == 2


def test_skip_counts_the_first_unit_still_missing():
    s = session()
    result = s.scan(Command.SKIP.value)
    assert result.outcome is Outcome.ACCEPTED and result.order_item_id == "1"


def test_a_cancelled_order_cannot_be_confirmed_skipped_or_boxed_after_the_stop_is_acknowledged():
    s = session()
    for code in ["036000291452", "036000291452", "PEN-RED"]:
        s.scan(code, lookup)
    assert s.order.is_complete
    s.cancel_on_amazon()
    s.scan(Command.ACK.value)
    for command in (Command.CONFIRM, Command.NEXT_BOX):
        result = s.scan(command.value)
        assert result.outcome is Outcome.REFUSED and result.problem is Problem.ORDER_CANCELLED
        assert s.state is SessionState.STOPPED
        s.scan(Command.ACK.value)
    s = session()
    s.cancel_on_amazon()
    s.scan(Command.ACK.value)
    assert s.scan(Command.SKIP.value).problem is Problem.ORDER_CANCELLED
    assert [ln.scanned for ln in s.order.lines] == [0, 0]


def test_a_pending_order_counts_no_skipped_unit():
    s = session(make_order(AmazonStatus.PENDING))
    assert s.scan(Command.SKIP.value).problem is Problem.ORDER_NOT_READY
    assert [ln.scanned for ln in s.order.lines] == [0, 0]


def _scans(s, *codes):
    return [s.scan(code, lookup) for code in codes]


def test_a_line_amazon_lowers_below_what_is_packed_stops_and_takes_the_units_out():
    s = session()
    history = _scans(s, "036000291452", "CMD:NEXT-BOX", "036000291452", "PEN-RED")
    assert s.state is SessionState.COMPLETE and s.package_units == {1: {"1": 1}, 2: {"1": 1, "2": 1}}
    lowered = make_order_with(mug=1)  # the buyer had one mug cancelled
    again = PackSession.restore(lowered, {"MUG-BLUE": MUG, "PEN-RED": PEN}, history)
    stop = again.reconcile()
    assert stop.problem is Problem.QUANTITY_REDUCED and "MUG-BLUE is now 1. Take 1 unit OUT of the box" in stop.message
    assert again.state is SessionState.STOPPED and again.order.line("1").scanned == 1
    assert again.package_units == {1: {"1": 1}, 2: {"2": 1}}  # taken from the newest box
    assert again.scan("PEN-RED").problem is Problem.STOPPED  # it must be acknowledged, like any stop
    ack = again.scan("CMD:ACK")
    assert ack.outcome is Outcome.COMMAND and again.state is SessionState.COMPLETE and again.reconcile() is None
    # the record replays: a restart rebuilds the same counts and asks nothing more
    replay = PackSession.restore(make_order_with(mug=1), {"MUG-BLUE": MUG, "PEN-RED": PEN}, history + [stop, ack])
    assert replay.reconcile() is None and replay.order.line("1").scanned == 1 and replay.stop is None


def test_several_lowered_lines_stop_one_at_a_time():
    s = session()
    history = _scans(s, "036000291452", "036000291452", "PEN-RED")
    lowered = make_order_with(mug=1)
    lowered.lines = [line for line in lowered.lines if line.order_item_id != "2"]  # and the pen dropped
    again = PackSession.restore(lowered, {"MUG-BLUE": MUG}, history)  # no crash on the dropped item
    first = again.reconcile()
    assert "MUG-BLUE is now 1" in first.message and again.reconcile() is None  # nothing hidden behind the stop
    again.scan("CMD:ACK")
    second = again.reconcile()
    assert "PEN-RED is now 0" in second.message and again.state is SessionState.STOPPED
    again.scan("CMD:ACK")
    assert again.reconcile() is None and again.package_units == {1: {"1": 1}}
    assert again.order.line("2").scanned == 0 and again.state is SessionState.COMPLETE


def make_order_with(mug: int) -> Order:
    order = make_order()
    order.line("1").quantity = mug
    return order
