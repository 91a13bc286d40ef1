"""Sending the learner's xAPI statements to the organisation's Learning Record Store."""
