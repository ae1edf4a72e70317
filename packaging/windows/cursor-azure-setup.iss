; Inno Setup 6 script: the installer for Cursor Azure Setup: per-user by default (no administrator
; rights needed), per-machine into Program Files with /ALLUSERS (what IT deploys: see
; packaging/README.md; only a per-machine install makes the preset beside the program binding).
;
; Built by packaging/build.py on Windows when ISCC is on PATH, or by hand after build.py:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\cursor-azure-setup /DOutputDir=dist ^
;        /DIconFile=build\icons\cursor-azure-setup.ico [/DPresetFile=C:\it\preset.toml] ^
;        [/DOrgName="Acme IT"] [/DSign=1 "/Ssigntool=signtool.exe sign /fd sha256 ... $f"] ^
;        packaging\windows\cursor-azure-setup.iss
;
; Installing (see packaging/README.md):
;   cursor-azure-setup-0.1.0-setup.exe                                   the wizard
;   cursor-azure-setup-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART   silent, this user
;   ... /VERYSILENT /PRESET="\\server\share\preset.toml"                 silent, with a site preset
;   ... /VERYSILENT /ALLUSERS      (as administrator) into Program Files for every user
; Uninstalling silently:
;   "%LOCALAPPDATA%\Programs\Cursor Azure Setup\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
;   "%ProgramFiles%\Cursor Azure Setup\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES    (after /ALLUSERS)

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\cursor-azure-setup"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OrgName
  #define OrgName "Cursor Azure Setup"
#endif
#define AppName "Cursor Azure Setup"
#define AppExe "cursor-azure-setup.exe"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it between versions.
AppId={{C9FD40AB-0257-45B3-BD63-D5B86A240C9D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#OrgName}
; Per-user: no UAC prompt; {autopf} is then {userpf} = %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
; IT may still install for every user from an elevated prompt with /ALLUSERS.
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Qt 6 needs Windows 10 1809 (build 17763) or later; older systems get a clear message.
MinVersion=10.0.17763
; The bundle is 64-bit (PyInstaller + PySide6 for x64).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=cursor-azure-setup-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
#ifdef Sign
; build.py --sign passes the signtool command as /Ssigntool=...: Setup signs the installer and
; the uninstaller it writes, so both carry the publisher's signature.
SignTool=signtool
SignedUninstaller=yes
#endif
; Upgrades close a running copy first (Restart Manager), also in silent mode.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one-folder bundle. A preset.toml that build.py left beside the exe is installed below instead.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "preset.toml"; Flags: ignoreversion recursesubdirs createallsubdirs
#ifdef PresetFile
; The organisation preset chosen at build time, beside the program (the app's third lookup place).
Source: "{#PresetFile}"; DestDir: "{app}"; DestName: "preset.toml"; Flags: ignoreversion
#endif
; Or a preset chosen at install time: /PRESET="path\preset.toml" (wins over the built-in one).
; Beside the program is where the installer's preset goes on every system; the administrator's own
; %ProgramData%\Cursor Azure Setup\preset.toml is theirs and never touched by Setup.
Source: "{param:PRESET}"; DestDir: "{app}"; DestName: "preset.toml"; Flags: external ignoreversion; Check: PresetParamGiven

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes what was installed (the preset too). The user's settings (%LOCALAPPDATA%)
; and the key (Windows Credential Manager) stay: uninstalling is not forgetting.

[Code]
function PresetParamGiven: Boolean;
begin
  Result := ExpandConstant('{param:PRESET|}') <> '';
end;

function InitializeSetup: Boolean;
var
  Preset: String;
begin
  Result := True;
  Preset := ExpandConstant('{param:PRESET|}');
  if (Preset <> '') and not FileExists(Preset) then
  begin
    // A clear stop instead of a half-configured install; silent runs get exit code 1.
    SuppressibleMsgBox('The preset file ' + Preset + ' does not exist. Check the /PRESET= path.',
      mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;
