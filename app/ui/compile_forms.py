"""Compile the Qt Designer forms in forms/ into app/ui/generated/ui_<stem>.py with uic."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import PySide6

REPO_ROOT = Path(__file__).resolve().parents[2]
FORMS_DIR = REPO_ROOT / "forms"
GENERATED_DIR = Path(__file__).resolve().parent / "generated"
HEADER = "# Generated from forms/{stem}.ui by app.ui.compile_forms — do not edit.\n"

# uic stamps its own version into the banner; dropping that line keeps the committed files
# stable across PySide6 patch releases that generate identical code.
_VERSION_LINE_PREFIX = "## Created by: Qt User Interface Compiler version"


def uic_command() -> list[str]:
    """Return the command line that runs uic with the Python generator."""
    pyside_dir = Path(PySide6.__file__).resolve().parent
    # The binary bundled with the imported PySide6 first, so the output matches its version.
    for binary in (pyside_dir / "Qt" / "libexec" / "uic", pyside_dir / "uic.exe"):
        if binary.is_file():
            return [str(binary), "-g", "python"]
    # The pyside6-uic wrapper already passes "-g python".
    bin_dir = Path(sys.executable).parent
    for wrapper in (bin_dir / "pyside6-uic", bin_dir / "pyside6-uic.exe"):
        if wrapper.is_file():
            return [str(wrapper)]
    on_path = shutil.which("pyside6-uic")
    if on_path:
        return [on_path]
    raise FileNotFoundError("找不到 uic：请在当前 Python 环境中安装 PySide6。")


def generated_path(ui_path: Path) -> Path:
    """Return where the module compiled from ``ui_path`` lives."""
    return GENERATED_DIR / f"ui_{ui_path.stem}.py"


def form_paths() -> list[Path]:
    """Return every Designer form in forms/, sorted by name."""
    return sorted(FORMS_DIR.glob("*.ui"))


def compile_form(ui_path: Path | str) -> str:
    """Compile one .ui file and return the module text exactly as it is committed."""
    ui_path = Path(ui_path)
    proc = subprocess.run(
        [*uic_command(), str(ui_path)],
        capture_output=True,
        check=False,
    )
    stderr = proc.stderr.decode("utf-8", "replace").strip()
    # uic also reports dubious forms (duplicate names, bad buddies) on stderr with exit code 0;
    # those are mistakes in the form, so they fail the build too.
    if proc.returncode != 0 or stderr:
        raise RuntimeError(f"uic failed on {ui_path.name} (exit {proc.returncode}): {stderr}")
    text = proc.stdout.decode("utf-8").replace("\r\n", "\n")
    lines = [line for line in text.split("\n") if not line.startswith(_VERSION_LINE_PREFIX)]
    return HEADER.format(stem=ui_path.stem) + "\n".join(lines)


def _read(path: Path) -> str | None:
    """Return a file's text, or None if it does not exist."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate (or with --check, verify) every compiled form; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m app.ui.compile_forms", description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if any module is stale"
    )
    args = parser.parse_args(argv)

    problems: list[str] = []
    forms = form_paths()
    for ui_path in forms:
        target = generated_path(ui_path)
        text = compile_form(ui_path)
        if _read(target) == text:
            continue
        if args.check:
            problems.append(f"stale or missing: {target.relative_to(REPO_ROOT)}")
        else:
            with target.open("w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            print(f"wrote {target.relative_to(REPO_ROOT)}")

    expected = {generated_path(ui_path).name for ui_path in forms}
    for orphan in sorted(GENERATED_DIR.glob("ui_*.py")):
        if orphan.name in expected:
            continue
        if args.check:
            problems.append(f"no form for: {orphan.relative_to(REPO_ROOT)}")
        else:
            orphan.unlink()
            print(f"removed {orphan.relative_to(REPO_ROOT)} (its form is gone)")

    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
