"""Checksum validators and deterministic value generators for blind_eval7."""
import base64, random, re, string
import phonenumbers

def luhn_ok(num):
    d = [int(c) for c in num][::-1]
    s = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0

def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c

IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "NL": 18}
def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]: return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def make_iban(cc, rng):
    n = IBAN_LEN[cc] - 4
    if cc == "NL":
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(rng.choice(string.digits) for _ in range(10))
    else:
        bban = "".join(rng.choice(string.digits) for _ in range(n))
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    iban = f"{cc}{chk:02d}{bban}"
    assert iban_ok(iban)
    return " ".join(iban[i:i+4] for i in range(0, len(iban), 4))

def ssn_ok(s):
    d = s.replace("-", "")
    if len(d) != 9 or not d.isdigit(): return False
    a, g, sr = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and sr != "0000"

def make_ssn(rng):
    while True:
        s = f"{rng.randint(1,899):03d}-{rng.randint(1,99):02d}-{rng.randint(1,9999):04d}"
        if ssn_ok(s): return s

def mynumber_check(d11):
    p = [int(c) for c in d11][::-1]
    s = sum(p[n-1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    return 0 if r <= 1 else 11 - r

def mynumber_ok(s):
    d = re.sub(r"[ -]", "", s)
    return len(d) == 12 and d.isdigit() and mynumber_check(d[:11]) == int(d[11])

def make_mynumber(rng):
    b = str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(10))
    d = b + str(mynumber_check(b))
    assert mynumber_ok(d)
    return f"{d[:4]} {d[4:8]} {d[8:]}"

W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
def _wc(d, w): return sum(int(a) * b for a, b in zip(d, w)) % 11 % 10
def inn_ok(s):
    if not s.isdigit(): return False
    if len(s) == 10: return _wc(s[:9], W10) == int(s[9])
    if len(s) == 12: return _wc(s[:10], W11) == int(s[10]) and _wc(s[:11], W12) == int(s[11])
    return False

def make_inn12(rng):
    d = "77" + "".join(rng.choice(string.digits) for _ in range(8))
    d += str(_wc(d, W11)); d += str(_wc(d, W12))
    assert inn_ok(d); return d

def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100: return s
    if s in (100, 101): return 0
    r = s % 101
    return 0 if r == 100 else r

def snils_ok(s):
    d = re.sub(r"[ -]", "", s)
    return len(d) == 11 and d.isdigit() and int(d[:9]) > 1001998 and snils_check(d[:9]) == int(d[9:])

def make_snils(rng):
    d9 = "".join(rng.choice(string.digits) for _ in range(9))
    if int(d9) <= 1001998: d9 = "1" + d9[1:]
    d = d9 + f"{snils_check(d9):02d}"
    assert snils_ok(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"

PHONE_FMT = {"US": ("+1", 10), "DE": ("+49", 11), "FR": ("+33", 9), "JP": ("+81", 10), "RU": ("+7", 10)}
PHONE_START = {"US": ["212", "312", "415", "617", "503", "720"], "DE": ["151", "160", "170", "176", "30", "89"],
               "FR": ["6", "7", "1"], "JP": ["90", "80", "70", "3"], "RU": ["916", "925", "903", "495", "812"]}
def make_phone(region, rng):
    cc, n = PHONE_FMT[region]
    while True:
        st = rng.choice(PHONE_START[region])
        nat = st + "".join(rng.choice(string.digits) for _ in range(n - len(st)))
        if region == "US" and nat[3:6] == "555": continue
        p = phonenumbers.parse(cc + nat, None)
        if phonenumbers.is_valid_number(p):
            fmt = phonenumbers.PhoneNumberFormat.NATIONAL if rng.random() < 0.5 else phonenumbers.PhoneNumberFormat.INTERNATIONAL
            return phonenumbers.format_number(p, fmt)

def phone_ok(s, region):
    try: return phonenumbers.is_valid_number(phonenumbers.parse(s, region))
    except Exception: return False

# ---------- clean-side helpers: numbers guaranteed to fail every checksum ----------
def any_valid(d):
    d = re.sub(r"[ -]", "", d)
    if not d.isdigit(): return False
    n = len(d)
    return ((13 <= n <= 19 and luhn_ok(d)) or (n == 9 and ssn_ok(d)) or (n == 12 and (mynumber_ok(d) or inn_ok(d)))
            or (n == 10 and inn_ok(d)) or (n == 11 and snils_ok(d)))

def safe_digits(n, rng, first=None):
    while True:
        d = (first or str(rng.randint(1, 9))) + "".join(rng.choice(string.digits) for _ in range(n - 1 - (len(first) - 1 if first else 0)))
        d = d[:n]
        if not any_valid(d): return d

def bad_luhn(prefix, length, rng):
    c = luhn_complete(prefix, length, rng)
    c = c[:-1] + str((int(c[-1]) + 3) % 10)
    assert not luhn_ok(c); return c

def bad_iban(cc, rng):
    s = make_iban(cc, rng).replace(" ", "")
    s = s[:2] + f"{(int(s[2:4]) + 7) % 97 + 2:02d}" + s[4:]
    if iban_ok(s): return bad_iban(cc, rng)
    return " ".join(s[i:i+4] for i in range(0, len(s), 4))

# candidate extraction for the "clean contains nothing valid" self-check
CAND = re.compile(r"(?<![\w])\d(?:[ -]?\d){8,22}(?![\w])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")
def find_valid_ids(text):
    hits = []
    for m in CAND.finditer(text):
        s = m.group(0)
        # also test sub-chunks split at double separators / single groups
        if any_valid(s): hits.append(s)
        parts = re.split(r" ", s)
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                sub = " ".join(parts[i:j])
                if sub != s and any_valid(sub): hits.append(sub)
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group(0)): hits.append(m.group(0))
    return hits

# ---------- secrets ----------
AL = string.ascii_letters + string.digits
def rs(rng, n, alpha=AL): return "".join(rng.choice(alpha) for _ in range(n))
def b64url(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")

def jwt(rng, claims):
    import json
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{h}.{p}.{rs(rng, 43, AL + '-_')}"

def pem(rng, kind="RSA PRIVATE KEY", lines=12):
    body = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(48 * lines))).decode()
    body = "\n".join(body[i:i+64] for i in range(0, len(body), 64))
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"

def tokens(rng):
    B32 = string.ascii_uppercase + "234567"
    return {
        "aws_id": "AKIA" + rs(rng, 16, B32),
        "aws_secret": rs(rng, 40, AL + "+/"),
        "ghp": "ghp_" + rs(rng, 36),
        "gh_pat": "github_pat_" + rs(rng, 22) + "_" + rs(rng, 59),
        "glpat": "glpat-" + rs(rng, 20, AL + "_-"),
        "slack_bot": f"xoxb-{rs(rng, 12, string.digits)}-{rs(rng, 13, string.digits)}-{rs(rng, 24)}",
        "slack_hook": f"https://hooks.slack.com/services/T{rs(rng, 8, B32)}/B{rs(rng, 10, B32)}/{rs(rng, 24)}",
        "stripe": "sk_live_" + rs(rng, 99 if rng.random() < .3 else 24),
        "stripe_rk": "rk_live_" + rs(rng, 24),
        "openai": "sk-proj-" + rs(rng, 74, AL + "_-") + "T3BlbkFJ" + rs(rng, 74, AL + "_-"),
        "anthropic": "sk-ant-api03-" + rs(rng, 93, AL + "_-") + "AA",
        "google": "AIza" + rs(rng, 35, AL + "_-"),
        "sendgrid": "SG." + rs(rng, 22, AL + "_-") + "." + rs(rng, 43, AL + "_-"),
        "npm": "npm_" + rs(rng, 36),
        "pypi": "pypi-AgEIcHlwaS5vcmc" + rs(rng, 60, AL + "_-"),
        "hf": "hf_" + rs(rng, 34, string.ascii_letters),
        "azure": f"DefaultEndpointsProtocol=https;AccountName=st{rs(rng, 8, string.ascii_lowercase)};AccountKey={rs(rng, 86, AL + '+/')}==;EndpointSuffix=core.windows.net",
        "telegram": f"{rng.randint(10**8, 10**10 - 1)}:AA{rs(rng, 33, AL + '_-')}",
        "pw": rs(rng, 6, string.ascii_letters) + rng.choice("!#%*") + rs(rng, 5, AL),
    }
