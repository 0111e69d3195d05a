"""Word lists and the product catalogue of the demo school (names, rooms, models, prices)."""

from __future__ import annotations

from dataclasses import dataclass

# (city, school) pairs: fictional names in the style of real county and city schools.
SCHOOLS = (
    ("江城市", "江城市第一中学"),
    ("临江市", "临江市第二中学"),
    ("青山县", "青山县实验中学"),
    ("南溪市", "南溪市第三中学"),
    ("云岭县", "云岭县第一中学"),
    ("东湖市", "东湖市育才中学"),
)

# Surnames roughly by frequency (the first ones repeat so they come up more often).
SURNAMES = (
    "王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
    "袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷"
    "侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN_MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林峰建国志文博晨阳昊"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀英玲婷雪慧琳颖洁倩晶燕红梅兰萍琴云莉璐佳欣怡悦彤蕾薇"
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "199",
)

# Department name, code, then its staff as (role, how many).
DEPARTMENTS: tuple[tuple[str, str, tuple[tuple[str, int], ...]], ...] = (
    ("校长室", "01", (("校长", 1), ("副校长", 2))),
    ("党政办公室", "02", (("办公室主任", 1), ("干事", 2), ("文印员", 1))),
    ("教务处", "03", (("教务主任", 1), ("教务副主任", 1), ("教务干事", 2))),
    ("德育处", "04", (("德育主任", 1), ("德育干事", 2), ("宿管员", 1))),
    ("总务处", "05", (("总务主任", 1), ("库管员", 1), ("会计", 1), ("电工", 1), ("维修工", 2))),
    ("语文组", "11", (("教研组长", 1), ("语文教师", 7))),
    ("数学组", "12", (("教研组长", 1), ("数学教师", 7))),
    ("英语组", "13", (("教研组长", 1), ("英语教师", 6))),
    ("物理组", "14", (("教研组长", 1), ("物理教师", 3), ("实验员", 1))),
    ("化学组", "15", (("教研组长", 1), ("化学教师", 2), ("实验员", 1))),
    ("生物组", "16", (("教研组长", 1), ("生物教师", 2), ("实验员", 1))),
    ("政史地组", "17", (("教研组长", 1), ("政治教师", 2), ("历史教师", 2), ("地理教师", 1))),
    ("体育组", "18", (("教研组长", 1), ("体育教师", 4))),
    ("艺术组", "19", (("教研组长", 1), ("音乐教师", 2), ("美术教师", 1))),
    ("信息技术组", "20", (("教研组长", 1), ("信息技术教师", 2), ("网络管理员", 1))),
    ("图书馆", "21", (("图书馆馆长", 1), ("图书管理员", 1))),
    ("食堂", "22", (("食堂主任", 1), ("厨师长", 1), ("食堂管理员", 1))),
)
# Departments whose teachers serve as homeroom teachers (班主任) of the classrooms.
HOMEROOM_DEPARTMENTS = ("语文组", "数学组", "英语组", "物理组", "化学组", "政史地组", "生物组")

# Building name, code.
BUILDINGS = (
    ("教学楼A", "A"),
    ("教学楼B", "B"),
    ("科技楼", "K"),
    ("行政楼", "X"),
    ("图书馆", "T"),
    ("体育馆", "G"),
    ("学生宿舍楼", "S"),
    ("学生食堂", "C"),
)


@dataclass(frozen=True)
class RoomSpec:
    """One room of the demo campus: where it is, what it is, who looks after its contents."""

    building: str  # building code
    number: str
    name: str
    room_type: str
    department: str
    place: str  # what kind of equipment goes here (see Product.places)
    keeper: str = ""  # role of the custodian in the department; "" = anyone, "班主任" = homeroom


def _classrooms(building: str, grades: tuple[str, str, str]) -> list[RoomSpec]:
    rooms = []
    for floor, grade in enumerate(grades, start=1):
        for klass in range(1, 7):
            rooms.append(
                RoomSpec(
                    building,
                    f"{floor}0{klass}",
                    f"{grade}（{klass}）班",
                    "教室",
                    "教务处",
                    "classroom",
                    "班主任",
                )
            )
    return rooms


ROOMS: tuple[RoomSpec, ...] = (
    *_classrooms("A", ("初一", "初二", "初三")),
    RoomSpec("A", "107", "语文组办公室", "办公室", "语文组", "office"),
    RoomSpec("A", "207", "数学组办公室", "办公室", "数学组", "office"),
    RoomSpec("A", "307", "英语组办公室", "办公室", "英语组", "office"),
    *_classrooms("B", ("高一", "高二", "高三")),
    RoomSpec("B", "107", "政史地组办公室", "办公室", "政史地组", "office"),
    RoomSpec("B", "401", "学术报告厅", "会议室", "党政办公室", "hall", "办公室主任"),
    RoomSpec("K", "101", "物理实验室（一）", "实验室", "物理组", "physics_lab", "实验员"),
    RoomSpec("K", "102", "物理实验室（二）", "实验室", "物理组", "physics_lab", "实验员"),
    RoomSpec("K", "103", "物理仪器室", "功能室", "物理组", "physics_lab", "实验员"),
    RoomSpec("K", "104", "物理组办公室", "办公室", "物理组", "office"),
    RoomSpec("K", "201", "化学实验室（一）", "实验室", "化学组", "chem_lab", "实验员"),
    RoomSpec("K", "202", "化学实验室（二）", "实验室", "化学组", "chem_lab", "实验员"),
    RoomSpec("K", "203", "化学仪器室", "功能室", "化学组", "chem_lab", "实验员"),
    RoomSpec("K", "204", "化学组办公室", "办公室", "化学组", "office"),
    RoomSpec("K", "301", "生物实验室（一）", "实验室", "生物组", "bio_lab", "实验员"),
    RoomSpec("K", "302", "生物实验室（二）", "实验室", "生物组", "bio_lab", "实验员"),
    RoomSpec("K", "303", "生物仪器室", "功能室", "生物组", "bio_lab", "实验员"),
    RoomSpec("K", "304", "生物组办公室", "办公室", "生物组", "office"),
    RoomSpec("K", "401", "计算机教室（一）", "功能室", "信息技术组", "computer_lab", "网络管理员"),
    RoomSpec("K", "402", "计算机教室（二）", "功能室", "信息技术组", "computer_lab", "网络管理员"),
    RoomSpec("K", "403", "网络中心机房", "功能室", "信息技术组", "server_room", "网络管理员"),
    RoomSpec("K", "404", "信息技术组办公室", "办公室", "信息技术组", "office"),
    RoomSpec("K", "405", "录播教室", "功能室", "信息技术组", "recording", "网络管理员"),
    RoomSpec("K", "501", "音乐教室", "功能室", "艺术组", "music", "音乐教师"),
    RoomSpec("K", "502", "美术教室", "功能室", "艺术组", "art", "美术教师"),
    RoomSpec("K", "503", "艺术组办公室", "办公室", "艺术组", "office"),
    RoomSpec("X", "101", "校长室", "办公室", "校长室", "office", "校长"),
    RoomSpec("X", "102", "副校长室", "办公室", "校长室", "office", "副校长"),
    RoomSpec("X", "103", "党政办公室", "办公室", "党政办公室", "office"),
    RoomSpec("X", "104", "第一会议室", "会议室", "党政办公室", "hall", "办公室主任"),
    RoomSpec("X", "105", "文印室", "功能室", "党政办公室", "print_room", "文印员"),
    RoomSpec("X", "201", "教务处", "办公室", "教务处", "office"),
    RoomSpec("X", "202", "德育处", "办公室", "德育处", "office"),
    RoomSpec("X", "203", "档案室", "功能室", "党政办公室", "archive", "干事"),
    RoomSpec("X", "204", "安防监控室", "功能室", "总务处", "monitor", "电工"),
    RoomSpec("X", "205", "总务处", "办公室", "总务处", "office"),
    RoomSpec("X", "206", "总务仓库", "仓库", "总务处", "storage", "库管员"),
    RoomSpec("X", "207", "财务室", "办公室", "总务处", "office", "会计"),
    RoomSpec("T", "101", "借阅室", "图书室", "图书馆", "library", "图书管理员"),
    RoomSpec("T", "102", "书库", "仓库", "图书馆", "library", "图书管理员"),
    RoomSpec("T", "201", "阅览室", "图书室", "图书馆", "reading", "图书馆馆长"),
    RoomSpec("T", "202", "电子阅览室", "图书室", "图书馆", "computer_lab", "图书管理员"),
    RoomSpec("T", "203", "图书馆办公室", "办公室", "图书馆", "office"),
    RoomSpec("G", "101", "篮球馆", "体育场馆", "体育组", "gym", "体育教师"),
    RoomSpec("G", "102", "乒乓球室", "体育场馆", "体育组", "gym", "体育教师"),
    RoomSpec("G", "103", "健身房", "体育场馆", "体育组", "gym", "体育教师"),
    RoomSpec("G", "104", "体育器材室", "仓库", "体育组", "gym", "教研组长"),
    RoomSpec("G", "105", "体育组办公室", "办公室", "体育组", "office"),
    RoomSpec("S", "101", "宿管值班室", "办公室", "德育处", "office", "宿管员"),
    *(
        RoomSpec("S", f"2{n:02d}", f"男生宿舍2{n:02d}", "宿舍", "德育处", "dorm", "宿管员")
        for n in range(1, 9)
    ),
    *(
        RoomSpec("S", f"3{n:02d}", f"女生宿舍3{n:02d}", "宿舍", "德育处", "dorm", "宿管员")
        for n in range(1, 9)
    ),
    RoomSpec("C", "101", "食堂操作间", "食堂", "食堂", "canteen", "厨师长"),
    RoomSpec("C", "102", "学生餐厅", "食堂", "食堂", "dining", "食堂管理员"),
    RoomSpec("C", "103", "食堂仓库", "仓库", "食堂", "canteen", "食堂管理员"),
    RoomSpec("C", "104", "食堂办公室", "办公室", "食堂", "office", "食堂主任"),
)
STORAGE_ROOM = ("X", "206")

# Supplier (without the city), its trade, contact role.
SUPPLIERS = (
    ("恒达科技有限公司", "it"),
    ("智慧校园信息技术有限公司", "it"),
    ("华信办公设备有限公司", "office"),
    ("宏远家具制造有限公司", "furniture"),
    ("博远教学仪器有限公司", "lab"),
    ("启航体育用品有限公司", "sports"),
    ("雅韵琴行", "music"),
    ("美佳电器有限公司", "appliance"),
    ("鑫源厨房设备有限公司", "canteen"),
    ("天网安防工程有限公司", "security"),
    ("新华书店教育装备部", "office"),
)
DISTRICTS = ("江北区", "城南区", "高新区", "经开区", "滨江区")
ROADS = ("人民路", "建设路", "解放大道", "中山路", "文化路", "工业园三路", "学府路")

REPAIR_REASONS = {
    "it": ("无法开机", "硬盘故障", "主板故障，已送修", "蓝屏频繁"),
    "office": ("卡纸频繁，送厂家检修", "成像模糊", "灯泡老化，亮度不足", "触摸失灵"),
    "appliance": ("不制冷，待加氟", "漏水", "压缩机异响"),
    "lab": ("镜头霉变，送修", "显示异常", "校准失效"),
    "sports": ("液压装置漏油", "台面开裂"),
    "music": ("琴键卡滞，待调律", "音准偏差，待调律"),
    "furniture": ("桌面开裂", "升降卡扣损坏", "椅腿松动"),
    "canteen": ("加热管损坏", "温控器失灵"),
    "security": ("画面无信号", "硬盘录像机报警"),
}
DISPOSAL_REASON = "已超过使用年限，性能老化，拟申请报废"

from app.services.demo_products import PRODUCTS, Product  # noqa: E402,F401 - re-exported
