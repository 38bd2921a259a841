"""The first-run welcome and the settings dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.i18n import short_weekday, weekday_name
from selfcompass.core.settings import BY_KEY, Settings
from selfcompass.paths import AppPaths
from selfcompass.ui import theme as tokens
from selfcompass.ui.layout import centre_form_labels
from selfcompass.ui.theme import pad_spin_box

# The words below are translated where they are shown, in the "SettingsDialog" context. (Plain comments here:
# lupdate hands "#:" comments to translators.)
# (setting value, short name on the button, full name for screen readers)
# The working-day keys, Monday first; their names come from core.i18n (one translation of each day).
DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
A_MONDAY = date(2024, 1, 1)
THEMES = (("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
          ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
          ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
          ("high-contrast", QT_TRANSLATE_NOOP("SettingsDialog", "High contrast")))
TEXT_SIZES = ((1.0, QT_TRANSLATE_NOOP("SettingsDialog", "Standard")),
              (1.15, QT_TRANSLATE_NOOP("SettingsDialog", "Larger")),
              (1.3, QT_TRANSLATE_NOOP("SettingsDialog", "Large")),
              (1.6, QT_TRANSLATE_NOOP("SettingsDialog", "Very large")))
NUDGES = (("unset", QT_TRANSLATE_NOOP("SettingsDialog", "Not chosen yet (none until you choose)")),
          ("none", QT_TRANSLATE_NOOP("SettingsDialog", "None")),
          ("few", QT_TRANSLATE_NOOP("SettingsDialog", "One or two a day")),
          ("some", QT_TRANSLATE_NOOP("SettingsDialog", "A few a day")))


# The speaking pace in words: (words a minute, name); the slower one is where everyone starts.
PACES = ((130, QT_TRANSLATE_NOOP("SettingsDialog", "Slower (calm, with room to breathe)")),
         (160, QT_TRANSLATE_NOOP("SettingsDialog", "Usual")),
         (190, QT_TRANSLATE_NOOP("SettingsDialog", "Faster")))
# The voice list's last item until it is chosen: the voices for other languages.
MORE_VOICES = "\x00more"


def _scrolling(page: QWidget) -> QWidget:
    """A tab's page that scrolls when the screen is short (large text on a 1366x768 laptop) instead of squashing its
    rows; on a screen with room the tab is as tall as its page, and nothing scrolls."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    screen = QGuiApplication.primaryScreen()
    room = screen.availableGeometry().height() - 200 if screen is not None else 500  # the tabs, buttons, frame
    page.ensurePolished()
    area.setMinimumHeight(max(160, min(page.sizeHint().height(), room)))
    area.setMinimumWidth(page.sizeHint().width())
    return area


def _settings_word(text: str) -> str:
    """One of the words above in the person's language."""
    return QCoreApplication.translate("SettingsDialog", text)


class WelcomeDialog(QDialog):
    """Says in two sentences what the app keeps, where, and that nothing leaves the machine."""

    def __init__(self, paths: AppPaths, voice_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to SelfCompass"))
        title = QLabel(self.tr("Welcome to SelfCompass"), objectName="welcomeTitle")
        title.setProperty("role", "title")
        text = QLabel(self.tr(
            "SelfCompass keeps your practice history, feelings and notes in one private folder on this computer "
            "(<code>{folder}</code>). Nothing ever leaves the machine: there are no accounts, no internet "
            "connection and no tracking.").format(folder=paths.data), objectName="welcomeText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.voice = QCheckBox(self.tr("Turn on spoken guidance (you can change this any time)"),
                               objectName="welcomeVoice")
        self.voice.setEnabled(voice_available)
        if not voice_available:
            self.voice.setText(self.tr("Spoken guidance isn't available on this computer; "
                                       "captions are always on screen."))
        buttons = QDialogButtonBox()
        begin = buttons.addButton(self.tr("Let's begin"), QDialogButtonBox.ButtonRole.AcceptRole)
        begin.setProperty("primary", True)
        begin.setObjectName("welcomeBegin")
        buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        pad = tokens.space(tokens.SPACE_XL)
        lay.setContentsMargins(pad, pad, pad, tokens.space(tokens.SPACE_L))
        lay.setSpacing(tokens.space(tokens.SPACE_M))
        lay.addWidget(title)
        lay.addWidget(text)
        lay.addWidget(self.voice)
        lay.addWidget(buttons)
        self.setMinimumWidth(520)
        begin.setFocus()


class SettingsDialog(QDialog):
    """Voice, motion, theme and text size; shows the data folder. Locked settings say who set them."""

    def __init__(self, settings: Settings, paths: AppPaths, voices: Callable[[], Sequence[tuple[str, str]]],
                 on_change: Callable[[str, object], None], voice_available: bool = True,
                 parent: QWidget | None = None, *, hear_sample: Callable[[], None] | None = None,
                 new_recovery_code: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._on_change = on_change
        self._voices = voices
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.voice_enabled = QCheckBox(self.tr("Speak the guidance aloud"), objectName="setVoiceEnabled")
        # Never shown ticked where there is no sound: it would promise a voice that cannot be heard.
        self.voice_enabled.setChecked(settings["voice_enabled"] and voice_available)
        self.voice_enabled.toggled.connect(lambda v: self._set("voice_enabled", v))
        self.voice_id = QComboBox(objectName="setVoice")
        self.voice_id.addItem(self.tr("The usual voice"), "")
        self.voice_id.currentIndexChanged.connect(self._voice_chosen)
        self._more_voices: list[tuple[str, str]] = []  # behind "More voices…" until asked for
        self.sample = QPushButton(self.tr("&Hear a sample"), objectName="hearSample")
        self.sample.setAccessibleName(self.tr("Hear a sample of this voice at this pace"))
        self.sample.setEnabled(hear_sample is not None)
        if hear_sample is not None:
            self.sample.clicked.connect(hear_sample)
        voice_row = QWidget(objectName="voiceRow")
        voice_box = QHBoxLayout(voice_row)
        voice_box.setContentsMargins(0, 0, 0, 0)
        voice_box.addWidget(self.voice_id, 1)
        voice_box.addWidget(self.sample)
        # The pace in words; each is a number of words a minute, the slower one the usual start (about 130).
        self.rate = QComboBox(objectName="setRate")
        for pace, words in PACES:
            self.rate.addItem(_settings_word(str(words)), pace)
        nearest_pace = min(range(len(PACES)), key=lambda i: abs(PACES[i][0] - settings["speech_rate"]))
        self.rate.setCurrentIndex(nearest_pace)
        self.rate.currentIndexChanged.connect(lambda _i: self._set("speech_rate", self.rate.currentData()))
        self.volume = QSlider(Qt.Orientation.Horizontal, objectName="setVolume")
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings["volume"] * 100))
        self.volume.valueChanged.connect(lambda v: self._set("volume", v / 100))
        self.reduced_motion = QCheckBox(self.tr("Keep the breathing guide still"), objectName="setReducedMotion")
        self.reduced_motion.setChecked(settings["reduced_motion"])
        self.reduced_motion.toggled.connect(lambda v: self._set("reduced_motion", v))
        self.theme = QComboBox(objectName="setTheme")
        for key, label in THEMES:
            self.theme.addItem(_settings_word(str(label)), key)
        self.theme.setCurrentIndex(max(0, [k for k, _ in THEMES].index(settings["theme"])))
        self.theme.currentIndexChanged.connect(lambda _i: self._set("theme", self.theme.currentData()))
        self.text_scale = QComboBox(objectName="setTextSize")
        for value, label in TEXT_SIZES:
            self.text_scale.addItem(_settings_word(str(label)), value)
        nearest = min(range(len(TEXT_SIZES)), key=lambda i: abs(TEXT_SIZES[i][0] - settings["text_scale"]))
        self.text_scale.setCurrentIndex(nearest)
        self.text_scale.currentIndexChanged.connect(lambda _i: self._set("text_scale", self.text_scale.currentData()))
        from selfcompass.ui.translation import available

        self.language = QComboBox(objectName="setLanguage")
        self.language.addItem(self.tr("Follow this computer"), "")
        for code, name in available():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings["language"])))
        self.language.setToolTip(self.tr("Takes effect the next time SelfCompass starts."))
        self.language.currentIndexChanged.connect(lambda _i: self._set("language", self.language.currentData()))
        self.ask_feeling = QCheckBox(self.tr("Ask how I feel at the end of a practice"), objectName="setAskFeeling")
        self.ask_feeling.setChecked(settings["ask_feeling"])
        self.ask_feeling.toggled.connect(lambda v: self._set("ask_feeling", v))
        folder = QLineEdit(str(paths.data), objectName="dataFolder")
        folder.setReadOnly(True)
        folder.setAccessibleName(self.tr("Data folder"))
        open_folder = QPushButton(self.tr("Open", "open the data folder"), objectName="openDataFolder")
        open_folder.setAccessibleName(self.tr("Open the data folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data))))
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)

        for key, label, widget in (
            ("voice_enabled", self.tr("Spoken guidance"), self.voice_enabled),
            ("voice_id", self.tr("Voice"), voice_row),
            ("speech_rate", self.tr("Speaking pace"), self.rate),
            ("volume", self.tr("Volume"), self.volume),
            ("reduced_motion", self.tr("Motion"), self.reduced_motion),
            ("theme", self.tr("Theme"), self.theme),
            ("text_scale", self.tr("Text size"), self.text_scale),
            ("language", self.tr("Language"), self.language),
            ("ask_feeling", self.tr("After a practice"), self.ask_feeling),
        ):
            self._row(form, key, label, widget)
        if not voice_available:
            for w in (self.voice_enabled, self.voice_id, self.sample, self.rate, self.volume):
                w.setEnabled(False)
            note = QLabel(self.tr("There's no sound on this computer, so spoken guidance is off; the words are "
                                  "always on screen."), objectName="voiceUnavailable")
            note.setWordWrap(True)
            note.setProperty("role", "muted")
            form.addRow("", note)
        if new_recovery_code is not None:  # only for a protected journal: a lost code, or one someone may have seen
            self.new_recovery_code = QPushButton(self.tr("Make a new recovery code…"), objectName="newRecoveryCode")
            self.new_recovery_code.setAccessibleName(self.tr("Make a new recovery code for your journal; the old "
                                                             "one stops working"))

            def recovery_code_asked() -> None:
                self.accept()  # Settings closes first: the passphrase is asked in a window of its own
                new_recovery_code()

            self.new_recovery_code.clicked.connect(recovery_code_asked)
            form.addRow(self.tr("Your journal"), self.new_recovery_code)
        form.addRow(self.tr("Data folder"), folder_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("settingsClose")
        self.tabs = QTabWidget(objectName="settingsTabs")
        general = QWidget()
        centre_form_labels(form)
        general.setLayout(form)
        self.tabs.addTab(_scrolling(general), self.tr("Guidance and display"))
        self.tabs.addTab(_scrolling(self._reminders_tab()), self.tr("Reminders and start-up"))
        lay = QVBoxLayout(self)
        pad = tokens.space(tokens.SPACE_L)
        lay.setContentsMargins(pad, pad, pad, tokens.space(tokens.SPACE_M))
        lay.addWidget(self.tabs)
        # Anything to say about a change made here is said here, never behind the dialog in the window.
        self.message = QLabel(objectName="settingsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.setMinimumWidth(560)
        self._voices_loaded = False
        self.voice_id.installEventFilter(self)
        if voice_available:
            self._load_voices()

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        """One setting's row; a setting IT has locked is shown disabled, saying who set it."""
        if not widget.accessibleName():
            widget.setAccessibleName(label)
        form.addRow(label, widget)
        if self._settings.is_locked(key):
            widget.setEnabled(False)
            # The reason is the organisation's own text.
            reason = self.tr("{setting}: {reason}.").format(setting=BY_KEY[key].label_text,
                                                            reason=self._settings.locked[key].lower())
            widget.setToolTip(reason)
            widget.setAccessibleDescription(reason)
            note = QLabel(self.tr("Locked: {reason}.").format(reason=self._settings.locked[key].lower()),
                          objectName=f"locked_{key}")
            note.setProperty("role", "muted")
            form.addRow("", note)

    def _reminders_tab(self) -> QWidget:
        s = self._settings
        form = QFormLayout()
        self.reminders_enabled = QCheckBox(self.tr("Offer gentle pauses during my working day"),
                                           objectName="setReminders")
        self.reminders_enabled.setChecked(s["reminders_enabled"])
        self.reminders_enabled.toggled.connect(lambda v: self._set("reminders_enabled", v))
        days = QWidget(objectName="setWorkingDays")
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        self.day_buttons: dict[str, QPushButton] = {}
        for index, key in enumerate(DAY_KEYS):
            day = A_MONDAY + timedelta(days=index)
            button = QPushButton(short_weekday(day), objectName=f"day_{key}")
            button.setCheckable(True)
            button.setChecked(key in s["working_days"])
            button.setAccessibleName(self.tr("Working day: {day}").format(day=weekday_name(day)))
            button.toggled.connect(self._days_changed)
            days_row.addWidget(button)
            self.day_buttons[key] = button
        self.working_start = self._time_edit("working_start", "setWorkingStart")
        self.working_end = self._time_edit("working_end", "setWorkingEnd")
        hours = QWidget()
        hours_row = QHBoxLayout(hours)
        hours_row.setContentsMargins(0, 0, 0, 0)
        hours_row.addWidget(self.working_start)
        hours_row.addWidget(QLabel(self.tr("to", "working hours: 09:00 to 17:30")))
        hours_row.addWidget(self.working_end)
        hours_row.addStretch(1)
        self.quiet = QCheckBox(self.tr("Keep quiet between"), objectName="setQuiet")
        self.quiet.setChecked(bool(s["quiet_start"] and s["quiet_end"]))
        self.quiet_start = self._time_edit("quiet_start", "setQuietStart", "12:30")
        self.quiet_end = self._time_edit("quiet_end", "setQuietEnd", "13:30")
        self.quiet.toggled.connect(self._quiet_changed)
        quiet = QWidget()
        quiet_row = QHBoxLayout(quiet)
        quiet_row.setContentsMargins(0, 0, 0, 0)
        quiet_row.addWidget(self.quiet)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(self.tr("and", "quiet hours: between 12:30 and 13:30")))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        self._quiet_changed(self.quiet.isChecked(), save=False)
        self.days_problem = self._problem_label("daysProblem")
        self.quiet_problem = self._problem_label("quietProblem")
        self.time_zone = self._zone_picker(s["time_zone"])
        self.shift_options = self._shift_options()
        self.nudges = QComboBox(objectName="setNudges")
        for key, label in NUDGES:
            if key != "unset" or s["nudges"] == "unset":
                self.nudges.addItem(_settings_word(str(label)), key)
        self.nudges.setCurrentIndex(max(0, self.nudges.findData(s["nudges"])))
        self.nudges.currentIndexChanged.connect(lambda _i: self._set("nudges", self.nudges.currentData()))
        self.coach_mode = QCheckBox(self.tr("I coach others (shows Coach mode)"), objectName="setCoachMode")
        self.coach_mode.setChecked(s["coach_mode"])
        self.coach_mode.toggled.connect(lambda v: self._set("coach_mode", v))
        self.start_at_login = QCheckBox(self.tr("Start SelfCompass quietly when I log in"),
                                        objectName="setStartAtLogin")
        self.start_at_login.setChecked(s["start_at_login"])
        self.start_at_login.toggled.connect(lambda v: self._set("start_at_login", v))
        for key, label, widget in (
            ("nudges", self.tr("Nudges"), self.nudges),
            ("reminders_enabled", self.tr("Reminders"), self.reminders_enabled),
            ("working_days", self.tr("Working days"), days),
            ("working_start", self.tr("Working hours"), hours),
            ("working_hours", self.tr("Shifts"), self.shift_options),
            ("quiet_start", self.tr("Quiet hours"), quiet),
            ("time_zone", self.tr("Time zone"), self.time_zone),
            ("start_at_login", self.tr("Start-up"), self.start_at_login),
            ("coach_mode", self.tr("Coaching"), self.coach_mode),
        ):
            self._row(form, key, label, widget)
        for field, problem in ((days, self.days_problem), (quiet, self.quiet_problem)):
            position: tuple[int, object] = form.getWidgetPosition(field)  # type: ignore[assignment]
            form.insertRow(position[0] + 1, "", problem)  # under the field it is about
        zone_row: tuple[int, object] = form.getWidgetPosition(self.time_zone)  # type: ignore[assignment]
        form.insertRow(zone_row[0] + 1, "", self.zone_problem)
        note = QLabel(self.tr("Pauses are never offered during a meeting from your calendar, in quiet hours or "
                              "during a focus block, and skipping one is always fine."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        form.addRow("", note)
        tab = QWidget()
        centre_form_labels(form)
        tab.setLayout(form)
        return tab

    # -- working pattern: the zone, night shifts, hours per day, shifts that vary ---------------------------
    def _zone_picker(self, current: str) -> QComboBox:
        """Every zone this computer knows, searchable by any part of its name; a mistyped zone is never saved."""
        from zoneinfo import available_timezones

        from PySide6.QtWidgets import QCompleter

        picker = QComboBox(objectName="setTimeZone")
        picker.setEditable(True)
        picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
        if "UTC" not in self._zones:
            self._zones.append("UTC")
        picker.addItems(self._zones)
        picker.setCurrentText(current)
        completer = QCompleter(self._zones, picker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "london" finds Europe/London
        picker.setCompleter(completer)
        line = picker.lineEdit()
        assert line is not None  # an editable combo box always has one
        line.setPlaceholderText(self.tr("Type part of a place, such as London", "time zone search"))
        line.editingFinished.connect(self._zone_chosen)
        picker.activated.connect(lambda _i: self._zone_chosen())
        self.zone_problem = QLabel(objectName="zoneProblem")  # under the zone, once something is mistyped
        self.zone_problem.setWordWrap(True)
        self.zone_problem.setProperty("role", "problem")
        self.zone_problem.hide()
        return picker

    def _say_zone_problem(self, text: str) -> None:
        self.zone_problem.setText(text)
        self.zone_problem.setVisible(bool(text))

    def _zone_chosen(self) -> None:
        text = self.time_zone.currentText().strip()
        match = next((z for z in self._zones if z.lower() == text.lower()), None)
        if match is None:
            #: {zone} is what the person typed.
            self._say_zone_problem(self.tr('"{zone}" is not a time zone this computer knows, so it was not saved. '
                                           "Type part of a place and choose from the list.").format(zone=text))
            return
        self._say_zone_problem("")
        if match != text:
            self.time_zone.setCurrentText(match)
        self._set("time_zone", match)

    def _shift_options(self) -> QWidget:
        """'My shifts vary', and other hours on some days (a night shift belongs to the day it starts)."""
        from PySide6.QtWidgets import QGridLayout

        s = self._settings
        box = QWidget(objectName="setShifts")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.shifts_vary = QCheckBox(self.tr("My shifts vary: pauses only after meetings and at times I choose"),
                                     objectName="setShiftsVary")
        self.shifts_vary.setChecked(s["shifts_vary"])
        self.shifts_vary.toggled.connect(self._shifts_vary_changed)
        self.own_hours = QCheckBox(self.tr("Different hours on some days"), objectName="setOwnHours")
        own = {}
        for item in s["working_hours"]:
            day, _, span = item.partition(" ")
            start, _, end = span.partition("-")
            own[day.lower()] = (start.strip(), end.strip())
        self.own_hours.setChecked(bool(own))
        self.day_hours = QWidget(objectName="setDayHours")
        grid = QGridLayout(self.day_hours)
        grid.setContentsMargins(0, 0, 0, 0)
        self.day_hour_edits: dict[str, tuple[QTimeEdit, QTimeEdit]] = {}
        for row, key in enumerate(DAY_KEYS):
            day = A_MONDAY + timedelta(days=row)
            start, end = own.get(key, (s["working_start"], s["working_end"]))
            edits = []
            for col, (value, what) in enumerate(((start, self.tr("starts")), (end, self.tr("ends"))), start=1):
                edit = QTimeEdit(objectName=f"hours_{key}_{col}")
                edit.setDisplayFormat("HH:mm")
                edit.setTime(QTime.fromString(value or "09:00", "HH:mm"))
                #: {day} is a day's name; {what} is "starts" or "ends".
                edit.setAccessibleName(self.tr("Working day on {day} {what}").format(day=weekday_name(day), what=what))
                edit.timeChanged.connect(lambda _t: self._day_hours_changed())
                pad_spin_box(edit)
                grid.addWidget(edit, row, col)
                edits.append(edit)
            grid.addWidget(QLabel(weekday_name(day)), row, 0)
            self.day_hour_edits[key] = (edits[0], edits[1])
        grid.setColumnStretch(3, 1)
        self.day_hours.setVisible(self.own_hours.isChecked())
        self.own_hours.toggled.connect(self._own_hours_changed)
        night = QLabel(self.tr("A night shift, such as 19:30 to 07:30, belongs to the day it starts."))
        night.setWordWrap(True)
        night.setProperty("role", "muted")
        for w in (self.shifts_vary, self.own_hours, self.day_hours, night):
            lay.addWidget(w)
        self._shifts_vary_changed(self.shifts_vary.isChecked(), save=False)
        return box

    def _shifts_vary_changed(self, on: bool, save: bool = True) -> None:
        for w in (self.working_start, self.working_end, self.own_hours, self.day_hours):
            w.setEnabled(not on and not self._settings.is_locked("working_start"))
        if save:
            self._set("shifts_vary", on)

    def _own_hours_changed(self, on: bool) -> None:
        self.day_hours.setVisible(on)
        self._day_hours_changed()

    def _day_hours_changed(self) -> None:
        """Save the days whose hours differ from the usual ones, as "mon 19:30-07:30"."""
        usual = (self.working_start.time().toString("HH:mm"), self.working_end.time().toString("HH:mm"))
        own = []
        if self.own_hours.isChecked():
            for key, (start, end) in self.day_hour_edits.items():
                hours = (start.time().toString("HH:mm"), end.time().toString("HH:mm"))
                if hours != usual:
                    own.append(f"{key} {hours[0]}-{hours[1]}")
        if own != self._settings["working_hours"]:
            self._set("working_hours", own)

    def _time_edit(self, key: str, name: str, fallback: str = "09:00") -> QTimeEdit:
        edit = QTimeEdit(objectName=name)
        edit.setDisplayFormat("HH:mm")
        edit.setTime(QTime.fromString(self._settings[key] or fallback, "HH:mm"))
        edit.setAccessibleName(BY_KEY[key].label_text)
        edit.timeChanged.connect(lambda t, k=key: self._time_changed(k, t))
        pad_spin_box(edit)
        return edit

    def _time_changed(self, key: str, value: QTime) -> None:
        if key.startswith("quiet"):
            if self.quiet.isChecked():
                self._quiet_changed(True)
            return
        self._set(key, value.toString("HH:mm"))

    def _quiet_changed(self, on: bool, save: bool = True) -> None:
        self.quiet_start.setEnabled(on)
        self.quiet_end.setEnabled(on)
        same = on and self.quiet_start.time() == self.quiet_end.time()
        if hasattr(self, "quiet_problem"):
            self._say_problem(self.quiet_problem, self.tr("Choose an end that differs from the start.") if same
                              else "")
        if save and not same:  # kept until it can be used, then saved
            self._set("quiet_start", self.quiet_start.time().toString("HH:mm") if on else "")
            self._set("quiet_end", self.quiet_end.time().toString("HH:mm") if on else "")

    def _days_changed(self) -> None:
        days = [k for k, b in self.day_buttons.items() if b.isChecked()]
        self._say_problem(self.days_problem, "" if days else self.tr("Choose at least one working day, or turn "
                                                                     "reminders off."))
        if days:  # none would mean the usual Monday to Friday, silently: kept until a day is chosen
            self._set("working_days", days)

    def _problem_label(self, name: str) -> QLabel:
        """A message under a field, in words, that goes once the field is put right."""
        label = QLabel(objectName=name)
        label.setWordWrap(True)
        label.setProperty("role", "problem")
        label.hide()
        return label

    def _say_problem(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def show_message(self, text: str) -> None:
        """Something to say about a change made in the dialog (it could not be saved, a setting is locked): here,
        beside the settings, until the next change."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _voice_chosen(self, _index: int) -> None:
        data = self.voice_id.currentData()
        if data == MORE_VOICES:
            self._show_more_voices()
            return
        self._set("voice_id", data or "")

    def _load_voices(self) -> None:
        if not self._voices_loaded:
            self._voices_loaded = True
            self.set_voices(self._voices())

    def set_voices(self, voices: Sequence[tuple[str, str] | tuple[str, str, Sequence[str]]]) -> None:
        """Fill the voice list (the narrator answers from its own thread, a moment after opening): a few voices
        for the person's language by friendly names, then "More voices…" for the rest. Each voice is (id, name)
        or (id, name, its languages)."""
        from PySide6.QtCore import QLocale

        from selfcompass.ui.voices import arrange

        language = self._settings["language"] or QLocale.system().name()
        short, more = arrange(((v[0], v[1], v[2] if len(v) > 2 else ()) for v in voices), language)
        current = self._settings["voice_id"]
        if current and any(c.id == current for c in more):  # the chosen voice is always in sight
            short += [c for c in more if c.id == current]
            more = [c for c in more if c.id != current]
        self._more_voices = [(c.id, c.label) for c in more]
        self.voice_id.blockSignals(True)
        while self.voice_id.count() > 1:
            self.voice_id.removeItem(1)
        for choice in short:
            self.voice_id.addItem(choice.label, choice.id)
            if choice.id == current:
                self.voice_id.setCurrentIndex(self.voice_id.count() - 1)
        if self._more_voices:
            self.voice_id.addItem(self.tr("More voices…"), MORE_VOICES)
        self.voice_id.blockSignals(False)

    def _show_more_voices(self) -> None:
        """"More voices…" chosen: the rest join the list, and the list opens again on the first of them."""
        self.voice_id.blockSignals(True)
        at = self.voice_id.findData(MORE_VOICES)
        self.voice_id.removeItem(at)
        for vid, label in self._more_voices:
            self.voice_id.addItem(label, vid)
        self._more_voices = []
        self.voice_id.setCurrentIndex(max(0, self.voice_id.findData(self._settings["voice_id"])))
        self.voice_id.blockSignals(False)
        if self.isVisible():
            self.voice_id.showPopup()

    def _set(self, key: str, value: object) -> None:
        self._on_change(key, value)
