"""The role-play page (``RolePlayPage``): a scenario chooser, the running dialogue and the
debrief, stacked and wired together in ``page``; each sub-page lives in its own module."""

from app.views.roleplay.page import RolePlayPage

__all__ = ["RolePlayPage"]
