"""Messages from the Qt-free layers (domain, services, devices) in the packer's language, at display time.

The domain and services keep English messages (they are also logged and stored with scans, and must
not depend on Qt). The UI passes what it shows through ``translate_message``: each English message
is matched against the templates below (``{name}`` stands for a value such as an order id or SKU);
the translated template (context "Messages" in the .ts files) is filled with the same values. A
value named ``message``/``reason``/``detail`` is itself a message and is translated too. A message no
template matches is shown as it came (English): the locale walk test lists those it meets.

Device states and refusals have stable codes (Problem, Status, ScaleState), but their English texts
carry the values the packer needs (SKU, counts, ports), so the text itself is the key here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

CONTEXT = "Messages"
# placeholders whose values are messages (or phrases) themselves, translated in turn
_NESTED = ("message", "reason", "detail", "problem", "what", "device", "printer", "want", "carrier")

TEMPLATES = [  # QT_TRANSLATE_NOOP returns the text: lupdate files each under its context
    # station.domain.pack: scans at the bench
    QT_TRANSLATE_NOOP("Messages", "Acknowledge the error first ({message})"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} was CANCELLED by the buyer. Do not ship it: put the items back."),
    QT_TRANSLATE_NOOP("Messages", "Nothing to acknowledge"),
    QT_TRANSLATE_NOOP("Messages", "Error acknowledged"),
    QT_TRANSLATE_NOOP("Messages", "{n} unit still to scan"),
    QT_TRANSLATE_NOOP("Messages", "{n} units still to scan"),
    QT_TRANSLATE_NOOP("Messages", "This box is still empty"),
    QT_TRANSLATE_NOOP("Messages", "Nothing left to skip"),
    QT_TRANSLATE_NOOP("Messages", "Skipped one unit of {sku} (no barcode)"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} is cancelled: do not ship it"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} is {status}: it cannot be packed"),
    QT_TRANSLATE_NOOP("Messages", "WRONG ITEM: {sku} is not in this order"),
    QT_TRANSLATE_NOOP("Messages", "AMAZON CHANGED THE ORDER: {sku} is now {n}. Take {k} unit OUT of the box"),
    QT_TRANSLATE_NOOP("Messages", "AMAZON CHANGED THE ORDER: {sku} is now {n}. Take {k} units OUT of the box"),
    QT_TRANSLATE_NOOP("Messages", "Unreadable scan: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "Unknown barcode {code}"),
    QT_TRANSLATE_NOOP("Messages", "EXTRA UNIT: {sku} needs only {n}"),
    QT_TRANSLATE_NOOP("Messages", "{sku}  {done} of {total}"),
    # station.services.bench
    QT_TRANSLATE_NOOP("Messages", "Order {order} changed at another station: scan it again"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} was changed at another station: reloaded, this scan was NOT "
                                  "recorded. Check the counts and scan again."),
    QT_TRANSLATE_NOOP("Messages", "DATABASE NOT AVAILABLE: this scan was NOT recorded. Check the network or the "
                                  "database, then scan it again."),
    QT_TRANSLATE_NOOP("Messages", "Empty scan ignored"),
    QT_TRANSLATE_NOOP("Messages", "Sign in first (scan your badge)"),
    QT_TRANSLATE_NOOP("Messages", "Sign in first"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} is already open"),
    QT_TRANSLATE_NOOP("Messages", "{command}: no order is open"),
    QT_TRANSLATE_NOOP("Messages", "Scan an order (packing slip or pick list) first"),
    QT_TRANSLATE_NOOP("Messages", "Scan an order first"),
    QT_TRANSLATE_NOOP("Messages", "Order set aside"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} is not in the queue (sync pending?)"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} is not available"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} was taken by another station"),
    QT_TRANSLATE_NOOP("Messages", "{message}: this scan was NOT recorded. Scan another order."),
    QT_TRANSLATE_NOOP("Messages", "Resumed order {order}: scan the items"),
    QT_TRANSLATE_NOOP("Messages", "Opened order {order}: scan the items"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} set aside; scan it again to resume"),
    QT_TRANSLATE_NOOP("Messages", "Box {closed} closed: box {open} is open"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} is Pending (not paid yet): it cannot be packed"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} has already shipped"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} packed"),
    # station.security.roles / station.services.operators
    QT_TRANSLATE_NOOP("Messages", "{action} needs a supervisor: scan a supervisor badge"),
    QT_TRANSLATE_NOOP("Messages", "{action} needs a supervisor"),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a supervisor: a supervisor must scan their badge"),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a supervisor"),
    QT_TRANSLATE_NOOP("Messages", "Clearing a wrong-item stop"),
    QT_TRANSLATE_NOOP("Messages", "Skipping a unit"),
    QT_TRANSLATE_NOOP("Messages", "A partial shipment"),
    QT_TRANSLATE_NOOP("Messages", "Voiding"),
    QT_TRANSLATE_NOOP("Messages", "Changing settings"),
    QT_TRANSLATE_NOOP("Messages", "Releasing another station's order"),
    QT_TRANSLATE_NOOP("Messages", "The audit log"),
    QT_TRANSLATE_NOOP("Messages", "Exporting the audit log"),
    QT_TRANSLATE_NOOP("Messages", "Managing operators"),
    QT_TRANSLATE_NOOP("Messages", "Badge not recognised"),
    QT_TRANSLATE_NOOP("Messages", "Signed in: {name}"),
    QT_TRANSLATE_NOOP("Messages", "Unknown operator or no PIN set"),
    QT_TRANSLATE_NOOP("Messages", "Too many wrong PINs: try again in {n} min or ask a supervisor"),
    QT_TRANSLATE_NOOP("Messages", "Wrong PIN"),
    QT_TRANSLATE_NOOP("Messages", "Approved (supervisor's own action)"),
    QT_TRANSLATE_NOOP("Messages", "Approved by {name}"),
    QT_TRANSLATE_NOOP("Messages", "approved by {name}"),
    QT_TRANSLATE_NOOP("Messages", "{name} is a supervisor"),
    QT_TRANSLATE_NOOP("Messages", "allowed for packers"),
    QT_TRANSLATE_NOOP("Messages", "no operators configured"),
    # station.devices: states, checks, scale, scanner test
    QT_TRANSLATE_NOOP("Messages", "No printer chosen."),
    QT_TRANSLATE_NOOP("Messages", "No {role} printer chosen (Settings > Devices)"),
    QT_TRANSLATE_NOOP("Messages", "That is not a printer address: {detail}."),
    QT_TRANSLATE_NOOP("Messages", "The printer check failed: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "Keyboard scanner (wedge): scan a code into the test field to check it."),
    QT_TRANSLATE_NOOP("Messages", "Keyboard scanner (wedge)"),
    QT_TRANSLATE_NOOP("Messages", "Scanner port {port} opens at {baud} baud: scan a code to see it in the test "
                                  "field."),
    # serial and USB devices (``device`` is "Scanner", "Scale" or a scale's product name)
    QT_TRANSLATE_NOOP("Messages", "Scanner"),
    QT_TRANSLATE_NOOP("Messages", "Scale"),
    QT_TRANSLATE_NOOP("Messages", "Device"),
    QT_TRANSLATE_NOOP("Messages", "scanner"),
    QT_TRANSLATE_NOOP("Messages", "scale"),
    QT_TRANSLATE_NOOP("Messages", "device"),
    QT_TRANSLATE_NOOP("Messages", "{device} ready on {port}"),
    QT_TRANSLATE_NOOP("Messages", "{device} ready"),
    QT_TRANSLATE_NOOP("Messages", "{device} stopped"),
    QT_TRANSLATE_NOOP("Messages", "{device}: opening {port}"),
    QT_TRANSLATE_NOOP("Messages", "{device} error: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "{device} not found at {port}: is it plugged in?"),
    QT_TRANSLATE_NOOP("Messages", "{port} is in use by another program: close it and the {device} reconnects."),
    QT_TRANSLATE_NOOP("Messages", "No permission to open {port}: add this user to the 'dialout' group (or install "
                                  "the udev rule) and log in again."),
    QT_TRANSLATE_NOOP("Messages", "{device} at {port} cannot be opened: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "{device} was unplugged; waiting for it"),
    QT_TRANSLATE_NOOP("Messages", "USB scales need the 'hidapi' package, which is not installed"),
    # printers (``printer`` is one of the descriptions right after)
    QT_TRANSLATE_NOOP("Messages", "Folder printer {folder}"),
    QT_TRANSLATE_NOOP("Messages", "Printer at {address}"),
    QT_TRANSLATE_NOOP("Messages", "Printer {name}"),
    QT_TRANSLATE_NOOP("Messages", "No {role} printer chosen: pick one in Settings > Devices and the job prints."),
    QT_TRANSLATE_NOOP("Messages", "Printing on {printer}"),
    QT_TRANSLATE_NOOP("Messages", "{printer} is ready"),
    QT_TRANSLATE_NOOP("Messages", "{printer} does not answer: is it switched on and on the network?"),
    QT_TRANSLATE_NOOP("Messages", "{printer} does not answer: is it switched on?"),
    QT_TRANSLATE_NOOP("Messages", "{printer} cannot be reached: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "{printer}: {problem}"),
    QT_TRANSLATE_NOOP("Messages", "{printer} stopped taking data (out of labels or paused?)"),
    QT_TRANSLATE_NOOP("Messages", "{printer} dropped the connection: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "{printer} cannot start a job (is it switched on?)"),
    QT_TRANSLATE_NOOP("Messages", "it did not answer the status request (~HS): is it a ZPL printer?"),
    QT_TRANSLATE_NOOP("Messages", "it is out of labels: load labels and it prints by itself"),
    QT_TRANSLATE_NOOP("Messages", "it is paused: press PAUSE/FEED on the printer"),
    QT_TRANSLATE_NOOP("Messages", "its head is open: close the print head"),
    QT_TRANSLATE_NOOP("Messages", "it is out of ribbon"),
    QT_TRANSLATE_NOOP("Messages", "{printer} prints PDF or PNG pages; a {type} job needs a raw printer (tcp:, cups:, "
                                  "windows:)"),
    QT_TRANSLATE_NOOP("Messages", "{printer} takes ZPL; this {type} job needs a cups:, qt: or windows: printer"),
    QT_TRANSLATE_NOOP("Messages", "CUPS is not installed here ({detail} is missing)"),
    QT_TRANSLATE_NOOP("Messages", "CUPS does not answer (lpstat timed out)"),
    QT_TRANSLATE_NOOP("Messages", "CUPS does not answer (lp timed out)"),
    QT_TRANSLATE_NOOP("Messages", "The CUPS print service is not running"),
    QT_TRANSLATE_NOOP("Messages", "CUPS has no printer called {name}"),
    QT_TRANSLATE_NOOP("Messages", "CUPS printer {name} is not accepting jobs"),
    QT_TRANSLATE_NOOP("Messages", "CUPS printer {name} is stopped (disabled): {detail}"),
    QT_TRANSLATE_NOOP("Messages", "CUPS refused the job: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "windows: printers work only on Windows"),
    QT_TRANSLATE_NOOP("Messages", "Printing to Windows printers needs the pywin32 package"),
    QT_TRANSLATE_NOOP("Messages", "Windows has no printer called {name} ({detail})"),
    QT_TRANSLATE_NOOP("Messages", "Windows printer {name} takes raw (ZPL) jobs here; print PDF pages through qt:{qt}"),
    QT_TRANSLATE_NOOP("Messages", "Windows printer {name} refused the job: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "Windows printer {name} took {written} of {total} bytes"),
    QT_TRANSLATE_NOOP("Messages", "Windows printer {name} {problem}"),
    QT_TRANSLATE_NOOP("Messages", "is paused"),
    QT_TRANSLATE_NOOP("Messages", "reports an error"),
    QT_TRANSLATE_NOOP("Messages", "has a paper jam"),
    QT_TRANSLATE_NOOP("Messages", "is out of paper"),
    QT_TRANSLATE_NOOP("Messages", "is offline"),
    QT_TRANSLATE_NOOP("Messages", "has its door open"),
    QT_TRANSLATE_NOOP("Messages", "is out of toner/ribbon"),
    QT_TRANSLATE_NOOP("Messages", "is not available"),
    QT_TRANSLATE_NOOP("Messages", "is set to 'Use printer offline'"),
    QT_TRANSLATE_NOOP("Messages", "The PNG of this job is damaged"),
    QT_TRANSLATE_NOOP("Messages", "The PDF of this job is damaged"),
    QT_TRANSLATE_NOOP("Messages", "qt: printers need the desktop app running (no QGuiApplication)"),
    QT_TRANSLATE_NOOP("Messages", "Cannot write to the folder {folder}: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "The scale does not answer: is it switched on, and are the protocol and baud rate "
                                  "right?"),
    QT_TRANSLATE_NOOP("Messages", "{device} at {port} was unplugged or switched off; waiting for it to come back"),
    QT_TRANSLATE_NOOP("Messages", "No scale: weights are typed in by hand."),
    QT_TRANSLATE_NOOP("Messages", "No scale"),
    QT_TRANSLATE_NOOP("Messages", "Scale answers: {weight}."),
    QT_TRANSLATE_NOOP("Messages", "Scanner setting is wrong: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "Scale setting is wrong: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "Scale is off or not connected"),
    QT_TRANSLATE_NOOP("Messages", "Weighing... hold still"),
    QT_TRANSLATE_NOOP("Messages", "Scale overloaded: take the parcel off"),
    QT_TRANSLATE_NOOP("Messages", "Scale below zero: empty it and press ZERO"),
    QT_TRANSLATE_NOOP("Messages", "Scale reports an error"),
    QT_TRANSLATE_NOOP("Messages", "Scale did not understand the command ({detail})"),
    QT_TRANSLATE_NOOP("Messages", "Scale busy (zeroing or settling)"),
    QT_TRANSLATE_NOOP("Messages", "Scale reports an internal error: switch it off and on"),
    QT_TRANSLATE_NOOP("Messages", "Scale not connected ({port})"),
    QT_TRANSLATE_NOOP("Messages", "Scale is off or not answering"),
    QT_TRANSLATE_NOOP("Messages", "Scale reports a fault"),
    QT_TRANSLATE_NOOP("Messages", "Scale needs calibrating or re-zeroing"),
    QT_TRANSLATE_NOOP("Messages", "Scale uses a unit we do not know (code {code})"),
    QT_TRANSLATE_NOOP("Messages", "Scale not started"),
    QT_TRANSLATE_NOOP("Messages", "{device} not started"),
    QT_TRANSLATE_NOOP("Messages", "{printer} is ready."),
    QT_TRANSLATE_NOOP("Messages", "{printer} answers."),
    QT_TRANSLATE_NOOP("Messages", "{printer} is installed."),
    QT_TRANSLATE_NOOP("Messages", "Folder {folder} is writable: jobs are saved there as files."),
    QT_TRANSLATE_NOOP("Messages", "CUPS printer {printer} is ready."),
    QT_TRANSLATE_NOOP("Messages", "Windows printer {printer} is ready."),
    QT_TRANSLATE_NOOP("Messages", "The scanner ends scans with Tab: set its suffix to Enter (CR)."),
    QT_TRANSLATE_NOOP("Messages", "No Enter at the end: set the scanner to send an Enter (CR) suffix, or scans "
                                  "will only end after a pause."),
    QT_TRANSLATE_NOOP("Messages", "Keys came up to {gap} ms apart (after character {index}), slower than the "
                                  "{allowed} ms allowed (scanner.max_key_gap_ms): the app would cut this scan. Set "
                                  "the scanner's keyboard speed to fast, or raise the setting."),
    QT_TRANSLATE_NOOP("Messages", "Digits arrive as {got}: the scanner and the PC use different keyboard layouts "
                                  "(AZERTY vs QWERTY); it should read {fixed}. Set the scanner to the PC's layout "
                                  "(or its 'Alt+keypad' / universal mode)."),
    QT_TRANSLATE_NOOP("Messages", "Expected {expected} ({n} characters) but got {got} ({m}): characters are lost or "
                                  "added; slow down the scanner's keyboard speed."),
    QT_TRANSLATE_NOOP("Messages", "{swaps}: the scanner uses a German (QWERTZ) layout and the PC a US one, or the "
                                  "reverse."),
    QT_TRANSLATE_NOOP("Messages", "Some characters differ: {swaps}. Check the scanner's keyboard layout (country) "
                                  "setting."),
    QT_TRANSLATE_NOOP("Messages", "The scan holds control characters ({chars}): check the scanner's prefix/suffix "
                                  "settings."),
    QT_TRANSLATE_NOOP("Messages", "No suffix: this scan ended by a pause; set the scanner to send CR, or keep "
                                  "suffix=none in its address."),
    # station.ui.bench_controller: a bench call that failed (``what`` is one of the phrases after it)
    QT_TRANSLATE_NOOP("Messages", "{what} was NOT saved ({detail}). Scan it again."),
    QT_TRANSLATE_NOOP("Messages", "{what} (approved)"),
    QT_TRANSLATE_NOOP("Messages", "The scan"),
    QT_TRANSLATE_NOOP("Messages", "The acknowledgement"),
    QT_TRANSLATE_NOOP("Messages", "Setting the order aside"),
    QT_TRANSLATE_NOOP("Messages", "Reopening the last order"),
    QT_TRANSLATE_NOOP("Messages", "The cancellation stop"),
    QT_TRANSLATE_NOOP("Messages", "The action"),
    QT_TRANSLATE_NOOP("Messages", "The reprint"),
    QT_TRANSLATE_NOOP("Messages", "Voiding the label"),
    QT_TRANSLATE_NOOP("Messages", "The partial shipment"),
    QT_TRANSLATE_NOOP("Messages", "Signing in"),
    QT_TRANSLATE_NOOP("Messages", "Signing out"),
    # station.ui.signin: why an operator was signed out (stored in the audit log in English)
    QT_TRANSLATE_NOOP("Messages", "idle for {n} min"),
    QT_TRANSLATE_NOOP("Messages", "signed out"),
    # station.ui.wiring and station.settings: notices at start
    QT_TRANSLATE_NOOP("Messages", "Printing is off: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "Printing and serial devices are off: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "Shipping is off ({detail}); a confirmed order is marked packed."),
    QT_TRANSLATE_NOOP("Messages", "The serial scanner did not start: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "The scale did not start: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "Order sync did not start: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "Confirmation uploads did not start: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "The settings file was damaged ({detail}); it was set aside as {name} and the "
                                  "station started with default settings."),
    # station.services.ship
    QT_TRANSLATE_NOOP("Messages", "Scan the TRACKING barcode of your label"),
    QT_TRANSLATE_NOOP("Messages", "Nothing to reprint: no label was printed at this station yet"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} has no label to reprint"),
    QT_TRANSLATE_NOOP("Messages", "Reprinting {n} label of order {order}"),
    QT_TRANSLATE_NOOP("Messages", "Reprinting {n} labels of order {order}"),
    QT_TRANSLATE_NOOP("Messages", "The label purchase has no answer yet ({detail}). Confirm again once Amazon "
                                  "answers: the station checks first and never buys a second label."),
    QT_TRANSLATE_NOOP("Messages", "Label not bought: {detail}. Nothing was lost; confirm again to retry."),
    QT_TRANSLATE_NOOP("Messages", "{message}  --  LABEL NOT PRINTED: {detail} (reprint it from Shipping > Labels)"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} was CANCELLED by the buyer. Do not ship it."),
    QT_TRANSLATE_NOOP("Messages", "Order {order} was CANCELLED: scan it again"),
    QT_TRANSLATE_NOOP("Messages", "Order {order} is already SHIPPED on Amazon (shipped outside this station?): "
                                  "nothing was bought or confirmed. Check it in Seller Central; CMD:CANCEL sets it "
                                  "aside."),
    QT_TRANSLATE_NOOP("Messages", "No ship-from address: set seller.name and seller.return_address {detail}"),
    QT_TRANSLATE_NOOP("Messages", "Amazon refused the label: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "{number} is already on a box of this order: scan the label of box {box}"),
    QT_TRANSLATE_NOOP("Messages", "Every box of this order already has its tracking number"),
    QT_TRANSLATE_NOOP("Messages", "Box {box}: {carrier} {number}. Scan the label of box {next}"),
    QT_TRANSLATE_NOOP("Messages", "Box {box}: {detail}"),  # a box size, or carrier and tracking number
    QT_TRANSLATE_NOOP("Messages", "Poly mailer 10x13 in"),
    QT_TRANSLATE_NOOP("Messages", "Small box 8x6x4 in"),
    QT_TRANSLATE_NOOP("Messages", "Medium box 12x9x6 in"),
    QT_TRANSLATE_NOOP("Messages", "Large box 16x12x10 in"),
    QT_TRANSLATE_NOOP("Messages", "Extra large box 20x16x14 in"),
    QT_TRANSLATE_NOOP("Messages", "TRACKING NUMBER REFUSED: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "TRACKING NUMBER REFUSED: {number} is already used by order {order}"),
    QT_TRANSLATE_NOOP("Messages", "TRACKING NUMBER REFUSED: {number} was just used by order {order}. Scan this "
                                  "box's own label"),
    QT_TRANSLATE_NOOP("Messages", "This tracking number is already on a package of this order: nothing was sent "
                                  "twice"),
    QT_TRANSLATE_NOOP("Messages", "Amazon does not show yet whether the label asked for at {time} was bought "
                                  "({reason}). Confirm again in a few minutes: the station never buys a second "
                                  "label."),
    # station.domain.tracking: why a tracking number is refused (``want`` and ``carrier`` are phrases too)
    QT_TRANSLATE_NOOP("Messages", "check digit is wrong: expected {expected}, got {got} -- rescan"),
    QT_TRANSLATE_NOOP("Messages", "too short for {carrier} ({want}, this has {got}) -- rescan"),
    QT_TRANSLATE_NOOP("Messages", "too long for {carrier} ({want}, this has {got}) -- rescan"),
    QT_TRANSLATE_NOOP("Messages", "{n} characters"),
    QT_TRANSLATE_NOOP("Messages", "{a} or {b} digits"),
    QT_TRANSLATE_NOOP("Messages", "an international postal number"),
    QT_TRANSLATE_NOOP("Messages", "{country} is not a country code; international postal numbers end in one (e.g. US, "
                                  "CA, MX)"),
    QT_TRANSLATE_NOOP("Messages", "the last character of a UPS number is a digit -- rescan"),
    QT_TRANSLATE_NOOP("Messages", "check digit is wrong for a 20-digit USPS or FedEx number -- rescan"),
    QT_TRANSLATE_NOOP("Messages", "this is a product barcode ({kind}), not a tracking number"),
    QT_TRANSLATE_NOOP("Messages", "not a known carrier format ({n} digits)"),
    QT_TRANSLATE_NOOP("Messages", "not a known carrier format (contains {chars})"),
    QT_TRANSLATE_NOOP("Messages", "not a known carrier format"),
    QT_TRANSLATE_NOOP("Messages", "empty scan -- rescan"),
    QT_TRANSLATE_NOOP("Messages", "all zeros: a placeholder, not a real tracking number"),
    QT_TRANSLATE_NOOP("Messages", "Amazon Logistics numbers are TBA + 12 digits -- rescan"),
    QT_TRANSLATE_NOOP("Messages", "Nothing scanned yet: a partial shipment needs at least one unit"),
    QT_TRANSLATE_NOOP("Messages", "Own carrier: partial shipments are confirmed by scanning the label of the "
                                  "complete order; buy the label here or pack the rest"),
    QT_TRANSLATE_NOOP("Messages", "There is no label purchase {id}"),
    QT_TRANSLATE_NOOP("Messages", "Label {id} is {state}: only a bought label can be voided"),
    QT_TRANSLATE_NOOP("Messages", "This label's shipment id is unknown; void it in Seller Central"),
    QT_TRANSLATE_NOOP("Messages", "Too late to void: {carrier} labels can be voided within {hours} h of purchase"),
    QT_TRANSLATE_NOOP("Messages", "Label of order {order} voided ({n} box(es))"),
    QT_TRANSLATE_NOOP("Messages", "Labels of order {order} voided ({n} box(es))"),
    QT_TRANSLATE_NOOP("Messages", "The label was NOT voided: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "Reprint failed: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "SHIPPED {order}  {shipment}  (no service meets the promise: fastest bought)"),
    QT_TRANSLATE_NOOP("Messages", "SHIPPED {order}  {shipment}"),
    QT_TRANSLATE_NOOP("Messages", "Order {order}: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "Box {box} weighs {grams} g"),
    QT_TRANSLATE_NOOP("Messages", "{file} cannot be read ({detail}); fix or remove it"),
    QT_TRANSLATE_NOOP("Messages", "The label purchase got no answer ({detail}); Amazon shows no label, so nothing was "
                                  "bought. Confirm again to retry."),
    # station.amazon.connection and client: the connection test, credential problems (also sync errors)
    QT_TRANSLATE_NOOP("Messages", "The client id, client secret and refresh token are all needed: one of them is "
                                  "empty"),
    QT_TRANSLATE_NOOP("Messages", "Wrong region: marketplace {name} ({id}) belongs to the {region} region, but the "
                                  "region setting is {setting}"),
    QT_TRANSLATE_NOOP("Messages", "Wrong region: the endpoint {host} serves the {region} region, but the region "
                                  "setting is {setting}"),
    QT_TRANSLATE_NOOP("Messages", "Cannot reach the Login with Amazon token service at {host}: check the network and "
                                  "the LWA endpoint setting"),
    QT_TRANSLATE_NOOP("Messages", "The Login with Amazon endpoint {url} did not answer like Login with Amazon (not "
                                  "JSON): check the LWA endpoint setting"),
    QT_TRANSLATE_NOOP("Messages", "Cannot reach the Selling Partner API at {host}: check the network and the "
                                  "endpoint setting"),
    QT_TRANSLATE_NOOP("Messages", "The endpoint {url} did not answer like the Selling Partner API (the answer is not "
                                  "a valid orders response): check the endpoint setting"),
    QT_TRANSLATE_NOOP("Messages", "Wrong marketplace: this seller account does not sell in {name} ({id}). Amazon "
                                  "said: {said}"),
    QT_TRANSLATE_NOOP("Messages", "Amazon refused access to orders: the app is not authorised for this seller in this "
                                  "region, or lacks the Orders role (a wrong region setting gives this too). Amazon "
                                  "said: {said}"),
    QT_TRANSLATE_NOOP("Messages", "The endpoint {url} has no Orders API: check the endpoint setting"),
    QT_TRANSLATE_NOOP("Messages", "Amazon answered with an error: {said}"),
    QT_TRANSLATE_NOOP("Messages", "The endpoint {url} answered, but not like the Selling Partner API ({detail}): "
                                  "check the endpoint setting"),
    QT_TRANSLATE_NOOP("Messages", "Connected: Amazon answered for marketplace {name} ({id}), region {region}."),
    QT_TRANSLATE_NOOP("Messages", "Amazon does not accept the LWA client id or client secret (invalid_client): check "
                                  "both in Seller Central > Develop apps, and enter them again"),
    QT_TRANSLATE_NOOP("Messages", "The refresh token is expired or was revoked (invalid_grant): authorise the app "
                                  "again in Seller Central and enter the new refresh token"),
    QT_TRANSLATE_NOOP("Messages", "This LWA app may not use refresh tokens (unauthorized_client): check the app's "
                                  "settings in Seller Central"),
    QT_TRANSLATE_NOOP("Messages", "No Amazon credentials on this station: run `station config credentials` (or set "
                                  "STATION_LWA_CLIENT_ID, STATION_LWA_CLIENT_SECRET and STATION_LWA_REFRESH_TOKEN)"),
    QT_TRANSLATE_NOOP("Messages", "Login with Amazon says the request is incomplete (invalid_request): a client id, "
                                  "client secret or refresh token is missing"),
    QT_TRANSLATE_NOOP("Messages", "Login with Amazon refused the credentials ({detail})"),
    QT_TRANSLATE_NOOP("Messages", "cannot reach the Login with Amazon token service at {host} ({detail})"),
    QT_TRANSLATE_NOOP("Messages", "the Login with Amazon token service at {host} answered HTTP {status}"),
    QT_TRANSLATE_NOOP("Messages", "the Login with Amazon token service at {host} answered HTTP {status} with "
                                  "something that is not JSON"),
    QT_TRANSLATE_NOOP("Messages", "the Login with Amazon token service answered with an unexpected shape"),
    QT_TRANSLATE_NOOP("Messages", "the Login with Amazon token service answered without an access token"),
    QT_TRANSLATE_NOOP("Messages", "Amazon answered HTTP {status} with something that is not JSON (request id {id})"),
    QT_TRANSLATE_NOOP("Messages", "Amazon answered HTTP {status} with JSON that is not an object"),
    QT_TRANSLATE_NOOP("Messages", "no answer from {host} for {operation} ({detail})"),
    QT_TRANSLATE_NOOP("Messages", "Amazon refused {operation} (HTTP {status}): {errors}"),
    QT_TRANSLATE_NOOP("Messages", "Amazon refused (HTTP {status}): {errors}"),
    # station.domain.shipping: why no label may be bought
    QT_TRANSLATE_NOOP("Messages", "PRIME order: no Prime-eligible service delivers by {when} UTC. Ask a supervisor "
                                  "(a faster service, or ship partially)."),
    QT_TRANSLATE_NOOP("Messages", "PRIME order: no Prime-eligible service delivers. Ask a supervisor (a faster "
                                  "service, or ship partially)."),
    QT_TRANSLATE_NOOP("Messages", "Amazon offered no service this station may buy for this package"),
    QT_TRANSLATE_NOOP("Messages", "Amazon offered no service this station may buy for this package (all offered "
                                  "services are excluded in the shipping rules)"),
    QT_TRANSLATE_NOOP("Messages", "No offered service delivers by the promised date; the shipping rules forbid a "
                                  "late service."),
]

# station.settings help texts, shown as tooltips in the Settings dialog
SETTINGS_HELP = [
    QT_TRANSLATE_NOOP("SettingsHelp", "this bench's name"),
    QT_TRANSLATE_NOOP("SettingsHelp", "language (empty: the system's)"),
    QT_TRANSLATE_NOOP("SettingsHelp", "how labels are made"),
    QT_TRANSLATE_NOOP("SettingsHelp", "when the slip prints"),
    QT_TRANSLATE_NOOP("SettingsHelp", "play error and success sounds"),
    QT_TRANSLATE_NOOP("SettingsHelp", "a keyboard-wedge scan is a burst of keys at most this far apart"),
    QT_TRANSLATE_NOOP("SettingsHelp", "shortest burst taken as a scan"),
    QT_TRANSLATE_NOOP("SettingsHelp", "marketplace id"),
    QT_TRANSLATE_NOOP("SettingsHelp", "SP-API region"),
    QT_TRANSLATE_NOOP("SettingsHelp", "seller (merchant) id"),
    QT_TRANSLATE_NOOP("SettingsHelp", "SP-API base URL"),
    QT_TRANSLATE_NOOP("SettingsHelp", "LWA token URL"),
]

# Gaps in Qt's own qtbase_fr/qtbase_es catalogues (Qt 6 changed these source texts; its translations kept the
# old ones): seen in Qt's file dialog (audit export, diagnostics). Our catalogue answers them.
QT_GAPS = [
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),  # Qt asks with a disambiguation; see i18n
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
]


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\w+\})", template)
    regex = "".join(f"(?P<{p[1:-1]}>.+?)" if re.fullmatch(r"\{\w+\}", p) else re.escape(p) for p in parts)
    return re.compile(regex + r"\Z", re.DOTALL)


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[re.Pattern[str], str]]:
    # the most specific first: more literal text wins, so "Order {order} packed" cannot swallow
    # "Order X is Pending: it cannot be packed" (a placeholder may match any text)
    ordered = sorted(TEMPLATES, key=lambda t: -len(re.sub(r"\{\w+\}", "", t)))
    return [(_pattern(t), t) for t in ordered]


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _dates(text: str) -> str:
    """'Sun 29 Nov 09:48' (English strftime in a service message) with the locale's day and month names."""
    locale = QLocale()

    def name(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in _WEEKDAYS:
            return locale.dayName(_WEEKDAYS.index(word) + 1, QLocale.FormatType.ShortFormat)
        return locale.monthName(_MONTHS.index(word) + 1, QLocale.FormatType.ShortFormat)

    return re.sub(r"\b(" + "|".join(_WEEKDAYS + _MONTHS) + r")\b", name, text)


def _value(name: str, value: str) -> str:
    if name in _NESTED:
        return translate_message(value)
    if name == "when":
        return _dates(value)
    if name == "name":  # a marketplace's country ("United States"); a person's name comes back unchanged
        return QCoreApplication.translate("FirstRun", value)
    return value


_STAMPED = re.compile(r"(\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:\d\d)?) (.+)", re.DOTALL)


def translate_message(text: str | None) -> str:
    """``text`` (an English message from the services) in the installed language."""
    if not text:
        return text or ""
    stamped = _STAMPED.fullmatch(text)  # "2026-11-23T22:40:00Z no answer from ...": the sync's last error
    if stamped:
        return f"{stamped.group(1)} {translate_message(stamped.group(2))}"
    for pattern, template in _compiled():
        match = pattern.match(text)
        if match is None:
            continue
        values = {name: _value(name, value) for name, value in match.groupdict().items()}
        translated = QCoreApplication.translate(CONTEXT, template)
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: keep the English
            return template.format(**values)
    return text
