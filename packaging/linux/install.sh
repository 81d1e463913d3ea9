#!/bin/sh
# Install the Packing Station bundle (dist/station from `pyinstaller packaging/station.spec`).
#
#   sudo ./install.sh [BUNDLE]         system-wide: /opt/packing-station, /usr/local/bin/station,
#                                      /usr/share/{applications,icons,metainfo}, /etc/udev/rules.d
#   ./install.sh --user [BUNDLE]       this user only: ~/.local/opt/packing-station, ~/.local/bin/station,
#                                      ~/.local/share/{applications,icons,metainfo} (udev rules need root:
#                                      run `sudo ./install.sh --udev-only` once)
#   sudo ./install.sh --udev-only      only the udev rules for scanners and scales
#
# BUNDLE defaults to ./station beside this script (release archive) or dist/station (source tree).
# DESTDIR=/some/root installs into a staging root (packagers, tests); nothing is reloaded then.
# Orders, settings and logs live in the user's data folders and are never touched.
set -eu

APP_ID=org.packingstation.PackingStation
HERE=$(cd "$(dirname "$0")" && pwd)
MODE=system
BUNDLE=

while [ $# -gt 0 ]; do
    case "$1" in
        --user) MODE=user ;;
        --udev-only) MODE=udev ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        -*) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) BUNDLE=$1 ;;
    esac
    shift
done
DESTDIR=${DESTDIR:-}

. "$(cd "$(dirname "$0")" && pwd)/layout.sh" "install.sh" "install"

install_udev() {
    install -D -m 0644 "$HERE/70-packing-station.rules" "$DESTDIR/etc/udev/rules.d/70-packing-station.rules"
    if [ -z "$DESTDIR" ] && command -v udevadm >/dev/null 2>&1; then
        udevadm control --reload-rules || true
        udevadm trigger --action=change --subsystem-match=tty --subsystem-match=hidraw || true
    fi
    echo "udev rules installed: unplug and replug scanners and scales once."
}

if [ "$MODE" = udev ]; then
    install_udev
    exit 0
fi

if [ -z "$BUNDLE" ]; then
    for candidate in "$HERE/station" "$HERE/../../dist/station"; do
        if [ -x "$candidate/station" ]; then BUNDLE=$candidate; break; fi
    done
fi
if [ -z "$BUNDLE" ] || [ ! -x "$BUNDLE/station" ]; then
    echo "install.sh: no bundle found; build it with 'pyinstaller packaging/station.spec' or name its folder" >&2
    exit 1
fi
BUNDLE=$(cd "$BUNDLE" && pwd)

# The program: copied beside the old one, then swapped in, so a failed copy leaves the old one working.
mkdir -p "$DESTDIR$(dirname "$APPDIR")"
rm -rf "$DESTDIR$APPDIR.new"
cp -a "$BUNDLE" "$DESTDIR$APPDIR.new"
rm -rf "$DESTDIR$APPDIR.old"
if [ -e "$DESTDIR$APPDIR" ]; then mv "$DESTDIR$APPDIR" "$DESTDIR$APPDIR.old"; fi
mv "$DESTDIR$APPDIR.new" "$DESTDIR$APPDIR"
rm -rf "$DESTDIR$APPDIR.old"

mkdir -p "$DESTDIR$BINDIR"
ln -sfn "$APPDIR/station" "$DESTDIR$BINDIR/station"

# Desktop entry, with the full path so it starts even where ~/.local/bin is not on PATH
mkdir -p "$DESTDIR$SHARE/applications"
sed -e "s|^Exec=station|Exec=$APPDIR/station|" -e "s|^TryExec=station|TryExec=$APPDIR/station|" \
    "$HERE/$APP_ID.desktop" > "$DESTDIR$SHARE/applications/$APP_ID.desktop"
chmod 0644 "$DESTDIR$SHARE/applications/$APP_ID.desktop"
install -D -m 0644 "$HERE/$APP_ID.metainfo.xml" "$DESTDIR$SHARE/metainfo/$APP_ID.metainfo.xml"

for icon in "$HERE"/icons/hicolor/*/apps/"$APP_ID".*; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    install -D -m 0644 "$icon" "$DESTDIR$SHARE/icons/hicolor/$size/apps/$(basename "$icon")"
done

if [ -z "$DESTDIR" ]; then
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
fi

# Qt's X11 and sound plugins use a few libraries of the system; name any that are missing.
if command -v ldd >/dev/null 2>&1; then
    qt="$DESTDIR$APPDIR/_internal/PySide6/Qt"
    missing=$(for plugin in "$qt"/plugins/platforms/libqxcb.so "$qt"/lib/libQt6Multimedia.so.6 \
                            "$qt"/plugins/multimedia/*.so; do
                  [ -f "$plugin" ] && ldd "$plugin" 2>/dev/null | sed -n 's/^[[:space:]]*\([^ ]*\) => not found.*/\1/p'
              done | sort -u | tr '\n' ' ')
    if [ -n "$missing" ]; then
        echo "Warning: system libraries missing for the window or for sounds: $missing"
        echo "  On Debian/Ubuntu: sudo apt-get install libxcb-cursor0 libpulse0 libxkbcommon-x11-0"
    fi
fi

if [ "$MODE" = system ]; then
    install_udev
else
    echo "For scanners and scales without root, run once: sudo $HERE/install.sh --udev-only"
    case ":$PATH:" in *":$BINDIR:"*) ;; *) echo "Note: $BINDIR is not on your PATH; the menu entry works anyway." ;; esac
fi
echo "Packing Station installed in $APPDIR ($("$DESTDIR$APPDIR/station" --version 2>/dev/null || echo 'version unknown'))."
