"""The command line's manners: quiet on a closed pipe, and the right file name in its hints."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from app.main import main


class _ClosedPipe(io.TextIOBase):
    """Standard output whose reader has gone away (`houqin list card | head` after head quit)."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        """Fail as a pipe without a reader does."""
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        """Nothing is buffered."""


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo school, built once for the module."""
    path = tmp_path_factory.mktemp("pipe") / "school.sqlite3"
    assert main(["demo", "--db", str(path), "--assets", "5", "--moves", "0"]) == 0
    return path


@pytest.mark.parametrize(
    "argv", [["list", "card"], ["--help"], ["check"], ["print", "--help"]], ids=" ".join
)
def test_a_closed_pipe_ends_quietly(
    argv: list[str], demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    code = main([*argv, "--db", str(demo_db)] if argv[-1] != "--help" else argv)
    assert code == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("argv", "suggested"),
    [
        (["print", "disposal", "BF-2026-0001"], "报废申请表.pdf"),
        (["print", "handover", "JJ-2026-0001"], "交接单.pdf"),
        (["print", "card", "2026-XX-00001"], "资产卡片.pdf"),
        (["print", "labels"], "资产标签.pdf"),
        (["print", "register"], "固定资产台账.pdf"),
    ],
)
def test_an_output_folder_gets_the_kinds_own_file_name_as_example(
    argv: list[str], suggested: str, demo_db: Path, tmp_path: Path, capsys
) -> None:
    capsys.readouterr()
    code = main([*argv, "-o", str(tmp_path), "--db", str(demo_db)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"输出路径 {tmp_path} 是一个文件夹" in err
    assert f"例如 {tmp_path / suggested}。" in err
