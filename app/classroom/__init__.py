"""Classroom mode: slides from lessons and cases, and the live quiz (no Qt here)."""
