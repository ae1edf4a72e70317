#!/usr/bin/env bash
# Runs the whole test suite offscreen, inside a private D-Bus session with an unlocked
# gnome-keyring, so the keyring tests talk to a real Secret Service. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- bash scripts/with-keyring.sh .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
