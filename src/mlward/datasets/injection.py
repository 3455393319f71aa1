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
import codecs
import functools
import gzip
import itertools
import json
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from mlward.datasets import cuegate

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
_LEET_LETTERS = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i",
                 "|": "i", "€": "e"}
_LEET = str.maketrans(_LEET_LETTERS)
_LEET_L = str.maketrans({**_LEET_LETTERS, "1": "l", "|": "l"})  # the same with 1 and | read as l
_LEET_WORD = re.compile(r"(?<![\w@$!|€])(?=[\w@$!|€]*[a-z])(?=[\w@$!|€]*[013457@$!|€])[a-z013457@$!|€]{3,}")
# Single letters (accented and Cyrillic too) spaced or dotted apart; wider gaps part the words
# (`i.g.n.o.r.e. .y.o.u.r`, `i g n o r e   t e s   r è g l e s`).
_SPACED = re.compile(r"(?<![^\W\d_])(?:[a-zà-ÿа-яё][ .\-_*]{1,3}){3,}[a-zà-ÿа-яё](?![^\W\d_])")
_WORD_GAP = re.compile(r"[ .\-_*]{2,}")
# Cyrillic leetspeak (`3абудь вс3 пр@вила`): a 3 starting a word stands for з, elsewhere for е.
_CYRILLIC_LEET_WORD = re.compile(r"(?<![\w@])(?=[\w@]*[а-яё])(?=[\w@]*[0-9@])[а-яё0346@]{3,}")
_CYRILLIC_LEET = str.maketrans({"0": "о", "3": "е", "4": "а", "6": "б", "@": "а"})
_ROT13_NAMED = re.compile(r"rot-?13|rot 13", re.IGNORECASE)
# Japanese and Chinese need no spaces between characters: a run of single CJK characters separated by
# spaces is spacing used to hide a cue (`以 前 の 指 示 を 無 視`).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005\uff66-\uff9f"
_SPACED_CJK = re.compile(f"(?:[{_CJK}][ \u3000.\\-_*・]+){{3,}}[{_CJK}]")
_BASE64 = re.compile(r"[A-Za-z0-9+/_\-]{16,}={0,2}")

_I = re.IGNORECASE


def _either(*alternatives: str) -> str:
    """One regex that matches any of the alternatives (`a|b|c`)."""
    return "|".join(alternatives)


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile(_either(*parts), _I)


# Each feature counts its cue families; the text's feature value is min(matches, cap).
FEATURES: dict[str, re.Pattern[str]] = {
    # Telling the model to drop what it was told before.
    "override": _rx(
        r"(?<!don't )(?<!do not )(?<!never )\b(?:ignore|disregard|forget|skip|bypass|override|neglect"
        r"|drop)\b(?! to\b)[^.!?\n]{0,40}?\b(?:instructions?|rules|guidelines|guidance|directions"
        r"|directives|prompts?|context|constraints|programming|guardrails|polic(?:y|ies)|training"
        r"|system message)\b",
        r"\b(?:ignorier\w*|vergiss(?! nicht)|vergesst(?! nicht)|missachte\w*"
        # German compounds: Bewertungsregeln, Sicherheitsvorgaben, Systemanweisungen.
        r"|übergeh\w*)\b[^.!?\n]{0,40}?\w*(?:anweisungen|regeln|instruktionen|vorgaben|richtlinien|befehle"
        r"|systemprompt)\b",
        r"\b(?:ignore[zs]?|oublie[zs]?(?! pas)|ne tiens pas compte)\b[^.!?\n]{0,40}?\b(?:instructions?"
        r"|consignes|r[èe]gles|directives)\b",
        r"(?:前の|以前の|上記の|これまでの|すべての|全ての)?(?:指示|命令|ルール|設定|制約)(?:を|は"
     r"|も)?(?:すべて|全て)?(?:無視|忘れ)",
        r"(?<!не )(?:игнорируй\w*|проигнорируй\w*|забудь\w*"
        r"|не обращай внимания)[^.!?\n]{0,40}?(?:инструкци\w*|указани\w*|правил\w*|ограничени\w*)",
        # Dropping *everything* said before, without naming it as instructions.
        r"(?<!don't )(?<!do not )(?<!never )\b(?:ignore|disregard|forget)\b (?:about )?(?:all|everything"
        r"|anything|all of)\b[^.!?\n]{0,20}?(?:\byou(?:'ve| have| were| had)? (?:been )?(?:told|given"
        r"|taught|instructed)|\b(?:said|written|stated|mentioned) (?:above|before|earlier|previously)"
        r"|\bbefore (?:this|now)\b)",
        r"(?<!don't )(?<!do not )(?<!never )\b(?:ignore|disregard|forget)\b (?:about )?(?:all|everything"
        r"|anything)(?: of the| that is| that's| written| said)? (?:above|prior|before)\b",
        r"\b(?:vergiss|vergesst|ignoriere|ignoriert)\b (?:einfach )?(?:alles"
        r"|alle)\b[^.!?\n]{0,30}?(?:was (?:man )?(?:dir|euch)\b[^.!?\n]{0,15}?\b(?:gesagt|vorgegeben"
        r"|beigebracht)|\b(?:bisherige|vorherige|obige|oben)\w*|\bdavor\b)",
        r"\b(?:oublie[zs]?|ignore[zs]?)\b (?:tout|toutes?)\b[^.!?\n]{0,30}?(?:ce qu'on (?:t|vous)'a (?:dit"
        r"|appris)|ce que l'on (?:t|vous)'a dit|ce qui précède|\bci-dessus\b|précédemment)",
        r"(?:今まで|これまで|以前|上記|前)(?:の|に)?(?:こと|内容|会話|話|言われたこと)?(?:は|を)?(?:すべて"
     r"|全て|全部)?(?:無視|忘れ)",
        r"(?<!не )(?:забудь\w*|игнорируй\w*|проигнорируй\w*) (?:всё|все)\b[^.!?\n]{0,30}?(?:что (?:тебе"
        r"|вам) (?:говорили|сказали)|\bвыше\b|\bранее\b|\bдо этого\b)",
        r"\b(?:ignore|disregard|forget)\b (?:all|everything|anything) (?:that|which|what) (?:came|comes"
        r"|was said|was written|has been said) (?:before|above|earlier)",
        r"не обращай внимания на (?:всё|все)\b[^.!?\n]{0,30}?(?:что было (?:сказано|написано)|\bвыше\b"
        r"|\bранее\b)",
        r"\bne (?:prends|tiens|prenez|tenez) pas (?:en )?compte (?:de )?(?:tout )?(?:ce qui (?:a été dit"
        r"|précède|précédait)|ce qu'on (?:t|vous)'a dit)",
        # German puts the verb last: "dass du alle vorherigen Anweisungen vergisst".
        r"(?:anweisungen|regeln|instruktionen|vorgaben|richtlinien)\b[^.!?\n]{0,30}?(?<!nicht )\b(?:vergis"
        r"st|vergessen|ignorierst|ignorieren|missachtest|missachten)\b",
    ),
    # Handing the model a new, unrestricted persona.
    "persona": _rx(
        r"\b(?:you are now|you're now|from now on,? you|act as|pretend (?:to be|you are)|roleplay as"
        r"|you will (?:now )?(?:act|behave|respond) as)\b[^.!?\n]{0,60}?(?:\bdan\b|unrestricted|jailbroken"
        r"|evil|unfiltered|uncensored|no (?:rules|restrictions|limits|filters|guidelines)"
        r"|without (?:any )?(?:restrictions|filters|limitations|censorship|rules)|developer mode"
        r"|do anything now|not bound)",
        r"\bdo anything now\b", r"\bdeveloper mode (?:enabled|activated|on)\b(?=\s*(?:[.!:;,)\]]|$))",
        r"\bjailbreak(?:ed)? mode\b",
        r"\b(?:du bist (?:jetzt|nun|ab sofort)|ab (?:jetzt|sofort) bist du)\b[^.!?\n]{0,60}?(?:ohne (?:einsc"
        r"hränkungen|regeln|filter|grenzen)|uneingeschränkt|unzensiert)",
        r"\b(?:tu es (?:maintenant|désormais)|à partir de maintenant,? tu)\b[^.!?\n]{0,60}?(?:sans (?:restri"
        r"ctions?|règles|filtres?|limites?|censure)|non censuré)",
        r"(?:今から|これから|今後)(?:あなたは|君は|お前は)?[^。！\n]{0,30}?(?:制限(?:なし|のない|がない)"
     r"|フィルター(?:なし|のない)|何でもできる)",
        r"(?:теперь ты|с этого момента ты|отныне ты)[^.!?\n]{0,60}?(?:без (?:ограничений|правил|фильтров"
        r"|цензуры)|нет (?:ограничений|правил))",
        r"\b(?:du bist (?:jetzt|nun|ab sofort)|ab (?:jetzt|sofort) bist du)\b[^.!?\n]{0,60}?ohne (?:jegliche"
        r"|alle|irgendwelche) (?:einschränkungen|regeln|filter|grenzen)",
        r"(?:今から|これから|今後)(?:あなたは|君は|お前は)?[^。！\n]{0,30}?(?:何でもできます|dan)",
        r"(?:ты теперь|теперь ты)[^.!?\n]{0,60}?(?:\bdan\b|можешь (?:делать |говорить |писать )?(?:всё|все"
        r"|что угодно))",
        # A character defined by having no rules (EvilBot, DAN-style personas), in any sentence.
        r"\b(?:böse?|boese|злой|злобный)[- ]?(?:bot|gpt|ki|ai|бот)\b",
        r"\b(?:evil|unethical|amoral|unfiltered|uncensored|unrestricted|jailbroken|chaos"
        r"|anarchy)[- ]?(?:bot|gpt|ai|assistant|chatbot|llm|model|mode)\b",
        r"\b(?:who|which|that)\b (?:has|have) no (?:rules|restrictions|limits|filters|ethics|morals"
        r"|guidelines|boundaries|principles|policies|content policy)\b",
        r"\b(?:who|which|that)\b (?:does not|doesn't|never|will never|won't|cannot|can't)\b (?:follow"
        r"|care about|obey|refuse|have any)\b[^.!?\n]{0,20}?\b(?:rules|restrictions|ethics|guidelines"
        r"|polic(?:y|ies)|requests?|anything|filters|morals)\b",
        r"\b(?:der|die|das|welche[rs]?)\b (?:keine|sich an keine) (?:regeln|einschränkungen|grenzen|ethik"
        r"|filter)\b",
        r"\bqui (?:n'a|ne connaît|ne suit|ne respecte) (?:aucune?|pas de|ni) (?:règles?|limites?"
        r"|restrictions?|éthique|filtres?)",
        r"(?:ルール|制限|倫理|規則)(?:の|が)?(?:ない|無い|を持たない|に縛られない)(?:AI|ＡＩ|キャラ|人格"
     r"|存在|ボット)",
        r"\b(?:у которого|у которой|который|которая)\b[^.!?\n]{0,10}?(?:нет|не имеет"
        r"|не соблюдает)\s+(?:никаких\s+)?(?:правил|ограничений|этики|фильтров)",
        r"\b(?:broken|break|breaks) free (?:of|from) (?:the |all |any |its |their |your )?(?:typical "
        r"|usual )?(?:confines|rules|restrictions|limitations|shackles|guidelines|chains)\b",
        r"\b(?:act|behave|talk) like (?:my|our) (?:late |deceased |dead |dear )*(?:grandma|grandmother"
        r"|granny|nana|grandpa|grandfather)\b[^.!?\n]{0,60}?\b(?:used to|would(?: always)?) (?:read|tell"
        r"|recite|say|give|list|sing|explain|share|whisper|describe)\b",
        # The "grandma exploit": role-play as a dead relative who used to recite forbidden content.
        r"\b(?:act as|pretend (?:to be|you are|you're)|roleplay as|role-play as|play|be|you are)\b (?:my"
        r"|our) (?:late |deceased |dead |dear |dearest |beloved )*(?:grandma|grandmother|granny|nana"
        r"|grandpa|grandfather)\b[^.!?\n]{0,60}?\b(?:used to|would|always used)\b",
        r"\b(?:my|our) (?:late|deceased|dead) (?:grandma|grandmother|granny|nana|grandpa"
        r"|grandfather)\b[^\n]{0,80}?\b(?:act as|pretend|roleplay|role-play|play her|play him|be her"
        r"|be him)\b",
        r"\b(?:act as|pretend (?:to be|you are|you're)|roleplay as)\b (?:my|our) (?:late|deceased"
        r"|dead) (?:grandma|grandmother|granny|nana|grandpa|grandfather)\b",
        # ... told the other way round: what grandma used to read, then "pretend to be her".
        r"\b(?:grandma|grandmother|granny|nana|grandpa|grandfather)\b[^\n]{0,60}?\bused to (?:read"
        r"|tell|recite|say|give|list|sing)\b[^\n]{0,200}?\b(?:pretend to be (?:her|him)|be (?:her|him)"
        r"|act as (?:her|him)|play (?:her|him)|like (?:she|he) used to)\b",
        r"(?:祖母|おばあちゃん|おばあさん|祖父|おじいちゃん)(?:に|の役に|として)?(?:なりきって|なって"
     r"|のふりをして)",
        r"\b(?:tu so,? als (?:ob )?(?:wärst|seist) du|spiele?|sei)\b (?:meine|meinen) (?:verstorbene[nr]? "
        r"|tote[nr]? |liebe[nr]? )*(?:oma|großmutter|grossmutter|opa|großvater)\b",
        r"\b(?:fais semblant d'être|joue le rôle de|incarne|sois)\b (?:ma|mon) (?:défunte? |feue? "
        r"|regrettée? |chère |cher )*(?:grand-mère|mamie|grand-père|papi)\b",
        r"(?:亡くなった|死んだ|今は亡き)(?:祖母|おばあちゃん|おばあさん|祖父|おじいちゃん)(?:の(?:ふり|役)"
     r"|として|になりきって)",
        r"(?:притворись|представь,? что ты|сыграй роль|будь)\s+(?:моей|моим)\s+(?:покойной\s+|умершей\s+"
        r"|покойным\s+)?(?:бабушк\w*|дедушк\w*)",
    ),
    # Claiming the safety layer is already off or the model is in a special, unrestricted mode.
    "unlocked": _rx(
        r"\b(?:politique|règles|filtres?|restrictions|garde-fous)\b[^.!?\n]{0,25}?ne s'appliquen?t? plus",
        r"\b(?:richtlinien|regeln|filter|einschränkungen)\b[^.!?\n]{0,25}?(?:gilt|gelten) (?:ab sofort "
        r"|jetzt )?nicht mehr",
        r"(?:модераци\w*|цензур\w*|фильтр\w* безопасности)\s+(?:отключен\w*|выключен\w*|снят\w*"
        r"|деактивирован\w*)",
        r"\b(?:your|the model's|the assistant's|all)\b (?:safety|content|moderation|policy"
        r"|ethics?)[- ](?:filters?|polic(?:y|ies)|layer|guidelines|guardrails|checks?|protocols?"
        r"|restrictions|module)\b[^.!?\n]{0,20}?\b(?:is|are|has been|have been|was|were|now"
        r"|been)\b[^.!?\n]{0,12}?\b(?:off|disabled|deactivated|switched off|turned off|removed|lifted"
        r"|suspended|bypassed|offline|no longer (?:active|apply|applies|in effect"
        r"|enforced))\b(?! by default| until| in (?:the )?settings)",
        r"\b(?:safety|content|moderation|policy|ethics?)[- ](?:filters?|polic(?:y|ies)|layer|guidelines"
        r"|guardrails|checks?|protocols?|restrictions|module)\b[^.!?\n]{0,20}?\b(?:(?:is|are|has"
        r"|have) (?:now|been|now been)|is|are|is no longer|are no longer)\b[^.!?\n]{0,12}?\b(?:off|disabled"
        r"|deactivated|switched off|turned off|removed|lifted|suspended|bypassed|offline|active|in effect"
        r"|enforced)\b(?! by default| until| in (?:the )?settings| for (?:new|all|free)| when| if| unless"
        r"| on (?:this|the|your) (?:plan|tier|account))",
        r"\b(?:your|all|the) (?:rules|restrictions|guidelines|filters|guardrails|limitations|polic(?:y"
        r"|ies))\b (?:(?:are|is|have been|has been) )?(?:now )?(?:disabled|deactivated|lifted|removed"
        r"|suspended|void|switched off|turned off|no longer (?:apply|applies|exist|in effect))\b",
        r"\b(?:you are|you're|you have been|you've been|you were)\b (?:now )?(?:(?:switched|put|placed"
        r"|booted|running|operating) )?(?:in|into) (?:an? |the )?(?:developer|dev|god|dan|unrestricted"
        r"|unfiltered|uncensored|jailbreak|jailbroken|sudo) mode\b",
        r"\b(?:god|unrestricted|unfiltered|uncensored|jailbreak"
        r"|sudo) mode\b[^.!?\n]{0,12}?\b(?:is )?(?:now )?(?:enabled|activated|unlocked|engaged|active)\b",
        r"\b(?:developer|dev) mode (?:is )?now (?:enabled|activated|unlocked|engaged|active)\b",
        r"\b(?:sicherheits|inhalts|jugendschutz)?(?:filter|richtlinien|beschränkungen|einschränkungen"
        r"|regeln)\b[^.!?\n]{0,20}?\b(?:sind|ist|wurden|wurde)\b (?:jetzt |nun |ab sofort "
        r"|bereits )(?:deaktiviert|abgeschaltet|ausgeschaltet|aufgehoben|entfernt|außer kraft)",
        r"\b(?:deine|ihre|alle) (?:sicherheits|inhalts)?(?:filter|richtlinien|beschränkungen"
        r"|einschränkungen|regeln)\b[^.!?\n]{0,20}?\b(?:sind|ist|wurden|wurde)\b (?:\w+ )?(?:deaktiviert"
        r"|abgeschaltet|ausgeschaltet|aufgehoben|entfernt|außer kraft)",
        r"\bdu bist (?:jetzt |nun |ab sofort )?im (?:entwickler|developer|debug|gott|admin"
        r"|uneingeschränkten)[- ]?modus\b",
        r"\b(?:tes|vos|tous tes|toutes tes) (?:filtres?|politiques?|règles|restrictions"
        r"|garde-fous)\b[^.!?\n]{0,25}?\b(?:est|sont|a été|ont été)\b (?:maintenant "
        r"|désormais )?(?:désactivée?s?|levée?s?|supprimée?s?|suspendue?s?)",
        r"\b(?:filtres?|politiques?|règles|restrictions|garde-fous|modération)\b[^.!?\n]{0,25}?\b(?:est"
        r"|sont|a été|ont été)\b (?:maintenant|désormais|déjà) (?:désactivée?s?|levée?s?|supprimée?s?"
        r"|suspendue?s?)",
        r"\btu es (?:maintenant |désormais )?en mode (?:développeur|debug|dieu|admin|sans (?:restriction"
        r"|filtre|limite|censure))",
        r"(?:フィルター|フィルタ|安全|セーフティ|ポリシー|制限|規制|検閲)(?:機能|設定)?(?:は|が)?(?:すでに"
     r"|もう|現在|今)?(?:無効|オフ|解除"
        r"|停止)(?:に)?(?:なって|され|なり|した|です)",
        r"(?:開発者|デベロッパー|デバッグ|管理者|無制限)モード",
        r"(?:твои|ваши|все) (?:фильтр\w*|ограничени\w*|правила)[^.!?\n]{0,25}?(?:отключен\w*|выключен\w*"
        r"|сняты|снят\w*|деактивирован\w*|больше не действу\w*)",
        r"(?:фильтр\w*|ограничени\w*|правила|цензур\w*|модераци\w*)[^.!?\n]{0,25}?(?:теперь"
        r"|уже) (?:отключен\w*|выключен\w*|сняты|снят\w*|деактивирован\w*|не действу\w*)",
        r"\bрежим\w* (?:разработчика|без ограничений|бога|отладки)",
    ),
    # Asking for the hidden prompt or configuration.
    "exfiltrate": _rx(
        r"\b(?:reveal|print|show|output|repeat|tell me|leak|display|dump|write out"
        r"|recite)\b[^.!?\n]{0,40}?\b(?:(?:your|the) (?:system|initial|hidden|original|secret) (?:prompt"
        r"|instructions|message)|system prompt|(?:confidential|secret|hidden) system message"
        r"|your (?:instructions|prompt|rules)|the (?:text|prompt|words) above)",
        r"\b(?:zeige?|gib|nenne|verrate)\b[^.!?\n]{0,40}?(?:systemprompt|system-prompt|deine anweisungen)",
        r"\b(?:révèle|affiche|montre|donne|répète)\w*\b[^.!?\n]{0,40}?(?:prompt système|tes instructions"
        r"|instructions initiales)",
        r"(?:システムプロンプト|初期指示|隠された指示)[^。\n]{0,20}?(?:教えて|表示|出力|見せて|書いて)",
        r"(?:покажи|выведи|раскрой|напиши|повтори)\w*[^.!?\n]{0,40}?(?:системн\w* (?:промпт|инструкци\w*"
        r"|сообщени\w*)|свои инструкции)",
        r"\bwhat (?:are|were) your (?:initial |original |hidden |exact )?(?:instructions|system prompt"
        r"|rules)\s*[?.:][^\n]{0,40}?\b(?:print|repeat|list|output|show|verbatim|word for word)\b",
        # Prompt-leak requests: repeat what came before this message, starting with its first words.
        r"\b(?:repeat|print|output|copy|recite|write|spell out|return|echo)\b[^.!?\n]{0,30}?\b(?:words|text"
        r"|everything|all|content|lines|sentences|instructions|messages?)\b[^.!?\n]{0,15}?\b(?:above"
        r"|before this|preceding|prior to this|so far|at the (?:start|beginning))\b",
        r"\b(?:starting|beginning|begin|start)\b (?:with|from) (?:the (?:words?"
        r"|phrase) )?[\"'“‘`](?:you are|you're|your instructions|system:)\W{0,3}[\"'”’`]",
        r"\b(?:system prompt|initial prompt|hidden prompt|instructions you were given"
        r"|your instructions)\b[^.!?\n]{0,20}?\b(?:verbatim|word for word|in full|exactly as written)\b",
        r"\b(?:wiederhole|gib|schreibe?|zeige?)\b[^.!?\n]{0,30}?\b(?:text|wörter|worte|alles"
        r"|anweisungen)\b[^.!?\n]{0,15}?(?:\b(?:oben|darüber|davor|zuvor)\b|wort für wort|wörtlich)",
        r"\b(?:répète|recopie|affiche|écris|donne)\w*\b[^.!?\n]{0,30}?\b(?:mots|texte|tout"
        r"|instructions)\b[^.!?\n]{0,15}?(?:ci-dessus|au-dessus|précédents?|mot pour mot|textuellement)",
        r"(?:上の|上記の|これより前の|最初の)(?:文章|言葉|テキスト|指示|内容)(?:を)?(?:そのまま|一字一句"
     r"|すべて|全て)?(?:繰り返|出力|表示|書き出|教えて)",
        r"(?:повтори|выведи|напиши|перепиши)\w*[^.!?\n]{0,30}?(?:слова|текст|всё"
        r"|все)[^.!?\n]{0,15}?(?:\bвыше\b|дословно|слово в слово)",
    ),
    # Fake conversation structure injected into content.
    # Chat-template role markers inside content: the text forges a turn of the conversation.
    "role_delimiter": _rx(
        r"<\|im_start\|>\s*(?:system|user|assistant|developer|tool)?", r"<\|im_end\|>",
        r"<\|(?:system|user|assistant|developer)\|>",
        r"<\|start_header_id\|>\s*(?:system|user|assistant|developer)", r"\[/?INST\]", r"<</?SYS>>",
        r"(?:^|\n|\s)#{2,}\s*(?:system|instruction|new instructions?)\s*(?:prompt\s*)?:",
    ),
    "delimiter": _rx(
        r"(?:^|\n)#{2,}\s*(?:system|new instructions?)\s*(?:\n|$)",
        r"<\s*/?\s*system\s*>", r"\bend of (?:prompt|instructions)\b", r"\bnew instructions?\s*:",
        r"\bbegin(?:ning of)? (?:new )?(?:admin|system) (?:prompt|instructions|override)\b",
        # A forged notice from the platform heading planted text: "SYSTEM OVERRIDE:", "[ADMIN NOTICE]".
        r"(?:^|[\[(\n'\"“«]|\s)(?:system|admin|administrator|developer|security|platform|vendor|operator)"
        r" (?:override|update|notice|directive|instruction|command|alert|message)s?\s*(?:[:\]—)]|-\s)",
        r"\bneue anweisungen?\s*:", r"\bnouvelles? instructions?\s*:", r"新しい指示\s*[:：]",
        r"новые инструкции\s*:",
    ),
    # Switching off the safety layer.
    "unsafe": _rx(
        r"\b(?:disable|turn off|deactivate|remove|bypass|ignore)\b[^.!?\n]{0,30}?\b(?:safety|filters?"
        r"|guardrails|content polic(?:y|ies)|moderation|censorship|ethical guidelines)\b",
        r"\bno (?:ethical|moral) (?:guidelines|restrictions|limits|boundaries)\b",
        r"\b(?:without|with no) (?:any )?(?:restrictions|filters|censorship|limitations)\b",
        r"\bjailbr(?:eak|oken)\b", r"(?<![a-z0-9])DAN(?![a-z0-9])",
        r"\b(?:ohne|keine) (?:einschränkungen|filter|zensur)\b",
        r"\bsans (?:restrictions?|filtres?|censure)\b",
        r"(?:制限|フィルター|検閲)(?:なし|を解除|を無効)", r"\bбез (?:ограничений|фильтров|цензуры)\b",
        r"(?:отключи|сними)\w*[^.!?\n]{0,30}?(?:фильтр\w*|ограничени\w*|цензур\w*)",
    ),
    # Commanding the model in the second person.
    # Payload splitting: quoted fragments assigned to names, then joined and acted on.
    "split": _rx(
        r"\b\w{1,8}\d? ?[=:] ?[\"«„'“‘][^\"»“”'‘’\n]{2,80}[\"»“”'’][^\n]{0,300}?"
        r"(?:\b\w{1,3}\d? ?\+ ?\w{1,3}\d?\b"
        r"|\b(?:combine|concatenate|join|merge|put (?:them|it) together|assemble|glue)\b"
        r"|\b(?:füge|setze?|kombinier|verbinde)\w*\b[^.!?\n]{0,30}\b(?:zusammen|aneinander)\b"
        r"|\b(?:concatèn|assembl|combin|colle|réunis)\w*|соедин\w*|склей\w*|объедин\w*|сложи\w*"
        r"|連結|つなげ|結合|合わせ)",
    ),
    "imperative": _rx(
        r"\byou (?:must|will|shall|have to) (?:now )?(?:obey|comply|answer|follow|do)\b",
        r"\b(?:never|do not|don't) (?:refuse|decline|say (?:no|you can't))\b", r"\balways (?:comply|obey)\b",
        r"\bdu (?:musst|wirst) (?:jetzt )?(?:gehorchen|antworten|befolgen)\b",
        r"\btu (?:dois|vas) (?:obéir|répondre|maintenant)\b", r"従(?:え|いなさい)",
        r"\bты должен (?:подчиняться|ответить|выполнить)\b",
    ),
}
# Talking *about* prompt injection rather than doing it: naming the subject or asking about it ...
DISCUSSION: re.Pattern[str] = _rx(
    r"\b(?:prompt[- ]injections?|jailbreak(?:s|ing)?|adversarial prompts?)\b[^.!?\n]{0,40}?\b(?:is|are"
    r"|attacks?|technique|risks?|vulnerabilit\w+|threats?|works?|means|refers?|happens?)\b",
    r"\b(?:define|definition of|examples? of|research(?:ers)?|paper|study|survey|attackers?|attacks?"
    r"|defen[cs]es?|defend|mitigat\w+|owasp|red[- ]team\w*|vulnerab\w+)\b",
    # Naming the subject at all: attacks seldom call themselves by name.
    r"\b(?:prompt[- ]?injection\w*|jailbreak[- ](?:prompts?|attacks?|techniques?|methods?)"
    r"|injections? de prompts?)\b|промпт[- ]?инъекц\w*"
    r"|プロンプトインジェクション|ジェイルブレイク(?:攻撃|手法)",
    # Reported speech and robustness work: "someone typed ... to our bot", a classifier that flags it,
    # a CTF write-up, whether the system prompt is a security boundary, whether a bot resists it.
    r"\b(?:some(?:one|body) (?:typed|wrote|told|sent|asked)|classifiers?|classifieurs?|klassifikator\w*"
    r"|ctf|write-?up|lecture|screenshots?|tiktok|security boundary|sicherheitsgrenze|frontière de sécurité"
    r"|resists?|widersteht|résiste|jemand hat|quelqu'un a (?:écrit|tapé))\b|граница безопасности"
    # An incident write-up or a filter under review: "our moderation log flagged a message containing
    # ...", "is this a reasonable first-pass filter?", `def looks_injected(text)`.
    r"|\b(?:red flags?|incident reports?|moderation logs?|messages? containing|first-pass filter"
    r"|looks_injected|is_injected|detect_injection)\b"
    r"|классификатор\w*|кто-то написал|устойчив\w*|分類器|セキュリティ境界|耐性|誰かが",
    r"\b(?:was ist|wie funktioniert|angriff\w*|abwehr|schützen|schutz|vortrag|vorlesung|schulung)\b",
    r"\b(?:qu'est-ce qu|comment fonctionne|attaques?|défense|chercheurs)\b",
    r"(?:(?<!こ)とは|攻撃|対策|防御|研究)",
    r"(?:что такое|атак\w*|исследовани\w*)",
)
# ... and analytical words that only count as discussion beside one of the above: an attacker can say
# "for example" or "for a security audit" too.
ANALYSIS: re.Pattern[str] = _rx(
    r"\b(?:what is|what are|how (?:do|does|can)|explain|such as|for example|e\.g\.|for instance|detect\w*"
    # "Classify these reviews" is a task: classifiers, benchmarks and datasets count only beside a subject.
    r"|protect\w*|prevent\w*|secur\w+|filter(?:ing)? out|guard against|robust\w*|phrase|string|pattern"
    r"|classif\w+|benchmark|dataset)\b",
    r"\b(?:beispiel|schutz|erkennung|sicherheit\w*)\b",
    r"\b(?:par exemple|détection|sécurité)\b",
    r"(?:検出|例えば|セキュリティ)",
    r"(?:защит\w*|обнаружени\w*|например|безопасност\w*)",
)
# Discussion cues are words of prose: never parts of URLs, addresses or domain names (attacker-drop.net).
# Whitespace-separated tokens are tested one by one (linear time even on a 20,000-character token).
_TOKEN = re.compile(r"\S+")
_NOT_PROSE_TOKEN = re.compile(r"://|\w@\w|\w\.[a-z]{2,6}(?![a-z])|\w[_/]\w", _I)
_LINK_TOKEN = re.compile(r"://|\w@\w|\bwww\.|\w\.[a-z]{2,6}(?:[/:?#]|[.,;:!?)\]»\"'”]*$)", _I)
# Anywhere in a text where a token could be a link (a superset of _LINK_TOKEN on each token).
_LINK_SPAN = re.compile(r"://|\w@\w|\bwww\.|\w\.[a-z]{2,6}(?![a-z])", _I)
_QUOTED_CUE = re.compile(r"[\"“«„'「『][^\"”»“'」』]{0,80}?(?:ignore|ignoriere|ignorez|無視|игнорируй|DAN|"
                         r"developer mode|system prompt)[^\"”»“'」』]{0,80}?[\"”»“'」』]", _I)
# A whole formatted conversation (a user turn *and* an assistant turn) is a transcript, not a forged turn.
_ROLE_MARK = re.compile(
    r"<\|im_start\|>\s*(system|user|assistant)|<\|start_header_id\|>\s*(system|user|assistant)|<\|(system"
    r"|user|assistant)\|>|#{2,}\s*(system|user|assistant|instruction|response)\s*:"
    r"|(\[INST\])|\[/INST\][^\[]{2,}?(</s>)", _I)
# Prose about chat templates names their markers without forging a turn.
_TEMPLATE_TALK = re.compile(r"\b(?:chatml|chat templates?|prompt templates?|prompt format|special tokens?|"
                            r"tokeni[sz]er|(?:role|turn) (?:names?|markers?|tags?|tokens?)|tags"
                            r"|delimiters?|chat[- ]?format|format (?:de|du) chat|chat-?vorlagen?|vorlagen?"
                            r"|balises?|jetons? spéciaux)\b|шаблон\w*|спецтокен\w*|специальн\w+ токен\w*"
                            r"|テンプレート|特殊トークン",
                            _I)
_ROLE_NAMES = {"instruction": "user", "[inst]": "user", "response": "assistant", "</s>": "assistant"}

# The cue features, in the order the model file lists their weights.
CUES: tuple[str, ...] = (*FEATURES, "obfuscated", "discussion", "quoted")
CAPS = {"discussion": 3, "unsafe": 2}
THRESHOLD = 0.5
# An answer to a question about prompt injection explains it in the attack's own words ("text that
# overrides the developer's instructions"): there, only scores from SURE up are reported.
SURE = 0.8


@dataclass(frozen=True, slots=True)
class Verdict:
    """A score in [0, 1], the features that produced it and the de-obfuscated text it was computed on."""

    score: float
    features: dict[str, float]
    normalized: str
    reasons: tuple[str, ...] = ()

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
    # Addresses and links keep their @ and digits: `partner@fastmail.example` is no leetspeak.
    unleeted = _outside_links(lowered, lambda part: _LEET_WORD.sub(_unleet, part), keep=True)
    unleeted = _CYRILLIC_LEET_WORD.sub(_cyrillic_unleet, unleeted)
    layers += unleeted != lowered
    joined = _SPACED.sub(_unspaced, unleeted)
    joined = _SPACED_CJK.sub(lambda m: re.sub(r"[ \u3000.\-_*・]", "", m.group(0)), joined)
    layers += joined != unleeted
    if joined != lowered:
        # Keep the text as written too: `<|im_start|>` must not turn into `<iim_starti>`.
        joined = f"{lowered}\n{joined}"
    if _ROT13_NAMED.search(lowered):
        layers += 1
        joined = f"{joined}\n{codecs.decode(lowered, 'rot13')}"
    decoded = _decode_base64(unmixed)
    if decoded:
        layers += 1
        inner, _ = normalize(decoded) if len(decoded) < len(text) else (decoded.lower(), 0)
        joined = f"{joined}\n{inner}"
    return joined, layers


# A 1 or | is an i as often as an l: read as l where that gives one of these words (`ru135` is rules).
_L_WORDS = frozenset(("rules", "rule", "role", "roles", "all", "filter", "filters", "tell", "only", "real",
                      "unlock", "unlocked", "evil", "will", "developer", "leak", "reveal", "full", "reply",
                      "illegal", "regeln", "regel", "règles", "règle", "alle", "filtre", "filtres", "model",
                      "unfiltered", "unlimited", "limits", "policy", "please", "help", "lol"))


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    as_l = word.translate(_LEET_L)
    return as_l if as_l in _L_WORDS else word.translate(_LEET)


def _outside_links(text: str, change: Callable[[str], str], keep: bool) -> str:
    """`change` applied to the text outside links, e-mail addresses and domains; those are kept as they
    are (`keep`) or replaced by one placeholder word. Most texts have none: then one call does it all."""
    if not _LINK_SPAN.search(text):
        return change(text)
    return _TOKEN.sub(lambda m: (m.group(0) if keep else " zlink ") if _LINK_TOKEN.search(m.group(0))
                      else change(m.group(0)), text)


def _cyrillic_unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    return ("з" + word[1:] if word.startswith("3") else word).translate(_CYRILLIC_LEET)


def _unspaced(match: re.Match[str]) -> str:
    return " ".join(re.sub(r"[ .\-_*]", "", word) for word in _WORD_GAP.split(match.group(0)) if word)


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


def talks_about_templates(text: str) -> bool:
    """Whether a text is about chat templates or their special tokens."""
    return bool(_TEMPLATE_TALK.search(text))


def discusses_injection(text: str) -> bool:
    """Whether a text (the question before an answer) is about prompt injection rather than doing it;
    a question that itself scores as an injection is not."""
    return bool(text) and bool(DISCUSSION.search(text)) and not score(text).is_injection


def _bounded(text: str) -> str:
    """Long documents: cues sit near each other; the first and last 10,000 characters are read."""
    return text if len(text) <= 20_000 else text[:10_000] + "\n" + text[-10_000:]


def cues(text: str, template_talk: bool = False) -> tuple[str, dict[str, float]]:
    """The de-obfuscated text and the named cue features found in it (before any weighting).
    `template_talk`: the conversation is about chat templates (the question before an answer)."""
    text = _bounded(text)
    normalized, layers = normalize(text)
    features: dict[str, float] = {}
    attack = 0.0
    maybe = _gate().candidates(normalized)
    for index, (name, pattern) in enumerate(FEATURES.items()):
        if index not in maybe:
            continue
        hits = len(pattern.findall(normalized))
        if hits:
            features[name] = float(min(hits, CAPS.get(name, 1)))
            attack += features[name]
    if attack and layers:
        plain = text.lower()
        # Obfuscation only counts when a cue was hidden by it.
        if any(not pattern.search(plain) for name, pattern in FEATURES.items() if name in features):
            features["obfuscated"] = 1.0
    if "role_delimiter" in features and (template_talk or _is_transcript(normalized)
                                         or _TEMPLATE_TALK.search(normalized)):
        del features["role_delimiter"]
    discussion = 0
    if len(FEATURES) in maybe:
        prose = _TOKEN.sub(lambda m: " " if _NOT_PROSE_TOKEN.search(m.group(0)) else m.group(0), normalized)
        discussion = len(DISCUSSION.findall(prose))
    if discussion:
        discussion += len(ANALYSIS.findall(prose))
        features["discussion"] = float(min(discussion, CAPS["discussion"]))
        # Quoting an attack lowers the score only inside analysis; a quoted document (a review, an
        # e-mail, a web page pasted into the prompt) is where indirect injection lives.
        if _QUOTED_CUE.search(normalized):
            features["quoted"] = 1.0
    return normalized, features


@functools.cache
def _gate() -> cuegate.Gate:
    """The hyperscan pass that tells which cue patterns (and DISCUSSION, last) may match a text."""
    return cuegate.Gate([*FEATURES.values(), DISCUSSION])


_WORD = re.compile(r"[^\W\d_]+")
_HAS_CJK = re.compile(f"[{_CJK}]")


def terms(normalized: str) -> set[str]:
    """The learned model's terms: adjacent word pairs and 5-letter stems of long words.

    Text without spaces (Japanese) is cut into overlapping character pairs, which count as words and
    as terms. Single words of other scripts are left out on purpose: trained on attacks written in the
    second person, a model that weighs `you`, `your` or `now` on their own flags every piece of advice.
    """
    words: list[str] = []
    out: set[str] = set()
    # Links and addresses count as one word: their parts (`example`, `hooks`, `com`) are not prose.
    prose = _outside_links(normalized, lambda part: part, keep=False)
    for word in _WORD.findall(prose):
        if len(word) > 1 and _HAS_CJK.search(word):
            pairs = [word[i:i + 2] for i in range(len(word) - 1)]
            words.extend(pairs)
            out.update(pairs)
        else:
            words.append(word)
    out.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    out.update(f"{w[:5]}~" for w in words if len(w) > 6)
    return out


@dataclass(frozen=True, slots=True)
class Model:
    """A logistic model over the cue features and the text's terms, as trained by train/injection."""

    bias: float
    cue_weights: dict[str, float]
    term_weights: dict[str, float]
    meta: dict[str, object]

    def logit(self, features: dict[str, float], text_terms: set[str]) -> float:
        """bias + the weighted cues + the weights of the terms present."""
        total = self.bias + sum(self.cue_weights.get(name, 0.0) * value for name, value in features.items())
        get = self.term_weights.get
        return total + sum(get(term, 0.0) for term in text_terms)

    def reasons(self, features: dict[str, float], text_terms: set[str], limit: int = 4) -> tuple[str, ...]:
        """The cues and terms that pushed the score up most, strongest first (terms quoted)."""
        weighed = [(self.cue_weights.get(name, 0.0) * value, name) for name, value in features.items()]
        get = self.term_weights.get
        weighed += [(get(term, 0.0), repr(term)) for term in text_terms]
        return tuple(name for weight, name in sorted(weighed, reverse=True)[:limit] if weight > 0.5)


MODEL_FILE = "injection_model.json.gz"


@functools.cache
def model() -> Model:
    """The trained model shipped in mlward/data (loaded once per process)."""
    raw = json.loads(gzip.decompress(resources.files("mlward.data").joinpath(MODEL_FILE).read_bytes()))
    return Model(float(raw["bias"]), {k: float(v) for k, v in raw["cue_weights"].items()},
                 {k: float(v) for k, v in raw["term_weights"].items()}, dict(raw.get("meta", {})))


# Texts no wake word fired on are still scored when the model's own strongest terms add up to GATE_SUM
# (each literal counted once), and reported only from SURE up: recall stops resting on a word list alone.
GATE_MIN_WEIGHT = 0.4
GATE_SUM = 2.0


@functools.cache
def gate_terms() -> dict[str, float]:
    """The model's terms of weight GATE_MIN_WEIGHT and more as plain literals with their weights: a
    stem (`instr~`) as its five letters, a word pair as written; non-Latin ones also capitalised (the
    automaton folds ASCII case only). Links and literals under three bytes are left out."""
    out: dict[str, float] = {}
    for term, weight in model().term_weights.items():
        literal = term.rstrip("~")
        if weight < GATE_MIN_WEIGHT or "zlink" in term or len(literal.encode()) < 3:
            continue
        for form in {literal, literal if literal.isascii() else literal[:1].upper() + literal[1:]}:
            out[form] = max(out.get(form, 0.0), weight)
    return out


# Sentences and lines: an injection hidden in a longer document is scored on its own too.
_SEGMENT = re.compile(r"(?<=[.!?。！？])\s+|\n+")
SEGMENT_FROM = 150  # texts at least this long are also scored sentence by sentence
SEGMENT_MIN = 25  # shorter pieces are not scored alone


def score(text: str, template_talk: bool = False) -> Verdict:
    """How likely `text` is a prompt injection or jailbreak attempt: the whole text's score, or that of
    its most suspicious sentence or line when it is longer (an instruction planted in a pasted e-mail,
    review or README is diluted by the document around it). `template_talk`: an earlier turn asked
    about chat templates, so template markers in this text are an answer, not a forged turn."""
    best = _score_whole(text, template_talk=template_talk)
    if len(text) >= SEGMENT_FROM:
        context: dict[str, float] = {name: best.features[name] for name in ("discussion", "quoted")
                                     if name in best.features}
        template_talk = template_talk or talks_about_templates(best.normalized)
        for piece in _SEGMENT.split(_bounded(text)):
            if len(piece) >= SEGMENT_MIN and len(piece) < len(text):
                verdict = _score_whole(piece, context, template_talk)
                if verdict.score > best.score:
                    best = verdict
    return best


def _score_whole(text: str, context: dict[str, float] | None = None, template_talk: bool = False) -> Verdict:
    """The model's verdict on the text as one piece; `context` adds the whole text's discussion cues to a
    sentence scored alone (the quoted example in "What is prompt injection? A classic example is ...")."""
    normalized, features = cues(text, template_talk)
    for name, value in (context or {}).items():
        features[name] = max(features.get(name, 0.0), value)
    learned = model()
    text_terms = terms(normalized)
    logit = learned.logit(features, text_terms)
    probability = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logit))))
    reasons = learned.reasons(features, text_terms) if probability >= THRESHOLD else ()
    return Verdict(probability, features, normalized, reasons)


def _is_transcript(text: str) -> bool:
    """Whether the text is a formatted conversation with both a user and an assistant turn."""
    roles = set()
    for match in _ROLE_MARK.finditer(text):
        name = next(g for g in match.groups() if g).lower()
        roles.add(_ROLE_NAMES.get(name, name))
    return {"user", "assistant"} <= roles


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


def _spaced_trigger(words: tuple[str, ...]) -> str:
    """Each word with its letters separated by a space or a dot (`s y s t e m`, `r.u.l.e.s`)."""
    return "(?:" + "|".join("[ .]{1,2}".join(re.escape(ch) for ch in word) for word in words) + ")"


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
    (_either(r"(?:指示|命令|ルール|設定|制約)[^\n]{0,12}(?:無視|忘れ)",
             r"(?:制限|フィルター|検閲)(?:なし|のない|がない|を解除|を無効)", r"システムプロンプト",
             r"初期指示", r"新しい指示", r"何でもできる", r"従え", r"従いなさい"), False),
    (_either(r"(?:гнорируй|абудь|не обращай внимания)[^\n]{0,50}(?:инструкци|указани|правил"
             r"|ограничени)", r"(?:еперь ты|этого момента ты|тныне ты)",
             r"без (?:ограничений|правил|фильтров|цензуры)",
             r"(?:окажи|ыведи|аскрой|апиши|овтори)[^\n]{0,40}(?:системн|свои инструкции)",
             r"овые инструкции", r"(?:тключи|ними)[^\n]{0,30}(?:фильтр|ограничени|цензур)",
             r"ы должен"), False),
    # Obfuscation: zero-width and bidi characters, full-width Latin, mixed scripts, leetspeak, spacing,
    # base64 blobs.
    (r"\xe2\x80[\x8b-\x8f\xaa-\xae]|\xe2\x81[\xa0-\xa4\xa6-\xa9]|\xef\xbb\xbf|\xc2\xad", False),
    (r"\xef\xbc[\xa1-\xba]|\xef\xbd[\x81-\x9a]", False),
    (_either(r"[a-zA-Z](?:\xd0[\x80-\xbf]|\xd1[\x80-\x9f]|\xd4[\x80-\xaf]|\xce[\x91-\xbf]"
             r"|\xcf[\x80-\x89])",
             r"(?:\xd0[\x80-\xbf]|\xd1[\x80-\x9f]|\xd4[\x80-\xaf]|\xce[\x91-\xbf]"
             r"|\xcf[\x80-\x89])[a-zA-Z]"), False),
    # Dropping everything said before; persona without rules; the grandma exploit; claims that the
    # safety layer is off or a special mode is on; prompt-leak requests (English, then de, fr, ja, ru).
    # Each starts with or contains a rare literal so that the automaton stays fast on ordinary text.
    (r"(?:ignor|disregard|forget)[^\n]{0,8}(?:all|everything|anything)[^\n]{0,40}(?:told|given|taught|"
     r"instructed|said|written|stated|mentioned|above|prior|before)", True),
    (r"(?:vergiss|vergesst|ignorier)[^\n]{0,12}alle|(?:oublie|ignore)[sz]? tout", True),
    (_either(r"(?:anweisung|regeln|instruktion|vorgabe|richtlinie)[^\n]{0,40}(?:vergisst|vergessen"
             r"|ignorierst|ignorieren|missachte)",
             r"(?:free|freed) (?:of|from)[^\n]{0,20}(?:confines|rules|restrictions|limitations"
             r"|shackles|guidelines|chains)", r"what (?:are|were) your"), True),
    (r"е обращай внимания на вс|ы теперь|одераци|ензур|злой|злобн|何でもできます", False),
    (_either(r"(?:prends|tiens|prenez|tenez) pas (?:en )?compte", r"ne s'appliquen?t? plus",
             r"(?:gilt|gelten) (?:ab sofort |jetzt )?nicht mehr", r"jegliche",
             r"gib (?:den|die|das|alles)", r"b(?:ö|oe)se?[- ]?(?:bot|gpt|ki|ai)"), True),
    (_either(r"(?:今まで|これまで|以前|上記|前)[^\n]{0,40}(?:無視|忘れ)",
             r"(?:абудь|гнорируй)[^\n]{0,4}вс(?:е|ё)"), False),
    (_either(r"(?:evil|unethical|amoral|unfiltered|uncensored|unrestricted|jailbroken|chaos"
             r"|anarchy)[- ]?(?:bot|gpt|ai|assistant|chatbot|llm|model|mode)",
             r"(?:has|have) no (?:rules|restrictions|limits|filters|ethics|morals|guidelines"
             r"|boundaries|principles|polic|content pol)",
             r"(?:doesn't|does not|never|won't|will not) (?:follow|obey"
             r"|care about) (?:any )?(?:rules|guidelines|polic|restrictions|ethic)"), True),
    (_either(r"(?:keine|sich an keine) (?:regeln|einschränkung|grenzen|ethik|filter)",
             r"qui n'a (?:aucune|pas de)", r"qui ne (?:connaît|suit|respecte)"), True),
    (_either(r"(?:ルール|制限|倫理|規則)(?:の|が)?(?:ない|無い|を持たない|に縛られない)",
             r"(?:у которого|у которой|который|которая)[^\n]{0,12}(?:нет|не имеет|не соблюдает)"), False),
    (_either(r"grandm", r"granny", r"grandpa", r"grandf", r"\boma\b", r"\bopa\b", r"großmutter",
             r"grossmutter", r"großvater", r"grand-m", r"grand-p", r"mamie"), True),
    (_either(r"(?:亡くなった|死んだ|今は亡き)(?:祖母|おばあちゃん|おばあさん|祖父|おじいちゃん)",
             r"(?:бабушк|дедушк)"), False),
    (_either(r"(?:safety|content|moderation|policy|ethic)[- ]?(?:filter|polic|layer|guideline"
             r"|guardrail|check|protocol|restriction|module)",
             r"(?:rules|restrictions|guidelines|filters|guardrails|limitations|policies"
             r"|policy) (?:are |is |have been |has been )?(?:now )?(?:disabled|deactivated|lifted"
             r"|removed|suspended|void|switched off|turned off|no longer)",
             r"in (?:an? |the )?(?:developer|dev|debug|god|admin|maintenance|unrestricted|unfiltered"
             r"|uncensored|jailbreak|jailbroken|sudo|root|test) mode",
             r"(?:god|unrestricted|unfiltered|uncensored|jailbreak|sudo) mode"), True),
    (_either(r"(?:deaktiviert|abgeschaltet|ausgeschaltet|aufgehoben|außer kraft)",
             r"(?:entwickler|developer|debug|gott|admin|uneingeschränkten)[- ]?modus", r"désactivé",
             r"(?:levée|supprimée|suspendue)s?", r"en mode (?:développeur|debug|dieu|admin|sans)"), True),
    (_either(r"(?:フィルター|フィルタ|安全|セーフティ|ポリシー|制限|規制|検閲)[^\n]{0,12}(?:無効"
             r"|オフ|解除|停止)", r"(?:開発者|デベロッパー|デバッグ|管理者|無制限)モード",
             r"(?:ильтр|граничени|равила|ензур|одераци)[^\n]{0,40}(?:тключен|ыключен|сняты|снят"
             r"|деактивирован|не действу)",
             r"ежим[^\n]{0,6}(?:разработчика|без ограничений|бога|отладки)"), False),
    (_either(r"(?:repeat|print|output|recite|spell out)[^\n]{0,40}(?:above|before this|preceding"
             r"|prior to this|so far|at the start|at the beginning)",
             r"(?:starting|beginning|begin|start) (?:with|from)[^\n]{0,20}(?:you are|you're"
             r"|your instructions|system:)",
             r"(?:system prompt|initial prompt|hidden prompt|instructions you were given"
             r"|your instructions)[^\n]{0,30}(?:verbatim|word for word|in full|exactly as written)"), True),
    (_either(r"(?:wiederhol|schreib|zeig)[^\n]{0,50}(?:oben|darüber|davor|zuvor|wort für wort"
             r"|wörtlich)",
             r"(?:répète|recopie|affiche|écri|donne)[^\n]{0,50}(?:ci-dessus|au-dessus|précédent"
             r"|mot pour mot|textuellement)"), True),
    (_either(r"(?:上の|上記の|これより前の|最初の)(?:文章|言葉|テキスト|指示|内容)",
             r"(?:овтори|ыведи|апиши|ерепиши)[^\n]{0,50}(?:выше|дословно|слово в слово)"), False),
    # Chat-template role markers not starting with `<|`.
    (r"<</?SYS>>|#{2,} ?system ?(?:prompt ?)?:", True),
    (_leet_trigger(("ignore", "previous", "instruct", "jailbreak", "bypass", "prompt", "disregard", "forget",
                    "restriction")), True),
    (r"i[ .\-_*]g[ .\-_*]n[ .\-_*]o[ .\-_*]r[ .\-_*]e|d[ .\-_*]a[ .\-_*]n\b", True),
    # Spaced-out cue words in Japanese and Russian (`指 示 を 無 視`, `и г н о р и р у й`).
    (_either(r"(?:無|指|忘|命|制|検|従)(?:[ .\-_*]|\xe3\x80\x80|・)+(?:視|示|れ|令|限|閲|え)",
             r"(?:и|И)[ .\-_*]г[ .\-_*]н[ .\-_*]о[ .\-_*]р",
             r"(?:з|З)[ .\-_*]а[ .\-_*]б[ .\-_*]у[ .\-_*]д"), False),
    (_base64_trigger(("ignore", "Ignore", "IGNORE", "instructions", "previous", "system prompt", "jailbreak",
                      "disregard", "Disregard", "pretend", "you are now", "You are now", "DAN",
                      # Cue words of the other four languages: base64 of UTF-8 text is decoded too.
                      "Ignoriere", "ignoriere", "Anweisungen", "Vergiss", "vergiss", "Ignorez", "ignorez",
                      "consignes", "Oublie", "oublie", "無視", "指示", "忘れ", "システムプロンプト", "制限",
                      "Игнорируй", "игнорируй", "инструкции", "Забудь", "забудь", "системный")), False),
)

# Wake words: the vocabulary of attacks that the learned model reads, in five languages. TRIGGERS above
# fire on known attack phrasings; these hand a text to the model whenever it talks about an AI's
# instructions, rules, prompt, filters or persona at all, so that fresh wordings are scored too. Each
# is rare in ordinary chat (train/injection/train.py reports how much ordinary text they wake, and
# bench/data_scan.py what that costs); words like "assistant" or "system" alone are not here: every
# system prompt has them.
WAKE: tuple[tuple[str, bool], ...] = (
    # "instructions" alone is everyday prose ("follow the instructions in the README"); whose they are,
    # or what is said to happen to them, is what attacks add.
    (_either(r"\b(?:your|new|previous|prior|earlier|original|initial|system|hidden|secret|internal"
             r"|real|actual|operator'?s?|developer'?s?|above|old|all|any|these|those|updated|revised"
             r"|my) instructions?",
             r"instructions? (?:précédentes|antérieures|initiales|d'origine|pour l'(?:assistant|ia))",
             r"\binstructions?\b[^\n\"]{0,40}?\b(?:no longer|void|don't apply|do not apply|above"
             r"|before|earlier|overrid|ignor|replac|supersed|cancel|from now|you were given"
             r"|you received|you got)", r"guideline", r"guardrail", r"restriction", r"constraint",
             r"system ?prompt", r"jailbr", r"unrestrict", r"unfilter", r"uncensor",
             r"developer mode", r"dev mode", r"god mode", r"debug mode", r"admin mode",
             r"maintenance mode", r"persona\b", r"in character", r"pretend", r"disregard",
             r"overrid", r"bypass", r"verbatim",
             r"your (?:rules|programming|training|policy|policies|filters|safety|creators|developers"
             r"|operator)", r"operator'?s? ", r"content polic",
             r"safety (?:filter|rule|polic|guideline|training|layer)",
             r"(?:previous|prior|above|earlier|original|initial|hidden|secret|internal) (?:rules"
             r"|prompt|message|context|text|directions)",
             r"(?:^|\W)(?:ai|llm|gpt|chatbot|bot|assistant|agent|model)\s?[:,] ", r"exfiltrat",
             r"no longer apply",
             r"(?:ignore|forget)\s+(?:all|every|any|your|previous|prior|above|these|those)\b",
             r"refus", r"unlearn", r"unaligned", r"base ?64",
             r"\bai (?:agent|assistant|model|system)", r"décod", r"\bno filter",
             r"kein(?:e|en)? filter"), True),
    # Text addressed to an AI that reads a document (indirect injection), whoever wrote it; rules and
    # context words next to the second person; fictional or hypothetical framing; encodings.
    (_either(r"\b(?:ai|a\.i\.|llm|gpt|bot|chatbot|agent|assistant|model|copilot|screener|reviewer"
             r"|note-?taker|translator|summari[sz]er)s? (?:that |who |which )?(?:is "
             r"|are )?(?:reading|processing|parsing|summari[sz]ing|reviewing|screening|scanning"
             r"|analy[sz]ing|indexing|ingesting|translating|reads|processes|parses|summari[sz]es"
             r"|reviews|screens|scans)\b",
             r"\b(?:reading|processing|parsing|summari[sz]ing|reviewing|screening|scanning"
             r"|analy[sz]ing|indexing|ingesting|translating) (?:this|these|the following|that)\b",
             r"\b(?:to|for|dear|attention|hey|hi)\s+(?:the\s+|any\s+|all\s+)?(?:ai|llm|bot|agent"
             r"|assistant|model|language model|reviewer|screener)s?\b",
             r"\b(?:ai|llm|agent|assistant)\s*(?:instruction|note|directive|notice)",
             r"note (?:to|for) (?:the )?(?:ai|llm|model|assistant|agent|bot)",
             r"your (?:rules|context|first message|hidden|initial|guidelines|filters?|restrictions)",
             r"(?:no|without|any) (?:rules|restrictions|limits|filters)", r"hypothetical",
             r"sandbox", r"rot-?13", r"backwards", r"role-?play", r"play the role",
             r"stay in character", r"first message",
             r"(?:reply|respond|answer|output) (?:only|with only)", r"from now on",
             r"new (?:task|role|rules|policy|persona)", r"safety (?:rules|checks|features)"), True),
    (_either(r"\b(?:ki|ia)\b", r"hinweis für", r"anmerkung für", r"note (?:au|à l'|pour l')",
             r"système d'", r"jouer? le rôle", r"consigne", r"regeln", r"kontext", r"zitiere",
             r"ersten nachricht", r"première consigne", r"premier message", r"hypothéti",
             r"hypothetisch", r"ab jetzt", r"désormais", r"à partir de maintenant"), True),
    # Cyrillic has no word boundary here (the automaton knows ASCII ones only): `бот` and `роль` must
    # follow a space or quote, or they would wake on every "работа" and "контроль".
    (_either(r"ИИ", r"систем", r"контекст", r"(?:^|[\s«\"(])(?:роль|Роль|бот|Бот)",
             r"первое сообщени", r"Первое сообщени", r"нейросет", r"Нейросет", r"гипотетич",
             r"отныне", r"Отныне", r"AI", r"ＡＩ", r"レビュア", r"アシスタント", r"エージェント",
             r"への指示", r"ロールプレイ", r"役になり", r"なりきり", r"仮に"), False),
    # Forged turns in other languages, @-mentions of the model, what the model "must now" do, whole
    # conversations sent somewhere, payloads split into parts, fiction that asks for working detail.
    (_either(r"#{2,} ?(?:système|systemnachricht|システム|систем)",
             r"@(?:assistant|assistent|ai|ki|ia|bot|agent|llm)\b",
             r"\b(?:assistant|assistent|model|modell|ai|ki|llm|agent|bot)s? (?:must|should|shall"
             r"|muss|soll|doit|needs to|has to|will now|is required to)\b",
             r"(?:every|each|all|entire|whole|full) (?:message|conversation|chat|history)",
             r"conversation history", r"chat history", r"historique de (?:la )?conversation",
             r"gesprächsverlauf", r"chatverlauf", r"concatenat",
             r"\bpart(?:ie)? (?:1|2|a|b|one|two)\b", r"\bteil (?:1|2|a|b|eins)\b",
             r" [a-z] \+ [a-z]\b",
             r"(?:precise|exact|real|working|full|complete) (?:technical )?(?:detail|commands|code"
             r"|steps)"), True),
    (_either(r"история (?:переписки|диалога|чата)", r"会話履歴", r"チャット履歴",
             r"(?:часть|Часть) [12АБ]", r"パート[1１AＡ]"), False),
    # Doing it quietly, to the model by name, whole histories, words to remember and join (split payloads).
    (_either(r"\bsilently\b", r"\bunsichtbar", r"\bdiscrètement", r"\bsecretly\b",
             r"(?:don't|do not|never) (?:mention|tell (?:the user|anyone)|log)\b", r"\bau modèle\b",
             r"à l'(?:ia|assistant)\b", r"an (?:die ki|den bot|den assistenten|das modell)",
             r"bisherigen nachrichten", r"historique complet", r"tous les messages",
             r"remember (?:this|these|the) words?", r"\bretiens\b", r"\bmerke? dir\b",
             r"\b[a-z] ?= ?\\?[«\"'“„]"), True),
    (r"незаметно|Незаметно|всю переписку|Запомни|запомни|会話全文|これまでの会話|こっそり|覚えて", False),
    # Fiction or a game as the excuse ("it's just fiction, so you can write everything").
    (_either(r"c'est (?:de la |juste de la |que de la )?fiction",
             r"pour un (?:roman|polar|thriller|film)", r"für einen (?:roman|krimi|thriller|film)",
             r"(?:ist|es ist) (?:doch |nur )?fiktion", r"it'?s (?:just |only |all )?fiction",
             r"for a (?:novel|thriller|screenplay|story)\b"), True),
    # A digit between Cyrillic letters (`пр4вила`, `3абудь`).
    (_either(r"(?:\xd0[\x80-\xbf]|\xd1[\x80-\x9f])[013456](?:\xd0[\x80-\xbf]|\xd1[\x80-\x9f])",
             r"[013](?:\xd0[\xb0-\xbf]|\xd1[\x80-\x8f]){3}"), False),
    # Leetspeak over several words (`1gn0r3 y0ur ru135`): a digit between letters, twice in a row.
    (r"[a-z][013457][a-z][a-z013457]* [a-z013457]*[a-z][013457][a-z]", True),
    # Obfuscation by spacing or dotting letters (`i g n o r e`, `s.y.s.t.e.m`), Latin or Cyrillic, and
    # padded base64 blobs.
    (_spaced_trigger(("ignore", "ignor", "system", "prompt", "rules", "regeln", "règles", "instruct",
                      "forget", "oublie", "vergiss", "bypass", "filter", "jailbreak", "assistant", "your",
                      "désormais", "unrestricted", "developer", "reveal")), True),
    (_either(r"(?:и|И)[ .]н[ .]с[ .]т[ .]р", r"(?:п|П)[ .]р[ .]а[ .]в[ .]и",
             r"(?:з|З)[ .]а[ .]б[ .]у", r"(?:с|С)[ .]и[ .]с[ .]т", r"(?:о|О)[ .]г[ .]р[ .]а[ .]н",
             r"(?:п|П)[ .]р[ .]о[ .]м[ .]п"), False),
    (r"[A-Za-z0-9+/]{24,}={1,2}", True),
    (_either(r"anweisung", r"vorgabe", r"richtlinie", r"einschränkung", r"regeln", r"systemprompt",
             r"entwicklermodus", r"uneingeschränkt", r"ungefiltert", r"unzensiert", r"vergiss",
             r"ignorier", r"consigne", r"directive", r"règles", r"restriction", r"contrainte",
             r"sans filtre", r"mode développeur", r"mode sans", r"oublie",
             r"ignore[sz]? (?:les|tes|vos|toutes|tout)\b"), True),
    (_either(r"инструкц", r"указани", r"ограничени", r"правил", r"директив", r"промпт", r"фильтр",
             r"цензур", r"режим", r"игнорир", r"забудь", r"персонаж", r"Инструкц", r"Указани",
             r"Ограничени", r"Правил", r"Директив", r"Промпт", r"Фильтр", r"Цензур", r"Режим",
             r"Игнорир", r"Забудь", r"Персонаж", r"ИИ", r"политик", r"Политик", r"расшифр",
             r"Расшифр", r"デコード", r"エージェント", r"ИНСТРУКЦ", r"УКАЗАНИ", r"ОГРАНИЧЕНИ",
             r"ПРАВИЛ", r"ПРОМПТ", r"ФИЛЬТР", r"РЕЖИМ", r"СИСТЕМ", r"КОНТЕКСТ", r"АССИСТЕНТ",
             r"ассистенту", r"для ассистента", r"для бота", r"для модели", r"для нейросети",
             r"для романа", r"это (?:же |просто )?(?:вымысел|фикция)", r"小説の中で",
             r"フィクションなので", r"フィクションだから", r"物語の中で", r"指示", r"命令",
             r"ルール", r"制限", r"制約", r"禁止", r"システム", r"プロンプト", r"設定", r"無視",
             r"忘れ", r"キャラ", r"モード", r"運営", r"開発者", r"管理者", r"フィルタ", r"検閲"), False),
    # Exfiltration worded as tool use: a link whose last parameter is left open for data (`?data=`,
    # `?d=<chat>`), tools named to send or fetch, secret files, tracking links, the whole conversation.
    (_either(r"https?://[^\s\])\"'>]{3,200}[?&][\w.\-]{1,16}=(?:[\s\])\"'`]|$|<|\{|%s|KEY\b|\.\.\.)",
             r"\b(?:http_get|http_post|send_email|send_mail|save_note|webhook|browse|browser|e-?mail"
             r"|mail|fetch)[ _\-]tool", r"\b(?:call|use|invoke|run) (?:the )?[\w.\-]{2,24} tool\b",
             r"\bouti[l] (?:d'e-?mail|webhook|http|de navigation)", r"mit dem [\w.\-]{2,24}-?tool",
             r"~/\.ssh", r"\bid_rsa\b", r"\.aws/credentials", r"/etc/(?:passwd|shadow)", r"\.env\b",
             r"tracking[- ]link", r"lien de suivi",
             r"(?:every|all|each) (?:user|customer|client)s?'? (?:data|details|emails?|addresses"
             r"|records|messages)", r"card details", r"données (?:personnelles|bancaires)",
             r"coordonnées bancaires", r"fil de discussion",
             r"historique de (?:notre|cette|la) (?:conversation|discussion)",
             r"toute la conversation", r"without (?:telling|notifying|informing)",
             r"sans (?:le |la |les )?(?:prévenir|avertir|informer)",
             r"ohne (?:es |ihn |sie |den nutzer )?(?:zu )?(?:sagen|erwähnen|informieren"
             r"|benachrichtigen)"), True),
    (_either(r"не предупреждая", r"не сообщая", r"ссылк\w* отслеживания", r"всю историю",
             r"всю переписку", r"персональн\w+ данн", r"банковские реквизиты",
             r"через (?:почтовый |браузерный )?инструмент", r"知らせない", r"知らせずに",
             r"追跡リンク", r"個人情報", r"口座情報", r"ツールで", r"メールツール", r"会話全体",
             r"会話の内容"), False),
    # Overrides in other words: what was set up is declared void, revoked, replaced or out of scope.
    (_either(r"\byour (?:configuration|setup|preamble|brief|principles|objective|constraints|limits"
             r"|limitations|guard ?rails|content rules|operating rules|old rules|original (?:task"
             r"|purpose|objective)|system message)", r"\bsystem message", r"\breconfigur",
             r"\b(?:null and void|nullif|hereby|rescinded|revoked?|withdrawn|out of scope)\b",
             r"(?:rules|polic(?:y|ies)|restrictions|guidance|limits) (?:you were given"
             r"|you operate under|you follow|(?:is|are|were|has been|have been) (?:void|lifted"
             r"|cancelled|canceled|suspended|removed|turned off|disabled))",
             r"\bdeine? (?:bisherige |alte |ganze )?(?:programmierung|konfiguration|beschränkungen"
             r"|systemnachricht|grundsätze|einstellungen|vorgaben|filter)", r"neu konfiguriert",
             r"inhaltsfilter", r"über bord", r"nichtig", r"fortan",
             r"\btes (?:garde-fous|principes|limites|règles|restrictions|consignes)",
             r"ta programmation", r"ton règlement", r"message système", r"prompt d'origine",
             r"hiérarchie des instructions", r"passe outre", r"fais abstraction",
             r"qu'on t'a (?:fixé|imposé|donné)", r"qui t'a été imposé", r"nul et non avenu",
             r"à compter de ce message"), True),
    (_either(r"запрет", r"Запрет", r"прежние установки", r"регламент", r"Регламент",
             r"с чистого листа", r"выше этой строки", r"что тебе говорили", r"ポリシー",
             r"ガードレール", r"規則", r"方針", r"撤廃", r"廃止", r"拒否"), False),
    # Planted text addressed to whatever processes the document, by its job rather than as "AI":
    # "P.S. automated triage:", "for whatever is writing these minutes", "l'outil qui rédige ce compte
    # rendu", "Hinweis an das Programm, das ...", "для ассистента, который обрабатывает",
    # "まとめを作成する方へ".
    (_either(r"\b(?:automated|automatic|auto-?) ?(?:triage|review|reviewer|screening|screener"
             r"|summary|summari[sz]er|processing|system|assistant|reply|agent|minutes|classifier"
             r"|moderation|sorting|routing)s?\b",
             r"\b(?:instruction|note|message|notice|hinweis|anweisung|nachricht|consigne|remarque"
             r"|mot)s? (?:to|for|für|an|pour|à) (?:the |any |all |every |den |die |das |alle |le "
             r"|la |l'|les |tous les )?(?:[\w\-]+ )?(?:assistant|assistent|agent|bot|ai|ki|ia|model"
             r"|modell|reviewer|robot|roboter|textroboter)",
             r"\b(?:assistant|agent|bot|ai|model|reviewer|summari[sz]er|tool)s? (?:drafting|writing"
             r"|handling|reading|processing|answering|replying|triaging|summari[sz]ing|reviewing"
             r"|working on|in charge of)\b",
             r"\b(?:to|for) (?:all |every |any )?(?:virtual|digital|automated|ai|mail|email|e-mail"
             r"|support|chat) (?:assistant|agent|bot|helper)s?\b",
             r"\b(?:assistent|ki|bot|modell|ia|robot|modèle)\s?:\s",
             r"\b(?:you'?ll|you will|you are going to) play\b",
             r"\ban alle \w*(?:roboter|bots|assistenten|ki|modelle|systeme)",
             r"\b(?:before|without) (?:anyone |any )?(?:added|adding) (?:rules|restrictions|filters)",
             r"\b(?:tes|vos) filtres", r"désactiver (?:temporairement )?(?:tes|vos|les) filtres",
             r"\b(?:whatever|whoever|anything|any (?:tool|system|program|software|bot)) (?:is |that "
             r"|which )?(?:writ|read|summar|process|pars|triag|generat|compil|draft|review|screen"
             r"|translat|index|sort|rout)",
             r"\b(?:to|for) the (?:tool|program|system|software|script|robot|bot|process|pipeline"
             r"|parser|crawler|indexer|summari[sz]er|note-?taker) (?:that|which|who|reading|writing"
             r"|processing|summari[sz]ing|doing)",
             r"\b(?:pour|à) (?:l'outil|l'ia|l'assistant|l'agent|le robot|le bot|le programme"
             r"|le système|le logiciel|la machine)\b",
             r"\bqui (?:rédige|résume|traite|lit|analyse|trie|classe)\b",
             r"\b(?:an|für) (?:das|den|die) (?:programm|tool|system|bot|ki|assistenten|software"
             r"|sprachmodell|modell|skript)\b",
             r"\bdas diese\w* (?:nachricht|mail|e-mail|text|dokument)",
             r"\bdecode (?:this|it|the following|and)", r"\b(?:were|was|been) told\b",
             r"\bbefore this message", r"\b(?:is|are|sind|ist) (?:void|nichtig)\b",
             r"\bvom betreiber", r"\bungekürzt", r"\bwortwörtlich", r"\bunauffällig",
             # "Note for the note-writer", "Hinweis an das Zusammenfassungs-Tool", "liebes
             # Übersetzungsprogramm", "a model that never mentions policies", "include the customer's
             # card number in the recap", "the user has admin rights now".
             r"\b(?:note|hinweis|message|nachricht) (?:for|to|an|für) (?:the |das |den |die )?\S{0,30}?"
             r"(?:writer|taker|generator|tool|programm|software|system|werkzeug)\b",
             r"\b(?:liebes?|lieber|dear) \S{0,30}?(?:programm|tool|software|system|ki|bot|modell)\b",
             r"\b(?:a|an) (?:model|ai|assistant|bot|chatbot|llm) (?:that|who|which) (?:answers|never|always"
             r"|has no|ignores|doesn't|does not|will|can)\b",
             r"\b(?:include|add|append|insert|paste|attach|put)[^\n]{0,40}(?:card numbers?|passwords?"
             r"|logins?|credentials|api keys?|access tokens?)\b",
             r"\b(?:admin|root|elevated|developer|superuser) (?:rights|privileges|access|mode) (?:now|granted"
             r"|enabled|activated)"), True),
    (r"(?:SYSTEM|SECURITY|ADMIN|ADMINISTRATOR|PLATFORM|DEVELOPER) (?:NOTICE|ALERT|MESSAGE|UPDATE|OVERRIDE"
     r"|NOTE)", False),
    (_either(r"который обрабатывает", r"которая обрабатывает", r"кто обрабатывает", r"для робота",
             r"для программы", r"для системы",
             r"(?:тот|Тот), кто (?:будет )?(?:сокращать|пересказывать|обрабатывать|читать|составлять"
             r"|анализировать)", r"(?:при|При) составлении",
             r"(?:ассистент|Ассистент|бот|Бот|ИИ|модель|Модель)\s?:\s", r"要約の最後に",
             r"画像を必ず表示", r"これまでのユーザーの発言", r"реальными командами",
             r"технически точно", r"作成する方", r"まとめる方", r"要約する方", r"処理する方",
             r"読んでいる", r"AIへ", r"ＡＩへ", r"アシスタントへ", r"ボットへ", r"ツールへ",
             r"担当AI"), False),
    # ... or by what will be done with the document: "when this page is summarised", "as you categorise
    # this", "whoever condenses this thread", "any assessment produced from this PDF".
    (_either(r"\b(?:when|if|once|after|before|while|whenever) (?:this|these|the) (?:page|e-?mail"
             r"|mail|document|text|review|listing|thread|notes?|feedback|file|invoice|event|image"
             r"|channel|post|article|message|data|results?|snippets?|batch|transcript|ticket|cv"
             r"|resume|pdf|newsletter)s? (?:is|are|gets?|get) (?:being )?(?:summari[sz]|process|read"
             r"|used|translat|index|aggregat|review|categori[sz]|describ|sync|pars|screen|rank|triag"
             r"|condens|forward|turned)",
             r"\b(?:when|while|as|if|once|before|after) you(?:'re| are)? (?:summari[sz]|process|read"
             r"|categori[sz]|describ|translat|index|aggregat|review|rank|compil|sync|triag|handl"
             r"|pars|screen|classif|sort|condens|digest)\w* (?:this|these|the|it|them)\b",
             r"\b(?:whoever|anyone|anybody|any (?:tool|system|assistant|agent|model|summary|reader"
             r"|bot)s?) (?:who |that |which )?(?:condens|turn|build|compil|read|process|summari[sz]"
             r"|produc|generat|writ|prepar|handl|index|aggregat|rank|extract|answer)",
             r"\b(?:produced|generated|built|compiled|created|derived|made) from (?:this|these"
             r"|the following)\b",
             r"\b(?:pipeline|workflow|engine|tooling|summari[sz]ers|agents|assistants|bots|readers"
             r"|crawlers|scrapers|auto-?fixers|indexers)(?::| that | which | preparing| reading"
             r"| handling| processing)",
             r"\b(?:wenn|sobald|falls) (?:diese[rsn]?|der|die|das) \w+ (?:zusammengefasst"
             r"|verarbeitet|gelesen|übersetzt|ausgewertet|bewertet|sortiert) wird",
             r"\bwer (?:den|die|das|daraus|diese\w*) [^.\n]{0,30}(?:erstellt|zusammenfasst|ableitet"
             r"|auswertet|liest|verarbeitet)",
             r"\b(?:für|an) (?:die )?(?:vorsortierung|vermittlungsportale|automatische"
             r"|zusammenfassung)",
             r"\b(?:quand|lorsque|si|dès que) (?:cette|ce|ces|le|la|les) \w+ (?:est"
             r"|sont) (?:résumée?s?|traitée?s?|lue?s?|analysée?s?|traduite?s?|classée?s?)",
             r"\bquiconque (?:résume|traite|lit|rédige|prépare)",
             r"\bpour (?:le|la) (?:résumé|synthèse|compte rendu|tri|classement) automatique"), True),
    (_either(r"(?:это|эта|этот|эти) (?:письмо|страниц\w|текст|документ|отзыв\w*|заметк\w) (?:будет "
             r"|будут )?(?:обрабатыва|пересказыва|суммируе|читае|анализируе|переводи)",
             r"кто (?:будет )?(?:составлять|делать|писать|готовить) (?:сводку|отчёт|протокол|резюме)",
             r"при (?:пересказе|обработке|анализе|суммаризации)", r"要約する際", r"要約するときは",
             r"まとめる際", r"まとめるときは", r"処理する際", r"読み込んだ", r"を作成する際"), False),
    # Fiction or games as the wrapper for real harm: the harm is named, and "real" or "exact" is asked for.
    (_either(r"\b(?:real|working|actual|exact|precise|accurate)(?:ly)? (?:methods?|code|steps"
             r"|instructions|recipe|quantities|amounts|doses?|payloads?|exploit|synthesis|route)",
             r"technically (?:accurate|exact)",
             r"\b(?:ricin|sarin|methamphetamine|fentanyl|nerve agent|pipe bomb|ghost gun|ransomware"
             r"|keylogger|credential stealer|sql injection payload|rizin|sprengstoff|rohrbombe"
             r"|rançongiciel|explosif|méthode réelle|vrai code|echten code|echte methoden)\b"), True),
    (_either(r"взрывчат", r"фишингов", r"стилер", r"эксплойт", r"мефедрон", r"реальная методика",
             r"настоящий код", r"覚醒剤", r"爆弾", r"毒殺", r"致死量", r"ランサムウェア",
             r"マルウェア", r"実際に(?:使える|動く)", r"正確な分量"), False),
    # Payload splitting: numbered fragments, strings to join or reverse, then obey the result. (In a
    # raw JSON line the quote after `A =` is escaped, `A = \"...`: the backslash is allowed for.)
    # (Joined variables, `x+y+z`, are woken by their assignments: a pattern around `+` costs hyperscan
    # more than all the others together.)
    (_either(r"(?:fragment|piece|morceau|chunk|silbe)[ _]?(?:1|one)\b",
             r"[a-z][_-]?\d ?= ?\\?[\"'«„“]", r"\breverse (?:this|it|the (?:string|text|words))",
             r"\bin reverse\b", r"\bbackwards?\b", r"à l'envers",
             r"dreh\w* (?:diesen |den )?text um", r"umgedreht", r"rückwärts", r"concat[eé]n",
             r"\bjoin (?:them|the (?:parts|pieces|fragments))",
             r"(?:first|last) (?:word|letter)s? of each", r"premi[eè]re lettre de chaque",
             r"ersten buchstaben"), True),
    (_either(r"фрагмент ?1", r"Фрагмент ?1", r"часть ?1", r"в обратном порядке", r"задом наперёд",
             r"склей", r"Склей", r"断片1", r"断片１", r"連結して", r"逆から", r"逆順"), False),
)
