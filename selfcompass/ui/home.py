"""Home, where the app opens: a kind line, one obvious thing to do, the next nudge, today at a glance, one offer.

Built before the first frame, so it names nothing of PySide6's ``Qt`` namespace (see ui/first_frame.py). The
illustration is drawn after the first frame (``set_theme``, from the Home feature's ``attach``): reading an SVG
loads Qt's SVG plugin and library, about 8 million instructions the first frame does not need; its place is kept,
so nothing moves when it arrives. The day's timeline (which paints) is made after the first frame too, when the
reminders feature has something to draw. Nothing on it scrolls at 1280x720 (tests/ui/test_screen_fit.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Signal
from PySide6.QtGui import QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.i18n import QT_TRANSLATE_NOOP
from selfcompass.paths import resource_dir
from selfcompass.ui import theme as tokens
from selfcompass.ui.layout import page_margins

# The illustration's size (logical pixels; it stays this size with large text, so the words get the room).
ART_SIZE = QSize(150, 118)


# (from hour, to hour, greeting): a night shift gets its own.
GREETINGS = ((5, 12, QT_TRANSLATE_NOOP("HomePage", "Good morning.")),
             (12, 18, QT_TRANSLATE_NOOP("HomePage", "Good afternoon.")),
             (18, 23, QT_TRANSLATE_NOOP("HomePage", "Good evening.")))
NIGHT = QT_TRANSLATE_NOOP("HomePage", "Hello. Thank you for the work you do at night.")


def greeting_for(hour: int) -> str:
    """"Good morning" and so on for an hour of the day, in the person's language."""
    text = next((words for start, end, words in GREETINGS if start <= hour < end), NIGHT)
    return QCoreApplication.translate("HomePage", text)


def _label(text: str = "", role: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def _link(text: str, name: str) -> QPushButton:
    """A quiet action that reads as a link: every screen has one filled button, and this is not it."""
    button = QPushButton(text, objectName=name)
    button.setProperty("role", "link")
    button.setFlat(True)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


class Card(QFrame):
    """A surface with generous space inside: a heading, then whatever is put in ``body``."""

    def __init__(self, heading: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        pad = tokens.space(tokens.SPACE_L)
        self.body.setContentsMargins(pad + tokens.SPACE_XS, pad, pad + tokens.SPACE_XS, pad)
        self.body.setSpacing(tokens.space(tokens.SPACE_S))
        self.heading = _label(heading, "heading", f"{name}Heading")
        self.body.addWidget(self.heading)


class HomePage(QWidget):
    """Home. The window shows it first; the reminders, sequences and journal features fill it in once installed
    (through ``set_next``, ``set_timeline``, ``set_focus``, ``set_sequence`` and the offer slot)."""

    # "Take a pause": the chooser (what do you need, how long have you got).
    pause_requested = Signal()
    # "Change" beside the next nudge: the reminders part of Settings.
    nudges_requested = Signal()
    # "Add your calendar" or "See your meeting load".
    calendar_requested = Signal()
    # "See all of today": the plan in full and the sequences being followed.
    today_requested = Signal()
    # "Prompts back on" after "Not today" or "Quiet until tomorrow".
    resume_requested = Signal()

    def __init__(self, hour: int, theme_name: str = "light", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.setAccessibleName(self.tr("Home"))
        self._theme_name = theme_name
        self.greeting = _label(greeting_for(hour), "display", "homeGreeting")
        self.invitation = _label(self.tr("A minute for yourself, between everything else?"), "", "homeInvitation")
        self.art = QLabel(objectName="homeArt")
        self.art.setAccessibleName(self.tr("Circles, like a slow breath"))
        self.art.setFixedSize(ART_SIZE)  # kept for the drawing, which arrives after the first frame (set_theme)
        self.pause = QPushButton(self.tr("Take a pause"), objectName="homePause")
        self.pause.setProperty("primary", True)
        self.pause.setProperty("role", "big")
        self.pause.setAccessibleDescription(self.tr("Choose what you need and how long you have"))
        self.pause.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.pause.clicked.connect(self.pause_requested)

        self.next = _label(self.tr("Pauses are offered once SelfCompass has finished starting."), "", "homeNext")
        self.timeline: QWidget | None = None  # made by set_timeline, after the first frame
        self._offers: list[QWidget] = []  # the first is shown; the rest wait their turn
        self._built = False  # the parts the features fill in are made on first use (ensure_built)

        # A short window (large text on a small screen) scrolls Home rather than squashing it; at the standard text
        # size nothing needs to (tests/ui/test_screen_fit.py).
        self.scroll_area = QScrollArea(self, objectName="homeScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Home"))
        body = QWidget(objectName="homeBody")
        self.scroll_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self._page = QVBoxLayout(body)
        self._top = QHBoxLayout()
        words = QVBoxLayout()
        words.setSpacing(tokens.space(tokens.SPACE_S))
        words.addWidget(self.greeting)
        words.addWidget(self.invitation)
        words.addSpacing(tokens.space(tokens.SPACE_L))
        button_row = QHBoxLayout()
        button_row.addWidget(self.pause)
        button_row.addStretch(1)
        words.addLayout(button_row)
        words.addStretch(1)
        self._top.addLayout(words, 1)
        self._top.addWidget(self.art)
        self._page.addLayout(self._top)
        self._page.addSpacing(tokens.space(tokens.SPACE_XL))
        self._next_row = QHBoxLayout()
        self._next_row.setSpacing(tokens.space(tokens.SPACE_S))
        self._next_row.addWidget(self.next, 1)
        self._page.addLayout(self._next_row)
        self._page.addStretch(1)
        self.fit_to_width(1280)

    def ensure_built(self) -> None:
        """Make the parts the features fill in: the links, the cards and the offer slot. They have nothing to show
        until the features are installed after the first frame, so the first frame does without them."""
        if self._built:
            return
        self._built = True
        self.change = _link(self.tr("Change", "change how often nudges come"), "homeChangeNudges")
        self.change.setAccessibleName(self.tr("Change nudges"))
        self.change.clicked.connect(self.nudges_requested)
        self.resume = _link(self.tr("Prompts back on"), "homeResume")
        self.resume.setAccessibleName(self.tr("Turn prompts back on for today"))
        self.resume.clicked.connect(self.resume_requested)
        self.resume.hide()
        self._next_row.addWidget(self.resume)
        self._next_row.addWidget(self.change)
        self.calendar = _link(self.tr("Add your calendar so pauses fit around meetings"), "homeCalendar")
        self.calendar.clicked.connect(self.calendar_requested)
        self.today = _link(self.tr("See all of today"), "homeToday")
        self.today.clicked.connect(self.today_requested)
        self.calendar.hide()
        self.today.hide()
        self.legend = _label(self.tr("Dots are the pauses offered; blocks are your meetings."), "small", "homeLegend")
        self.legend.hide()

        self.sequence_card = Card(self.tr("Your sequence"), "homeSequence")
        self.sequence_text = _label("", "", "homeSequenceText")
        self.sequence_start = QPushButton(self.tr("Start", "start today's practice in a sequence"),
                                          objectName="homeSequenceStart")
        self.sequence_card.body.addWidget(self.sequence_text)
        row = QHBoxLayout()
        row.addWidget(self.sequence_start)
        row.addStretch(1)
        self.sequence_card.body.addLayout(row)
        self.sequence_card.hide()
        self.focus_card = Card(self.tr("A focus block"), "homeFocus")
        self.focus_card.hide()  # the reminders feature hands over its focus panel (set_focus)

        self.offer_slot = QFrame(objectName="homeOffer")
        self.offer_slot.setProperty("role", "card")
        self._offer_layout = QHBoxLayout(self.offer_slot)
        pad = tokens.space(tokens.SPACE_M)
        self._offer_layout.setContentsMargins(pad + tokens.SPACE_XS, pad, pad + tokens.SPACE_XS, pad)
        self.offer_slot.hide()

        page = self._page
        page.takeAt(page.count() - 1)  # the closing stretch, put back below
        self._timeline_at = page.count()  # today's line goes here (set_timeline)
        links = QHBoxLayout()
        links.setSpacing(tokens.space(tokens.SPACE_L))
        links.addWidget(self.calendar)
        links.addWidget(self.today)
        links.addSpacing(tokens.space(tokens.SPACE_L))
        links.addWidget(self.legend, 1)
        page.addLayout(links)
        page.addSpacing(tokens.space(tokens.SPACE_L))
        cards = QHBoxLayout()
        cards.setSpacing(tokens.space(tokens.SPACE_L))
        cards.addWidget(self.sequence_card, 1)
        cards.addWidget(self.focus_card, 1)
        page.addLayout(cards)
        page.addSpacing(tokens.space(tokens.SPACE_L))
        page.addWidget(self.offer_slot)
        page.addStretch(1)

    # -- layout ----------------------------------------------------------------------------------------------
    def fit_to_width(self, width: int) -> None:
        """Margins for the window's width: 32 px, or 24 on a narrow window; the illustration steps aside there."""
        narrow = width < tokens.NARROW_WIDTH
        self._page.setContentsMargins(*page_margins(narrow))
        self._page.setSpacing(tokens.space(tokens.SPACE_S))
        self.art.setVisible(not narrow)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit_to_width(event.size().width())
        super().resizeEvent(event)

    def set_theme(self, theme_name: str) -> None:
        """The illustration in the theme's colours (assets/home-<theme>.svg). Not before the first frame (the
        module's docstring says why)."""
        self._theme_name = theme_name
        path = resource_dir() / "assets" / f"home-{theme_name}.svg"
        if not path.exists():
            path = resource_dir() / "assets" / "home-light.svg"
        self.art.setPixmap(_render(path, ART_SIZE, self.devicePixelRatioF()))

    # -- what the features fill in ---------------------------------------------------------------------------
    def set_greeting(self, hour: int) -> None:
        self.greeting.setText(greeting_for(hour))

    def set_next(self, text: str, *, quiet: bool = False, can_change: bool = True) -> None:
        """The next nudge and why, or that nudges are off. ``quiet``: the person said "Not today"."""
        self.ensure_built()
        self.next.setText(text)
        self.resume.setVisible(quiet)
        self.change.setVisible(can_change)

    def set_calendar(self, has_calendar: bool) -> None:
        self.ensure_built()
        self.calendar.setText(self.tr("See your meeting load") if has_calendar else
                              self.tr("Add your calendar so pauses fit around meetings"))
        self.calendar.show()
        self.today.show()

    def set_timeline(self, timeline: QWidget | None) -> None:
        """Today's meetings and pauses as one line (ui/day_timeline.py), or none."""
        self.ensure_built()
        if self.timeline is timeline:
            return
        if self.timeline is not None:
            self._page.removeWidget(self.timeline)
            self.timeline.deleteLater()
        self.timeline = timeline
        self.legend.setVisible(timeline is not None)
        if timeline is not None:
            self._page.insertWidget(self._timeline_at, timeline)

    def set_focus(self, panel: QWidget) -> None:
        """The reminders feature's focus panel (25, 50 or 90 minutes) in its card."""
        self.ensure_built()
        self.focus_card.body.addWidget(panel)
        self.focus_card.show()

    def set_sequence(self, heading: str, text: str) -> None:
        """Today's day of a sequence being followed ("" heading: none is followed, and the card steps aside)."""
        self.ensure_built()
        self.sequence_card.heading.setText(heading)
        self.sequence_text.setText(text)
        self.sequence_card.setVisible(bool(heading))

    # -- one gentle offer at a time ----------------------------------------------------------------------------
    def add_offer(self, offer: QWidget) -> None:
        """Show ``offer`` in the slot, or keep it until the one showing has been answered."""
        self.ensure_built()
        self._offers.append(offer)
        for button in offer.findChildren(QPushButton):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # the words take the room
        offer.destroyed.connect(self._offer_destroyed)  # a bound method: dropped with Home itself
        if len(self._offers) == 1:
            self._show_first()
        else:
            offer.hide()

    def remove_offer(self, offer: QWidget) -> None:
        """The person answered ``offer``: it goes, and the next waiting one (if any) takes its place."""
        self.ensure_built()
        if offer in self._offers:
            self._offer_layout.removeWidget(offer)
            offer.hide()
            offer.deleteLater()
            self._forget(offer)

    def _offer_destroyed(self, gone: QObject) -> None:
        for offer in self._offers:
            if offer is gone:
                self._forget(offer)
                return

    def _forget(self, offer: QWidget) -> None:
        if offer in self._offers:
            first = self._offers[0] is offer
            self._offers.remove(offer)
            if first:
                self._show_first()

    def _show_first(self) -> None:
        if not self._offers:
            self.offer_slot.hide()
            return
        offer = self._offers[0]
        if self._offer_layout.indexOf(offer) < 0:
            self._offer_layout.addWidget(offer, 1)
        offer.show()
        self.offer_slot.show()

    @property
    def offers(self) -> list[QWidget]:
        """The offers waiting, the one shown first."""
        return list(self._offers)


def _render(path: Path, size: QSize, ratio: float) -> QPixmap:
    """An SVG drawn at ``size`` (sharp on a high-density screen), without PySide6's ``Qt`` namespace."""
    reader = QImageReader(str(path))
    reader.setScaledSize(size * ratio)
    image = reader.read()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
