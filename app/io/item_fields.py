"""The stock room's item fields as item lists name them (物资编码/编码, 物资名称/名称 …)."""

from __future__ import annotations

from app.io.fields import FieldSet, FieldSpec

ITEM_FIELDS = FieldSet(
    (
        FieldSpec(
            "code", "物资编码", "text", ("物资编码", "编码", "物资代码", "物品编码", "编号"), 30
        ),
        FieldSpec(
            "name", "物资名称", "text", ("物资名称", "名称", "品名", "物品名称", "材料名称"), 60
        ),
        FieldSpec(
            "spec", "规格型号", "text", ("规格型号", "规格", "型号", "型号规格"), 100, multi=True
        ),
        FieldSpec("unit", "计量单位", "text", ("计量单位", "单位"), 10),
        FieldSpec("category", "物资分类", "text", ("分类", "物资分类", "类别", "物资类别"), 30),
        FieldSpec(
            "shelf", "货架位置", "text", ("货架", "存放位置", "货架位置", "库位", "货位"), 30
        ),
        FieldSpec(
            "reorder_level",
            "库存下限",
            "quantity",
            ("库存下限", "最低库存", "预警数量", "最低库存量", "安全库存"),
            allow_zero=True,
        ),
        FieldSpec(
            "quantity",
            "期初数量",
            "quantity",
            ("期初数量", "数量", "库存数量", "期初库存", "结存数量", "实存数量"),
            allow_zero=True,
        ),
        FieldSpec(
            "unit_price", "期初单价", "money", ("单价", "期初单价", "平均单价", "单价（元）")
        ),
        FieldSpec("amount", "期初金额", "money", ("金额", "期初金额", "库存金额", "结存金额")),
        FieldSpec("note", "备注", "text", ("备注", "说明"), 200, multi=True),
    ),
    required=("code", "name", "unit"),
    key_field="code",
    header_example="“物资编码”“物资名称”“计量单位”",
)
