"""Rules about who acted: two qualified officers, voters and reviewers who did not investigate,
and the same party throughout (B1, vetoes 2, 3, 18, 21)."""
from __future__ import annotations

import re

from checklists.registry import Verdict, rule

from ._facts import fail, investigators, passed, people, review


@rule("officers_min_two")
def officers_min_two(case, config) -> Verdict:
    """Every inspection and inquiry record names two or more officers with certificate numbers."""
    records = case.docs("inspection_record", "inquiry_record")
    if not records:
        return review("案卷中未找到现场检查笔录或调查询问笔录，无法核对执法人员人数")
    unread = []
    # 细则 veto 2, 注意事项: a record without certificate numbers is not a veto while the file
    # as a whole shows two or more officers' certificates.
    file_certs = case.facts("cert_no")  # occurrences: masked numbers look alike
    for record in records:
        officers = [f for f in record.facts if f.kind == "person"
                    and f.role in ("inspector", "inquirer")]
        certs = [f for f in record.facts if f.kind == "cert_no"]
        title = record.document.title or record.document.doc_type
        if not officers:
            unread.append(record)
            continue
        if len({f.value for f in officers}) < 2:
            return fail(f"{title}（第{record.document.first_page}页）只载明执法人员"
                        f"{'、'.join(f.value for f in officers)}，少于两名", record, *officers)
        if len(certs) < 2 and len(file_certs) < 2:
            return fail(f"{title}（第{record.document.first_page}页）执法证号少于两个"
                        f"（找到{len(certs)}个），案卷其他笔录也未载明", record, *officers, *certs)
    if unread:
        return review("未能从以下笔录读出执法人员：" + "、".join(
            f"{r.document.source.name}第{r.document.first_page}页" for r in unread), *unread)
    return passed("每份笔录均载明两名以上执法人员及执法证号")


def _clash(acting: list, staff: dict, clash_note: str, ok_note: str) -> Verdict:
    clash = [f for f in acting if f.value in staff]
    if clash:
        names = "、".join(dict.fromkeys(f.value for f in clash))
        return fail(clash_note.format(names=names), *clash, *(staff[f.value] for f in clash))
    return passed(ok_note, *acting)


@rule("investigator_not_voter")
def investigator_not_voter(case, config) -> Verdict:
    discussions = case.docs("collective_discussion")
    if not discussions:
        return Verdict.not_applicable("案卷中没有集体讨论记录")
    voters = [f for d in discussions for f in d.facts if f.kind == "person" and f.role == "voter"]
    if not voters:
        return review("未能从集体讨论记录读出参加讨论（表决）人员", *discussions)
    return _clash(voters, investigators(case), "调查人员{names}参加了集体讨论表决",
                  "集体讨论参加人员中没有案件调查人员")


@rule("reviewer_not_investigator")
def reviewer_not_investigator(case, config) -> Verdict:
    review_docs = [d for d in case.documents if d.document.kind in ("case_review", "legal_review")]
    if not review_docs:
        return Verdict.not_applicable("案卷中没有案件审查表或法制审核表")
    reviewers = people(case, "case_reviewer", "legal_reviewer")
    if not reviewers:
        return review("未能从审查（审核）文书读出审查人员", *review_docs)
    return _clash(reviewers, investigators(case), "调查人员{names}同时担任案件审查（审核）人员",
                  "审查（审核）人员未参与案件调查")


def _party_key(name: str) -> str:
    """Names compared without spaces, bracket forms, or a note on the party's form in brackets
    (“（个体工商户）”): those are not a different party."""
    name = re.sub(r"[（(](?:个体工商户|个体户|普通合伙|有限合伙|分支机构)[）)]$", "", name)
    return re.sub(r"[\s（）()]", "", name)


@rule("party_consistent")
def party_consistent(case, config) -> Verdict:
    """The party's name and credit code agree across documents (veto 3)."""
    names = case.facts("party")
    codes = case.facts("credit_code")
    if len(names) + len(codes) < 2:
        return review("案卷中读出的当事人名称或信用代码不足两处，无法比对")
    by_name: dict[str, list] = {}
    for fact in names:
        by_name.setdefault(_party_key(fact.value), []).append(fact)
    if len(by_name) > 1:
        groups = list(by_name.values())
        return fail("当事人名称前后不一致：" + " / ".join(
            f"“{g[0].value}”（{g[0].source}第{g[0].page}页）" for g in groups),
            *(g[0] for g in groups))
    by_code: dict[str, list] = {}
    for fact in codes:
        by_code.setdefault(fact.value.upper(), []).append(fact)
    if len(by_code) > 1:
        groups = list(by_code.values())
        return fail("统一社会信用代码前后不一致：" + " / ".join(
            f"{g[0].value}（{g[0].source}第{g[0].page}页）" for g in groups),
            *(g[0] for g in groups))
    return passed("各文书当事人名称、信用代码一致", *(names[:1] + codes[:1]))
