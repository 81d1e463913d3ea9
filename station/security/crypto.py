"""Buyer data encryption at rest (AES-256-GCM from the ``cryptography`` package).

The key never lives in the database. Where it comes from, first match wins:

1. ``STATION_DATA_KEY`` in the environment (urlsafe base64 of 32 bytes): headless stations and tests
   that share one PostgreSQL database; it is never written anywhere.
2. The OS keyring (service ``packing-station``, user ``buyer-data-key``): the normal desktop case.
3. Fallback when no keyring backend is usable (headless Linux, CI): a key file
   ``<data-dir>/buyer-data.key`` created with mode 0600 in the user-only data folder. A warning is
   logged once. This protects the database file and its backups, not against someone who can read
   the station user's home folder.

Several stations sharing one PostgreSQL database must hold the same key: copy it with
``export_key()`` / ``import_key()`` (or set ``STATION_DATA_KEY`` on each bench).

Each value is sealed with the order id and field name as associated data, so a ciphertext copied to
another order or field does not decrypt. Stored form: ``v1:`` + urlsafe base64(nonce | ciphertext).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
import threading
import weakref
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)

PREFIX = "v1:"
KEYRING_SERVICE = "packing-station"
KEYRING_USER = "buyer-data-key"
KEY_FILE = "buyer-data.key"
ENV_KEY = "STATION_DATA_KEY"


class KeyError_(RuntimeError):  # noqa: N801 - not the builtin KeyError
    """The data key is missing or damaged; the message says what to do."""


DataKeyError = KeyError_


class DecryptError(ValueError):
    """A stored value does not open with this station's key (wrong key, or tampered)."""


def _decode_key(text: str) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(text.strip().encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise DataKeyError("the buyer-data key is not valid base64") from None
    if len(raw) != 32:
        raise DataKeyError("the buyer-data key must be 32 bytes (AES-256)")
    return raw


def new_key() -> str:
    """A fresh random key as text (urlsafe base64)."""
    return base64.urlsafe_b64encode(AESGCM.generate_key(bit_length=256)).decode("ascii")


class BuyerCipher:
    """Seals and opens buyer fields. Thread-safe (AESGCM is stateless)."""

    def __init__(self, key: bytes, source: str = "") -> None:
        self._aead = AESGCM(key)
        self.source = source  # "env", "keyring" or the key file path, for diagnostics only
        # names the key without revealing it: stations sharing a database compare it (store.keycheck)
        self.key_id = hmac.new(key, b"packing-station buyer-data key id", hashlib.sha256).hexdigest()[:16]

    @staticmethod
    def _aad(order_id: str, field: str) -> bytes:
        return f"{order_id}\x1f{field}".encode("utf-8")

    def encrypt(self, value: str | None, order_id: str, field: str) -> str | None:
        if value is None:
            return None
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, value.encode("utf-8"), self._aad(order_id, field))
        return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, stored: str | None, order_id: str, field: str) -> str | None:
        if stored is None:
            return None
        if not stored.startswith(PREFIX):
            return stored  # written before encryption existed; re-saved encrypted on the next sync
        try:
            blob = base64.urlsafe_b64decode(stored[len(PREFIX):].encode("ascii"))
            return self._aead.decrypt(blob[:12], blob[12:], self._aad(order_id, field)).decode("utf-8")
        except (InvalidTag, binascii.Error, ValueError) as exc:
            raise DecryptError(f"buyer data of order {order_id} cannot be decrypted with this station's key "
                               "(was the key replaced? copy it from another station with import_key)") from exc


    # -- whole documents (a packing slip, a label) -------------------------------------------------
    def seal_bytes(self, data: bytes, context: str) -> bytes:
        """A document holding buyer data, for storage (e.g. a print job kept for reprints)."""
        nonce = os.urandom(12)
        return BYTES_PREFIX + nonce + self._aead.encrypt(nonce, bytes(data), context.encode("utf-8"))

    def open_bytes(self, stored: bytes, context: str) -> bytes:
        """The document again; data stored before sealing existed comes back as it is."""
        stored = bytes(stored)
        if not stored.startswith(BYTES_PREFIX):
            return stored
        body = stored[len(BYTES_PREFIX):]
        try:
            return self._aead.decrypt(body[:12], body[12:], context.encode("utf-8"))
        except InvalidTag as exc:
            raise DecryptError(f"a sealed document ({context}) cannot be opened with this station's key") from exc


BYTES_PREFIX = b"\x00SEAL1"


def is_encrypted(stored: str | None) -> bool:
    return stored is None or stored.startswith(PREFIX)


# -- where the key lives ---------------------------------------------------------------------------
def keyring_usable() -> bool:
    """False for keyring's ``fail`` and ``null`` backends (no Secret Service, CI)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        chained = getattr(backend, "backends", None)
        if chained is not None:
            return any(not isinstance(b, (fail.Keyring, null.Keyring)) for b in chained)
        return not isinstance(backend, (fail.Keyring, null.Keyring)) and backend.priority > 0
    except Exception:  # noqa: BLE001 - a broken keyring install means "not usable"
        return False


def _write_key_file(path: Path, key_text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key_text + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def load_key(data_dir: Path | None, create: bool = True) -> tuple[bytes, str]:
    """(key, source). Creates and stores a new key the first time when ``create``."""
    env = os.environ.get(ENV_KEY)
    if env:
        return _decode_key(env), "env"
    if keyring_usable():
        import keyring

        try:
            text = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
            if not text and create:
                text = new_key()
                keyring.set_password(KEYRING_SERVICE, KEYRING_USER, text)
            if text:
                return _decode_key(text), "keyring"
        except DataKeyError:
            raise
        except Exception as exc:  # noqa: BLE001 - a locked/unreachable keyring falls back to the file
            log.warning("OS keyring not usable (%s); using the key file in the data folder",
                        exc.__class__.__name__)
    if data_dir is None:
        from station import paths

        data_dir = paths.data_dir()
    path = Path(data_dir) / KEY_FILE
    if path.exists():
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)  # someone loosened it: user-only again
        return _decode_key(path.read_text(encoding="ascii")), str(path)
    if not create:
        raise DataKeyError(f"no buyer-data key in the keyring nor in {path}")
    log.warning("no OS keyring backend: the buyer-data key is kept in %s (mode 0600)", path)
    try:
        _write_key_file(path, new_key())
    except FileExistsError:  # another process of this station created it first
        pass
    return _decode_key(path.read_text(encoding="ascii")), str(path)


def export_key(data_dir: Path | None = None) -> str:
    """The key as text, for a supervisor to copy to another station sharing the database."""
    key, _ = load_key(data_dir, create=False)
    return base64.urlsafe_b64encode(key).decode("ascii")


def import_key(key_text: str, data_dir: Path | None = None) -> str:
    """Store a key copied from another station (keyring, or the 0600 file); returns where it went."""
    _decode_key(key_text)
    if keyring_usable():
        import keyring

        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, key_text.strip())
        where = "keyring"
    else:
        if data_dir is None:
            from station import paths

            data_dir = paths.data_dir()
        path = Path(data_dir) / KEY_FILE
        path.unlink(missing_ok=True)
        _write_key_file(path, key_text.strip())
        where = str(path)
    _CIPHERS.clear()
    return where


# -- which cipher a store uses ----------------------------------------------------------------------
_lock = threading.Lock()
_CIPHERS: dict[str, BuyerCipher] = {}  # key source -> cipher
_BY_ENGINE: "weakref.WeakKeyDictionary[object, BuyerCipher]" = weakref.WeakKeyDictionary()


def _default_dir_for(engine) -> Path | None:
    """SQLite: the database's own (user-only) folder; otherwise the station's data folder."""
    try:
        if engine is not None and engine.dialect.name == "sqlite":
            database = engine.url.database
            if database and database != ":memory:":
                return Path(database).resolve().parent
    except AttributeError:
        pass
    return None


def cipher_for_dir(data_dir: Path | None) -> BuyerCipher:
    with _lock:
        key, source = load_key(data_dir)
        cipher = _CIPHERS.get(source)
        if cipher is None:
            cipher = _CIPHERS[source] = BuyerCipher(key, source)
        return cipher


_DOCUMENTS: list[BuyerCipher] = []


def set_document_cipher(cipher: BuyerCipher | None) -> None:
    """The key for stored documents (store.sealed); the app sets the same as for its buyer data."""
    _DOCUMENTS[:] = [cipher] if cipher is not None else []


def document_cipher() -> BuyerCipher:
    return _DOCUMENTS[0] if _DOCUMENTS else cipher_for_dir(None)


def install_cipher(engine, cipher: BuyerCipher) -> None:
    """Make ``cipher`` the one used for this engine's buyer data (AppContext, tests)."""
    _BY_ENGINE[engine] = cipher


def cipher_for(session_or_engine) -> BuyerCipher:
    """The cipher for a session's (or engine's) database: installed, or the default key."""
    engine = session_or_engine
    get_bind = getattr(session_or_engine, "get_bind", None)
    if get_bind is not None:
        engine = get_bind()
    engine = getattr(engine, "engine", engine)  # a Connection -> its Engine
    try:
        cipher = _BY_ENGINE.get(engine)
    except TypeError:
        cipher = None
    if cipher is None:
        cipher = cipher_for_dir(_default_dir_for(engine))
        try:
            _BY_ENGINE[engine] = cipher
        except TypeError:
            pass
    return cipher
