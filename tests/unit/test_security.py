"""Issue 7, pure parts: PIN hashing, badges, roles policy, redaction, buyer-field encryption, key file."""

import logging
import os
import stat

import pytest

from station.security import crypto, redact
from station.security.passwords import (PinError, badge_digest, hash_pin, looks_like_badge, new_badge_code,
                                        verify_pin)
from station.security.roles import Action, Decision, NotAuthorized, Operator, Policy, Role, authorize, require

PACKER = Operator(1, "ana", Role.PACKER)
PACKER2 = Operator(3, "bo", Role.PACKER)
SUPER = Operator(2, "sam", Role.SUPERVISOR)


def test_pin_hash_is_salted_slow_and_verifies():
    first, second = hash_pin("4821"), hash_pin("4821")
    assert first != second and "4821" not in first  # salted; never the PIN itself
    assert first.startswith("scrypt$16384$8$1$")
    assert verify_pin("4821", first) and not verify_pin("4822", first)
    assert not verify_pin("4821", None) and not verify_pin("", first) and not verify_pin("4821", "garbage$x")


@pytest.mark.parametrize("pin", ["12", "abcd", "1111", "1234", "9876", "1234567890123", " "])
def test_weak_or_malformed_pins_are_refused(pin):
    with pytest.raises(PinError):
        hash_pin(pin)


def test_badges_are_stored_as_digests_and_tolerate_scanner_noise():
    code = new_badge_code()
    assert looks_like_badge(code) and len(code) > 16
    assert badge_digest(code) == badge_digest(f"\x02{code}\r\n") != badge_digest(code + "x")
    assert code not in badge_digest(code)


@pytest.mark.parametrize("action", [Action.SKIP_UNIT, Action.PARTIAL_SHIPMENT, Action.VOID, Action.SETTINGS_CHANGE,
                                    Action.RELEASE_CLAIM, Action.VIEW_AUDIT, Action.EXPORT_AUDIT,
                                    Action.MANAGE_OPERATORS])
def test_packer_needs_a_supervisor_for(action):
    alone = authorize(action, PACKER)
    assert not alone and alone.needs_approval
    with pytest.raises(NotAuthorized):
        require(action, PACKER)
    assert not authorize(action, PACKER, approver=PACKER2)  # another packer's badge is no approval
    assert not authorize(action, PACKER, approver=PACKER)
    approved = authorize(action, PACKER, approver=SUPER)
    assert approved and approved.approver == SUPER
    assert authorize(action, SUPER)  # a supervisor alone


def test_packer_alone_may_pack_print_reprint_and_ack_unless_configured():
    for action in (Action.PACK, Action.PRINT, Action.REPRINT, Action.ACK_WRONG_ITEM):
        assert authorize(action, PACKER)
    strict = Policy(supervisor_ack_wrong_item=True)
    assert not authorize(Action.ACK_WRONG_ITEM, PACKER, policy=strict)
    assert authorize(Action.ACK_WRONG_ITEM, PACKER, SUPER, policy=strict)


def test_nobody_signed_in_or_inactive_is_refused_and_open_policy_allows_all():
    assert not authorize(Action.PACK, None)
    assert not authorize(Action.PACK, Operator(9, "gone", Role.SUPERVISOR, active=False))
    assert authorize(Action.VOID, None, policy=Policy.open())
    assert isinstance(authorize("void", SUPER), Decision)


def test_redaction_of_known_values_words_and_emails():
    redact.remember(["Quentin Baptiste-Oyelaran"], words=True)
    redact.remember(["742 Evergreen Terrace", "+1 555 201 9999"])
    text = redact.redact("ship to QUENTIN BAPTISTE-OYELARAN at 742 Evergreen Terrace, call +1 555 201 9999, "
                         "Quentin wrote from q.b@example.org; order 113-1234567-1234567 SKU-1")
    for leaked in ("Quentin", "Baptiste", "Evergreen", "555 201", "example.org"):
        assert leaked.lower() not in text.lower()
    assert "113-1234567-1234567" in text and "SKU-1" in text
    assert redact.redact_value({"a": ["Quentin"], "n": 3}) == {"a": [redact.MARK], "n": 3}


def test_log_records_and_tracebacks_are_redacted(caplog):
    redact.remember(["Philippa Undergrove"], words=True)
    log = logging.getLogger("station.test")
    with caplog.at_level(logging.INFO):
        log.info("label for %s", "Philippa Undergrove")
        try:
            raise ValueError("bad address for Philippa Undergrove")
        except ValueError:
            log.exception("failed")
    text = caplog.text + "".join(r.exc_text or "" for r in caplog.records)
    assert "Philippa" not in text and "Undergrove" not in text
    assert "label for [redacted]" in caplog.text and "ValueError" in text


def test_buyer_fields_are_sealed_per_order_and_field():
    cipher = crypto.BuyerCipher(os.urandom(32))
    sealed = cipher.encrypt("Zoë Tremblay", "113-1234567-1234567", "ship_name")
    assert sealed.startswith("v1:") and "Zo" not in sealed
    assert cipher.decrypt(sealed, "113-1234567-1234567", "ship_name") == "Zoë Tremblay"
    with pytest.raises(crypto.DecryptError):
        cipher.decrypt(sealed, "999-1234567-1234567", "ship_name")  # copied to another order
    with pytest.raises(crypto.DecryptError):
        cipher.decrypt(sealed, "113-1234567-1234567", "city")  # or another field
    with pytest.raises(crypto.DecryptError):
        crypto.BuyerCipher(os.urandom(32)).decrypt(sealed, "113-1234567-1234567", "ship_name")
    assert cipher.decrypt("plain legacy", "x", "city") == "plain legacy" and cipher.encrypt(None, "x", "y") is None


def test_key_file_fallback_is_user_only(tmp_path, monkeypatch):
    monkeypatch.delenv(crypto.ENV_KEY, raising=False)
    monkeypatch.setattr(crypto, "keyring_usable", lambda: False)
    key, source = crypto.load_key(tmp_path / "data")
    assert source == str(tmp_path / "data" / crypto.KEY_FILE) and len(key) == 32
    mode = stat.S_IMODE(os.stat(source).st_mode)
    assert mode == 0o600 and stat.S_IMODE(os.stat(tmp_path / "data").st_mode) == 0o700
    assert crypto.load_key(tmp_path / "data")[0] == key  # the same key next time
    os.chmod(source, 0o644)
    crypto.load_key(tmp_path / "data")
    assert stat.S_IMODE(os.stat(source).st_mode) == 0o600  # tightened again
    exported = crypto.export_key(tmp_path / "data")
    monkeypatch.setenv(crypto.ENV_KEY, exported)
    assert crypto.load_key(tmp_path / "elsewhere", create=False) == (key, "env")
    monkeypatch.setenv(crypto.ENV_KEY, "not a key")
    with pytest.raises(crypto.DataKeyError):
        crypto.load_key(tmp_path)


def test_null_keyring_is_not_usable():
    # conftest selects keyring's null backend, as on a headless CI runner
    assert crypto.keyring_usable() is False


def test_documents_are_sealed_to_their_context():
    cipher = crypto.BuyerCipher(os.urandom(32))
    slip = b"%PDF-1.4 ... Ship to: Zoe Tremblay, 12 rue Sainte-Catherine"
    sealed = cipher.seal_bytes(slip, "print_job:7")
    assert b"Tremblay" not in sealed and cipher.open_bytes(sealed, "print_job:7") == slip
    with pytest.raises(crypto.DecryptError):
        cipher.open_bytes(sealed, "print_job:8")
    assert cipher.open_bytes(b"^XA plain old job ^XZ", "print_job:1") == b"^XA plain old job ^XZ"
