"""Language analysis behind one interface: `analyze(text, language) -> Analysis`.

One module per language (en: spaCy, ru: natasha) converts its library's output into the
same Universal-Dependencies-style tokens, so extraction is written once for both.
Models load on first use, never at import time.
"""

from __future__ import annotations

from functools import cache

from khronika.nlp.base import Analysis, Analyzer, Entity, Sentence, Token

SUPPORTED = ("en", "ru")


@cache
def get_analyzer(language: str) -> Analyzer:
    if language == "ru":
        from khronika.nlp.ru import RussianAnalyzer

        return RussianAnalyzer()
    if language == "en":
        from khronika.nlp.en import EnglishAnalyzer

        return EnglishAnalyzer()
    raise ValueError(f"no analyzer for language {language!r}; supported: {', '.join(SUPPORTED)}")


def analyze(text: str, language: str) -> Analysis:
    return get_analyzer(language).analyze(text)


__all__ = ["Analysis", "Analyzer", "Entity", "Sentence", "Token", "analyze", "get_analyzer", "SUPPORTED"]
