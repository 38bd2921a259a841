"""Saving a progress report: CSV text or a drawn PDF, written whole through storage's one atomic write."""

from __future__ import annotations

from pathlib import Path

from selfcompass.core.sequences.report import ProgressReport, csv_text
from selfcompass.storage.files import write_atomic
from selfcompass.ui.sequences.report_pdf import render_pdf


def write_csv(report: ProgressReport, path: Path) -> None:
    """Replace ``path`` with the report as CSV; the old file (if any) stays whole until the new one is complete."""
    write_atomic(path, csv_text(report).encode("utf-8"))


def write_pdf(report: ProgressReport, path: Path) -> str:
    """Draw the report (see ``render_pdf``) and replace ``path`` with it atomically; returns the HTML drawn."""
    data, chosen = render_pdf(report)
    write_atomic(path, data)
    return chosen


def save_report(report: ProgressReport, path: Path) -> None:
    """Save as CSV for a ``.csv`` path, otherwise as PDF. Raises OSError if the file cannot be written."""
    if path.suffix.lower() == ".csv":
        write_csv(report, path)
    else:
        write_pdf(report, path)
