"""`station outbox [--json]`: pending and failed uploads to Amazon, with their last error."""

from __future__ import annotations

import json

from station.amazon.outbox import outbox_items
from station.app import AppContext


def run(args) -> int:
    ctx = AppContext.from_args(args)
    try:
        items = outbox_items(ctx.store)
    finally:
        ctx.close()
    if args.json:
        print(json.dumps([item.as_json() for item in items], indent=2, ensure_ascii=False))
        return 0
    if not items:
        print("outbox empty: every confirmation has reached Amazon")
        return 0
    for item in items:
        when = f", next try {item.next_attempt_at:%Y-%m-%d %H:%M:%S}Z" if item.status != "failed" and \
            item.next_attempt_at else ""
        print(f"{item.order_id} package {item.package_reference_id}  {item.status}  {item.carrier or ''} "
              f"{item.tracking_number or ''}  attempts {item.attempts}{when}")
        if item.last_error:
            print(f"    last error: {item.last_error}")
    return 0
