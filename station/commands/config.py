"""`station config show|get|set|credentials`."""

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
    return 0
