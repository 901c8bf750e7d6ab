"""Scoring extracted acts against gold files (`khronika eval`)."""
