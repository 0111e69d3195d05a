"""Build 后勤管家 for Windows: the PyInstaller bundle, then the NSIS installer.

    python installer/build.py                   bundle + installer (Windows: the real Setup.exe)
    python installer/build.py --bundle-only     only dist/Houqin/
    python installer/build.py --installer-only  only the installer, from an existing dist/Houqin/

Both get the version of app/__init__.py: PyInstaller through HOUQIN_VERSION (the .exe version
resource), makensis through -DVERSION/-DVERSION4.  Outputs, all under the repository:

    dist/Houqin/                          the onedir bundle (houqin.exe, houqin-cli.exe, _internal/)
    dist/Houqin-<version>-Setup.exe       the installer
    build/                                PyInstaller's work files, the NSIS staging folder

On Linux (CI) the bundle is a Linux one.  The NSIS script is still compiled, unchanged, against a
stand-in folder with the Windows layout (build/nsis-stage/Houqin: the Linux files, hard-linked,
the executables named .exe), so a broken script fails CI; that installer is written as
dist/Houqin-<version>-Setup-linux-payload.exe and is only good for testing the installer itself.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER_DIR = ROOT / "installer"
SPEC = INSTALLER_DIR / "houqin.spec"
NSI = INSTALLER_DIR / "houqin.nsi"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "Houqin"
EXECUTABLES = ("houqin", "houqin-cli")
MIB = 1024 * 1024


def app_version() -> str:
    """The version in app/__init__.py, read without importing the app."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise SystemExit("build.py: no __version__ in app/__init__.py")
    return match.group(1)


def windows_version(version: str) -> str:
    """Four numbers for Windows version resources: 1.2.3rc1 -> 1.2.3.0."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:3]]
    return ".".join(str(n) for n in [*numbers, 0, 0, 0, 0][:4])


def run(cmd: list[str], **kwargs: object) -> None:
    """Run a build step; stop the build with its exit code when it fails."""
    print("+", " ".join(f'"{c}"' if " " in c else c for c in cmd), flush=True)
    result = subprocess.run(cmd, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise SystemExit(f"build.py: step failed with exit code {result.returncode}")


def build_bundle(version: str, clean: bool) -> None:
    """Run PyInstaller on installer/houqin.spec into dist/Houqin."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            "build.py: PyInstaller is missing: "
            "python -m pip install -r installer/requirements-build.txt"
        ) from None
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(SPEC),
    ]  # fmt: skip
    if clean:
        cmd.insert(4, "--clean")
    env = dict(os.environ, HOUQIN_VERSION=version)
    started = time.monotonic()
    run(cmd, env=env, cwd=ROOT)
    print(f"PyInstaller: {time.monotonic() - started:.0f} s", flush=True)


def find_makensis(explicit: str | None) -> str:
    """makensis from --makensis, PATH, or the usual Windows install folders."""
    candidates = [explicit] if explicit else []
    candidates.append(shutil.which("makensis"))
    for base in ("ProgramFiles(x86)", "ProgramFiles"):
        if os.environ.get(base):
            candidates.append(str(Path(os.environ[base]) / "NSIS" / "makensis.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    raise SystemExit(
        "build.py: makensis not found. Windows: install NSIS 3 (nsis.sourceforge.io) or pass "
        "--makensis PATH; Debian/Ubuntu: apt-get install nsis"
    )


def has_amd64_stubs(makensis: str) -> bool:
    """True when this NSIS can build 64-bit installers (Debian's can; the official zip cannot)."""
    info = subprocess.run([makensis, "-HDRINFO"], capture_output=True, text=True, check=False)
    match = re.search(r"NSISDIR=([^,\r\n]+)", info.stdout)
    if not match:
        return False
    return (Path(match.group(1)) / "Stubs" / "lzma_solid-amd64-unicode").is_file()


def stage_windows_layout(bundle: Path) -> Path:
    """A stand-in with the Windows bundle's layout, made from a Linux bundle (hard links)."""
    stage = BUILD / "nsis-stage" / "Houqin"
    if stage.exists():
        shutil.rmtree(stage)
    for path in sorted(bundle.rglob("*")):
        rel = path.relative_to(bundle)
        if path.is_symlink():
            continue  # Linux-only convenience links; a Windows bundle has none
        if rel.parts[0] in EXECUTABLES and len(rel.parts) == 1:
            rel = rel.with_name(rel.name + ".exe")
        target = stage / rel
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, target)
        except OSError:
            shutil.copy2(path, target)
    return stage


def build_installer(version: str, makensis: str, target: str | None) -> Path:
    """Compile installer/houqin.nsi against the bundle; return the Setup.exe."""
    if not BUNDLE.is_dir():
        raise SystemExit(f"build.py: no bundle at {BUNDLE}; build it first")
    windows_bundle = (BUNDLE / "houqin.exe").is_file()
    if windows_bundle:
        payload = BUNDLE
        outfile = DIST / f"Houqin-{version}-Setup.exe"
    else:
        payload = stage_windows_layout(BUNDLE)
        outfile = DIST / f"Houqin-{version}-Setup-linux-payload.exe"
        print(f"Linux bundle: compiling the installer against the stand-in {payload}")
    if target is None:
        target = "amd64-unicode" if has_amd64_stubs(makensis) else "x86-unicode"
        if target == "x86-unicode":
            print(
                "NOTE: this NSIS has no 64-bit stubs; building a 32-bit installer (it still "
                "installs the 64-bit program into C:\\Program Files). See installer/README.md."
            )
    outfile.unlink(missing_ok=True)
    cmd = [
        makensis, "-V2", "-WX", "-INPUTCHARSET", "UTF8",
        f"-DVERSION={version}", f"-DVERSION4={windows_version(version)}",
        f"-DNSIS_TARGET={target}", f"-DROOT={ROOT}", f"-DBUNDLE_DIR={payload}",
        f"-DOUTFILE={outfile}", str(NSI),
    ]  # fmt: skip
    started = time.monotonic()
    run(cmd, cwd=INSTALLER_DIR)
    print(f"makensis ({target}): {time.monotonic() - started:.0f} s", flush=True)
    if not outfile.is_file():
        raise SystemExit(f"build.py: makensis did not write {outfile}")
    return outfile


def tree_size(path: Path) -> tuple[int, int]:
    """(bytes, files) of a folder, symbolic links not followed nor counted."""
    total = files = 0
    for item in path.rglob("*"):
        if item.is_file() and not item.is_symlink():
            total += item.stat().st_size
            files += 1
    return total, files


def report(installer: Path | None) -> dict[str, int]:
    """Print the artefacts with their sizes; return the sizes in bytes."""
    sizes: dict[str, int] = {}
    print("\nArtefacts:")
    if BUNDLE.is_dir():
        total, files = tree_size(BUNDLE)
        sizes["bundle"] = total
        print(f"  {BUNDLE.relative_to(ROOT)}/  {total / MIB:7.1f} MiB in {files} files")
        for name in EXECUTABLES:
            for exe in (BUNDLE / name, BUNDLE / f"{name}.exe"):
                if exe.is_file():
                    print(f"    {exe.name:<18} {exe.stat().st_size / MIB:7.1f} MiB")
    if installer is not None and installer.is_file():
        sizes["installer"] = installer.stat().st_size
        print(f"  {installer.relative_to(ROOT)}  {sizes['installer'] / MIB:7.1f} MiB")
    return sizes


def main(argv: list[str] | None = None) -> int:
    """Parse the options and build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--bundle-only", action="store_true", help="skip the installer")
    only.add_argument("--installer-only", action="store_true", help="reuse dist/Houqin")
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's cache first")
    parser.add_argument("--makensis", metavar="PATH", help="the makensis to use")
    parser.add_argument(
        "--nsis-target",
        choices=("amd64-unicode", "x86-unicode"),
        help="installer CPU (default: amd64-unicode when this NSIS has the stubs)",
    )
    parser.add_argument(
        "--max-bundle-mib", type=float, help="fail when the bundle is bigger (CI: 220)"
    )
    parser.add_argument(
        "--max-installer-mib", type=float, help="fail when the installer is bigger (CI: 80)"
    )
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # a redirected Windows console may not take 后勤管家
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")

    version = app_version()
    print(f"后勤管家 Houqin {version} ({windows_version(version)}), {sys.platform}", flush=True)
    if not args.installer_only:
        build_bundle(version, args.clean)
    installer = None
    if not args.bundle_only:
        installer = build_installer(version, find_makensis(args.makensis), args.nsis_target)
    sizes = report(installer)

    failures = []
    for key, limit in (("bundle", args.max_bundle_mib), ("installer", args.max_installer_mib)):
        if limit is not None and key in sizes and sizes[key] / MIB > limit:
            failures.append(f"{key} is {sizes[key] / MIB:.1f} MiB, over the {limit:g} MiB target")
    for line in failures:
        print(f"build.py: {line}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
