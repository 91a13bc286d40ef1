"""Classroom windows: the projector (slides, live quiz, role-play) and the presenter view."""
