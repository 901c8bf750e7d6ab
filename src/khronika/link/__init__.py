"""Linking: what in one record is the same as in another (documents, later persons and cases)."""
