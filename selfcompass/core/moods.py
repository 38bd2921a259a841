"""The one mood scale: five steps with the same words wherever a mood is asked for or shown.

The end of a practice, the journal and Insights all use these words (1 is the lowest, 5 the highest), so a
feeling noted after a pause reads the same in the journal and in Insights. The words are kept in UK English
and translated at use, in the "Moods" context.
"""

from __future__ import annotations

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate

LOWEST, HIGHEST = 1, 5
#: Each step's word as it stands alone, on a button or in a list ("Very low").
MOOD_WORDS = {1: QT_TRANSLATE_NOOP("Moods", "Very low"), 2: QT_TRANSLATE_NOOP("Moods", "Low"),
              3: QT_TRANSLATE_NOOP("Moods", "Okay"), 4: QT_TRANSLATE_NOOP("Moods", "Good"),
              5: QT_TRANSLATE_NOOP("Moods", "Very good")}
#: The same words inside a sentence ("Mood 2 of 5, low"), so no translation is lower-cased by code.
MOODS_IN_SENTENCE = {1: QT_TRANSLATE_NOOP("Moods", "very low"), 2: QT_TRANSLATE_NOOP("Moods", "low"),
                     3: QT_TRANSLATE_NOOP("Moods", "okay"), 4: QT_TRANSLATE_NOOP("Moods", "good"),
                     5: QT_TRANSLATE_NOOP("Moods", "very good")}


def is_mood(value: object) -> bool:
    """A whole number on the scale (records from elsewhere may hold anything)."""
    return isinstance(value, int) and not isinstance(value, bool) and LOWEST <= value <= HIGHEST


def mood_word(mood: int) -> str:
    """The step's word, as it stands alone ("Very low"), in the person's language."""
    return translate("Moods", MOOD_WORDS[mood])


def mood_in_sentence(mood: int) -> str:
    """The step's word inside a sentence ("very low"), in the person's language."""
    return translate("Moods", MOODS_IN_SENTENCE[mood])


def nearest_mood(average: float) -> int:
    """The step an average is closest to (2.4 is 2, 2.5 is 3), for saying an average in words."""
    return min(HIGHEST, max(LOWEST, int(average + 0.5)))
