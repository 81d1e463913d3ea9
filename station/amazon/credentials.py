"""LWA credentials: the OS keyring, or STATION_LWA_* environment variables (which win, and are never written).

The secret values never appear in ``repr``/``str``, settings, logs or exception text:
``Credentials`` prints as ``Credentials(client_id='amzn1...ab12', secret=***, refresh_token=***)``.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from station.logs import register_secret

log = logging.getLogger(__name__)

SERVICE = "station-sp-api"
ENV = {"client_id": "STATION_LWA_CLIENT_ID", "client_secret": "STATION_LWA_CLIENT_SECRET",
       "refresh_token": "STATION_LWA_REFRESH_TOKEN"}


class CredentialsError(RuntimeError):
    """The keyring cannot be used; the message says what to do."""


@dataclass(frozen=True)
class Credentials:
    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)

    def __repr__(self) -> str:
        shown = self.client_id if len(self.client_id) <= 12 else f"{self.client_id[:6]}...{self.client_id[-4:]}"
        return f"Credentials(client_id={shown!r}, client_secret=***, refresh_token=***)"

    __str__ = __repr__

    @property
    def complete(self) -> bool:
        return bool(self.client_id and self.client_secret and self.refresh_token)

    def secrets(self) -> tuple[str, ...]:
        """The values that must never be shown (for log and message scrubbing)."""
        return tuple(v for v in (self.client_secret, self.refresh_token) if v)


def from_environment() -> Credentials | None:
    values = {name: os.environ.get(var, "").strip() for name, var in ENV.items()}
    if not any(values.values()):
        return None
    return Credentials(**values)


def load_credentials() -> Credentials | None:
    """The environment's credentials if any STATION_LWA_* is set, else the keyring's; None when neither has them.

    Whatever is found is registered with the log redactor, so no log line or traceback can carry it.
    """
    creds = from_environment() or _from_keyring()
    if creds is not None:
        register_secret(creds.client_secret, creds.refresh_token)
    return creds


def _from_keyring() -> Credentials | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            values = {name: keyring.get_password(SERVICE, name) or "" for name in ENV}
        except KeyringError as exc:
            log.warning("OS keyring not usable: %s", exc.__class__.__name__)
            return None
    except Exception as exc:  # noqa: BLE001 - a broken keyring backend must not stop the station
        log.warning("OS keyring not usable: %s", exc.__class__.__name__)
        return None
    if not any(values.values()):
        return None
    return Credentials(**values)


def store_credentials(creds: Credentials) -> None:
    """Save to the OS keyring (never to a file of ours). Raises CredentialsError in plain words."""
    if not creds.complete:
        raise CredentialsError("client id, client secret and refresh token are all required")
    try:
        import keyring

        for name in ENV:
            keyring.set_password(SERVICE, name, getattr(creds, name))
    except Exception as exc:  # noqa: BLE001 - the backend's text could echo a value; only its class is shown
        raise CredentialsError(f"the OS keyring refused the credentials ({exc.__class__.__name__}); on a headless "
                               "station set STATION_LWA_CLIENT_ID, STATION_LWA_CLIENT_SECRET and "
                               "STATION_LWA_REFRESH_TOKEN instead") from None


def export_to_environment(creds: Credentials) -> None:
    """For this process only (the demo): the client finds them as if a headless station had them set."""
    for name, var in ENV.items():
        os.environ[var] = getattr(creds, name)
