"""One buyer-data key per database: a station whose key differs refuses to seal or open buyer data.

Several stations share one PostgreSQL database; each holds the key in its own keyring. If one had a
different key (a new bench whose key was never copied), it would seal rows that the others cannot
open. So the first station to touch buyer data records the key's id (an HMAC of a constant under the
key, which reveals nothing of the key) in ``sync_state``; every station checks it once per database.
"""

from __future__ import annotations

import threading
import weakref

from sqlalchemy.orm import Session

from station.security.crypto import BuyerCipher, DataKeyError, cipher_for
from station.store.models import SyncStateRow

KEY_ID = "security.buyer_key_id"
_checked: "weakref.WeakKeyDictionary[object, str]" = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def _engine_of(session: Session | None):
    engine = session.get_bind() if session is not None else None
    return getattr(engine, "engine", engine)


def check_key(session: Session, cipher: BuyerCipher) -> bool:
    """In the caller's transaction: record this key's id if the database has none (True when it was
    already there and matches); raise DataKeyError if the database holds another key's id."""
    row = session.get(SyncStateRow, KEY_ID)
    if row is None:
        session.add(SyncStateRow(key=KEY_ID, value=cipher.key_id))  # committed with the caller's work
        return False
    if row.value != cipher.key_id:
        raise DataKeyError(
            "this station's buyer-data key is not the one the other stations of this database use, so it "
            "cannot read or write buyer names and addresses. Copy the key from another station "
            "(`station config data-key export` there, `station config data-key import` here, or STATION_DATA_KEY).")
    return True


def buyer_cipher(session: Session | None) -> BuyerCipher:
    """The cipher for the session's database, its key checked against the database (once it is on record)."""
    cipher = cipher_for(session)
    engine = _engine_of(session)
    if engine is None or session is None:
        return cipher
    with _lock:
        if _checked.get(engine) == cipher.key_id:
            return cipher
    if check_key(session, cipher):
        with _lock:
            _checked[engine] = cipher.key_id
    return cipher
