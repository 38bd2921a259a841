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

#: Settings the player or the narrator follow while the app runs.
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
    def shutdown(self) -> None: ...


NarratorFactory = Callable[["FeatureContext"], Narrator]


def default_narrator(ctx: FeatureContext) -> Narrator:
    from selfcompass.speech.narrator import create_narrator

    s = ctx.settings
    return create_narrator(ctx.paths.cache / "narration", voice=s["voice_id"] or None, rate=s["speech_rate"],
                           volume=s["volume"], parent=ctx.window)


class PracticeFeature(QObject):
    """The practice feature's public face."""

    #: A practice session ended and its record is on its way to the database (SessionRecord).
    session_finished = Signal(object)

    def __init__(self, ctx: FeatureContext, narrator_factory: NarratorFactory | None = None) -> None:
        super().__init__(ctx.window)
        self._ctx = ctx
        make = narrator_factory or default_narrator
        self.narrator: Lazy[Narrator] = Lazy(lambda: self._made_narrator(make(ctx)))
        self._player: PlayerView | None = None
        self._speech_notice_shown = False
        #: Ids of the session records saved this run (in order), for tests and the end screen.
        self.recorded: list[int] = []
        #: The practices most recently done, newest first (the chooser leans away from repeating them).
        self.recent_ids: list[str] = []
        self.chooser: Any = None
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
                                      reduced_motion=s["reduced_motion"], ask_feeling=s["ask_feeling"])
            theme = ctx.theme()
            self._player.pacer.set_colours(theme.pacer, theme.pacer_edge)
            self._player.session_finished.connect(self._session_finished)
            self._player.voice_toggled.connect(self._voice_toggled)
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
            self.narrator.get().prepare([s.spoken_text for s in script.steps])
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

    def open_chooser(self, bucket: str = "3") -> None:
        from selfcompass.ui.chooser_panel import ChooserDialog
        from selfcompass.ui.layout import delete_on_close

        dialog = ChooserDialog(self._ctx.library.sorted(), lambda: self.recent_ids, bucket, parent=self._ctx.window)
        dialog.practice_chosen.connect(self.start_id)
        delete_on_close(dialog)  # each is freed once closed: the app runs for weeks
        dialog.open()
        self.chooser = dialog

    def _session_finished(self, record: SessionRecord) -> None:
        self.recent_ids = [record.practice_id, *self.recent_ids][:5]
        self._ctx.window.leave_player()
        self._ctx.database.get().submit(lambda db: db.sessions.record(record), self.recorded.append)
        self.session_finished.emit(record)

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
