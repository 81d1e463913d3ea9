"""`station sync [--once]`: pull orders and cancellations now; without --once keep polling."""

from __future__ import annotations

import sys
import threading

from station.amazon.client import AmazonError
from station.amazon.sync import build_sync
from station.app import AppContext


def run(args) -> int:
    ctx = AppContext.from_args(args)
    try:
        try:
            sync = build_sync(ctx)
        except AmazonError as exc:
            print(f"station: {exc}", file=sys.stderr)
            return 1
        stop = threading.Event()
        interval = float(ctx.settings.get("amazon.sync_interval_s"))
        try:
            while True:
                result = sync.run_once()
                if result.error:
                    print(f"station: sync failed: {result.error}", file=sys.stderr)
                    if args.once:
                        return 1
                else:
                    print(f"synced: {result.seen} order(s) seen, {result.new} new, {result.updated} updated, "
                          f"{len(result.cancelled)} cancelled" + (f", {len(result.skipped)} skipped"
                                                                  if result.skipped else ""))
                    if result.unreadable:  # kept and fetched again every pass until they read
                        print(f"station: {len(result.unreadable)} order(s) could not be read: "
                              + "; ".join(result.unreadable.values()), file=sys.stderr)
                    sys.stdout.flush()
                if args.once:
                    return 0
                stop.wait(interval)
        except KeyboardInterrupt:
            return 0
        finally:
            sync.api.close()
    finally:
        ctx.close()
