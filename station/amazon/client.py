"""The station's SP-API client: python-amazon-sp-api, adapted (not forked), behind one rate limiter.

python-amazon-sp-api's ``Client`` takes any object with ``endpoint``, ``marketplace_id``,
``region`` (and ``name`` for Shipping) as its marketplace, and an ``auth_token_client_class``.
We adapt it in three small places:

* ``_StationClient`` (mixin over each sp_api client): the Host header from the URL (sp_api
  writes ``endpoint[8:]``, which assumes ``https://``; the sandbox is ``http://``), no
  automatic marketplace parameters (we always send them explicitly, as the models name them),
  and ``_check_response`` that keeps the HTTP status, headers and parsed body, and raises
  *our* errors (status, Amazon's error list, request id; never a token) instead of treating a
  non-JSON 5xx as an empty success.
* ``_LwaClient`` (AccessTokenClient subclass): the token URL from settings, one access-token
  cache per ``SpApi`` with expiry on the injected clock (sp_api's module-wide cache is keyed
  by refresh token only and would hand one sandbox's token to another), plain-word errors.
* ``SpApi``: every call goes through ``RateLimiter.acquire`` and a retry loop (429, 5xx and
  network errors, with backoff and jitter); ``x-amzn-RateLimit-Limit`` updates the bucket.

Secrets: sp_api logs request headers (the access token) and responses (RDTs, PII) at DEBUG;
its logger is pinned to WARNING and a filter masks token-shaped strings and our secrets.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from sp_api.api import OrdersV0, OrdersV20260101, ShippingV2, Tokens
from sp_api.auth import AccessTokenClient, AccessTokenResponse
from sp_api.base._transport_httpx import HttpxTransport

from station.amazon.credentials import Credentials
from station.amazon.ratelimit import Backoff, Clock, RateLimiter, Sleep, shared_limiter

log = logging.getLogger(__name__)
T = TypeVar("T")

REGION_OF_MARKETPLACE = {
    "ATVPDKIKX0DER": "NA", "A2EUQ1WTGCTBG2": "NA", "A1AM78C64UM0Y8": "NA", "A2Q3Y263D00KWC": "NA",
    "A1F83G8C2ARO7P": "EU", "A1PA6795UKMFR9": "EU", "A13V1IB3VIYZZH": "EU", "APJ6JRA9NG5V4": "EU",
    "A1RKKUPIHCS9HS": "EU", "A1805IZSGTT6HS": "EU", "A1VC38T7YXB528": "FE", "A39IBJ37TRP1C6": "FE",
}
MARKETPLACE_NAME = {
    "ATVPDKIKX0DER": "US", "A2EUQ1WTGCTBG2": "CA", "A1AM78C64UM0Y8": "MX", "A2Q3Y263D00KWC": "BR",
    "A1F83G8C2ARO7P": "UK", "A1PA6795UKMFR9": "DE", "A13V1IB3VIYZZH": "FR", "APJ6JRA9NG5V4": "IT",
    "A1RKKUPIHCS9HS": "ES", "A1805IZSGTT6HS": "NL", "A1VC38T7YXB528": "JP", "A39IBJ37TRP1C6": "AU",
}
AWS_REGION = {"NA": "us-east-1", "EU": "eu-west-1", "FE": "us-west-2"}
TIMEOUT = httpx.Timeout(30.0, connect=5.0)
_ssl_lock = threading.Lock()
_ssl_context = None


def ssl_context():
    """One verified TLS context for every client (loading the CA bundle costs ~40 ms per client)."""
    global _ssl_context
    with _ssl_lock:
        if _ssl_context is None:
            import ssl

            import certifi

            _ssl_context = ssl.create_default_context(cafile=certifi.where())
        return _ssl_context

# -- errors -------------------------------------------------------------------------------------


class AmazonError(Exception):
    """Anything that went wrong talking to Amazon. ``str()`` is a plain sentence without secrets."""

    transient = False  # worth trying again later


class AuthError(AmazonError):
    """Login with Amazon refused the credentials (invalid_client, invalid_grant, ...)."""

    def __init__(self, code: str, description: str, status: int) -> None:
        self.code, self.description, self.status = code, description, status
        super().__init__(auth_message(code, description))


class NetworkError(AmazonError):
    """No answer: refused, timed out, or the connection dropped. ``maybe_sent``: the request may have
    reached Amazon (so a non-idempotent call must be checked before it is sent again)."""

    transient = True

    def __init__(self, message: str, maybe_sent: bool) -> None:
        super().__init__(message)
        self.maybe_sent = maybe_sent


class MalformedResponse(AmazonError):
    """An answer that is not what the API documents (not JSON, wrong shape)."""

    transient = True


class ApiError(AmazonError):
    """An SP-API error answer: HTTP status and Amazon's error list."""

    def __init__(self, status: int, errors: list[dict[str, Any]], request_id: str | None = None,
                 operation: str = "") -> None:
        self.status, self.errors, self.request_id, self.operation = status, errors, request_id, operation
        super().__init__(self.describe())

    @property
    def code(self) -> str:
        return str(self.errors[0].get("code", "")) if self.errors else ""

    @property
    def transient(self) -> bool:  # type: ignore[override]
        return self.status == 429 or self.status >= 500

    def describe(self) -> str:
        parts = []
        for error in self.errors or [{"code": f"HTTP{self.status}", "message": "no error details"}]:
            text = f"{error.get('code', '')}: {error.get('message', '')}".strip(": ")
            if error.get("details"):
                text += f" ({error['details']})"
            parts.append(text)
        where = f"{self.operation} " if self.operation else ""
        return f"Amazon refused {where}(HTTP {self.status}): " + "; ".join(parts)


def auth_message(code: str, description: str = "") -> str:
    """Plain words for a Login with Amazon error code."""
    return {
        "invalid_client": "Amazon does not accept the LWA client id or client secret (invalid_client): check both "
                          "in Seller Central > Develop apps, and enter them again",
        "invalid_grant": "The refresh token is expired or was revoked (invalid_grant): authorise the app again in "
                         "Seller Central and enter the new refresh token",
        "unauthorized_client": "This LWA app may not use refresh tokens (unauthorized_client): check the app's "
                               "settings in Seller Central",
        "missing": "No Amazon credentials on this station: run `station config credentials` (or set "
                   "STATION_LWA_CLIENT_ID, STATION_LWA_CLIENT_SECRET and STATION_LWA_REFRESH_TOKEN)",
        "invalid_request": "Login with Amazon says the request is incomplete (invalid_request): a client id, "
                           "client secret or refresh token is missing",
    }.get(code, f"Login with Amazon refused the credentials ({code or 'no error code'}"
                f"{': ' + description if description else ''})")


# -- redaction of secrets in sp_api's logging ------------------------------------------------------

TOKEN_SHAPES = re.compile(r"(Atz[a-z.]*\|[A-Za-z0-9._~+/=|-]+|Atzr\|[A-Za-z0-9._~+/=|-]+)")
_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def _remember_secret(*values: str | None) -> None:
    with _secrets_lock:
        _secrets.update(v for v in values if v and len(v) >= 6)


def scrub(text: str) -> str:
    text = TOKEN_SHAPES.sub("***", text)
    with _secrets_lock:
        values = sorted(_secrets, key=len, reverse=True)
    for value in values:
        text = text.replace(value, "***")
    return text


class _ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001
            return True
        clean = scrub(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def _guard_library_logging() -> None:
    for name in ("sp_api", "httpx", "httpcore"):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)
        if not any(isinstance(f, _ScrubFilter) for f in logger.filters):
            logger.addFilter(_ScrubFilter())
    for name in ("sp_api.base.client", "sp_api.auth.access_token_client"):
        child = logging.getLogger(name)
        child.setLevel(logging.WARNING)  # sp_api sets INFO on import; headers are logged at DEBUG
        if not any(isinstance(f, _ScrubFilter) for f in child.filters):
            child.addFilter(_ScrubFilter())


_guard_library_logging()

# -- configuration --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApiConfig:
    endpoint: str  # base URL
    lwa_endpoint: str  # full token URL
    marketplace_id: str
    region: str = "NA"
    seller_id: str = ""

    @classmethod
    def from_settings(cls, settings) -> "ApiConfig":
        return cls(endpoint=settings.get("amazon.endpoint").rstrip("/"),
                   lwa_endpoint=settings.get("amazon.lwa_endpoint"),
                   marketplace_id=settings.get("amazon.marketplace"),
                   region=settings.get("amazon.region"), seller_id=settings.get("amazon.seller_id") or "")

    @property
    def host(self) -> str:
        return urlsplit(self.endpoint).netloc


@dataclass(frozen=True)
class _Marketplace:
    """What sp_api's Client reads from a marketplace: endpoint, marketplace_id, region (and name)."""

    endpoint: str
    marketplace_id: str
    region: str
    name: str


# -- Login with Amazon ------------------------------------------------------------------------------


class _TokenCache:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.lock = threading.Lock()
        self.value: dict[str, Any] | None = None
        self.expires_at = 0.0

    def get(self) -> dict[str, Any] | None:
        with self.lock:
            if self.value and self.clock() < self.expires_at:
                return self.value
            return None

    def put(self, value: dict[str, Any]) -> None:
        with self.lock:
            self.value = value
            lifetime = float(value.get("expires_in") or 3600)
            self.expires_at = self.clock() + max(lifetime - 60.0, lifetime / 2)  # renew a minute early

    def clear(self) -> None:
        with self.lock:
            self.value, self.expires_at = None, 0.0


class _LwaClient(AccessTokenClient):
    """sp_api's token client with our token URL, cache, clock and errors (bound per SpApi by ``_bind``)."""

    token_url = "https://api.amazon.com/auth/o2/token"
    token_cache: _TokenCache
    on_call: Callable[[], None] = staticmethod(lambda: None)

    def __init__(self, refresh_token=None, credentials=None, proxies=None, verify=True):
        super().__init__(refresh_token=refresh_token, credentials=credentials, proxies=proxies, verify=verify)
        self._transport = HttpxTransport(timeout=TIMEOUT, proxies=proxies, verify=verify)

    def _request(self, url, data, headers):
        self.on_call()
        try:
            response = self._transport.request("POST", url, data=data, headers=headers)
        except httpx.HTTPError as exc:
            raise NetworkError(f"cannot reach the Login with Amazon token service at {urlsplit(url).netloc} "
                               f"({exc.__class__.__name__})", maybe_sent=False) from None
        if response.status_code == 429 or response.status_code >= 500:  # LWA busy or down: try again later
            raise NetworkError(f"the Login with Amazon token service at {urlsplit(url).netloc} answered HTTP "
                               f"{response.status_code}", maybe_sent=False)
        try:
            body = response.json()
        except ValueError:
            raise MalformedResponse(f"the Login with Amazon token service at {urlsplit(url).netloc} answered "
                                    f"HTTP {response.status_code} with something that is not JSON") from None
        if not isinstance(body, dict):
            raise MalformedResponse("the Login with Amazon token service answered with an unexpected shape")
        if response.status_code != 200:
            raise AuthError(str(body.get("error") or ""), str(body.get("error_description") or ""),
                            response.status_code)
        if not body.get("access_token"):
            raise MalformedResponse("the Login with Amazon token service answered without an access token")
        _remember_secret(body["access_token"])
        return body

    def get_auth(self) -> AccessTokenResponse:
        cached = self.token_cache.get()
        if cached is None:
            cached = self._request(self.token_url, self.data, self.headers)
            self.token_cache.put(cached)
        return AccessTokenResponse(**cached)


def _bind_lwa(url: str, cache: _TokenCache, on_call: Callable[[], None]) -> type[_LwaClient]:
    return type("BoundLwaClient", (_LwaClient,), {"token_url": url, "token_cache": cache,
                                                  "on_call": staticmethod(on_call)})


# -- the sp_api clients, adapted ----------------------------------------------------------------


class _StationClient:
    """Mixin placed before an sp_api Client subclass (see module doc)."""

    last_status: int = 0
    last_headers: httpx.Headers | dict = {}
    last_body: Any = None
    extra_headers: dict[str, str] | None = None

    @property
    def headers(self):
        headers = dict(super().headers)  # type: ignore[misc]
        headers["host"] = urlsplit(self.endpoint).netloc  # type: ignore[attr-defined]
        if self.extra_headers:
            headers.update(self.extra_headers)
        return headers

    def _request(self, path, *, add_marketplace=True, **kwargs):
        # Marketplace ids are always passed explicitly, with the names the models use.
        return super()._request(path, add_marketplace=False, **kwargs)  # type: ignore[misc]

    def _check_response(self, res, res_no_data=False, bulk=False, wrap_list=False):
        self.last_status, self.last_headers = res.status_code, res.headers
        text = res.content or b""
        body: Any = None
        if text.strip():
            try:
                body = json.loads(text)
            except ValueError:
                body = _NOT_JSON
        self.last_body = None if body is _NOT_JSON else body
        request_id = res.headers.get("x-amzn-RequestId")
        if res.status_code >= 400:
            errors = body.get("errors") if isinstance(body, dict) else None
            if not isinstance(errors, list):
                errors = [{"code": f"HTTP{res.status_code}",
                           "message": "answer without an SP-API error list" if body is not _NOT_JSON
                           else "answer that is not JSON"}]
            raise ApiError(res.status_code, errors, request_id)
        if body is _NOT_JSON:
            raise MalformedResponse(f"Amazon answered HTTP {res.status_code} with something that is not JSON "
                                    f"(request id {request_id or 'none'})")
        if body is not None and not isinstance(body, dict):
            raise MalformedResponse(f"Amazon answered HTTP {res.status_code} with JSON that is not an object")
        return super()._check_response(res, res_no_data, bulk, wrap_list)  # type: ignore[misc]


_NOT_JSON = object()


class _Orders2026(_StationClient, OrdersV20260101):
    pass


class _OrdersV0(_StationClient, OrdersV0):
    pass


class _Tokens(_StationClient, Tokens):
    pass


class _Shipping(_StationClient, ShippingV2):
    pass


# -- the facade -------------------------------------------------------------------------------------


@dataclass
class CallStats:
    calls: Counter  # operation -> HTTP calls made (retries included)
    throttled: Counter
    retried: Counter


class SpApi:
    """The operations the station uses. One instance per worker thread; the limiter is shared.

    ``clock``/``sleep`` drive the limiter, backoff and token expiry (pass a VirtualClock and its
    ``sleep`` to run in simulated time). ``use_rdt``: ask the Tokens API for a Restricted Data
    Token for buyer/recipient data; if Amazon refuses one, the orders are read without PII.
    """

    PII_ELEMENTS = ("buyerInfo", "shippingAddress")

    def __init__(self, config: ApiConfig, credentials: Credentials, *, limiter: RateLimiter | None = None,
                 clock: Clock | None = None, sleep: Sleep | None = None, backoff: Backoff | None = None,
                 use_rdt: bool = True) -> None:
        if credentials is None or not credentials.complete:
            raise AuthError("invalid_request", "", 0)
        self.config = config
        self.clock = clock or (limiter.clock if limiter else time.monotonic)
        self.sleep = sleep or (limiter.sleep if limiter else time.sleep)
        self.limiter = limiter or shared_limiter(config.endpoint, config.seller_id)
        self.backoff = backoff or Backoff()
        self.use_rdt = use_rdt
        self.stats = CallStats(Counter(), Counter(), Counter())
        self._token_cache = _TokenCache(self.clock)
        self._rdt: tuple[str, float] | None = None
        self._rdt_refused = False
        _remember_secret(*credentials.secrets())
        lwa = _bind_lwa(config.lwa_endpoint, self._token_cache, self._count_lwa)
        market = _Marketplace(config.endpoint.rstrip("/"), config.marketplace_id, AWS_REGION.get(config.region,
                              "us-east-1"), MARKETPLACE_NAME.get(config.marketplace_id, "US"))
        sp_credentials = {"lwa_app_id": credentials.client_id, "lwa_client_secret": credentials.client_secret,
                          "refresh_token": credentials.refresh_token}
        kwargs = dict(refresh_token=credentials.refresh_token, credentials=sp_credentials,
                      auth_token_client_class=lwa, timeout=TIMEOUT, verify=ssl_context())
        self.orders = _Orders2026(market, **kwargs)
        self.orders_v0 = _OrdersV0(market, **kwargs)
        self.tokens = _Tokens(market, **kwargs)
        self.shipping = _Shipping(market, **kwargs)
        for client in (self.orders, self.orders_v0, self.tokens, self.shipping):
            # sp_api lets SP_API_DEFAULT_MARKETPLACE in the environment replace the marketplace (and so the
            # endpoint) it was given; the station's settings decide, nothing else.
            client.endpoint, client.marketplace_id, client.region = market.endpoint, market.marketplace_id, \
                market.region
        from sp_api.api.shipping.shipping_v2 import AmznShippingBusiness

        if AmznShippingBusiness.has_key(market.name):
            self.shipping.amzn_shipping_business = AmznShippingBusiness[market.name]

    # -- plumbing ----------------------------------------------------------------------------------
    def _count_lwa(self) -> None:
        self.stats.calls["lwa:token"] += 1

    def close(self) -> None:
        for client in (self.orders, self.orders_v0, self.tokens, self.shipping):
            client.close()

    def __enter__(self) -> "SpApi":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(self, operation: str, client: _StationClient, fn: Callable[[], Any], *, idempotent: bool = True,
             rate_key: str | None = None) -> Any:
        """Run ``fn`` (one sp_api call on ``client``) through the limiter with retries.

        Retries 429 always (Amazon did nothing), 5xx and network errors only when ``idempotent``
        (for a write the caller decides: see outbox.py); a 403 for an expired token once, after a
        fresh token. Returns the parsed JSON body (or None for 204).
        """
        key = rate_key or operation
        refreshed = False
        attempt = 0
        while True:
            self.limiter.acquire(key)
            self.stats.calls[operation] += 1
            try:
                fn()
                self.limiter.observe_limit(key, client.last_headers.get("x-amzn-RateLimit-Limit"))
                return client.last_body
            except ApiError as exc:
                exc.operation = operation
                exc.args = (exc.describe(),)
                self.limiter.observe_limit(key, client.last_headers.get("x-amzn-RateLimit-Limit")
                                           if client.last_headers else None)
                if exc.status == 403 and not refreshed and _token_problem(exc):
                    refreshed = True
                    self._token_cache.clear()
                    self._rdt = None
                    continue
                if exc.status == 429:
                    self.limiter.throttled(key)
                    self.stats.throttled[operation] += 1
                elif not (exc.status >= 500 and idempotent):
                    raise
                error: AmazonError = exc
            except NetworkError as exc:  # the token call (nothing was sent to the operation yet)
                error = exc
                if exc.maybe_sent and not idempotent:
                    raise
            except httpx.HTTPError as exc:
                sent = not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout))
                error = NetworkError(f"no answer from {self.config.host} for {operation} "
                                     f"({exc.__class__.__name__})", maybe_sent=sent)
                if sent and not idempotent:
                    raise error from None
            except MalformedResponse as exc:
                exc.args = (f"{operation}: {exc}",)
                raise
            attempt += 1
            if attempt >= self.backoff.attempts:
                raise error
            self.stats.retried[operation] += 1
            delay = self.backoff.delay(attempt - 1)
            log.info("%s: %s; retry %d in %.1fs", operation, _short(error), attempt, delay)
            self.sleep(delay)

    # -- tokens --------------------------------------------------------------------------------
    def restricted_data_token(self, resources: list[dict[str, Any]]) -> dict[str, Any]:
        body = self.call("createRestrictedDataToken", self.tokens,
                         lambda: self.tokens.create_restricted_data_token(restrictedResources=resources))
        if not isinstance(body, dict) or not body.get("restrictedDataToken"):
            raise MalformedResponse("createRestrictedDataToken answered without a token")
        _remember_secret(body["restrictedDataToken"])
        return body

    def _orders_token(self) -> str | None:
        """An RDT for searchOrders/getOrder with buyer and address data, cached until shortly before expiry."""
        if not self.use_rdt or self._rdt_refused:
            return None
        if self._rdt and self.clock() < self._rdt[1]:
            return self._rdt[0]
        resources = [{"method": "GET", "path": "/orders/2026-01-01/orders", "dataElements": list(self.PII_ELEMENTS)},
                     {"method": "GET", "path": "/orders/2026-01-01/orders/{orderId}",
                      "dataElements": list(self.PII_ELEMENTS)}]
        try:
            body = self.restricted_data_token(resources)
        except ApiError as exc:
            if exc.status in (400, 403):  # no PII role: orders come without buyer data
                log.warning("no restricted data token (%s); orders are read without buyer data", exc.code)
                self._rdt_refused = True
                return None
            raise
        lifetime = float(body.get("expiresIn") or 3600)
        self._rdt = (body["restrictedDataToken"], self.clock() + max(lifetime - 60.0, lifetime / 2))
        return self._rdt[0]

    def _with_rdt(self, operation: str, fn: Callable[[], Any], rate_key: str) -> Any:
        token = self._orders_token()
        self.orders.restricted_data_token = token
        try:
            return self.call(operation, self.orders, fn, rate_key=rate_key)
        except ApiError as exc:
            if token and exc.status == 403:  # the RDT went stale: once more with a fresh one
                self._rdt = None
                self.orders.restricted_data_token = self._orders_token()
                return self.call(operation, self.orders, fn, rate_key=rate_key)
            raise
        finally:
            self.orders.restricted_data_token = None

    # -- orders ------------------------------------------------------------------------------------
    def search_orders(self, **params: Any) -> dict[str, Any]:
        """One page of Orders 2026-01-01 searchOrders; list parameters may be lists."""
        body = self._with_rdt("searchOrders", lambda: self.orders.search_orders(**params),
                              "orders_2026-01-01:searchOrders")
        if not isinstance(body, dict) or not isinstance(body.get("orders"), list):
            raise MalformedResponse("searchOrders answered without an orders list")
        return body

    def get_order(self, order_id: str, included: Iterable[str] = ()) -> dict[str, Any]:
        params = {"includedData": list(included)} if included else {}
        body = self._with_rdt("getOrder", lambda: self.orders.get_order(order_id, **params),
                              "orders_2026-01-01:getOrder")
        if not isinstance(body, dict) or not isinstance(body.get("order"), dict):
            raise MalformedResponse("getOrder answered without an order")
        return body["order"]

    def confirm_shipment(self, order_id: str, body: dict[str, Any]) -> None:
        """Orders v0 confirmShipment. Not idempotent for our purposes: 5xx and lost answers are
        raised (``NetworkError.maybe_sent``), never retried here; 429 is retried (nothing happened)."""
        self.call("confirmShipment", self.orders_v0, lambda: self.orders_v0.confirm_shipment(order_id, **body),
                  idempotent=False, rate_key="ordersV0:confirmShipment")

    # -- Buy Shipping (Shipping API v2), a thin adapter for the shipping service -----------------
    def _shipping_call(self, operation: str, fn: Callable[[], Any], idempotent: bool = True) -> Any:
        return self.call(operation, self.shipping, fn, idempotent=idempotent, rate_key=f"shippingV2:{operation}")

    def get_rates(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._shipping_call("getRates", lambda: self.shipping.get_rates(**body))

    def purchase_shipment(self, body: dict[str, Any], idempotency_key: str | None = None) -> dict[str, Any]:
        self.shipping.extra_headers = {"x-amzn-IdempotencyKey": idempotency_key} if idempotency_key else None
        try:
            return self._shipping_call("purchaseShipment", lambda: self.shipping.purchase_shipment(**body),
                                       idempotent=idempotency_key is not None)
        finally:
            self.shipping.extra_headers = None

    def get_documents(self, shipment_id: str, package_client_reference_id: str, format: str | None = None,
                      dpi: int | None = None) -> dict[str, Any]:
        params: dict[str, Any] = {"packageClientReferenceId": package_client_reference_id}
        if format:
            params["format"] = format
        if dpi:
            params["dpi"] = dpi
        return self._shipping_call("getShipmentDocuments",
                                   lambda: self.shipping.get_shipment_documents(shipment_id, **params))

    def cancel_shipment(self, shipment_id: str) -> dict[str, Any] | None:
        return self._shipping_call("cancelShipment", lambda: self.shipping.cancel_shipment(shipment_id))


def _token_problem(exc: ApiError) -> bool:
    text = " ".join(str(e.get("details", "")) + " " + str(e.get("message", "")) for e in exc.errors).lower()
    return "token" in text and ("expired" in text or "revoked" in text or "invalid" in text)


def _short(error: BaseException) -> str:
    text = str(error)
    return text if len(text) < 200 else text[:197] + "..."


def make_client(settings, credentials: Credentials | None = None, **kwargs: Any) -> SpApi:
    """An SpApi for this station's settings; credentials from the environment/keyring when not given."""
    from station.amazon.credentials import load_credentials

    creds = credentials or load_credentials()
    if creds is None or not creds.complete:
        raise AuthError("missing", "", 0) if creds is None else AuthError("invalid_request", "", 0)
    return SpApi(ApiConfig.from_settings(settings), creds, **kwargs)
