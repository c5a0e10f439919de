"""The candidate roster (候选名单): read XLSX / CSV / YAML, write a blank XLSX template.

One row per use of a case by a candidate (see shared/spec/roster.md). A row that cannot be
understood is reported with its row number (`RosterIssue`, severity "error") and skipped; the
rest of the roster is still read. Rows that were read but needed a guess (a kind inferred, a
candidate carried down from the row above) carry a "warning" issue.

Row numbers are the ones a user sees: the spreadsheet row for XLSX, the line of the record for
CSV, the line of the item for YAML.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from extractors.normalize import normalize_name, to_halfwidth

# ------------------------------------------------------------------------------------------
# Vocabulary

COLUMNS = ["candidate", "kind", "cert_no", "use", "case", "note"]
COLUMN_LABELS = {
    "candidate": "候选人", "kind": "类型", "cert_no": "执法证号",
    "use": "用途", "case": "案件", "note": "备注",
}
# Header aliases (after folding: half-width, no spaces, lower case).
_HEADER_ALIASES = {
    "candidate": ["候选人", "candidate", "姓名", "候选人姓名", "候选人名称", "候选对象", "名称",
                  "候选集体", "候选个人", "候选人/单位", "name"],
    "kind": ["类型", "kind", "候选类型", "类别", "候选人类型", "type"],
    "cert_no": ["执法证号", "cert_no", "certno", "cert", "执法证件号", "执法证件号码", "证号",
                "执法证编号", "执法证"],
    "use": ["用途", "use", "申报用途", "用于", "案卷用途", "申报项目", "指标", "usage"],
    "case": ["案件", "case", "案卷", "案号", "文号", "决定书文号", "案件名称", "案卷名称",
             "处罚决定书文号", "案件编号"],
    "note": ["备注", "note", "notes", "说明", "remark", "remarks"],
}

KINDS = {"individual": "个人", "collective": "集体"}
_KIND_ALIASES = {
    "individual": ["个人", "individual", "候选个人", "个", "person", "人员"],
    "collective": ["集体", "collective", "候选集体", "单位", "区县集体", "集", "team", "unit"],
}

USES = {
    "quality_recommended": "推荐案卷",
    "quality_drawn": "随机抽取案卷",
    "new_equipment": "新装备",
    "non_site": "非现场",
    "new_tech": "新装备新技术应用",
    "key": "重点案件",
    "key_field": "关键领域",
    "lead_identification": "线索识别",
    "lead_handling": "线索查办",
    "veto": "否决事项",
}
QUALITY_USES = ("quality_recommended", "quality_drawn")
CASE_HANDLING_USES = ("new_equipment", "non_site", "new_tech", "key", "key_field",
                      "lead_identification", "lead_handling")
_USE_ALIASES = {
    "quality_recommended": ["推荐案卷", "推荐", "推荐卷", "案卷质量推荐", "推荐评查案卷",
                            "recommended", "quality_recommended"],
    "quality_drawn": ["随机抽取案卷", "随机抽取", "抽取案卷", "随机案卷", "抽取", "随机",
                      "案卷质量抽取", "drawn", "quality_drawn"],
    "new_equipment": ["新装备", "新装备应用", "新装备运用", "运用新装备", "new_equipment"],
    "non_site": ["非现场", "非现场执法", "非现场执法监管", "非现场监管", "non_site", "nonsite"],
    "new_tech": ["新装备新技术应用", "新装备新技术", "新技术", "new_tech"],
    "key": ["重点案件", "重点案件办理", "重点", "key", "key_case"],
    "key_field": ["关键领域", "关键领域案件", "关键领域案件办理", "key_field", "keyfield",
                  "案件查办"],
    "lead_identification": ["线索识别", "lead_identification"],
    "lead_handling": ["线索查办", "推送线索查办", "lead_handling"],
    "veto": ["否决事项", "否决", "否决项", "veto", "一票否决"],
}
# Notes that say "no veto" on a veto row.
_NO_VETO = {"无", "否", "没有", "/", "-", "—", "无否决事项", "none", "no", "n/a", "na"}

_COLLECTIVE_HINT = re.compile(r"(局|支队|大队|中队|科|站|中心|集体|委员会|政府|部门)$")


def _fold(text: Any) -> str:
    """Header/label folding: half-width, no spaces, lower case, no trailing colon."""
    s = to_halfwidth(str(text if text is not None else ""))
    s = re.sub(r"\s+", "", s).lower()
    return s.strip(":：*＊")


def _build_lookup(aliases: Mapping[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for code, names in aliases.items():
        for n in names:
            out[_fold(n)] = code
    return out


_HEADER_LOOKUP = _build_lookup(_HEADER_ALIASES)
_KIND_LOOKUP = _build_lookup(_KIND_ALIASES)
_USE_LOOKUP = _build_lookup(_USE_ALIASES)


def parse_header(cell: Any) -> str | None:
    """Column code for a header cell: 候选人 / candidate / 候选人（candidate） / "用途 *"."""
    s = _fold(cell)
    if not s:
        return None
    if s in _HEADER_LOOKUP:
        return _HEADER_LOOKUP[s]
    if s in _USE_LOOKUP or s in ("新装备新技术应用", "重点案件办理", "关键领域案件办理"):
        return None          # a use label: a column of a "wide" roster (see use_column)
    # "候选人(candidate)" / "用途（use）": try both parts.
    m = re.match(r"^(.*?)[(（](.*?)[)）]$", s)
    if m:
        for part in (m.group(1), m.group(2)):
            if part in _HEADER_LOOKUP:
                return _HEADER_LOOKUP[part]
    # Longer headers: 案卷名称/文号, 候选人（集体或个人）, 执法证件编号 …
    if "备注" in s or "说明" in s:
        return "note"
    if "证" in s and ("号" in s or "编码" in s):
        return "cert_no"
    if "用途" in s or "申报" in s or "指标" in s:
        return "use"
    if "类型" in s or "类别" in s:
        return "kind"
    if "案" in s or "文号" in s:
        return "case"
    if "候选" in s or "姓名" in s:
        return "candidate"
    return None


def parse_kind(value: Any) -> str | None:
    s = _fold(value)
    if not s:
        return None
    if s in _KIND_LOOKUP:
        return _KIND_LOOKUP[s]
    if "集体" in s or "单位" in s:
        return "collective"
    if "个人" in s:
        return "individual"
    return None


def _use_word(s: str) -> str | None:
    if s in _USE_LOOKUP:
        return _USE_LOOKUP[s]
    for word, code in (("推荐", "quality_recommended"), ("抽取", "quality_drawn"),
                       ("否决", "veto"), ("线索识别", "lead_identification"),
                       ("线索查办", "lead_handling"), ("非现场", "non_site"),
                       ("重点案件", "key"), ("关键领域", "key_field"), ("移送", "key"),
                       ("危险废物", "key_field"), ("危废", "key_field"), ("第三方", "key_field"),
                       ("弄虚作假", "key_field"), ("新领域", "key_field")):
        if word in s:
            return code
    if "新装备" in s and "新技术" in s:
        return "new_tech"
    if "新装备" in s:
        return "new_equipment"
    return None


def parse_use(value: Any) -> str | None:
    """Use code for a label: 推荐案卷 / quality_recommended / " 推荐 " / 重点案件办理 /
    新装备新技术应用（非现场） / 非现场执法监管-线索识别 … (the most specific part wins)."""
    s = _fold(value)
    if not s:
        return None
    if s in _USE_LOOKUP:
        return _USE_LOOKUP[s]
    parts = [p for p in re.split(r"[-－—:：/（）()\[\]【】]+", s) if p]
    codes = [_use_word(p) for p in parts]
    specific = [c for c in codes if c and c != "new_tech"]
    if specific:
        return specific[-1]
    if "new_tech" in codes:
        return "new_tech"
    return _use_word(s)


def use_column(cell: Any) -> str | None:
    """The use a column stands for in a wide roster (one column per use), or None."""
    s = _fold(cell)
    if not s or parse_header(cell):
        return None
    code = parse_use(cell)
    return code if code and code != "veto" else ("veto" if "否决" in s else None)


def _cell_text(value: Any) -> str | None:
    """A cell as text: None/blank → None; 50011320190123.0 → "50011320190123"."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    s = to_halfwidth(str(value)).strip()
    s = s.replace("\u200b", "").replace("\ufeff", "")
    return s or None


# ------------------------------------------------------------------------------------------
# Data model


@dataclass
class RosterRow:
    row: int
    candidate: str
    kind: str            # individual | collective
    use: str             # a key of USES
    case: str | None     # how the user names the case; None for veto rows and undrawn files
    cert_no: str | None = None
    note: str | None = None
    raw: dict = field(default_factory=dict)

    @property
    def use_label(self) -> str:
        return USES.get(self.use, self.use)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class RosterIssue:
    row: int
    message: str
    severity: str = "error"   # error: the row was skipped; warning: read, with a guess
    raw: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Candidate:
    name: str                # display name, unique within the roster
    kind: str
    cert_no: str | None
    rows: list[RosterRow] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    def rows_for(self, *uses: str) -> list[RosterRow]:
        return [r for r in self.rows if r.use in uses]

    @property
    def vetoes(self) -> list[RosterRow]:
        return self.rows_for("veto")


@dataclass
class Roster:
    rows: list[RosterRow] = field(default_factory=list)
    issues: list[RosterIssue] = field(default_factory=list)
    source: str | None = None

    def candidates(self) -> list[Candidate]:
        """Candidates in order of first appearance.

        Rows of one candidate share (kind, name). Two people with the same name are told apart
        by their certificate numbers; a row without one belongs to the previous row's person.
        """
        groups: dict[tuple[str, str], list[RosterRow]] = {}
        unit_names: dict[str, str] = {}
        for r in self.rows:
            name = r.candidate
            if r.kind == "collective":
                # 重庆市巴南区生态环境局 and 巴南区生态环境局 are one unit.
                core = re.sub(r"^(?:重庆市|重庆)", "", name)
                name = unit_names.setdefault(core, name)
            groups.setdefault((r.kind, name), []).append(r)
        out: list[tuple[int, Candidate]] = []
        for (kind, name), rows in groups.items():
            certs = []
            for r in rows:
                if r.cert_no and r.cert_no not in certs:
                    certs.append(r.cert_no)
            if len(certs) <= 1:
                out.append((rows[0].row, Candidate(name, kind, certs[0] if certs else None, rows)))
                continue
            by_cert: dict[str, list[RosterRow]] = {c: [] for c in certs}
            current = None
            pending: list[RosterRow] = []
            for r in rows:
                if r.cert_no:
                    current = r.cert_no
                    by_cert[current].extend(pending)
                    pending = []
                    by_cert[current].append(r)
                elif current is None:
                    pending.append(r)
                else:
                    by_cert[current].append(r)
            for cert, crow in by_cert.items():
                crow.sort(key=lambda x: x.row)
                out.append((crow[0].row, Candidate(f"{name}（{cert}）", kind, cert, crow)))
        out.sort(key=lambda t: t[0])
        return [c for _, c in out]

    def to_dict(self) -> dict:
        return {"source": self.source, "rows": [r.to_dict() for r in self.rows],
                "issues": [i.to_dict() for i in self.issues]}


class RosterError(ValueError):
    """The file cannot be read as a roster at all (no header row, unknown format)."""


# ------------------------------------------------------------------------------------------
# Parsing records (dicts keyed by column code) into rows


def _infer_kind(name: str, cert_no: str | None) -> str | None:
    if _COLLECTIVE_HINT.search(name) or len(name) > 6:
        return "collective"
    if cert_no or re.fullmatch(r"[\u3400-\u9fff*＊某]{2,4}", name):
        return "individual"
    return None


def rows_from_records(records: Iterable[tuple[int, Mapping[str, Any]]],
                      source: str | None = None) -> Roster:
    """Build a Roster from (row number, {column code: value}) pairs.

    Column codes are those of COLUMNS; unknown keys are kept in `raw`.
    """
    roster = Roster(source=source)
    prev: RosterRow | None = None
    known_kind: dict[str, str] = {}
    for rowno, rec in records:
        raw = {k: _cell_text(v) for k, v in rec.items()}
        vals = {c: raw.get(c) for c in COLUMNS}
        if not any(vals.values()):
            continue  # blank row
        warnings: list[str] = []
        name_raw = vals["candidate"]
        kind = parse_kind(vals["kind"]) if vals["kind"] else None
        if vals["kind"] and kind is None:
            roster.issues.append(RosterIssue(
                rowno, f"第{rowno}行：类型“{vals['kind']}”无法识别（应为 个人 或 集体），该行未读取。",
                "error", raw))
            continue
        use = parse_use(vals["use"]) if vals["use"] else None
        if use is None:
            if vals["use"]:
                msg = (f"第{rowno}行：用途“{vals['use']}”无法识别（可用：" +
                       "、".join(USES.values()) + "），该行未读取。")
            else:
                msg = f"第{rowno}行：未填写用途，该行未读取。"
            roster.issues.append(RosterIssue(rowno, msg, "error", raw))
            continue
        if not name_raw:
            if prev is None:
                roster.issues.append(RosterIssue(
                    rowno, f"第{rowno}行：未填写候选人，且上方没有可沿用的候选人，该行未读取。",
                    "error", raw))
                continue
            name_raw = prev.candidate
            kind = kind or prev.kind
            vals["cert_no"] = vals["cert_no"] or prev.cert_no
            warnings.append(f"第{rowno}行：未填写候选人，沿用上一行的“{prev.candidate}”。")
        cert = re.sub(r"\s+", "", vals["cert_no"]) if vals["cert_no"] else None
        name = _candidate_name(name_raw)
        if not name:
            roster.issues.append(RosterIssue(
                rowno, f"第{rowno}行：候选人“{name_raw}”无法识别，该行未读取。", "error", raw))
            continue
        inferred = False
        if kind is None:
            kind = known_kind.get(name)
            if kind is None:
                kind = _infer_kind(name, cert)
                inferred = True
            if kind is None:
                roster.issues.append(RosterIssue(
                    rowno, f"第{rowno}行：未填写类型，无法判断“{name}”是个人还是集体，该行未读取。",
                    "error", raw))
                continue
            if inferred:
                warnings.append(f"第{rowno}行：未填写类型，按名称推定“{name}”为"
                                f"{KINDS[kind]}。")
        known_kind.setdefault(name, kind)
        case = vals["case"]
        note = vals["note"]
        if use == "veto":
            if note is None and case:
                note, case = case, None
            if note is not None and _fold(note) in _NO_VETO:
                roster.issues.append(RosterIssue(
                    rowno, f"第{rowno}行：否决事项写的是“{note}”，视为没有否决事项。",
                    "warning", raw))
                continue
            if note is None:
                warnings.append(f"第{rowno}行：否决事项未写明具体事实。")
        elif case is None and use != "quality_drawn":
            roster.issues.append(RosterIssue(
                rowno, f"第{rowno}行：{USES[use]}未填写案件，该行未读取。", "error", raw))
            continue
        parts = split_cases(case) if case else [case]
        if len(parts) > 1:
            warnings.append(f"第{rowno}行：案件一栏写了{len(parts)}个案件，按{len(parts)}行读取。")
        for part in parts:
            row = RosterRow(rowno, name, kind, use, part, cert, note,
                            {k: v for k, v in raw.items() if v is not None})
            roster.rows.append(row)
        for w in warnings:
            roster.issues.append(RosterIssue(rowno, w, "warning", raw))
        prev = row
    # Kinds inferred before a later row stated them: align with the stated kind.
    stated: dict[str, str] = {}
    for r in roster.rows:
        if r.raw.get("kind") and parse_kind(r.raw["kind"]):
            stated.setdefault(r.candidate, r.kind)
    for r in roster.rows:
        if not r.raw.get("kind") and r.candidate in stated:
            r.kind = stated[r.candidate]
    return roster


def split_cases(text: str) -> list[str]:
    """A cell naming several cases by number ("…12号、…21号", "…12号 和 …21号") → one string
    per case. Anything else (a party + cause with a comma in it) stays whole."""
    from .case_match import parse_numbers

    parts = [p.strip() for p in re.split(r"[、，,；;\n]+", text) if p and p.strip()]
    if len(parts) > 1 and all(len(parse_numbers(p)) == 1 for p in parts):
        return parts
    # File or folder names: case-02、case-03
    parts = [p.strip() for p in re.split(r"[、；;\n]+", text) if p and p.strip()]
    if len(parts) > 1 and all(re.fullmatch(r"[\w\-.()/\\]+", p, re.ASCII) for p in parts):
        return parts
    nums = parse_numbers(text)
    if len(nums) > 1:
        from extractors.normalize import normalize_number

        rest = normalize_number(text) or ""
        for n in nums:
            rest = rest.replace(n.text, "", 1)
        if re.fullmatch(r"[\s、，,；;/和及与]*", rest):
            return [n.text for n in nums]
    return [text]


def _candidate_name(raw: str) -> str | None:
    s = to_halfwidth(raw).strip()
    # 李明（执法支队）→ 李明: a person's name with a remark in brackets. (normalize_name alone
    # would strip only the closing bracket.) Units keep theirs: 巴南区生态环境局（执法支队）.
    m = re.fullmatch(r"(.+?)\s*[（(][^（）()]*[）)]", s)
    if m and re.fullmatch(r"[\u3400-\u9fff*＊·某]{2,4}", re.sub(r"\s+", "", m.group(1))):
        s = m.group(1)
    # Individuals: "王  华" → "王华"; units keep their inner text but lose spaces too.
    s = normalize_name(s) or ""
    return s or None


# ------------------------------------------------------------------------------------------
# Tabular sources (XLSX, CSV)


def _records_from_table(rows: list[tuple[int, list[Any]]], source: str) -> Roster:
    header_at = None
    mapping: dict[int, str] = {}
    wide: dict[int, str] = {}
    for idx, (rowno, cells) in enumerate(rows[:15]):
        m, w = {}, {}
        for j, c in enumerate(cells):
            code = parse_header(c)
            if code and code not in m.values():
                m[j] = code
            elif code is None and use_column(c):
                w[j] = use_column(c)
        codes = set(m.values())
        if (len(codes) >= 3 or {"candidate", "use"} <= codes or {"case", "use"} <= codes
                or ("candidate" in codes and w)):
            header_at, mapping, wide = idx, m, w
            break
    if header_at is None:
        raise RosterError(f"{source}: 找不到表头行（应含 候选人、类型、用途、案件 等列）")
    roster_records = []
    for rowno, cells in rows[header_at + 1:]:
        rec = {}
        for j, code in mapping.items():
            rec[code] = cells[j] if j < len(cells) else None
        wide_cells = [(use, cells[j]) for j, use in wide.items() if j < len(cells) and _cell_text(cells[j])]
        if wide_cells:
            # One record per filled use column; a use/case pair in the row is read as well.
            base = {c: rec.get(c) for c in ("candidate", "kind", "cert_no")}
            for use, value in wide_cells:
                w = dict(base, use=USES[use], case=None if use == "veto" else value,
                         note=value if use == "veto" else rec.get("note"))
                roster_records.append((rowno, w))
            if not (_cell_text(rec.get("use")) or _cell_text(rec.get("case"))):
                continue
        extra = [c for j, c in enumerate(cells)
                 if j not in mapping and j not in wide and _cell_text(c)]
        if all(re.fullmatch(r"\d+\.?", str(_cell_text(c))) for c in extra):
            extra = []           # a 序号 column on an otherwise empty row
        if extra and not any(_cell_text(v) for v in rec.values()):
            rec["_extra"] = " ".join(str(_cell_text(c)) for c in extra)
        roster_records.append((rowno, rec))
    roster = rows_from_records(roster_records, source)
    # Rows with text only outside the known columns cannot be understood: report them.
    for rowno, rec in roster_records:
        if rec.get("_extra") and not any(_cell_text(rec.get(c)) for c in COLUMNS if c != "_extra"):
            roster.issues.append(RosterIssue(
                rowno, f"第{rowno}行：内容“{rec['_extra'][:30]}”不在任何已知列中，该行未读取。",
                "error", {"text": rec["_extra"]}))
    roster.issues.sort(key=lambda i: i.row)
    needed = ("candidate",) if wide else ("candidate", "use", "case")
    missing = [COLUMN_LABELS[c] for c in needed if c not in mapping.values()]
    if missing:
        roster.issues.insert(0, RosterIssue(0, f"表头缺少列：{'、'.join(missing)}。", "warning"))
    return roster


def read_xlsx(path: str | Path) -> Roster:
    import openpyxl

    path = Path(path)
    wb = openpyxl.load_workbook(path, data_only=True)
    last_error: RosterError | None = None
    for ws in wb.worksheets:
        merged = {}
        for rng in ws.merged_cells.ranges:
            top = ws.cell(rng.min_row, rng.min_col).value
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    merged[(r, c)] = top
        rows = []
        for r_idx, row in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [merged.get((r_idx, c_idx), v) for c_idx, v in enumerate(row, start=1)]
            rows.append((r_idx, cells))
        try:
            roster = _records_from_table(rows, f"{path.name}:{ws.title}")
        except RosterError as exc:
            last_error = exc
            continue
        roster.source = str(path)
        return roster
    raise last_error or RosterError(f"{path}: 工作簿为空")


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def read_csv_text(text: str, source: str = "<csv>") -> Roster:
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    delim = max([",", "\t", ";", "，"], key=first.count)
    if first.count(delim) == 0:
        delim = ","
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    rows = []
    for cells in reader:
        rows.append((reader.line_num, cells))
    roster = _records_from_table(rows, source)
    roster.source = source
    return roster


def read_csv(path: str | Path) -> Roster:
    path = Path(path)
    return read_csv_text(_decode(path.read_bytes()), str(path))


# ------------------------------------------------------------------------------------------
# YAML


def read_yaml_text(text: str, source: str = "<yaml>") -> Roster:
    """Rows from YAML: a list of row mappings, or {rows|roster|候选名单: [...]}, or grouped
    per candidate: [{candidate: 李明, kind: 个人, cases: [{use: 推荐案卷, case: …}, …]}]
    (`cases` may also be a mapping use → case or list of cases)."""
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    if node is None:
        return Roster(source=source)

    def construct(n):
        ld = yaml.SafeLoader("")
        try:
            return ld.construct_object(n, deep=True)
        finally:
            ld.dispose()

    def line(n) -> int:
        return n.start_mark.line + 1

    items: list[tuple[Any, str | None]] = []      # (item node, candidate from a mapping key)
    if isinstance(node, yaml.MappingNode):
        seq = None
        for k, v in node.value:
            if _fold(construct(k)) in ("rows", "roster", "候选名单", "名单", "candidates", "候选人"):
                seq = v
                break
        if seq is not None:
            node = seq
        elif all(isinstance(v, (yaml.MappingNode, yaml.SequenceNode)) for _, v in node.value):
            # {李明: {类型: 个人, 推荐案卷: …}, 巴南区生态环境局: [...]}: keyed by candidate.
            for k, v in node.value:
                name = str(construct(k))
                if isinstance(v, yaml.MappingNode):
                    items.append((v, name))
                else:
                    items.extend((sub, name) for sub in v.value)
            node = None
        else:
            raise RosterError(f"{source}: YAML 顶层应为行列表，或含 rows: 列表")
    if node is not None:
        if not isinstance(node, yaml.SequenceNode):
            raise RosterError(f"{source}: YAML 顶层应为行列表")
        items = [(item, None) for item in node.value]

    records: list[tuple[int, dict]] = []
    bad: list[RosterIssue] = []
    for item, keyed_name in items:
        if not isinstance(item, yaml.MappingNode):
            bad.append(RosterIssue(line(item), f"第{line(item)}行：不是“列名: 值”形式，该项未读取。",
                                   "error", {"text": str(construct(item))[:60]}))
            continue
        fields: dict[str, Any] = {"candidate": keyed_name} if keyed_name else {}
        nested = None
        emitted = 0
        for k, v in item.value:
            key = construct(k)
            fk = _fold(key)
            code = None if fk in _USE_LOOKUP else parse_header(key)
            if code:
                if isinstance(v, (yaml.SequenceNode, yaml.MappingNode)) and code == "case":
                    nested = v
                elif isinstance(v, yaml.ScalarNode):
                    fields[code] = construct(v)
            elif fk in ("cases", "rows", "uses", "案件列表", "案卷列表", "用途列表"):
                nested = v
            elif fk in _USE_LOOKUP:
                # A use label as a key: {推荐案卷: 渝(巴南)环罚[2025]23号} or {新装备: [A, B]}
                values = v.value if isinstance(v, yaml.SequenceNode) else [v]
                for vn in values:
                    records.append((line(vn), {"_use_key": key, "_case_node": vn}))
                    emitted += 1
        # Fill the candidate fields into the use-keyed records of this item.
        for i in range(len(records) - emitted, len(records)):
            ln, rec = records[i]
            records[i] = (ln, {**_base(fields), "use": rec["_use_key"],
                               "case": construct(rec["_case_node"])})
        if nested is not None:
            records.extend(_nested_records(nested, fields, construct, line))
        elif "use" in fields or "case" in fields:
            records.append((line(item), {c: fields.get(c) for c in COLUMNS}))
        elif not emitted:
            bad.append(RosterIssue(line(item), f"第{line(item)}行：没有用途或案件，该项未读取。",
                                   "error", {k: str(v) for k, v in fields.items()}))
    roster = rows_from_records(records, source)
    roster.issues.extend(bad)
    roster.issues.sort(key=lambda i: i.row)
    return roster


def _base(fields: dict) -> dict:
    return {c: fields.get(c) for c in ("candidate", "kind", "cert_no")}


def _nested_records(node, fields, construct, line) -> list[tuple[int, dict]]:
    import yaml

    out = []
    base = _base(fields)
    if isinstance(node, yaml.MappingNode):       # {推荐案卷: X, 新装备: [A, B]}
        for k, v in node.value:
            values = v.value if isinstance(v, yaml.SequenceNode) else [v]
            for vn in values:
                out.append((line(vn), {**base, "use": construct(k), "case": construct(vn)}))
    else:
        for sub in node.value:
            if isinstance(sub, yaml.MappingNode):
                rec = dict(base)
                for k, v in sub.value:
                    code = parse_header(construct(k))
                    if code:
                        rec[code] = construct(v)
                out.append((line(sub), rec))
            else:
                out.append((line(sub), {**base, "use": fields.get("use"),
                                        "case": construct(sub)}))
    return out


def read_yaml(path: str | Path) -> Roster:
    path = Path(path)
    return read_yaml_text(_decode(path.read_bytes()), str(path))


# ------------------------------------------------------------------------------------------
# Entry points


def read_roster(path: str | Path) -> Roster:
    """Read a roster file; the format follows the extension (.xlsx/.xlsm, .csv/.txt, .yaml/.yml).

    Raises RosterError when the file cannot be a roster at all; row problems are in
    `Roster.issues`.
    """
    path = Path(path)
    ext = path.suffix.lower()
    readers = {".xlsx": read_xlsx, ".xlsm": read_xlsx, ".csv": read_csv, ".txt": read_csv,
               ".tsv": read_csv, ".yaml": read_yaml, ".yml": read_yaml}
    if ext in readers:
        try:
            return readers[ext](path)
        except RosterError:
            raise
        except OSError as exc:
            raise RosterError(f"{path}: 无法打开名单文件（{exc}）") from exc
        except Exception as exc:          # corrupt XLSX, YAML syntax, NUL bytes in a CSV …
            raise RosterError(f"{path}: 名单文件无法读取（{type(exc).__name__}: {exc}）") from exc
    if ext == ".json":
        import json
        data = json.loads(_decode(path.read_bytes()))
        rows = data.get("rows", data) if isinstance(data, dict) else data
        recs = []
        for i, r in enumerate(rows, start=1):
            recs.append((i, {parse_header(k) or k: v for k, v in r.items()}))
        return rows_from_records(recs, str(path))
    raise RosterError(f"{path}: 不支持的名单格式（支持 .xlsx、.csv、.yaml）")


def write_template(path: str | Path, *, max_rows: int = 500) -> Path:
    """Write a blank roster template: the six columns, drop-downs for 类型 and 用途, and a
    second sheet explaining the uses."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "候选名单"
    ws.append([COLUMN_LABELS[c] for c in COLUMNS])
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center")
    widths = {"A": 18, "B": 8, "C": 20, "D": 16, "E": 36, "F": 30}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    last = max_rows + 1
    for r in range(2, last + 1):       # certificate numbers as text (no 5.0011E+13)
        ws.cell(r, 3).number_format = "@"

    use_labels = [u for u in USES.values() if u != USES["new_tech"]]
    dv_use = DataValidation(type="list", formula1='"' + ",".join(use_labels) + '"',
                            allow_blank=True, showDropDown=False)
    dv_use.error = "请从下拉列表选择用途"
    dv_use.errorTitle = "用途"
    dv_use.prompt = "推荐案卷/随机抽取案卷为案卷质量；否决事项请在备注中写明事实"
    dv_use.promptTitle = "用途"
    dv_use.showErrorMessage = True
    dv_use.showInputMessage = True
    dv_use.add(f"D2:D{last}")
    dv_kind = DataValidation(type="list", formula1='"个人,集体"', allow_blank=True)
    dv_kind.error = "请选择 个人 或 集体"
    dv_kind.showErrorMessage = True
    dv_kind.add(f"B2:B{last}")
    ws.add_data_validation(dv_use)
    ws.add_data_validation(dv_kind)

    help_ws = wb.create_sheet("说明")
    help_ws.append(["用途", "代码", "适用", "说明"])
    for cell in help_ws[1]:
        cell.font = bold
    explain = {
        "quality_recommended": ("个人/集体", "案卷质量：推荐的1份案卷"),
        "quality_drawn": ("个人/集体", "案卷质量：随机抽取的1份案卷；未抽取时案件留空"),
        "new_equipment": ("个人", "新装备新技术应用：运用新装备查办的案件"),
        "non_site": ("个人", "新装备新技术应用：非现场执法监管平台发现线索的案件"),
        "key": ("个人", "重点案件办理：移送公安机关且公安已立案的案件"),
        "key_field": ("个人/集体", "关键领域案件办理；集体为涉危废、第三方弄虚作假、新领域案件"),
        "lead_identification": ("集体", "非现场执法监管：线索识别"),
        "lead_handling": ("集体", "非现场执法监管：上级推送线索查办"),
        "veto": ("个人/集体", "否决事项：在备注中写明事实（如 行政诉讼败诉、复议撤销、连续3年获评）"),
    }
    for code, (who, text) in explain.items():
        help_ws.append([USES[code], code, who, text])
    help_ws.append([])
    help_ws.append(["案件", "", "", "可写处罚决定书文号、立案编号、当事人+案由，或案卷文件夹/文件名"])
    help_ws.column_dimensions["A"].width = 16
    help_ws.column_dimensions["B"].width = 22
    help_ws.column_dimensions["C"].width = 10
    help_ws.column_dimensions["D"].width = 70
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
