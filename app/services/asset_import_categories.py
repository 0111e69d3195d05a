"""The category a ledger names: a GB/T 14885-2022 or 2010 code, or a category's name."""

from __future__ import annotations

import csv
import re

from app.models import Category
from app.resources import resource_path
from app.services.asset_import_refs import compact

_CODE_2022 = re.compile(r"A\d{2,8}")
_CODE_2010 = re.compile(r"(?<!\d)\d{7}(?!\d)")


class CategoryIndex:
    """Seeded and user categories by code and name, plus the 2010 edition's codes and names."""

    def __init__(self) -> None:
        self.by_code: dict[str, Category] = {}
        self.by_name: dict[str, Category] = {}
        for category in Category.select().order_by(Category.code):
            self.by_code[category.code.upper()] = category
            self.by_name.setdefault(compact(category.name), category)
        self.map_2010: dict[str, str] = {}
        self.names_2010: dict[str, str] = {}
        with resource_path("reference", "categories_2010.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                self.map_2010[row["code"]] = row["maps_to"]
                self.names_2010.setdefault(compact(row["name"]), row["maps_to"])

    def find(self, text: str) -> Category | None:
        """The category a ledger cell names: a 2022 or 2010 code (deepest known level) or a name."""
        key = compact(text)
        code = _CODE_2022.search(key)
        if code:
            return self._deepest_2022(code.group().ljust(9, "0")[:9])
        code = _CODE_2010.search(key)
        if code:
            return self._from_2010(code.group())
        if key in self.by_name:
            return self.by_name[key]
        if key in self.names_2010:
            return self._deepest_2022(self.names_2010[key])
        return None

    def _deepest_2022(self, code: str) -> Category | None:
        # A+门类(2)+大类(2)+中类(2)+小类(2): try the code, then each coarser level.
        for length in (9, 7, 5, 3):
            candidate = code[:length].ljust(9, "0")
            if candidate in self.by_code:
                return self.by_code[candidate]
        return None

    def _from_2010(self, code: str) -> Category | None:
        if code in self.by_code:  # the office added 2010 codes of its own
            return self.by_code[code]
        # 1+2+2+2 digits: the code, its second level, its top class.
        for candidate in (code, code[:3] + "0000", code[:1]):
            if candidate in self.map_2010:
                return self._deepest_2022(self.map_2010[candidate])
        return None
