# Reports this computer's Cursor setup for IT at logon, without any secret (Windows PowerShell 5.1
# or PowerShell 7).
#
# Runs as the user who logs on (Cursor's settings are per user): `cursor-azure-setup cursor status
# --json` reads Cursor's settings read-only, needs no key and no network, and says whether a key is
# set in Cursor, never the key. The JSON goes to
#   %LOCALAPPDATA%\cursor-azure-setup\cursor-status.json
# for your inventory tool to collect, and one line to the Application event log when the source
# "cursor-azure-setup" exists (create it once, as an administrator:
#   New-EventLog -LogName Application -Source cursor-azure-setup).
#
# Exit codes of `cursor status`: 0 Cursor is set up as checked (warnings allowed), 1 differences
# found or Cursor's settings unreadable, 2 Cursor not found (or a bad preset). This script itself
# always exits 0: a logon script must never hold up a logon.
#
# Deploy it as a Group Policy logon script (User Configuration > Windows Settings > Scripts >
# Logon > PowerShell Scripts) or an Intune platform script run in the user's context.

$ErrorActionPreference = 'Continue'
$candidates = @(
    (Join-Path $env:ProgramFiles 'Cursor Azure Setup\cursor-azure-setup.exe'),
    (Join-Path $env:LOCALAPPDATA 'Programs\Cursor Azure Setup\cursor-azure-setup.exe')
)
$program = $candidates | Where-Object { Test-Path -LiteralPath $_ } | Select-Object -First 1
if (-not $program) { exit 0 }

$outDir = Join-Path $env:LOCALAPPDATA 'cursor-azure-setup'
New-Item -ItemType Directory -Force -Path $outDir | Out-Null
$errFile = Join-Path $outDir 'cursor-status.err'
$json = & $program cursor status --json 2> $errFile
$code = $LASTEXITCODE
# Written as UTF-8 without a byte-order mark, as JSON readers expect.
[System.IO.File]::WriteAllText((Join-Path $outDir 'cursor-status.json'), ($json -join "`n"),
    (New-Object System.Text.UTF8Encoding($false)))

$state = switch ($code) {
    0 { 'set up as checked' }
    1 { 'needs attention (see cursor-status.json)' }
    # Not found still prints its JSON; bad input (a broken preset) prints none, only an error.
    2 { if ($json) { 'Cursor not found' } else { 'could not run (see cursor-status.err)' } }
    default { "could not tell (exit code $code)" }
}
try {
    Write-EventLog -LogName Application -Source 'cursor-azure-setup' -EventId 1000 `
        -EntryType Information -Message "cursor status: $state" -ErrorAction Stop
} catch {
    # No event source (or PowerShell 7, which has no Write-EventLog): the JSON file is enough.
}
exit 0
