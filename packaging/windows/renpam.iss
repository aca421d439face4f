; Inno Setup script for the Windows installer (64-bit). Needs Inno Setup 6.3 or newer, as
; installed, no extra files. Build the frozen folder first (`make package` on Windows, giving
; dist\renpam), then from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\renpam.iss      -> dist\renpam-0.1.0-setup.exe
; The installer speaks English (Inno Setup's official Default.isl). Put Inno Setup's unofficial
; Indonesian.isl (with its licence header) beside this script and it speaks Indonesian too.
#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (x64compatible)
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define ProgId "Renpam.Operation"

[Setup]
AppId={{6C1F3E52-6F1B-4E57-9F0B-52454E50414D}
AppName=Renpam
AppVersion={#AppVersion}
AppVerName=Renpam {#AppVersion}
AppPublisher=Renpam
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Renpam
DefaultGroupName=Renpam
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=renpam-{#AppVersion}-setup
SetupIconFile=..\icons\renpam.ico
UninstallDisplayIcon={app}\renpam.exe,0
UninstallDisplayName=Renpam {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
Name: "id"; MessagesFile: "Indonesian.isl"
#endif

[Files]
Source: "..\..\dist\renpam\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Renpam"; Filename: "{app}\renpam.exe"; IconFilename: "{app}\renpam.exe"; IconIndex: 0
Name: "{autodesktop}\Renpam"; Filename: "{app}\renpam.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; .renpam files: Renpam opens them on a double click, with Renpam's icon.
Root: HKA; Subkey: "Software\Classes\.renpam"; ValueType: string; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.renpam\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueData: "Renpam operation"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueData: """{app}\renpam.exe"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueData: "Open with Renpam"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueData: """{app}\renpam.exe"" ""%1"""
; "Open with" lists Renpam for .renpam files.
Root: HKA; Subkey: "Software\Classes\Applications\renpam.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "Renpam"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\renpam.exe\SupportedTypes"; ValueType: string; ValueName: ".renpam"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\renpam.exe\shell\open\command"; ValueType: string; ValueData: """{app}\renpam.exe"" ""%1"""

[Run]
Filename: "{app}\renpam.exe"; Description: "{cm:LaunchProgram,Renpam}"; Flags: nowait postinstall skipifsilent
