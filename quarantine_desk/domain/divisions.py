"""Addresses matched to the administrative units of 2020–21 (63 provinces, 705 districts).

The data is the General Statistics Office's list as the `vietnam-provinces` package (0.5.0)
ships it, from before the 2023–25 mergers, because the papers of that period name the
units of that period. A manifest writes them every way a clerk types them: «P. Long Hòa,
Q. Bình Thủy, TP Cần Thơ», «x.Tân Phú, h.Châu Thành A, t.Hậu Giang», «Thuỷ» or «Thủy»;
names are compared folded (no diacritics, so tone placement does not matter) and each
part of the address is read from the end: province, then district, then commune.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from quarantine_desk.domain.names import fold

# a part's leading word(s) and the kind of unit they name
PREFIXES = [
    ("thanh pho", "city"), ("tp", "city"), ("tinh", "province"), ("t", "province"),
    ("quan", "district"), ("q", "district"), ("huyen", "district"), ("h", "district"),
    ("thi xa", "town"), ("tx", "town"), ("phuong", "ward"), ("p", "ward"), ("xa", "ward"),
    ("x", "ward"), ("thi tran", "ward"), ("tt", "ward"),
]
_PREFIX = re.compile(r"^(?:" + "|".join(re.escape(p) for p, _ in PREFIXES) + r")(?:\.|\s+|(?=\d))")


@dataclass(frozen=True)
class Place:
    province: str | None  # «Thành phố Cần Thơ»
    district: str | None  # «Quận Bình Thủy»
    commune: str | None  # «Phường Long Hòa»


UNKNOWN = Place(None, None, None)


FULL = {"tp": "thanh pho", "t": "tinh", "q": "quan", "h": "huyen", "tx": "thi xa",
        "p": "phuong", "x": "xa", "tt": "thi tran"}
# names written short in lists
ALIASES = {"hcm": "ho chi minh", "tphcm": "ho chi minh", "tp hcm": "ho chi minh",
           "sai gon": "ho chi minh", "hn": "ha noi", "brvt": "ba ria vung tau",
           "ba ria vung tau": "ba ria vung tau"}


def _full(text: str) -> str:
    """The folded part with an abbreviated kind written out: «H. Long Mỹ» → «huyen long my»."""
    key = " ".join(fold(text).replace("-", " ").split())
    match = _PREFIX.match(key)
    if match:
        word = match.group(0).strip(" .")
        return f"{FULL.get(word, word)} {key[match.end():].strip(' .')}"
    return key


def _bare(text: str) -> str:
    """The folded name without its kind: «TP. Hồ Chí Minh» → «ho chi minh», «Q.1» → «1»."""
    key = " ".join(fold(text).replace("-", " ").split())
    key = _PREFIX.sub("", key, count=1).strip(" .")
    key = ALIASES.get(key, key)
    return (key.lstrip("0") or key) if key.isdigit() else key


@dataclass
class _Unit:
    name: str
    children: dict[str, list[_Unit]]


@lru_cache(maxsize=1)
def _provinces() -> dict[str, list[_Unit]]:
    from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

    with open(NESTED_DIVISIONS_JSON_PATH, encoding="utf-8") as f:
        data = json.load(f)
    out: dict[str, list[_Unit]] = {}
    for p in data:
        districts: dict[str, list[_Unit]] = {}
        for d in p["districts"]:
            wards: dict[str, list[_Unit]] = {}
            for w in d.get("wards", []):
                wards.setdefault(_bare(w["name"]), []).append(_Unit(w["name"], {}))
            districts.setdefault(_bare(d["name"]), []).append(_Unit(d["name"], wards))
        out.setdefault(_bare(p["name"]), []).append(_Unit(p["name"], districts))
    return out


def counts() -> tuple[int, int]:
    """(provinces, districts) in the data: 63 and 705 for 2020–21."""
    provinces = _provinces()
    return (sum(len(v) for v in provinces.values()),
            sum(len(u.children[k]) for v in provinces.values() for u in v for k in u.children))


def _find(units: dict[str, list[_Unit]], parts: list[str]) -> tuple[_Unit | None, int]:
    """The unit one of the parts names, reading from the end; (unit, index of the part)."""
    for i in range(len(parts) - 1, -1, -1):
        found = units.get(_bare(parts[i]))
        if found and len(found) > 1:  # «Huyện Long Mỹ» and «Thị xã Long Mỹ»: the kind tells
            written = _full(parts[i])
            found = [u for u in found if " ".join(fold(u.name).split()) == written]
        if found and len(found) == 1:
            return found[0], i
    return None, -1


def place_of(address: str | None) -> Place:
    """The province, district and commune an address names, as far as they are known."""
    if not address or not address.strip():
        return UNKNOWN
    parts = [p.strip() for p in re.split(r"[,;\n]|\s-\s", address) if p.strip()]
    province, at = _find(_provinces(), parts)
    if province is None:
        return UNKNOWN
    district, at_d = _find(province.children, parts[:at])
    if district is None:
        return Place(province.name, None, None)
    commune, _ = _find(district.children, parts[:at_d])
    return Place(province.name, district.name, commune.name if commune else None)
