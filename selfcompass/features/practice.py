"""The practice player feature: the one way a practice starts (library, chooser, prompt, sequence), narration,
the chooser, and the record of each session handed to the database.

Installed before the first window; the player page, the speech engine and QtMultimedia are built on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from selfcompass.core.lazy import Lazy

if TYPE_CHECKING:
    from selfcompass.core.narration import Script
    from selfcompass.core.practice import Practice
    from selfcompass.core.records import SessionRecord
    from selfcompass.features.context import FeatureContext
    from selfcompass.ui.player import PlayerView

# Settings the player or the narrator follow while the app runs.
PLAYER_KEYS = frozenset({"reduced_motion", "voice_enabled", "ask_feeling", "theme", "text_scale"})
NARRATOR_KEYS = frozenset({"voice_id", "speech_rate", "volume"})


class Narrator(Protocol):
    """What the player feature needs of speech (speech/narrator.py; a fake in tests)."""

    @property
    def unavailable(self) -> Any: ...  # Signal(str)
    @property
    def voices_listed(self) -> Any: ...  # Signal(list)
    @property
    def unavailable_reason(self) -> str | None: ...

    def speak(self, text: str) -> None: ...
    def prepare(self, texts: list[str]) -> None: ...
    def stop(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def set_voice(self, voice: str | None) -> None: ...
    def set_rate(self, rate: float) -> None: ...
    def set_volume(self, volume: float) -> None: ...
    def request_voices(self) -> None: ...
    def get_ready(self) -> None: ...
    def shutdown(self) -> None: ...


NarratorFactory = Callable[["FeatureContext"], Narrator]


def default_narrator(ctx: FeatureContext) -> Narrator:
    from selfcompass.speech.narrator import create_narrator

    s = ctx.settings
    return create_narrator(ctx.paths.cache / "narration", voice=s["voice_id"] or None, rate=s["speech_rate"],
                           volume=s["volume"], parent=ctx.window)


class PracticeFeature(QObject):
    """The practice feature's public face."""

    # A practice session ended and its record is on its way to the database (SessionRecord).
    session_finished = Signal(object)
    # "Open it in my journal" on the end screen: the id of the note's journal entry (0 while the journal is
    # locked: the journal asks for its passphrase first).
    reflection_open_requested = Signal(int)

    def __init__(self, ctx: FeatureContext, narrator_factory: NarratorFactory | None = None) -> None:
        super().__init__(ctx.window)
        self._ctx = ctx
        make = narrator_factory or default_narrator
        self.narrator: Lazy[Narrator] = Lazy(lambda: self._made_narrator(make(ctx)))
        # The unguided timer's bell, made on its first ring (tests swap in a fake before that).
        self.bell: Lazy[Any] = Lazy(lambda: _default_bell(ctx))
        self._player: PlayerView | None = None
        self._speech_notice_shown = False
        # Ids of the session records saved this run (in order), for tests and the end screen.
        self.recorded: list[int] = []
        # The practices most recently done, newest first (the chooser leans away from repeating them).
        self.recent_ids: list[str] = []
        self.chooser: Any = None
        # The session whose note the end screen is showing, and its journal entry once saved (0 until then).
        self._reflection: SessionRecord | None = None
        self._reflection_id = 0
        window = ctx.window
        window.practice_requested.connect(self.start_id)
        window.chooser_requested.connect(self.open_chooser)
        ctx.setting_changed.connect(self._setting_changed)

    # -- narration ------------------------------------------------------------------------------------
    def _made_narrator(self, narrator: Narrator) -> Narrator:
        narrator.unavailable.connect(self._speech_unavailable)
        if narrator.unavailable_reason:
            self._speech_unavailable(narrator.unavailable_reason)
        return narrator

    def _speech_unavailable(self, reason: str) -> None:
        if self._player is not None:
            self._player.set_voice_available(False)  # shown beside the player's spoken guidance, in plain words
        if not self._speech_notice_shown:
            self._speech_notice_shown = True
            self._ctx.notice(reason)

    # -- the player (built on first use) ---------------------------------------------------------------
    @property
    def player(self) -> PlayerView:
        if self._player is None:
            from selfcompass.ui.player import PlayerView

            ctx = self._ctx
            s = ctx.settings
            timers = ctx.timers
            self._player = PlayerView(ctx.clock, lambda name, callback: timers.get().ticker(name, callback),
                                      _LazySpeaker(self.narrator), voice_on=s["voice_enabled"],
                                      reduced_motion=s["reduced_motion"], ask_feeling=s["ask_feeling"],
                                      bell=_LazyBell(self))
            narrator = self.narrator.peek()
            if narrator is not None and narrator.unavailable_reason:
                self._player.set_voice_available(False)
            theme = ctx.theme()
            self._player.pacer.set_colours(theme.pacer, theme.pacer_edge)
            self._player.session_finished.connect(self._session_finished)
            self._player.left.connect(ctx.window.leave_player)
            self._player.reflection_open_requested.connect(self._open_reflection)
            self._player.voice_toggled.connect(self._voice_toggled)
            self._player.cancelled.connect(ctx.window.leave_player)
            ctx.window.attach_player(self._player)
        return self._player

    @property
    def busy(self) -> bool:
        """A practice is running (or waiting at its end screen)."""
        return self._player is not None and self._player.active

    # -- starting ----------------------------------------------------------------------------------------
    def start(self, practice: Practice, script: Script | None) -> None:
        """The one way a practice starts, whatever asked for it: narration is prepared, then the player runs it."""
        settings = self._ctx.settings
        if settings["voice_enabled"] and script is not None:
            # Exactly the lines the run will say, in the order it says them, so the first is rendered first.
            self.narrator.get().prepare(spoken_lines(practice, script, settings["speech_rate"]))
        player = self.player
        self._ctx.window.show_player()
        player.begin(practice, script, wpm=settings["speech_rate"])

    def start_id(self, practice_id: str) -> None:
        """Start a practice from the library by its id (the library, the chooser, a prompt)."""
        library = self._ctx.library
        practice = library.practices.get(practice_id)
        if practice is None:
            self._ctx.notice(self.tr("That practice isn't in the library any more."))
            return
        self.start(practice, library.scripts.get(practice_id))

    def get_speech_ready(self) -> None:
        """A practice may start soon (the chooser is opening): make the narrator and its player now, so the first
        line sounds within milliseconds of the start instead of waiting for QtMultimedia (about 30 ms, once a run).
        Not at start-up: a run that never speaks would carry QtMultimedia all day. Nothing when the voice is off."""
        if self._ctx.settings["voice_enabled"]:
            self.narrator.get().get_ready()

    def open_chooser(self, bucket: str = "3") -> None:
        from selfcompass.ui.chooser_panel import ChooserDialog
        from selfcompass.ui.layout import delete_on_close

        self.get_speech_ready()

        dialog = ChooserDialog(self._ctx.library.sorted(), lambda: self.recent_ids, bucket, parent=self._ctx.window)
        dialog.practice_chosen.connect(self.start_id)
        delete_on_close(dialog)  # each is freed once closed: the app runs for weeks
        dialog.open()
        self.chooser = dialog

    def _session_finished(self, record: SessionRecord) -> None:
        self.recent_ids = [record.practice_id, *self.recent_ids][:5]
        worker = self._ctx.database.get()
        # A note becomes a journal entry (storage/sessions.py): the end screen stays to say where it went.
        self._reflection = record if record.note else None
        self._reflection_id = 0
        if self._reflection is None:
            self._ctx.window.leave_player()
        elif worker.held:  # locked: the journal seals it for safekeeping and adds it at the next unlock
            self.player.show_saved("waiting")

        def record_it(db: Any) -> tuple[int, int | None]:
            session_id = db.sessions.record(record)
            return session_id, db.sessions.reflection_of(session_id) if record.note else None

        def recorded(ids: tuple[int, int | None]) -> None:
            self.recorded.append(ids[0])
            self._reflection_saved(record, ids[1])

        worker.submit(record_it, recorded)
        self.session_finished.emit(record)

    def _reflection_saved(self, record: SessionRecord, entry_id: int | None) -> None:
        if record is self._reflection and entry_id is not None and self._player is not None:
            self._reflection_id = entry_id
            self._player.show_saved("journal")

    def _open_reflection(self) -> None:
        self._ctx.window.leave_player()
        self.reflection_open_requested.emit(self._reflection_id)

    # -- settings ----------------------------------------------------------------------------------------
    def _voice_toggled(self, on: bool) -> None:
        if self._ctx.settings["voice_enabled"] != on:
            self._ctx.change_setting("voice_enabled", on)

    def _setting_changed(self, key: str) -> None:
        s = self._ctx.settings
        player = self._player
        if player is not None and key in ("theme", "text_scale"):
            theme = self._ctx.theme()
            player.pacer.set_colours(theme.pacer, theme.pacer_edge)
        elif player is not None and key == "reduced_motion":
            player.set_reduced_motion(s["reduced_motion"])
        elif player is not None and key == "voice_enabled":
            player.set_voice(s["voice_enabled"])
        elif player is not None and key == "ask_feeling":
            player.set_ask_feeling(s["ask_feeling"])
        bell = self.bell.peek()
        if bell is not None and key == "volume":
            bell.set_volume(s["volume"])
        narrator = self.narrator.peek()
        if narrator is None or key not in NARRATOR_KEYS:
            return
        if key == "voice_id":
            narrator.set_voice(s["voice_id"] or None)
        elif key == "speech_rate":
            narrator.set_rate(s["speech_rate"])
        else:
            narrator.set_volume(s["volume"])

    def shutdown(self) -> None:
        narrator = self.narrator.peek()
        if narrator is not None:
            narrator.shutdown()


def spoken_lines(practice: Practice, script: Script, wpm: float) -> list[str]:
    """Every line a run of ``practice`` will hand the narrator, in speaking order, each once.

    Mirrors core.session.PracticeRun: a step's caption segments that start before the step ends (all of them in a
    writing step, which waits for the person), then the breath cues due once its introduction has been said.
    Whole step texts are never spoken (the player speaks segments), so they are never pre-rendered.
    """
    from selfcompass.core.i18n import translate
    from selfcompass.core.narration import DEFAULT_CUES, captions
    from selfcompass.core.practice import StepKind

    lines: dict[str, None] = {}  # an ordered set
    for step, step_script in zip(practice.steps, script.steps, strict=False):
        timed = captions(step_script, wpm)
        lines.update((c.text, None) for c in timed if step.waits_for_person or c.start < step.duration)
        pattern = step.pattern
        if step.kind is not StepKind.BREATHE or pattern is None or pattern.cycle_seconds <= 0:
            continue
        intro_end = timed[-1].end if timed else 0.0
        cues = step_script.cues
        start, cycle, said = 0.0, 0, set()
        while start < step.duration:
            for phase, seconds in pattern.phases():
                if start >= step.duration:
                    break
                if start >= intro_end - 0.05:
                    default = DEFAULT_CUES.word_for(phase, cycle)
                    word = cues.word_for(phase, cycle) if cues is not None else default and translate("Narration",
                                                                                                      default)
                    if word:
                        lines[word] = None
                        said.add(phase)
                start += seconds
            cycle += 1
            if len(said) == len(pattern.phases()):
                break  # every cue word of this step is in; later breaths repeat them
    return list(lines)


def _default_bell(ctx: FeatureContext) -> Any:
    from selfcompass.paths import resource_dir
    from selfcompass.speech.bell import SoundBell

    return SoundBell(resource_dir() / "assets" / "bell.wav", ctx.settings["volume"], parent=ctx.window)


class _LazyBell:
    """Rings the feature's bell, making it only when a timer first rings."""

    def __init__(self, feature: PracticeFeature) -> None:
        self._feature = feature

    def ring(self) -> None:
        self._feature.bell.get().ring()


class _LazySpeaker:
    """Hands speech to the narrator, creating it only when something is actually said."""

    def __init__(self, narrator: Lazy[Narrator]) -> None:
        self._narrator = narrator

    def speak(self, text: str) -> None:
        self._narrator.get().speak(text)

    def stop(self) -> None:
        if (narrator := self._narrator.peek()) is not None:
            narrator.stop()

    def pause(self) -> None:
        if (narrator := self._narrator.peek()) is not None:
            narrator.pause()

    def resume(self) -> None:
        if (narrator := self._narrator.peek()) is not None:
            narrator.resume()


def install(ctx: FeatureContext, *, narrator_factory: NarratorFactory | None = None) -> PracticeFeature:
    """Install the practice player: the library's Start and the chooser run practices from now on."""
    return PracticeFeature(ctx, narrator_factory)
