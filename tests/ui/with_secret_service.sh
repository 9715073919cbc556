#!/bin/bash
# Runs a command (a test) with a secret service of its own: a private session bus
# (dbus-run-session) and gnome-keyring-daemon's secrets component, unlocked with a known
# password ("test": with an empty one it makes no login keyring, then asks for one through
# a prompter that needs a display). Its keyring is kept in a temporary home, removed
# afterwards; the daemon quits with the bus when the command ends. Nothing is left
# running and the user's own keyring is never touched.
set -euo pipefail

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# QtKeychain picks KWallet on a KDE desktop: this test wants the secret service.
unset KDE_SESSION_VERSION KDE_FULL_SESSION XDG_CURRENT_DESKTOP DESKTOP_SESSION

exec dbus-run-session -- bash -c 'printf "test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"' with_secret_service "$@"
