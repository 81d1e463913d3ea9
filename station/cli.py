"""The ``station`` command (DESIGN.md 3.1). Sub-commands live in station/commands/, imported lazily
so that ``station tracking`` or ``station sandbox`` start without loading Qt."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from station import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# sub-command -> "module:function"; each function takes the parsed args and returns an exit code
HANDLERS = {
    "gui": "station.ui.app:run",
    "config": "station.commands.config:run",
    "sync": "station.commands.sync:run",
    "orders": "station.commands.orders:run",
    "products": "station.commands.products:run",
    "outbox": "station.commands.outbox:run",
    "tracking": "station.commands.tracking:run",
    "render": "station.commands.render:run",
    "sandbox": "station.amazon.sandbox.cli:run",
}


class UsageError(Exception):
    """Bad usage found after parsing; exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors, as our contract says
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="station", description="Packing station for Amazon Merchant Fulfilled orders.")
    parser.add_argument("--version", action="version", version=f"station {__version__}")
    parser.add_argument("--data-dir", help="data folder (env STATION_DATA_DIR)")
    parser.add_argument("--database-url", help="SQLAlchemy URL (env STATION_DATABASE_URL); default SQLite")
    parser.add_argument("--demo", action="store_true",
                        help="demo profile: fresh data folder, built-in sandbox, printers to a folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    config = sub.add_parser("config", help="show or change settings")
    config_sub = config.add_subparsers(dest="action", required=True, parser_class=_Parser)
    config_sub.add_parser("show", help="all settings")
    config_sub.add_parser("get", help="one setting").add_argument("key")
    config_set = config_sub.add_parser("set", help="change a setting")
    config_set.add_argument("key")
    config_set.add_argument("value")
    config_sub.add_parser("credentials", help="store the LWA credentials in the OS keyring")
    data_key = config_sub.add_parser("data-key", help="copy the buyer-data key to another station of the database")
    data_key.add_argument("key_action", choices=("export", "import"),
                          help="export: print this station's key; import: store a key read from stdin")

    sync = sub.add_parser("sync", help="pull orders and cancellations from Amazon")
    sync.add_argument("--once", action="store_true", help="one pass, then exit")

    orders = sub.add_parser("orders", help="the local order queue")
    orders_sub = orders.add_subparsers(dest="action", required=True, parser_class=_Parser)
    orders_list = orders_sub.add_parser("list", help="list orders")
    orders_list.add_argument("--status", help="Amazon status (Unshipped, Pending, ...) or pack status (new, ...)")
    orders_list.add_argument("--json", action="store_true", help="JSON array (DESIGN.md 3.5)")

    products = sub.add_parser("products", help="the product catalogue")
    products_sub = products.add_subparsers(dest="action", required=True, parser_class=_Parser)
    products_sub.add_parser("import", help="import a CSV file").add_argument("file")
    products_list = products_sub.add_parser("list", help="list products")
    products_list.add_argument("--json", action="store_true")

    outbox = sub.add_parser("outbox", help="pending and failed uploads to Amazon")
    outbox.add_argument("--json", action="store_true")

    tracking = sub.add_parser("tracking", help="check tracking numbers")
    tracking.add_argument("numbers", nargs="+", metavar="NUMBER")
    tracking.add_argument("--json", action="store_true")

    render = sub.add_parser("render", help="render a document to PDF")
    render.add_argument("what", choices=["slip", "picklist", "commands"])
    render.add_argument("order_id", nargs="?", help="order id (for slip)")
    render.add_argument("--out", required=True, help="output PDF file")

    sandbox = sub.add_parser("sandbox", help="run the SP-API simulator")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=0)
    sandbox.add_argument("--orders", type=int, default=200)
    sandbox.add_argument("--seed", type=int, default=1)
    sandbox.add_argument("--fault-rate", type=float, default=0.0)
    sandbox.add_argument("--no-timeline", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from station.logs import setup_logging

    setup_logging(verbose=args.verbose, console=args.command is not None or args.verbose)
    if args.command == "render" and args.what == "slip" and not args.order_id:
        parser.error("render slip needs an ORDER_ID")
    module_name, function_name = HANDLERS[args.command or "gui"].split(":")
    try:
        handler = getattr(importlib.import_module(module_name), function_name)
        return int(handler(args) or 0)
    except UsageError as exc:
        print(f"station: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - the contract: a message on stderr, no traceback
        logging.getLogger("station").debug("command failed", exc_info=True)
        print(f"station: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())
