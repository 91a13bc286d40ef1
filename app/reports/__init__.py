"""Progress reports: the learner's dashboard figures, the certificate, exports (CSV, xAPI)
and the trainer's cohort. No Qt here."""
