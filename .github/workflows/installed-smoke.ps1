# The installed program on Windows, as a user or a monitoring script would run it: --version,
# the window offscreen (--smoke), then verify --json against the simulator the program itself
# starts (`cursor-azure-setup simulate`). The preset CI installed sets the alias "ci-check".
param([Parameter(Mandatory = $true)][string]$AppDir)
$ErrorActionPreference = 'Stop'
$exe = Join-Path $AppDir 'cursor-azure-setup.exe'
foreach ($f in @($exe, (Join-Path $AppDir 'preset.toml'), (Join-Path $AppDir '_internal\THIRD-PARTY-NOTICES.txt'))) {
  if (-not (Test-Path $f)) { throw "missing after install: $f" }
}
& $exe --version
if ($LASTEXITCODE -ne 0) { throw '--version failed' }
$env:QT_QPA_PLATFORM = 'offscreen'
& $exe --smoke
if ($LASTEXITCODE -ne 0) { throw '--smoke failed' }

$listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
$listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()
$key = 'ci-simulator-key-' + [guid]::NewGuid().ToString('N')
$sim = Start-Process $exe -ArgumentList 'simulate', '--port', $port, '--key', $key -PassThru -WindowStyle Hidden
try {
  for ($i = 0; $i -lt 100; $i++) {
    try { $c = [System.Net.Sockets.TcpClient]::new('127.0.0.1', $port); $c.Close(); break } catch { Start-Sleep -Milliseconds 200 }
  }
  $env:AIMLAPI_API_KEY = $key
  $out = & $exe verify --json --base-url "http://127.0.0.1:$port" --deployment google/gemini-2.5-pro
  $code = $LASTEXITCODE
  # The environment cannot move the administrator's folder (%ProgramData%) to one of the user's
  # (platformdirs would follow WIN_PD_OVERRIDE_COMMON_APPDATA): a preset there must not be read,
  # let alone outrank the one installed beside the program.
  $fake = Join-Path $env:RUNNER_TEMP 'not-program-data'
  New-Item -ItemType Directory -Force -Path (Join-Path $fake 'Cursor Azure Setup') | Out-Null
  Set-Content -Path (Join-Path $fake 'Cursor Azure Setup\preset.toml') -Value "[cursor]`nalias = `"user-made`"`n"
  $env:WIN_PD_OVERRIDE_COMMON_APPDATA = $fake
  $moved = & $exe verify --json --base-url "http://127.0.0.1:$port" --deployment google/gemini-2.5-pro
} finally {
  Stop-Process -Id $sim.Id -Force -ErrorAction SilentlyContinue
  Remove-Item Env:AIMLAPI_API_KEY, Env:WIN_PD_OVERRIDE_COMMON_APPDATA -ErrorAction SilentlyContinue
}
if ($out -match [regex]::Escape($key)) { throw 'verify printed the key' }
$report = ($out -join "`n") | ConvertFrom-Json
if ($code -ne 0 -or -not $report.ok) { $out; throw "verify against the simulator failed (exit $code)" }
if ($report.settings.alias -ne 'ci-check') { throw "the installed preset was not used: $($report.settings | ConvertTo-Json)" }
$movedReport = ($moved -join "`n") | ConvertFrom-Json
if ($movedReport.settings.alias -ne 'ci-check') { throw "a preset in a folder named by the environment was used: $($movedReport.settings | ConvertTo-Json)" }
Write-Output "installed program: --version, --smoke and verify (exit 0, every check passed) from $AppDir"
