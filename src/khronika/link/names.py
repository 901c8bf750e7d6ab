"""Name keys that survive scripts, transliteration systems and Russian inflection.

One person reaches the store as "Azat Miftahov", "Azat Miftakhov", "Азат Мифтахов" and
"Мифтахова" (genitive, normalised upstream to the nominative where the parser could). Rather
than enumerate spellings, every name is reduced to a *phonetic key*: Cyrillic is written in
Latin by one scheme, then the differences between the common systems (BGN/PCGN, ISO 9,
passport, informal) are folded: kh/h, zh/z, shch/sch/sh, ts/tz/c, j/y, ya/ia/ja/a,
yu/iu/ju/u, ye/ie/e, final -iy/-ii/-ij/-y, doubled letters, w/v. Keys are compared, never shown.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian and Belarusian letters, so their names key too
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip

# ISO 9 and scholarly diacritics, before accents are stripped (š would lose its h).
_DIACRITICS = {
    "š": "sh",
    "č": "ch",
    "ž": "zh",
    "ŝ": "shch",
    "ë": "e",
    "è": "e",
    "é": "e",
    "û": "yu",
    "â": "ya",
}

# Applied in order; each folds one way the systems differ. Keys only: the output is no spelling.
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(a), b)
    for a, b in (
        (r"[ʹʺ'’`]", ""),
        (r"shch|sch", "sh"),
        (r"tch", "ch"),
        (r"kh", "h"),
        (r"zh", "z"),
        (r"ts|tz", "c"),
        (r"x", "ks"),
        (r"ph", "f"),
        (r"w", "v"),
        (r"j", "y"),
        (r"q", "k"),
    )
)
_GLIDES = re.compile(r"yu|iu|yo|io|ya|ia|ye|ie|ii|iy|yi|yy")
# ё is written е as often as ё, so "yo" folds to "e": Artyom, Artëm, Artem, Артём, Артем.
_GLIDE_TO = {"yu": "u", "iu": "u", "yo": "e", "io": "e", "ya": "a", "ia": "a", "ye": "e", "ie": "e"}
_DOUBLE = re.compile(r"(.)\1+")
_Y_NOT_GLIDE = re.compile(r"y(?![aeiou])")


def to_latin(text: str) -> str:
    """Cyrillic letters in Latin (BGN-like, lower case); other letters kept, accents dropped."""
    out = []
    for ch in text.lower():
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        elif ch in _DIACRITICS:
            out.append(_DIACRITICS[ch])
        else:
            out.append(ch)
    decomposed = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def phonetic_key(word: str) -> str:
    """One key for all the ways one word is transliterated ("Miftahov", "Miftakhov",
    "Мифтахов" -> "miftahov"; "Yevgeny", "Evgeniy", "Евгений" -> "evgeni")."""
    key = re.sub(r"[^a-z]", "", to_latin(word))
    for rx, to in _FOLDS:
        key = rx.sub(to, key)
    for _ in range(3):
        new = _GLIDES.sub(lambda m: _GLIDE_TO.get(m.group(), "i"), key)
        if new == key:
            break
        key = new
    # й is y, j or i by system ("Chuykova", "Chujkova", "Chuikova"): a y before no vowel is i.
    key = _Y_NOT_GLIDE.sub("i", key)
    return _DOUBLE.sub(r"\1", key)


def initial_letters(given: str) -> tuple[str, ...]:
    """The first letters of the given-name keys a given-name key can stand for. Only an
    initial is ever unsure, and only one: "I." or "Y." (key "i") may be Iurii/Yuri (Юрий, key
    "uri") or Yevgeny (Евгений, "evgeni") as well as Igor. (Я-names, Yakov, are left out: "A."
    and "I." would then fit each other, and A-names are many.)"""
    if given == "i":
        return ("i", "u", "e")
    return (given[:1],)


def initials_fit(a: str, b: str) -> bool:
    """Two given-name keys can be one person's by their initials."""
    return bool(set(initial_letters(a)) & set(initial_letters(b)))


# Feminine and inflected surname endings (keys), longest first: "miftahova" -> "miftahov",
# "shakurska" (Шакурская) -> "shakurski". The stem keys a surname for blocking without gender.
_SURNAME_TAILS = (
    ("skogo", "ski"), ("skomu", "ski"), ("skoi", "ski"), ("skim", "ski"), ("skom", "ski"),
    ("ska", "ski"), ("sku", "ski"), ("naa", "ni"),
    ("ovoi", "ov"), ("evoi", "ev"), ("inoi", "in"), ("ovim", "ov"), ("evim", "ev"), ("inim", "in"),
    ("ova", "ov"), ("eva", "ev"), ("ina", "in"), ("ovu", "ov"), ("evu", "ev"), ("inu", "in"),
    ("ove", "ov"), ("eve", "ev"),
)  # fmt: skip


@lru_cache(maxsize=200_000)
def surname_stem(key: str) -> str:
    """A surname key without gender or case ending, so Miftakhov and Miftakhova share a block."""
    for tail, to in _SURNAME_TAILS:
        if key.endswith(tail) and len(key) > len(tail) + 2:
            return key[: -len(tail)] + to
    return key


@dataclass(frozen=True)
class PersonName:
    """A person's name split for linking: keys of the given name, patronymic and surname.
    `given` may be an initial (one letter); any part may be missing."""

    given: str | None
    patronymic: str | None
    surname: str | None

    @property
    def full(self) -> bool:
        return bool(self.surname and self.given)


_INITIAL = re.compile(r"^\w\.?$")
# A patronymic key in any case, and its nominative: "ildarovicha" (Ильдаровича) -> "ildarovich",
# "olegovnu" (Олеговну) -> "olegovna". Court papers decline the whole name.
_PATRONYMIC_MALE = re.compile(r"^(\w+(?:ovich|evich|ich))(?:a|u|em|e)?$")
_PATRONYMIC_FEMALE = re.compile(r"^(\w+(?:ovn|evn|ichn))(?:a|i|u|e|oi)$")


def patronymic_key(key: str) -> str | None:
    """The nominative of a patronymic key, or None when the key is not one."""
    if hit := _PATRONYMIC_MALE.match(key):
        return hit.group(1)
    if hit := _PATRONYMIC_FEMALE.match(key):
        return hit.group(1) + "a"
    return None


_PARTICLES = {"de", "la", "van", "von", "der", "da", "al", "el", "bin", "ibn", "abu", "del", "di", "le"}


@lru_cache(maxsize=200_000)
def split_name(name: str) -> PersonName:
    """Split a name as written into keys. Russian order "Surname Given Patronymic" is recognised
    by the patronymic ("Мифтахов Азат Ильдарович"); "A. Miftakhov" gives the initial "a".
    Cached: an archive names the same people in the same spelling again and again."""
    words = [w for w in re.split(r"[\s\u00a0]+", re.sub(r"[^\w\s.\-'’]", " ", name)) if w]
    words = [w for w in words if w.strip(".-")]
    if not words:
        return PersonName(None, None, None)
    keys = [phonetic_key(w.replace(".", "")) if not _INITIAL.match(w) else phonetic_key(w[0]) for w in words]
    initials = [bool(_INITIAL.match(w)) or (len(w) == 2 and w.endswith(".")) for w in words]
    if len(words) == 1:
        return PersonName(None, None, keys[0] or None)
    if len(words) == 3 and not initials[0] and patronymic_key(keys[2]) and not patronymic_key(keys[1]):
        if words[0][0].isupper() and not initials[1]:
            # "Мифтахов Азат Ильдарович" (surname first) vs "Азат Ильдарович Мифтахов"
            return PersonName(keys[1], patronymic_key(keys[2]), keys[0])
    given = keys[0]
    surname_words = [k for k, w in zip(keys[1:], words[1:], strict=True) if w.lower() not in _PARTICLES]
    if not surname_words:  # "Mohamed El", "Ahmed Abu": the particle is all there is
        surname_words = keys[-1:]
    patronymic = None
    if len(surname_words) >= 2 and patronymic_key(surname_words[0]):
        patronymic = patronymic_key(surname_words[0])
        surname_words = surname_words[1:]
    elif len(surname_words) >= 2 and initials[1]:
        patronymic = surname_words[0]
        surname_words = surname_words[1:]
    surname = "".join(surname_words[-2:]) if len(surname_words) >= 2 else surname_words[-1]
    if "-" in words[-1]:
        surname = phonetic_key(words[-1])
    return PersonName(given or None, patronymic, surname or None)


def organisation_key(name: str) -> str:
    """Organisations without a known body: their name's key without quotes and generic words
    ("«Мемориал»", "Memorial" -> "memorial")."""
    words = re.findall(r"\w+", name.lower())
    generic = {"the", "of", "organisation", "organization", "ngo", "group", "центр", "организация"}
    return " ".join(phonetic_key(w) for w in words if w not in generic)
