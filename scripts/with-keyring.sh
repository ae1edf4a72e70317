#!/usr/bin/env bash
# Inside a D-Bus session: start gnome-keyring's Secret Service in a throwaway home, unlocked,
# then run the given command. Used by scripts/test.sh.
set -euo pipefail
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# No password prompt may ever wait for a click: D-Bus-activated prompters (gcr-prompter) get no
# display, so an unlock request on a locked collection fails at once instead of hanging the run
# (or popping a dialog on a developer's desktop).
dbus-update-activation-environment DISPLAY= WAYLAND_DISPLAY=
eval "$(printf 'test-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
# Wait until the unlocked daemon owns the Secret Service name: a test that came first would
# D-Bus-activate a second, locked daemon.
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true && break
  sleep 0.1
done
export CURSOR_AZURE_SETUP_REAL_KEYRING=1
"$@"
