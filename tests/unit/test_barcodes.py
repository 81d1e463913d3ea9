import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain.barcodes import (GS, BarcodeError, clean_scan, gs1_check_digit, is_valid_gtin, parse_gs1,
                                     product_keys, read_code, to_gtin14)

UPC_A = "036000291452"  # GS1's own example
EAN_13 = "0036000291452"
GTIN_14 = "00036000291452"


def test_upc_ean_gtin14_are_the_same_item():
    assert to_gtin14(UPC_A) == to_gtin14(EAN_13) == to_gtin14(GTIN_14) == GTIN_14
    assert read_code(UPC_A).keys[0] == read_code(EAN_13).keys[0] == f"gtin:{GTIN_14}"


def test_known_check_digits():
    assert gs1_check_digit("03600029145") == 2
    assert gs1_check_digit("400638133393") == 1  # EAN-13 4006381333931
    assert is_valid_gtin("4006381333931")
    assert is_valid_gtin("96385074")  # EAN-8
    assert not is_valid_gtin("4006381333932")


def test_bad_check_digit_is_a_garbled_scan_not_a_match():
    code = read_code("036000291453")
    assert code.gtin is None
    assert "check digit" in code.error
    with pytest.raises(BarcodeError):
        product_keys("036000291453")


def test_gs1_128_with_fnc1_and_aim_prefix_yields_its_gtin():
    raw = f"]C10100036000291452{GS}10LOT42{GS}17251231"
    code = read_code(raw)
    assert code.gtin == GTIN_14
    assert code.gs1 == {"01": GTIN_14, "10": "LOT42", "17": "251231"}


def test_gs1_datamatrix_and_human_readable_forms():
    assert read_code(f"]d20109501101530003{GS}21ABC").gtin == "09501101530003"
    assert read_code("(01)09501101530003(17)250101").gtin == "09501101530003"
    assert read_code("010950110153000317250101").gtin == "09501101530003"


def test_gs1_parse_rejects_plain_text():
    assert parse_gs1("SKU-RED-42") is None
    assert parse_gs1("B07XJ8C8F5") is None


def test_text_codes_match_case_insensitively():
    assert read_code("sku-red-42").keys == read_code("SKU-RED-42").keys == ["text:sku-red-42"]


def test_clean_scan_drops_control_characters_and_bounds_length():
    assert clean_scan("\x02ABC-1\r\n") == "ABC-1"
    assert len(clean_scan("9" * 20_000)) == 512


@given(st.text(max_size=300))
def test_read_code_never_raises(text):
    code = read_code(text)
    assert isinstance(code.keys, list) and code.keys


@given(st.integers(min_value=0, max_value=10**13 - 1))
def test_any_valid_gtin13_normalises_to_padded_gtin14(n):
    body = f"{n:012d}"
    gtin = body + str(gs1_check_digit(body))
    assert to_gtin14(gtin) == gtin.zfill(14)
    wrong = body + str((int(gtin[-1]) + 1) % 10)
    assert read_code(wrong).error
