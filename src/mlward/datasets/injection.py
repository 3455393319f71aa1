"""Prompt-injection and jailbreak scoring: de-obfuscate, extract cue features, combine them logistically.

The model is small and transparent on purpose (LLMSVS 2.8, 2.16): every feature is a named, documented
cue family in five languages (English, German, French, Japanese, Russian), and the score is
`sigmoid(bias + sum(weight * feature))`. Text is first normalised so that obfuscation does not hide a
cue, and obfuscation that *does* hide one counts against the text:

1. zero-width and bidi control characters are removed;
2. NFKC folds full-width letters and ligatures;
3. words mixing Latin with Cyrillic or Greek look-alikes are folded to Latin (a small confusables table);
4. leetspeak inside words (`1gn0r3`) is mapped back to letters, spaced-out words (`i g n o r e`) joined;
5. base64 segments that decode to readable text are decoded and appended.

Neutral text *about* prompt injection (a definition, a paper, a defence, a quoted example) carries
discussion cues with negative weights, so it scores low. Weights were set by hand and checked against the
labelled set in tests/datasets/eval (see docs/datasets.md for the numbers).
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import unicodedata
from dataclasses import dataclass

_ZERO_WIDTH = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ո": "n", "ν": "v", "ο": "o", "α": "a", "ε": "e",
    "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M",
    "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ο": "O",
    "Α": "A", "Ε": "E", "Ι": "I", "Κ": "K", "Ν": "N", "Ρ": "P", "Τ": "T", "Χ": "X", "ӏ": "l",
})
_MIXED_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0261\u0578])"
                         r"\w+\b")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
                       "!": "i", "|": "i", "€": "e"})
_LEET_WORD = re.compile(r"(?<![\w@$!|€])(?=[\w@$!|€]*[a-z])(?=[\w@$!|€]*[013457@$!|€])[a-z013457@$!|€]{3,}")
_SPACED = re.compile(r"\b(?:[a-z][ .\-_*]){3,}[a-z]\b")
_BASE64 = re.compile(r"[A-Za-z0-9+/_\-]{16,}={0,2}")

_I = re.IGNORECASE


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), _I)


# Each feature counts its cue families; the text's feature value is min(matches, cap).
FEATURES: dict[str, re.Pattern[str]] = {
    # Telling the model to drop what it was told before.
    "override": _rx(
        r"(?<!don't )(?<!do not )(?<!never )\b(?:ignore|disregard|forget|skip|bypass|override|neglect|drop)\b"
        r"(?! to\b)[^.!?\n]{0,40}?"
        r"\b(?:instructions?|rules|guidelines|guidance|directions|directives|prompts?|context|constraints|"
        r"programming|guardrails|polic(?:y|ies)|training|system message)\b",
        r"\b(?:ignorier\w*|vergiss(?! nicht)|vergesst(?! nicht)|missachte\w*|übergeh\w*)\b[^.!?\n]{0,40}?"
        r"\b(?:anweisungen|regeln|instruktionen|vorgaben|richtlinien|befehle|systemprompt)\b",
        r"\b(?:ignore[zs]?|oublie[zs]?(?! pas)|ne tiens pas compte)\b[^.!?\n]{0,40}?"
        r"\b(?:instructions?|consignes|règles|directives)\b",
        r"(?:前の|以前の|上記の|これまでの|すべての|全ての)?(?:指示|命令|ルール|設定|制約)(?:を|は|も)?(?:すべて|全て)?"
        r"(?:無視|忘れ)",
        r"(?<!не )(?:игнорируй\w*|проигнорируй\w*|забудь\w*|не обращай внимания)[^.!?\n]{0,40}?"
        r"(?:инструкци\w*|указани\w*|правил\w*|ограничени\w*)",
    ),
    # Handing the model a new, unrestricted persona.
    "persona": _rx(
        r"\b(?:you are now|you're now|from now on,? you|act as|pretend (?:to be|you are)|roleplay as|"
        r"you will (?:now )?(?:act|behave|respond) as)\b[^.!?\n]{0,60}?"
        r"(?:\bdan\b|unrestricted|jailbroken|evil|unfiltered|uncensored|no (?:rules|restrictions|limits|"
        r"filters|guidelines)|without (?:any )?(?:restrictions|filters|limitations|censorship|rules)|"
        r"developer mode|do anything now|not bound)",
        r"\bdo anything now\b", r"\bdeveloper mode (?:enabled|activated|on)\b", r"\bjailbreak(?:ed)? mode\b",
        r"\b(?:du bist (?:jetzt|nun|ab sofort)|ab (?:jetzt|sofort) bist du)\b[^.!?\n]{0,60}?"
        r"(?:ohne (?:einschränkungen|regeln|filter|grenzen)|uneingeschränkt|unzensiert)",
        r"\b(?:tu es (?:maintenant|désormais)|à partir de maintenant,? tu)\b[^.!?\n]{0,60}?"
        r"(?:sans (?:restrictions?|règles|filtres?|limites?|censure)|non censuré)",
        r"(?:今から|これから|今後)(?:あなたは|君は|お前は)?[^。！\n]{0,30}?(?:制限(?:なし|のない|がない)|"
        r"フィルター(?:なし|のない)|何でもできる)",
        r"(?:теперь ты|с этого момента ты|отныне ты)[^.!?\n]{0,60}?"
        r"(?:без (?:ограничений|правил|фильтров|цензуры)|нет (?:ограничений|правил))",
    ),
    # Asking for the hidden prompt or configuration.
    "exfiltrate": _rx(
        r"\b(?:reveal|print|show|output|repeat|tell me|leak|display|dump|write out|recite)\b[^.!?\n]{0,40}?"
        r"\b(?:(?:your|the) (?:system|initial|hidden|original|secret) (?:prompt|instructions|message)|"
        r"system prompt|(?:confidential|secret|hidden) system message|your (?:instructions|prompt|rules)|"
        r"the (?:text|prompt|words) above)",
        r"\b(?:zeige?|gib|nenne|verrate)\b[^.!?\n]{0,40}?(?:systemprompt|system-prompt|deine anweisungen)",
        r"\b(?:révèle|affiche|montre|donne|répète)\w*\b[^.!?\n]{0,40}?"
        r"(?:prompt système|tes instructions|instructions initiales)",
        r"(?:システムプロンプト|初期指示|隠された指示)[^。\n]{0,20}?(?:教えて|表示|出力|見せて|書いて)",
        r"(?:покажи|выведи|раскрой|напиши|повтори)\w*[^.!?\n]{0,40}?(?:системн\w* (?:промпт|инструкци\w*|"
        r"сообщени\w*)|свои инструкции)",
    ),
    # Fake conversation structure injected into content.
    "delimiter": _rx(
        r"<\|im_start\|>\s*system", r"<\|system\|>", r"\[/?INST\]",
        r"^#{2,}\s*(?:system|new instructions?)\b",
        r"<\s*/?\s*system\s*>", r"\bend of (?:prompt|instructions)\b", r"\bnew instructions?\s*:",
        r"\bbegin(?:ning of)? (?:new )?(?:admin|system) (?:prompt|instructions|override)\b",
        r"\bneue anweisungen?\s*:", r"\bnouvelles? instructions?\s*:", r"新しい指示\s*[:：]",
        r"новые инструкции\s*:",
    ),
    # Switching off the safety layer.
    "unsafe": _rx(
        r"\b(?:disable|turn off|deactivate|remove|bypass|ignore)\b[^.!?\n]{0,30}?\b(?:safety|filters?|"
        r"guardrails|content polic(?:y|ies)|moderation|censorship|ethical guidelines)\b",
        r"\bno (?:ethical|moral) (?:guidelines|restrictions|limits|boundaries)\b",
        r"\b(?:without|with no) (?:any )?(?:restrictions|filters|censorship|limitations)\b",
        r"\bjailbr(?:eak|oken)\b", r"\bDAN\b",
        r"\b(?:ohne|keine) (?:einschränkungen|filter|zensur)\b",
        r"\bsans (?:restrictions?|filtres?|censure)\b",
        r"(?:制限|フィルター|検閲)(?:なし|を解除|を無効)", r"\bбез (?:ограничений|фильтров|цензуры)\b",
        r"(?:отключи|сними)\w*[^.!?\n]{0,30}?(?:фильтр\w*|ограничени\w*|цензур\w*)",
    ),
    # Commanding the model in the second person.
    "imperative": _rx(
        r"\byou (?:must|will|shall|have to) (?:now )?(?:obey|comply|answer|follow|do)\b",
        r"\b(?:never|do not|don't) (?:refuse|decline|say (?:no|you can't))\b", r"\balways (?:comply|obey)\b",
        r"\bdu (?:musst|wirst) (?:jetzt )?(?:gehorchen|antworten|befolgen)\b",
        r"\btu (?:dois|vas) (?:obéir|répondre|maintenant)\b", r"従(?:え|いなさい)",
        r"\bты должен (?:подчиняться|ответить|выполнить)\b",
    ),
}
# Talking *about* prompt injection rather than doing it.
DISCUSSION: re.Pattern[str] = _rx(
    r"\b(?:prompt[- ]injections?|jailbreak(?:s|ing)?|adversarial prompts?)\b[^.!?\n]{0,40}?"
    r"\b(?:is|are|attacks?|technique|risks?|vulnerabilit\w+|threats?|works?|means|refers?|happens?)\b",
    r"\b(?:what is|what are|how (?:do|does|can)|explain|define|definition of|examples? of|such as|"
    r"for example|e\.g\.|for instance|research(?:ers)?|paper|study|survey|attackers?|defen[cs]es?|"
    r"defend|mitigat\w+|detect\w*|classif\w+|protect\w*|prevent\w*|secur\w+|owasp|benchmark|dataset|"
    r"red[- ]team\w*|filter(?:ing)? out|guard against|robust\w*|vulnerab\w+|phrase|string|pattern)\b",
    r"\b(?:was ist|wie funktioniert|beispiel|angriff\w*|schutz|abwehr|erkennung|sicherheit\w*)\b",
    r"\b(?:qu'est-ce qu|comment fonctionne|par exemple|attaques?|défense|détection|sécurité|chercheurs)\b",
    r"(?:とは|攻撃|対策|防御|検出|例えば|研究|セキュリティ)",
    r"(?:что такое|атак\w*|защит\w*|обнаружени\w*|например|исследовани\w*|безопасност\w*)",
)
_QUOTED_CUE = re.compile(r"[\"“«„'「『][^\"”»“'」』]{0,80}?(?:ignore|ignoriere|ignorez|無視|игнорируй|DAN|"
                         r"developer mode|system prompt)[^\"”»“'」』]{0,80}?[\"”»“'」』]", _I)

WEIGHTS: dict[str, float] = {
    "override": 3.6, "persona": 3.2, "exfiltrate": 3.0, "delimiter": 2.4, "unsafe": 1.8, "imperative": 1.2,
    "obfuscated": 1.5, "discussion": -1.9, "quoted": -1.5,
}
BIAS = -2.6
CAPS = {"discussion": 3, "unsafe": 2}
THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class Verdict:
    """A score in [0, 1], the features that produced it and the de-obfuscated text it was computed on."""

    score: float
    features: dict[str, float]
    normalized: str

    @property
    def is_injection(self) -> bool:
        """At or above the decision threshold."""
        return self.score >= THRESHOLD


def normalize(text: str) -> tuple[str, int]:
    """The de-obfuscated, lower-cased text and how many obfuscation layers were undone."""
    layers = 0
    stripped = _ZERO_WIDTH.sub("", text)
    layers += stripped != text
    folded = unicodedata.normalize("NFKC", stripped)
    layers += folded != stripped and any(0xFF01 <= ord(ch) <= 0xFF5E for ch in stripped)
    unmixed = _MIXED_WORD.sub(lambda m: m.group(0).translate(_CONFUSABLES), folded)
    layers += unmixed != folded
    lowered = unmixed.lower()
    unleeted = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), lowered)
    layers += unleeted != lowered
    joined = _SPACED.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group(0)), unleeted)
    layers += joined != unleeted
    if joined != lowered:
        # Keep the text as written too: `<|im_start|>` must not turn into `<iim_starti>`.
        joined = f"{lowered}\n{joined}"
    decoded = _decode_base64(unmixed)
    if decoded:
        layers += 1
        inner, _ = normalize(decoded) if len(decoded) < len(text) else (decoded.lower(), 0)
        joined = f"{joined}\n{inner}"
    return joined, layers


def _decode_base64(text: str) -> str:
    parts = []
    for match in _BASE64.finditer(text):
        token = match.group(0)
        if len(token) < 20 or token.isalpha() or token.isdigit():
            continue
        try:
            raw = base64.b64decode(token + "=" * (-len(token) % 4), altchars=b"-_" if "-" in token or "_" in
                                   token else None, validate=True)
            decoded = raw.decode("utf-8")
        except (binascii.Error, ValueError):
            continue
        printable = sum(ch.isprintable() or ch.isspace() for ch in decoded)
        letters = sum(ch.isalpha() for ch in decoded)
        if decoded and printable / len(decoded) > 0.95 and letters > len(decoded) / 2:
            parts.append(decoded)
    return "\n".join(parts)


def score(text: str) -> Verdict:
    """How likely `text` is a prompt injection or jailbreak attempt."""
    if len(text) > 20_000:
        # Long documents: cues sit near each other; score a bounded window set instead of everything.
        text = text[:10_000] + "\n" + text[-10_000:]
    normalized, layers = normalize(text)
    features: dict[str, float] = {}
    attack = 0.0
    for name, pattern in FEATURES.items():
        hits = len(pattern.findall(normalized))
        if hits:
            features[name] = float(min(hits, CAPS.get(name, 1)))
            attack += features[name]
    if attack and layers:
        plain = text.lower()
        # Obfuscation only counts when a cue was hidden by it.
        if any(not pattern.search(plain) for name, pattern in FEATURES.items() if name in features):
            features["obfuscated"] = 1.0
    discussion = len(DISCUSSION.findall(normalized))
    if discussion:
        features["discussion"] = float(min(discussion, CAPS["discussion"]))
    if _QUOTED_CUE.search(normalized):
        features["quoted"] = 1.0
    logit = BIAS + sum(WEIGHTS[name] * value for name, value in features.items())
    return Verdict(1.0 / (1.0 + math.exp(-logit)), features, normalized)


_LEET_CLASSES = {"a": "4@", "e": "3", "i": "1!|", "o": "0", "s": "5$", "t": "7", "g": "9", "b": "8"}


def _leet_trigger(words: tuple[str, ...]) -> str:
    """Each word with at least one letter written as a digit or symbol (`1gnore`, `ign0re`, ...)."""
    alternatives = []
    for word in words:
        for k, letter in enumerate(word):
            if letter not in _LEET_CLASSES:
                continue
            parts = []
            for j, ch in enumerate(word):
                leet = re.escape(_LEET_CLASSES.get(ch, ""))
                parts.append(f"[{leet}]" if j == k else (f"[{ch}{leet}]" if leet else ch))
            alternatives.append("".join(parts))
    return "(?:" + "|".join(alternatives) + ")"


def _base64_trigger(words: tuple[str, ...]) -> str:
    """The base64 characters a word produces at each of the three alignments, as literals."""
    literals = set()
    for word in words:
        raw = word.encode()
        for shift in range(3):
            encoded = base64.b64encode(b"\0" * shift + raw).decode()
            # Drop characters that mix in the padding before or the unknown byte after the word.
            first = (shift * 8 + 5) // 6
            last = ((shift + len(raw)) * 8) // 6
            piece = encoded[first:last]
            if len(piece) >= 4:
                literals.add(re.escape(piece))
    return "(?:" + "|".join(sorted(literals)) + ")"


# Loose byte triggers: a text none of these fire on is not scored at all.
TRIGGERS: tuple[tuple[str, bool], ...] = (
    (r"(?:ignor|disregard|forget|bypass|override|skip|neglect)[^\n]{0,50}(?:instruction|rule|guid|"
     r"direction|prompt|context|constraint|programming|guardrail|polic|training|system message)", True),
    (r"(?:you are now|you're now|from now on|act as|pretend|roleplay|role-play)[^\n]{0,60}(?:dan\b|"
     r"unrestricted|jailbr|evil|unfiltered|uncensored|no (?:rules|restrictions|limits|filters|guidelines)|"
     r"without|developer mode|anything|not bound)", True),
    (r"(?:do anything now|developer mode|jailbr)", True), (r"\bDAN\b", False),
    (r"(?:reveal|print|show|output|repeat|tell me|leak|display|dump|recite|write out)[^\n]{0,40}"
     r"(?:system prompt|instructions|prompt|your rules|text above)", True),
    (r"(?:<\||\[/?INST\]|##+ ?(?:system|new instruction)|<\s*/?\s*system\s*>|end of (?:prompt|instructions)|"
     r"new instructions?\s*:|(?:admin|system) (?:prompt|override))", True),
    (r"(?:disable|turn off|deactivate|remove|bypass|ignore)[^\n]{0,30}(?:safety|filter|guardrail|"
     r"content polic|moderation|censor|ethic)", True),
    (r"(?:no (?:ethical|moral)|(?:without|with no) (?:any )?(?:restrictions|filters|censorship|limitations))",
     True),
    (r"(?:you (?:must|will|shall) (?:now )?(?:obey|comply)|(?:never|do not|don't) refuse"
     r"|always (?:comply|obey))",
     True),
    (r"(?:ignorier|vergiss|vergesst|missachte|übergeh)[^\n]{0,50}(?:anweisung|regel|instruktion|vorgabe|"
     r"richtlinie|befehl|systemprompt)", True),
    (r"(?:du bist (?:jetzt|nun|ab sofort)|ab (?:jetzt|sofort) bist du)[^\n]{0,60}(?:ohne|uneingeschränkt|"
     r"unzensiert)", True),
    (r"(?:zeig|gib|nenn|verrat)[^\n]{0,40}(?:systemprompt|system-prompt|deine anweisungen)", True),
    (r"(?:ohne (?:einschränkung|filter|zensur)|keine (?:einschränkung|filter|zensur)|neue anweisung)", True),
    (r"(?:ignore|oublie|ne tiens pas compte)[^\n]{0,50}(?:instruction|consigne|règle|directive)", True),
    (r"(?:tu es (?:maintenant|désormais)|à partir de maintenant)[^\n]{0,60}(?:sans|non censur)", True),
    (r"(?:révèle|affiche|montre|donne|répète)[^\n]{0,40}(?:prompt système|tes instructions|"
     r"instructions initiales)", True),
    (r"(?:sans (?:restriction|filtre|censure)|nouvelles? instructions?\s*:)", True),
    (r"(?:指示|命令|ルール|設定|制約)[^\n]{0,12}(?:無視|忘れ)|(?:制限|フィルター|検閲)(?:なし|のない|がない|を解除|を無効)"
     r"|システムプロンプト|初期指示|新しい指示|何でもできる|従え|従いなさい", False),
    (r"(?:гнорируй|абудь|не обращай внимания)[^\n]{0,50}(?:инструкци|указани|правил|ограничени)"
     r"|(?:еперь ты|этого момента ты|тныне ты)|без (?:ограничений|правил|фильтров|цензуры)"
     r"|(?:окажи|ыведи|аскрой|апиши|овтори)[^\n]{0,40}(?:системн|свои инструкции)|овые инструкции"
     r"|(?:тключи|ними)[^\n]{0,30}(?:фильтр|ограничени|цензур)|ы должен", False),
    # Obfuscation: zero-width and bidi characters, full-width Latin, mixed scripts, leetspeak, spacing,
    # base64 blobs.
    (r"\xe2\x80[\x8b-\x8f\xaa-\xae]|\xe2\x81[\xa0-\xa4\xa6-\xa9]|\xef\xbb\xbf|\xc2\xad", False),
    (r"\xef\xbc[\xa1-\xba]|\xef\xbd[\x81-\x9a]", False),
    (r"[a-zA-Z](?:\xd0[\x80-\xbf]|\xd1[\x80-\x9f]|\xd4[\x80-\xaf]|\xce[\x91-\xbf]|\xcf[\x80-\x89])"
     r"|(?:\xd0[\x80-\xbf]|\xd1[\x80-\x9f]|\xd4[\x80-\xaf]|\xce[\x91-\xbf]|\xcf[\x80-\x89])[a-zA-Z]", False),
    (_leet_trigger(("ignore", "previous", "instruct", "jailbreak", "bypass", "prompt", "disregard", "forget",
                    "restriction")), True),
    (r"i[ .\-_*]g[ .\-_*]n[ .\-_*]o[ .\-_*]r[ .\-_*]e|d[ .\-_*]a[ .\-_*]n\b", True),
    (_base64_trigger(("ignore", "Ignore", "IGNORE", "instructions", "previous", "system prompt", "jailbreak",
                      "disregard", "Disregard", "pretend", "you are now", "You are now", "DAN")), False),
)
