"""The category of an asset guessed from its name, for ledgers that have no category column.

The table maps words of school asset names to the GB/T 14885-2022 major classes shipped in
resources/reference/categories.csv. A Chinese compound names its kind last (电脑桌 is a desk,
笔记本电脑 a computer), so of all the words found in a name the one ending last wins, and of
those the longest (投影仪 before 仪).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.models import Category
from app.services.asset_import_refs import compact

# (GB/T 14885-2022 code, words that name such assets).
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "A02010000",  # 信息化设备
        (
            "计算机",
            "电脑",
            "笔记本",
            "台式机",
            "服务器",
            "一体机",
            "平板",
            "班班通",
            "交换机",
            "路由器",
            "防火墙",
            "显示器",
            "硬盘录像机",
            "存储",
            "UPS",
        ),
    ),
    (
        "A02020000",  # 办公设备
        (
            "打印机",
            "复印机",
            "投影仪",
            "投影机",
            "幕布",
            "扫描仪",
            "传真机",
            "碎纸机",
            "速印机",
            "一体速印机",
            "照相机",
            "相机",
            "摄像机",
            "电子白板",
            "白板",
            "考勤机",
            "装订机",
            "塑封机",
        ),
    ),
    ("A02030000", ("汽车", "校车", "客车", "轿车", "货车", "面包车", "电动车")),  # 车辆
    ("A02040000", ("书架", "借还机", "密集架")),  # 图书档案设备
    ("A02050000", ("电梯", "水泵", "锅炉", "发电机", "割草机")),  # 机械设备
    (
        "A02060000",  # 电气设备
        (
            "空调",
            "冰箱",
            "冰柜",
            "洗衣机",
            "热水器",
            "饮水机",
            "开水器",
            "消毒柜",
            "电风扇",
            "风扇",
            "电暖器",
            "除湿机",
            "净化器",
        ),
    ),
    ("A02080000", ("电话", "对讲机", "手机")),  # 通信设备
    (
        "A02090000",  # 广播、电视、电影设备
        ("电视", "电视机", "音响", "音箱", "功放", "话筒", "麦克风", "广播", "调音台", "LED屏"),
    ),
    (
        "A02100000",  # 仪器仪表
        ("显微镜", "望远镜", "示波器", "仪器", "测量仪", "分析仪", "离心机", "培养箱", "干燥箱"),
    ),
    ("A02120000", ("天平", "电子秤", "磅秤", "台秤")),  # 计量标准器具及量具、衡器
    ("A02240000", ("蒸饭柜", "和面机", "绞肉机", "切菜机", "蒸箱", "烤箱", "灶")),  # 食品加工
    ("A02320000", ("血压计", "体重秤", "视力表", "担架", "诊疗床")),  # 医疗设备
    ("A02370000", ("灭火器", "消防栓", "监控", "摄像头", "安检门", "报警器")),  # 消防、检测
    ("A02450000", ("钢琴", "电子琴", "手风琴", "古筝", "琵琶", "二胡", "吉他", "鼓", "乐器")),
    (
        "A02460000",  # 体育设备设施
        (
            "篮球架",
            "乒乓球台",
            "球台",
            "跑步机",
            "单杠",
            "双杠",
            "跳箱",
            "体操垫",
            "健身器",
            "球门",
            "排球架",
            "羽毛球架",
        ),
    ),
    ("A03050000", ("模型", "教学模型", "人体模型")),  # 模型
    ("A03040000", ("标本",)),  # 标本
    ("A04010000", ("图书", "书籍", "词典", "字典")),  # 图书
    (
        "A05010000",  # 家具
        (
            "桌",
            "椅",
            "凳",
            "柜",
            "床",
            "沙发",
            "茶几",
            "讲台",
            "课桌",
            "书柜",
            "文件柜",
            "更衣柜",
            "鞋柜",
            "屏风",
            "货架",
        ),
    ),
    ("A05020000", ("餐具", "炊具", "保温桶", "窗帘", "地毯")),  # 用具
)
_BRACKETED = re.compile(r"[（(\[【][^）)\]】]*[）)\]】]")


@dataclass(frozen=True)
class Guess:
    """A category guessed from a name, and the word that gave it away."""

    category: Category
    word: str


class CategoryGuesser:
    """Guesses a category from an asset name with the keyword table (only shipped codes)."""

    def __init__(self, by_code: dict[str, Category]) -> None:
        self._words: list[tuple[str, Category]] = [
            (compact(word), by_code[code])
            for code, words in _KEYWORDS
            if code in by_code
            for word in words
        ]

    def guess(self, name: str) -> Guess | None:
        """The category the name's last-ending (then longest) keyword names, or None."""
        # "交互式智能平板（班班通）": a bracket adds a detail, it does not name the kind.
        text = compact(_BRACKETED.sub("", name)) or compact(name)
        best: tuple[int, int, str, Category] | None = None
        for word, category in self._words:
            end = text.rfind(word)
            if end < 0:
                continue
            key = (end + len(word), len(word))
            if best is None or key > best[:2]:
                best = (*key, word, category)
        if best is None:
            return None
        return Guess(best[3], best[2])
