; Inno Setup script for the PyInstaller folder build (dist\prosjektark-<version>).
#define AppVersion "0.1.0"
[Setup]
AppName=Prosjektark
AppVersion={#AppVersion}
DefaultDirName={autopf}\Prosjektark
DefaultGroupName=Prosjektark
OutputBaseFilename=Prosjektark-{#AppVersion}-oppsett
PrivilegesRequired=lowest
[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
[Files]
Source: "..\..\dist\prosjektark-{#AppVersion}\*"; DestDir: "{app}"; Flags: recursesubdirs
[Icons]
Name: "{group}\Prosjektark"; Filename: "{app}\prosjektark.exe"
