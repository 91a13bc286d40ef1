"""Real Word documents for the import tests, built with python-docx: headings, nested lists
(a numbering with three levels, as Word writes it), a table, images with and without a
description, bold and italic text."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches


def png_bytes(width: int = 2, height: int = 2) -> bytes:
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _numbering(doc, fmt: str, num_id: int) -> int:
    """A three-level numbering (``bullet`` or ``decimal``) added to the document; its id."""
    numbering = doc.part.numbering_part.element
    abstract_id = 100 + num_id
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    for level in range(3):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, value in (
            ("w:start", "1"),
            ("w:numFmt", fmt),
            ("w:lvlText", "•" if fmt == "bullet" else f"%{level + 1}."),
        ):
            el = OxmlElement(tag)
            el.set(qn("w:val"), value)
            lvl.append(el)
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)
    return num_id


def list_item(doc, text: str, num_id: int, level: int):
    p = doc.add_paragraph(text)
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl)
    num_pr.append(nid)
    p._p.get_or_add_pPr().append(num_pr)
    return p


def add_image(doc, description: str | None) -> None:
    doc.add_picture(io.BytesIO(png_bytes()), width=Inches(1))
    if description is not None:
        doc.inline_shapes[-1]._inline.docPr.set("descr", description)


def policy_docx(path: Path) -> Path:
    """A returns policy: a title, two chapters with a sub-heading, bold and italic text,
    text that looks like Markdown and HTML, nested lists, a table, two images (one described)."""
    doc = Document()
    doc.add_paragraph("退货与换货政策", style="Title")
    doc.add_heading("总则", level=1)
    p = doc.add_paragraph("顾客在签收后 ")
    p.add_run("七日内").bold = True
    p.add_run(" 可以申请退货，")
    p.add_run("商品须完好").italic = True
    p.add_run("。<script>alert(1)</script> **not bold** [x](javascript:alert(1))")
    doc.add_paragraph("???")
    doc.add_paragraph('!!! warning "not a callout"')
    bullets = _numbering(doc, "bullet", 201)
    steps = _numbering(doc, "decimal", 202)
    list_item(doc, "核对订单", bullets, 0)
    list_item(doc, "订单号", bullets, 1)
    list_item(doc, "签收日期", bullets, 2)
    list_item(doc, "检查商品", bullets, 0)
    doc.add_heading("办理步骤", level=1)
    list_item(doc, "登记申请", steps, 0)
    list_item(doc, "电话确认", steps, 1)
    list_item(doc, "安排取件", steps, 0)
    doc.add_heading("期限一览", level=2)
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [("项目", "期限", "条件"), ("退货", "7 天", "完好 | 未使用"), ("换货", "15 天", "质量问题")]
    ):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    add_image(doc, "退货流程图")
    add_image(doc, None)
    doc.save(path)
    return path
