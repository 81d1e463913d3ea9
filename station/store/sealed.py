"""``SealedBytes``: a LargeBinary column whose content is encrypted at rest (AES-GCM, station key).

For stored documents that carry buyer data: print jobs (slips and labels kept for reprints). Code
using the ORM reads and writes plain bytes; the database file holds only ciphertext. Data written
before sealing existed is read back as it is. A document that does not open with this station's key
reads as empty bytes (logged), so a print queue shows "nothing to print" instead of crashing.

The key: ``crypto.document_cipher()`` (environment, keyring, or the 0600 file in the data folder).
"""

from __future__ import annotations

import logging

from sqlalchemy import LargeBinary
from sqlalchemy.types import TypeDecorator

from station.security import crypto

log = logging.getLogger(__name__)
CONTEXT = "stored-document"


class SealedBytes(TypeDecorator):
    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None or len(value) == 0:
            return value
        return crypto.document_cipher().seal_bytes(bytes(value), CONTEXT)

    def process_result_value(self, value, dialect):
        if value is None:
            return value
        try:
            return crypto.document_cipher().open_bytes(bytes(value), CONTEXT)
        except crypto.DecryptError:
            log.warning("a stored document does not open with this station's key; treated as empty")
            return b""
