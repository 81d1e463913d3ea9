#!/bin/sh
# Remove what install.sh put in place (same options: --user, DESTDIR=...).
# Orders, settings, logs and database backups in the user's data folders are kept;
# delete ~/.local/share/packing-station yourself if you really want them gone.
set -eu

APP_ID=org.packingstation.PackingStation
MODE=system
while [ $# -gt 0 ]; do
    case "$1" in
        --user) MODE=user ;;
        -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
        *) echo "uninstall.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
DESTDIR=${DESTDIR:-}

. "$(cd "$(dirname "$0")" && pwd)/layout.sh" "uninstall.sh" "uninstall"

# only our own symlink, never another program called station
if [ -L "$DESTDIR$BINDIR/station" ] && [ "$(readlink "$DESTDIR$BINDIR/station")" = "$APPDIR/station" ]; then
    rm -f "$DESTDIR$BINDIR/station"
fi
rm -rf "$DESTDIR$APPDIR"
rm -f "$DESTDIR$SHARE/applications/$APP_ID.desktop" "$DESTDIR$SHARE/metainfo/$APP_ID.metainfo.xml"
rm -f "$DESTDIR$SHARE"/icons/hicolor/*/apps/"$APP_ID".png "$DESTDIR$SHARE"/icons/hicolor/*/apps/"$APP_ID".svg
if [ "$MODE" = system ]; then
    rm -f "$DESTDIR/etc/udev/rules.d/70-packing-station.rules"
    if [ -z "$DESTDIR" ] && command -v udevadm >/dev/null 2>&1; then udevadm control --reload-rules || true; fi
fi
if [ -z "$DESTDIR" ]; then
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
fi
echo "Packing Station removed. Your orders, settings and logs were kept."
