"""Sample case-file generator (案卷样本生成器).

Data model (``model``), violation scenarios (``scenarios``), document builders
(``documents``), the case catalogue (``cases``), renderers (``pdfrender``,
``docxrender``), format writers (``writers``) and the ground-truth case-json
(``expected``).  See ``samples/README.md``.
"""

from .model import Block, CaseSpec, DocSpec, Number, Officer, Party, Style
from .cases import build_cases, random_case
from .writers import layout_case, write_case, write_combined_pdf
from .expected import expected_json, CASE_JSON_FIELDS

__all__ = [
    "Block", "CaseSpec", "DocSpec", "Number", "Officer", "Party", "Style",
    "build_cases", "random_case", "layout_case", "write_case", "write_combined_pdf",
    "expected_json", "CASE_JSON_FIELDS",
]
