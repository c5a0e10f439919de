"""Checklist data model, loader and validator (案卷评查表).

A checklist is data: one YAML file per case-file kind under ``checklists/data/``
(``general_penalty.yaml`` …).  A kind file names its source and version, may
``include`` shared parts (the 25 veto items, the 卷面基本要素), may ``exclude``
included items or groups that do not apply to the kind, may ``overrides`` fields of
included items/groups, and lists its own items.  A legal section edits or replaces
these files; no code changes.

The file layout (see ``checklists/data/general_penalty.yaml`` for a full example)::

    checklist: {kind, title, source, version, issuer?, doc_number?, revision?, section?,
                notes?, document_points?, bonus_points?, basic_points?, extra_documents?}
    include:   [common/vetoes.yaml, common/basic_elements.yaml]   # relative to the file,
                                                                  # else to checklists/data/
    exclude:   [V22, ...]          # item or group ids from the included files
    overrides: {V14: {note: ...}}  # item or group id -> fields to replace
    vetoes:         [ {id, category, heading, text, ...}, ... ]          # flat list
    basic_elements: [ {group, name, points?, items: [ {id, ...} ]}, ... ]
    documents:      [ {group, name, document, absent, points?, items: [...]}, ... ]
    bonus:          [ {group, name, document, absent, points?, items: [...]}, ... ]

An included ("common") file has a ``common: {name, source, version, ...}`` header instead
of ``checklist:`` and only the four item sections.

Public API: :func:`load_checklist`, :func:`load_all`, :class:`Checklist`, :class:`Group`,
:class:`Item`, :class:`SubItem`, :class:`ChecklistError`, and the constants below.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Iterator, Mapping

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
PROJECT_ROOT = PACKAGE_DIR.parent

#: The six case-file kinds of the 2024 细则, in the 细则's order.
KINDS: tuple[str, ...] = (
    "general_penalty",
    "no_penalty",
    "daily_penalty",
    "seizure",
    "transfer_detention",
    "transfer_criminal",
)
KIND_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "general_penalty": "一般行政处罚",
        "no_penalty": "不予行政处罚",
        "daily_penalty": "按日连续处罚",
        "seizure": "查封/扣押",
        "transfer_detention": "移送行政拘留",
        "transfer_criminal": "移送涉嫌环境污染犯罪",
    }
)

#: The seed's six review headings (2025 巴南 大练兵 plan); every item belongs to one.
HEADINGS: tuple[str, ...] = ("执法主体", "执法程序", "事实认定", "法律适用", "证据效力", "裁量权运用")
#: The 细则's own five veto categories (合法性评查).
VETO_CATEGORIES: tuple[str, ...] = ("执法主体", "违法主体", "违法事实证据", "法律适用", "执法程序")
#: Category of every basic-element item.
BASIC_CATEGORY = "卷面基本要素"

#: Parts of a checklist, in display order.  ``veto`` = 合法性评查 (one-vote veto);
#: ``basic`` = 卷面基本要素 (deductions); ``document`` = 各类型文书评查项 (points earned);
#: ``bonus`` = 加分项 (transfer kinds).
PARTS: tuple[str, ...] = ("veto", "basic", "document", "bonus")
SECTION_PART: Mapping[str, str] = MappingProxyType(
    {"vetoes": "veto", "basic_elements": "basic", "documents": "document", "bonus": "bonus"}
)

#: What a missing document means for its items: ``zero`` = 本项得0分 (stays in the possible
#: sum), ``na`` = 本项无需评审 (leaves both sums).
ABSENT_VALUES: tuple[str, ...] = ("zero", "na")

#: Document names (doc_type) a checklist may refer to.  The first 15 are the extraction's
#: doc_types (domain.md); the rest name documents the 细则 scores separately.  A kind file
#: may add names with ``checklist.extra_documents``.
KNOWN_DOCUMENTS: frozenset[str] = frozenset(
    {
        "filing_approval", "inspection_record", "inquiry_record", "investigation_report",
        "prior_notice", "legal_review", "collective_discussion", "penalty_decision",
        "no_penalty_decision", "correction_order", "seizure_decision", "transfer_notice",
        "police_filing_notice", "service_receipt", "closing_approval",
        # named here
        "hearing_notice", "hearing_record", "monitoring_report", "other_evidence",
        "seizure_approval", "seizure_record", "extension_decision", "release_decision",
        "transfer_approval", "daily_penalty_decision", "reorder_decision",
        "enforcement_notice", "enforcement_application", "case_review",
        "police_detention_decision",
    }
)

_ID_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*$")
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")

_KIND_KEYS = ("checklist", "include", "exclude", "overrides", "vetoes", "basic_elements", "documents", "bonus")
_COMMON_KEYS = ("common", "vetoes", "basic_elements", "documents", "bonus")
_META_KEYS = (
    "kind", "title", "source", "version", "issuer", "doc_number", "revision", "section", "notes",
    "document_points", "bonus_points", "basic_points", "extra_documents",
)
_COMMON_META_KEYS = ("name", "source", "version", "issuer", "doc_number", "revision", "section", "notes",
                     "basic_points", "veto_count")
_GROUP_KEYS = ("group", "name", "document", "points", "absent", "absent_note", "heading", "note", "ref", "items")
_ITEM_KEYS = (
    "id", "category", "heading", "text", "points", "deduction", "veto", "rule", "params", "document",
    "absent", "absent_note", "sub_items", "note", "common_errors", "ref", "voids_document",
)
_SUB_KEYS = ("id", "text", "points")
_GROUP_OVERRIDABLE = ("name", "document", "points", "absent", "absent_note", "heading", "note", "ref")
_ITEM_OVERRIDABLE = tuple(k for k in _ITEM_KEYS if k != "id")


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class Problem:
    """One validation problem: which file, which item/group, which field, what is wrong."""

    file: str
    item: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: "
        if self.item:
            where += f"item {self.item}: "
        if self.field:
            return f"{where}{self.field} {self.message}"
        return f"{where}{self.message}"


class ChecklistError(ValueError):
    """A checklist file is broken.  ``str(err)`` names the file, the item id and the field,
    e.g. ``checklists/data/general_penalty.yaml: item D-decision-3: points must be a positive
    number``; ``err.problems`` holds every problem found (one per line in the message)."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def file(self) -> str | None:
        return self.problems[0].file if self.problems else None

    @property
    def item(self) -> str | None:
        return self.problems[0].item if self.problems else None


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, file: str, item: str | None, field_: str | None, message: str) -> None:
        self.problems.append(Problem(file, item, field_, message))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ChecklistError(self.problems)


def display_path(path: Path | str) -> str:
    """A path as shown in error messages: relative to the project root when inside it."""
    p = Path(path)
    try:
        return p.resolve().relative_to(PROJECT_ROOT).as_posix()
    except (ValueError, OSError):
        return str(path)


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class SubItem:
    """A finer part of an item with its own points (they sum to the item's points)."""

    id: str
    text: str
    points: float


@dataclass(frozen=True)
class Item:
    """One checklist item.

    ``part`` is ``veto`` / ``basic`` / ``document`` / ``bonus``; ``veto`` is ``part ==
    "veto"``.  ``points`` is 0 for vetoes, the deduction for basic elements, the standard
    points for document and bonus items.  ``rule`` names the registered machine rule that
    judges the item (``None``: a reviewer judges it); ``params`` are passed to it as keyword
    arguments.  ``document``/``absent`` say which doc_type the item concerns and what a
    missing document means (``zero``: scores 0 and stays in the possible sum; ``na``: leaves
    both sums).  ``voids_document``: when this item fails, the whole document scores 0
    (e.g. a monitoring report without CMA mark)."""

    id: str
    part: str
    category: str
    heading: str
    text: str
    points: float
    deduction: str
    rule: str | None = None
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    document: str | None = None
    absent: str | None = None
    absent_note: str = ""
    group: str | None = None
    sub_items: tuple[SubItem, ...] = ()
    note: str = ""
    common_errors: tuple[str, ...] = ()
    ref: str = ""
    voids_document: bool = False
    file: str = field(default="", compare=False)  # where it was defined (provenance)

    @property
    def veto(self) -> bool:
        return self.part == "veto"

    @property
    def machine(self) -> bool:
        """Whether a machine rule judges this item."""
        return self.rule is not None


@dataclass(frozen=True)
class Group:
    """A 评查项目: a document (or a basic-element block) and its items."""

    id: str
    part: str
    name: str
    points: float
    item_ids: tuple[str, ...]
    document: str | None = None
    absent: str | None = None
    absent_note: str = ""
    heading: str | None = None
    note: str = ""
    ref: str = ""
    file: str = field(default="", compare=False)  # where it was defined (provenance)


@dataclass(frozen=True)
class Checklist:
    """A loaded, validated checklist for one case-file kind."""

    kind: str
    title: str
    source: str
    version: str
    items: tuple[Item, ...]
    groups: tuple[Group, ...]
    issuer: str = ""
    doc_number: str = ""
    revision: str = ""
    section: str = ""
    notes: str = ""
    path: Path | None = None
    files: tuple[Path, ...] = ()

    # -- lookup -------------------------------------------------------------
    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(f"{self.kind}: no item {item_id!r}")

    def group(self, group_id: str) -> Group:
        for g in self.groups:
            if g.id == group_id:
                return g
        raise KeyError(f"{self.kind}: no group {group_id!r}")

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, item_id: object) -> bool:
        return any(it.id == item_id for it in self.items)

    def part(self, part: str) -> tuple[Item, ...]:
        return tuple(it for it in self.items if it.part == part)

    @property
    def vetoes(self) -> tuple[Item, ...]:
        return self.part("veto")

    @property
    def basic_elements(self) -> tuple[Item, ...]:
        return self.part("basic")

    @property
    def document_items(self) -> tuple[Item, ...]:
        return self.part("document")

    @property
    def bonus_items(self) -> tuple[Item, ...]:
        return self.part("bonus")

    # -- totals -------------------------------------------------------------
    @property
    def document_points(self) -> float:
        return _fsum(it.points for it in self.document_items)

    @property
    def basic_points(self) -> float:
        return _fsum(it.points for it in self.basic_elements)

    @property
    def bonus_points(self) -> float:
        return _fsum(it.points for it in self.bonus_items)

    # -- grouping -----------------------------------------------------------
    def documents(self) -> tuple[str, ...]:
        """doc_types that document/bonus items concern, in checklist order."""
        seen: dict[str, None] = {}
        for it in self.items:
            if it.part in ("document", "bonus") and it.document:
                seen.setdefault(it.document)
        return tuple(seen)

    def rules(self) -> tuple[str, ...]:
        """Rule names the checklist refers to, in first-use order."""
        seen: dict[str, None] = {}
        for it in self.items:
            if it.rule:
                seen.setdefault(it.rule)
        return tuple(seen)

    def by_heading(self) -> dict[str, list[Item]]:
        """Items grouped by the seed's six headings (all six keys, in HEADINGS order)."""
        out: dict[str, list[Item]] = {h: [] for h in HEADINGS}
        for it in self.items:
            out[it.heading].append(it)
        return out

    def by_category(self) -> dict[str, list[Item]]:
        """Items grouped by the 细则's own categories, in checklist order."""
        out: dict[str, list[Item]] = {}
        for it in self.items:
            out.setdefault(it.category, []).append(it)
        return out

    def items_of_group(self, group_id: str) -> tuple[Item, ...]:
        return tuple(it for it in self.items if it.group == group_id)


def _fsum(values: Iterable[float]) -> float:
    return float(math.fsum(values))


# --------------------------------------------------------------------------- YAML reading


class _StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """SafeLoader that refuses duplicate keys in a mapping (PyYAML silently keeps the last)."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    loader.flatten_mapping(node)
    mapping: dict = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "unhashable key", key_node.start_mark) from None
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path, shown: str) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ChecklistError([Problem(shown, None, None, "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ChecklistError([Problem(shown, None, None, f"cannot be read: {exc}")]) from None
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ChecklistError([Problem(shown, None, None, f"YAML syntax error{where}: {problem}")]) from None


# --------------------------------------------------------------------------- parsing helpers


def _suggest(key: str, allowed: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(key), list(allowed), n=1)
    return f" (did you mean {close[0]!r}?)" if close else f" (allowed: {', '.join(allowed)})"


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _is_text(v: Any) -> bool:
    return isinstance(v, str) and v.strip() != ""


@dataclass
class _Draft:
    """An item or group as read, before validation; remembers where each field came from."""

    kind: str  # "item" or "group"
    part: str
    data: dict
    file: str
    group: str | None = None
    position: int = 0  # 1-based position inside its group (for ref)
    field_files: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        key = "id" if self.kind == "item" else "group"
        value = self.data.get(key)
        return value if isinstance(value, str) else repr(value)

    def file_of(self, field_: str | None) -> str:
        if field_ is None:
            return self.file
        return self.field_files.get(field_, self.file)


def _read_sections(raw: dict, shown: str, out: _Collector) -> list[_Draft]:
    """Turn the item sections of one file into drafts (items and groups, in order)."""
    drafts: list[_Draft] = []
    for section, part in SECTION_PART.items():
        if section not in raw or raw[section] is None:
            continue
        entries = raw[section]
        if not isinstance(entries, list):
            out.add(shown, None, section, "must be a list")
            continue
        if part == "veto":
            for n, entry in enumerate(entries, 1):
                if not isinstance(entry, dict):
                    out.add(shown, None, section, f"entry {n} must be a mapping with id, category, heading, text")
                    continue
                if "items" in entry or "group" in entry:
                    out.add(shown, entry.get("id") or entry.get("group"), None,
                            "vetoes are a flat list of items, not groups")
                    continue
                drafts.append(_Draft("item", part, dict(entry), shown, position=n))
            continue
        for n, entry in enumerate(entries, 1):
            if not isinstance(entry, dict):
                out.add(shown, None, section, f"entry {n} must be a mapping (a group with items)")
                continue
            gid = entry.get("group")
            gname = gid if isinstance(gid, str) else f"{section}[{n}]"
            if "group" not in entry:
                out.add(shown, gname, "group", "is missing (each entry of "
                        f"{section} is a group: group, name, items)")
                continue
            g = _Draft("group", part, {k: v for k, v in entry.items() if k != "items"}, shown, position=n)
            unknown = [k for k in entry if k not in _GROUP_KEYS]
            for k in unknown:
                out.add(shown, gname, None, f"unknown key {k!r}{_suggest(k, _GROUP_KEYS)}")
            items = entry.get("items")
            if not isinstance(items, list) or not items:
                out.add(shown, gname, "items", "must be a non-empty list")
                items = []
            drafts.append(g)
            for i, item in enumerate(items, 1):
                if not isinstance(item, dict):
                    out.add(shown, gname, "items", f"entry {i} must be a mapping")
                    continue
                drafts.append(_Draft("item", part, dict(item), shown, group=gname, position=i))
    return drafts


def _resolve_include(entry: Any, base: Path) -> Path | None:
    if not isinstance(entry, str) or not entry.strip():
        return None
    rel = Path(entry)
    if rel.is_absolute():
        return rel if rel.exists() else None
    for root in (base, DATA_DIR):
        candidate = root / rel
        if candidate.exists():
            return candidate
    return None


# --------------------------------------------------------------------------- validation


def _check_meta(meta: Any, allowed: tuple[str, ...], required: tuple[str, ...], shown: str,
                section: str, out: _Collector) -> dict:
    if not isinstance(meta, dict):
        out.add(shown, None, section, "must be a mapping (kind, title, source, version, …)")
        return {}
    for k in meta:
        if k not in allowed:
            out.add(shown, None, f"{section}.{k}", f"is not a known key{_suggest(k, allowed)}")
    for k in required:
        v = meta.get(k)
        if not (_is_text(v) or (k == "version" and _is_number(v))):
            out.add(shown, None, f"{section}.{k}", "is missing (it must name the checklist's "
                    f"{'source' if k == 'source' else k})")
    for k in ("document_points", "bonus_points", "basic_points"):
        if k in meta and not (_is_number(meta[k]) and meta[k] >= 0):
            out.add(shown, None, f"{section}.{k}", "must be a number ≥ 0")
    if "kind" in meta and meta.get("kind") is not None and not (
            isinstance(meta["kind"], str) and _NAME_RE.match(meta["kind"])):
        out.add(shown, None, f"{section}.kind", "must be a lower-case name like general_penalty")
    extra = meta.get("extra_documents")
    if extra is not None and not (isinstance(extra, list) and all(
            isinstance(x, str) and _NAME_RE.match(x) for x in extra)):
        out.add(shown, None, f"{section}.extra_documents", "must be a list of lower-case names")
    return meta


def _validate_group(d: _Draft, out: _Collector) -> frozenset[str]:
    """Report problems of a group's own fields; return the names of the bad ones."""
    data, gid = d.data, d.id
    before = len(out.problems)
    if not (isinstance(data.get("group"), str) and _ID_RE.match(data["group"])):
        out.add(d.file, gid, "group", "must be an id like D-decision")
    if not _is_text(data.get("name")):
        out.add(d.file_of("name"), gid, "name", "is missing (the document or block name)")
    if "points" in data and not (_is_number(data["points"]) and data["points"] > 0):
        out.add(d.file_of("points"), gid, "points", "must be a positive number")
    if d.part in ("document", "bonus"):
        if data.get("absent") not in ABSENT_VALUES:
            if data.get("absent") is not None:
                out.add(d.file_of("absent"), gid, "absent",
                        f"must be 'zero' (本项得0分) or 'na' (本项无需评审), not {data.get('absent')!r}")
    elif data.get("absent") is not None:
        out.add(d.file_of("absent"), gid, "absent", "only applies to document and bonus groups")
    if data.get("heading") is not None and data["heading"] not in HEADINGS:
        out.add(d.file_of("heading"), gid, "heading",
                f"{data['heading']!r} is not one of the six headings ({'、'.join(HEADINGS)})")
    return frozenset(p.field for p in out.problems[before:] if p.field)


def _build_item(d: _Draft, group: Group | None, documents: frozenset[str], out: _Collector,
                seen_ids: dict[str, str], bad_group_fields: frozenset[str] = frozenset()) -> Item | None:
    """Validate one item draft and build it (None when it has problems).  Fields that the item
    inherits from its group and that were already reported on the group
    (``bad_group_fields``) are not reported again for every item."""
    data, iid = d.data, d.id
    before = len(out.problems)
    inherited_bad = {f for f in bad_group_fields if f not in data}

    for k in data:
        if k not in _ITEM_KEYS:
            out.add(d.file_of(k), iid, None, f"unknown key {k!r}{_suggest(k, _ITEM_KEYS)}")

    raw_id = data.get("id")
    if not (isinstance(raw_id, str) and _ID_RE.match(raw_id)):
        where = f"{group.id} item {d.position}" if group else f"entry {d.position}"
        out.add(d.file, raw_id if isinstance(raw_id, str) else where, "id",
                "must be a readable id like V01, BE-doc-1 or D-decision-3")
        return None

    # veto flag consistency
    if "veto" in data:
        flag = data["veto"]
        if not isinstance(flag, bool):
            out.add(d.file_of("veto"), iid, "veto", "must be true or false")
        elif flag and d.part != "veto":
            out.add(d.file_of("veto"), iid, "veto", "true is only allowed in the vetoes section")
        elif not flag and d.part == "veto":
            out.add(d.file_of("veto"), iid, "veto", "false is not allowed in the vetoes section")

    # heading (group default)
    heading = data.get("heading", group.heading if group else None)
    if "heading" in inherited_bad:
        pass
    elif heading is None:
        out.add(d.file_of("heading"), iid, "heading", f"is missing (one of {'、'.join(HEADINGS)})")
    elif heading not in HEADINGS:
        out.add(d.file_of("heading"), iid, "heading",
                f"{heading!r} is not one of the six headings ({'、'.join(HEADINGS)})")

    # category
    if d.part == "veto":
        category = data.get("category")
        if category not in VETO_CATEGORIES:
            out.add(d.file_of("category"), iid, "category",
                    f"{category!r} is not a veto category ({'、'.join(VETO_CATEGORIES)})"
                    if category is not None else f"is missing (one of {'、'.join(VETO_CATEGORIES)})")
    elif d.part == "basic":
        category = data.get("category", BASIC_CATEGORY)
        if category != BASIC_CATEGORY:
            out.add(d.file_of("category"), iid, "category", f"must be {BASIC_CATEGORY} for basic elements")
    else:
        category = data.get("category", group.name if group else None)
        if not _is_text(category):
            out.add(d.file_of("category"), iid, "category", "is missing (the document name)")

    text = data.get("text")
    if not _is_text(text):
        out.add(d.file_of("text"), iid, "text", "is missing (what the reviewer checks)")

    # points
    points = data.get("points", 0 if d.part == "veto" else None)
    if d.part == "veto":
        if not (_is_number(points) and points == 0):
            out.add(d.file_of("points"), iid, "points",
                    "must be 0 for a veto item (a veto scores the whole file 0)")
    elif not (_is_number(points) and points > 0):
        out.add(d.file_of("points"), iid, "points", "must be a positive number")

    deduction = data.get("deduction")
    if deduction is not None and not _is_text(deduction):
        out.add(d.file_of("deduction"), iid, "deduction", "must be text (how points are lost)")

    # rule + params
    rule = data.get("rule")
    if rule is not None and not (isinstance(rule, str) and _NAME_RE.match(rule)):
        out.add(d.file_of("rule"), iid, "rule", "must be a registered rule name (lower_snake_case) or null")
    params = data.get("params")
    if params is not None:
        if not isinstance(params, dict) or not all(isinstance(k, str) and k.isidentifier() for k in params):
            out.add(d.file_of("params"), iid, "params", "must be a mapping of keyword arguments for the rule")
        elif rule is None:
            out.add(d.file_of("params"), iid, "params", "given but the item has no rule")

    # document / absent
    document = data.get("document", group.document if group else None)
    absent = data.get("absent", group.absent if group else None)
    absent_note = data.get("absent_note", group.absent_note if group else "")
    if document is not None:
        if not (isinstance(document, str) and _NAME_RE.match(document)):
            out.add(d.file_of("document"), iid, "document", "must be a doc_type name like penalty_decision")
        elif document not in documents and "document" not in inherited_bad:
            close = difflib.get_close_matches(document, sorted(documents), n=1)
            hint = f" (did you mean {close[0]!r}? new names go in checklist.extra_documents)" if close \
                else " (add new names to checklist.extra_documents)"
            out.add(d.file_of("document"), iid, "document", f"{document!r} is not a known doc_type{hint}")
    if d.part in ("document", "bonus"):
        if document is None:
            out.add(d.file_of("document"), iid, "document", "is missing (the doc_type the item concerns)")
        if absent not in ABSENT_VALUES and "absent" not in inherited_bad:
            out.add(d.file_of("absent"), iid, "absent",
                    "must be 'zero' (missing document scores 0) or 'na' (missing document: not applicable)"
                    if absent is not None else
                    "is missing: 'zero' (missing document scores 0) or 'na' (not applicable)")
    elif "absent" in data and data["absent"] is not None:
        out.add(d.file_of("absent"), iid, "absent", "only applies to document and bonus items")

    voids = data.get("voids_document", False)
    if not isinstance(voids, bool):
        out.add(d.file_of("voids_document"), iid, "voids_document", "must be true or false")
    elif voids and d.part != "document":
        out.add(d.file_of("voids_document"), iid, "voids_document", "only applies to document items")

    for k in ("note", "absent_note", "ref"):
        v = data.get(k)
        if v is not None and not isinstance(v, str):
            out.add(d.file_of(k), iid, k, "must be text")
    errs = data.get("common_errors")
    if errs is not None and not (isinstance(errs, list) and all(_is_text(e) for e in errs)):
        out.add(d.file_of("common_errors"), iid, "common_errors", "must be a list of texts")

    # sub-items
    subs: list[SubItem] = []
    raw_subs = data.get("sub_items")
    if raw_subs is not None:
        if d.part == "veto":
            out.add(d.file_of("sub_items"), iid, "sub_items", "are not allowed on a veto item")
        elif not isinstance(raw_subs, list) or not raw_subs:
            out.add(d.file_of("sub_items"), iid, "sub_items", "must be a non-empty list")
        else:
            for n, s in enumerate(raw_subs, 1):
                if not isinstance(s, dict):
                    out.add(d.file_of("sub_items"), iid, f"sub_items[{n}]", "must be a mapping with id, text, points")
                    continue
                for k in s:
                    if k not in _SUB_KEYS:
                        out.add(d.file_of("sub_items"), iid, f"sub_items[{n}]",
                                f"has unknown key {k!r}{_suggest(k, _SUB_KEYS)}")
                sid = s.get("id")
                if not (isinstance(sid, str) and _ID_RE.match(sid)):
                    out.add(d.file_of("sub_items"), iid, f"sub_items[{n}].id", "must be an id like D-decision-1.a")
                    continue
                if sid in seen_ids:
                    out.add(d.file_of("sub_items"), iid, f"sub_items[{n}].id",
                            f"{sid!r} duplicates an id already used in {seen_ids[sid]}")
                seen_ids[sid] = d.file
                if not _is_text(s.get("text")):
                    out.add(d.file_of("sub_items"), iid, f"sub-item {sid}: text", "is missing")
                sp = s.get("points")
                if not (_is_number(sp) and sp > 0):
                    out.add(d.file_of("sub_items"), iid, f"sub-item {sid}: points", "must be a positive number")
                    continue
                subs.append(SubItem(sid, str(s.get("text", "")), float(sp)))
            if _is_number(points) and subs and len(subs) == len(raw_subs) and not math.isclose(
                    _fsum(s.points for s in subs), float(points), abs_tol=1e-9):
                out.add(d.file_of("sub_items"), iid, "sub_items",
                        f"points sum to {_fmt(_fsum(s.points for s in subs))} but the item has {_fmt(points)}")

    if len(out.problems) != before:
        return None

    if deduction is None:
        deduction = _default_deduction(d.part, float(points))
    ref = data.get("ref") or (f"{group.ref} 第{d.position}目" if group and group.ref else "")
    return Item(
        id=raw_id,
        part=d.part,
        category=str(category),
        heading=str(heading),
        text=str(text).strip(),
        points=float(points),
        deduction=str(deduction).strip(),
        rule=rule,
        params=MappingProxyType(dict(params or {})),
        document=document,
        absent=absent if d.part in ("document", "bonus") else None,
        absent_note=str(absent_note or "").strip() if d.part in ("document", "bonus") else "",
        group=group.id if group else None,
        sub_items=tuple(subs),
        note=str(data.get("note") or "").strip(),
        common_errors=tuple(str(e).strip() for e in (errs or ())),
        ref=str(ref),
        voids_document=bool(voids),
        file=d.file_of(None),
    )


def _default_deduction(part: str, points: float) -> str:
    if part == "veto":
        return "存在该情形的，案卷直接评为0分，并写明认定的具体理由。"
    if part == "basic":
        return f"任一文书缺少该要素的，扣{_fmt(points)}分。"
    if part == "bonus":
        return f"具备的加{_fmt(points)}分，不具备的不加分。"
    return f"不符合要求的不得分（本目{_fmt(points)}分），部分不符合的酌情扣分。"


def _fmt(x: float) -> str:
    return f"{x:g}"


# --------------------------------------------------------------------------- loading


def _kind_path(kind_or_path: str | Path) -> Path:
    if isinstance(kind_or_path, Path):
        return kind_or_path
    s = str(kind_or_path)
    if s in KINDS:
        return DATA_DIR / f"{s}.yaml"
    looks_like_path = any(sep in s for sep in ("/", "\\")) or s.endswith((".yaml", ".yml"))
    if not looks_like_path:
        raise ChecklistError([Problem(s, None, None, "is neither a checklist kind "
                                      f"({', '.join(KINDS)}) nor a path to a .yaml file")])
    return Path(s)


def load_checklist(kind_or_path: str | Path) -> Checklist:
    """Load and validate one checklist.

    ``kind_or_path`` is a shipped kind (``"general_penalty"`` …) or the path of a user's own
    kind file.  Includes are resolved relative to that file first, then to the shipped
    ``checklists/data/`` (so a copied kind file still finds the shared vetoes).
    Raises :class:`ChecklistError` naming file, item and field for every problem found.
    """
    path = _kind_path(kind_or_path)
    shown = display_path(path)
    raw = _read_yaml(path, shown)
    out = _Collector()
    if not isinstance(raw, dict):
        raise ChecklistError([Problem(shown, None, None, "must be a YAML mapping with a 'checklist:' section")])
    if "checklist" not in raw:
        hint = " (this looks like a shared part: include it from a kind file)" if "common" in raw else ""
        raise ChecklistError([Problem(shown, None, "checklist", f"section is missing{hint}")])
    for k in raw:
        if k not in _KIND_KEYS:
            out.add(shown, None, None, f"unknown top-level key {k!r}{_suggest(k, _KIND_KEYS)}")
    meta = _check_meta(raw.get("checklist"), _META_KEYS, ("kind", "title", "source", "version"),
                       shown, "checklist", out)
    if isinstance(kind_or_path, str) and kind_or_path in KINDS and meta.get("kind") not in (None, kind_or_path):
        out.add(shown, None, "checklist.kind", f"is {meta.get('kind')!r} but the file is the {kind_or_path} checklist")

    files: list[Path] = [path]
    drafts: list[_Draft] = []

    # includes
    includes = raw.get("include") or []
    if not isinstance(includes, list):
        out.add(shown, None, "include", "must be a list of file names")
        includes = []
    for entry in includes:
        inc = _resolve_include(entry, path.parent)
        if inc is None:
            out.add(shown, None, "include", f"{entry!r} not found (looked next to the file and in "
                    f"{display_path(DATA_DIR)})")
            continue
        if any(inc.resolve() == f.resolve() for f in files):
            out.add(shown, None, "include", f"{entry!r} is included twice")
            continue
        files.append(inc)
        inc_shown = display_path(inc)
        inc_raw = _read_yaml(inc, inc_shown)
        if not isinstance(inc_raw, dict) or "common" not in inc_raw:
            out.add(inc_shown, None, "common", "section is missing (an included file starts with common: "
                    "{name, source, version})")
            continue
        for k in inc_raw:
            if k not in _COMMON_KEYS:
                out.add(inc_shown, None, None, f"unknown top-level key {k!r}{_suggest(k, _COMMON_KEYS)}"
                        + (" (included files cannot include others)" if k == "include" else ""))
        cmeta = _check_meta(inc_raw.get("common"), _COMMON_META_KEYS, ("name", "source", "version"),
                            inc_shown, "common", out)
        inc_drafts = _read_sections(inc_raw, inc_shown, out)
        _check_declared_total(cmeta, "basic_points", "basic", inc_drafts, inc_shown, out)
        if "veto_count" in cmeta:
            n = sum(1 for dd in inc_drafts if dd.kind == "item" and dd.part == "veto")
            if cmeta["veto_count"] != n:
                out.add(inc_shown, None, "common.veto_count", f"is {cmeta['veto_count']} but the file lists {n} vetoes")
        drafts.extend(inc_drafts)
    included_ids = {dd.id for dd in drafts}

    # own sections
    drafts.extend(_read_sections(raw, shown, out))

    # duplicate ids (items, groups, across files)
    seen: dict[str, str] = {}
    unique: list[_Draft] = []
    for dd in drafts:
        if dd.id in seen:
            where = "this file" if seen[dd.id] == dd.file else seen[dd.id]
            out.add(dd.file, dd.id, None, f"duplicate id (already defined in {where})")
            continue
        seen[dd.id] = dd.file
        unique.append(dd)
    drafts = unique

    # exclude
    excludes = raw.get("exclude") or []
    if not isinstance(excludes, list):
        out.add(shown, None, "exclude", "must be a list of item or group ids")
        excludes = []
    excluded: set[str] = set()
    for eid in excludes:
        if eid not in included_ids:
            out.add(shown, None, "exclude", f"{eid!r} is not an item or group of the included files")
        excluded.add(eid)
    drafts = [dd for dd in drafts if dd.id not in excluded and dd.group not in excluded]

    # overrides
    overrides = raw.get("overrides") or {}
    if not isinstance(overrides, dict):
        out.add(shown, None, "overrides", "must be a mapping of id -> fields")
        overrides = {}
    by_id = {dd.id: dd for dd in drafts}
    for oid, fields_ in overrides.items():
        target = by_id.get(oid)
        if oid in excluded:
            out.add(shown, str(oid), "overrides", "names an item or group that exclude removes")
            continue
        if target is None or oid not in included_ids:
            out.add(shown, str(oid), "overrides", "names no included item or group (override only included "
                    "parts; edit your own items directly)")
            continue
        if not isinstance(fields_, dict):
            out.add(shown, str(oid), "overrides", "must be a mapping of fields")
            continue
        allowed = _GROUP_OVERRIDABLE if target.kind == "group" else _ITEM_OVERRIDABLE
        for k, v in fields_.items():
            if k not in allowed:
                out.add(shown, str(oid), f"overrides.{k}", f"cannot be overridden{_suggest(k, allowed)}")
                continue
            target.data[k] = v
            target.field_files[k] = shown

    extra_docs = meta.get("extra_documents") if isinstance(meta.get("extra_documents"), list) else []
    documents = KNOWN_DOCUMENTS | frozenset(x for x in extra_docs if isinstance(x, str))

    # groups first (items inherit from them)
    groups: dict[str, Group] = {}
    group_drafts = [dd for dd in drafts if dd.kind == "group"]
    bad_fields = {g.id: _validate_group(g, out) for g in group_drafts}
    items: list[Item] = []
    seen_ids = {dd.id: dd.file for dd in drafts}
    group_objs: dict[str, Group] = {}
    for g in group_drafts:
        data = g.data
        group_objs[g.id] = Group(
            id=g.id, part=g.part, name=str(data.get("name") or ""),
            points=float(data["points"]) if _is_number(data.get("points")) else 0.0,
            item_ids=(), document=data.get("document"),
            absent=data.get("absent") if data.get("absent") in ABSENT_VALUES else None,
            absent_note=str(data.get("absent_note") or "").strip(),
            heading=data.get("heading") if data.get("heading") in HEADINGS else None,
            note=str(data.get("note") or "").strip(), ref=str(data.get("ref") or ""), file=g.file)
    members: dict[str, list[str]] = {gid: [] for gid in group_objs}
    for dd in drafts:
        if dd.kind != "item":
            continue
        grp = group_objs.get(dd.group) if dd.group else None
        item = _build_item(dd, grp, documents, out, seen_ids, bad_fields.get(dd.group, frozenset()))
        if item is not None:
            items.append(item)
            if grp is not None:
                members[grp.id].append(item.id)
    for gid, g in group_objs.items():
        gd = next(dd for dd in group_drafts if dd.id == gid)
        total = _fsum(it.points for it in items if it.group == gid)
        declared = gd.data.get("points")
        complete = len(members[gid]) == sum(1 for dd in drafts if dd.kind == "item" and dd.group == gid)
        if _is_number(declared) and complete and members[gid] and not math.isclose(total, declared, abs_tol=1e-9):
            out.add(gd.file_of("points"), gid, "points",
                    f"is {_fmt(declared)} but its items sum to {_fmt(total)}")
        groups[gid] = dataclasses.replace(g, item_ids=tuple(members[gid]),
                                          points=float(declared) if _is_number(declared) else total)

    # declared totals of the kind file
    if not out.problems:
        for key, part in (("document_points", "document"), ("bonus_points", "bonus"), ("basic_points", "basic")):
            if key in meta and _is_number(meta[key]):
                total = _fsum(it.points for it in items if it.part == part)
                if not math.isclose(total, meta[key], abs_tol=1e-9):
                    out.add(shown, None, f"checklist.{key}",
                            f"is {_fmt(meta[key])} but the {part} items sum to {_fmt(total)}")
    if not items and not out.problems:
        out.add(shown, None, None, "has no items")
    out.raise_if_any()

    return Checklist(
        kind=str(meta["kind"]),
        title=str(meta["title"]).strip(),
        source=str(meta["source"]).strip(),
        version=str(meta["version"]).strip(),
        items=tuple(items),
        groups=tuple(groups.values()),
        issuer=str(meta.get("issuer") or "").strip(),
        doc_number=str(meta.get("doc_number") or "").strip(),
        revision=str(meta.get("revision") or "").strip(),
        section=str(meta.get("section") or "").strip(),
        notes=str(meta.get("notes") or "").strip(),
        path=path,
        files=tuple(files),
    )


def _check_declared_total(meta: dict, key: str, part: str, drafts: list[_Draft], shown: str,
                          out: _Collector) -> None:
    if key not in meta or not _is_number(meta[key]):
        return
    pts = [dd.data.get("points") for dd in drafts if dd.kind == "item" and dd.part == part]
    if not all(_is_number(p) for p in pts):
        return  # reported per item later
    total = _fsum(pts)
    if not math.isclose(total, meta[key], abs_tol=1e-9):
        out.add(shown, None, f"common.{key}", f"is {_fmt(meta[key])} but the items sum to {_fmt(total)}")


def load_all(directory: str | Path | None = None) -> dict[str, Checklist]:
    """Load every kind file.

    Without ``directory``: the six shipped kinds, in :data:`KINDS` order.  With a
    directory: every ``*.yaml`` directly in it that has a ``checklist:`` section (shared
    parts and ``scoring.yaml`` are skipped), keyed by their ``kind``.
    """
    if directory is None:
        return {kind: load_checklist(kind) for kind in KINDS}
    root = Path(directory)
    result: dict[str, Checklist] = {}
    for path in sorted(root.glob("*.y*ml")):
        raw = _read_yaml(path, display_path(path))
        if not isinstance(raw, dict) or "checklist" not in raw:
            continue
        cl = load_checklist(path)
        if cl.kind in result:
            raise ChecklistError([Problem(display_path(path), None, "checklist.kind",
                                          f"{cl.kind!r} is also the kind of {display_path(result[cl.kind].path)}")])
        result[cl.kind] = cl
    return result


__all__ = [
    "ABSENT_VALUES", "BASIC_CATEGORY", "DATA_DIR", "HEADINGS", "KINDS", "KIND_NAMES", "KNOWN_DOCUMENTS",
    "PARTS", "VETO_CATEGORIES", "Checklist", "ChecklistError", "Group", "Item", "Problem", "SubItem",
    "display_path", "load_all", "load_checklist",
]
