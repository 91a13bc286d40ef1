"""The studio's core (no Qt): bringing a trainer's existing material into the organisation
layer — a Word document as a draft lesson, a spreadsheet of questions, a GIFT or Moodle XML
bank. Every function takes the layer folder as a ``Path``; the layer's layout is
docs/content-format.md's (``lessons/``, ``quizzes/``, ``assets/images/``, ``drafts/lessons/``)."""
