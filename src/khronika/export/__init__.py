"""Exports: acts, documents and rejections as JSON Lines or CSV."""

from khronika.export.writers import KINDS, export

__all__ = ["KINDS", "export"]
