"""The entry editor: an optional title, the writing, tags, a mood in words and numbers, and gentle prompts."""

from __future__ import annotations

import random
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.journal import Draft, JournalEntry, Part, normalise_tags, parse_tags, prompts_for
from selfcompass.ui.journal.model import MOOD_WORDS, mood_word
from selfcompass.ui.layout import centre_form_labels
from selfcompass.ui.theme import SPACE_M, space

SLOT = "editor"


class EntryEditor(QWidget):
    """Holds one entry (new or existing). ``changed`` fires on every edit, so the page can autosave."""

    changed = Signal()
    save_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalEditor")
        self.entry_uuid: str | None = None
        self.entry_id: int | None = None
        self.session_id: int | None = None
        self.dirty = False
        self._loading = False
        self._rng = random.Random()
        self.title = QLineEdit(objectName="journalTitle", placeholderText=self.tr("A title, if you like"))
        self.title.setAccessibleName(self.tr("Title", "journal entry title"))
        self.prompt_part = QComboBox(objectName="journalPromptPart")
        self.prompt_part.setAccessibleName(self.tr("Prompt theme"))
        self.prompt_part.addItem(self.tr("No prompt"), None)
        for part, label in ((Part.KINDNESS, self.tr("Kindness")), (Part.COMMON_HUMANITY, self.tr("Common humanity")),
                            (Part.MINDFULNESS, self.tr("Mindful noticing"))):
            self.prompt_part.addItem(label, part)
        self.another_prompt = QPushButton(self.tr("Another prompt"), objectName="journalAnotherPrompt")
        self.prompt = QLabel(objectName="journalPrompt", wordWrap=True)
        self.prompt.setAccessibleName(self.tr("Prompt", "the writing prompt shown"))
        self.prompt.hide()
        self.body = QPlainTextEdit(objectName="journalBody")
        self.body.setAccessibleName(self.tr("Your writing"))
        self.body.setPlaceholderText(self.tr("Write as much or as little as you like."))
        self.body.setTabChangesFocus(True)
        self.tags = QLineEdit(objectName="journalTags", placeholderText=self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.mood = QComboBox(objectName="journalMood")
        self.mood.setAccessibleName(self.tr("Mood"))
        self.mood.addItem(self.tr("Not noted", "no mood chosen"), None)
        for value in MOOD_WORDS:
            self.mood.addItem(self.tr("{value} – {word}", "mood choice: its number and word").format(
                value=value, word=mood_word(value)), value)
        self.session_label = QLabel(objectName="journalSessionLink", wordWrap=True)
        self.session_label.hide()
        self.status = QLabel(objectName="journalEditorStatus", wordWrap=True)
        self.status.setAccessibleName(self.tr("Editor status"))
        self.save_button = QPushButton(self.tr("&Save entry"), objectName="journalSave")
        self.delete_button = QPushButton(self.tr("&Delete", "delete this journal entry"), objectName="journalDelete")
        self.delete_button.setEnabled(False)

        prompts = QHBoxLayout()
        prompts.addWidget(self.prompt_part, 1)
        prompts.addWidget(self.another_prompt)
        prompt_label = QLabel(self.tr("&Prompt", "a writing prompt"))
        prompt_label.setBuddy(self.prompt_part)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(prompt_label, prompts)
        form.addRow(self.prompt)
        form.addRow(self.body)
        form.addRow(self.tr("Ta&gs"), self.tags)
        form.addRow(self.tr("&Mood"), self.mood)
        centre_form_labels(form)
        buddies: tuple[QWidget, ...] = (self.title, self.tags, self.mood)
        for buddy in buddies:
            field_label = form.labelForField(buddy)
            if isinstance(field_label, QLabel):
                field_label.setBuddy(buddy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(space(SPACE_M), 0, 0, 0)  # the page gives the outer margin; room from the list
        layout.addLayout(form, 1)
        layout.addWidget(self.session_label)
        layout.addLayout(buttons)

        for signal in (self.title.textChanged, self.body.textChanged, self.tags.textChanged,
                       self.mood.currentIndexChanged):
            signal.connect(self._edited)
        self.prompt_part.currentIndexChanged.connect(self._pick_prompt)
        self.another_prompt.clicked.connect(self._pick_prompt)
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button.clicked.connect(self.delete_requested)

    # -- state ------------------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self.changed.emit()

    def _pick_prompt(self) -> None:
        part = self.prompt_part.currentData()
        if part is None:
            self.set_prompt("")
        else:
            options = [p for p in prompts_for(part) if p != self.prompt.text()]
            self.set_prompt(self._rng.choice(options))
        self._edited()

    def set_prompt(self, text: str) -> None:
        self.prompt.setText(text)
        self.prompt.setVisible(bool(text))

    @property
    def has_text(self) -> bool:
        return bool(self.body.toPlainText().strip() or self.title.text().strip())

    def draft(self, now: datetime) -> Draft:
        """The editor's state as a draft. A new entry gets its identity here, once, so a save that is still under
        way when the person types on (or presses Save again) updates that entry rather than making a second."""
        if self.entry_uuid is None:
            import uuid

            self.entry_uuid = str(uuid.uuid4())
        return Draft(SLOT, self.body.toPlainText(), now, self.title.text().strip(),
                     parse_tags(self.tags.text()), self.mood.currentData(), self.entry_uuid, self.session_id,
                     self.prompt.text())

    def clear(self) -> None:
        self._fill(None, "", "", (), None, "", None, None)
        self.session_label.hide()
        self.status.clear()

    def load_entry(self, entry: JournalEntry, session_text: str = "") -> None:
        self._fill(entry.uuid, entry.title, entry.body, entry.tags, entry.mood, entry.prompt, entry.session_id,
                   entry.id)
        self.session_label.setText(session_text)
        self.session_label.setVisible(bool(session_text))

    def load_draft(self, draft: Draft) -> None:
        self._fill(draft.entry_uuid, draft.title, draft.body, draft.tags, draft.mood, draft.prompt,
                   draft.session_id, None)
        self.dirty = True

    def _fill(self, uid: str | None, title: str, body: str, tags: tuple[str, ...], mood: int | None, prompt: str,
              session_id: int | None, entry_id: int | None) -> None:
        self._loading = True
        try:
            self.entry_uuid, self.entry_id, self.session_id = uid, entry_id, session_id
            self.title.setText(title)
            self.body.setPlainText(body)
            self.tags.setText(", ".join(normalise_tags(tags)))
            self.mood.setCurrentIndex(max(self.mood.findData(mood), 0) if mood is not None else 0)
            self.prompt_part.setCurrentIndex(0)
            self.set_prompt(prompt)
            self.delete_button.setEnabled(entry_id is not None)
            self.dirty = False
        finally:
            self._loading = False
