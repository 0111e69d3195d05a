"""What an import can fill: the fields of one kind of record and how spreadsheets name them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldSpec:
    """One field an imported column can fill."""

    key: str
    label: str
    kind: str  # text | money | date | quantity | status
    synonyms: tuple[str, ...]  # best first: the first wins when two columns claim the field
    max_length: int = 0
    multi: bool = False  # several columns are joined (规格 + 型号)
    allow_zero: bool = False  # a quantity of 0 is a value (期初数量 0), not a mistake


@dataclass(frozen=True)
class FieldSet:
    """The fields of one import (assets, stock items) and what every file must give."""

    fields: tuple[FieldSpec, ...]
    required: tuple[str, ...]  # a column the mapping needs and a cell each row needs
    key_field: str  # the record's number: unique within a file, never with spaces
    # At least one of these per file and per row (单价 or 金额), with the two messages.
    one_of: tuple[str, ...] = ()
    one_of_missing_column: str = ""
    one_of_missing_cell: str = ""
    header_example: str = ""  # "“资产名称”“单价”“购置日期”", for "no header found"
    by_key: dict[str, FieldSpec] = field(init=False, repr=False, compare=False)
    synonyms: dict[str, tuple[str, int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_key", {spec.key: spec for spec in self.fields})
        object.__setattr__(
            self,
            "synonyms",
            {
                synonym: (spec.key, rank)
                for spec in self.fields
                for rank, synonym in enumerate(spec.synonyms)
            },
        )
