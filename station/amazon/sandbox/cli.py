"""``station sandbox``: run the SP-API simulator alone until SIGINT/SIGTERM.

The lead's ``station/cli.py`` calls ``run(args)`` with the argparse attributes host,
port, orders, seed, fault_rate and no_timeline; ``main()`` parses them itself for
``python -m station.amazon.sandbox.cli``.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import Sequence

from station.amazon.sandbox.server import start_in_thread


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: any free port)")
    parser.add_argument("--orders", type=int, default=40, help="number of seeded orders (default 40)")
    parser.add_argument("--seed", default="1", help="seed: the same seed gives the same orders (default 1)")
    parser.add_argument("--fault-rate", type=float, default=0.0, dest="fault_rate",
                        help="fraction of requests answered 500/503 or dropped (default 0)")
    parser.add_argument("--no-timeline", action="store_true", dest="no_timeline",
                        help="no orders paid or cancelled after start")


def run(args: argparse.Namespace) -> int:
    orders, fault_rate = getattr(args, "orders", 40), getattr(args, "fault_rate", 0.0)
    if orders is None or orders < 0:
        print("station sandbox: --orders must be 0 or more", file=sys.stderr)
        return 2
    if fault_rate is None or not 0.0 <= fault_rate <= 1.0:
        print("station sandbox: --fault-rate must be between 0 and 1", file=sys.stderr)
        return 2
    seed = getattr(args, "seed", 1)
    seed = int(seed) if isinstance(seed, str) and seed.lstrip("-").isdigit() else seed
    try:
        handle = start_in_thread(host=getattr(args, "host", "127.0.0.1") or "127.0.0.1",
                                 port=getattr(args, "port", 0) or 0, orders=orders, seed=seed,
                                 fault_rate=fault_rate, timeline=not getattr(args, "no_timeline", False),
                                 require_rdt=bool(getattr(args, "require_rdt", False)))
    except OSError as exc:
        print(f"station sandbox: cannot listen: {exc}", file=sys.stderr)
        return 1
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(f"listening {handle.url}", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        handle.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="station sandbox", description="Local Selling Partner API simulator.")
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
