"""Transport-neutral request/response types and SP-API errors used by the sandbox."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class Response:
    status: int
    body: Any = None  # JSON-able, or None for no body
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False  # close the connection without answering (fault injection)
    raw: bytes | None = None  # send these bytes instead of JSON (malformed answers in tests)


class ApiError(Exception):
    """An SP-API error answer: ``{"errors": [{"code", "message", "details"}]}``."""

    def __init__(self, status: int, code: str, message: str, details: str | None = None,
                 more: list[dict[str, str]] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details
        self.more = more or []

    def body(self) -> dict[str, Any]:
        error = {"code": self.code, "message": self.message}
        if self.details:
            error["details"] = self.details
        return {"errors": [error, *self.more]}


def invalid_input(message: str, details: str | None = None) -> ApiError:
    return ApiError(400, "InvalidInput", message, details)


def not_found(message: str) -> ApiError:
    return ApiError(404, "NotFound", message)


def unauthorized(details: str) -> ApiError:
    return ApiError(403, "Unauthorized", "Access to requested resource is denied.", details)
