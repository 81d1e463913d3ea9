"""Login with Amazon (LWA) tokens, access-token checks and Restricted Data Tokens."""

from __future__ import annotations

import json
import secrets
import threading
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from station.amazon.sandbox.clock import Clock
from station.amazon.sandbox.messages import Request, Response, invalid_input, unauthorized
from station.amazon.spec import Spec

DATA_ELEMENTS = {"buyerInfo", "shippingAddress", "buyerTaxInformation"}


@dataclass
class Token:
    kind: str  # "lwa" or "rdt"
    expires_at: float
    client_id: str = ""
    resources: list[tuple[str, str]] = field(default_factory=list)  # RDT: (METHOD, path)
    data_elements: set[str] = field(default_factory=set)

    def covers(self, method: str, path: str, spec: Spec) -> bool:
        """An RDT covers a concrete path, or a template such as /orders/v0/orders/{orderId}."""
        for r_method, r_path in self.resources:
            if r_method != method:
                continue
            if r_path == path:
                return True
            found = spec.find(r_method, r_path)
            if found and "{" in r_path and found[0].match(path) is not None and found[0].path == r_path:
                return True
        return False


class TokenStore:
    def __init__(self, clock: Clock, ttl: int = 3600):
        self.clock, self.ttl = clock, ttl
        self._tokens: dict[str, Token] = {}
        self._lock = threading.Lock()

    def issue(self, token: Token, prefix: str) -> str:
        value = prefix + secrets.token_urlsafe(48)
        with self._lock:
            self._tokens[value] = token
        return value

    def expire_all(self) -> None:
        """Make every issued token expired now (tests of the refresh path)."""
        with self._lock:
            for token in self._tokens.values():
                token.expires_at = min(token.expires_at, self.clock() - 1)

    def check(self, value: str | None) -> Token:
        if not value:
            raise unauthorized("The request has no access token (x-amz-access-token header).")
        with self._lock:
            token = self._tokens.get(value)
        if token is None:
            raise unauthorized("The access token you provided is revoked, malformed or invalid.")
        if self.clock() >= token.expires_at:
            raise unauthorized("The access token you provided has expired.")
        return token


def parse_form(request: Request) -> dict[str, str]:
    """LWA takes a form body; accept JSON too, as some clients send it."""
    text = request.body.decode("utf-8", errors="replace")
    if (request.header("content-type") or "").startswith("application/json"):
        try:
            data = json.loads(text or "{}")
        except ValueError:
            return {}
        return {k: str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    return {k: v[-1] for k, v in parse_qs(text, keep_blank_values=True).items()}


def lwa_token(store: TokenStore, request: Request) -> Response:
    """POST /auth/o2/token: refresh_token and client_credentials grants, as LWA answers them."""
    if request.method != "POST":
        return Response(405, {"error": "invalid_request", "error_description": "Use POST."})
    form = parse_form(request)
    grant = form.get("grant_type", "")
    client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
    if grant not in ("refresh_token", "client_credentials"):
        return Response(400, {"error": "unsupported_grant_type" if grant else "invalid_request",
                              "error_description": f"The grant type {grant!r} is not supported." if grant
                              else "The request is missing the required parameter: grant_type"})
    if not client_id or not secret:
        return Response(400, {"error": "invalid_request",
                              "error_description": "The request is missing client_id or client_secret"})
    if client_id == "invalid":
        return Response(401, {"error": "invalid_client", "error_description": "Client authentication failed"})
    if grant == "refresh_token" and not form.get("refresh_token"):
        return Response(400, {"error": "invalid_request",
                              "error_description": "The request is missing the required parameter: refresh_token"})
    if grant == "client_credentials" and not form.get("scope"):
        return Response(400, {"error": "invalid_scope", "error_description": "The request has no scope"})
    token = store.issue(Token("lwa", store.clock() + store.ttl, client_id), "Atza|")
    body = {"access_token": token, "token_type": "bearer", "expires_in": store.ttl}
    if grant == "refresh_token":
        body["refresh_token"] = form["refresh_token"]
    return Response(200, body, {"Cache-Control": "no-store", "Pragma": "no-cache"})


def create_rdt(store: TokenStore, spec: Spec, body: dict, pii_roles: bool) -> dict:
    """createRestrictedDataToken: an RDT for the listed resources, valid for the token TTL."""
    resources: list[tuple[str, str]] = []
    elements: set[str] = set()
    raw = body.get("restrictedResources") or []
    if not raw:
        raise invalid_input("Request is missing or has invalid parameters", "Resource not provided.")
    if len(raw) > 50:
        raise invalid_input("Request is missing or has invalid parameters", "At most 50 restrictedResources.")
    for resource in raw:
        method, path = resource["method"], resource["path"]
        found = spec.find(method, path)
        if not path or found is None:
            raise invalid_input("Request is missing or has invalid parameters",
                                f"{method} {path} is not a resource of the Selling Partner API.")
        bad = set(resource.get("dataElements", [])) - DATA_ELEMENTS
        if bad:
            raise invalid_input("Request is missing or has invalid parameters",
                                f"Unknown dataElements: {', '.join(sorted(bad))}.")
        resources.append((method, path))
        elements |= set(resource.get("dataElements", []))
    if elements and not pii_roles:
        raise unauthorized("Application does not have access to one or more requested data elements.")
    token = store.issue(Token("rdt", store.clock() + store.ttl, resources=resources, data_elements=elements),
                        "Atz.sprdt|")
    return {"restrictedDataToken": token, "expiresIn": store.ttl}
