"""The SP-API simulator without HTTP: ``Sandbox.handle(Request) -> Response``.

Every request goes through the same gate as on Amazon: route by the official
models, access token, usage-plan rate limit, request validation; then the
operation's handler changes the in-memory state. Every answer is checked
against the model too (``contract_violations`` collects any mismatch) and
journaled. See server.py for the HTTP side and clock.py for simulated time.
"""

from __future__ import annotations

import json
import logging
import random
import re
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable

from station.amazon.sandbox import orders as orders_ops
from station.amazon.sandbox import orders_v0
from station.amazon.sandbox import shipping as shipping_ops
from station.amazon.sandbox.auth import Token, TokenStore, create_rdt, lwa_token, parse_form
from station.amazon.sandbox.clock import Clock, iso, system_clock, to_datetime
from station.amazon.sandbox.journal import Journal
from station.amazon.sandbox.messages import ApiError, Request, Response, invalid_input, not_found, unauthorized
from station.amazon.sandbox.ratelimit import RateLimiter
from station.amazon.sandbox.seed import (
    CANCELLED, PENDING, UNSHIPPED, Order, Product, TimelineEvent, generate_catalog, generate_orders,
    generate_timeline,
)
from station.amazon.spec import Operation, Spec, default_spec

log = logging.getLogger(__name__)

LWA_PATH = "/auth/o2/token"
SELLER_MARKETPLACES = ("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8")


@dataclass
class Context:
    request: Request
    op: Operation
    params: dict[str, Any]  # typed path and query parameters
    body: Any
    token: Token
    now: datetime
    effect: list[str] = field(default_factory=list)  # what changed, for the journal


def _rdt_handler(sb: "Sandbox", ctx: Context) -> Response:
    return Response(200, create_rdt(sb.tokens, sb.spec, ctx.body, sb.pii_roles))


class Sandbox:
    """In-memory Selling Partner API for one seller (US, CA and MX marketplaces).

    ``clock`` is any callable returning POSIX seconds; pass a ``VirtualClock`` to run
    in simulated time (dates, token expiry, rate limits and the timeline follow it).
    """

    def __init__(self, *, orders: int = 40, seed: int | str = 1, fault_rate: float = 0.0,
                 timeline: bool = True, clock: Clock | None = None, token_ttl: int = 3600,
                 pii_roles: bool = True, require_rdt: bool = False, void_window: int = 24 * 3600,
                 rate_limits: bool = True, check_responses: bool = True, spec: Spec | None = None,
                 seller_marketplaces: tuple[str, ...] = SELLER_MARKETPLACES):
        if not 0.0 <= fault_rate <= 1.0:
            raise ValueError("fault_rate must be between 0 and 1")
        self.clock = clock or system_clock
        self.seed, self.fault_rate = seed, fault_rate
        self.pii_roles, self.require_rdt = pii_roles, require_rdt
        self.void_window, self.rate_limits_on = void_window, rate_limits
        self.check_responses = check_responses  # self-check every answer against the model (~20 ms a page)
        self.seller_marketplaces = seller_marketplaces
        self.spec = spec or default_spec()
        self.started = to_datetime(self.clock()).replace(microsecond=0)
        self.catalog: list[Product] = generate_catalog(seed)
        self.orders: dict[str, Order] = {o.order_id: o for o in generate_orders(seed, orders, self.started, self.catalog)}
        self.timeline: list[TimelineEvent] = generate_timeline(seed, list(self.orders.values()), self.started) \
            if timeline else []
        self.tokens = TokenStore(self.clock, token_ttl)
        self.limiter = RateLimiter(self.clock)
        self.journal = Journal()
        self.contract_violations: list[str] = []
        self.pages: dict[str, dict[str, Any]] = {}  # searchOrders pagination tokens
        self.rate_requests: dict[str, dict[str, Any]] = {}  # getRates requestToken -> offer
        self.shipments: dict[str, dict[str, Any]] = {}
        self.idempotency: dict[str, tuple[str, Response]] = {}
        self._scripted: list[list[Any]] = []  # [method, path regex, times left, Response]
        self.lock = threading.RLock()  # one state change at a time, as one seller account
        self._faults = random.Random(f"station-sandbox:faults:{seed}")
        self.ids = random.Random(f"station-sandbox:ids:{seed}")  # shipment ids, tracking numbers
        self.handlers: dict[str, Callable[[Sandbox, Context], Response]] = {
            "orders_2026-01-01:searchOrders": orders_ops.search_orders,
            "orders_2026-01-01:getOrder": orders_ops.get_order,
            "ordersV0:confirmShipment": orders_ops.confirm_shipment,
            "ordersV0:getOrders": orders_v0.get_orders,
            "ordersV0:getOrderItems": orders_v0.get_order_items,
            "ordersV0:getOrderAddress": orders_v0.get_order_address,
            "tokens_2021-03-01:createRestrictedDataToken": _rdt_handler,
            "shippingV2:getRates": shipping_ops.get_rates,
            "shippingV2:purchaseShipment": shipping_ops.purchase_shipment,
            "shippingV2:getShipmentDocuments": shipping_ops.get_shipment_documents,
            "shippingV2:cancelShipment": shipping_ops.cancel_shipment,
        }

    # -- helpers for handlers ------------------------------------------------------
    def now(self) -> datetime:
        return to_datetime(self.clock())

    def new_id(self, digits: int) -> str:
        with self.lock:
            return "".join(self.ids.choice("0123456789") for _ in range(digits))

    def catalog_json(self) -> list[dict[str, Any]]:
        return [p.catalog_entry() for p in self.catalog]

    def apply_timeline(self) -> None:
        """Play every timeline event that is due (lazily, so simulated time works too)."""
        now = self.now()
        with self.lock:
            while self.timeline and self.timeline[0].at <= now:
                event = self.timeline.pop(0)
                order = self.orders[event.order_id]
                if event.kind == "paid" and order.status == PENDING:
                    order.status = UNSHIPPED
                    order.last_updated = event.at
                elif event.kind == "cancelled" and order.status in (UNSHIPPED, PENDING):
                    order.status = CANCELLED
                    order.cancellation = ("BUYER", "Buyer cancelled: no longer needed")
                    order.last_updated = event.at

    def script(self, method: str, path_regex: str, status: int, body: Any = None, *, raw: bytes | None = None,
               drop: bool = False, times: int = 1) -> None:
        """Answer the next ``times`` matching requests with this instead (tests of a client's
        error handling: a malformed body, a 500 on the third page, a dropped confirmation).
        Scripted answers are journaled with ``"fault": "scripted"``; nothing else happens."""
        with self.lock:
            self._scripted.append([method.upper(), re.compile(path_regex), times,
                                   Response(status, body, drop=drop, raw=raw)])

    def _take_scripted(self, request: Request) -> Response | None:
        with self.lock:
            for entry in self._scripted:
                method, pattern, left, response = entry
                if method == request.method and pattern.fullmatch(request.path):
                    entry[2] -= 1
                    if entry[2] <= 0:
                        self._scripted.remove(entry)
                    headers = {"x-amzn-RequestId": str(uuid.uuid4()), **self._limit_header(request)}
                    return Response(response.status, response.body, headers, drop=response.drop, raw=response.raw)
        return None

    def _limit_header(self, request: Request) -> dict[str, str]:
        found = self.spec.find(request.method, request.path)
        plan = found[0].usage_plan if found else None
        return {"x-amzn-RateLimit-Limit": f"{plan.rate:g}"} if plan else {}

    # -- the gate ----------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        if request.path.startswith("/_sandbox/"):
            return self._own(request)
        self.apply_timeline()
        scripted = self._take_scripted(request)
        if scripted is not None:
            self.journal.record(time=iso(self.now()), method=request.method, path=request.path,
                                query=request.query, body=self._journal_body(request),
                                status=None if scripted.drop else scripted.status, response=scripted.body,
                                fault="scripted")
            return scripted
        fault = self._draw_fault()
        if fault in ("500", "503", "drop_before"):
            return self._fault_answer(request, fault)
        response, op, effect = self._process(request)
        response.headers.setdefault("x-amzn-RequestId", str(uuid.UUID(int=self.ids.getrandbits(128))))
        extra: dict[str, Any] = {"operation": op.operation_id} if op else {}
        if effect:
            extra["effect"] = effect
        if fault == "drop_after":
            extra["fault"] = "dropped connection after processing"
            response.drop = True
        self.journal.record(time=iso(self.now()), method=request.method, path=request.path, query=request.query,
                            body=self._journal_body(request), status=response.status, response=response.body,
                            **extra)
        return response

    def _process(self, request: Request) -> tuple[Response, Operation | None, str | None]:
        if request.path == LWA_PATH:
            return lwa_token(self.tokens, request), None, None
        found = self.spec.find(request.method, request.path)
        key = found[0].key if found else None
        if found is None or key not in self.handlers:
            if found is None and self.spec.path_exists(request.path):
                err = ApiError(405, "MethodNotAllowed", f"{request.method} is not allowed on {request.path}.")
            elif found is not None:
                err = not_found(f"The sandbox does not simulate {found[0].operation_id}.")
            else:
                err = not_found(f"No Selling Partner API resource at {request.path}.")
            plan = found[0].usage_plan if found else None
            headers = {"x-amzn-RateLimit-Limit": f"{plan.rate:g}"} if plan else {}
            return Response(err.status, err.body(), headers), None, None
        op, path_params = found
        plan = op.usage_plan
        headers = {"x-amzn-RateLimit-Limit": f"{plan.rate:g}"} if plan else {}
        effect: list[str] = []
        try:
            token = self.tokens.check(request.header("x-amz-access-token"))
            if token.kind == "rdt" and not token.covers(op.method, request.path, self.spec):
                raise unauthorized("The restricted data token does not grant access to this resource.")
            if plan and self.rate_limits_on and not self.limiter.allow(op.key, plan.rate, plan.burst):
                raise ApiError(429, "QuotaExceeded", "You exceeded your quota for the requested resource.")
            body, body_present = self._parse_body(request, op)
            problems = self.spec.validate_request(op, path_params, request.query, body, request.headers,
                                                  body_present=body_present)
            if problems:
                raise ApiError(400, "InvalidInput", "Request has missing or invalid parameters and cannot be parsed.",
                               problems[0], [{"code": "InvalidInput", "message": p} for p in problems[1:]])
            ctx = Context(request, op, self.spec.coerce_params(op, path_params, request.query), body, token,
                          self.now(), effect)
            response = self.handlers[op.key](self, ctx)
        except ApiError as err:
            response = Response(err.status, err.body())
        except Exception:  # a sandbox bug must look like Amazon's 500, and be visible
            log.exception("sandbox handler failed for %s %s", request.method, request.path)
            response = Response(500, {"errors": [{"code": "InternalFailure",
                                                  "message": "We encountered an internal error. Please try again."}]})
        for name, value in headers.items():
            response.headers.setdefault(name, value)
        problems = self.spec.validate_response(op, response.status, response.body) if self.check_responses else []
        if problems:
            message = f"{op.operation_id} {response.status}: {'; '.join(problems[:3])}"
            log.error("sandbox answer breaks the model: %s", message)
            with self.lock:
                self.contract_violations.append(message)
        return response, op, "; ".join(effect) or None

    def _parse_body(self, request: Request, op: Operation) -> tuple[Any, bool]:
        if op.body_parameter() is None or not request.body.strip():
            return None, False
        try:
            return json.loads(request.body.decode("utf-8")), True
        except (UnicodeDecodeError, ValueError) as exc:
            raise invalid_input("Request has missing or invalid parameters and cannot be parsed.",
                                f"The body is not valid JSON: {exc}") from None

    def _journal_body(self, request: Request) -> Any:
        if not request.body.strip():
            return None
        if request.path == LWA_PATH:
            return parse_form(request)
        try:
            return json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return request.body.decode("utf-8", errors="replace")

    # -- faults --------------------------------------------------------------------
    def _draw_fault(self) -> str | None:
        if self.fault_rate <= 0:
            return None
        with self.lock:  # one draw sequence per seed: the same run gives the same faults
            hit = self._faults.random() < self.fault_rate
            kind = self._faults.random()
        if not hit:
            return None
        return "500" if kind < 0.35 else "503" if kind < 0.7 else "drop_before" if kind < 0.85 else "drop_after"

    def _fault_answer(self, request: Request, fault: str) -> Response:
        if fault == "drop_before":
            response = Response(0, None, drop=True)
            status = None
        else:
            code, message = (("InternalFailure", "We encountered an internal error. Please try again.")
                             if fault == "500" else ("ServiceUnavailable", "Service temporarily unavailable."))
            response = Response(int(fault), {"errors": [{"code": code, "message": message}]})
            status = response.status
            response.headers.update(self._limit_header(request))
            response.headers["x-amzn-RequestId"] = str(uuid.UUID(int=self.ids.getrandbits(128)))
        self.journal.record(time=iso(self.now()), method=request.method, path=request.path, query=request.query,
                            body=self._journal_body(request), status=status, response=response.body,
                            fault="dropped connection" if fault == "drop_before" else f"injected {fault}")
        return response

    # -- /_sandbox/ ------------------------------------------------------------------
    def _own(self, request: Request) -> Response:
        if request.method != "GET":
            return Response(405, {"errors": [{"code": "MethodNotAllowed", "message": "Use GET."}]})
        if request.path == "/_sandbox/journal":
            return Response(200, self.journal.entries())
        if request.path == "/_sandbox/catalog":
            return Response(200, self.catalog_json())
        return Response(404, {"errors": [{"code": "NotFound", "message": f"No sandbox resource {request.path}."}]})
