"""What counts as personal data or a secret in training text: one trigger set, exact patterns, validators.

Speed comes from the split. Every detector has loose *triggers*: byte patterns compiled together into
one multi-pattern database (hyperscan, or RE2's set matcher where hyperscan is missing) that runs over
whole blocks of raw input. Only a text a trigger fires on is searched with the detector's exact Python
pattern, and only those candidates reach the validators (Luhn, IBAN mod-97, SSN rules, My Number, INN,
SNILS, phone-number metadata). Triggers have no left word boundary on purpose: they also run over raw
JSON lines, where an escape such as ``\\n`` sits right before a word.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import html
import ipaddress
import json
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import phonenumbers

from mlward.findings import Severity

# A candidate found by a detector: start and end character offsets in the field text, and the value.
Span = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Detector:
    """One taxonomy category: its triggers, its exact pattern and the check a candidate must pass."""

    category: str
    triggers: tuple[str, ...]
    pattern: re.Pattern[str]
    validate: Callable[[str, re.Match[str]], bool] | None = None
    group: int | str | tuple[str, ...] = 0  # a tuple: the first of these groups that took part
    severity: Severity = Severity.MEDIUM
    caseless_triggers: bool = False
    priority: int = 0  # higher wins when two findings overlap (a GitHub token beats "generic password")
    byte_trigger: int | None = None  # a single byte that wakes the detector, found outside the automaton
    capital_triggers: tuple[str, ...] = ()  # plain literals that wake it only before a capital letter

    def find(self, text: str) -> Iterator[Span]:
        """Validated candidates in `text`."""
        for match in self.pattern.finditer(text):
            if self.validate is not None and not self.validate(text, match):
                continue
            if isinstance(self.group, tuple):
                start, end = next((match.span(g) for g in self.group if match.group(g) is not None), (0, 0))
            else:
                start, end = match.span(self.group)
            if end > start:
                yield start, end, text[start:end]


# --- validators -------------------------------------------------------------------------------------

def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_ok(number: str) -> bool:
    """The Luhn checksum of a card number (digits only)."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_CARD_PREFIX = re.compile(r"4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|220[0-4]|3[47]|3(?:0[0-5]|[68])"
                          r"|6(?:011|5|4[4-9]|2)|35")


# Reference numbers that merely pass a checksum: "order 1708 2941 7971", "Bestellnummer:", "注文番号",
# "номер заказа", "numéro de commande :". The cue must stand right before the number (words such as
# "number", "no.", "#" between them), so that "paid order 12 with <card>" is still a card.
_REFERENCE_CUE = re.compile(
    r"(?i)(?:\b(?:order|invoice|tracking|ticket|case|reference|ref|booking|confirmation|shipment|parcel|"
    r"package|consignment|transaction|receipt|purchase|po|sku|serial|item|article|bestell\w*|"
    r"rechnung\w*|auftrag\w*|sendung\w*|vorgang\w*|buchung\w*|ticketnummer|kundennummer|commande|"
    r"facture|suivi|réservation|reservation|dossier|colis|référence|заказ\w*|сч[её]т\w*|накладн\w*|"
    r"отслеживани\w*|трек\w*|заявк\w*|брон\w*|квитанци\w*|посылк\w*|отправлени\w*|customer|contract|policy"
    r"|vertrag\w*|artikel\w*|steuer\w*|kunden\w*|contrat|client|договор\w*|полис\w*)\b"
    r"|注文|請求|伝票|追跡|問い合わせ|予約|受付|お問合せ|配送|発送|領収)"
    r"[^\S\n]*-?(?:(?:number|no|nr|num[ée]ro|nummer|id|code|номер|n°|番号|#|№)\.?[^\S\n]*)?"
    r"[:：#№\-]?[^\S\n]*(?:(?:is|ist|lautet|est)[^\S\n]+)?(?:は|の)?[^\S\n]*$")


def reference_number(text: str, start: int) -> bool:
    """Whether the number at `start` directly follows an order, invoice, tracking or ticket cue."""
    return bool(_REFERENCE_CUE.search(text, max(0, start - 48), start))


def _card(text: str, match: re.Match[str]) -> bool:
    if reference_number(text, match.start()):
        return False
    raw = match.group(0)
    digits = _digits(raw)
    if not 13 <= len(digits) <= 19 or not _CARD_PREFIX.match(digits) or not luhn_ok(digits):
        return False
    if len(set(digits)) < 2:  # 0000 0000 0000 0000 style fillers
        return False
    groups = re.split(r"[ .\-\n]+", raw)
    # Separators, when present, sit where card printers put them: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4.
    return len(groups) == 1 or [len(g) for g in groups] in (
        [4, 4, 4, 4], [4, 4, 4, 4, 3], [4, 6, 5], [4, 6, 4], [4, 4, 4, 1], [4, 4, 4, 2], [4, 4, 4, 3])


_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21,
    "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "ES": 24, "FI": 18, "FO": 18,
    "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20, "RU": 33,
}


def iban_ok(iban: str) -> bool:
    """Country length and the ISO 13616 mod-97 check of an IBAN (spaces already removed)."""
    iban = iban.upper()
    if _IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban[2:4].isdigit():
        return False
    moved = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def _iban(text: str, match: re.Match[str]) -> bool:
    return iban_ok(match.group(0).replace(" ", ""))


def ssn_ok(area: str, group: str, serial: str) -> bool:
    """The SSA's rules: no 000/666/9xx area, no 00 group, no 0000 serial, no advertised samples."""
    if area in ("000", "666") or area.startswith("9") or group == "00" or serial == "0000":
        return False
    return f"{area}{group}{serial}" not in ("078051120", "219099999", "123456789")


# A table header with an SSN or taxpayer-number column ("last,first,tin,net").
_SSN_COLUMN = re.compile(r"(?im)(?:^|[,;\t|])[ \"']*(?:ssn|tin|social[ _]security(?:[ _]n(?:o|umber))?"
                         r"|taxpayer[ _]id)[ \"']*(?:[,;\t|]|$)")


def _unnamed_run(text: str, match: re.Match[str], named: re.Pattern[str]) -> bool:
    """Digits run together with no cue before them, in a text that nowhere names the number (as a table
    column does): too common a shape to report."""
    value = match.group("v")
    return value.isdigit() and match.start() == match.start("v") and not named.search(text)


def _ssn(text: str, match: re.Match[str]) -> bool:
    if reference_number(text, match.start("v")) or _unnamed_run(text, match, _SSN_COLUMN):
        return False
    digits = _digits(match.group("v"))
    return ssn_ok(digits[:3], digits[3:5], digits[5:])


def my_number_ok(number: str) -> bool:
    """Japan's Individual Number (12 digits): the check digit of the Cabinet Office ordinance."""
    if len(number) != 12 or not number.isdigit():
        return False
    body = [int(d) for d in number[:11]]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    rest = total % 11
    check = 0 if rest <= 1 else 11 - rest
    return check == int(number[11])


_MY_NUMBER_CUE = r"マイナンバー|個人番号|(?i:my ?number)"
_MY_NUMBER_NAMED = re.compile(_MY_NUMBER_CUE)


def _my_number(text: str, match: re.Match[str]) -> bool:
    if reference_number(text, match.start("v")) or _unnamed_run(text, match, _MY_NUMBER_NAMED):
        return False
    return my_number_ok(_digits(match.group("v")))


def inn_ok(number: str) -> bool:
    """Russia's taxpayer number: 10 digits (organisations) or 12 (people), with their check digits."""
    d = [int(c) for c in number]

    def check(weights: Sequence[int]) -> int:
        return sum(w * x for w, x in zip(weights, d, strict=False)) % 11 % 10

    if len(d) == 10:
        return check((2, 4, 10, 3, 5, 9, 4, 6, 8)) == d[9]
    if len(d) == 12:
        return (check((7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) == d[10]
                and check((3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) == d[11])
    return False


def _inn(text: str, match: re.Match[str]) -> bool:
    if reference_number(text, match.start("v")):
        return False
    return inn_ok(match.group("v"))


def snils_ok(number: str) -> bool:
    """Russia's pension insurance number (11 digits): the check number over the first nine."""
    if len(number) != 11 or not number.isdigit():
        return False
    body, control = number[:9], int(number[9:])
    if int(body) <= 1001998:  # the check applies to numbers above 001-001-998
        return True
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    if total > 101:
        total %= 101
    if total in (100, 101):
        total = 0
    return total == control


def _snils(text: str, match: re.Match[str]) -> bool:
    if reference_number(text, match.start("v")):
        return False
    return snils_ok(_digits(match.group("v")))


# Well-known public DNS resolvers (Google, Cloudflare, Quad9, OpenDNS, Level3, Verisign, AdGuard,
# CleanBrowsing, Yandex, Comodo, Neustar, DNS.WATCH): infrastructure that everybody types, nobody's own.
_PUBLIC_RESOLVERS = frozenset(ipaddress.ip_address(a) for a in (
    "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "1.1.1.2", "1.0.0.2", "1.1.1.3", "1.0.0.3", "9.9.9.9",
    "149.112.112.112", "9.9.9.10", "149.112.112.10", "9.9.9.11", "149.112.112.11", "208.67.222.222",
    "208.67.220.220", "208.67.222.123", "208.67.220.123", "4.2.2.1", "4.2.2.2", "4.2.2.3", "4.2.2.4",
    "4.2.2.5", "4.2.2.6", "64.6.64.6", "64.6.65.6", "94.140.14.14", "94.140.15.15", "185.228.168.9",
    "185.228.169.9", "77.88.8.8", "77.88.8.1", "8.26.56.26", "8.20.247.20", "156.154.70.1",
    "156.154.71.1", "84.200.69.80", "84.200.70.40", "76.76.2.0", "76.76.10.0",
    "2001:4860:4860::8888", "2001:4860:4860::8844", "2606:4700:4700::1111", "2606:4700:4700::1001",
    "2620:fe::fe", "2620:fe::9", "2620:119:35::35", "2620:119:53::53", "2a10:50c0::ad1:ff",
))


def ip_is_personal(value: str) -> bool:
    """Whether an address could be someone's own: globally routable and not a public resolver.

    Private, loopback, link-local, shared (CGNAT 100.64/10), documentation (192.0.2/24, 198.51.100/24,
    203.0.113/24, 2001:db8::/32), unique-local and reserved ranges are nobody's public address.
    """
    try:
        addr = ipaddress.ip_address(value)
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return addr.is_global and not addr.is_multicast and addr not in _PUBLIC_RESOLVERS


def _ip(text: str, match: re.Match[str]) -> bool:
    value = match.group(0)
    if not ip_is_personal(value):
        return False
    if ":" in value and value.count(":") < 3:
        return False
    before = text[max(0, match.start() - 24) : match.start()].lower()
    # "Version 1.2.3.4", "Firmware 3.4.12.7", "v1.2.3.4" and OIDs are not addresses.
    if _VERSION_BEFORE.search(before) or _VERSION_AFTER.match(text, match.end()):
        return False
    if ":" in value:
        return True
    # A dotted quad in a sentence about software ("Upgrade from 2.14.1.3 to 2.15.0.0 fixed the leak")
    # is a version number, unless the sentence also speaks of addresses or hosts.
    around = text[max(0, match.start() - 80) : match.end() + 80]
    return not _VERSION_CONTEXT.search(around) or bool(_IP_CONTEXT.search(around))


_VERSION_BEFORE = re.compile(
    r"(?:\b(?:versions?|vers?|v|release[sd]?|build|oid|firmware|fw|bios|uefi|kernel|patch(?:ed)?|"
    r"update[sd]?|upgrade[sd]?|downgrade[sd]?|driver|sdk|rev|revision|edition|changelog|ios|android|"
    r"stand|versión|verze|バージョン|ファームウェア|версия|версии|прошивк\w*)"
    r"|\bto v|\bv)\s*[:=#]?\s*(?:no\.?|nr\.?|number)?\s*$")
_VERSION_AFTER = re.compile(
    r"[-+~](?:[a-z]|\d)|\s*(?:\(build|build\b|release\b|firmware\b|beta\b|rc\d|lts\b)", re.I)
_VERSION_CONTEXT = re.compile(
    r"(?i)\b(?:upgrad\w*|updat\w*|downgrad\w*|releas\w*|versions?|build|patch\w*|hotfix|changelog|"
    r"install\w*|sdk|driver|firmware|bios|kernel|package|librar\w*|bug|leak|regression|deprecat\w*|"
    r"rollback|rolled back|migrat\w*|compatib\w*|pin|pinned|requirements?|dependenc\w*|pip|npm|wheel|"
    r"semver|aktualisier\w*|mise à jour|обновлен\w*|верси\w*|сборк\w*)\b"
    r"|v\d|[=~<>]=\s*\d|アップデート|バージョン|更新")
_IP_CONTEXT = re.compile(
    r"(?i)\b(?:ip|ipv[46]|address|adresse|addr|host|server|serveur|login|logged|log-?in|connect\w*|"
    r"ssh|ping|gateway|dns|subnet|client|visitor|remote|firewall|blocked|banned|proxy|vpn|router|"
    r"zugriff|anmeldung|connexion|адрес\w*|сервер\w*|вход\w*)\b|IPアドレス|アドレス|接続|ログイン")
_PHONE_CUE = re.compile(
    r"(?i:tel|phone|call|mobile|cell|fax|whatsapp|telefon|handy|mobil|anruf|t[ée]l[ée]phone|portable|ring me"
    r"|text me|reach me|"
    r"appel|num[ée]ro|ruf mich|rufen sie|festnetz|erreichbar|my number|number is|nummer ist|meine nummer"
    r"|a ring|give me a bell|a bell on|a buzz)"
    r"|電話|携帯|тел|Тел|ТЕЛ|звон|Звон|номер|Номер")
_DATE_LIKE = re.compile(r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")
_NATIONAL_FORMATS = re.compile(
    r"^\(\d{3}\) ?\d{3}-\d{4}$|^\d{3}-\d{3}-\d{4}$|^\d{3}\.\d{3}\.\d{4}$"  # US
    r"|^0[1-9](?:[ .]\d{2}){4}$"  # FR
    r"|^0\d{1,4}-\d{1,4}-\d{4}$"  # JP
    r"|^07\d{3} ?\d{3} ?\d{3}$"  # UK mobile, 5-3-3
    r"|^8 ?\(\d{3}\) ?\d{3}-\d{2}-\d{2}$"  # RU
    r"|^0\d{2,4}(?: ?/ ?|[ -])\d{4,8}$"  # DE
)
_PHONE_REGIONS = ("US", "GB", "DE", "FR", "JP", "RU")


# Toll-free, premium-rate and shared-cost lines belong to businesses, never to a private person.
_LINE = phonenumbers.PhoneNumberType
_BUSINESS_LINES = frozenset((_LINE.TOLL_FREE, _LINE.PREMIUM_RATE, _LINE.SHARED_COST, _LINE.UAN))


def _personal(number: phonenumbers.PhoneNumber) -> bool:
    """A valid number that is not a business line."""
    return (phonenumbers.is_valid_number(number)
            and phonenumbers.number_type(number) not in _BUSINESS_LINES)


def phone_ok(value: str, context: str) -> bool:
    """A valid number in international form, or in a national form with a phone cue before it."""
    if _DATE_LIKE.match(value) or sum(ch.isdigit() for ch in value) < 7:
        return False
    try:
        if value.startswith(("+", "00")):  # 0049 89 … is +49 89 …
            international = "+" + value[2:] if value.startswith("00") else value
            return _personal(phonenumbers.parse(international, None))
        if not (_NATIONAL_FORMATS.match(value) or _PHONE_CUE.search(context)):
            return False
        # The same digits can be a mobile in one country and a premium line in another (090 …).
        return any(_personal(phonenumbers.parse(value, region)) for region in _PHONE_REGIONS)
    except phonenumbers.NumberParseException:
        return False


# North American numbers 555-0100 to 555-0199 are reserved for fiction and examples.
_FICTIONAL_PHONE = re.compile(r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?555[\s.-]?01\d\d$")


# A number labelled as another identifier is not a phone number, even when it fails that one's check.
_OTHER_ID_BEFORE = re.compile(r"(?i)(?:снилс|snils|инн|\binn|ssn|iban|passport|reisepass|passeport|паспорт"
                              r"|マイナンバー|個人番号|card|karte|carte|карт[аы]|kontonummer|account)"
                              r"[^\d\n]{0,12}$")


def _phone(text: str, match: re.Match[str]) -> bool:
    if _FICTIONAL_PHONE.match(match.group(0).strip()):
        return False
    if _OTHER_ID_BEFORE.search(text, max(0, match.start() - 30), match.start()) or reference_number(
            text, match.start()):
        return False
    return phone_ok(match.group(0), text[max(0, match.start() - 30) : match.start()])


def shannon_entropy(value: str) -> float:
    """Bits per character of a string."""
    if not value:
        return 0.0
    counts: dict[str, int] = {}
    for ch in value:
        counts[ch] = counts.get(ch, 0) + 1
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


_PLACEHOLDER = re.compile(
    r"(?i)^(?:x+|\*+|\.+|-+|_+|#+|<[^>]*>|\{[^}]*\}|\$\{?[\w.]+\}?|%\(?\w*\)?s?|%\w+%|\$\([\w.]+\)|"
    r"\[[^\]]*\]|"
    r"(?:your|my|the|some|a|an|new|old|example|sample|dummy|fake|test|changeme|placeholder|redacted|"
    r"secret|password|passwort|token|none|null|nil|true|false|undefined|empty|required|hidden|masked|"
    r"here|value|string|str|env|input|getpass|os|self|config|settings|args|kwargs)"
    r"[\w.\-]*)$")
_CODE_VALUE = re.compile(r"[()\[\]{}]|^(?:os\.|env\.|process\.|getenv|input|request\.|self\.|this\.)")
_EXAMPLE = re.compile(r"(?i)example|sample|dummy|fake|xxxx|0000000|1234567|abcdef")
# A value that addresses the reader ("your", "dein", "votre", "ваш"), says where to put the real one
# ("here", "hier", "ici", "здесь") or trails off ("sk_live_...") is a placeholder, whatever its entropy.
_PLACEHOLDER_WORDS = (
    r"your|yours|dein|deine|deinen|deiner|euer|votre|ваш|ваша|ваше|ваши|твой|твоя|here|hier|здесь|сюда|"
    r"placeholder|changeme|change[-_]?me|replace[-_]?me|insert|todo|fixme|lorem|ipsum|redacted|xxx+")
_PLACEHOLDER_PART = re.compile(
    rf"(?i)(?:^|(?<=[-_.:/\s<{{\[]))(?:{_PLACEHOLDER_WORDS})(?=$|[-_.:/\s>}}\]])|\.{{3}}|…")
# Shorter words ("my", "ton", "ici", "foo") would turn up by chance inside random provider keys: they
# only count in values found by a keyword.
_PLACEHOLDER_PROSE = re.compile(
    r"(?i)(?:^|(?<=[-_.:/\s<{\[]))(?:my|mein|meine|ihr|ihre|mon|ma|ton|ta|tes|vos|ici|foo|bar|baz|qux|"
    r"sample|dummy|fake|example|beispiel|exemple|пример)(?=$|[-_.:/\s>}\]])|<[^>]*>|\{\{[^}]*\}\}")


def is_placeholder(value: str, *, keyword: bool = True) -> bool:
    """Whether a credential-shaped value is obviously a stand-in for a real one.

    `keyword` is set for values found after a word such as "password" (rather than by their own format):
    those also count as placeholders when they merely start like one or use a shorter stand-in word.
    """
    if _PLACEHOLDER_PART.search(value):
        return True
    return keyword and bool(_PLACEHOLDER.match(value) or _PLACEHOLDER_PROSE.search(value))


def secret_value_ok(value: str, *, min_entropy: float = 2.8, min_len: int = 8) -> bool:
    """A value that looks like a real credential: not a placeholder, not code, varied characters."""
    value = value.strip("'\"`")
    if len(value) < min_len or len(value) > 200 or is_placeholder(value) or _CODE_VALUE.search(value):
        return False
    if _EXAMPLE.search(value):
        return False
    classes = sum(bool(re.search(p, value)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]"))
    # A bare identifier such as `user_password` or `PASSWORD_FILE` names a value; it is not one.
    if re.fullmatch(r"[A-Za-z_]+", value) and (value.islower() or value.isupper() or "_" in value):
        return False
    # Three kinds of character (yuzu299#) vouch for a short typed password with a repeated letter.
    return classes >= 2 and shannon_entropy(value) >= min_entropy - (0.4 if classes >= 3 else 0.0)


# A key that names a file or path holds where the secret is, not the secret (POSTGRES_PASSWORD_FILE).
_POINTS_TO_FILE = re.compile(r"(?i)(?:file|path|dir|location)[\"']?\s*[:=]\s*$")


def _generic_secret(text: str, match: re.Match[str]) -> bool:
    value = match.group("v")
    if not secret_value_ok(value):
        return False
    if value.startswith(("/", "./", "../", "~/")) or _POINTS_TO_FILE.search(text, match.start(),
                                                                            match.start("v")):
        return False
    # "the password for the db is X", "my old password was X": prose around the keyword; the value
    # must look typed, not worded.
    return (match.group("via") is None and match.group("past") is None) or bool(re.search(r"\d", value))


# Keys that hold a password in YAML, INI, .env files and query strings, short forms included
# (`pass:`, `smtp_pass =`, `pwd=`, `?pw=`); the key starts a line or follows `{ , ; & ?`.
_CRED_KEY = r"(?:pass|pw|pwd|passwd|password|passwort|kennwort|passphrase)"
_CREDENTIAL_SHAPES = re.compile(
    # YAML / INI / .env / query string keys
    # (also right after a user key on the same line: "user=root pass=X")
    rf"(?im:(?:^[ \t]*-?[ \t]*|[{{,;&?][ \t]*"
    rf"|\b(?:user(?:name)?|login|uid|usr)[ \t]*[:=][ \t]*[^\s,;]+[ \t]+)"
    rf"[\"']?(?:[\w.\-]{{0,30}}[_.\-])?{_CRED_KEY}[\"']?"
    r"[ \t]*[:=][ \t]*)"
    r"[\"']?(?P<k>[^\s\"',;&]{6,128})"
    # XML / .config: <add key="SmtpPassword" value="X" />, <param name="db.password" value="X"/>
    r"|(?i:\b(?:key|name)\s*=\s*[\"'][^\"'<>]{0,40}(?:pass|pwd|secret|token|api[_\-]?key)[^\"'<>]{0,40}[\"']"
    r"\s+value\s*=\s*[\"'])(?P<x>[^\"'<>]{6,128})"
    # XML elements: <password>X</password>, <db:Password>X</db:Password>
    r"|(?i:<(?P<tag>[\w:.\-]{0,30}(?:pass(?:word|wd)?|pwd|secret|token|api[_\-]?key))>\s*)"
    r"(?P<e>[^<\s]{6,128})\s*</(?P=tag)>"
    # XML element whose key names the password: <entry key="db.password">X</entry>
    r"|(?i:<(?P<etag>[\w:.\-]{1,30})\s[^<>]{0,80}?\b(?:key|name)\s*=\s*[\"'][^\"'<>]{0,40}"
    r"(?:pass|pwd|secret|token|api[_\-]?key)[^\"'<>]{0,40}[\"'][^<>]{0,80}>\s*)"
    r"(?P<ev>[^<\s]{6,128})\s*</(?P=etag)>"
    # a qualifier between keyword and colon: "mot de passe temporaire : X", "Passwort (neu): X"
    r"|(?i:\b(?:password|passwort|kennwort|mot de passe|пароль)\s+\(?"
    r"(?:temporary|temp|new|old|current|initial|default|admin|root|master|wi-?fi|wlan|neu|neues|alt|altes|aktuell|aktuelles|temporär|vorläufig|"
    r"temporaire|provisoire|nouveau|actuel|ancien|initial|par défaut|новый|временный|текущий|старый)"
    r"\)?\s*[:：=]\s*)"
    r"(?=[^\s]*\d)(?P<q>[^\s,;\"'»)]{6,128})"
    # "I set my password to X", "habe das Passwort auf X geändert"
    r"|(?i:\b(?:set|changed?|reset|updated?|habe|hab|wurde)\s+(?:\w+\s+){0,2}?(?:password|passwort|pw|pwd)"
    r"\s+(?:to|auf)\s+)(?=[^\s]*\d)(?P<t>[^\s,;\"'»)]{6,128})"
    # prose: "Admin login is admin / X", "Zugangsdaten: max / X"
    r"|(?i:\b(?:login|log-in|logins|sign-in|credentials?|creds|zugangsdaten|zugang|anmeldedaten|"
    r"identifiants|логин|учётка|учетка|доступ|ログイン)\b[^\n/]{0,40}?)"
    r"(?<![\w.@\-])[\w.@\-]{2,40}[ \t]*/[ \t]*(?=[^\s/]*\d)(?P<s>[^\s/,;]{6,128})"
    # a keyword and a short phrase, then the value with no "is" or ":" ("пароль от кабинета X")
    r"|(?i:\b(?:password|passwort|kennwort|mot de passe|пароль|contraseña)\s+(?:for|of|to|on|at|für|fürs|"
    r"zum|zur|vom|von|des|der|du|de|pour|от|для|к|на)(?:\s+[^\s:=,.;!?\"'/]{1,25}){1,3}?\s+)"
    r"(?=[^\s]*\d)(?P<p>[^\s,;\"'»)]{6,128})"
    # the value a few words after the keyword, no "is" needed: "mot de passe Nimbus*harbor08",
    # "Startpasswort Falcon!harbor32", "the password I've been using is X", "code wifi c'est X"
    r"|(?i:(?:pass(?:word|wort|phrase)|kennwort|mot[ _\-]de[ _\-]passe|пароль|パスワード|code (?:du )?wi-?fi"
    r"|wi-?fi (?:code|key)|wlan-?(?:schlüssel|key))[^\n.!?;]{0,40}?[\s:：=«\"'„“(])"
    r"(?=[^\s]*?[A-Za-z])(?=[^\s]*?[!#$%&*+@^~?=\d])"
    r"(?P<w>[A-Za-z0-9!#$%&*+\-./<=>?@^_~]{7,63}[A-Za-z0-9!#$%&*+\-/<=>?@^_~])"
    r"(?=[\s\"'»“”,;!?)]|[.:](?:\s|$)|$)")


# Words after "password" that are not one: an address, a version, a crypt(3) hash, a file name.
_NOT_TYPED = re.compile(r"[\w.+\-]+@[\w\-]+\.|^v?\d+(?:\.\d+)+|^\$\d?[a-z]{0,2}\$"
                        r"|\.(?:txt|csv|json|ya?ml|ini|env|kdbx|xlsx?|docx?|pdf|zip)$", re.I)


# Between the keyword and a value: words that point elsewhere or give an example, not the password.
_POINTER = re.compile(r"(?i)\b(?:see|siehe|voir|like|such as|e\.g\.|z\.\s?b\.|par exemple|comme|wie|vault"
                      r"|tresor|coffre|keepass|1password|bitwarden|example|beispiel|exemple)\b"
                      r"|см\.|например|вроде|例えば|のような")


# "das Passwort der FRITZ!Box", "the password of the Wi-Fi": the next word owns the password.
_OWNER_BEFORE = re.compile(r"(?i)\b(?:der|des|du|de la|de|of|of the|for|for the|von|vom|для|от)\s+$")


def _typed_password(value: str) -> bool:
    """A value found a few words after the keyword with no "is" between: it must look typed, with a
    symbol such as ! # $ % & * + @, or upper and lower case letters and a digit."""
    if _NOT_TYPED.search(value):
        return False
    if re.search(r"[!#$%&*+@^~?=<>]", value):
        return True
    # "Einstellungen2", "Sessions2024": a word with a number is a label more often than a password.
    return not re.fullmatch(r"[A-Z]?[a-z]+\d+", value) and all(
        re.search(c, value) for c in (r"[a-z]", r"[A-Z]", r"\d"))


class _CredentialDetector(Detector):
    """Passwords in shapes the keyword detector does not parse: short YAML/INI keys, XML, prose."""

    def find(self, text: str) -> Iterator[Span]:
        for match in self.pattern.finditer(text):
            groups = ("k", "x", "e", "ev", "q", "t", "s", "p", "w")
            group = next((g for g in groups if match.group(g) is not None), None)
            if group is None:
                continue
            start, end = match.span(group)
            value = text[start:end]
            # Sentence punctuation is no part of the value, unless a "!" or "?" is followed by more of
            # it: "Zvezda0330!," and "Papillon76!." end in their "!".
            if not (value[-1] in "!?" and text[end:end + 1] in (",", ".", ";")):
                value = value.rstrip(".:)]}»!?")
            end = start + len(value)
            if "://" in value or value.startswith(("/", "www.")):  # a link, not a password
                continue
            # XML escapes the angle brackets of a placeholder: &lt;password&gt;.
            # A key that names the password (MYSQL_ROOT_PASSWORD: nebel#94nebel) vouches for a value
            # with less variety than a value found by its looks alone.
            entropy = 2.4 if group in ("k", "x", "e", "ev") else 2.8
            if not secret_value_ok(html.unescape(value) if group in ("x", "e", "ev") else value,
                                   min_entropy=entropy):
                continue
            if group == "w" and (not _typed_password(value) or _POINTER.search(text, match.start(), start)
                                 or _OWNER_BEFORE.search(text, max(0, start - 8), start)):
                continue
            # Prose values must look typed: a digit and three kinds of characters ("Morozko_2702kN").
            if group in ("s", "p", "q", "t", "w") and sum(
                    bool(re.search(c, value)) for c in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]|_")) < 3:
                continue
            yield start, end, value


def _entropic(min_entropy: float) -> Callable[[str, re.Match[str]], bool]:
    def check(text: str, match: re.Match[str]) -> bool:
        value = match.group(0)
        return (not _EXAMPLE.search(value) and not is_placeholder(value, keyword=False)
                and shannon_entropy(value) >= min_entropy)

    return check


_CAMEL_WORDS = re.compile(r"(?:[A-Z]?[a-z]{2,})+$")


def _mixed_case_entropic(min_entropy: float) -> Callable[[str, re.Match[str]], bool]:
    """`_entropic`, and the body has both an upper- and a lower-case letter (Hugging Face tokens)."""
    entropic = _entropic(min_entropy)

    def check(text: str, match: re.Match[str]) -> bool:
        value = match.group(0)
        body = value[3:]
        # 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 is an identifier in CamelCase words, not a random token.
        return (entropic(text, match) and body != body.lower() and body != body.upper()
                and not _CAMEL_WORDS.match(body))

    return check


# The key Azurite and the old storage emulator publish for `devstoreaccount1`: documentation, not a leak.
_AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def _azure_key(text: str, match: re.Match[str]) -> bool:
    # AccountKey= counts only inside a connection string: AccountName= earlier in the same line.
    value = match.group("v")
    line_start = text.rfind("\n", 0, match.start()) + 1
    return ("accountname=" in text[max(line_start, match.start() - 400) : match.start()].lower()
            and value != _AZURITE_KEY and not _EXAMPLE.search(value) and shannon_entropy(value) >= 4.5)


def _azure_sas(text: str, match: re.Match[str]) -> bool:
    # A shared access signature: sig= in a URL that also carries the service version sv=YYYY-MM-DD.
    url_start = max(0, match.start() - 600)
    for sep in (" ", "\n", "\t", '"', "'", "<", "("):
        url_start = max(url_start, text.rfind(sep, 0, match.start()) + 1)
    url_end = len(text)
    for sep in (" ", "\n", "\t", '"', "'", ">", ")"):
        found = text.find(sep, match.end())
        if found != -1:
            url_end = min(url_end, found)
    url = text[url_start:min(url_end, match.end() + 600)]
    value = match.group("v")
    return (bool(re.search(r"[?&]sv=\d{4}-\d{2}-\d{2}", url)) and not _EXAMPLE.search(value)
            and shannon_entropy(value) >= 4.0)


def _twilio(text: str, match: re.Match[str]) -> bool:
    # Account SID plus a 32-hex auth token next to it, or an API key SID (SK…): digits and letters both.
    value = next(v for v in match.group("t", "u", "k") if v is not None)
    body = value[-32:]
    return (not _EXAMPLE.search(value) and shannon_entropy(body) >= 3.0
            and any(ch.isdigit() for ch in body) and any(ch.isalpha() for ch in body))


def _discord(text: str, match: re.Match[str]) -> bool:
    # The first part of a bot token is the bot's user id (a snowflake of 17-20 digits) in base64url.
    first = match.group(0).split(".", 1)[0]
    try:
        user_id = base64.urlsafe_b64decode(first + "=" * (-len(first) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    return user_id.isdigit() and 17 <= len(user_id) <= 20 and _entropic(3.5)(text, match)


def _aws_secret(text: str, match: re.Match[str]) -> bool:
    value = match.group("v")
    return (not _EXAMPLE.search(value) and shannon_entropy(value) >= 4.0
            and bool(re.search(r"[A-Z]", value)) and bool(re.search(r"[a-z]", value)))


def _jwt(text: str, match: re.Match[str]) -> bool:
    head = match.group(0).split(".", 1)[0]
    try:
        decoded = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    except (ValueError, binascii.Error):
        return False
    return isinstance(decoded, dict) and "alg" in decoded


def _url_password(text: str, match: re.Match[str]) -> bool:
    value = match.group("v")
    return not is_placeholder(value) and not re.fullmatch(r"[*xX.]+|pass(?:word)?|pwd|\$\w+", value)


# Domains reserved for documentation and testing (RFC 2606, RFC 6761): nobody receives mail there.
# RFC 2606 names, and example.<country> (example.de, example.jp), which documentation uses the same way.
_RESERVED_DOMAIN = re.compile(r"(?i)(?:^|\.)(?:example\.[a-z]{2,3}|example|test|invalid|localhost)$")


# user@host that is a login, not a mailbox: the user part of a URL (scheme://user@host, also with
# "user:password@"), an ssh/scp/rsync target, or scp-style host:path right after the host.
_URL_USERINFO = re.compile(r"://[^\s/?#=&@]*$")
_SHELL_LOGIN = re.compile(
    r"(?i)\b(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id|telnet)\b(?:\s+-{1,2}[\w-]+(?:[ =][^\s@-][^\s@]*)?)*"
    r"(?:\s+[^\s@]+)?\s+$")
_HOST_PATH = re.compile(r":(?:\d|[/~]|[\w.-]+/)")


def _email(text: str, match: re.Match[str]) -> bool:
    value = match.group(0)
    if value.lower().startswith("git@") or _HOST_PATH.match(text, match.end()):
        return False
    before = text[max(0, match.start() - 200) : match.start()]
    if _URL_USERINFO.search(before) or _SHELL_LOGIN.search(before[-80:]):
        return False
    local, _, domain = value.partition("@")
    return not _RESERVED_DOMAIN.search(domain) and not _role_mailbox(local)


def _role_mailbox(local: str) -> bool:
    """noreply, billing, vendor-billing, sales.emea, refund-jp: a function's mailbox. A joined piece
    counts only from five letters on (it.lopez and hr.anna are people's addresses)."""
    if _ROLE_MAILBOX.match(local):
        return True
    pieces = re.split(r"[-._+]", local)
    return len(pieces) > 1 and any(len(piece) >= 5 and _ROLE_MAILBOX.match(piece) for piece in pieces)


# Mailboxes of a function, not a person (RFC 2142 and common practice): noreply@, support@, billing@ ...
_ROLE_MAILBOX = re.compile(
    r"(?i)^(?:no-?reply|do-?not-?reply|donotreply|info|support|contact|sales|billing|invoices?|accounts?"
    r"|admin|administrator|office|hello|team|help|helpdesk|service|customerservice|newsletter|marketing"
    r"|press|media|jobs|careers|hr|webmaster|postmaster|hostmaster|abuse|security|privacy|legal"
    r"|compliance|orders?|booking|reservations?|feedback|notifications?|alerts?|mailer-daemon|accounting"
    r"|finance|payroll|purchasing|procurement|reception|logistics|shipping|dispatch|delivery|warehouse"
    r"|fulfil+ment|returns|refunds|claims|operations|ops|it|itsupport|servicedesk|partners?|partnerships"
    r"|recruiting|recruitment|talent|events|research|payments|treasury|investors?|ir|pr|communications"
    r"|comms|editorial|editors?|newsroom|store|shop|devops|engineering|qa|tickets|hiring|membership"
    r"|members|registrations?|enquiries|inquiries|studio|dpo|datenschutz|gdpr|rgpd|hotline|dev|refund"
    r"|notices?|updates|news|info-?\w+"
    # ... and the same functions in German, French, Japanese and Russian (romanised): Buchhaltung,
    # comptabilité, 経理 (keiri), бухгалтерия (buh) ...
    r"|buchhaltung|rechnung(?:en)?|kontakt|vertrieb|verwaltung|bestellung(?:en)?|kundenservice|personal"
    r"|kundendienst|versand|logistik|einkauf|lager|technik|presse|bewerbung(?:en)?|karriere|empfang"
    r"|logistique|achats|livraison|expedition|recrutement|rh|direction|secretariat|standard"
    r"|zakupki|logistika|sklad|dostavka|pressa|ofis|kanc|kancelyariya|sekretariat"
    r"|compta|comptabilite|facturation|commercial|accueil|service-?client|keiri|soumu|jinji|eigyo"
    r"|otoiawase|uketsuke|buh|buhgalteria|bukhgalteria|kadry|zakaz|priemnaya|podderzhka|otdel-?kadrov)$")


def _with_cue(text: str, match: re.Match[str]) -> bool:
    return True


# --- the detectors ------------------------------------------------------------------------------------

_C = re.compile
_FIRST_NAMES_EN = (
    "James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew "
    "Anthony Mark Donald Steven Paul Andrew Joshua Kevin Brian George Edward Ronald Timothy Jason Jeffrey "
    "Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory "
    "Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Henry Douglas Peter Nathan Zachary "
    "Kyle Walter Harold Carl Arthur Gerald Roger Keith Lawrence Terry Sean Christian Ethan Austin Noah "
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret "
    "Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura "
    "Sharon Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine "
    "Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Olivia Julie Joyce Victoria "
    "Kelly Christina Lauren Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria "
    "Sophia Isabella Mia Charlotte Amelia Harper Abigail Ella Grace Chloe Alice Lucy Oliver Liam Lucas")
_FIRST_NAMES_DE = (
    "Hans Jürgen Klaus Wolfgang Stefan Uwe Dieter Günter Horst Helmut Werner Manfred Gerhard Karl Heinz "
    "Lukas Leon Felix Jonas Maximilian Moritz Paul Finn Tobias Florian Sebastian Matthias Andreas Markus "
    "Ursula Monika Petra Sabine Renate Helga Karin Brigitte Ingrid Gabriele Andrea Claudia Susanne "
    "Birgit Heike Katrin Anja Julia Lena Leonie Laura Lea Hannah Sophie Marie Johanna Greta Frieda")
_FIRST_NAMES_FR = (
    "Jean Pierre Michel André Philippe Alain Jacques Bernard René Louis François Nicolas Julien "
    "Thierry Olivier Christophe Sébastien Mathieu Antoine Hugo Théo Gabriel Arthur Raphaël Léo Jules "
    "Marie Nathalie Isabelle Sylvie Catherine Françoise Martine Christine Monique Valérie Sandrine "
    "Camille Chloé Léa Manon Inès Jade Louise Zoé Juliette Élise Amélie Céline Aurélie Émilie")
_FIRST_NAMES_RU = (
    "Александр Алексей Андрей Антон Артём Борис Вадим Василий Виктор Владимир Дмитрий Евгений Иван Игорь "
    "Константин Максим Михаил Николай Олег Павел Пётр Роман Сергей Юрий Анна Анастасия Валентина Галина "
    "Дарья Екатерина Елена Ирина Людмила Марина Мария Наталья Ольга Светлана Татьяна Юлия Ксения Софья")
_FAMILY_NAMES_JA = (
    "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水 "
    "山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 "
    # ... and the next most common (two characters or more: 東 or 南 alone would start 東京, 南口)
    "斉藤 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 "
    "上田 内田 柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 谷口 工藤 高田 今井 丸山 増田 杉山 村田 大塚 "
    "小山 平野 藤本 河野 上野 野口 武田 松井 千葉 岩崎 菅原 木下 久保 佐野 野村 松尾 菊地 杉本 市川 古川 "
    "大西 島田 水野 桜井 高野 渡部 吉川 山内 西田 飯田 菊池 西川 小松 北村 安田 五十嵐 川口 平田 中田 "
    "久保田 服部 岩田 土屋 川崎 福島 本田 樋口 秋山 田口 永井 山中 中西 吉村 川上 大橋 石原 松岡 浜田 "
    "馬場 森本 矢野 浅野 松下 星野 大久保 吉野 小池 野田 荒木 大谷 内藤 松浦 熊谷 黒田 尾崎 永田 川村 "
    "望月 田辺 松村 荒井 大島 平井 早川 菅野 栗原 西山 広瀬 横田 石橋 萩原 岩本 片山 関口 宮田 大石 高山 "
    "本間 吉岡 小田 岡崎 須藤 桑原 伊東 小西 鎌田 上原 篠原 小澤 福井 大川 奥村 今村 松永")

_EN_CAP = r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"
_LAT_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+(?:[-'][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+)?"
_CYR_CAP = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_JA_NAME = r"[\u4e00-\u9fff\u3005]{1,3}(?:[ \u3000]?[\u4e00-\u9fff\u3005\u3040-\u309f]{1,3})?"
# Capitalised words that follow a first name without being a surname.
_NOT_SURNAME = (
    "The|This|That|These|Those|And|But|Or|If|When|Then|Thanks|Thank|Hi|Hello|Dear|Yes|No|Please|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    "July|August|September|October|November|December|I|Street|Avenue|Road|Lane|Said|Says|Is|Was|Has|"
    "Had|Will|Would|Could|Should|Can|Der|Die|Das|Und|Le|La|Les|Et|Un|Une|Des|Du|De|Von|Van|Jr|Sr|"
    "Python|Java|Script|Code|Model|Data|Team|Group|University|Company|Inc|Ltd|GmbH|Corp|Bank|City|"
    "Hotel|Airport|Station|Park|River|Lake|Mountain|Island|Bay|Beach|Church|School|College|Museum|"
    "Foundation|Institute|Award|Prize|Cup|Game|Games|Show|Movie|Film|Book|Song|Album|Day|Week|Year")

_NAME_EN = (
    rf"(?:\b(?i:my name is|name is|name's|i am called|call me|signed|regards,|sincerely,)\s+"
    rf"|\b(?:Name|Full name|Patient|Customer|Employee|Contact)\s*:\s*"
    rf"|\b(?i:patient|customer|client|guest|passenger|employee|student|tenant|applicant|cardholder)"
    rf" (?i:name)\s*:\s*"
    rf"|\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+|\b(?:Miss|Sir|Madam)\s+|\bI,\s+(?={_EN_CAP}\s+{_EN_CAP},))"
    rf"(?P<n1>{_EN_CAP}(?:\s+{_EN_CAP}){{0,2}})"
)
_NAME_DE = (
    rf"(?:\b(?i:ich heiße|ich heisse|mein name ist|name lautet)\s+|\b(?:Herr|Frau|Herrn)\s+)"
    rf"(?P<n3>{_LAT_CAP}(?:\s+{_LAT_CAP}){{0,2}})"
)
_NAME_FR = (
    rf"(?:\b(?i:je m'appelle|je m’appelle|mon nom est|je suis)\s+|\b(?:M\.|Mme|Mlle|Monsieur|Madame)\s+)"
    rf"(?P<n5>{_LAT_CAP}(?:\s+{_LAT_CAP}){{0,2}})"
)
# Patronymics in every case: Сергеевна, Сергеевне, Сергеевной, Иванович, Ивановичу, Ильинична.
_PATRONYMIC = (r"(?:(?:ов|ев)ич(?:а|у|ем|е)?|ич(?:а|у|ем|е)?|(?:ов|ев|ин)?ичн(?:а|ы|е|у|ой|ою)"
               r"|(?:ов|ев)н(?:а|ы|е|у|ой|ою))")
# Russian surnames in every case: Лебедев, Лебедевой, Лебедеву, Пушкину, Достоевского.
_RU_SURNAME = (r"[А-ЯЁ][а-яё]+?(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ою|ых)?"
               r"|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую))(?![а-яё])")
_NAME_RU = (
    rf"(?:(?i:меня зовут|моё имя|мое имя|зовут)\s+|(?i:господин|госпожа|гражданин|гражданка)\s+)"
    rf"(?P<n7>{_CYR_CAP}(?:\s+{_CYR_CAP}){{0,2}})"
    rf"|(?P<n8>{_CYR_CAP}\s+[А-ЯЁ][а-яё]+?{_PATRONYMIC}(?![а-яё])(?:\s+{_CYR_CAP})?)"
)
_FAMILY_NAMES_JA_ALTERNATION = "|".join(_FAMILY_NAMES_JA.split())
_NAME_JA = (
    rf"(?:私の名前は|名前は|氏名[:：]\s*|わたしは)(?P<n10>{_JA_NAME})(?=です|と申します|といいます|[。、\s]|$)"
    rf"|(?P<n11>(?:{_FAMILY_NAMES_JA_ALTERNATION})(?:[ \u3000]?[\u4e00-\u9fff\u3005]{{1,3}})?)"
    rf"(?=[ \u3000]?(?:さん|様|さま|氏|先生|くん|君))"
    # Self-introductions: "田中太郎と申します", "はじめまして、山田花子です".
    rf"|(?:私は|わたしは|僕は|ぼくは)?(?P<n12>{_JA_NAME})(?=と申します|と言います|といいます|と申す)"
    rf"|(?:はじめまして|初めまして)[、。,!！\s]*(?:私は|わたしは|僕は|ぼくは)?(?P<n13>{_JA_NAME})(?=です)"
    rf"|(?P<n14>(?:{_FAMILY_NAMES_JA_ALTERNATION})[\u4e00-\u9fff\u3005]{{1,2}})"
    rf"(?<![市区町村県都府郡駅線店社業部課園院館所局港島山川寺薬堂屋])(?=です)"
    # "私は村上です": a known family name alone after "I am" (私は学生です is no name).
    rf"|(?:私は|僕は|わたしは)(?P<n15>(?:{_FAMILY_NAMES_JA_ALTERNATION}))(?=です|と申します)"
)


# --- first-name dictionaries: "Please forward this to Maren Brightwater", "Ольге Лебедевой" ---------

# Faker's locale name lists (a dependency) widen the hand lists above. Names that are also everyday
# words, places or brands ("Grace", "Chase", "Austin", "Mercedes") are left out of the Faker part:
# "Grace Period" and "Austin Texas" are no people.
_COMMON_WORDS = (
    "Amber Angel April August Aurora Austin Autumn Bill Brooklyn Carolina Chase Chelsea Christian "
    "Constance Crystal Daisy Dale Dawn Dean Destiny Diamond Don Drew Earl Ebony Eden Ernst Faith "
    "Florence Frank Georgia Glen Grace Guy Holly Hope Hunter Iris Ivy Jade Jan Jordan Joy Julia June "
    "Lily Madison Marine Mark Max May Melody Mercedes Misty Paige Pascal Pierce Raven Ray Robin Rose "
    "Ruby Sandy Star Summer Sydney Golden Said Else Line Beat Urban Roman India Israel Jesus Lance "
    "Mile Lean Edit Harm Mentor Silva Alba Lore Beau Demi Darin Amie Asia Tanner Valentine Victoria "
    "Virginia Will Wolf Page Major Royal "
    "Sterling Precious Harmony Heaven Trinity Unique Berry Miles Rich Rusty Sunny Skip Buck King "
    "Prince Justice Liberty Honor Mercy Charity Temperance Verity Felicity Serenity Baker Carter "
    "Cooper Fisher Mason Parker Porter Spencer Turner Walker Archer Bishop Butler Chance Fox Hawk "
    "Knight Moss Nash Reed Rush Stone Wade West Young Hall Brown White Green Gray Grey Black Price "
    "Cash Bond Banks Wood Woods Field Hill Ford Lincoln Dallas Houston Paris Adelaide Phoenix Denver "
    "Ocean Rain Storm Lucky Magic Olive Pepper Poppy Sage Scout Silver Story True Noel Christmas "
    "Easter Clement Constant Germain Innocent Modeste Prudence Victoire Claire Marin Blanche Reine "
    "Gay Kurt Otto Dirk Heil Fritz Ida Eve Ann Sue Kay Lee Del Dot Pat Rob Ben Tim Tom Art Bob Jack "
    "Bo Jo Li Gil Job Can Che Gun Jet Bas Kai Roy Ira Ava Leo Ian Amy Eva Ada Add Alpha Arch Asia "
    "Athena Atlas Author Bell Bird Blossom Brain Branch Cadence Carry Case Claude Colon Con Coral "
    "Cornell Darwin Delta Doc Dot Early Echo Edit Elif Else Emit Ever Fed Fleet Flint Forest French "
    "General Geo German Grant Handy Haven Hence Laurel Less Line Link Little Lone Long Love Mac Marshal "
    "Mat Math Maxx Media Meta Minor Nan Nat North Nova Octave Orange Patience Peer Pink Press Rand "
    "Reason Red Roll Sid Sim Sky Sol Son Spring Stanford Tab Tea Tex Theta Till Tiny Trace Unknown "
    "Unnamed Val Valencia Van Versa Violet Von Winter Wolfram Worth Zeta Apple Berry Cherry Candy "
    "Ginger Honey Jewel Lavender Lemon Marvel Mint Noble Sparrow Wren Zen Journey Legend Maverick "
    "Ranger Sailor Shadow Storm Titan River Ocean Rain Snow Cloud Sunshine Sonny Dusty Sugar Bunny "
    "Lady Duke Earl Baron Count Bishop Sheriff Judge Colonel Major Royal Queenie Kitty Happy Merry "
    "Bliss Dolly Goldie Candy Sandy Penny Cash Bud Butch Chip Chuck Dean Dick Doll Jimmy Rocky "
    "Sunday Monday Tuesday Friday Autumn Summer Winter Spring Marine Matt Nick Sage Noble "
    # from the wider locales below: places, virtues and everyday words in Spanish, Italian, Turkish
    # (names the lists already had, such as Rosa, Dolores or Santiago, stay names)
    "Angeles Lourdes Trinidad Guadalupe Soledad Montserrat Salvador Mar Paz Luz Sol Cielo Pilar "
    "Fortunato Celeste Bahar Esperanza Consuelo Amparo Milagros Remedios Socorro Fiore Speranza Sole "
    "Alegre Santos Reyes Blanca Nieves Octavia Giulietta")  # and car models (Skoda Octavia Combi)
_COMMON_WORD_NAMES = frozenset(_COMMON_WORDS.split())


def _faker_first_names(locales: Sequence[str]) -> frozenset[str]:
    """First names from Faker's person providers (data only; nothing of Faker runs but an import)."""
    import importlib

    found: set[str] = set()
    for locale in locales:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):  # Faker missing or a locale gone: the hand lists remain
            continue
        for name in (*getattr(provider, "first_names", ()), *getattr(provider, "first_romanized_names", ())):
            if isinstance(name, str) and len(name) >= 4 and re.fullmatch(_SIMPLE_NAME, name):
                found.add(name)
    return frozenset(found)


_SIMPLE_NAME = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿßа-яё]+(?:-[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿßа-яё]+)?"
FIRST_NAMES_LATIN = frozenset(
    _FIRST_NAMES_EN.split() + _FIRST_NAMES_DE.split() + _FIRST_NAMES_FR.split()) | (
    # English-language chats name people from everywhere: Priya, Chinedu, Mateus, Agnieszka, Hiroshi.
    _faker_first_names(("en_US", "en_GB", "en_IE", "en_NZ", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH",
                        "en_IN", "es_ES", "es_MX", "pt_BR", "it_IT", "pl_PL", "nl_NL", "tr_TR", "yo_NG",
                        "zu_ZA", "sw", "ja_JP"))
    - _COMMON_WORD_NAMES)
FIRST_NAMES_RU = frozenset(_FIRST_NAMES_RU.split()) | _faker_first_names(("ru_RU",))
_MORE_NOT_SURNAMES = (
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun Montag Dienstag "
    "Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März Mai Juni Juli Oktober Dezember "
    "Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche English German French Russian Japanese "
    "Spanish Italian American British Deutsch Français Europe America Africa Asia London Berlin "
    "Paris Tokyo Moscow Texas California Florida York Jersey Boston Chicago Washington Canada "
    "Germany France Japan Russia Ireland Scotland England Wales Australia Austria Switzerland "
    "Bayern München Hamburg Köln Wien Zürich Lyon Marseille Here There Now Today Tomorrow Yesterday "
    "Also Maybe Sorry Okay Ok Well Oh Good Great Best Mein Meine Ich Sie Er Wir Ihr Bitte Danke Je Il "
    "Elle Nous Vous Merci Oui Non Bonjour Merci Mit Ohne Für Pour Avec Sans Chez After Before From "
    "With Without For To In On At Of By As Our Your My His Her Their Its We You He She They It "
    "Not Only Just Even Still All Any Some Every Each Both Do Does Did Are Were Be Been Being Am "
    "Boss Vuitton Lauren Klein Hilfiger Kors Benz Royce Cola Pan Claus Doe Roe Mustermann Musterfrau "
    "Dupont Bloggs Public Sample Example Test User Admin Support Service Services Office Store Shop "
    "Center Centre Hospital Clinic Library Bridge Tower Palace Castle Hall Square Market Road "
    "Boulevard Drive Court Place Way Terrace Parkway Straße Strasse Platz Allee Weg Gasse Rue "
    "Avenue Chemin Quai Hauptbahnhof Bahnhof Flughafen Universität Schule Kirche Dom Read Write "
    "Access Sync Update Delete Edit Create Add Remove Open Close Save Load Run Start Stop Reset Set "
    "Get Send Post Login Logout Sign Account Policy Group Role Admin Settings Permission Permissions "
    "Period Plan Pro Plus Premium Edition Version Release Series Collection Card Pass Mode Level")
_NOT_SURNAME_SET = frozenset(_NOT_SURNAME.split("|")) | frozenset(_MORE_NOT_SURNAMES.split())
# Cyrillic first names also stand in other cases: Ольге, Ольгу, Ольгой, Ивану, Сергею, Марии.
_RU_NAME_ENDINGS = ("", "а", "я", "й", "ь")


def _russian_first_name(word: str) -> bool:
    if word in FIRST_NAMES_RU:
        return True
    for cut in (1, 2):
        stem = word[:-cut]
        if len(stem) >= 2 and any(stem + end in FIRST_NAMES_RU for end in _RU_NAME_ENDINGS):
            return True
    return False


def _name_triggers() -> tuple[str, ...]:
    """Prefilter literals for Russian dictionary names: stems, so that every case form wakes it."""
    return tuple(sorted({name[:-1] if name[-1] in "аяйь" and len(name) > 3 else name
                         for name in FIRST_NAMES_RU}))


_PAIR_LATIN = re.compile(
    rf"(?<![\w\-'’.])(?P<f>{_LAT_CAP})[ \t]+"
    # O'Connor, D'Amico, McAllister, van der Berg, de la Cruz
    rf"(?=(?P<l>(?:(?:van|von|de|da|di|du|del|della|der|den|ten|ter|le|la)[ \t]+){{0,2}}"
    rf"(?:[OD]['’]|Mc|Mac)?{_LAT_CAP})(?![\w\-]))")
_PAIR_RU = re.compile(rf"(?<![\w\-])(?P<f>[А-ЯЁ][а-яё]+)[ \t]+(?=(?P<l>{_RU_SURNAME}))")


def dictionary_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a dictionary first name followed by a capitalised surname (no cue needed)."""
    for match in _PAIR_LATIN.finditer(text):
        if match.group("f") in FIRST_NAMES_LATIN and match.group("l").split()[-1] not in _NOT_SURNAME_SET:
            yield match.start("f"), match.end("l")
    if not text.isascii():
        for match in _PAIR_RU.finditer(text):
            if _russian_first_name(match.group("f")):
                yield match.start("f"), match.end("l")


def _name(text: str, match: re.Match[str]) -> bool:
    return True


# Capitalised words after a name cue that are no name: "Customer: My router ...", "Regards, Accounts
# team", "Contact: Sales".
_NOT_NAME_WORDS = frozenset((
    "My", "Our", "Your", "The", "This", "That", "These", "Those", "We", "I", "It", "Hi", "Hello", "Dear",
    "Thanks", "Thank", "Please", "Team", "Support", "Sales", "Accounts", "Billing", "Customer", "Service",
    "Admin", "Management", "Staff", "Everyone", "All", "Mein", "Meine", "Unser", "Unsere", "Ihr", "Ihre",
    "Der", "Die", "Das", "Mon", "Ma", "Mes", "Notre", "Votre", "Le", "La", "Les", "Мой", "Моя", "Наш",
    "Наша", "Ваш", "Ваша"))
_TEAM_AFTER = re.compile(r"\s+(?:team|department|dept|office|desk|group|support|service|Team|Abteilung"
                         r"|équipe|отдел|команда)\b")


def _not_a_name(text: str, end: int, value: str) -> bool:
    """A cue followed by a function word or a department ("Accounts team") rather than a name."""
    first = value.split()[0] if value.split() else value
    return first in _NOT_NAME_WORDS or (" " not in value and bool(_TEAM_AFTER.match(text, end)))


def _name_span(match: re.Match[str]) -> tuple[int, int]:
    for key in ("n1", "n3", "n5", "n7", "n8", "n10", "n11", "n12", "n13", "n14", "n15"):
        if match.group(key) is not None:
            return match.span(key)
    return match.span()


# Surnames of very famous people and characters: not private persons where the text around them reads
# like an encyclopaedia or a book ("wrote", "the novel", "Märchen", "писатель", "作家"). Cyrillic entries
# are stems, so that every case form counts (Толстой, Толстого, Толстому).
_FAMOUS = (
    "Tolstoy Tolstoi Dostoevsky Dostoyevsky Pushkin Chekhov Gogol Turgenev Nabokov Shakespeare Dickens "
    "Austen Brontë Bronte Twain Hemingway Orwell Tolkien Rowling Poe Wilde Joyce Woolf Kafka Goethe "
    "Schiller Lessing Heine Rilke Brecht Grass Hesse Mann Hugo Balzac Zola Flaubert Proust Voltaire "
    "Molière Moliere Camus Sartre Dumas Verne Baudelaire Rimbaud Einstein Newton Darwin Curie Galilei "
    "Galileo Tesla Edison Planck Bohr Heisenberg Hawking Feynman Turing Lovelace Pasteur Freud Marx "
    "Engels Kant Hegel Nietzsche Descartes Rousseau Bach Mozart Beethoven Wagner Brahms Schubert "
    "Chopin Debussy Tchaikovsky Picasso Monet Manet Renoir Cézanne Gogh Rembrandt Dürer Klimt "
    "Michelangelo Raphael Leonardo Napoleon Bonaparte Bismarck Luther Lincoln Washington Churchill "
    "Gandhi Mandela Kennedy Roosevelt Obama Merkel Macron Putin Gorbachev Stalin Lenin Gagarin "
    "Armstrong Holmes Watson Moriarty Poirot Marple Holle Grimm Bean Potter Weasley Granger Dumbledore "
    "Darcy Bennet Rochester Eyre Gatsby Sawyer Finn Poppins Pan Hood Bond Skywalker Frankenstein "
    "Dracula Jekyll Hyde Quixote Crusoe Gulliver Karenina Bovary Valjean Maigret Lupin Münchhausen "
    "Rumpelstilzchen Schneewittchen Aschenputtel Rotkäppchen Simpson Mustermann "
    # writers, artists, musicians
    "Asimov Christie Poe Lindgren Dickinson Whitman Melville Hawthorne Steinbeck Faulkner Fitzgerald "
    "Salinger Vonnegut King Atwood Morrison Angelou Eliot Byron Keats Shelley Wordsworth Chaucer Milton "
    "Defoe Swift Stevenson Kipling Conan Doyle Tolkien Lewis Huxley Bradbury Orwell Golding Rushdie "
    "Ishiguro Murakami Cervantes Dante Petrarca Boccaccio Ibsen Strindberg Andersen Grimm Fontane "
    "Storm Hauptmann Zweig Remarque Böll Süßkind Kästner Busch Hölderlin Novalis Kleist Büchner "
    "Schopenhauer Wittgenstein Heidegger Arendt Luxemburg Dürrenmatt Frisch Musil Schnitzler "
    "Montaigne Racine Corneille Stendhal Maupassant Sand Colette Duras Beauvoir Apollinaire Prévert "
    "Saint-Exupéry Exupéry Piaf Brel Aznavour Gainsbourg Lagerfeld Chanel Dior Gaultier "
    "Vivaldi Verdi Puccini Rossini Handel Händel Haydn Schumann Liszt Mahler Strauss Bruckner "
    "Stravinsky Ravel Bizet Berlioz Gershwin Bernstein Presley Lennon McCartney Jagger Dylan Cobain "
    "Mercury Bowie Jackson Madonna Beyoncé Swift Sinatra Armstrong Ellington Hendrix Marley "
    "Rembrandt Vermeer Botticelli Caravaggio Titian Velázquez Goya Dalí Miró Matisse Gauguin Degas "
    "Kandinsky Warhol Pollock Kahlo Rivera Magritte Munch Hokusai Hiroshige "
    # scientists, inventors, explorers
    "Copernicus Kepler Faraday Maxwell Rutherford Schrödinger Pauli Dirac Fermi Oppenheimer Sagan "
    "Hubble Mendel Linnaeus Humboldt Gauss Euler Leibniz Pascal Fermat Riemann Hilbert Noether "
    "Babbage Hopper Berners-Lee Torvalds Gates Jobs Wozniak Zuckerberg Bezos Musk Ford Benz Daimler "
    "Diesel Bosch Siemens Nobel Pavlov Koch Röntgen Meitner Hahn Franklin Bell Marconi Edison "
    "Columbus Magellan Cook Amundsen Earhart Lindbergh Gagarin Aldrin Tereshkova Nightingale "
    # statesmen, activists, royals
    "Caesar Cleopatra Alexander Charlemagne Elizabeth Victoria Tudor Habsburg Romanov Bismarck "
    "Adenauer Brandt Schmidt Kohl Schröder Scholz Merkel Weizsäcker Steinmeier Thatcher Blair "
    "Jefferson Madison Hamilton Adams Roosevelt Truman Eisenhower Nixon Reagan Clinton Bush Trump "
    "Biden Kennedy Lincoln Grant Parks Malcolm Luther Gandhi Nehru Mandela Tutu Thunberg Yousafzai "
    "Gaulle Mitterrand Chirac Sarkozy Hollande Macron Veil Pompidou Robespierre Danton Marat "
    "Yeltsin Khrushchev Brezhnev Trotsky Rasputin Lomonosov Mendeleev Tchaikovsky Rachmaninoff "
    "Stravinsky Prokofiev Shostakovich Bulgakov Pasternak Solzhenitsyn Akhmatova Tsvetaeva Lermontov "
    # film, sport
    "Chaplin Hitchcock Kubrick Spielberg Scorsese Tarantino Coppola Lucas Cameron Nolan Kurosawa "
    "Miyazaki Monroe Hepburn Bogart Brando DiCaprio Pitt Jolie Streep Hanks Cruise Depp Chan Lee "
    "Ali Pelé Maradona Messi Ronaldo Beckenbauer Federer Nadal Djokovic Williams Graf Becker Bolt "
    "Jordan Phelps Schumacher Senna Hamilton Gretzky Woods "
    # characters
    "Twist Copperfield Scrooge Gray Ahab Pippi Langstrumpf Heidi Faust Mephisto Gretchen Werther "
    "Zarathustra Oblomov Raskolnikov Karamazov Onegin Zhivago Marple Bond Wonka Gump Skywalker "
    "Vader Kenobi Baggins Gandalf Frodo Lannister Stark Targaryen Simpson Bart")
_FAMOUS_SURNAMES = frozenset(_FAMOUS.split())
_FAMOUS_STEMS_RU = (
    "Булгаков", "Ахматов", "Гагарин", "Королёв", "Терешков", "Пастернак", "Бродск", "Высоцк", "Шукшин",
    "Тарковск", "Эйзенштейн", "Плисецк", "Нуреев", "Шаляпин", "Суворов", "Кутузов", "Жуков", "Ельцин",
    "Поттер", "Шерлок", "Ахиллес", "Наполеон", "Моцарт", "Бетховен", "Бах", "Дарвин", "Кюри",

    "Толст", "Пушкин", "Чехов", "Достоевск", "Гогол", "Тургенев", "Лермонтов", "Менделеев", "Гагарин",
    "Чайковск", "Ломоносов", "Булгаков", "Пастернак", "Набоков", "Солженицын", "Ахматов", "Цветаев",
    "Есенин", "Маяковск", "Рахманинов", "Шостакович", "Прокофьев", "Глинк", "Репин", "Левитан",
    "Толстой", "Каренин", "Онегин", "Раскольников", "Обломов", "Ленин", "Сталин", "Петр",
    "Пётр", "Екатерин", "Путин", "Горбачёв", "Горбачев", "Ельцин", "Павлов", "Королёв", "Циолковск",
    "Холмс", "Ватсон", "Эйнштейн", "Ньютон", "Шекспир", "Гёте", "Гете",
)
_FAMOUS_JA = (
    "夏目漱石", "芥川龍之介", "太宰治", "川端康成", "三島由紀夫", "村上春樹", "宮沢賢治", "樋口一葉",
    "紫式部", "清少納言", "松尾芭蕉", "葛飾北斎", "宮崎駿", "黒澤明", "手塚治虫", "福沢諭吉", "野口英世",
    "北里柴三郎", "湯川秀樹", "伊藤博文", "坂本龍馬", "徳川家康", "織田信長", "豊臣秀吉", "聖徳太子",
    "大谷翔平", "鈴木一朗", "安倍晋三", "岸田文雄", "石破茂", "明智光秀", "西郷隆盛", "源頼朝",
)
_ENCYCLOPAEDIC = re.compile(
    r"(?i)\b(?:born|born in|born at|died|wrote|written by|painted|composed|discovered|invented|founded|"
    r"published|the novel|novels?|novelist|fairy[- ]?tales?|story|stories|poem|poet|poetry|play|plays|"
    r"playwright|opera|symphony|painter|painting|composer|writer|author|physicist|chemist|scientist|"
    r"philosopher|mathematician|inventor|president|chancellor|emperor|king|queen|tsar|czar|century|"
    r"nobel|theory|relativity|character|fictional|detective|sitcom|series|film|movie|saga|legend|"
    r"biography|museum|statue|monument|famous|historical|history|directed|director|released|album|"
    r"singer|sang|songwriter|actor|actress|starred|scored|won|champion|olympic|world cup|grand slam|"
    r"activist|prime minister|heroine|hero|created|invented|pioneer|explorer|astronaut|aviator|"
    r"nurse|trumpet|band|designer|fashion|the first|chancellor|senator|governor|"
    r"geboren in|starb|schrieb|malte|komponierte|entdeckte|erfand|roman|märchen|erzählung|gedicht|"
    r"dichter|schriftsteller|maler|komponist|physiker|philosoph|jahrhundert|brüder grimm|figur|"
    r"né à|né en|née à|mort|a écrit|écrivain|conte|poète|peintre|compositeur|physicien|siècle|"
    r"personnage|auteur|œuvre|oeuvre|chanteu\w+|chantait|réalisateur|ministre|président|présidente|"
    r"actrice|acteur|sängerin|sänger|schauspieler\w*|regisseur|modeschöpfer|weltmeister\w*|"
    r"erfinder|entdecker)\b|kanzler|politiker"
    r"|(?:писател|написал|роман|сказк|поэт|поэм|композитор|художник|учён|учен|физик|химик|философ|"
    r"родился в|умер|век[ае]?\b|персонаж|произведени|повест|рассказ|пьес|император|царь|царица|"
    r"президент|памятник|музей|великий|великая|знаменит|космос|космонавт|поэтесс|певиц|певец|актёр|"
    r"актер|актрис|режиссёр|режиссер|чемпион|полководец|генсек|премьер)"
    r"|作家|小説|童話|画家|作曲家|詩人|世紀|物理学者|科学者|哲学者|生まれ|歴史|武将|将軍|天皇|首相|代表作|作品")
# Fictional characters and brands written with an honorific: never a private person.
_HONORIFIC_NOT_PERSON = frozenset(
    ("Bean", "Clean", "Proper", "Muscle", "Pepper", "Oetker", "Seuss", "Who", "Spock", "Robot", "Magoo",
     "Freeze", "Jekyll", "Doolittle", "Frankenstein", "Doubtfire", "Incredible", "Holle", "Hyde",
     "Poppins", "Potato Head", "Burns", "Smithers", "Krabs", "Tumnus", "Darcy", "Hudson"))
# Names that stand for no one: placeholders in forms and documentation.
_PLACEHOLDER_NAMES = frozenset((
    "John Doe", "Jane Doe", "John Roe", "Jane Roe", "Richard Roe", "Joe Bloggs", "John Q. Public",
    "Max Mustermann", "Erika Mustermann", "Maria Musterfrau",
    "Иван Иванов", "Иван Иванович Иванов", "Пётр Петров"))
_PUBLIC_FIGURES = frozenset((
    "Marie Curie", "Albert Einstein", "Isaac Newton", "Charles Darwin", "Ada Lovelace", "Alan Turing",
    "Nikola Tesla", "Thomas Edison", "Galileo Galilei", "Johann Sebastian Bach", "Ludwig van Beethoven",
    "Wolfgang Amadeus Mozart", "William Shakespeare", "Leonardo da Vinci", "Pablo Picasso",
    "Vincent van Gogh", "Abraham Lincoln", "George Washington", "Martin Luther", "Martin Luther King",
    "Karl Marx", "Johann Wolfgang", "Friedrich Schiller", "Otto von Bismarck", "Napoléon Bonaparte",
    "Victor Hugo", "Louis Pasteur", "Jean-Paul Sartre", "Simone de Beauvoir", "Charles de Gaulle",
    "Jeanne d'Arc", "Joan of Arc", "Winston Churchill", "Elizabeth II", "Queen Elizabeth",
    "Mahatma Gandhi", "Nelson Mandela", "Stephen Hawking", "Richard Feynman", "Rosalind Franklin",
    "Grace Hopper", "Max Planck", "Sigmund Freud", "Emmanuel Macron", "Angela Merkel", "Olaf Scholz",
    "Barack Obama", "Donald Trump", "Joe Biden", "Elon Musk", "Bill Gates", "Steve Jobs",
    "Leo Tolstoy", "Anne Frank", "Jane Austen", "Charles Dickens", "George Orwell", "Mark Twain",
    "Thomas Mann", "Franz Kafka", "Emily Brontë", "Charlotte Brontë", "Virginia Woolf", "James Joyce",
    "Oscar Wilde", "Sherlock Holmes", "John Watson", "Harry Potter", "Hermione Granger", "James Bond",
    "Peter Pan", "Robin Hood", "Mary Poppins", "Tom Sawyer", "Huckleberry Finn", "Jane Eyre",
    "Anna Karenina", "Santa Claus", "Hercule Poirot", "Miss Marple", "Claude Monet", "Frida Kahlo",
    "Johann Wolfgang von Goethe", "Heinrich Heine", "Bertolt Brecht", "Hermann Hesse", "Günter Grass",
    "Marie Antoinette", "Louis XIV", "Alexandre Dumas", "Jules Verne", "Émile Zola", "Albert Camus",
    "Marcel Proust", "Gustave Flaubert", "Jeanne Moreau", "Edith Piaf", "Coco Chanel",
    "Лев Толстой", "Фёдор Достоевский", "Александр Пушкин", "Антон Чехов", "Дмитрий Менделеев",
    "Юрий Гагарин", "Пётр Чайковский", "Владимир Путин", "Михаил Горбачёв",
    "徳川家康", "織田信長", "豊臣秀吉", "坂本龍馬", "夏目漱石", "野口英世",
))


_FIRST_PERSON = re.compile(
    r"(?i)\b(?:my|me|our|us|mine|mein\w*|mir|mich|uns\w*|mon|ma|mes|moi|nous|notre|nos)\b"
    r"|(?<![а-яё])(?:мой|моя|моё|мои|мне|меня|мною|нам|нас|наш\w*)(?![а-яё])|私|僕|わたし|弊社")


_STEMS_RU = "|".join(sorted(set(_FAMOUS_STEMS_RU), key=len, reverse=True))
_FAMOUS_STEM_RU = re.compile(rf"(?:{_STEMS_RU})[а-яё]{{0,3}}")


def _famous_token(word: str) -> bool:
    if word in _FAMOUS_SURNAMES:
        return True
    return ("А" <= word[:1] <= "я" or word[:1] == "Ё") and bool(_FAMOUS_STEM_RU.fullmatch(word))


_OLD_YEAR = re.compile(r"(?<!\d)1[0-8]\d\d(?!\d|-\d|\s*(?:hours|hrs|h\b|Uhr))")


def _not_a_private_person(text: str, start: int, value: str) -> bool:
    """A famous or placeholder name, a character with an honorific, or a famous surname in
    encyclopaedic or literary prose (Толстой wrote, Frau Holle ist ein Märchen)."""
    if value in _PUBLIC_FIGURES or value in _PLACEHOLDER_NAMES:
        return True
    if value[:1] >= "\u3000" and any(value.startswith(name) for name in _FAMOUS_JA):
        return True
    before = text[max(0, start - 6) : start]
    if value in _HONORIFIC_NOT_PERSON and re.search(r"\b(?:Mr|Mrs|Ms|Dr|Herr|Frau)\.?\s+$", before):
        return True
    # A year before 1900 beside the name makes it history ("completed in 1762 by Nicola Salvi"), unless
    # the name is someone's ("my grandfather Johann Berger, born 1899").
    near = text[max(0, start - 80) : start + len(value) + 80]
    if _OLD_YEAR.search(near) and not _POSSESSIVE.search(near):
        return True
    words = re.split(r"[\s\-]+", value)
    following = re.match(r"\s+([A-ZÀ-ÖØ-ÞА-ЯЁ][\w\-]+)", text[start + len(value) : start + len(value) + 40])
    if following:
        words.append(following.group(1))
    if not any(_famous_token(word) for word in words):
        return False
    # "My colleague Daniel King wrote to me": first-person words close by make it personal.
    if _FIRST_PERSON.search(text[max(0, start - 60) : start + len(value) + 60]):
        return False
    around = text[max(0, start - 160) : start + len(value) + 160]
    # "Sherlock Holmes und Dr. Watson": a famous full name nearby is context enough.
    return bool(_ENCYCLOPAEDIC.search(around)) or any(
        name in around for name in _PUBLIC_FIGURES if name != value and len(name) > 6)


def famous_nearby(text: str, start: int, end: int) -> bool:
    """Whether a famous person or character is named close to a span (Einstein's birthday is no DOB)."""
    window = text[max(0, start - 120) : end + 120]
    if any(name in window for name in _FAMOUS_JA):
        return True
    return any(_famous_token(word) for word in re.findall(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w\-]+", window))


_I_AM = re.compile(r"\bI(?:'m|’m| am)\b|\bich bin\b|\bje suis\b|\bя\b")
_YEAR = re.compile(r"(?<!\d)(1[0-9]\d\d|2\d\d\d)(?!\d)")


def _birth_date(text: str, match: re.Match[str]) -> bool:
    # Nobody alive was born before 1900, and nobody yet after this year (ドラえもん: 2112年9月3日).
    year = _YEAR.search(match.group(0))
    if year and not 1900 <= int(year.group(1)) <= datetime.date.today().year:
        return False
    # "I'm Keiko Brandt, born 14 March 1987": the writer's own birthday, whoever shares the surname.
    if _FIRST_PERSON.search(text, max(0, match.start() - 80), match.start()) or _I_AM.search(
            text, max(0, match.start() - 80), match.start()):
        return True
    # "Ребёнок: Павлов Игорь, дата рождения …": a child or patient, whatever famous surname they share.
    if _POSSESSIVE.search(text, max(0, match.start() - 120), match.start()) or _KIN.search(
            text, max(0, match.start() - 120), match.start()):
        return True
    return not famous_nearby(text, match.start(), match.end())


_KIN = re.compile(r"(?i)\b(?:son|daughter|child|kid|patient|pupil|student|sohn|tochter|kind|enfant|fils|fille"
                  r"|élève)\b|сын|дочь|дочер|ребён|ребен|пациент|учени|息子|娘|子供|患者|生徒")


# Addresses of landmarks, governments and company head offices are public, not anyone's home.
_PUBLIC_PLACE = re.compile(
    r"(?i)\b(?:white house|capitol|pentagon|parliament|congress|senate|embassy|consulate|ministry|"
    r"city hall|town hall|government|palace|castle|cathedral|museum|tower|stadium|arena|monument|"
    r"memorial|landmark|opera house|headquarters|head office|head-office|hq|corporate office|"
    r"registered office|main office|campus|flagship store|rathaus|bundesrat|kanzleramt|"
    r"schloss|dom|brandenburger tor|élysée|elysée|palais|mairie|préfecture|ambassade|musée|tour eiffel|"
    r"siège social|siège|louvre|notre-dame|prime minister|official residence|residence of the|"
    r"premierminister|amtssitz|résidence officielle)\b"
    # German compounds: Bundeskanzleramt, Finanzministerium, Stadtmuseum, Konzernzentrale.
    r"|(?:kanzleramt|ministerium|botschaft|museum|rathaus|hauptsitz|firmensitz|zentrale|schloss"
    r"|bundesrat)(?:e?s)?\b|reichstag\w*|bundestag\w*"
    r"|\b(?:ihren|seinen) sitz\b|\bsitz (?:der|des) (?:firma|gesellschaft|unternehmens|konzerns)"
    r"|кремл|музе|посольств|министерств|правительств|штаб-квартир|главный офис|головной офис|"
    r"театр|собор|дворец|мэри[яи]|резиденци"
    r"|タワー|城|神社|寺|美術館|博物館|大使館|庁|役所|役場|国会|本社|本店|本部|記念館|スカイツリー|ドーム")
_PERSONAL_PLACE = re.compile(
    r"(?i)\b(?:i live|we live|my (?:home|house|flat|apartment|address)|home address|ship (?:it )?to|"
    r"deliver (?:it )?to|send (?:it )?to|mail (?:it )?to|wohne|meine adresse|meine anschrift|"
    r"lieferadresse|j'habite|mon adresse|domicile|livrez|живу|мой адрес|доставьте)\b"
    r"|自宅|住んで|私の住所|届け先|送り先")


# Plain substrings that any _PUBLIC_PLACE match contains: a cheap test before the regex.
_PUBLIC_PLACE_HINTS = (
    "white", "capitol", "pentagon", "parliament", "congress", "senate", "embass", "consul", "minist", "hall",
    "govern", "palace", "castle", "cathedral", "museum", "tower", "stadium", "arena", "monument", "memorial",
    "landmark", "opera", "headquarter", "head", "hq", "office", "campus", "flagship", "rathaus", "bundes",
    "reichstag", "kanzler", "botschaft", "schloss", "dom", "tor", "élysée", "elysée", "palais", "mairie",
    "préfecture", "ambassade", "musée", "eiffel", "siège", "louvre", "notre", "prime", "residence",
    "premier", "amtssitz", "résidence", "sitz", "zentrale", "кремл", "музе", "посольств", "министерств",
    "правительств", "штаб", "офис", "театр", "собор", "дворец", "мэри", "резиденци", "タワー", "城", "神社",
    "寺", "美術館", "博物館", "大使館", "庁", "役所", "役場", "国会", "本社", "本店", "本部", "記念館",
    "スカイツリー", "ドーム")


# Books and screens: with a famous character nearby, an address is the story's (4 Privet Drive).
_STORY = re.compile(r"(?i)\b(?:books?|buch|bücher|livres?|chapters?|kapitel|chapitre|episode|folge|épisode"
                    r"|scene|szene|scène)\b|книг|главе|серии|作中|原作|アニメ|漫画")


# Form and documentation stand-ins: Musterstraße 1, 12345 Musterstadt; 123 Main Street, Anytown.
_PLACEHOLDER_ADDRESS = re.compile(r"(?i)muster|anytown|sample|example|exemple|beispiel|\b12345\b|\b00000\b")


def _famous_in_a_story(text: str, start: int, end: int) -> bool:
    """A famous person or character named near text[start:end], in encyclopaedic or story prose around
    it: a place there is theirs."""
    wide = text[max(0, start - 160) : end + 160]
    return bool(_ENCYCLOPAEDIC.search(wide) or _STORY.search(wide)) and famous_nearby(text, start, end)


def _street(text: str, match: re.Match[str]) -> bool:
    if _PLACEHOLDER_ADDRESS.search(match.group(0)):
        return False
    # Streets named after famous people (avenue Victor Hugo, ул. Ленина) are ordinary home addresses.
    around = text[max(0, match.start() - 100) : match.start()] + " " + text[match.end() : match.end() + 60]
    if _PERSONAL_PLACE.search(around):
        return True
    if not _FIRST_PERSON.search(around) and _famous_in_a_story(text, match.start(), match.end()):
        return False
    low = around.lower()
    if not any(hint in low for hint in _PUBLIC_PLACE_HINTS):
        return True
    return not _PUBLIC_PLACE.search(around)


# A request for fiction: the names in the answer are the story's characters.
_FICTION_REQUEST = re.compile(
    r"(?i)\b(?:stor(?:y|ies)|backstory|plot|novel|character|screenplay|script|poem|tale|villain|hero(?:ine)?"
    r"|fiction(?:al)?|fantasy|dialogue|scene|geschichte|erzählung|märchen|figur|drehbuch|gedicht|handlung"
    r"|histoire|récit|conte|personnage|roman|intrigue|scénario|poème)\b"
    r"|рассказ|сказк|персонаж|сюжет|роман|повест|сценари|物語|小説|キャラ|あらすじ|脚本|童話")
_MAKE_OR_RETELL = re.compile(
    r"(?i)\b(?:write|tell|give|create|make|invent|imagine|summari[sz]e|come up with|generate|draft|compose"
    r"|continue|outline|retell|schreib\w*|erzähl\w*|erfinde\w*|fass\w* zusammen|denk\w* dir|écri[st]\w*"
    r"|racont\w*|invent\w*|imagin\w*|résum\w*|rédige\w*|propose\w*)\b"
    r"|напиш|расскаж|придума|перескаж|сочин|書いて|作って|考えて|要約|教えて")
CONTEXTUAL = frozenset(("pii.street_address", "pii.person_name", "pii.date_of_birth"))
# "my neighbour", "notre voisine", "моя соседка": the question is about someone the writer knows.
_POSSESSIVE = re.compile(r"(?i)\b(?:my|our|mein\w*|unser\w*|mon|ma|mes|notre|nos)\b"
                         r"|(?<![а-яё])(?:мо[йяеи]|наш\w*)(?![а-яё])|私の|僕の|うちの|弊社")


def public_by_question(category: str, before: str, around: str) -> bool:
    """Whether a finding in an answer is public because of what the earlier turn asked: the address of
    the White House, the plot of a novel, a story with invented names, a famous person's birthday.
    A question in the first person (my neighbour, mon adresse) never makes an answer public, nor does
    an answer that itself says the address is someone's (`around`: the answer near the finding)."""
    if _POSSESSIVE.search(before) or _PERSONAL_PLACE.search(before):
        return False
    if category == "pii.street_address":
        if _PERSONAL_PLACE.search(around):
            return False
        return bool(_PUBLIC_PLACE.search(before)) or _famous_in_a_story(before, 0, len(before))
    if category == "pii.person_name":
        return bool(_FICTION_REQUEST.search(before) and _MAKE_OR_RETELL.search(before))
    if category == "pii.date_of_birth":
        return famous_nearby(before, 0, len(before))
    return False


class _NameDetector(Detector):
    """Names from cue phrases, honorifics, first-name dictionaries and Russian patronymics."""

    def find(self, text: str) -> Iterator[Span]:
        spans: list[tuple[int, int]] = []
        for match in self.pattern.finditer(text):
            start, end = _name_span(match)
            value = text[start:end]
            # "je suis Heureux" is an adjective; a name after a cue has at least one capital and
            # "je suis" needs two capitalised words.
            if match.group("n5") is not None and "je suis" in match.group(0).lower() and " " not in value:
                continue
            spans.append((start, end))
        spans.extend(dictionary_names(text))
        seen: list[tuple[int, int]] = []
        for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
            if any(start < e and end > s for s, e in seen):
                continue
            seen.append((start, end))
            value = text[start:end]
            if _not_a_name(text, end, value) or _not_a_private_person(text, start, value):
                continue
            yield start, end, value


_DATE = (
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|\d{1,2}\.?\s+[A-Za-zÀ-ÿ]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}年\s?\d{1,2}月\s?\d{1,2}日|\d{1,2}\s+[а-яё]+\s+\d{4}(?:\s?г\.?)?)"
)

# Order matters only for overlap: priority decides which of two overlapping findings is kept.
DETECTORS: tuple[Detector, ...] = (
    # --- secrets with a provider format -----------------------------------------------------------
    Detector("secret.aws_access_key_id",
             (r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}",),
             _C(r"(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}(?![A-Z0-9])"),
             _entropic(3.0), severity=Severity.HIGH, priority=9),
    Detector("secret.aws_secret_access_key", (r"aws.{0,20}(?:secret|sk)",),
             _C(r"(?i:aws.{0,20}(?:secret|sk)[\w\s\"'.]{0,20}?)[\"']?\s*[:=]\s*[\"']?"
                r"(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"),
             _aws_secret, group="v", severity=Severity.HIGH, caseless_triggers=True, priority=9),
    Detector("secret.github_token", (r"gh[pousr]_[A-Za-z0-9]{36}", r"github_pat_[A-Za-z0-9_]{22}"),
             _C(r"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,255})(?!["
             r"A-Za-z0-9_])"),
             _entropic(3.5), severity=Severity.HIGH, priority=9),
    Detector("secret.slack_token", (r"xox[abposr]-[A-Za-z0-9]", r"hooks\.slack\.com/services/T"),
             _C(r"xox[abposr]-[A-Za-z0-9]{8,}-[A-Za-z0-9-]{8,}|"
                r"https://hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{16,}"),
             _entropic(3.0), severity=Severity.HIGH, priority=9),
    Detector("secret.stripe_key", (r"[sr]k_(?:live|test)_[A-Za-z0-9]{16}",),
             _C(r"(?<![A-Za-z0-9_])[sr]k_(?:live|test)_[A-Za-z0-9]{24,99}(?![A-Za-z0-9_])"),
             _entropic(3.5), severity=Severity.HIGH, priority=9),
    Detector("secret.openai_key", (r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20}",),
             _C(r"(?<![A-Za-z0-9_\-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,200}|[A-Za-z0-9"
             r"]{20}T3BlbkFJ"
                r"[A-Za-z0-9]{20}|[A-Za-z0-9]{48})(?![A-Za-z0-9_\-])"),
             _entropic(3.8), severity=Severity.HIGH, priority=9),
    Detector("secret.google_api_key", (r"AIza[0-9A-Za-z_\-]{35}",),
             _C(r"(?<![A-Za-z0-9_\-])AIza[0-9A-Za-z_\-]{35}(?![A-Za-z0-9_\-])"), _entropic(3.5),
             severity=Severity.HIGH, priority=9),
    # Anthropic keys start with sk- too: priority 10 so that no sk- reading of the same span wins.
    Detector("secret.anthropic_key", (r"sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_\-]{20}",),
             _C(r"(?<![A-Za-z0-9_\-])sk-ant-(?:api03|admin01)-[A-Za-z0-9_\-]{80,100}(?![A-Za-z0-9_\-])"),
             _entropic(4.0), severity=Severity.HIGH, priority=10),
    Detector("secret.gitlab_token", (r"gl(?:pat|dt|ptt|rt)-[A-Za-z0-9_\-]{20}",),
             _C(r"(?<![A-Za-z0-9_\-])gl(?:pat|dt|ptt|rt)-[A-Za-z0-9_\-]{20,64}(?![A-Za-z0-9_\-])"),
             _entropic(3.5), severity=Severity.HIGH, priority=9),
    Detector("secret.huggingface_token", (r"hf_[A-Za-z]{34}",),
             _C(r"(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9_])"),
             _mixed_case_entropic(3.5), severity=Severity.HIGH, priority=9),
    Detector("secret.azure_storage_key", (r"AccountKey=[A-Za-z0-9+/]{20}",),
             _C(r"(?i:accountkey)=(?P<v>[A-Za-z0-9+/]{84,86}==)(?![A-Za-z0-9+/=])"),
             _azure_key, group="v", severity=Severity.HIGH, caseless_triggers=True, priority=9),
    Detector("secret.azure_sas_token", (r"[?&]sig=[A-Za-z0-9%+/]{20}",),
             _C(r"(?<=[?&])sig=(?P<v>[A-Za-z0-9%+/]{30,100}(?:=|%3[Dd]){0,2})(?![A-Za-z0-9%+/=])"),
             _azure_sas, group="v", severity=Severity.HIGH, priority=9),
    Detector("secret.twilio_key", (r"AC[0-9a-f]{32}", r"SK[0-9a-f]{32}"),
             _C(r"(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])[^\n]{0,200}?(?:\n[^\n]{0,200}?){0,3}"
                r"(?<![A-Za-z0-9])(?P<t>[0-9a-f]{32})(?![A-Za-z0-9])"
                # the auth token first, the account SID within the next four lines (.env files)
                r"|(?<![A-Za-z0-9])(?P<u>[0-9a-f]{32})(?![A-Za-z0-9])[^\n]{0,200}?(?:\n[^\n]{0,200}?){0,3}"
                r"(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])"
                r"|(?<![A-Za-z0-9])(?P<k>SK[0-9a-f]{32})(?![A-Za-z0-9])"),
             _twilio, group=("t", "u", "k"), severity=Severity.HIGH, priority=9),
    Detector("secret.sendgrid_key", (r"SG\.[A-Za-z0-9_\-]{22}\.",),
             _C(r"(?<![A-Za-z0-9_\-.])SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}(?![A-Za-z0-9_\-])"),
             _entropic(4.0), severity=Severity.HIGH, priority=9),
    Detector("secret.npm_token", (r"npm_[A-Za-z0-9]{36}",),
             _C(r"(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])"),
             _entropic(3.5), severity=Severity.HIGH, priority=9),
    # The body is a macaroon whose base64 starts with the issuer: pypi.org or test.pypi.org.
    Detector("secret.pypi_token", (r"pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)",),
             _C(r"(?<![A-Za-z0-9_\-])pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{50,}"),
             _entropic(4.0), severity=Severity.HIGH, priority=9),
    Detector("secret.telegram_bot_token", (r"\d{8}:A[A-Za-z0-9_\-]{34}",),
             _C(r"(?<![A-Za-z0-9_:])\d{8,10}:A[A-Za-z0-9_\-]{34}(?![A-Za-z0-9_\-])"),
             _entropic(4.0), severity=Severity.HIGH, priority=9),
    Detector("secret.discord_bot_token", (r"[MNO][A-Za-z0-9_\-]{23}\.[A-Za-z0-9_\-]{6}\.",),
             _C(r"(?<![A-Za-z0-9_\-.])[MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38}"
                r"(?![A-Za-z0-9_\-])"),
             _discord, severity=Severity.HIGH, priority=9),
    Detector("secret.private_key", (r"-----BEGIN[ A-Z0-9]{0,20}PRIVATE KEY",),
             _C(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----"
                r"(?:[\s\S]{0,16000}?-----END [A-Z ]{0,20}PRIVATE KEY(?: BLOCK)?-----)?"),
             severity=Severity.CRITICAL, priority=10),
    Detector("secret.jwt", (r"eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10}",),
             _C(r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{"
             r"10,}(?![A-Za-z0-9_\-])"),
             _jwt, severity=Severity.HIGH, priority=8),
    # The user may be empty: redis://:password@host.
    Detector("secret.password_in_url", (r"[a-zA-Z][a-zA-Z0-9+.\-]{1,20}://[^\s:/@\"]{0,64}:[^\s:/@\""
    r"]{1,128}@",),
             _C(r"[a-zA-Z][a-zA-Z0-9+.\-]{1,20}://[^\s:/@\"'\\]{0,64}:(?P<v>[^\s:/@\"'\\]{1,128})@[\w.\-]+"),
             _url_password, group="v", severity=Severity.HIGH, priority=8),
    Detector("secret.generic_password",
             (r"(?:password|passwd|pwd|passphrase|secret|token|api[_\- ]?key|access[_\-]?key|auth[_\-]?key|"
              r"credential|client[_\-]?secret|passwort|kennwort|mot de passe|пароль|Пароль|パスワード|"
              r"暗証番号)"
              # a key and six value characters: `"tokens": 512,` in every record is no secret's key
              r"[\w\-]{0,20}[\"'\\]{0,2}(?:\s*[:=]\s*\\?[\"']?[^\s,;}\]]{6}"
              r"|\s+(?:is|ist|est|lautet|это|:|—|–|was|war|était|был|была)\s"
              r"|\s*(?:は|：))",
              # "the password for the db is X", "Пароль от админки: X": a short phrase in between.
              r"(?:password|passwd|passphrase|secret|token|api[_\- ]?key|credential|passwort|kennwort|"
              r"mot de passe|пароль|Пароль) (?:for|of|to|on|at|für|fürs|zum|zur|vom|von|des|der|du|de|pour|"
              r"от|для|к|на) [^\n]{1,80}(?:[:=]| is | ist | est | lautet | это | — | – )"),
             _C(r"(?i:(?:password|passwd|pwd|passphrase|secret|token|api[_\- ]?key|access[_\-]?key|"
             r"auth[_\-]?key|"
                r"credentials?|client[_\-]?secret|passwort|kennwort|mot de passe|пароль|パスワード|暗証番号)"
                r"[\w\-]{0,20}[\"']?(?P<via>\s+(?:for|of|to|on|at|für|fürs|zum|zur|vom|von|des|der|du|de|pour|"
                r"от|для|к|на)(?:\s+[^\s:=,.;!?\"']{1,25}){1,4}?)?"
                # the value on the key's line: "secrets:" over a nested "db_password:" is a section
                r"(?:\s*[:=][ \t]*|\s+(?:is|ist|est|lautet|:|это|－|—|–|(?P<past>was|war|était|был|была))"
                r"(?:\s+(?:now|still|jetzt|noch|maintenant|toujours|теперь))?\s+|\s*(?:は|：)\s*))"
                r"[\"'`「『]?(?P<v>[A-Za-z0-9!#$%&()*+\-./:<=>?@\[\]^_{|}~]{6,128})"),
             _generic_secret, group="v", severity=Severity.HIGH, caseless_triggers=True, priority=1),
    _CredentialDetector(
        "secret.generic_password",
        # Triggers also run over raw JSON lines, where quotes are escaped (`value=\"...`).
        (r"(?:pass|pw|pwd|passwd|password|passwort|kennwort|passphrase)[\"'\\]{0,2}[ \t]*[:=]",
         r"value\s*=\s*\\?[\"']", r"(?:pass|pwd|passwd|password|secret|token|key)>",
         r"(?:key|name)\s*=\s*\\?[\"'][^\"'<>]{0,40}(?:pass|pwd|secret|token)[^<>]{0,120}>",
         r"(?:password|passwort|kennwort|mot de passe|пароль) \(?[^\s:=()0-9]{2,30}\)?\s*(?:[:=]|：)",
         r"(?:password|passwort|pw|pwd) (?:to|auf) ",
         r"(?:login|log-in|sign-in|credential|creds|zugang|anmeldedaten|identifiants|логин|учётка|учетка|"
         r"доступ|ログイン)[^\n]{0,60}[\w.@\-]{2} ?/ ?[^\s/]",
         r"(?:password|passwort|kennwort|mot de passe|пароль|Пароль|contraseña) (?:for|of|to|on|at|für|fürs|"
         r"zum|zur|vom|von|des|der|du|de|pour|от|для|к|на) ",
         r"(?:passw|kennwort|mot.de.passe|пароль|Пароль|パスワード|code (?:du )?wi-?fi|wi-?fi (?:code|key)"
         r"|wlan-?(?:schlüssel|key))[^\n]{0,50}[!#$%&*+@^~]",
         r"(?:passw|kennwort|mot.de.passe|пароль|Пароль|パスワード)[^\n]{0,40}[A-Za-z]\d"),
        _CREDENTIAL_SHAPES, severity=Severity.HIGH, caseless_triggers=True, priority=1),
    # --- personal data with a checksum ---------------------------------------------------------------
    # The trigger wants no letter, digit or dot before the number: a millisecond timestamp, a float or a
    # hex digest in every record's metadata would wake it everywhere.
    Detector("pii.credit_card", (r"(?:^|[^\w.]|\\[nrt])[2-6]\d{3}[ \-]?\d{4}[ \-]?\d{2}",
                                 # (a raw JSON line writes a newline as backslash and n)
                                 r"[2-6]\d{3}(?:\.|  |\n|\\n)\d{4}(?:\.|  |\n|\\n)\d{4}"),
             # Also 4-4-4-4 with dots, double spaces or line breaks between the groups, as people jot
             # them down.
             _C(r"(?<![\d\-.])(?:[2-6]\d{3}(?:[ \-]?\d){9,15}|[2-6]\d{3}(\.|  |\n)\d{4}\1\d{4}\1\d{4})"
                r"(?![\d]|\.\d)"),
             _card, severity=Severity.HIGH, priority=7),
    Detector("pii.iban", (r"[A-Z]{2}\d{2} ?[A-Z0-9]{4} ?[A-Z0-9]{4}",),
             _C(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Z0-9])"),
             _iban, severity=Severity.HIGH, priority=7),
    Detector("pii.us_ssn", (r"\d{3}-\d{2}-\d{4}", r"(?:ssn|social security)", r"[,;\t|] ?tin ?[,;\t|]"),
             # Dashed anywhere; after a cue word also spaced or run together ("my SSN (467 20 4964)");
             # nine digits run together where a table has an SSN or TIN column.
             _C(r"(?:(?i:\bssn|social security(?:\s+(?:number|no\.?))?)[^\d\n]{0,12}"
                r"|(?<![\d\-])(?=\d{3}-\d{2}-\d{4}(?![\d\-]))"
                r"|(?<![\d\-.])(?=\d{9}(?![\d\-.])))"
                r"(?P<v>\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9})(?![\d\-])"),
             _ssn, group="v", severity=Severity.HIGH, caseless_triggers=True, priority=6),
    Detector("pii.jp_my_number", (r"マイナンバー", r"個人番号", r"my ?number", r"\d{4}[ \-]\d{4}[ \-]\d{4}"),
             _C(rf"(?:(?:{_MY_NUMBER_CUE})[^\d\n]{{0,12}}"
                r"|(?<![\d\-])(?<!\d[ \-])(?=\d{4}[ \-]\d{4}[ \-]\d{4})"
                # twelve digits run together count where the text names the number (a CSV column)
                r"|(?<![\d\-.])(?=\d{12}(?![\d\-.])))"
                r"(?P<v>\d{4}[ \-]?\d{4}[ \-]?\d{4})(?![\d\-])(?![ \-]\d)"),
             _my_number, group="v", severity=Severity.HIGH, caseless_triggers=True, priority=6),
    Detector("pii.ru_inn", (r"ИНН", r"\bINN\b"),
             _C(r"(?:ИНН|\bINN\b)[^\d\n]{0,24}(?P<v>\d{12}|\d{10})(?!\d)"),
             _inn, group="v", severity=Severity.HIGH, priority=6),
    Detector("pii.ru_snils", (r"СНИЛС", r"SNILS", r"\d{3}-\d{3}-\d{3}[ \-]\d{2}"),
             _C(r"(?:(?:СНИЛС|SNILS)[^\d\n]{0,12}|(?<![\d\-])(?=\d{3}-\d{3}-\d{3}[ \-]\d{2}))"
                r"(?P<v>\d{3}-?\d{3}-?\d{3}[ \-]?\d{2})(?![\d\-])"),
             _snils, group="v", severity=Severity.HIGH, priority=6),
    # --- personal data with a shape ------------------------------------------------------------------
    Detector("pii.email", (),
             _C(r"(?<![A-Za-z0-9_.+\-])[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.)+[A-Za-z]{2,24}"
                r"(?![A-Za-z0-9_\-])"),
             _email, priority=5, byte_trigger=ord("@")),
    Detector("pii.phone",
             # "+" and digits going on as a number: a time zone (+02:00) in every record's timestamp must
             # not wake the detector (hyperscan: five more phone characters cost 2 ms per 2 MB, this none).
             (r"\+\d{1,4}[ .\-(]|\+\d{5}", r"\(\d{3}\) ?\d{3}-\d{4}", r"\d{3}[.\-]\d{3}[.\-]\d{4}",
              r"0\d(?:[ .]\d{2}){4}", r"0\d{1,4}-\d{1,4}-\d{4}", r"8 ?\(\d{3}\) ?\d{3}-\d{2}",
              r"(?:tel|phone|call|mobile|fax|telefon|handy|t(?:é|e)l(?:é|e)phone|portable)[^\n]{0,20}\d{3}",
              r"(?:電話|携帯|тел|Тел|ТЕЛ)",
              # a national number in three groups (0151 1954 7703), messenger names before digits
              r"0\d{2,4} \d{3,4} \d{3,5}",
              r"(?:whatsapp|signal|viber|sms|anrufen|rufnummer)[^\n]{0,20}\d{3}",
              r"(?:ring|text|reach) me (?:back )?(?:on|at)", r"0\d{4} \d{6}", r"07\d{3} \d{3} \d{3}",
              # German and Russian cues ("ruf mich an", "Festnetz", "звоните"), "my number is".
              r"(?:ruf|festnetz|erreichbar|number is|my number|nummer|numéro|номер|звон|Звон)"
              r"[^\n]{0,20}\d{3}"),
             _C(r"(?<![0-9A-Za-z+\-/.])(?:\+\d{1,3}[ .\-]?|\d ?(?=\(\d))?(?:\(\d{1,5}\)[ .\-]?)?"
                r"(?:[78]\d{10}|\d{9,11}|\d{1,8})(?:(?:[ .\-/]| / )\d{1,8}){0,5}"
                r"(?![0-9A-Za-z\-/])(?!\.\d)"),
             _phone, caseless_triggers=True, priority=4),
    Detector("pii.ip_address",
             # IPv6 wakes the detector by "::" or a group of three or four: clock times (12:00:00) have
             # two digits a group, and a chat export with a timestamp per record would otherwise parse
             # every record (86 -> 11 MB/s).
             (r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}",
              r"[0-9A-Fa-f]{1,4}::[0-9A-Fa-f]{1,4}:|[0-9A-Fa-f]{3,4}:[0-9A-Fa-f]{1,4}:"),
             # ASCII word boundaries: an address written against Japanese text ("は29.162.237.81です").
             # IPv4 may carry a port (185.241.179.249:25565); a colon after IPv6 means a longer hex string.
             _C(r"(?<![A-Za-z0-9_.:])(?:(?:\d{1,3}\.){3}\d{1,3}(?![A-Za-z0-9_]|:(?!\d{1,5}(?![\w:.])))"
                r"|(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![A-Za-z0-9_:]))(?!\.[A-Za-z0-9_])"),
             _ip, severity=Severity.LOW, priority=3),
    Detector("pii.date_of_birth",
             (r"(?:born|birth|dob|d\.o\.b|geboren|geburt|geb\. ?(?:am )?\d|né le|née le|naissance|生年月日|"
              r"誕生日|生まれ|"
              r"рождения|"
              r"родил)",),
             _C(rf"(?i:\bborn(?:\s+on)?|date of birth|birth ?date|birthday|\bdob|d\.o\.b\.|geboren(?:\s+am)?|"
                rf"\bgeb\.(?:\s+am)?|geburtsdatum|geburtstag|née? le|date de naissance|生年月日|誕生日|"
                rf"дата рождения|родил(?:ся|ась))[\s:：は,]{{0,4}}(?:(?:is|was|ist|war|est|:)\s+)?"
                rf"(?P<v>{_DATE})"
                # the date first: "Ich bin am 03.01.2006 geboren", "2006年1月3日生まれ", "03.01.2006 г.
                # рождения"
                rf"|(?<![\d.\-/])(?P<w>{_DATE})(?:\s+(?:in|im|à|en)\s+[A-ZÄÖÜÀ-Þ][\w\-]+)?"
                rf"(?:\s+(?i:geboren|born)\b|\s*(?:に)?生まれ|\s*(?:г\.|года)?\s*рождения)"),
             _birth_date, group=("v", "w"), caseless_triggers=True, priority=4),
    Detector("pii.passport",
             (r"(?:passport|reisepass|pass-nr|passnummer|passeport|паспорт|Паспорт|ПАСПОРТ|旅券|パスポート)",
              r"(?i:travel document|document de voyage|reisedokument)"),
             _C(r"(?i:passport|reisepass|pass-nr\.?|passnummer|passeport|паспорт\w*|旅券|パスポート"
                r"|travel document|document de voyage|reisedokument)"
                r"(?:[\s\w\-:#№.,'’°—–?？。、(（]{0,40}?)(?:[\s:#№°：(（]|(?<=[号はの]))\s*"
                r"(?P<v>\d{2} \d{2} \d{6}|\d{4} \d{6}|\d{2} ?\d{7}"
                r"|(?=[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d)[A-Z0-9]{6,10}|(?=[A-Z0-9]*\d)[A-Z][A-Z0-9]{7,9})"
                r"(?![A-Za-z0-9])"),
             None, group="v", severity=Severity.HIGH, caseless_triggers=True, priority=5),
    _NameDetector("pii.person_name",
                  (r"(?i)(?:my name is|name is|name's|call me|signed|regards,|sincerely,)",
                   r"(?:Name|Patient|Customer|Employee|Contact) ?:",
                   r"(?:[Pp]atient|[Cc]ustomer|[Cc]lient|[Gg]uest|[Pp]assenger|[Ee]mployee|[Ss]tudent|[Tt]enant"
                   r"|[Aa]pplicant|[Cc]ardholder) [Nn]ame", r"(?:Mr|Mrs|Ms|Dr|Prof)\.? [A-Z]",
                   r"\bI, [A-Z]",
                   r"(?:Miss|Sir|Madam) [A-Z]",
                   *_name_triggers(),
                   r"(?i)(?:ich heiße|ich heisse|mein name ist|name lautet|je m'appelle|je m’appelle|"
                   r"mon nom est)",
                   r"(?:Herr|Frau|Herrn|Monsieur|Madame|Mme|Mlle) [A-Z]", r"M\. [A-Z]", r"je suis [A-Z]",
                   r"(?:Меня|меня|Моё|моё|Мое|мое) (?:зовут|имя)|зовут",
                   r"(?:Г|г)(?:осподин|оспожа|ражданин|ражданка)",
                   r"(?:ович|евич|овн|евн|ичн)",
                   r"(?:私の名前は|名前は|氏名|わたしは|と申します|といいます|と言います|と申す|はじめまして|初めまして)",
                   # A family name wakes the detector only with an honorific or です a few characters on:
                   # most are also places (上野, 千葉), and a chat about Ueno park is no reason to look.
                   rf"(?:{_FAMILY_NAMES_JA_ALTERNATION})[^\n]{{0,15}}"
                   r"(?:さん|様|さま|氏|先生|くん|君|です|と申|といい)"),
                  _C("|".join((_NAME_EN, _NAME_DE, _NAME_FR, _NAME_RU, _NAME_JA))),
                  _name, severity=Severity.MEDIUM, priority=2,
                  # "Maren " wakes the detector only before a capital: "Maren Brightwater".
                  capital_triggers=tuple(f"{name} " for name in sorted(FIRST_NAMES_LATIN))),
    Detector("pii.street_address",
             (r"\d{1,5} [A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|"
              r"Ln|Drive|"
              r"Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Row|Close|Crescent|Grove|Mews|Gardens)",
              r"(?:straße|strasse|str\.|weg|allee|platz|gasse|damm|ring) \d",
              r"(?:Straße|Strasse|Weg|Allee|Platz|Gasse|Damm|Ring) \d",
              r"\d{1,4}(?: bis| ter)?,? (?:rue|avenue|boulevard|bd|place|allée|chemin|impasse|quai|route) ",
              r"〒", r"(?:都|道|府|県)[^\n]{1,60}(?:丁目|番地)",  # bytes: 20 characters of UTF-8
              r"区[^\n]{1,30}\d{1,4}-\d{1,4}", r"(?:市|町|村)[^\n]{1,24}[1-9]\d{0,3}-\d{1,4}",
              r"\d{1,4} ?[a-z]?, \d{5} (?:[A-Z]|Ä|Ö|Ü)",
              r"(?:ул\.|улица|пр\.|проспект|пер\.|переулок|бульвар|шоссе)"),
             _C(r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|"
                r"Row|Close|Crescent|Grove|Mews|Gardens|"
                r"Lane|Ln\.?|Drive|Dr\.?|Court|Ct\.?|Way|Place|Pl\.?|Terrace|Parkway)(?![a-z])"
                r"(?:,?\s+(?:Apt|Suite|Unit)\.?\s*#?\w+)?(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
                r"(?:,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)?"
                r"|\b(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:-?(?:Straße|Strasse|Weg|Allee|Platz))"
                r"|[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:straße|strasse|str\.|weg|allee|"
                r"platz|gasse|"
                r"damm|ring)|[A-ZÄÖÜ][a-zäöüß]+(?:er)?\s+(?:Straße|Strasse|Weg|Allee|Platz|Gasse|Damm|Ring))"
                r"\s+\d{1,4}\s?[a-z]?(?!\s*(?:Kilometer|km|Meter|Minuten|Min\.|Stunden|Jahre|Prozent|%|Euro|€))"
                r"(?:,\s*\d{5}\s+[A-ZÄÖÜ][a-zäöüß]+)?"
                # Any street name with a number, a postcode and a town (Rosenau 14, 86150 Augsburg;
                # Theodor-Heuss-Ring 21; St.-Martin-Str. 17), but not a count (Kapitel 3, 12000 Wörter):
                r"|\b(?:St\.-)?[A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:-?Str\.)?\s+\d{1,4}\s?[a-z]?,"
                r"\s*(?!\d\d000)\d{5}\s+(?!(?:Euro|Zeilen|Wörter|Stück|Einwohner|Besucher|Mitglieder|Menschen|Personen"
                r"|Kunden|Nutzer|Dateien|Punkte|Meter|Kilometer|Tonnen|Dollar|Franken|Jahre|Seiten|Zeichen)\b)"
                # The town ends the address: a count goes on (45000 Exemplare verkauft).
                r"[A-ZÄÖÜ][a-zäöüß]+(?:\s(?:am|an der|im|in der|ob der)\s[A-ZÄÖÜ][a-zäöüß]+)?"
                r"(?=\s*(?:$|[.,;:)!?\n]))"
                r"|\b(?:Am|An der|An den|Im|In der|Auf der|Auf dem|Zum|Zur|Hinter der|Unter den|Alte|Alter)"
                r"\s+[A-ZÄÖÜ][a-zäöüß]+(?:\s[A-ZÄÖÜ][a-zäöüß]+)?\s+\d{1,4}\s?[a-z]?,\s*\d{5}\s+[A-ZÄÖÜ][a-zäöüß]+"
                r"|\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|place|allée|chemin|impasse|quai|route)"
                r"\s+(?:(?:de la|de l'|du|des|de|d')\s?)?[A-ZÉÈ][\w'’\-]+(?:\s+[A-ZÉÈ][\w'’\-]+){0,3}"
                r"(?:,\s*\d{5}\s+[A-ZÉÈ][\w\-]+)?"
                r"|〒\s?\d{3}-\d{4}(?:\s*[\u4e00-\u9fff\u3040-\u30ff0-9０-９\-－ー]{2,40})?"
                r"|(?:東京都|北海道|(?:大阪|京都)府|[\u4e00-\u9fff]{2,3}県)[\u4e00-\u9fff\u3040-\u30ff]{1,12}?[市区町村郡]"
                r"[\u4e00-\u9fff\u3040-\u30ff0-9０-９\-－ー]{0,20}?(?:\d+|[０-９]+|[一二三四五六七八九十]+)(?:丁目|番地)"
                r"(?:[0-9０-９\-－]{1,10}(?:番|号)?)?"
                r"|(?:(?:東京都|北海道|(?:大阪|京都)府|[\u4e00-\u9fff]{2,3}県)?[\u4e00-\u9fff]{1,6}市)?"
                r"[\u4e00-\u9fff]{1,6}区[\u4e00-\u9fff\u3040-\u30ff]{1,8}?\d{1,4}-\d{1,4}(?:-\d{1,4})?"
                # A prefecture and a town without a ward (沖縄県那覇市久茂地1-1-1); block numbers never start
                # with 0, phone numbers do (横浜市役所045-671-2121).
                # Particles never stand in a town's name (東京都内の町工場は3-4割 is no address).
                r"|(?:東京都|北海道|(?:大阪|京都)府|[\u4e00-\u9fff]{2,3}県)"
                r"(?:(?![のはがをにでとも])[\u4e00-\u9fff\u3040-\u30ff]){1,12}?[市町村][\u4e00-\u9fff\u30a0-\u30ff]{1,8}?"
                r"[1-9]\d{0,3}-\d{1,4}(?:-\d{1,4})?(?![\d月日割時年人件位%％])"
                # Sapporo's grid: 中央区北1条西2丁目3-4.
                r"|(?:[\u4e00-\u9fff]{1,6}市)?[\u4e00-\u9fff]{1,6}区[東西南北]?\d{1,2}条[東西南北]?\d{1,2}丁目"
                r"(?:\d{1,4}(?:-\d{1,4})?)?"
                r"|(?:ул\.|улица|пр\.|проспект|пер\.|переулок|бульвар|шоссе)\s*[А-ЯЁ][а-яё]+(?:\s+[А"
                r"-ЯЁ][а-яё]+)?,?\s*"
                r"(?:д\.|дом)\s*\d+[а-я]?(?:\s*,?\s*(?:кв\.|квартира)\s*\d+)?"),
             _street, priority=5),
)

BY_CATEGORY = {d.category: d for d in DETECTORS}


def mask(value: str, category: str) -> str:
    """Evidence safe to print: enough to recognise the kind and find it, never the whole value."""
    value = value.strip()
    if category == "pii.email" and "@" in value:
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain[:1]}***.{domain.rsplit('.', 1)[-1]}"
    if category in ("pii.credit_card", "pii.iban", "pii.us_ssn", "pii.jp_my_number", "pii.ru_inn",
                    "pii.ru_snils", "pii.passport", "pii.phone"):
        keep = 4 if category in ("pii.credit_card", "pii.iban") else 2
        tail = "".join(ch for ch in value if ch.isalnum())[-keep:]
        return "*" * max(len(value) - keep, 4) + tail
    if category == "secret.private_key":
        return value[:40].split("\n")[0] + "…(redacted)"
    if category.startswith("secret."):
        prefix = re.match(r"sk-ant-|gl(?:pat|dt|ptt|rt)-|pypi-|SG\.|[A-Za-z]{2,4}[_\-]|AKIA|ASIA|AIza|eyJ"
                          r"|[a-z]+://", value)
        shown = prefix.group(0) if prefix else value[:1]
        return f"{shown}…({len(value)} chars)"
    if len(value) <= 3:
        return value[:1] + "*" * (len(value) - 1)
    return value[:1] + "*" * (len(value) - 2) + value[-1:]
