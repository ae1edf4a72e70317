#!/bin/sh
# Reports this computer's Cursor setup for IT at login, without any secret.
#
# Runs as the user who logs in (Cursor's settings are per user): `cursor-azure-setup cursor status
# --json` reads Cursor's settings read-only, needs no key and no network, and prints whether a key
# is set in Cursor, never the key. The JSON goes to
#   Linux: ${XDG_STATE_HOME:-~/.local/state}/cursor-azure-setup/cursor-status.json
#   macOS: ~/Library/Logs/cursor-azure-setup/cursor-status.json
# for your inventory tool to collect, and one line goes to the system log (tag cursor-azure-setup).
#
# Exit codes of `cursor status`: 0 Cursor is set up as checked (warnings allowed), 1 differences
# found or Cursor's settings unreadable, 2 Cursor not found (or bad input such as a broken preset:
# then no JSON, and the error is in cursor-status.err). This script itself
# always exits 0: a login script must never hold up a login.
#
# Install it as a program (say /usr/local/bin/cursor-status-login) and start it at login in the
# background, on Linux with one line in /etc/profile.d/cursor-status-login.sh:
#   ( /usr/local/bin/cursor-status-login >/dev/null 2>&1 & )
# and on macOS from a LaunchAgent with RunAtLoad. CURSOR_AZURE_SETUP may name the program when it
# is not on PATH.

set -u
program="${CURSOR_AZURE_SETUP:-}"
if [ -z "$program" ]; then
    for candidate in cursor-azure-setup /opt/cursor-azure-setup/cursor-azure-setup \
        "/Applications/Cursor Azure Setup.app/Contents/MacOS/cursor-azure-setup"; do
        if command -v "$candidate" >/dev/null 2>&1; then
            program=$candidate
            break
        fi
    done
fi
if [ -z "$program" ]; then
    logger -t cursor-azure-setup "cursor status: cursor-azure-setup is not installed" 2>/dev/null
    exit 0
fi

case "$(uname -s)" in
    Darwin) out_dir="$HOME/Library/Logs/cursor-azure-setup" ;;
    *) out_dir="${XDG_STATE_HOME:-$HOME/.local/state}/cursor-azure-setup" ;;
esac
mkdir -p "$out_dir" && chmod 700 "$out_dir"

"$program" cursor status --json >"$out_dir/cursor-status.json.new" 2>"$out_dir/cursor-status.err"
code=$?
mv -f "$out_dir/cursor-status.json.new" "$out_dir/cursor-status.json"
case $code in
    0) state="set up as checked" ;;
    1) state="needs attention (see cursor-status.json)" ;;
    2)
        # Not found still prints its JSON; bad input (a broken preset) prints none, only an error.
        if [ -s "$out_dir/cursor-status.json" ]; then
            state="Cursor not found"
        else
            state="could not run (see cursor-status.err)"
        fi
        ;;
    *) state="could not tell (exit code $code)" ;;
esac
logger -t cursor-azure-setup "cursor status: $state" 2>/dev/null
exit 0
