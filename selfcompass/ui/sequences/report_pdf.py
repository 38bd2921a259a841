"""Draws a progress report on one A4 PDF page with Qt (QTextDocument on a QPdfWriter), in memory."""

from __future__ import annotations

from selfcompass.core.i18n import translate
from selfcompass.core.sequences.report import ProgressReport, report_html


def render_pdf(report: ProgressReport) -> tuple[bytes, str]:
    """Draw the report on one A4 page in memory: the PDF's bytes and the HTML that was drawn.

    Needs a QGuiApplication; may run on a worker thread (QTextDocument is reentrant, and QPainter may draw on a
    QPdfWriter outside the GUI thread). Long reports get a smaller font and, if need be, fewer day rows, so the
    PDF is always a single page.
    """
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    #: The PDF's title, shown by PDF readers; {title} is the sequence's title.
    writer.setTitle(translate("Report", "Progress: {title}").format(title=report.sequence_title))
    writer.setCreator("SelfCompass")
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setTextWidth(area.width())
    chosen = ""
    for max_days in (None, 60, 40, 25, 12):
        rows = len(report.days) if max_days is None else min(len(report.days), max_days)
        for font_pt in (10.5, 9.5, 8.5, 7.5):
            # Each row is at least a line of text, so a table taller than the page at that bound cannot fit:
            # skip laying it out (the biggest layouts are the slow part, and the result is the same).
            if rows * font_pt / 72 * writer.resolution() > area.height():
                continue
            chosen = report_html(report, max_days, font_pt)
            doc.setHtml(chosen)
            if doc.size().height() <= area.height():
                break
        else:
            continue
        break
    painter = QPainter(writer)
    try:
        doc.drawContents(painter, QRectF(0, 0, area.width(), area.height()))
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data()), chosen
