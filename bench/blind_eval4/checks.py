"""Checksum validators and value generators (all synthetic, seeded)."""
import base64
import json
import string

import phonenumbers


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00").upper())
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def ssn_ok(ssn):
    a, g, s = ssn.split("-")
    if a in ("000", "666") or a[0] == "9" or g == "00" or s == "0000":
        return False
    return ssn not in ("078-05-1120", "219-09-9999", "123-45-6789")


def mynumber_check(d11):
    p = [int(c) for c in reversed(d11)]
    tot = sum(p[n - 1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = tot % 11
    return 0 if r <= 1 else 11 - r


def mynumber_ok(num):
    d = num.replace(" ", "").replace("-", "")
    return len(d) == 12 and mynumber_check(d[:11]) == int(d[11])


def _inn_c(d, w):
    return sum(int(a) * b for a, b in zip(d, w)) % 11 % 10


W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn_ok(inn):
    if len(inn) == 10:
        return _inn_c(inn[:9], W10) == int(inn[9])
    if len(inn) == 12:
        return _inn_c(inn[:10], W11) == int(inn[10]) and _inn_c(inn[:11], W12) == int(inn[11])
    return False


def inn_make(rng, n):
    if n == 10:
        b = "".join(rng.choice("0123456789") for _ in range(9))
        b = "77" + b[2:]
        return b + str(_inn_c(b, W10))
    b = "50" + "".join(rng.choice("0123456789") for _ in range(8))
    b += str(_inn_c(b, W11))
    return b + str(_inn_c(b, W12))


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    s %= 101
    return 0 if s == 100 else s


def snils_ok(sn):
    d = sn.replace("-", "").replace(" ", "")
    return len(d) == 11 and int(d[:9]) > 1001998 and snils_check(d[:9]) == int(d[9:])


def snils_make(rng):
    while True:
        d = "".join(rng.choice("0123456789") for _ in range(9))
        if int(d) > 1001998:
            c = snils_check(d)
            return f"{d[0:3]}-{d[3:6]}-{d[6:9]} {c:02d}"


def phone_ok(text, region):
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")
