import pytest

from station.services.catalog import CatalogImportError, import_products_csv, parse_products_csv
from station.store.repositories import ProductRepository


def test_parses_products_with_several_barcodes():
    products = parse_products_csv("sku,title,barcodes,bin,weight_g\nMUG-1,Mug,036000291452|4006381333931,A-1,350\n")
    assert products[0].barcodes == ["036000291452", "4006381333931"]
    assert products[0].weight_g == 350


def test_wrong_columns_are_named():
    with pytest.raises(CatalogImportError, match="unknown column colour"):
        parse_products_csv("sku,colour\nA,red\n")
    with pytest.raises(CatalogImportError, match="required column sku"):
        parse_products_csv("title\nMug\n")


def test_bad_rows_name_line_and_column_and_nothing_is_imported(tmp_path, store):
    csv_file = tmp_path / "p.csv"
    csv_file.write_text("sku,barcodes,weight_g\nOK-1,036000291452,10\nBAD-1,036000291453,x\n", encoding="utf-8")
    with pytest.raises(CatalogImportError) as info:
        import_products_csv(store, csv_file)
    text = str(info.value)
    assert "line 3, column barcodes" in text and "line 3, column weight_g" in text
    with store.session() as db:
        assert ProductRepository(db).list() == []


def test_reimport_updates(tmp_path, store):
    csv_file = tmp_path / "p.csv"
    csv_file.write_text("sku,title\nA,Old\n", encoding="utf-8")
    import_products_csv(store, csv_file)
    csv_file.write_text("sku,title\nA,New\n", encoding="utf-8")
    import_products_csv(store, csv_file)
    with store.session() as db:
        assert ProductRepository(db).get("A").title == "New"
