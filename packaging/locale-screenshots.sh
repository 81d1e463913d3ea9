#!/bin/sh
# Screenshots of the demo station in each language, under its own Xvfb (issue 10, item 4: "the
# screenshots in fr-CA and es-MX show no English"). For each locale: the queue, an open order, the
# unknown-code stop, the complete order, shipped (Buy Shipping in the demo sandbox), every settings page
# and the command-barcode help; xdotool types the scans like a wedge scanner.
# Usage: packaging/locale-screenshots.sh OUT_DIR [LOCALE ...]   (default locales: fr_CA es_MX)
set -eu
OUT="${1:?usage: $0 OUT_DIR [LOCALE ...]}"
shift
LOCALES="${*:-fr_CA es_MX}"
STATION="${STATION:-/work/venv/bin/station}"
mkdir -p "$OUT"
DISPLAY_NO="${DISPLAY_NO:-141}"
Xvfb ":$DISPLAY_NO" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=":$DISPLAY_NO" STATION_SKIP_FIRST_RUN=1

shot() { import -window root "$OUT/$1.png"; echo "$OUT/$1.png"; }
scan() { xdotool type --delay 8 "$1"; xdotool key --delay 8 Return; sleep 1.5; }

for locale in $LOCALES; do
    data=$(mktemp -d)
    "$STATION" --data-dir "$data" config set locale "$locale" >/dev/null
    "$STATION" --data-dir "$data" --demo >"$data/out.log" 2>&1 &
    app=$!
    for _ in $(seq 1 120); do grep -q "ready for scans" "$data/out.log" && break; sleep 0.5; done
    sleep 2
    shot "$locale-1-queue"
    "$STATION" --data-dir "$data" orders list --status Unshipped --json >"$data/orders.json"
    # a non-Prime order whose every line has a barcode: the demo buys its label without a supervisor
    picked=$(/work/venv/bin/python - "$data/orders.json" <<'PY'
import json, sys
order = next(o for o in json.load(open(sys.argv[1]))
             if not o["is_prime"] and all(line["barcodes"] for line in o["lines"]))
print(order["order_id"])
print(" ".join(line["barcodes"][0] for line in order["lines"] for _ in range(line["quantity"])))
PY
)
    order=$(echo "$picked" | head -1)
    units=$(echo "$picked" | tail -1)
    window=$(xdotool search --onlyvisible --name "(bench|station|Poste|Estación)" | head -1 || true)
    [ -n "$window" ] && xdotool windowfocus --sync "$window" 2>/dev/null || true
    scan "$order"
    shot "$locale-2-order"
    scan "0000000000000"
    shot "$locale-3-stop"
    scan "CMD:ACK"
    for code in $units; do scan "$code"; done
    shot "$locale-4-complete"
    scan "CMD:CONFIRM"
    sleep 3
    shot "$locale-5-shipped"
    # no window manager: menus are opened by clicking their titles (first menu: Station, the fourth: Help)
    xdotool mousemove 20 10 click 1 && sleep 0.7 && xdotool key Down Return
    sleep 1.5
    shot "$locale-6-settings"
    # the dialog is centred on the 1600x1000 window: its page list holds General, Amazon, Devices
    for page in 2 3; do
        xdotool mousemove 417 $((135 + 17 * page)) click 1
        sleep 1
        shot "$locale-6-settings-$page"
    done
    xdotool key Escape
    sleep 0.5
    xdotool mousemove 20 10 click 1 && sleep 0.7 && xdotool key Right Right Right Return  # Help > Command barcodes (first item, selected)
    sleep 1
    shot "$locale-7-help"
    xdotool key Escape
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    rm -rf "$data"

    # a new station: no settings file, so the first-run page, in the system's language (locale setting empty)
    fresh=$(mktemp -d)
    env -u STATION_SKIP_FIRST_RUN LANG="$locale.UTF-8" LC_ALL="$locale.UTF-8" \
        "$STATION" --data-dir "$fresh" >"$fresh/out.log" 2>&1 &
    app=$!
    sleep 6
    shot "$locale-8-first-run"
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    rm -rf "$fresh"
done
