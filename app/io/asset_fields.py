"""The register's fields as asset ledgers name them (资产编号/编号, 资产名称/名称 …)."""

from __future__ import annotations

from app.io.fields import FieldSet, FieldSpec

FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "number",
        "资产编号",
        "text",
        (
            "资产编号",
            "编号",
            "资产编码",
            "资产代码",
            "固定资产编号",
            "卡片编号",
            "资产条码",
            "条码",
        ),
        40,
    ),
    FieldSpec(
        "old_number", "原资产编号", "text", ("原资产编号", "原编号", "旧编号", "原始编号"), 40
    ),
    FieldSpec(
        "name",
        "资产名称",
        "text",
        ("资产名称", "名称", "品名", "物品名称", "设备名称", "固定资产名称", "财产名称"),
        100,
    ),
    FieldSpec(
        "category",
        "资产分类",
        "text",
        (
            "分类代码",
            "资产分类代码",
            "分类编码",
            "资产分类",
            "分类",
            "资产类别",
            "类别",
            "分类名称",
        ),
        60,
    ),
    FieldSpec(
        "spec",
        "规格型号",
        "text",
        ("规格型号", "规格", "型号", "型号规格", "规格及型号", "配置"),
        200,
        multi=True,
    ),
    FieldSpec("brand", "品牌", "text", ("品牌", "厂牌", "生产厂家", "厂家", "制造商"), 60),
    FieldSpec("unit", "计量单位", "text", ("计量单位", "单位"), 10),
    FieldSpec("quantity", "数量", "quantity", ("数量", "件数", "台数", "实有数量", "账面数量")),
    FieldSpec(
        "unit_price",
        "单价（原值）",
        "money",
        ("单价", "原值", "资产原值", "账面原值", "原价", "购置单价", "单件原值", "价值", "价格"),
    ),
    FieldSpec(
        "amount", "金额（合计）", "money", ("金额", "总价", "总金额", "合计金额", "原值合计")
    ),
    FieldSpec(
        "purchase_date",
        "购置日期",
        "date",
        (
            "购置日期",
            "取得日期",
            "入账日期",
            "购买日期",
            "购入日期",
            "购置时间",
            "取得时间",
            "启用日期",
            "日期",
        ),
    ),
    FieldSpec(
        "acquisition",
        "取得方式",
        "acquisition",
        ("取得方式", "增加方式", "来源方式", "取得途径"),
        10,
    ),
    FieldSpec("funding_source", "经费来源", "text", ("经费来源", "资金来源", "经费渠道"), 30),
    FieldSpec("supplier", "供应商", "text", ("供应商", "供货商", "供货单位", "销售单位"), 100),
    FieldSpec("invoice_no", "发票号", "text", ("发票号", "发票号码", "发票编号"), 60),
    FieldSpec("serial_no", "序列号", "text", ("序列号", "出厂编号", "sn", "产品序列号"), 80),
    FieldSpec(
        "warranty_end", "保修截止", "date", ("保修截止", "保修截止日期", "保修期至", "保修到期")
    ),
    FieldSpec("status", "状态", "status", ("状态", "资产状态", "使用状态", "使用状况")),
    FieldSpec("building", "楼栋", "text", ("楼栋", "所在楼栋", "楼宇"), 60),
    FieldSpec(
        "location",
        "存放地点",
        "text",
        ("存放地点", "使用地点", "存放位置", "放置地点", "所在位置", "位置", "地点", "房间"),
        80,
    ),
    FieldSpec(
        "custodian", "保管人", "text", ("保管人", "使用人", "责任人", "领用人", "管理人"), 30
    ),
    FieldSpec(
        "department",
        "使用部门",
        "text",
        ("使用部门", "管理部门", "部门", "使用单位", "所属部门", "领用部门"),
        60,
    ),
    FieldSpec("note", "备注", "text", ("备注", "说明"), 500, multi=True),
)
FIELD_BY_KEY = {spec.key: spec for spec in FIELDS}
# What a ledger cannot do without; 单价 may come from 金额 instead. Many school ledgers have
# no category column: the category is then guessed from the name or a default (see
# app.services.asset_import_guess), and a row with neither is that row's problem.
REQUIRED = ("name", "purchase_date")
PRICE_FIELDS = ("unit_price", "amount")

ASSET_FIELDS = FieldSet(
    FIELDS,
    REQUIRED,
    key_field="number",
    one_of=PRICE_FIELDS,
    one_of_missing_column="没有“单价”或“金额”列",
    one_of_missing_cell="缺少单价（原值）",
    header_example="“资产名称”“单价”“购置日期”",
)
