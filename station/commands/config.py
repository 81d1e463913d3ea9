"""`station config show|get|set|credentials|data-key export|import`."""

from __future__ import annotations

import getpass
import json
import sys

from station.app import AppContext
from station.settings import SettingsError


def run(args) -> int:
    ctx = AppContext.from_args(args)
    settings = ctx.settings
    if settings.problem:
        print(f"station: {settings.problem}", file=sys.stderr)
    if args.action == "show":
        print(json.dumps(settings.as_dict(), indent=2, ensure_ascii=False, sort_keys=True))
    elif args.action == "get":
        try:
            value = settings.get(args.key)
        except SettingsError as exc:
            print(f"station: {exc}", file=sys.stderr)
            return 1
        print(value if isinstance(value, str) else json.dumps(value))
    elif args.action == "set":
        try:
            settings.set(args.key, args.value)
        except SettingsError as exc:
            print(f"station: {exc}", file=sys.stderr)
            return 1
    elif args.action == "credentials":
        from station.amazon.credentials import Credentials, store_credentials

        creds = Credentials(client_id=input("LWA client id: ").strip(),
                            client_secret=getpass.getpass("LWA client secret: ").strip(),
                            refresh_token=getpass.getpass("Refresh token: ").strip())
        store_credentials(creds)
        print("Credentials stored in the OS keyring.")
    elif args.action == "data-key":
        return _data_key(ctx, args.key_action)
    return 0


def _data_key(ctx: AppContext, action: str) -> int:
    """Copy the buyer-data key between stations that share one database: ``export`` prints it, ``import``
    reads it (piped, or typed without echo) and says whether it is the key the database's buyer data uses."""
    from station.security import crypto
    from station.store.keycheck import KEY_ID
    from station.store.repositories import SyncState

    try:
        if action == "export":
            print(crypto.export_key(ctx.data_dir))
            return 0
        text = sys.stdin.readline() if not sys.stdin.isatty() else getpass.getpass("Buyer-data key: ")
        where = crypto.import_key(text, ctx.data_dir)
    except crypto.DataKeyError as exc:
        print(f"station: {exc}", file=sys.stderr)
        return 1
    print(f"Buyer-data key stored ({where}).")
    with ctx.store.session() as db:
        expected = SyncState(db).get(KEY_ID)
    if expected is None:
        print("This database holds no buyer data yet: the first station to sync sets its key.")
    elif expected != crypto.cipher_for_dir(ctx.data_dir).key_id:
        print("station: this is NOT the key this database's buyer data uses: export it from a station that "
              "shows buyer names, and import that one.", file=sys.stderr)
        return 1
    else:
        print("It is the key this database's buyer data uses.")
    return 0
