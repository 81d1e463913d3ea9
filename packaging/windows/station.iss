; Inno Setup 6 script for Packing Station on Windows.
;
; Build on Windows, from the project root, after the bundle:
;   pyinstaller packaging\station.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\station.iss
; -> dist\PackingStation-0.1.0-setup.exe
;
; NOT BUILT OR TESTED HERE (the team builds on Linux): written against the Inno Setup 6
; documentation; check it on a Windows machine before the first release.
;
; The bundle (dist\station\) holds two programs built from the same code:
;   station.exe      console program: every `station` command (sync, orders, render, sandbox ...)
;   station-gui.exe  the same without a console window: what the shortcuts start
; Orders, settings and logs live in the user's folders (%LOCALAPPDATA%\packing-station), never in
; the program folder, so upgrades and uninstalls keep them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Packing Station"
#define AppExe "station-gui.exe"

[Setup]
; A fixed AppId: later versions upgrade this installation instead of adding a second one.
AppId={{6B0E4C1A-3D2F-4F7B-9A51-2C8E7D4B9F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Packing Station developers
DefaultDirName={autopf}\Packing Station
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine by default (benches are shared PCs); the user may choose a per-user install instead.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=PackingStation-{#AppVersion}-setup
SetupIconFile=station.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running station before files are replaced (its scans are already committed).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The bundle's internals change between versions: remove the old ones so no stale module is loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\station\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName} (demo)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
