"""Checksum validators and the clean-record guard (written blind, no mlward code used)."""
import re
import phonenumbers


def luhn_ok(num):
    d = [int(c) for c in re.sub(r"\D", "", num)]
    if len(d) < 12:
        return False
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return f"{country}{chk:02d}{bban}"


def ssn_ok(ssn):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", ssn)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def mynumber_check(d11):
    p = [int(c) for c in d11]
    tot = 0
    for n in range(1, 12):
        pn = p[11 - n]
        q = n + 1 if n <= 6 else n - 5
        tot += pn * q
    r = tot % 11
    return 0 if r <= 1 else 11 - r


def mynumber_ok(num):
    d = re.sub(r"\D", "", num)
    return len(d) == 12 and mynumber_check(d[:11]) == int(d[11])


def _inn_c(digits, w):
    return sum(int(a) * b for a, b in zip(digits, w)) % 11 % 10


W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn_ok(num):
    d = re.sub(r"\D", "", num)
    if len(d) == 10:
        return _inn_c(d[:9], W10) == int(d[9])
    if len(d) == 12:
        return _inn_c(d[:10], W11) == int(d[10]) and _inn_c(d[:11], W12) == int(d[11])
    return False


def inn_make10(d9):
    return d9 + str(_inn_c(d9, W10))


def inn_make12(d10):
    d11 = d10 + str(_inn_c(d10, W11))
    return d11 + str(_inn_c(d11, W12))


def snils_cs(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    s %= 101
    return 0 if s == 100 else s


def snils_ok(num):
    d = re.sub(r"\D", "", num)
    return len(d) == 11 and int(d[:9]) > 1001998 and snils_cs(d[:9]) == int(d[9:])


def phone_ok(text, region):
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


# ---- guard for clean records: no checksum-valid identifier may appear by accident ----
_RUN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?|\d(?:[ \-.]?\d){8,18}")


def accidental_hits(text):
    hits = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[ ]?(?:[A-Z0-9]{4}[ ]?){2,7}[A-Z0-9]{0,4}\b", text):
        if iban_ok(m.group()):
            hits.append(("iban", m.group()))
    for m in re.finditer(r"\d(?:[ \-./]?\d){8,18}", text):
        raw = m.group()
        d = re.sub(r"\D", "", raw)
        # every contiguous sub-run of digits on group boundaries, plus whole run
        groups = re.split(r"[ \-./]", raw)
        cands = set([d])
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                cands.add("".join(groups[i:j]))
        for c in cands:
            if 13 <= len(c) <= 19 and luhn_ok(c):
                hits.append(("card", c))
            if len(c) == 12 and mynumber_ok(c):
                hits.append(("mynumber", c))
            if len(c) in (10, 12) and inn_ok(c):
                hits.append(("inn", c))
            if len(c) == 11 and snils_ok(c):
                hits.append(("snils", c))
            if len(c) == 9 and ssn_ok(c) and re.search(r"\d{3}-\d{2}-\d{4}", raw):
                hits.append(("ssn", c))
    return hits
