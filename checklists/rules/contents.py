"""A rule the checklist data configures: a document states what an item requires.

An item names the documents and the clauses (extractors/lexicon.yaml `clauses`) or facts each
must contain, e.g. ``rule: document_states`` with ``params: {documents: [inspection_record,
inquiry_record], clauses: [cert_shown]}``. A legal section can point new items at it without code.
"""
from __future__ import annotations

from checklists.registry import Verdict, rule

from ._facts import clauses, fail, kind_docs, passed

LABELS = {"time_span": "起止时间", "place": "地点", "cert_shown": "出示执法证件的记录",
          "avoidance_right": "告知申请回避的权利", "statement_right_told": "告知陈述、申辩的权利",
          "case_source": "案件来源", "cause": "案由", "party": "当事人"}


@rule("document_states")
def document_states(case, config, documents=(), clauses_required=(), facts=(),
                    **params) -> Verdict:
    wanted_clauses = list(params.get("clauses", clauses_required))
    docs = kind_docs(case, *documents)
    if not docs:
        return Verdict.not_applicable("案卷中没有" + "、".join(documents))
    missing_by_doc = []
    for doc in docs:
        missing = [c for c in wanted_clauses if not clauses(doc, c)]
        missing += [f for f in facts if not doc.values(f)]
        if missing:
            missing_by_doc.append((doc, missing))
    if missing_by_doc:
        doc, missing = missing_by_doc[0]
        more = f"（另有{len(missing_by_doc) - 1}份文书同样缺少）" if len(missing_by_doc) > 1 else ""
        return fail(f"{doc.document.title or doc.document.kind}（{doc.document.source.name}第"
                    f"{doc.document.first_page}页）未载明："
                    + "、".join(LABELS.get(m, m) for m in missing) + more,
                    *(d for d, _ in missing_by_doc))
    found = [f for d in docs for c in wanted_clauses for f in clauses(d, c)[:1]]
    return passed(f"{len(docs)}份文书均载明：" + "、".join(
        LABELS.get(m, m) for m in [*wanted_clauses, *facts]), *found[:3])
