"""Bad credentials, an expired or revoked token, a malformed answer, a wrong marketplace or region, an endpoint
that is not there: each gives a plain message (connection test and sync), and no secret reaches logs or errors."""

from __future__ import annotations

import logging
import socket

import pytest

from station.amazon.client import ApiConfig, AuthError, SpApi
from station.amazon.connection import check_connection
from station.amazon.credentials import Credentials
from station.amazon.ratelimit import Backoff, RateLimiter
from station.amazon.sandbox import start_in_thread
from station.amazon.sync import OrderSync, sync_status
from station.settings import Settings

CREDS = Credentials("amzn1.application-oa2-client.test", "test-secret-value", "Atzr|test-refresh-token-value")
ORDERS = r"/orders/2026-01-01/orders"


@pytest.fixture(scope="module")
def sandbox():
    handle = start_in_thread(orders=20, seed=5, timeline=False)
    yield handle
    handle.stop()


@pytest.fixture
def settings(tmp_path, sandbox):
    settings = Settings(tmp_path)
    settings.update({"amazon.endpoint": sandbox.url, "amazon.lwa_endpoint": sandbox.lwa_url})
    return settings


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_good_settings_connect(settings, monkeypatch):
    monkeypatch.setenv("SP_API_DEFAULT_MARKETPLACE", "UK")  # sp_api would swap in Amazon's EU endpoint
    report = check_connection(settings, CREDS)
    assert report.ok and "Connected" in report.message and "US" in report.message


def test_no_credentials(settings):
    report = check_connection(settings, None)
    assert not report.ok and report.problem == "credentials" and "station config credentials" in report.message
    report = check_connection(settings, Credentials("id", "", "Atzr|x"))
    assert not report.ok and "empty" in report.message


def test_wrong_client_id_or_secret(settings):
    report = check_connection(settings, Credentials("invalid", "x", "Atzr|x"))
    assert not report.ok and report.problem == "invalid_client"
    assert "client id or client secret" in report.message


def test_expired_or_revoked_refresh_token(settings, sandbox):
    sandbox.sandbox.script("POST", "/auth/o2/token", 400, {
        "error": "invalid_grant", "error_description": "The request has an invalid grant parameter : refresh_token"})
    report = check_connection(settings, CREDS)
    assert not report.ok and report.problem == "invalid_grant"
    assert "refresh token is expired or was revoked" in report.message


def test_unreachable_endpoints(settings, sandbox):
    settings.update({"amazon.lwa_endpoint": f"http://127.0.0.1:{closed_port()}/auth/o2/token"})
    report = check_connection(settings, CREDS)
    assert not report.ok and report.problem == "unreachable" and "Login with Amazon" in report.message
    settings.update({"amazon.lwa_endpoint": sandbox.lwa_url, "amazon.endpoint": f"http://127.0.0.1:{closed_port()}"})
    report = check_connection(settings, CREDS)
    assert not report.ok and report.problem == "unreachable" and "Selling Partner API" in report.message


def test_wrong_marketplace(settings):
    settings.update({"amazon.marketplace": "A2Q3Y263D00KWC"})  # Brazil: NA region, but not this seller's
    report = check_connection(settings, CREDS)
    assert not report.ok and report.problem == "marketplace"
    assert "Wrong marketplace" in report.message and "A2Q3Y263D00KWC" in report.message


def test_wrong_region(settings):
    settings.update({"amazon.region": "EU"})
    report = check_connection(settings, CREDS)
    assert not report.ok and report.problem == "region" and "NA region" in report.message
    settings.update({"amazon.region": "NA", "amazon.endpoint": "https://sellingpartnerapi-eu.amazon.com"})
    report = check_connection(settings, CREDS)
    assert not report.ok and report.problem == "region" and "EU region" in report.message


def test_malformed_answers(settings, sandbox):
    sandbox.sandbox.script("GET", ORDERS, 200, raw=b"<html><body>Welcome to nginx!</body></html>")
    report = check_connection(settings, CREDS)
    assert not report.ok and report.problem == "malformed" and "endpoint" in report.message
    sandbox.sandbox.script("GET", ORDERS, 200, {"orders": "none", "createdBefore": "yesterday"})
    report = check_connection(settings, CREDS)
    assert not report.ok and report.problem == "malformed"
    sandbox.sandbox.script("POST", "/auth/o2/token", 200, raw=b"<html>captive portal</html>")
    report = check_connection(settings, CREDS)
    assert not report.ok and report.problem == "malformed" and "Login with Amazon" in report.message


def test_sync_errors_are_plain_and_recorded(store, sandbox):
    def sync(creds):
        api = SpApi(ApiConfig(sandbox.url, sandbox.lwa_url, "ATVPDKIKX0DER"), creds, limiter=RateLimiter(),
                    backoff=Backoff(0.01, 0.02, 2))
        return OrderSync(store, api, marketplaces=["ATVPDKIKX0DER"])

    result = sync(Credentials("invalid", "x", "Atzr|x")).run_once()
    assert "invalid_client" in result.error and "client secret" in result.error
    assert "invalid_client" in sync_status(store).last_error
    result = sync(CREDS).run_once()
    assert result.ok and sync_status(store).last_error is None
    sandbox.sandbox.script("GET", ORDERS, 503, raw=b"upstream gone", times=5)
    result = sync(CREDS).run_once()
    assert "HTTP 503" in result.error and "searchOrders" in result.error
    result = OrderSync(store, SpApi(ApiConfig(sandbox.url, sandbox.lwa_url, "ATVPDKIKX0DER"), CREDS,
                                    limiter=RateLimiter()), marketplaces=["A2Q3Y263D00KWC"]).run_once()
    assert "Invalid marketplaceIds" in result.error and "HTTP 400" in result.error


def test_make_client_without_credentials(settings, monkeypatch):
    from station.amazon.client import make_client
    from station.amazon.credentials import ENV

    for var in ENV.values():
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(AuthError, match="station config credentials"):
        make_client(settings)
    monkeypatch.setenv("STATION_LWA_CLIENT_ID", "only-the-id")
    with pytest.raises(AuthError, match="missing"):
        make_client(settings)


def test_no_secret_in_logs_or_errors_even_at_debug(settings, sandbox, caplog):
    for name in ("sp_api", "sp_api.base.client", "sp_api.auth.access_token_client", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)  # someone turned everything up
    caplog.set_level(logging.DEBUG)
    api = SpApi(ApiConfig(sandbox.url, sandbox.lwa_url, "ATVPDKIKX0DER"), CREDS, limiter=RateLimiter())
    api.search_orders(createdAfter="2026-01-01T00:00:00Z", marketplaceIds=["ATVPDKIKX0DER"], maxResultsPerPage=5)
    access_token = api._token_cache.value["access_token"]
    sandbox.sandbox.script("GET", ORDERS, 400, {"errors": [{"code": "InvalidInput", "message": "bad"}]})
    with pytest.raises(Exception) as err:
        api.search_orders(createdAfter="2026-01-01T00:00:00Z", marketplaceIds=["ATVPDKIKX0DER"])
    text = caplog.text + str(err.value) + repr(err.value) + repr(CREDS) + str(CREDS)
    for secret in ("test-secret-value", "Atzr|test-refresh-token-value", access_token):
        assert secret not in text
    assert "Request Headers" in caplog.text or "Response" in caplog.text  # the library did log, scrubbed
    for name in ("sp_api", "sp_api.base.client", "sp_api.auth.access_token_client", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
