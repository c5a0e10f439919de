"""The data model: a case file is a CaseSpec holding an ordered list of DocSpecs.

A DocSpec carries the *facts* of one document (its doc_type, own number, date and
template fields such as the officers it names); its printed content (blocks) is
produced from those facts by a builder in ``documents`` at render time.  So a defect
injected into a DocSpec (a wrong date, one officer, a missing document) shows up in
both the rendered file and the expected case-json.
"""
from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Officer:
    name: str           # canonical, as expected in case-json (no padding); may be masked (张*军)
    cert: str           # 执法证号


@dataclass
class Party:
    name: str
    credit_code: str
    legal_rep: str
    address: str
    contact: str = "刘某"          # 现场负责人 / 陪同人员 (not an officer)
    contact_post: str = "安全环保部经理"
    phone: str = "023-6662XXXX"
    business: str = ""


@dataclass(frozen=True)
class Number:
    """A 文号. ``canonical`` is the case-json form; ``printed(style)`` the page form."""
    body: str            # e.g. 环罚, 巴南环立, 环刑移
    year: int
    seq: int
    office: str = ""     # e.g. 渝（巴南）; empty for 巴南环立〔2025〕31号
    suffix: str = "号"

    @property
    def canonical(self) -> str:
        return f"{self.office}{self.body}〔{self.year}〕{self.seq}{self.suffix}"

    def printed(self, style: str = "std") -> str:
        from .textutil import print_number
        return print_number(self, style)


@dataclass
class Block:
    """One layout block.  kind: text | table | spacer | pagebreak | image | photo."""
    kind: str
    text: str = ""
    size: float = 12.0
    align: str = "left"          # left | center | right | justify
    indent: int = 0              # first-line indent in characters
    left: float = 0.0            # extra left offset (pt)
    bold: bool = False           # PDF: fake bold (drawn twice, +0.3pt); DOCX: bold run
    char_space: float = 0.0      # PDF only: Tc (wide spacing -> "2 0 2 5 年" on extraction)
    space_before: float = 0.0
    space_after: float = 0.0
    leading: float | None = None
    # tables
    cols: list[float] = field(default_factory=list)
    rows: list[list[dict]] = field(default_factory=list)   # cells: {text, colspan, rowspan, align, valign}
    # images
    image: bytes | None = None   # PNG bytes
    height: float = 0.0          # spacer / photo frame height (pt)
    text_layer: bool = True      # image page: False -> no text on that page


@dataclass
class DocSpec:
    template: str                    # builder key in documents.BUILDERS
    doc_type: str                    # case-json doc_type
    title: str                       # printed title (first heading)
    number: Number | None = None     # the document's own 文号 (None when it has none)
    date: dt.date | None = None      # the document's date per docs/facts.md
    fields: dict[str, Any] = field(default_factory=dict)
    file_stem: str | None = None     # file name (no extension) in folder/zip formats
    style: dict[str, Any] = field(default_factory=dict)   # per-document overrides of Style
    catalogue_title: str | None = None


@dataclass
class Style:
    number: str = "std"          # std | sq | paren | fwsq | messy | fwdigit   (see textutil.print_number)
    date: str = "cn"             # 落款 dates: cn | dot | dash | hz | hzo | fw
    form_date: str = "cn"        # dates inside records/forms
    name_sep: str = "、"         # 、 ， / or " "
    pad_names: bool = False      # 王华 -> 王  华
    party_label: str = "当事人"   # 当事人 | 当事人名称 | 被处罚单位
    inspector_label: str = "检查人"   # 检查人 | 执法人员
    inquirer_label: str = "询问人"    # 询问人 | 调查人
    amount: str = "capital"      # capital | wan | plain
    fake_bold: bool = False      # PDF titles drawn twice
    char_space: bool = False     # PDF: wide spacing on 落款 date and number lines
    spaced_titles: bool = False  # titles printed with literal spaces (送 达 回 证)
    cert_layout: str = "inline"  # inline | lines | trailing


@dataclass
class CaseSpec:
    case_id: str                    # case-01 …
    fmt: str                        # pdf_dir | docx_dir | combined_pdf | zip_pdf | zip_docx | single_docx | mixed_dir
    kind: str                       # penalty | no_penalty | seizure | transfer_detention | transfer_criminal
    scenario: str                   # key in scenarios.SCENARIOS
    party: Party
    cause: str | None
    officers: dict[str, Officer]    # everybody with a certificate, by canonical name
    tags: list[str] = field(default_factory=list)
    equipment: list[str] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    fine: int | None = None
    documents: list[DocSpec] = field(default_factory=list)
    style: Style = field(default_factory=Style)
    dates: dict[str, dt.date] = field(default_factory=dict)      # case chronology (cited by other documents)
    numbers: dict[str, Number] = field(default_factory=dict)     # filing, notice, decision, correction, seizure, transfer, police
    zip_top: str | None = None       # zip formats: top folder inside the zip (None = flat)
    zip_dir_entries: bool = False    # zip formats: store explicit directory entries
    file_prefix: str = "{i:02d}-"    # folder/zip formats: file name prefix ("" = none, "{i:02d}" = 01立案审批表)
    with_cover: bool = True          # single_docx: start with 卷宗封面 + 卷内目录
    distractors: list[str] = field(default_factory=list)   # phrases placed in the text (README/tests)
    quirks: list[str] = field(default_factory=list)
    notes: str = ""

    def copy(self) -> "CaseSpec":
        return copy.deepcopy(self)

    def doc(self, doc_type: str) -> DocSpec | None:
        for d in self.documents:
            if d.doc_type == doc_type:
                return d
        return None

    def docs(self, doc_type: str) -> list[DocSpec]:
        return [d for d in self.documents if d.doc_type == doc_type]

    # handy for defect injection
    def remove(self, doc_type: str) -> "CaseSpec":
        self.documents = [d for d in self.documents if d.doc_type != doc_type]
        return self
