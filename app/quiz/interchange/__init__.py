"""Moodle interchange: GIFT and Moodle XML, import and export. Imported files are untrusted:
``decode.read_untrusted`` enforces the size limit and the accepted encodings first."""
