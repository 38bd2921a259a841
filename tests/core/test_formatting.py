"""The shared text helpers in core/formatting.py."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from selfcompass.core.formatting import escape_html


@given(st.text())
def test_escape_html_is_what_the_standard_library_makes(text: str) -> None:
    assert escape_html(text) == html.escape(text)


def test_the_named_characters_table_is_not_needed_to_escape() -> None:
    import subprocess
    import sys

    code = ("import sys; from selfcompass.core.formatting import escape_html; escape_html('<a & b>'); "
            "print('html.entities' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
