# Build Skymap's standalone Windows program and its MSI:
#   dist\skymap\                 skymap.exe (console: the commands, and the window) and skymapw.exe
#                                (the same program without a console: Start menu, double-clicked maps)
#   dist\skymap-VERSION-x64.msi  per-machine installer (WiX v5, packaging\windows\skymap.wxs)
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#
# Needs Python 3.11+ (py launcher) and the .NET SDK (for the WiX tool). With
# SKYMAP_SIGN_THUMBPRINT (a code-signing certificate in the certificate store) and
# SKYMAP_TIMESTAMP_URL set, the executables and the MSI are signed with signtool.
#
# UNTESTED: written on Linux, where neither Windows nor WiX can run. The same spec builds the
# Linux bundle that CI tests; .github/workflows/windows.yml runs this script on a hosted
# Windows runner. See docs/INSTALL.md.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
$start = Get-Date

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

$py = ".venv\Scripts\python.exe"
if (-not (Test-Path $py)) {
    Invoke-Checked "py" @("-3", "-m", "venv", ".venv")
    Invoke-Checked $py @("-m", "pip", "install", "-q", "-e", ".")
}
Invoke-Checked $py @("-m", "pip", "install", "-q", "pyinstaller>=6.10,<7")
$version = (& $py -c "from skymap import __version__; print(__version__)").Trim()

if (Test-Path dist\skymap) { Remove-Item -Recurse -Force dist\skymap }
Invoke-Checked $py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\skymap.spec")

function Sign-Files([string[]]$files) {
    if (-not $env:SKYMAP_SIGN_THUMBPRINT) { return }
    if (-not $env:SKYMAP_TIMESTAMP_URL) { throw "SKYMAP_TIMESTAMP_URL is needed with SKYMAP_SIGN_THUMBPRINT" }
    Invoke-Checked "signtool" (@("sign", "/sha1", $env:SKYMAP_SIGN_THUMBPRINT, "/fd", "SHA256",
        "/tr", $env:SKYMAP_TIMESTAMP_URL, "/td", "SHA256") + $files)
}
# The two programs, then the MSI that carries them (a signed MSI of unsigned programs is not enough
# for an allow-list that checks each binary).
Sign-Files @("dist\skymap\skymap.exe", "dist\skymap\skymapw.exe")

if (-not (Get-Command wix -ErrorAction SilentlyContinue)) {
    Invoke-Checked "dotnet" @("tool", "install", "--global", "wix", "--version", "5.0.2")
    $env:PATH += ";$env:USERPROFILE\.dotnet\tools"
}
$msi = "dist\skymap-$version-x64.msi"
Invoke-Checked "wix" @("build", "packaging\windows\skymap.wxs", "-arch", "x64", "-bindpath", "dist=dist\skymap",
    "-d", "Version=$version", "-o", $msi)
Sign-Files @($msi)

$size = (Get-ChildItem -Recurse dist\skymap | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("build-windows: dist\skymap {0:N0} MB, {1} {2:N0} MB, in {3:N0} s" -f $size, $msi,
    ((Get-Item $msi).Length / 1MB), ((Get-Date) - $start).TotalSeconds)
