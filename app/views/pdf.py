"""HTML to PDF with Qt (QTextDocument printed to QPdfWriter): fonts are embedded, so Chinese
prints on any machine. Written to a temporary file and renamed, so a failure leaves no half
file behind."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter

from app.views.safe_text import SafeTextDocument


def write_pdf(html: str, path: Path, *, title: str, families: tuple[str, ...], base_pt: float,
              landscape: bool = False, margins_mm: float = 16,
              page_numbers: bool = True, assets: Path | None = None) -> Path:  # fmt: skip
    """Without ``page_numbers`` (a certificate) the first page is drawn as it is, unnumbered.
    Images are read from ``assets`` only (none without it)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(title)
    writer.setCreator("客诉学堂 · Complaint Handling Academy")
    writer.setResolution(300)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = SafeTextDocument(assets)
    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(base_pt)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    if page_numbers:
        # No page size of our own: print_() lays the text out for the writer's resolution.
        doc.print_(writer)
    else:
        from PySide6.QtCore import QRectF, QSizeF
        from PySide6.QtGui import QPainter

        dpi = doc.documentLayout().paintDevice()
        screen_dpi = dpi.logicalDpiX() if dpi is not None else 96
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        factor = writer.resolution() / screen_dpi
        doc.setPageSize(QSizeF(rect.width() / factor, rect.height() / factor))
        painter = QPainter(writer)
        painter.scale(factor, factor)
        doc.drawContents(painter, QRectF(0, 0, rect.width() / factor, rect.height() / factor))
        painter.end()
    del writer  # finishes the file
    os.replace(tmp, path)
    return path
