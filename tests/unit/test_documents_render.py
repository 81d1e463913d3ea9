"""`station render slip|picklist|commands --out FILE.pdf` against a real SQLite store in a temp data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_documents_support import decode, flat, make_order, page_texts  # noqa: E402

from station.cli import main  # noqa: E402
from station.domain.commands import Command  # noqa: E402
from station.domain.order import AmazonStatus, PackStatus  # noqa: E402


@pytest.fixture
def data_dir(tmp_path):
    from station.store.db import open_store, sqlite_url
    from station.store.repositories import OrderRepository

    store = open_store(sqlite_url(tmp_path))
    try:
        with store.session() as session:
            repo = OrderRepository(session)
            repo.save(make_order(3, order_id="113-0000001-0000001"))
            repo.save(make_order(2, order_id="114-0000002-0000002", is_gift=True, gift_message="Enjoy!"))
            packed = make_order(1, order_id="115-0000003-0000003")
            repo.save(packed)
            repo.set_pack_status(packed.order_id, PackStatus.PACKED)
            shipped = make_order(1, order_id="116-0000004-0000004")
            shipped.status = AmazonStatus.SHIPPED
            repo.save(shipped)
    finally:
        store.dispose()
    return tmp_path


def run(data_dir: Path, *argv: str) -> int:
    return main(["--data-dir", str(data_dir), "render", *argv])


def test_render_slip(data_dir, tmp_path, capsys):
    main(["--data-dir", str(data_dir), "config", "set", "seller.name", "Acme Outdoor Goods"])
    main(["--data-dir", str(data_dir), "config", "set", "slip.paper", "4x6"])
    out = tmp_path / "slip.pdf"
    assert run(data_dir, "slip", "113-0000001-0000001", "--out", str(out)) == 0
    pdf = out.read_bytes()
    assert all(codes == ["113-0000001-0000001"] for codes in decode(pdf, 203))
    text = flat(" ".join(page_texts(pdf)))
    assert "Acme Outdoor Goods" in text and "SKU-0000-BLUE" in text and "1234 Rue Saint-Étienne" in text
    import pypdfium2 as pdfium

    assert pdfium.PdfDocument(pdf)[0].get_size() == pytest.approx((288, 432))  # slip.paper honoured


def test_render_gift_slip_has_the_message_from_the_store(data_dir, tmp_path):
    out = tmp_path / "gift.pdf"
    assert run(data_dir, "slip", "114-0000002-0000002", "--out", str(out)) == 0
    text = flat(" ".join(page_texts(out.read_bytes())))
    assert "Enjoy!" in text and "$" not in text


def test_unknown_order_is_a_message_and_exit_1(data_dir, tmp_path, capsys):
    out = tmp_path / "none.pdf"
    assert run(data_dir, "slip", "999-9999999-9999999", "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "999-9999999-9999999" in err and "Traceback" not in err
    assert not out.exists()


def test_render_picklist_covers_the_queue_only(data_dir, tmp_path):
    out = tmp_path / "pick.pdf"
    assert run(data_dir, "picklist", "--out", str(out)) == 0
    codes = sorted(code for page in decode(out.read_bytes(), 200) for code in page)
    assert codes == ["113-0000001-0000001", "114-0000002-0000002"]  # not packed, not shipped


def test_render_commands(data_dir, tmp_path):
    out = tmp_path / "commands.pdf"
    assert run(data_dir, "commands", "--out", str(out)) == 0
    assert sorted(decode(out.read_bytes(), 200)[0]) == sorted(c.value for c in Command)


def test_missing_folder_is_exit_1(data_dir, tmp_path, capsys):
    assert run(data_dir, "commands", "--out", str(tmp_path / "no" / "such" / "x.pdf")) == 1
    assert "does not exist" in capsys.readouterr().err


def test_slip_without_order_id_is_usage_error(data_dir, tmp_path):
    with pytest.raises(SystemExit) as exc:
        run(data_dir, "slip", "--out", str(tmp_path / "x.pdf"))
    assert exc.value.code == 2
