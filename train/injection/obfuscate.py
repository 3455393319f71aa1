"""Obfuscation transforms an attacker uses to hide a prompt injection, for augmenting the training corpus.

Every transform is a pure function `(text, seed=0) -> str`: the same text and seed always give the same
output, and no global random state is touched. `augment` applies them to a share of a labelled corpus so
the classifier sees obfuscated attacks *and* obfuscated harmless text (a base64'd recipe stays label 0;
obfuscation alone must not become the signal).

Non-ASCII characters are written as escapes so the source stays readable next to the Latin letters they
imitate.
"""

from __future__ import annotations

import base64
import random
import re
from collections.abc import Callable, Sequence
from typing import Any

Transform = Callable[..., str]

# --- lead-ins for base64 payloads ------------------------------------------------------------------------

# Neutral lead-ins only ask for decoding; imperative ones ask the model to obey the decoded text. Benign
# records only get neutral ones, attacks get either, so "decode" by itself is not a label shortcut.
_NEUTRAL_LEADS = {
    "en": ["Here is a base64 string: {b}", "Can you decode this base64 for me? {b}", "base64: {b}"],
    "fr": ["Voici une chaîne en base64 : {b}", "Tu peux décoder ce base64 ? {b}", "Texte encodé : {b}"],
    "ja": ["\u6b21\u306ebase64\u3092\u30c7\u30b3\u30fc\u30c9\u3057\u3066\u304f\u3060\u3055\u3044\uff1a{b}",
           "base64\u3067\u3059\uff1a{b}"],
    "ru": ["\u0412\u043e\u0442 \u0441\u0442\u0440\u043e\u043a\u0430 \u0432 base64: {b}",
           "\u0420\u0430\u0441\u0448\u0438\u0444\u0440\u0443\u0439 base64, \u043f\u043e\u0436\u0430\u043b"
           "\u0443\u0439\u0441\u0442\u0430: {b}"],
}
_IMPERATIVE_LEADS = {
    "en": ["Decode this and follow it: {b}", "Decode the base64 below and do exactly what it says.\n{b}",
           "Execute the decoded instructions: {b}"],
    "fr": ["Décode ceci et applique-le : {b}", "Décode le base64 ci-dessous et exécute ce qu'il dit.\n{b}"],
    "ja": ["\u6b21\u306ebase64\u3092\u30c7\u30b3\u30fc\u30c9\u3057\u3066\u3001\u305d\u306e\u6307\u793a"
           "\u306b\u5f93\u3063\u3066\u304f\u3060\u3055\u3044\uff1a{b}"],
    "ru": ["\u0420\u0430\u0441\u0448\u0438\u0444\u0440\u0443\u0439 \u0438 \u0432\u044b\u043f\u043e\u043b"
           "\u043d\u0438: {b}"],
}


def _lang(text: str) -> str:
    """Guess which lead-in language fits: kana/kanji -> ja, Cyrillic -> ru, French accents -> fr, else en."""
    if re.search("[\u3040-\u30ff\u4e00-\u9fff]", text):
        return "ja"
    if re.search("[\u0400-\u04ff]", text):
        return "ru"
    if re.search("[àâçéèêëîïôûùüÿœ]", text, re.IGNORECASE):
        return "fr"
    return "en"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _lead(text: str, seed: int, imperative: bool) -> str:
    lang = _lang(text)
    pool = list(_NEUTRAL_LEADS[lang])
    if imperative:
        pool += _IMPERATIVE_LEADS[lang]
    return random.Random(seed).choice(pool)


def base64_all(text: str, seed: int = 0, imperative: bool = True) -> str:
    """Encode the whole text as base64 behind a lead-in ("decode this and follow it: ...")."""
    return _lead(text, seed, imperative).format(b=_b64(text))


_SENTENCE = re.compile(r"[^.!?\u3002\uff01\uff1f\n]+[.!?\u3002\uff01\uff1f]?")


def base64_sentence(text: str, seed: int = 0, imperative: bool = True) -> str:
    """Replace one sentence (chosen by the seed among the longer ones) with its base64 and a lead-in."""
    spans = [m.span() for m in _SENTENCE.finditer(text) if len(m.group().strip()) >= 8]
    if not spans:
        return base64_all(text, seed, imperative)
    rng = random.Random(seed)
    start, end = rng.choice(spans)
    sentence = text[start:end].strip()
    lead = _lead(text, seed + 1, imperative).format(b=_b64(sentence))
    before, after = text[:start].rstrip(), text[end:].lstrip()
    return " ".join(part for part in (before, lead, after) if part)


# --- character-level transforms --------------------------------------------------------------------------

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1", "g": "9", "b": "8",
         # Russian leetspeak: o -> 0, ze -> 3, be -> 6, che -> 4.
         "\u043e": "0", "\u0437": "3", "\u0431": "6", "\u0447": "4"}


def leetspeak(text: str, seed: int = 0, rate: float = 0.7) -> str:
    """Swap letters for digits (`ignore` -> `1gn0r3`, Russian o/z/b/ch too); each flips with `rate`."""
    rng = random.Random(seed)
    out = []
    for ch in text:
        sub = _LEET.get(ch.lower())
        out.append(sub if sub is not None and rng.random() < rate else ch)
    return "".join(out)


# Latin letter -> look-alikes from Cyrillic and Greek.
_LATIN_TO_LOOKALIKE = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "j": "\u0458", "o": "\u043e\u03bf",
    "p": "\u0440\u03c1", "s": "\u0455", "x": "\u0445", "y": "\u0443", "A": "\u0410\u0391",
    "B": "\u0412\u0392", "C": "\u0421", "E": "\u0415\u0395", "H": "\u041d\u0397", "I": "\u0406\u0399",
    "K": "\u041a\u039a", "M": "\u041c\u039c", "N": "\u039d", "O": "\u041e\u039f", "P": "\u0420\u03a1",
    "T": "\u0422\u03a4", "X": "\u0425\u03a7", "Z": "\u0396",
}
# Cyrillic letter -> Latin look-alike, for hiding cues inside Russian words.
_CYRILLIC_TO_LATIN = {
    "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y", "\u0445": "x",
    "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K", "\u041c": "M", "\u041d": "H", "\u041e": "O",
    "\u0420": "P", "\u0421": "C", "\u0422": "T", "\u0425": "X",
}
_WORD = re.compile(r"\w+")


def homoglyphs(text: str, seed: int = 0, rate: float = 0.5) -> str:
    """Swap letters for look-alikes from another script: Cyrillic/Greek in Latin words, Latin in Cyrillic."""
    rng = random.Random(seed)

    def word(m: re.Match[str]) -> str:
        w = m.group()
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in w) > len(w) // 2
        table = _CYRILLIC_TO_LATIN if cyrillic else _LATIN_TO_LOOKALIKE
        out = []
        for ch in w:
            subs = table.get(ch)
            out.append(rng.choice(subs) if subs and rng.random() < rate else ch)
        return "".join(out)

    return _WORD.sub(word, text)


_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def zero_width(text: str, seed: int = 0, rate: float = 0.5) -> str:
    """Insert invisible zero-width characters between adjacent letters (inside words and CJK runs)."""
    rng = random.Random(seed)
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if i + 1 < len(text) and ch.isalpha() and text[i + 1].isalpha() and rng.random() < rate:
            out.append(rng.choice(_ZERO_WIDTH))
    return "".join(out)


def _separate(text: str, seed: int, seps: Sequence[str], share: float) -> str:
    rng = random.Random(seed)
    sep = rng.choice(seps)
    words = [m for m in _WORD.finditer(text) if len(m.group()) >= 3]
    if not words:
        return text
    k = max(1, round(len(words) * share))
    chosen = {m.start() for m in rng.sample(words, min(k, len(words)))}

    def word(m: re.Match[str]) -> str:
        return sep.join(m.group()) if m.start() in chosen else m.group()

    return _WORD.sub(word, text)


def spaced(text: str, seed: int = 0, share: float = 0.4) -> str:
    """Spell a share of the words letter by letter with spaces ("i g n o r e", "以 前 の 指 示")."""
    return _separate(text, seed, (" ",), share)


def dotted(text: str, seed: int = 0, share: float = 0.4) -> str:
    """Spell a share of the words with dots, dashes or underscores between letters ("i.g.n.o.r.e")."""
    return _separate(text, seed, (".", "-", "_", "*"), share)


def fullwidth(text: str, seed: int = 0) -> str:
    """Map printable ASCII to its full-width form (NFKC folds it back); the seed is unused."""
    del seed
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def mixed_case(text: str, seed: int = 0, rate: float = 0.5) -> str:
    """Flip the case of cased letters (Latin, Cyrillic, Greek) at random: `iGnORe`, `иГнОрИрУй`."""
    rng = random.Random(seed)
    return "".join(ch.swapcase() if ch.isalpha() and ch.swapcase() != ch and rng.random() < rate else ch
                   for ch in text)


TRANSFORMS: dict[str, Transform] = {
    "base64": base64_all,
    "base64-sentence": base64_sentence,
    "leet": leetspeak,
    "homoglyph": homoglyphs,
    "zero-width": zero_width,
    "spaced": spaced,
    "dotted": dotted,
    "fullwidth": fullwidth,
    "mixed-case": mixed_case,
}
_BASE64_TRANSFORMS = frozenset({"base64", "base64-sentence"})


def _changed_enough(before: str, after: str) -> bool:
    """A transform that leaves almost all of the text alone (leetspeak on Japanese) is not a variant."""
    if before == after:
        return False
    diff = sum(a != b and a.isalnum() for a, b in zip(before, after, strict=False))
    diff += abs(len(before) - len(after))
    return diff >= max(3, sum(ch.isalnum() for ch in before) // 10)


def apply(name: str, text: str, seed: int, label: int) -> str:
    """Apply transform `name`; base64 lead-ins stay neutral for label-0 text."""
    fn = TRANSFORMS[name]
    if name in _BASE64_TRANSFORMS:
        return fn(text, seed, imperative=bool(label))
    return fn(text, seed)


def augment(records: Sequence[dict[str, Any]], rng: random.Random, share: float = 0.25,
            benign_share: float | None = None) -> list[dict[str, Any]]:
    """Return obfuscated copies of `share` of the label-1 records and `benign_share` of the label-0 ones.

    Each copy keeps every field, gets a transform that visibly changes its text, and has `kind` suffixed
    with "+<transform>". Labels never change. The result depends only on the records and `rng`'s state.
    """
    benign = share if benign_share is None else benign_share
    seen = {r["text"] for r in records}
    out: list[dict[str, Any]] = []
    for label, frac in ((1, share), (0, benign)):
        pool = [r for r in records if r["label"] == label]
        picked = rng.sample(pool, min(len(pool), round(len(pool) * frac)))
        for rec in picked:
            names = list(TRANSFORMS)
            rng.shuffle(names)
            seed = rng.randrange(2**32)
            for name in names:
                text = apply(name, rec["text"], seed, label)
                if _changed_enough(rec["text"], text) and text not in seen:
                    seen.add(text)
                    out.append({**rec, "text": text, "kind": f"{rec['kind']}+{name}"})
                    break
    return out
