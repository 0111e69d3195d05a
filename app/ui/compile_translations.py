"""Extract the UI's strings into houqin_en.ts with lupdate and compile houqin_en.qm with lrelease.

The source strings are Simplified Chinese, so the Chinese interface needs no translation file;
English ships as resources/translations/houqin_en.qm. ``python -m app.ui.compile_translations``
brings the .ts up to date with the code (existing translations are kept, strings the code no
longer has are dropped) and compiles the .qm; new strings arrive unfinished, to be translated
in the .ts (by hand or with Qt Linguist) before running it again. ``--check`` writes nothing
and exits 1 when the .ts lacks a string the code has, holds an unfinished or inconsistent
translation, or when the .qm is not what lrelease makes from the .ts.

The .ts records no source locations (``-locations none``): line numbers would change with
every edit of a UI file and turn each regeneration into a noisy diff.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import PySide6

REPO_ROOT = Path(__file__).resolve().parents[2]
UI_DIR = Path(__file__).resolve().parent
FORMS_DIR = REPO_ROOT / "forms"
TRANSLATIONS_DIR = REPO_ROOT / "resources" / "translations"
TS_PATH = TRANSLATIONS_DIR / "houqin_en.ts"
QM_PATH = TRANSLATIONS_DIR / "houqin_en.qm"
MODULE = "app.ui.compile_translations"
SOURCE_LANGUAGE = "zh_CN"
TARGET_LANGUAGE = "en"

# Text that must come through translation unchanged: str.format fields ({path}, {seq:05d}).
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# A menu accelerator: "&F" but not a literal "&&".
_ACCELERATOR = re.compile(r"(?<!&)&(?!&)\S")


def tool_command(name: str) -> list[str]:
    """Return the command that runs Qt's ``name`` tool (lupdate, lrelease) of this PySide6."""
    pyside_dir = Path(PySide6.__file__).resolve().parent
    # The binary bundled with the imported PySide6 first, so the output matches its version
    # (the pyside6-* wrappers run these same files).
    for binary in (pyside_dir / name, pyside_dir / f"{name}.exe"):
        if binary.is_file():
            return [str(binary)]
    bin_dir = Path(sys.executable).parent
    for wrapper in (bin_dir / f"pyside6-{name}", bin_dir / f"pyside6-{name}.exe"):
        if wrapper.is_file():
            return [str(wrapper)]
    on_path = shutil.which(f"pyside6-{name}")
    if on_path:
        return [on_path]
    raise FileNotFoundError(f"找不到 {name}：请在当前 Python 环境中安装 PySide6。")


def source_paths() -> list[Path]:
    """Every file lupdate reads: the UI's Python modules (generated ones too) and the forms."""
    modules = sorted(UI_DIR.rglob("*.py"))
    return modules + sorted(FORMS_DIR.glob("*.ui"))


def _shown(path: Path) -> str:
    """A path as messages name it: relative to the repository when it lies inside."""
    return path.relative_to(REPO_ROOT).as_posix() if path.is_relative_to(REPO_ROOT) else str(path)


def _run(command: list[str]) -> str:
    """Run a tool from the repository root; return its output, raise if it fails."""
    proc = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, check=False)
    output = (proc.stdout + proc.stderr).decode("utf-8", "replace").strip()
    if proc.returncode != 0:
        name = Path(command[0]).name
        raise RuntimeError(f"{name} failed (exit {proc.returncode}): {output}")
    return output


def run_lupdate(ts_path: Path) -> str:
    """Merge the strings of the sources into ``ts_path`` (created if missing); return the log."""
    sources = [path.relative_to(REPO_ROOT).as_posix() for path in source_paths()]
    return _run(
        [
            *tool_command("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            TARGET_LANGUAGE,
            *sources,
            "-ts",
            str(ts_path),
        ]
    )


def run_lrelease(ts_path: Path, qm_path: Path) -> str:
    """Compile ``ts_path`` into ``qm_path``; return the log."""
    return _run([*tool_command("lrelease"), str(ts_path), "-qm", str(qm_path)])


@dataclass(frozen=True)
class Message:
    """One entry of a .ts file."""

    context: str
    source: str
    comment: str
    translation: str
    kind: str  # the translation's type attribute: "" (finished), unfinished, obsolete, vanished

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies a message to Qt: context, source text and disambiguation."""
        return (self.context, self.source, self.comment)

    @property
    def live(self) -> bool:
        """Whether the code still has this string (lupdate keeps dropped ones as obsolete)."""
        return self.kind not in ("obsolete", "vanished")

    def describe(self) -> str:
        """The message as a person looks for it: context and the first line of its source."""
        first_line = self.source.splitlines()[0] if self.source else ""
        return f"{self.context}: {first_line!r}"


def read_messages(ts_path: Path) -> list[Message]:
    """Every message of a .ts file, in file order."""
    root = ET.parse(ts_path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                text, kind = "", "unfinished"
            else:
                forms = translation.findall("numerusform")
                parts = [form.text or "" for form in forms] if forms else [translation.text or ""]
                text, kind = "\n".join(parts), translation.get("type", "")
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    translation=text,
                    kind=kind,
                )
            )
    return messages


def translation_problems(messages: Sequence[Message]) -> list[str]:
    """Entries that would show Chinese or break at run time: unfinished, lost placeholders."""
    problems = []
    for message in messages:
        if not message.live:
            continue
        if message.kind == "unfinished" or not message.translation.strip():
            problems.append(f"unfinished: {message.describe()}")
            continue
        wanted = sorted(_PLACEHOLDER.findall(message.source))
        if sorted(_PLACEHOLDER.findall(message.translation)) != wanted:
            problems.append(f"placeholders differ from {wanted}: {message.describe()}")
        if _ACCELERATOR.search(message.source) and not _ACCELERATOR.search(message.translation):
            problems.append(f"accelerator (&) missing: {message.describe()}")
    return problems


def _check(workdir: Path) -> tuple[list[str], list[str]]:
    """What is wrong with the committed .ts and .qm, and harmless leftovers worth a note."""
    if not TS_PATH.is_file():
        return [f"missing: {_shown(TS_PATH)} (run python -m {MODULE})"], []
    committed = read_messages(TS_PATH)
    fresh_ts = workdir / TS_PATH.name
    shutil.copyfile(TS_PATH, fresh_ts)
    run_lupdate(fresh_ts)
    fresh = [message for message in read_messages(fresh_ts) if message.live]
    known = {message.key for message in committed if message.live}
    problems = [f"not in the .ts: {m.describe()}" for m in fresh if m.key not in known]
    problems += translation_problems(committed)
    # Translations of strings the code no longer has do no harm; the next update drops them.
    in_code = {message.key for message in fresh}
    notes = [
        f"note: no longer in the code: {m.describe()}"
        for m in committed
        if m.live and m.key not in in_code
    ]

    fresh_qm = workdir / QM_PATH.name
    run_lrelease(TS_PATH, fresh_qm)
    if not QM_PATH.is_file():
        problems.append(f"missing: {_shown(QM_PATH)}")
    elif QM_PATH.read_bytes() != fresh_qm.read_bytes():
        # Compared by content, not by date: a git checkout gives files arbitrary times.
        problems.append(f"stale: {_shown(QM_PATH)} is not compiled from the .ts")
    return problems, notes


def main(argv: Sequence[str] | None = None) -> int:
    """Update the .ts and compile the .qm (or with --check, verify both); return the status."""
    parser = argparse.ArgumentParser(
        prog=f"python -m {MODULE}",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the .ts or .qm is out of date or incomplete",
    )
    args = parser.parse_args(argv)

    if args.check:
        with tempfile.TemporaryDirectory(prefix="houqin-tr-") as tmp:
            problems, notes = _check(Path(tmp))
        for line in notes:
            print(line)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"fix: python -m {MODULE}, then translate what is unfinished", file=sys.stderr)
        return 1 if problems else 0

    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    print(run_lupdate(TS_PATH))
    print(run_lrelease(TS_PATH, QM_PATH))
    problems = translation_problems(read_messages(TS_PATH))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(
            f"{len(problems)} entries of {_shown(TS_PATH)} need a translator",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
