"""Item codes the catalogue would choose: the category's own pattern (BG0027), else W00001…"""

from __future__ import annotations

import re
from collections import Counter

from peewee import fn

from app.models import Item

FALLBACK_PREFIX = "W"
FALLBACK_WIDTH = 5

_PATTERN = re.compile(r"^(.*?)(\d+)$")


def split_code(code: str) -> tuple[str, int, int] | None:
    """A code as (prefix, width of its trailing number, number); None without trailing digits."""
    match = _PATTERN.match(code.strip())
    if match is None:
        return None
    prefix, digits = match.groups()
    return prefix, len(digits), int(digits)


def category_pattern(category_id: int | None) -> tuple[str, int]:
    """The prefix and digit width most of the category's codes share (W and 5 if none do).

    A tie goes to the pattern of the newest item: a school that changed its scheme goes on
    with the new one.
    """
    if category_id is None:
        return FALLBACK_PREFIX, FALLBACK_WIDTH
    counts: Counter[tuple[str, int]] = Counter()
    newest: dict[tuple[str, int], int] = {}
    codes = Item.select(Item.id, Item.code).where(Item.category == category_id).tuples()
    for item_id, code in codes:
        parts = split_code(code or "")
        if parts is None:
            continue
        key = (parts[0].upper(), parts[1])
        counts[key] += 1
        newest[key] = max(newest.get(key, 0), item_id)
    if not counts:
        return FALLBACK_PREFIX, FALLBACK_WIDTH
    prefix, width = max(counts, key=lambda key: (counts[key], newest[key]))
    return prefix, width


def next_free_code(prefix: str, width: int) -> str:
    """The code after the highest one with this prefix and width in the whole catalogue."""
    lowered = prefix.lower()
    taken = (
        Item.select(Item.code)
        .where(fn.LOWER(fn.SUBSTR(Item.code, 1, len(prefix))) == lowered)
        .tuples()
    )
    highest = 0
    for (code,) in taken:
        parts = split_code(code or "")
        if parts is not None and parts[0].lower() == lowered and parts[1] == width:
            highest = max(highest, parts[2])
    number = highest + 1
    while True:
        code = f"{prefix}{number:0{width}d}"
        # Past BG9999 the number outgrows the width and may meet a longer code typed by hand.
        if not Item.select().where(fn.LOWER(Item.code) == code.lower()).exists():
            return code
        number += 1


def suggest_code(category_id: int | None) -> str:
    """The code a new item of this category gets when its code is left empty."""
    return next_free_code(*category_pattern(category_id))
