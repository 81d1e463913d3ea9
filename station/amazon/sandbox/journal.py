"""The in-memory journal of every request (GET /_sandbox/journal), with secrets masked."""

from __future__ import annotations

import copy
import threading
from typing import Any

SECRET_KEYS = {"client_secret", "refresh_token", "access_token", "restrictedDataToken",
               "x-amz-access-token", "authorization"}
MASK = "***"


def mask_secrets(value: Any) -> Any:
    """A copy of ``value`` with every secret-named key's value replaced by ``"***"``."""
    if isinstance(value, dict):
        return {k: (MASK if k in SECRET_KEYS and v not in (None, "") else mask_secrets(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_secrets(v) for v in value]
    return value


class Journal:
    def __init__(self) -> None:
        self._entries: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def record(self, *, time: str, method: str, path: str, query: dict[str, list[str]], body: Any,
               status: int | None, response: Any, **extra: Any) -> dict[str, Any]:
        with self._lock:
            entry = {"seq": len(self._entries) + 1, "time": time, "method": method, "path": path,
                     "query": {k: list(v) for k, v in query.items()}, "body": mask_secrets(body),
                     "status": status, "response": mask_secrets(response)}
            entry.update(extra)
            self._entries.append(entry)
            return entry

    def entries(self) -> list[dict[str, Any]]:
        with self._lock:
            return copy.deepcopy(self._entries)
