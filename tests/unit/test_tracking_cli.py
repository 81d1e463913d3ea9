"""`station tracking NUMBER... [--json]` handler (DESIGN 3.1), called as the CLI calls it."""

from __future__ import annotations

import json
from argparse import Namespace

from station.commands.tracking import run

KEYS = {"number", "valid", "carrier", "amazon_carrier_code", "carrier_name", "reason"}


def _run_json(capsys, *numbers):
    code = run(Namespace(numbers=list(numbers), json=True))
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_json_all_valid_exit_0(capsys):
    code, rows, err = _run_json(capsys, "1Z999AA10123456784", "449044304137821", "RR123456785MX")
    assert code == 0
    assert err == ""
    assert isinstance(rows, list) and len(rows) == 3
    assert all(KEYS <= row.keys() for row in rows)
    assert [r["number"] for r in rows] == ["1Z999AA10123456784", "449044304137821", "RR123456785MX"]
    assert [r["valid"] for r in rows] == [True, True, True]
    assert [r["amazon_carrier_code"] for r in rows] == ["UPS", "FedEx", None]
    assert rows[2]["carrier_name"] == "Correos de México"
    assert all(r["reason"] is None for r in rows)


def test_json_keeps_input_order_and_exit_1_when_any_invalid(capsys):
    numbers = ["9400111899223197428490", "1Z999AA10123456784", "hello", "3318810025"]
    code, rows, err = _run_json(capsys, *numbers)
    assert code == 1
    assert "2 of 4" in err
    assert [r["valid"] for r in rows] == [False, True, False, True]
    assert [r["input"] for r in rows] == numbers
    assert rows[0]["carrier"] == "USPS"
    assert rows[0]["reason"] == "check digit is wrong: expected 7, got 0 -- rescan"
    assert rows[0]["amazon_carrier_code"] is None
    assert rows[2]["reason"].startswith("not a known carrier format")
    assert rows[3]["amazon_carrier_code"] == "DHL"


def test_json_reports_the_real_number_inside_a_label_barcode(capsys):
    code, rows, _ = _run_json(capsys, "]C1420100233424\x1d9200190132607600833457")
    assert code == 0
    assert rows[0]["number"] == "9200190132607600833457"
    assert rows[0]["amazon_carrier_code"] == "USPS"


def test_text_one_line_per_number(capsys):
    code = run(Namespace(numbers=["1Z999AA10123456784", "1Z999AA10123456785", "RR123456785MX"], json=False))
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert code == 1
    assert len(lines) == 3
    assert lines[0].startswith("OK") and "UPS" in lines[0]
    assert lines[1].startswith("INVALID") and "expected 4, got 5" in lines[1]
    assert "Other" in lines[2] and "Correos de México" in lines[2]
    assert "1 of 3" in err


def test_text_all_valid_exit_0(capsys):
    assert run(Namespace(numbers=["0073938000549297"], json=False)) == 0
    out, err = capsys.readouterr()
    assert "Canada Post" in out and err == ""


def test_no_numbers_is_usage_error(capsys):
    assert run(Namespace(numbers=[], json=True)) == 2
    assert "NUMBER" in capsys.readouterr().err
