"""Printed documents: packing slips, pick lists, command cards, product and test labels, ZPL.

- slip.render_slip(order, seller, paper) / render_slips(orders, seller, paper) -> PDF bytes
- picklist.render_picklist(orders, paper, locale) -> PDF bytes
- commands_card.render_command_card(paper, locale), render_product_labels(products, size, copies) -> PDF bytes
- zpl.test_label_zpl(dpi), product_label_zpl(product, dpi), label_size_of_zpl(data) -> ZPL / (w, h, dpi)
- testlabel.test_label(label_format) -> bytes for zpl203, zpl300, pdf, png

Submodules are imported on use: reportlab and the fonts load only when something is printed.
"""
