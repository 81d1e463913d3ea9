"""`station render slip ORDER_ID | picklist | commands --out FILE.pdf` (DESIGN.md 3.1)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from station.app import AppContext
from station.documents.commands_card import render_command_card
from station.documents.i18n import resolve_locale
from station.documents.picklist import render_picklist
from station.documents.slip import SellerInfo, render_slip
from station.domain.order import AmazonStatus, PackStatus

# the queue a pick list covers: what still has to be picked and packed
PICK_PACK_STATUSES = [PackStatus.NEW.value, PackStatus.PACKING.value]
PICK_AMAZON_STATUSES = [AmazonStatus.UNSHIPPED.value, AmazonStatus.PARTIALLY_SHIPPED.value]


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target and rename, so a half-written PDF never reaches a printer."""
    path = path.expanduser()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(args) -> int:
    out = Path(args.out)
    if not out.expanduser().parent.is_dir():
        print(f"station: folder {out.parent} does not exist", file=sys.stderr)
        return 1
    ctx = AppContext.from_args(args)
    try:
        settings = ctx.settings
        paper = settings.get("slip.paper") or "letter"
        preferred = settings.get("locale") or None
        if args.what == "commands":
            data = render_command_card(paper, resolve_locale(settings.get("amazon.marketplace"), preferred))
        elif args.what == "slip":
            from station.store.repositories import OrderRepository

            with ctx.store.session() as session:
                order = OrderRepository(session).get(args.order_id.strip())
            if order is None:
                print(f"station: no order {args.order_id!r} in the local queue", file=sys.stderr)
                return 1
            data = render_slip(order, SellerInfo.from_settings(settings), paper, preferred)
        elif args.what == "picklist":
            from station.store.repositories import OrderRepository

            with ctx.store.session() as session:
                orders = OrderRepository(session).list(pack_statuses=PICK_PACK_STATUSES,
                                                       amazon_statuses=PICK_AMAZON_STATUSES)
            data = render_picklist(orders, paper, resolve_locale(settings.get("amazon.marketplace"), preferred))
            if not orders:
                print("station: no orders to pick; the pick list is empty", file=sys.stderr)
        else:  # argparse's choices keep us from here
            print(f"station: cannot render {args.what!r}", file=sys.stderr)
            return 2
        try:
            write_atomically(out, data)
        except OSError as exc:
            print(f"station: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        print(str(out))
        return 0
    finally:
        ctx.close()
