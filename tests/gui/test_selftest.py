"""`houqin --self-test`: the window builds and every PDF kind renders with the embedded font."""

from __future__ import annotations

import pytest

from app.selftest import run_self_test
from app.services.documents import document_keys, document_label

pytestmark = pytest.mark.gui


def test_self_test_passes_and_renders_every_document_kind(qapp, capsys):
    assert run_self_test() == 0
    out = capsys.readouterr().out
    assert "自检通过" in out
    for key in document_keys():
        assert f"{document_label(key)} " in out
    assert "资产标签" in out and "固定资产台账" in out
    assert out.count("字体已嵌入") == len(document_keys()) + 2
