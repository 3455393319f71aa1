"""Synthetic values for the third blind set: generators and the checksum rules that validate them.

Every generator takes the shared random.Random so the set is reproducible. The *_ok functions are
the independent checks that make_set.py runs over every value before it writes anything.
"""

from __future__ import annotations

import base64
import json
import string

import phonenumbers

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def pick(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return pick(rng, string.digits, n)


# ---------------------------------------------------------------- Luhn / payment cards
def luhn_ok(number: str) -> bool:
    ds = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(body: str) -> str:
    for check in string.digits:
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


_ISSUERS = {
    "visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2720"], 16),
    "amex": (["34", "37"], 15), "discover": (["6011", "65"], 16), "jcb": (["3528", "3566", "3589"], 16),
    "mir": (["2200", "2201", "2202", "2204"], 16), "unionpay": (["62"], 16),
}


def card(rng, issuer: str, valid: bool = True) -> str:
    prefixes, length = _ISSUERS[issuer]
    prefix = rng.choice(prefixes)
    number = _luhn_complete(prefix + digits(rng, length - len(prefix) - 1))
    if not valid:
        last = int(number[-1])
        number = number[:-1] + str((last + rng.randint(1, 9)) % 10)
    return number


def layout_card(number: str, style: str) -> str:
    if style == "plain":
        return number
    sep = {"space": " ", "dash": "-"}[style]
    if len(number) == 15:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


# ---------------------------------------------------------------- IBAN
_IBAN_BBAN = {
    "DE": lambda r: digits(r, 8) + digits(r, 10),
    "FR": None,  # built with a valid RIB key below
    "GB": lambda r: pick(r, string.ascii_uppercase, 4) + digits(r, 6) + digits(r, 8),
    "NL": lambda r: pick(r, string.ascii_uppercase, 4) + digits(r, 10),
    "AT": lambda r: digits(r, 16),
    "BE": None,
    "IT": lambda r: r.choice(string.ascii_uppercase) + digits(r, 10) + digits(r, 12),
    "CH": lambda r: digits(r, 17),
}


def _iban_numeric(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return len(s) > 4 and _iban_numeric(s[4:] + s[:4]) % 97 == 1


def _fr_bban(rng) -> str:
    bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return bank + branch + account + f"{key:02d}"


def _be_bban(rng) -> str:
    body = digits(rng, 10)
    check = int(body) % 97 or 97
    return body + f"{check:02d}"


def iban(rng, country: str, valid: bool = True) -> str:
    if country == "FR":
        bban = _fr_bban(rng)
    elif country == "BE":
        bban = _be_bban(rng)
    else:
        bban = _IBAN_BBAN[country](rng)
    check = 98 - _iban_numeric(bban + country + "00") % 97
    if not valid:
        check = (check + rng.randint(1, 40)) % 97 + 2 if check != 2 else 50
    return f"{country}{check:02d}{bban}"


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- US SSN
def ssn_ok(ssn: str) -> bool:
    d = ssn.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return d not in ("078051120", "219099999", "123456789")


def ssn(rng) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if ssn_ok(value):
            return value


# ---------------------------------------------------------------- Japan My Number
def _my_number_check(first11: str) -> int:
    total = 0
    for n in range(1, 12):
        p = int(first11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    rem = total % 11
    return 0 if rem <= 1 else 11 - rem


def my_number_ok(value: str) -> bool:
    d = value.replace(" ", "").replace("-", "")
    return len(d) == 12 and d.isdigit() and _my_number_check(d[:11]) == int(d[11])


def my_number(rng, valid: bool = True) -> str:
    first = str(rng.randint(1, 9)) + digits(rng, 10)
    check = _my_number_check(first)
    if not valid:
        check = (check + rng.randint(1, 9)) % 10
    return first + str(check)


# ---------------------------------------------------------------- Russian INN and SNILS
_INN10_W = [2, 4, 10, 3, 5, 9, 4, 6, 8]
_INN11_W = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
_INN12_W = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def _wsum(ds: str, weights) -> int:
    return sum(int(a) * b for a, b in zip(ds, weights)) % 11 % 10


def inn_ok(value: str) -> bool:
    if not value.isdigit():
        return False
    if len(value) == 10:
        return _wsum(value[:9], _INN10_W) == int(value[9])
    if len(value) == 12:
        return (_wsum(value[:10], _INN11_W) == int(value[10])
                and _wsum(value[:11], _INN12_W) == int(value[11]))
    return False


def inn(rng, length: int, valid: bool = True) -> str:
    region = rng.choice(["77", "78", "50", "66", "16", "54", "23", "61"])
    if length == 10:
        body = region + digits(rng, 7)
        value = body + str(_wsum(body, _INN10_W))
    else:
        body = region + digits(rng, 8)
        n11 = str(_wsum(body, _INN11_W))
        value = body + n11 + str(_wsum(body + n11, _INN12_W))
    if not valid:
        value = value[:-1] + str((int(value[-1]) + rng.randint(1, 9)) % 10)
    return value


def _snils_check(nine: str) -> int:
    total = sum(int(c) * (9 - i) for i, c in enumerate(nine))
    if total < 100:
        return total
    if total in (100, 101):
        return 0
    rem = total % 101
    return 0 if rem == 100 else rem


def snils_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    return len(d) == 11 and int(d[:9]) > 1001998 and _snils_check(d[:9]) == int(d[9:])


def snils(rng, valid: bool = True) -> str:
    nine = str(rng.randint(1, 9)) + digits(rng, 8)
    check = _snils_check(nine)
    if not valid:
        check = (check + rng.randint(1, 50)) % 100
    return f"{nine[:3]}-{nine[3:6]}-{nine[6:]} {check:02d}"


# ---------------------------------------------------------------- phones
_PHONE_SHAPES = {
    "US": [lambda r: r.choice(["212", "312", "415", "617", "702", "713", "206", "503", "404", "720"])
           + str(r.randint(2, 9)) + digits(r, 2) + digits(r, 4)],
    "DE": [lambda r: r.choice(["151", "152", "160", "170", "176"]) + digits(r, 8),
           lambda r: r.choice(["30", "89", "40", "221", "69"]) + digits(r, 7)],
    "FR": [lambda r: r.choice(["6", "7"]) + digits(r, 8),
           lambda r: r.choice(["1", "4", "5"]) + digits(r, 8)],
    "JP": [lambda r: r.choice(["90", "80", "70"]) + str(r.randint(1, 9)) + digits(r, 7),
           lambda r: "3" + str(r.randint(3, 6)) + digits(r, 7)],
    "RU": [lambda r: "9" + r.choice(["16", "03", "26", "85", "99", "12"]) + digits(r, 7),
           lambda r: r.choice(["495", "812", "343"]) + digits(r, 7)],
}


def phone_ok(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def phone(rng, region: str, style: str, shape: int = 0) -> str:
    """style: national, international, e164."""
    fmt = {"national": phonenumbers.PhoneNumberFormat.NATIONAL,
           "international": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
           "e164": phonenumbers.PhoneNumberFormat.E164}[style]
    shape_fn = _PHONE_SHAPES[region][shape % len(_PHONE_SHAPES[region])]
    while True:
        nsn = shape_fn(rng)
        if region == "US" and nsn[3:6] == "555":
            continue
        number = phonenumbers.parse(nsn, region)
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, fmt)


# ---------------------------------------------------------------- public IPv4 of a person
def public_ip(rng) -> str:
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203, 0, 8, 9, 1):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------- secrets
def aws_key_id(rng) -> str:
    return "AKIA" + pick(rng, string.ascii_uppercase + "234567", 16)


def aws_secret(rng) -> str:
    return pick(rng, ALNUM + "/+", 40)


def github_token(rng, flavour: str = "ghp") -> str:
    if flavour == "fine":
        return "github_pat_11" + pick(rng, UPPER_DIGITS, 20) + "_" + pick(rng, ALNUM, 59)
    return f"{flavour}_" + pick(rng, ALNUM, 36)


def gitlab_token(rng) -> str:
    return "glpat-" + pick(rng, URLSAFE, 20)


def slack_token(rng, prefix: str = "xoxb") -> str:
    return f"{prefix}-{digits(rng, 12)}-{digits(rng, 13)}-" + pick(rng, ALNUM, 24)


def slack_webhook(rng) -> str:
    return ("https://hooks.slack.com/services/T" + pick(rng, UPPER_DIGITS, 8) + "/B"
            + pick(rng, UPPER_DIGITS, 10) + "/" + pick(rng, ALNUM, 24))


def stripe_key(rng, prefix: str = "sk_live") -> str:
    return f"{prefix}_51" + pick(rng, ALNUM, 97) if prefix == "sk_live" else f"{prefix}_" + pick(rng, ALNUM, 24)


def openai_key(rng, project: bool = True) -> str:
    if project:
        return "sk-proj-" + pick(rng, URLSAFE, 74) + "T3BlbkFJ" + pick(rng, URLSAFE, 74)
    return "sk-" + pick(rng, ALNUM, 20) + "T3BlbkFJ" + pick(rng, ALNUM, 20)


def anthropic_key(rng) -> str:
    return "sk-ant-api03-" + pick(rng, URLSAFE, 93) + "AA"


def google_api_key(rng) -> str:
    return "AIza" + pick(rng, URLSAFE, 35)


def twilio_sid(rng, prefix: str = "AC") -> str:
    return prefix + pick(rng, HEX, 32)


def twilio_auth(rng) -> str:
    return pick(rng, HEX, 32)


def sendgrid_key(rng) -> str:
    return "SG." + pick(rng, URLSAFE, 22) + "." + pick(rng, URLSAFE, 43)


def npm_token(rng) -> str:
    return "npm_" + pick(rng, ALNUM, 36)


def hf_token(rng) -> str:
    return "hf_" + pick(rng, string.ascii_letters, 34)


def azure_storage(rng, account: str) -> str:
    key = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
    return (f"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key};"
            "EndpointSuffix=core.windows.net")


def _pem(label: str, der: bytes) -> str:
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def private_key(rng, kind: str = "rsa") -> str:
    rand = lambda n: bytes(rng.randrange(256) for _ in range(n))  # noqa: E731
    if kind == "rsa":
        return _pem("RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100") + rand(1180))
    if kind == "ec":
        return _pem("EC PRIVATE KEY", bytes.fromhex("30770201010420") + rand(32)
                    + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + rand(65))
    if kind == "pkcs8":
        return _pem("PRIVATE KEY", bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7") + rand(1190))
    return _pem("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00" + rand(380))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(rng, claims: dict) -> str:
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    sig = _b64url(bytes(rng.randrange(256) for _ in range(32)))
    return f"{header}.{payload}.{sig}"


_WORDS = ["Tulip", "Harbor", "Granite", "Maple", "Comet", "Falcon", "Cobalt", "Juniper", "Otter", "Saffron",
          "Pebble", "Lantern", "Willow", "Quartz", "Ember", "Nimbus"]


def password(rng, style: str = "words") -> str:
    if style == "words":
        return rng.choice(_WORDS) + rng.choice("!#$%&*?") + rng.choice(_WORDS).lower() + digits(rng, 2)
    if style == "url":  # nothing that needs percent-encoding inside a URL
        return rng.choice(_WORDS) + rng.choice("-_.") + rng.choice(_WORDS).lower() + digits(rng, 2) + pick(rng, ALNUM, 4)
    return pick(rng, ALNUM + "!#%*+=?@", 18)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()
