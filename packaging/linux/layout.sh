# Where install.sh puts things and uninstall.sh takes them away (sourced by both).
# Needs MODE (user|system) and DESTDIR set; $1 is the calling script's name for the error message.
if [ "$MODE" = user ]; then
    APPDIR=$HOME/.local/opt/packing-station
    BINDIR=$HOME/.local/bin
    SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
else
    APPDIR=/opt/packing-station
    BINDIR=/usr/local/bin
    SHARE=/usr/share
    if [ -z "$DESTDIR" ] && [ "$(id -u)" -ne 0 ]; then
        echo "$1: a system $2 needs root (sudo $1), or use --user" >&2
        exit 1
    fi
fi
