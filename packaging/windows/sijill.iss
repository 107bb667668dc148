; Inno Setup 6 script: the Windows installer of Sijill.
; Build dist\sijill\ first (packaging\windows\build-windows.ps1 does both steps), then:
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\sijill.iss
; Output: dist\sijill-<version>-windows-x64-setup.exe
; Installs per user without administrator rights (or for all users when run as administrator),
; adds a Start-menu entry, optionally a desktop icon, and opens .sijill exchange bundles with Sijill.

#define AppName "Sijill"
#define AppExe "sijill.exe"
#define AppUserModel "org.sijill.Sijill"
#define BundleProgId "Sijill.Bundle"
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1C8E52-3B7A-4E0C-9D56-5A1E2C7B9F30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Sijill contributors
AppComments=Register of partnership agreements and their activities
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=sijill-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\sijill.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Arabic: put the community translation Arabic.isl (jrsoftware.org, "Unofficial translations")
; into Inno Setup's Languages folder and uncomment:
; Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "Open .sijill exchange bundles with {#AppName}"; GroupDescription: "File types:"

[Files]
Source: "..\..\dist\sijill\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModel}"; Comment: "Register of partnership agreements"
Name: "{group}\{#AppName} licences"; Filename: "{app}\_internal\resources\licenses"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModel}"; Tasks: desktopicon

[Registry]
; .sijill -> Sijill.Bundle -> "sijill.exe" "%1" (HKA: the current user's classes, or the
; machine's when installed for all users)
Root: HKA; Subkey: "Software\Classes\.sijill"; ValueType: string; ValueName: ""; ValueData: "{#BundleProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.sijill"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-sijill-bundle"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.sijill\OpenWithProgids"; ValueType: string; ValueName: "{#BundleProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "Sijill exchange bundle"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sijill"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
