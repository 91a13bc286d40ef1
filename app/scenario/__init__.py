"""Branching role-play: scenarios as graphs (``content/scenarios``), the engine that plays
them, and the authoring checks. No Qt."""
