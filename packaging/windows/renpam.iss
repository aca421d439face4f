; Inno Setup script for the Windows installer. Build the PyInstaller folder first
; (packaging/renpam.spec -> dist\renpam), then: iscc /DAppVersion=0.1.0 packaging\windows\renpam.iss
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1F3E52-6F1B-4E57-9F0B-52454E50414D}
AppName=Renpam
AppVersion={#AppVersion}
AppPublisher=Renpam
DefaultDirName={autopf}\Renpam
DefaultGroupName=Renpam
OutputBaseFilename=renpam-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\renpam\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Renpam"; Filename: "{app}\renpam.exe"
Name: "{autodesktop}\Renpam"; Filename: "{app}\renpam.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
Root: HKA; Subkey: "Software\Classes\.renpam"; ValueType: string; ValueData: "Renpam.Operation"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Renpam.Operation"; ValueType: string; ValueData: "Renpam operation"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Renpam.Operation\shell\open\command"; ValueType: string; ValueData: """{app}\renpam.exe"" ""%1"""

[Run]
Filename: "{app}\renpam.exe"; Description: "{cm:LaunchProgram,Renpam}"; Flags: nowait postinstall skipifsilent
