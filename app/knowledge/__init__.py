"""The searchable knowledge base: what is indexed (documents) and the SQLite FTS5 index."""
