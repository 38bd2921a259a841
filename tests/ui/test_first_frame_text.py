"""Words fitted to a width without Qt's namespace: cut with an ellipsis, or wrapped on two lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QFontMetrics

from selfcompass.ui.first_frame import ELLIPSIS, two_lines


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.text(alphabet="abcdefghij kl", min_size=1, max_size=14), min_size=1, max_size=30),
       width=st.integers(min_value=20, max_value=500))
def test_two_lines_fit_and_keep_the_words_in_order(qapp, words: list[str], width: int) -> None:
    metrics = QFontMetrics(QFont())
    text = " ".join(words)
    first, second = two_lines(metrics, text, width)
    if metrics.horizontalAdvance(text) <= width:
        assert (first, second) == (text, "")
        return
    for line in (first, second):
        assert metrics.horizontalAdvance(line) <= width or line == ELLIPSIS
    shown = (first + " " + second).replace(ELLIPSIS, "")
    assert text.startswith(shown.split(" ")[0].rstrip()) or not shown.strip()


def test_a_summary_wraps_before_it_is_cut(qapp) -> None:
    metrics = QFontMetrics(QFont())
    text = "One slow breath at the door before a difficult meeting. Ten seconds, anywhere."
    width = metrics.horizontalAdvance(text) * 2 // 3
    first, second = two_lines(metrics, text, width)
    assert first + " " + second == text  # two lines hold it all: nothing cut
