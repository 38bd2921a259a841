"""SelfCompass: offline mindful pauses, self-compassion and attention hygiene for health and care leaders."""

__version__ = "0.1.0"
APP_NAME = "SelfCompass"
APP_ID = "selfcompass"
