"""The settings page's "Test connection": one token call and one small searchOrders, in plain words.

    report = check_connection(settings, load_credentials())
    report.ok, report.message
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from station.amazon import spec
from station.amazon.client import (MARKETPLACE_NAME, REGION_OF_MARKETPLACE, ApiConfig, ApiError, AuthError,
                                   MalformedResponse, NetworkError, SpApi, auth_message)
from station.amazon.credentials import Credentials
from station.amazon.ratelimit import Backoff, RateLimiter

ENDPOINT_REGIONS = {"sellingpartnerapi-na.amazon.com": "NA", "sellingpartnerapi-eu.amazon.com": "EU",
                    "sellingpartnerapi-fe.amazon.com": "FE", "sandbox.sellingpartnerapi-na.amazon.com": "NA",
                    "sandbox.sellingpartnerapi-eu.amazon.com": "EU", "sandbox.sellingpartnerapi-fe.amazon.com": "FE"}


@dataclass(frozen=True)
class ConnectionReport:
    ok: bool
    message: str
    problem: str = ""  # a short code: credentials, invalid_client, invalid_grant, unreachable, marketplace,
    #                    region, malformed, denied, error; "" when ok


def _fail(problem: str, message: str) -> ConnectionReport:
    return ConnectionReport(False, message, problem)


def check_connection(settings, credentials: Credentials | None, *, timeout_s: float = 15.0) -> ConnectionReport:
    config = ApiConfig.from_settings(settings)
    if credentials is None or not credentials.complete:
        return _fail("credentials", auth_message("missing") if credentials is None else
                     "The client id, client secret and refresh token are all needed: one of them is empty")
    market_region = REGION_OF_MARKETPLACE.get(config.marketplace_id)
    name = MARKETPLACE_NAME.get(config.marketplace_id, config.marketplace_id)
    if market_region and market_region != config.region:
        return _fail("region", f"Wrong region: marketplace {name} ({config.marketplace_id}) belongs to the "
                               f"{market_region} region, but the region setting is {config.region}")
    host = urlsplit(config.endpoint).hostname or ""
    endpoint_region = ENDPOINT_REGIONS.get(host)
    if endpoint_region and endpoint_region != config.region:
        return _fail("region", f"Wrong region: the endpoint {host} serves the {endpoint_region} region, but the "
                               f"region setting is {config.region}")
    limiter = RateLimiter(clock=time.monotonic, sleep=time.sleep)
    api = SpApi(config, credentials, limiter=limiter, backoff=Backoff(base=0.5, cap=2.0, attempts=2), use_rdt=False)
    try:
        try:
            api.orders.auth  # noqa: B018 - the LWA token call, on its own, to tell its errors apart
        except AuthError as exc:
            return _fail(exc.code if exc.code in ("invalid_client", "invalid_grant") else "credentials", str(exc))
        except NetworkError:
            return _fail("unreachable", f"Cannot reach the Login with Amazon token service at "
                                        f"{urlsplit(config.lwa_endpoint).netloc}: check the network and the "
                                        "LWA endpoint setting")
        except MalformedResponse:
            return _fail("malformed", f"The Login with Amazon endpoint {config.lwa_endpoint} did not answer like "
                                      "Login with Amazon (not JSON): check the LWA endpoint setting")
        since = datetime.now(timezone.utc) - timedelta(days=1)
        try:
            body = api.search_orders(createdAfter=since.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
                                     marketplaceIds=[config.marketplace_id], maxResultsPerPage=1)
        except NetworkError:
            return _fail("unreachable", f"Cannot reach the Selling Partner API at {config.host}: check the network "
                                        "and the endpoint setting")
        except MalformedResponse:
            return _fail("malformed", f"The endpoint {config.endpoint} did not answer like the Selling Partner API "
                                      "(the answer is not a valid orders response): check the endpoint setting")
        except ApiError as exc:
            text = exc.describe().lower()
            if exc.status == 400 and "marketplace" in text:
                return _fail("marketplace", f"Wrong marketplace: this seller account does not sell in {name} "
                                            f"({config.marketplace_id}). Amazon said: {exc.describe()}")
            if exc.status in (401, 403):
                return _fail("denied", "Amazon refused access to orders: the app is not authorised for this seller "
                                       "in this region, or lacks the Orders role (a wrong region setting gives this "
                                       f"too). Amazon said: {exc.describe()}")
            if exc.status == 404:
                return _fail("malformed", f"The endpoint {config.endpoint} has no Orders API: check the endpoint "
                                          "setting")
            return _fail("error", f"Amazon answered with an error: {exc.describe()}")
        problems = spec.validate_response("searchOrders", 200, body)
        if problems:
            return _fail("malformed", f"The endpoint {config.endpoint} answered, but not like the Selling Partner "
                                      f"API ({problems[0]}): check the endpoint setting")
        return ConnectionReport(True, f"Connected: Amazon answered for marketplace {name} ({config.marketplace_id}), "
                                      f"region {config.region}.")
    finally:
        api.close()
