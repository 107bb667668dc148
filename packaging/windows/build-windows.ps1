# Build Sijill for Windows 10/11 (x64): dist\sijill\ (sijill.exe = GUI, sijill-cli.exe = commands
# and smoke test) and, when Inno Setup 6 is installed, dist\sijill-<version>-windows-x64-setup.exe.
# Needs: Python 3.11+ (python.org installer, "py" launcher), Inno Setup 6 (jrsoftware.org).
# Run from anywhere:  powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q -c constraints.txt -e ".[packaging]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
& $py scripts\build-translations.py
if (-not (Test-Path packaging\icons\sijill.ico)) { & $py packaging\icons\make_icons.py }

& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\sijill.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

& dist\sijill\sijill-cli.exe --smoke-test
if ($LASTEXITCODE -ne 0) { throw "the bundle's smoke test failed" }

$version = (& $py -c "from importlib.metadata import version; print(version('sijill'))").Trim()
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (Test-Path $iscc) {
    & $iscc "/DAppVersion=$version" packaging\windows\sijill.iss
    if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
} else {
    Write-Warning "Inno Setup 6 not found: dist\sijill\ is built, the installer is not"
}
