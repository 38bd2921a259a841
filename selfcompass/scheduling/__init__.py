"""Qt timers behind a small interface, and the reminder service that turns core maths into signals."""
