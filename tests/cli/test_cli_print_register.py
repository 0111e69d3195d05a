"""`houqin list card` and `houqin print card|labels|register` end to end on a demo school."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.main import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _sql(db: Path, statement: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(statement).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small demo school for the module: printing only reads it."""
    path = tmp_path_factory.mktemp("cli_print") / "demo.sqlite3"
    code = main(["demo", "--db", str(path), "--assets", "80", "--seed", "3"])
    assert code == 0
    return path


def test_list_card_lists_every_asset_number_in_order(demo_db, capsys):
    code, out, _err = _run(capsys, "list", "card", "--db", str(demo_db))
    assert code == 0
    numbers = out.split()
    expected = [n for (n,) in _sql(demo_db, "SELECT number FROM asset ORDER BY number")]
    assert numbers == expected and len(numbers) == 80


def test_print_card_takes_several_numbers(demo_db, tmp_path, capsys):
    first, second = (n for (n,) in _sql(demo_db, "SELECT number FROM asset LIMIT 2"))
    pdf = tmp_path / "卡片.pdf"
    code, out, err = _run(
        capsys,
        "print",
        "card",
        first,
        second,
        "--two-per-page",
        "-o",
        str(pdf),
        "--db",
        str(demo_db),
    )
    assert (code, err) == (0, "")
    assert "资产卡片 2 张" in out
    (page,) = _text(pdf)
    assert first in page and second in page


def test_print_register_with_filters_and_a_date(demo_db, tmp_path, capsys):
    room, count = _sql(
        demo_db,
        "SELECT b.code || '-' || r.number, COUNT(*) FROM asset a JOIN room r ON a.room_id = r.id"
        " JOIN building b ON r.building_id = b.id WHERE a.status NOT IN ('已报废', '丢失')"
        " GROUP BY r.id ORDER BY COUNT(*) DESC LIMIT 1",
    )[0]
    pdf = tmp_path / "台账.pdf"
    code, out, err = _run(
        capsys,
        "print",
        "register",
        "--room",
        str(room),
        "--as-of",
        "2026-06-30",
        "-o",
        str(pdf),
        "--db",
        str(demo_db),
    )
    assert (code, err) == (0, "")
    assert f"固定资产台账 {count} 件" in out
    text = "\n".join(_text(pdf))
    assert f"合计（共 {count} 件）" in text
    assert f"地点：{room}" in text
    assert "折旧计算截至：2026年6月30日" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_print_labels_scan_back_to_the_filtered_assets(demo_db, tmp_path, capsys):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    department = _sql(
        demo_db,
        "SELECT d.name FROM asset a JOIN department d ON a.department_id = d.id"
        " WHERE a.status NOT IN ('已报废', '丢失') GROUP BY d.id ORDER BY COUNT(*) LIMIT 1",
    )[0][0]
    wanted = {
        n
        for (n,) in _sql(
            demo_db,
            "SELECT a.number FROM asset a JOIN department d ON a.department_id = d.id"
            f" WHERE d.name = '{department}' AND a.status NOT IN ('已报废', '丢失')",
        )
    }
    pdf = tmp_path / "标签.pdf"
    code, out, err = _run(
        capsys,
        "print",
        "labels",
        "--department",
        department,
        "--sheet",
        "2x5",
        "--start",
        "3",
        "-o",
        str(pdf),
        "--db",
        str(demo_db),
    )
    assert (code, err) == (0, "")
    assert f"资产标签 {len(wanted)} 枚" in out
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "p")], check=True)
    scanned = {
        barcode.text
        for image in sorted(tmp_path.glob("p-*.png"))
        for barcode in zxingcpp.read_barcodes(Image.open(image))
    }
    assert scanned == wanted


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["print", "card", "NO-SUCH-1"], "错误：找不到资产编号：NO-SUCH-1。"),
        (["print", "register", "--room", "Z-999"], "错误：找不到地点“Z-999”"),
        (["print", "register", "--status", "报销"], "错误：状态“报销”无效"),
        (["print", "register", "--department", "不存在的部门"], "错误：找不到部门"),
        (["print", "labels", "--start", "25"], "错误：起始位置应在 1 到 24 之间"),
        (["print", "labels", "--top", "30"], "错误：上边距和上下间距太大"),
        (["print", "labels", "--left", "abc"], "错误：左边距必须是数字"),
        (["print", "register", "--category", "A04010000"], "错误：没有符合筛选条件的资产"),
    ],
)
def test_bad_input_gets_one_chinese_line_and_no_file(demo_db, tmp_path, capsys, argv, message):
    output = tmp_path / "out.pdf"
    code, out, err = _run(capsys, *argv, "-o", str(output), "--db", str(demo_db))
    assert code == 1
    assert out == ""
    assert err.startswith(message), err
    assert len(err.strip().splitlines()) == 1
    assert not output.exists()


def test_a_bad_date_is_a_usage_error(demo_db, tmp_path, capsys):
    code, _out, err = _run(
        capsys, "print", "register", "--as-of", "2026-02-30", "-o", str(tmp_path / "x.pdf")
    )
    assert code == 2
    assert "“2026-02-30”不是日期" in err
