; SelfCompass: a per-user Windows installer (Inno Setup 6). No admin rights, no elevation prompt.
;
; Build on Windows, after `make bundle` (or `pyinstaller --noconfirm build_installer.spec`) has made dist\SelfCompass:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\selfcompass.iss
; which writes dist\SelfCompass-0.1.0-setup.exe. Not run in CI (CI builds on Linux); see docs/packaging.md.
;
; Silent install, in the person's own context (not as SYSTEM):
;   SelfCompass-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Silent uninstall:
;   "%LOCALAPPDATA%\Programs\SelfCompass\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Uninstalling leaves the person's data (%LOCALAPPDATA%\SelfCompass) alone: their journal is theirs.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "SelfCompass"
#define AppExe "SelfCompass.exe"

[Setup]
; AppId identifies this app for upgrades and uninstall: never change it.
AppId={{42E9AE36-3F12-437B-88C3-502240755EA7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The SelfCompass developers
AppComments=Mindful pauses, self-compassion and attention hygiene for health and care leaders. Works offline.
; Per user: installs under the person's own profile and never asks for elevation.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=yes
DisableProgramGroupPage=yes
DefaultGroupName={#AppName}
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SourceDir=..\..
OutputDir=dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Close a running copy before replacing its files, and start it again afterwards if it was running.
CloseApplications=yes
RestartApplications=yes
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Put a shortcut on the desktop"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no file from an older version lingers. portable.txt and
; selfcompass-managed.toml beside the program are kept.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\SelfCompass\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Mindful pauses and self-compassion, offline"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "Open {#AppName} now"; Flags: nowait postinstall skipifsilent

[Code]
// Turning "start at login" on writes HKCU\...\Run\SelfCompass (selfcompass/autostart.py). Remove it on
// uninstall, so Windows doesn't try to start a program that is no longer there.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RegDeleteValue(HKEY_CURRENT_USER, 'Software\Microsoft\Windows\CurrentVersion\Run', '{#AppName}');
end;
