"""Language identification. Russian is decided by script (py3langid confuses short Russian
with Bulgarian); everything else goes to py3langid, whose model ships inside the package."""

from __future__ import annotations

import re
from functools import lru_cache

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_BELARUSIAN = re.compile(r"[ўЎ]")


@lru_cache(maxsize=1)
def _classify():  # type: ignore[no-untyped-def]
    """Imported lazily: loading the model takes a moment and not every run needs it."""
    import py3langid

    return py3langid.classify


def identify(text: str) -> str:
    """ISO 639-1 code of the text's main language, or "und" when there is too little text."""
    sample = text[:5000]
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    if cyr + lat < 20:
        return "und"
    if cyr > lat:
        if len(_UKRAINIAN.findall(sample)) > cyr * 0.01:
            return "uk"
        if len(_BELARUSIAN.findall(sample)) > cyr * 0.005:
            return "be"
        return "ru"
    lang, _score = _classify()(sample)
    return str(lang)
