"""Sequences: a coach's path of days, each with practices, a note and an optional journal prompt.

``model`` holds the data, ``loader`` reads and checks a sequence file, ``writer`` writes one back, and
``follow`` works out what a person sees today. Everything here is pure Python.
"""

from selfcompass.core.sequences.follow import (
    Completion,
    Enrolment,
    MemoryProgressStore,
    Pace,
    ProgressStore,
    Status,
    TodayItem,
    TodayState,
    day_view,
    enrol,
    leave,
    pause,
    resume,
    set_pace,
    today_all,
    today_state,
)
from selfcompass.core.sequences.loader import (
    SCHEMA_VERSION,
    load_sequence_file,
    load_sequence_folder,
    parse_sequence,
    sequence_from_mapping,
)
from selfcompass.core.sequences.model import CustomPractice, Day, Sequence
from selfcompass.core.sequences.writer import sequence_to_toml

__all__ = [
    "SCHEMA_VERSION",
    "Completion",
    "CustomPractice",
    "Day",
    "Enrolment",
    "MemoryProgressStore",
    "Pace",
    "ProgressStore",
    "Sequence",
    "Status",
    "TodayItem",
    "TodayState",
    "day_view",
    "enrol",
    "leave",
    "load_sequence_file",
    "load_sequence_folder",
    "parse_sequence",
    "pause",
    "resume",
    "sequence_from_mapping",
    "sequence_to_toml",
    "set_pace",
    "today_all",
    "today_state",
]
