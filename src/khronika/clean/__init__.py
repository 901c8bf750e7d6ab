"""Capture -> Document: decoding, main-text extraction, residue removal, language."""
