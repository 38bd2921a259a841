"""Every theme meets WCAG AA: 4.5:1 for text, 3:1 for control borders, the focus ring, the pacer and chart lines."""

from __future__ import annotations

import pytest

from selfcompass.ui.chart_style import CHART_COLOURS
from selfcompass.ui.theme import THEMES, Theme

PACER_ALPHA = 0.85  # the pacer's fill is drawn at this opacity over the window (selfcompass/ui/pacer.py)


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance."""
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def blend(top: str, under: str, alpha: float) -> str:
    return "#" + "".join(f"{round(alpha * t + (1 - alpha) * u):02x}" for t, u in zip(_rgb(top), _rgb(under),
                                                                                   strict=True))


def test_the_formula_matches_known_values() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def pairs(t: Theme) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum ratio)."""
    out = []
    for bg_name in ("window", "surface"):
        bg = getattr(t, bg_name)
        out += [
            (f"text on {bg_name}", t.text, bg, 4.5),
            (f"muted text on {bg_name}", t.muted, bg, 4.5),
            (f"links (accent) on {bg_name}", t.accent, bg, 4.5),
            (f"control border on {bg_name}", t.border, bg, 3.0),
            (f"focus ring (accent) on {bg_name}", t.accent, bg, 3.0),
            (f"pacer edge on {bg_name}", t.pacer_edge, bg, 3.0),
        ]
    pacer_fill = blend(t.pacer, t.window, PACER_ALPHA)
    out += [
        ("accent text on accent (selected items, primary buttons)", t.accent_text, t.accent, 4.5),
        # The primary button's ring (text colour) is drawn on its outer edge, so it meets the window outside.
        ("focus ring of a primary button against the window", t.text, t.window, 3.0),
        ("pacer edge against its fill", t.pacer_edge, pacer_fill, 3.0),
        ("breath label and count on the pacer fill", t.text, pacer_fill, 4.5),
        ("caption text on surface", t.text, t.surface, 4.5),
    ]
    out += [(f"chart series {n + 1} on surface", c, t.surface, 3.0) for n, c in enumerate(CHART_COLOURS[t.name])]
    return out


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_pair_in_the_theme_is_legible(name: str) -> None:
    theme = THEMES[name]
    failures = [f"{what}: {ratio(fg, bg):.2f} < {need} ({fg} on {bg})"
                for what, fg, bg, need in pairs(theme) if ratio(fg, bg) < need]
    assert not failures, f"{name}:\n" + "\n".join(failures)


def test_every_theme_has_chart_colours_that_differ_from_each_other() -> None:
    for name in THEMES:
        colours = CHART_COLOURS[name]
        assert len(set(colours)) == len(colours)
