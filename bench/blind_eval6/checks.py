"""Checksum helpers for blind_eval6 (written from public specifications)."""
import re
import phonenumbers


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    if len(d) < 12:
        return False
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix_digits: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    r = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return f"{country}{chk:02d}{bban}"


def ssn_ok(ssn: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", ssn)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def mynumber_check(d11: str) -> int:
    # P_n: n-th digit counting from the right of the 11 base digits
    tot = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    return 0 if r <= 1 else 11 - r


def mynumber_ok(num: str) -> bool:
    s = re.sub(r"[\s-]", "", num)
    return bool(re.fullmatch(r"\d{12}", s)) and mynumber_check(s[:11]) == int(s[11])


def _inn_digit(ds, w):
    return sum(int(a) * b for a, b in zip(ds, w)) % 11 % 10


W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn_ok(inn: str) -> bool:
    if re.fullmatch(r"\d{10}", inn):
        return _inn_digit(inn[:9], W10) == int(inn[9])
    if re.fullmatch(r"\d{12}", inn):
        return _inn_digit(inn[:10], W11) == int(inn[10]) and _inn_digit(inn[:11], W12) == int(inn[11])
    return False


def inn_make12(base10: str) -> str:
    a = _inn_digit(base10, W11)
    b = _inn_digit(base10 + str(a), W12)
    return base10 + str(a) + str(b)


def inn_make10(base9: str) -> str:
    return base9 + str(_inn_digit(base9, W10))


def snils_check(d9: str) -> int:
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    s %= 101
    return 0 if s == 100 else s


def snils_ok(snils: str) -> bool:
    s = re.sub(r"[\s-]", "", snils)
    if not re.fullmatch(r"\d{11}", s):
        return False
    if int(s[:9]) <= 1001998:
        return False
    return snils_check(s[:9]) == int(s[9:])


def snils_fmt(d9: str) -> str:
    return f"{d9[:3]}-{d9[3:6]}-{d9[6:9]} {snils_check(d9):02d}"


def phone_ok(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


# --- scanner used on CLEAN records: nothing checksum-valid may appear by accident ---
def accidental_hits(text: str):
    hits = []
    for m in re.finditer(r"(?<![\w])\d(?:[ -]?\d){11,18}(?![\w])", text):
        raw = m.group(0)
        digits = re.sub(r"\D", "", raw)
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            hits.append(("card", raw))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", text):
        if iban_ok(m.group(0)):
            hits.append(("iban", m.group(0)))
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if ssn_ok(m.group(0)):
            hits.append(("ssn", m.group(0)))
    for m in re.finditer(r"(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)", text):
        if mynumber_ok(m.group(0)):
            hits.append(("mynumber", m.group(0)))
    for m in re.finditer(r"(?<!\d)(\d{10}|\d{12})(?!\d)", text):
        if inn_ok(m.group(0)):
            hits.append(("inn", m.group(0)))
    for m in re.finditer(r"(?<!\d)\d{3}[- ]?\d{3}[- ]?\d{3}[- ]?\d{2}(?!\d)", text):
        if snils_ok(m.group(0)):
            hits.append(("snils", m.group(0)))
    return hits
