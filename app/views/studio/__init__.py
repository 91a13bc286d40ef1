"""The course studio's editors for trainers (issue 22). ``scenario_editor``: a role-play
scenario as a graph, checked live with the rules of ``content check``."""
