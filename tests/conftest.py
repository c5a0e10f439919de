"""Shared fixtures: small real PDF and DOCX files written with reportlab and python-docx."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def write_pdf(path: Path, pages: list[list[str]], image_pages: tuple[int, ...] = ()) -> Path:
    """A PDF with one text line per entry; pages listed in image_pages get only a drawing."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), invariant=1)
    for number, lines in enumerate(pages, start=1):
        if number in image_pages:
            c.setFillGray(0.5)
            c.rect(72, 300, 400, 400, fill=1)  # a scan stand-in: paths, no text layer
        else:
            c.setFont("STSong-Light", 12)
            y = 780
            for line in lines:
                c.drawString(72, y, line)
                y -= 20
        c.showPage()
    c.save()
    return path


PENALTY_LINES = [
    "重庆市巴南区生态环境局",
    "行政处罚决定书",
    "渝（巴南）环罚〔2025〕23号",
    "当事人：重庆某某化工有限公司",
    "统一社会信用代码：91500113MA5U7Q8X2K",
    "本局决定对你单位作出如下行政处罚：罚款人民币壹拾伍万元整。",
    "重庆市巴南区生态环境局",
    "2025年5月20日",
]


@pytest.fixture
def good_pdf(tmp_path: Path) -> Path:
    return write_pdf(tmp_path / "good.pdf", [PENALTY_LINES])
