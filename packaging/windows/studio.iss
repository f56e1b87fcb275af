; Inno Setup script for Studio Konten Cimahi: a per-user installer, no administrator rights.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\studio.iss
;
; It packs the one-folder PyInstaller build (dist\StudioKontenCimahi, made by
; `python dev.py package`) into dist\installer\StudioKontenCimahi-<version>-setup.exe.
;
; Where things go:
; - the program: {userpf}\Studio Konten Cimahi (= %LOCALAPPDATA%\Programs\...), written
;   without elevation; an upgrade installs over it after removing the old _internal
;   folder, so no file of an older version lingers;
; - the user's own data (templates, brand-kit edits, events, keys, backups, and the app's
;   settings in pengaturan.ini): %LOCALAPPDATA%\StudioKontenCimahi, which the app creates
;   and this installer never touches, so neither an upgrade nor an uninstall removes it.
;   (Versions before kept the settings in HKCU\Software\Pemkot Cimahi\Studio Konten
;   Cimahi; the app copies that key into pengaturan.ini once and leaves it as it was, and
;   so does the uninstaller: an older version installed again still finds it);
; - registry: only HKCU (the uninstall entry, the file type), never HKLM.
;
; Event files are named NAME.kegiatan.toml. Windows picks a file's type by its LAST
; extension only (".toml"), so a type for ".kegiatan.toml" cannot be registered. We
; register our own file type (ProgID StudioKontenCimahi.Kegiatan), list it under
; .toml's "Open with", and make it .toml's default only when this user has no program
; for .toml yet (the usual case on an office laptop). Where a code editor already owns
; .toml, it keeps it, and "Open with > Studio Konten Cimahi" opens the event. The app
; opens a .toml that is not an event with a clear message (see docs/architecture.md).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Studio Konten Cimahi"
#define AppExe "StudioKontenCimahi.exe"
#define AppPublisher "Pemerintah Kota Cimahi"
#define ProgId "StudioKontenCimahi.Kegiatan"
#define BundleDir "..\..\dist\StudioKontenCimahi"

[Setup]
; A fixed id: every version upgrades the same installation.
AppId={{5C3B7E0A-8F41-4C2B-9A77-2E6D1F0B9C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist\installer
OutputBaseFilename=StudioKontenCimahi-{#AppVersion}-setup
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
; Tell Explorer when the file type changed (install and uninstall).
ChangesAssociations=yes
; Ask to close a running copy before replacing its files (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
; Inno Setup ships no official Indonesian wizard; the app's own words below are Indonesian.
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DesktopIcon=Buat pintasan di Desktop (Create a desktop shortcut)
english.AssocTask=Buka berkas kegiatan (.kegiatan.toml) dengan {#AppName}
english.Extra=Tambahan:
english.RunApp=Buka {#AppName}
english.EventFile=Berkas kegiatan Studio Konten Cimahi

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:Extra}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:Extra}"

[InstallDelete]
; An upgrade replaces the whole program folder's library part: a file an older build had
; and this one has not must not stay behind. (Never the user's data: that is elsewhere.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; Our file type, for this user only.
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:EventFile}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; Listed under "Open with" for every .toml.
Root: HKCU; Subkey: "Software\Classes\.toml\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
; The default for .toml only when this user has none (see the note at the top).
Root: HKCU; Subkey: "Software\Classes\.toml"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate; Check: TomlHasNoDefault
; The app registered for "Open with" by its program name.
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".toml"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:RunApp}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes exactly what this installer put in {app}.
; The user's data folder (%LOCALAPPDATA%\StudioKontenCimahi), with the app's settings in
; it, is kept, so a later install finds the PIC's templates, brand kit, events, language
; and recent events again.

[Code]
{ After the files are copied, the app checks its own installation (studio-konten
  check-resources): a damaged download or an antivirus that took a file away is named
  here, at install time, not at the PIC's first export. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
  Report: String;
  Lines: AnsiString;
begin
  if CurStep = ssPostInstall then
  begin
    Report := ExpandConstant('{tmp}\check-resources.txt');
    if Exec(ExpandConstant('{cmd}'), '/C ""' + ExpandConstant('{app}\studio-konten.exe') +
            '" check-resources > "' + Report + '" 2>&1"', '', SW_HIDE,
            ewWaitUntilTerminated, ResultCode) and (ResultCode <> 0) then
    begin
      if not LoadStringFromFile(Report, Lines) then
        Lines := '';
      SuppressibleMsgBox('Pemasangan tidak lengkap: berkas berikut tidak ada. ' +
        'Unduh ulang pemasang lalu pasang lagi.' + #13#10#13#10 + String(Lines),
        mbError, MB_OK, IDOK);
    end;
  end;
end;

function TomlHasNoDefault: Boolean;
var
  Current: String;
begin
  { HKCR merges this user's classes over the machine's: any program already registered
    for .toml (for this user or all users) keeps it. }
  Result := not RegQueryStringValue(HKCR, '.toml', '', Current) or (Current = '')
    or (Current = '{#ProgId}');
end;
