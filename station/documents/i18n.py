"""Fixed text of the printed documents in en, fr-CA and es-MX, and locale-aware dates and money.

Self-contained on purpose: the app-wide Qt translations come later and must not be
needed to print a slip from the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from decimal import Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency

MARKETPLACE_LOCALES = {
    "ATVPDKIKX0DER": "en_US",
    "A2EUQ1WTGCTBG2": "en_CA",  # fr_CA when the station's locale setting is French
    "A1AM78C64UM0Y8": "es_MX",
}
SUPPORTED = ("en_US", "en_CA", "fr_CA", "es_MX")

CATALOGUE: dict[str, dict[str, str]] = {
    "fr": {
        "Packing slip": "Bordereau d'expédition",
        "continued": "suite",
        "Ship to": "Livrer à",
        "Return address": "Adresse de retour",
        "Order ID": "N° de commande",
        "Order date": "Date de commande",
        "Ship by": "Expédier avant le",
        "Shipping service": "Service d'expédition",
        "Purchase order": "Bon de commande",
        "Business order": "Commande Amazon Business",
        "Qty": "Qté",
        "Product details": "Détails du produit",
        "Unit price": "Prix unitaire",
        "Item total": "Total article",
        "Items subtotal": "Sous-total des articles",
        "SKU": "UGS",
        "ASIN": "ASIN",
        "Condition": "État",
        "Note": "Remarque",
        "Gift message": "Message cadeau",
        "Gift order: no prices on this slip": "Commande cadeau : aucun prix sur ce bordereau",
        "REPLACEMENT ORDER": "COMMANDE DE REMPLACEMENT",
        "Replaces order {order_id}": "Remplace la commande {order_id}",
        "Page {page} of {pages}": "Page {page} sur {pages}",
        "Thank you for your order!": "Merci de votre commande!",
        "To return an item, go to Your Orders on Amazon and follow the return instructions for this order.":
            "Pour retourner un article, allez dans Vos commandes sur Amazon et suivez les instructions "
            "de retour de cette commande.",
        "New": "Neuf", "Used": "Usagé", "Collectible": "De collection", "Refurbished": "Remis à neuf",
        "Like New": "Comme neuf", "Very Good": "Très bon", "Good": "Bon", "Acceptable": "Acceptable",
        "Mint": "Parfait",
        "Pick list": "Liste de prélèvement",
        "Bin": "Emplacement",
        "No bin": "Sans emplacement",
        "Total": "Total",
        "Orders": "Commandes",
        "Orders in this pick list": "Commandes de cette liste",
        "{orders} orders, {units} units": "{orders} commandes, {units} unités",
        "{units} units": "{units} unités",
        "{units} unit": "{units} unité",
        "Printed": "Imprimé le",
        "Command barcodes": "Codes-barres de commande",
        "Scan these at the packing station.": "À scanner au poste d'emballage.",
        "CONFIRM": "CONFIRMER", "CANCEL": "ANNULER", "REPRINT": "RÉIMPRIMER",
        "NEXT BOX": "BOÎTE SUIVANTE", "SKIP": "SAUTER", "ACKNOWLEDGE": "J'AI VU",
        "Finish the package: label if needed, then confirm shipment.":
            "Terminer le colis : étiquette au besoin, puis confirmer l'expédition.",
        "Leave this order; nothing scanned is lost.": "Quitter cette commande; aucun scan n'est perdu.",
        "Print the label or slip again.": "Réimprimer l'étiquette ou le bordereau.",
        "Close this box and start another one.": "Fermer ce colis et en commencer un autre.",
        "Supervisor: count a unit that has no barcode.": "Superviseur : compter une unité sans code-barres.",
        "Acknowledge an error stop.": "Confirmer un arrêt sur erreur.",
        "Test label": "Étiquette de test",
    },
    "es": {
        "Packing slip": "Albarán de envío",
        "continued": "continuación",
        "Ship to": "Enviar a",
        "Return address": "Dirección de devolución",
        "Order ID": "N.º de pedido",
        "Order date": "Fecha del pedido",
        "Ship by": "Enviar antes del",
        "Shipping service": "Servicio de envío",
        "Purchase order": "Orden de compra",
        "Business order": "Pedido de Amazon Business",
        "Qty": "Cant.",
        "Product details": "Detalles del producto",
        "Unit price": "Precio unitario",
        "Item total": "Total del artículo",
        "Items subtotal": "Subtotal de artículos",
        "SKU": "SKU",
        "ASIN": "ASIN",
        "Condition": "Estado",
        "Note": "Nota",
        "Gift message": "Mensaje de regalo",
        "Gift order: no prices on this slip": "Pedido de regalo: sin precios en este albarán",
        "REPLACEMENT ORDER": "PEDIDO DE REEMPLAZO",
        "Replaces order {order_id}": "Reemplaza el pedido {order_id}",
        "Page {page} of {pages}": "Página {page} de {pages}",
        "Thank you for your order!": "¡Gracias por tu pedido!",
        "To return an item, go to Your Orders on Amazon and follow the return instructions for this order.":
            "Para devolver un artículo, ve a Mis pedidos en Amazon y sigue las instrucciones de devolución "
            "de este pedido.",
        "New": "Nuevo", "Used": "Usado", "Collectible": "De colección", "Refurbished": "Reacondicionado",
        "Like New": "Como nuevo", "Very Good": "Muy bueno", "Good": "Bueno", "Acceptable": "Aceptable",
        "Mint": "Impecable",
        "Pick list": "Lista de surtido",
        "Bin": "Ubicación",
        "No bin": "Sin ubicación",
        "Total": "Total",
        "Orders": "Pedidos",
        "Orders in this pick list": "Pedidos de esta lista",
        "{orders} orders, {units} units": "{orders} pedidos, {units} unidades",
        "{units} units": "{units} unidades",
        "{units} unit": "{units} unidad",
        "Printed": "Impreso",
        "Command barcodes": "Códigos de barras de comandos",
        "Scan these at the packing station.": "Escanéalos en la estación de empaque.",
        "CONFIRM": "CONFIRMAR", "CANCEL": "CANCELAR", "REPRINT": "REIMPRIMIR",
        "NEXT BOX": "SIGUIENTE CAJA", "SKIP": "OMITIR", "ACKNOWLEDGE": "ENTERADO",
        "Finish the package: label if needed, then confirm shipment.":
            "Terminar el paquete: etiqueta si hace falta y confirmar el envío.",
        "Leave this order; nothing scanned is lost.": "Dejar este pedido; no se pierde nada escaneado.",
        "Print the label or slip again.": "Volver a imprimir la etiqueta o el albarán.",
        "Close this box and start another one.": "Cerrar esta caja y empezar otra.",
        "Supervisor: count a unit that has no barcode.": "Supervisor: contar una unidad sin código de barras.",
        "Acknowledge an error stop.": "Confirmar una parada por error.",
        "Test label": "Etiqueta de prueba",
    },
}


def resolve_locale(marketplace_id: str | None, preferred: str | None = None) -> str:
    """The order's locale: from its marketplace; Canada is en_CA or fr_CA by the station's setting."""
    preferred = (preferred or "").replace("-", "_")
    locale = MARKETPLACE_LOCALES.get(marketplace_id or "")
    if locale == "en_CA" and preferred.startswith("fr"):
        return "fr_CA"
    if locale:
        return locale
    return preferred if preferred in SUPPORTED else "en_US"


@dataclass(frozen=True)
class Texts:
    """Fixed text, dates and money for one locale."""

    locale: str = "en_US"
    tz: tzinfo | None = None  # None: the station's local time zone

    @property
    def language(self) -> str:
        return self.locale.split("_")[0]

    def __call__(self, text: str, **values: object) -> str:
        translated = CATALOGUE.get(self.language, {}).get(text, text)
        return translated.format(**values) if values else translated

    def condition(self, condition: str | None) -> str:
        """Amazon's condition ("New", "Used - Very Good", "UsedVeryGood") in this language."""
        if not condition:
            return ""
        whole = self(condition)
        if whole != condition:
            return whole
        spaced = condition.replace("_", " ")
        for main in ("Used", "Collectible", "Refurbished", "New"):
            if spaced.startswith(main) and spaced != main:
                rest = spaced[len(main):].strip(" -")
                rest = " ".join(part for part in _split_camel(rest))
                return f"{self(main)} – {self(rest)}"
        return condition

    def _local(self, value: datetime) -> datetime:
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(self.tz)

    def date(self, value: datetime | None) -> str:
        return format_date(self._local(value), "medium", locale=self.locale) if value else "–"

    def datetime(self, value: datetime | None) -> str:
        return format_datetime(self._local(value), "medium", locale=self.locale) if value else "–"

    def money(self, amount: Decimal | float | int, currency: str) -> str:
        return format_currency(Decimal(str(amount)), currency, locale=self.locale)


def _split_camel(text: str) -> list[str]:
    words, word = [], ""
    for ch in text:
        if ch.isupper() and word and not word[-1].isspace():
            words.append(word)
            word = ch
        elif ch.isspace():
            if word:
                words.append(word)
            word = ""
        else:
            word += ch
    if word:
        words.append(word)
    return words
