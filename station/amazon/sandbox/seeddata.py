"""Word lists for the seeded catalogue and orders (fictional people, real places)."""

from __future__ import annotations

MARKETPLACES = {
    # id: (country, currency, name, price factor against USD, order id prefixes)
    "ATVPDKIKX0DER": ("US", "USD", "Amazon.com", 1.0, ("111", "112", "113", "114")),
    "A2EUQ1WTGCTBG2": ("CA", "CAD", "Amazon.ca", 1.37, ("701", "702")),
    "A1AM78C64UM0Y8": ("MX", "MXN", "Amazon.com.mx", 17.2, ("701", "702")),
}
US, CA, MX = "ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8"

# (sku stem, title, base price USD, weight g, (l, w, h) mm)
PRODUCTS = [
    ("MUG-CER-350", "Ceramic Coffee Mug 350 ml, Matte Finish", 14.99, 380, (120, 90, 100)),
    ("BOTTLE-SS-750", "Insulated Stainless Steel Water Bottle 750 ml with Leak-Proof Lid", 24.95, 410, (270, 80, 80)),
    ("CABLE-USBC-2M", "USB-C to USB-C Cable 2 m, 100 W Braided", 11.49, 60, (150, 100, 20)),
    ("NOTEBOOK-A5-DOT", "A5 Dotted Notebook, 160 Pages, Lay-Flat Binding", 9.99, 290, (210, 148, 15)),
    ("SOCKS-MERINO-M", "Merino Wool Hiking Socks, Medium, 3 Pairs", 22.00, 180, (200, 120, 40)),
    ("CANDLE-SOY-LAV", "Lavender Soy Candle in Amber Glass Jar, 8 oz", 18.50, 450, (90, 90, 100)),
    ("PHONE-STAND-AL", "Adjustable Aluminium Phone Stand", 15.99, 210, (110, 80, 30)),
    ("LED-STRIP-5M", "LED Light Strip 5 m, RGB, Remote Control", 19.99, 320, (180, 180, 50)),
    ("TEA-SENCHA-100", "Organic Japanese Sencha Green Tea, 100 g Loose Leaf", 16.00, 130, (160, 90, 60)),
    ("YOGA-MAT-6MM", "Yoga Mat 6 mm, Non-Slip, with Carrying Strap", 29.99, 1150, (620, 150, 150)),
    ("PUZZLE-1000-MAP", "1000-Piece Jigsaw Puzzle: Vintage World Map", 21.99, 640, (350, 250, 60)),
    ("KNIFE-CHEF-8", "Chef's Knife 8 inch, German Stainless Steel", 39.00, 300, (340, 70, 30)),
    ("SPATULA-SIL-3", "Silicone Spatula Set, 3 Pieces, Heat Resistant", 12.99, 200, (300, 90, 30)),
    ("BATTERY-AA-24", "AA Alkaline Batteries, 24-Pack", 17.49, 560, (150, 100, 40)),
    ("HEADPHONE-BT-NC", "Wireless Noise-Cancelling Over-Ear Headphones, 40 h Battery", 89.99, 310, (200, 180, 80)),
    ("BOARDGAME-CAT", "Family Card Game: Exploding Cats Edition", 19.99, 250, (160, 110, 40)),
    ("DOG-LEASH-1.8", "Reflective Dog Leash 1.8 m with Padded Handle", 13.99, 190, (200, 150, 40)),
    ("PLANTER-CER-15", "Ceramic Plant Pot 15 cm with Drainage Hole and Saucer", 16.99, 880, (160, 160, 140)),
    ("GLOVES-NITRILE-L", "Nitrile Disposable Gloves, Large, Box of 100", 12.49, 720, (240, 125, 65)),
    ("SCREWDRIVER-32", "Precision Screwdriver Set, 32 Bits, Magnetic", 18.99, 340, (180, 110, 35)),
    ("TOWEL-BATH-2", "Turkish Cotton Bath Towels, Set of 2", 34.99, 1400, (300, 250, 120)),
    ("LUNCHBOX-BENTO", "Bento Lunch Box with 3 Compartments, Microwave Safe", 21.49, 520, (190, 130, 90)),
    ("PEN-GEL-12", "Gel Pens 0.5 mm, Black, 12-Pack", 8.99, 120, (160, 80, 20)),
    ("SUNGLASS-POL", "Polarized Sunglasses, UV400, Unisex", 25.00, 90, (160, 70, 50)),
    ("FLASHLIGHT-LED", "Rechargeable LED Flashlight, 1200 Lumens, IPX6", 27.95, 260, (160, 50, 50)),
    ("BOOK-SPANISH", "Cuentos de la Selva: Edición Ilustrada (Spanish Edition)", 12.95, 330, (230, 155, 15)),
    ("SAUCE-HOT-3", "Hot Sauce Gift Set, 3 Bottles (Habanero, Chipotle, Jalapeño)", 23.99, 900, (200, 150, 80)),
    ("MAPLE-SYRUP-500", "Pure Canadian Maple Syrup, Grade A Amber, 500 ml", 19.49, 720, (220, 80, 80)),
]
# Titles as long as Amazon allows, to test wrapping on slips and the pack view.
LONG_TITLES = [
    ("ORGANIZER-DESK-XL",
     "Extra Large Bamboo Desk Organizer with 7 Compartments, Drawer and Phone Holder - Office Supplies "
     "Caddy for Pens, Pencils, Sticky Notes, Scissors and Stapler - Natural Wood Finish, Easy Assembly, "
     "Perfect for Home Office, Classroom and Dorm Room (Large, 13.8 x 8.7 x 6.3 inches)", 32.99, 1250, (350, 220, 160)),
    ("KIDS-SCIENCE-KIT",
     "Kids Science Experiment Kit with 65+ Experiments - STEM Educational Toy for Boys and Girls Ages "
     "6-12, Includes Lab Coat, Safety Goggles, Test Tubes, Volcano, Crystal Growing and Slime Making "
     "Supplies, Great Birthday Gift Idea for Curious Young Scientists", 34.95, 980, (330, 260, 90)),
    ("CHARGER-6PORT",
     "6-Port USB Charging Station for Multiple Devices, 60 W Desktop Charger Hub with 2 USB-C PD and "
     "4 USB-A Quick Charge 3.0 Ports, Compatible with iPhone, iPad, Samsung Galaxy, Pixel, Kindle, "
     "Tablets and More - Black, with Detachable Power Cord and Anti-Slip Base", 36.99, 390, (150, 100, 70)),
]
COLOURS = ["Black", "White", "Blue", "Sage Green", "Terracotta", "Navy", "Grey"]

FIRST_NAMES = {
    "US": ["James", "Mary", "Renée", "Zoë", "José", "Aaliyah", "Chloé", "Dmitri", "Siobhán", "Tyler",
           "Priya", "Mateo", "Emily", "Björn", "Keisha", "Nguyễn"],
    "CA": ["Geneviève", "François", "Hélène", "Étienne", "Noémie", "Liam", "Amélie", "Jérôme", "Olivia", "Raphaël"],
    "MX": ["María José", "Iñaki", "Sofía", "José Ángel", "Ximena", "Andrés", "Lucía", "Joaquín", "Begoña", "Rubén"],
}
LAST_NAMES = {
    "US": ["Smith", "Nuñez", "O'Connor", "Müller", "García-López", "Johnson", "Kowalski", "Washington",
           "Van der Berg", "Patel", "DuBois", "Lee"],
    "CA": ["Côté", "Lefèbvre", "Bélanger", "Gagnon", "Tremblay", "Pelletier", "Lévesque", "MacDonald", "Bouchard"],
    "MX": ["Nuñez", "Peña", "Ramírez", "Hernández", "Gómez", "Ibáñez", "Muñoz", "Martínez", "Castañeda"],
}
# (addressLine1 pool, city, state, postal code, county/neighbourhood)
PLACES = {
    "US": [
        (["1208 Pine Street", "77 Massachusetts Ave", "4410 N Clark St"], "Seattle", "WA", "98101", "King"),
        (["350 Fifth Avenue", "125 W 31st St"], "New York", "NY", "10001", "New York"),
        (["2200 Peachtree Rd NW", "950 W Peachtree St"], "Atlanta", "GA", "30309", "Fulton"),
        (["1600 Amphitheatre Pkwy", "500 El Camino Real"], "Mountain View", "CA", "94043", "Santa Clara"),
        (["8301 Ranch Rd 620 N"], "Austin", "TX", "78726", "Travis"),
        (["12 Rue Royale", "633 Bourbon St"], "New Orleans", "LA", "70130", "Orleans"),
        (["45 Kalakaua Ave"], "Honolulu", "HI", "96815", "Honolulu"),
        (["1 Microsoft Way Apt 3", "PO Box 4471"], "Anchorage", "AK", "99501", "Anchorage"),
        (["2311 Via Ñandú"], "Santa Fe", "NM", "87501", "Santa Fe"),
    ],
    "CA": [
        (["1455 boul. De Maisonneuve O", "3460 rue Peel"], "Montréal", "QC", "H3G 1M8", "Ville-Marie"),
        (["1050 avenue des Érables", "22 côte de la Fabrique"], "Québec", "QC", "G1R 4P5", "La Cité-Limoilou"),
        (["1500 rue Royale"], "Trois-Rivières", "QC", "G9A 4J9", "Mauricie"),
        (["100 King St W Suite 5600", "290 Bremner Blvd"], "Toronto", "ON", "M5V 2T6", "Toronto"),
        (["800 Robson St"], "Vancouver", "BC", "V6Z 3B7", "Metro Vancouver"),
        (["10 rue Saint-Jean-Baptiste"], "Saint-Jérôme", "QC", "J7Z 5Y7", "Les Laurentides"),
    ],
    "MX": [
        (["Calle 60 No. 491 x 57", "Calle 47 No. 458"], "Mérida", "Yucatán", "97000", "Centro"),
        (["Av. Álvaro Obregón 130 Int. 4", "Calle Orizaba 87"], "Ciudad de México", "CDMX", "06700", "Roma Norte"),
        (["Av. Chapultepec Sur 480"], "Guadalajara", "Jalisco", "44140", "Americana"),
        (["Av. Constituyentes 45"], "Querétaro", "Querétaro", "76000", "Centro Histórico"),
        (["Av. Constitución 1500 Ote."], "Monterrey", "Nuevo León", "64000", "Obispado"),
        (["Blvd. Adolfo López Mateos 2102"], "León", "Guanajuato", "37530", "Jardines del Moral"),
    ],
}
PHONE_FORMATS = {"US": "+1 {a}-555-{b}", "CA": "+1 {a}-555-{b}", "MX": "+52 999 555 {b}"}
AREA_CODES = {"US": ["206", "212", "404", "650", "512", "504", "808", "907"], "CA": ["514", "418", "819", "416", "604", "450"], "MX": ["999"]}
COMPANIES = ["Northwind Traders LLC", "Contoso Dental Group", "Fabrikam Facilities Inc.", "Tailspin Toys Co.",
             "Litware Schools District 12", "Café Dubé Inc.", "Servicios Peñoles S.A. de C.V."]
GIFT_MESSAGES = [
    "Happy birthday! Love, Grandma & Grandpa",
    "Joyeux anniversaire Geneviève ! Bisous, Maman",
    "¡Feliz cumpleaños, mi niña! Con mucho cariño, tu tía Lupe",
    "Congrats on the new place -- can't wait to visit. ❤️ Sam",
    "For the best teacher ever. Thank you for a wonderful year!\nFrom Noah (Room 12)",
    "Sorry I missed the party. Next round is on me.",
]
SERVICE_LEVELS = ["STANDARD", "STANDARD", "STANDARD", "EXPEDITED", "SECOND_DAY", "NEXT_DAY"]
