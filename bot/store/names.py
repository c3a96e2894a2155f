"""Folding names and questions to one comparable form.

Used by the build (the alias table) and by the answer engine (the question), so a name
typed with accents, in Cyrillic or in any case meets the same key.
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip
_TRANSLIT = str.maketrans(_CYRILLIC)
# patterns of text that is not plain ASCII: compiled (by `re`) when first met
_BULGARIAN_YER = r"ъ(?![еёюяe])"
# Characters kept as they are: Latin letters, digits and CJK ideographs (Chinese names).
# The CJK range makes a big character set (~1 ms to compile at every start), so ASCII
# text, nearly all of it, goes through the small one and the big one compiles when needed.
_NOT_KEPT_ASCII = re.compile(r"[^a-z0-9]+")
_NOT_KEPT = r"[^a-z0-9\u3400-\u9fff]+"
_CJK = r"[\u3400-\u9fff]"


def fold(text: str) -> str:
    """Lowercase, transliterate Cyrillic, strip accents and punctuation, collapse spaces.

    >>> fold("Самокутяев, Александр")
    'samokutyaev aleksandr'
    >>> fold("Léopold  Eyharts")
    'leopold eyharts'
    """
    if text.isascii():  # most names and questions: of the steps below only these apply
        return _NOT_KEPT_ASCII.sub(" ", text.lower()).strip()
    return _fold_any(text)


def _fold_any(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    # Bulgarian ъ is a vowel ("Александър" = Aleksandar); the Russian hard sign stands
    # before a soft vowel and is silent.
    text = re.sub(_BULGARIAN_YER, "a", text).translate(_TRANSLIT)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d")
    # CJK characters are words on their own: space them so n-grams can find them.
    text = re.sub(_CJK, lambda m: f" {m.group(0)} ", text)
    return re.sub(_NOT_KEPT, " ", text).strip()


def compact(text: str) -> str:
    """The folded text with no spaces at all: `Soyuz TMA-14M` and `tma 14 m` meet here."""
    return fold(text).replace(" ", "")


def split_list(cell: str) -> list[str]:
    """A `|`-separated cell as a list of non-empty, trimmed items."""
    return [p.strip() for p in cell.split("|") if p.strip()] if cell else []
