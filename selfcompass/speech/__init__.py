"""Spoken guidance: a narrator interface, a pyttsx3 back-end on a worker thread, and a silent fallback."""
