"""Value generators and validators for the blind9 evaluation set.

Every generator draws from the random.Random instance it is given, so the
whole set is reproducible from one seed.  Validators are used by make_set.py
to assert that PII values pass their checks and that clean look-alikes fail.
"""
import base64
import ipaddress
import json
import string

import phonenumbers

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return rs(rng, string.digits, n)


# ---------------------------------------------------------------- validators
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    if len(d) < 12:
        return False
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def ssn_ok(ssn):
    d = "".join(c for c in ssn if c.isdigit())
    if len(d) != 9:
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    if a in ("000", "666") or a[0] == "9" or g == "00" or s == "0000":
        return False
    if d in ("078051120", "219099999", "123456789"):
        return False
    return True


def mynumber_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    if len(d) != 12:
        return False
    body = d[:11]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    return check == d[11]


def inn12_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    if len(d) != 12:
        return False
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(a * b for a, b in zip(w1, d[:10])) % 11 % 10
    c2 = sum(a * b for a, b in zip(w2, d[:11])) % 11 % 10
    return c1 == d[10] and c2 == d[11]


def inn10_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    if len(d) != 10:
        return False
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return sum(a * b for a, b in zip(w, d[:9])) % 11 % 10 == d[9]


def snils_check(nine):
    s = sum(int(c) * (9 - i) for i, c in enumerate(nine))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    s %= 101
    return 0 if s == 100 else s


def snils_ok(num):
    d = "".join(c for c in num if c.isdigit())
    if len(d) != 11 or int(d[:9]) <= 1001998:
        return False
    return snils_check(d[:9]) == int(d[9:])


PHONE_REGIONS = ("US", "GB", "DE", "FR", "JP", "RU", "AT", "CH", "BE", "CA")


def phone_ok(text, region):
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def phone_any_region(text):
    return any(phone_ok(text, r) for r in PHONE_REGIONS)


def public_ip_ok(ip):
    a = ipaddress.ip_address(ip)
    return a.is_global and ip not in PUBLIC_RESOLVERS


PUBLIC_RESOLVERS = {"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9",
                    "208.67.222.222", "77.88.8.8"}


def fails_all_number_checks(text):
    """A clean look-alike number must fail every applicable check."""
    d = "".join(c for c in text if c.isdigit())
    bad = []
    if luhn_ok(d):
        bad.append("luhn")
    if len(d) == 12 and (mynumber_ok(d) or inn12_ok(d)):
        bad.append("mynumber/inn12")
    if len(d) == 10 and inn10_ok(d):
        bad.append("inn10")
    if len(d) == 11 and snils_ok(d):
        bad.append("snils")
    if len(d) == 9 and ssn_ok(d):
        bad.append("ssn")
    compact = text.replace(" ", "")
    if compact[:2].isalpha() and iban_ok(compact):
        bad.append("iban")
    return not bad, bad


# ---------------------------------------------------------------- generators
def luhn_complete(prefix_and_body):
    for c in string.digits:
        if luhn_ok(prefix_and_body + c):
            return prefix_and_body + c
    raise AssertionError


def card(rng, brand="visa"):
    if brand == "visa":
        n = luhn_complete("4" + digits(rng, 14))
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if brand == "mc":
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55"]) + digits(rng, 13))
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if brand == "amex":
        n = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        return n[:4] + " " + n[4:10] + " " + n[10:]
    if brand == "mir":
        n = luhn_complete("220" + rng.choice("01234") + digits(rng, 11))
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if brand == "jcb":
        n = luhn_complete("35" + str(rng.randint(28, 89)) + digits(rng, 11))
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    raise ValueError(brand)


def card_bad(rng, brand="visa"):
    good = card(rng, brand)
    last = int(good[-1])
    bad = good[:-1] + str((last + rng.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def iban_check(country, bban):
    r = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return "%02d" % (98 - n % 97)


def fr_rib_key(bank, branch, account):
    conv = {}
    for i, ch in enumerate("ABCDEFGHI"):
        conv[ch] = str(i + 1)
    for i, ch in enumerate("JKLMNOPQR"):
        conv[ch] = str(i + 1)
    for i, ch in enumerate("STUVWXYZ"):
        conv[ch] = str(i + 2)
    acc = "".join(conv.get(c, c) for c in account)
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97))


def iban(rng, country):
    if country == "DE":
        bban = rng.choice(["10010010", "37040044", "50010517", "70150000", "20050550"]) + digits(rng, 10)
    elif country == "FR":
        bank, branch, acc = rng.choice(["30004", "30003", "20041", "10278"]), digits(rng, 5), digits(rng, 11)
        bban = bank + branch + acc + fr_rib_key(bank, branch, acc)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(rng, 6) + digits(rng, 8)
    elif country == "ES":
        bban = rng.choice(["2100", "0049", "0182"]) + digits(rng, 16)
    elif country == "NL":
        bban = rng.choice(["INGB", "ABNA", "RABO"]) + digits(rng, 10)
    elif country == "AT":
        bban = rng.choice(["12000", "20111", "32000"]) + digits(rng, 11)
    elif country == "CH":
        bban = rng.choice(["00762", "00230", "08390"]) + digits(rng, 12)
    elif country == "IT":
        bban = rng.choice("ABCDEFGHIJ") + rng.choice(["03069", "02008"]) + digits(rng, 5) + digits(rng, 12)
    elif country == "BE":
        b = digits(rng, 10)
        bban = b + "%02d" % (int(b) % 97 or 97)
    else:
        raise ValueError(country)
    s = country + iban_check(country, bban) + bban
    assert iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_bad(rng, country):
    good = iban(rng, country).replace(" ", "")
    chk = int(good[2:4])
    bad = good[:2] + "%02d" % ((chk + rng.randint(1, 50)) % 97 + 2) + good[4:]
    while iban_ok(bad):
        bad = good[:2] + "%02d" % rng.randint(2, 98) + good[4:]
    return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        if ssn_ok(s):
            return s


def ssn_bad(rng):
    a = rng.choice(["000", "666", "9%02d" % rng.randint(0, 99)])
    return "%s-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def mynumber(rng):
    while True:
        body = digits(rng, 11)
        if body[0] == "0":
            continue
        for c in string.digits:
            if mynumber_ok(body + c):
                n = body + c
                return n[:4] + " " + n[4:8] + " " + n[8:]


def mynumber_bad(rng):
    good = mynumber(rng).replace(" ", "")
    while True:
        bad = good[:11] + str(rng.randint(0, 9))
        if not mynumber_ok(bad) and not inn12_ok(bad) and not luhn_ok(bad):
            return bad[:4] + " " + bad[4:8] + " " + bad[8:]


def inn12(rng):
    region = rng.choice(["77", "78", "50", "66", "16", "54", "23"])
    while True:
        d = region + digits(rng, 8)
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        c1 = sum(int(a) * b for a, b in zip(d, w1)) % 11 % 10
        d += str(c1)
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        c2 = sum(int(a) * b for a, b in zip(d, w2)) % 11 % 10
        d += str(c2)
        if inn12_ok(d):
            return d


def inn12_bad(rng):
    good = inn12(rng)
    while True:
        bad = good[:11] + str(rng.randint(0, 9))
        if not inn12_ok(bad) and not mynumber_ok(bad) and not luhn_ok(bad):
            return bad


def snils(rng):
    while True:
        nine = digits(rng, 9)
        if int(nine) <= 1001998:
            continue
        c = snils_check(nine)
        s = "%s-%s-%s %02d" % (nine[:3], nine[3:6], nine[6:], c)
        if snils_ok(s):
            return s


def snils_bad(rng):
    good = snils(rng)
    while True:
        bad = good[:-2] + "%02d" % rng.randint(0, 99)
        if not snils_ok(bad) and not luhn_ok(bad):
            return bad


PHONE_PATTERNS = {
    "US": [("({a}) {b}-{c}", lambda r: dict(a=r.choice(["415", "312", "617", "503", "720", "206", "512", "614"]),
                                          b=str(r.randint(2, 9)) + digits(r, 2), c=digits(r, 4)))],
    "GB": [("07{a} {b}", lambda r: dict(a=str(r.randint(400, 999)), b=digits(r, 6)))],
    "DE": [("0151 {a}", lambda r: dict(a=str(r.randint(1, 9)) + digits(r, 7))),
           ("0176 {a}", lambda r: dict(a=str(r.randint(1, 9)) + digits(r, 7))),
           ("030 {a}", lambda r: dict(a=str(r.randint(2, 9)) + digits(r, 7))),
           ("089 {a}", lambda r: dict(a=str(r.randint(2, 9)) + digits(r, 7)))],
    "FR": [("06 {a} {b} {c} {d}", lambda r: dict(a=digits(r, 2), b=digits(r, 2), c=digits(r, 2), d=digits(r, 2))),
           ("07 {a} {b} {c} {d}", lambda r: dict(a=str(r.randint(50, 89)), b=digits(r, 2), c=digits(r, 2), d=digits(r, 2))),
           ("01 {a} {b} {c} {d}", lambda r: dict(a=str(r.randint(40, 79)), b=digits(r, 2), c=digits(r, 2), d=digits(r, 2)))],
    "JP": [("090-{a}-{b}", lambda r: dict(a=str(r.randint(1, 9)) + digits(r, 3), b=digits(r, 4))),
           ("080-{a}-{b}", lambda r: dict(a=str(r.randint(1, 9)) + digits(r, 3), b=digits(r, 4))),
           ("03-{a}-{b}", lambda r: dict(a=str(r.randint(3, 6)) + digits(r, 3), b=digits(r, 4)))],
    "RU": [("+7 9{a} {b}-{c}-{d}", lambda r: dict(a=r.choice(["15", "16", "26", "03", "05", "85", "99"]),
                                                 b=digits(r, 3), c=digits(r, 2), d=digits(r, 2))),
           ("8 (495) {b}-{c}-{d}", lambda r: dict(b=str(r.randint(2, 9)) + digits(r, 2), c=digits(r, 2), d=digits(r, 2)))],
}


def phone(rng, region, idx=None):
    pats = PHONE_PATTERNS[region]
    for _ in range(2000):
        fmt, fn = pats[idx] if idx is not None else rng.choice(pats)
        s = fmt.format(**fn(rng))
        if phone_ok(s, region):
            if region == "US" and "555-01" in s:
                continue
            return s
    raise AssertionError(region)


def public_ip(rng):
    while True:
        first = rng.choice([31, 46, 62, 77, 78, 79, 84, 87, 91, 93, 95, 109, 126, 176, 178, 188, 212, 217])
        ip = "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if public_ip_ok(ip):
            return ip


def passport(rng, country):
    if country == "US":
        return digits(rng, 9) if rng.random() < 0.5 else rng.choice("ACEFGHJ") + digits(rng, 8)
    if country == "DE":
        return rs(rng, "CFGHJK", 1) + "".join(
            rng.choice(string.digits) if rng.random() < 0.7 else rng.choice("CFGHJKLMNPRTVWXYZ") for _ in range(8))
    if country == "FR":
        return digits(rng, 2) + rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(rng, 5)
    if country == "JP":
        return rng.choice(["TK", "TR", "TZ", "MZ", "TH"]) + digits(rng, 7)
    if country == "RU":
        return str(rng.randint(70, 76)) + " " + digits(rng, 7)
    if country == "RU_INT":
        return "45 %02d %06d" % (rng.randint(10, 23), rng.randint(100000, 999999))
    if country == "GB":
        return digits(rng, 9)
    raise ValueError(country)


# ---------------------------------------------------------------- secrets
def aws_key_id(rng):
    return "AKIA" + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(rng):
    return rs(rng, string.ascii_letters + string.digits + "/+", 40)


def github_pat(rng):
    return "ghp_" + rs(rng, ALNUM, 36)


def github_fine(rng):
    return "github_pat_11" + rs(rng, UPPER_ALNUM, 20) + "_" + rs(rng, ALNUM, 59)


def gitlab(rng):
    return "glpat-" + rs(rng, ALNUM + "-_", 20)


def slack_bot(rng):
    return "xoxb-%s-%s-%s" % (digits(rng, 12), digits(rng, 13), rs(rng, ALNUM, 24))


def slack_webhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(rng, UPPER_ALNUM, 8), rs(rng, UPPER_ALNUM, 10), rs(rng, ALNUM, 24))


def google_key(rng):
    return "AIza" + rs(rng, ALNUM + "-_", 35)


def openai_key(rng):
    return "sk-proj-" + rs(rng, ALNUM + "-_", 74) + "T3BlbkFJ" + rs(rng, ALNUM + "-_", 74)


def anthropic_key(rng):
    return "sk-ant-api03-" + rs(rng, ALNUM + "-_", 93) + "AA"


def stripe_live(rng, prefix="sk_live_"):
    return prefix + rs(rng, ALNUM, 99 if prefix == "sk_live_" else 24)


def hf_token(rng):
    return "hf_" + rs(rng, string.ascii_letters, 34)


def telegram(rng):
    return "%d:AA%s" % (rng.randint(5000000000, 7999999999), rs(rng, ALNUM + "-_", 33))


def npm_token(rng):
    return "npm_" + rs(rng, ALNUM, 36)


def pypi_token(rng):
    return "pypi-AgEIcHlwaS5vcmc" + rs(rng, B64URL, 160)


def sendgrid(rng):
    return "SG." + rs(rng, ALNUM + "-_", 22) + "." + rs(rng, ALNUM + "-_", 43)


def azure_conn(rng, account):
    key = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
    return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"
            % (account, key))


def twilio_sid(rng):
    return "AC" + rs(rng, HEX, 32)


def twilio_token(rng):
    return rs(rng, HEX, 32)


def discord_bot(rng):
    uid = str(rng.randint(10**17, 10**18 - 1)).encode()
    return (base64.b64encode(uid).decode().rstrip("=") + "." + rs(rng, ALNUM + "-_", 6)
            + "." + rs(rng, ALNUM + "-_", 38))


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(rng, payload):
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64url(bytes(rng.randrange(256) for _ in range(32)))
    return h + "." + p + "." + sig


def private_key(rng, kind="RSA"):
    if kind == "RSA":
        raw = bytes([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]) + \
            bytes(rng.randrange(256) for _ in range(1180))
        body = base64.b64encode(raw).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"
    if kind == "OPENSSH":
        raw = b"openssh-key-v1\x00" + bytes(rng.randrange(256) for _ in range(380))
        body = base64.b64encode(raw).decode()
        lines = [body[i:i + 70] for i in range(0, len(body), 70)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
    if kind == "EC":
        raw = bytes([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]) + bytes(rng.randrange(256) for _ in range(114))
        body = base64.b64encode(raw).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"
    raise ValueError(kind)


def password(rng, n=14):
    while True:
        p = rs(rng, ALNUM + "!#%&*+-=?@^_", n)
        if (any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p)):
            return p


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha256_hex(rng):
    return rs(rng, HEX, 64)


def public_cert(rng):
    raw = bytes([0x30, 0x82, 0x03, 0x5d, 0x30, 0x82, 0x02, 0x45, 0xa0, 0x03, 0x02, 0x01, 0x02]) + \
        bytes(rng.randrange(256) for _ in range(560))
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub(rng, comment):
    raw = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(rng.randrange(256) for _ in range(32))
    return "ssh-ed25519 " + base64.b64encode(raw).decode() + " " + comment


# ---------------------------------------------------------------- obfuscation helpers
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
        "i": "\u0456", "y": "\u0443", "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420",
        "C": "\u0421", "T": "\u0422", "H": "\u041d", "K": "\u041a", "M": "\u041c", "B": "\u0412"}


def homoglyph(text):
    return "".join(HOMO.get(c, c) for c in text)


def zero_width(text):
    return "\u200b".join(text)


def spaced(text):
    return " ".join(text)


def leet(text):
    m = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
    return "".join(m.get(c.lower(), c) for c in text)


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode()
