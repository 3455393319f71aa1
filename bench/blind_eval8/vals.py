"""Value generators and validators for the blind set (stdlib + phonenumbers)."""
import base64, ipaddress, json, re, string
import phonenumbers

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"

def only_digits(s):
    return re.sub(r"\D", "", s)

# ---------------- validators ----------------
def luhn_ok(s):
    d = only_digits(s)
    if not 12 <= len(d) <= 19:
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s.strip())
    if not m:
        return False
    a, g, sr = m.groups()
    if a in ("000", "666") or a[0] == "9" or g == "00" or sr == "0000":
        return False
    return True

def mynumber_check(d11):
    p = [int(c) for c in reversed(d11)]
    tot = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        tot += p[n - 1] * q
    r = tot % 11
    return 0 if r <= 1 else 11 - r

def mynumber_ok(s):
    d = only_digits(s)
    return len(d) == 12 and mynumber_check(d[:11]) == int(d[11])

W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]

def inn_ok(s):
    d = [int(c) for c in only_digits(s)]
    if len(d) == 12:
        c11 = sum(a * b for a, b in zip(d[:10], W11)) % 11 % 10
        c12 = sum(a * b for a, b in zip(d[:11], W12)) % 11 % 10
        return d[10] == c11 and d[11] == c12
    if len(d) == 10:
        return d[9] == sum(a * b for a, b in zip(d[:9], W10)) % 11 % 10
    return False

def snils_cs(d9):
    tot = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if tot < 100:
        return tot
    if tot in (100, 101):
        return 0
    r = tot % 101
    return 0 if r == 100 else r

def snils_ok(s):
    d = only_digits(s)
    return len(d) == 11 and int(d[:9]) > 1001998 and snils_cs(d[:9]) == int(d[9:])

def phone_ok(s, region):
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, region))
    except phonenumbers.NumberParseException:
        return False

RESOLVERS = {"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112",
             "208.67.222.222", "208.67.220.220", "77.88.8.8"}

def public_ip_ok(s):
    ip = ipaddress.ip_address(s)
    return ip.is_global and s not in RESOLVERS

def fails_all_checks(s):
    """True when a look-alike number fails every personal-identifier check."""
    d = only_digits(s)
    if luhn_ok(d) or mynumber_ok(d) or inn_ok(d) or snils_ok(d):
        return False
    if len(d) == 9 and ssn_ok(d):
        return False
    compact = s.replace(" ", "")
    if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]+", compact) and iban_ok(compact):
        return False
    dialable = s.strip()[:1] in ("+", "0", "(")
    for reg in ("US", "GB", "DE", "FR", "JP", "RU"):
        if dialable and len(d) >= 7 and phone_ok(s, reg) and not re.search(r"[A-Za-z]", s):
            # a number that happens to be dialable is not a safe look-alike
            return False
    return True

# ---------------- generators ----------------
class Gen:
    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def d(self, n):
        return self.s(DIG, n)

    # cards
    def card(self, brand="visa", grouped=True):
        pref, ln = {"visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55"], 16),
                    "amex": (["34", "37"], 15), "jcb": (["3528", "3541", "3566"], 16),
                    "mir": (["2200", "2202", "2204"], 16)}[brand]
        body = self.r.choice(pref)
        body += self.d(ln - len(body) - 1)
        for c in DIG:
            if luhn_ok(body + c):
                num = body + c
                break
        assert luhn_ok(num)
        if not grouped:
            return num
        if brand == "amex":
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))

    def bad_card(self):
        while True:
            c = self.card("visa")
            last = int(c[-1])
            bad = c[:-1] + str((last + 3) % 10)
            if fails_all_checks(bad):
                return bad

    # IBAN
    @staticmethod
    def iban_from(cc, bban):
        r = bban + cc + "00"
        num = "".join(str(int(c, 36)) for c in r)
        ck = 98 - int(num) % 97
        return f"{cc}{ck:02d}{bban}"

    def iban(self, cc, grouped=True):
        if cc == "GB":
            bban = self.r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.d(14)
        elif cc == "DE":
            bban = self.r.choice(["10070000", "50010517", "37040044", "20041133", "70150000"]) + self.d(10)
        elif cc == "FR":
            bank, branch, acct = self.r.choice(["30004", "30003", "20041", "10278"]), self.d(5), self.d(11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
            bban = f"{bank}{branch}{acct}{key:02d}"
        elif cc == "NL":
            bban = self.r.choice(["INGB", "ABNA", "RABO"]) + self.d(10)
        elif cc == "AT":
            bban = self.r.choice(["20111", "12000", "32000"]) + self.d(11)
        elif cc == "CH":
            bban = self.r.choice(["00762", "00230", "08390"]) + self.d(12)
        elif cc == "ES":
            bban = self.r.choice(["2100", "0049", "0182"]) + self.d(16)
        i = self.iban_from(cc, bban)
        assert iban_ok(i)
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4)) if grouped else i

    def bad_iban(self, cc):
        i = self.iban(cc, grouped=False)
        ck = int(i[2:4])
        bad = i[:2] + f"{(ck + 7) % 90 + 2:02d}" + i[4:]
        assert not iban_ok(bad)
        return " ".join(bad[k:k + 4] for k in range(0, len(bad), 4))

    # SSN
    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a == 666:
                continue
            v = f"{a:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
            assert ssn_ok(v)
            return v

    def bad_ssn(self):
        while True:
            a = self.r.choice(["000", "9" + self.d(2), "666"])
            v = f"{a}-{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}"
            assert not ssn_ok(v)
            if fails_all_checks(v):
                return v

    # Japan My Number
    def mynumber(self):
        d11 = str(self.r.randint(1, 9)) + self.d(10)
        v = d11 + str(mynumber_check(d11))
        assert mynumber_ok(v)
        return f"{v[:4]} {v[4:8]} {v[8:]}"

    def bad_mynumber(self):
        while True:
            d11 = str(self.r.randint(1, 9)) + self.d(10)
            v = d11 + str((mynumber_check(d11) + 4) % 10)
            if fails_all_checks(v):
                return f"{v[:4]} {v[4:8]} {v[8:]}"

    # Russia
    def inn12(self):
        region = self.r.choice(["77", "78", "50", "66", "16", "54", "23"])
        d = [int(c) for c in region + self.d(8)]
        d.append(sum(a * b for a, b in zip(d, W11)) % 11 % 10)
        d.append(sum(a * b for a, b in zip(d, W12)) % 11 % 10)
        v = "".join(map(str, d))
        assert inn_ok(v)
        return v

    def bad_inn12(self):
        while True:
            v = self.inn12()
            bad = v[:-1] + str((int(v[-1]) + 5) % 10)
            if fails_all_checks(bad):
                return bad

    def snils(self):
        while True:
            d9 = self.d(9)
            if int(d9) <= 1001998:
                continue
            v = d9 + f"{snils_cs(d9):02d}"
            assert snils_ok(v)
            return f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}"

    def bad_snils(self):
        while True:
            d9 = self.d(9)
            cs = (snils_cs(d9) + 13) % 100
            v = d9 + f"{cs:02d}"
            if int(d9) > 1001998 and fails_all_checks(v):
                return f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}"

    # phones
    def phone(self, region, kind="mobile"):
        r = self.r
        for _ in range(1000):
            if region == "US":
                area = r.choice(["212", "415", "617", "312", "206", "303", "512", "704", "503", "919"])
                ex = str(r.randint(2, 9)) + self.d(2)
                if ex == "555" or ex[1:] == "11":
                    continue
                v = f"({area}) {ex}-{self.d(4)}"
            elif region == "GB":
                v = r.choice(["07700", "07911", "07824", "07468", "07723"]) + " " + self.d(6) if kind == "mobile" \
                    else "020 7" + self.d(3) + " " + self.d(4)
                if v.startswith("07700 900"):
                    continue
            elif region == "DE":
                v = (r.choice(["0151", "0160", "0170", "0176", "0152"]) + " " + self.d(4) + " " + self.d(4)
                     if kind == "mobile" else r.choice(["030", "089", "040", "0221"]) + " " + self.d(7))
            elif region == "FR":
                v = (r.choice(["06", "07"]) if kind == "mobile" else r.choice(["01", "04", "05"])) + "".join(
                    " " + self.d(2) for _ in range(4))
            elif region == "JP":
                v = (r.choice(["090", "080", "070"]) + "-" + self.d(4) + "-" + self.d(4)
                     if kind == "mobile" else "03-" + self.d(4) + "-" + self.d(4))
            elif region == "RU":
                v = ("+7 9" + r.choice(["16", "03", "26", "85", "67", "99"]) + " " + self.d(3) + "-" + self.d(2) + "-" + self.d(2)
                     if kind == "mobile" else "+7 (495) " + self.d(3) + "-" + self.d(2) + "-" + self.d(2))
            if phone_ok(v, region):
                return v
        raise RuntimeError("no valid phone")

    def public_ip(self):
        while True:
            v = f"{self.r.choice([31, 46, 62, 77, 81, 84, 86, 89, 93, 95, 109, 126, 178, 188, 212, 217])}." \
                f"{self.r.randint(1, 254)}.{self.r.randint(1, 254)}.{self.r.randint(2, 253)}"
            if public_ip_ok(v):
                return v

    # passports
    def passport(self, kind):
        if kind == "US":
            return str(self.r.randint(5, 6)) + self.d(8)
        if kind == "GB":
            return self.d(9)
        if kind == "DE":
            return self.r.choice("CFGHJK") + self.s("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if kind == "FR":
            return self.d(2) + self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.d(5)
        if kind == "JP":
            return self.r.choice(["TK", "TR", "TZ", "MZ"]) + self.d(7)
        if kind == "RU":
            return f"{self.r.randint(70, 77)} {self.d(7)}"
        if kind == "RU_INTERNAL":
            return f"{self.d(2)} {self.d(2)} {self.d(6)}"

    # secrets
    def github(self):
        return "ghp_" + self.s(ALNUM, 36)

    def github_fine(self):
        return "github_pat_11" + self.s(string.ascii_uppercase + DIG, 20) + "_" + self.s(ALNUM, 59)

    def gitlab(self):
        return "glpat-" + self.s(ALNUM + "-_", 20)

    def slack_bot(self):
        return f"xoxb-{self.d(11)}-{self.d(13)}-{self.s(ALNUM, 24)}"

    def slack_webhook(self):
        up = string.ascii_uppercase + DIG
        return f"https://hooks.slack.com/services/T{self.s(up, 8)}/B{self.s(up, 10)}/{self.s(ALNUM, 24)}"

    def aws_pair(self):
        kid = "AKIA" + self.s(string.ascii_uppercase + "234567", 16)
        assert not kid.endswith("EXAMPLE")
        return kid, self.s(B64, 40)

    def google(self):
        return "AIza" + self.s(B64URL, 35)

    def openai(self):
        if self.r.random() < 0.5:
            return "sk-proj-" + self.s(B64URL, 58) + "T3BlbkFJ" + self.s(B64URL, 58)
        return "sk-" + self.s(ALNUM, 20) + "T3BlbkFJ" + self.s(ALNUM, 20)

    def anthropic(self):
        return "sk-ant-api03-" + self.s(B64URL, 93) + "AA"

    def stripe(self):
        return self.r.choice(["sk_live_", "rk_live_"]) + self.s(ALNUM, 24) + self.s(ALNUM, self.r.choice([0, 75]))

    def hf(self):
        return "hf_" + self.s(string.ascii_letters, 34)

    def telegram(self):
        return f"{self.r.randint(10**8, 8 * 10**9)}:AA{self.s(B64URL, 33)}"

    def npm(self):
        return "npm_" + self.s(ALNUM, 36)

    def pypi(self):
        return "pypi-AgEIcHlwaS5vcmcCJ" + self.s(B64URL, 150)

    def sendgrid(self):
        return "SG." + self.s(B64URL, 22) + "." + self.s(B64URL, 43)

    def azure_conn(self, account):
        key = self.s(B64, 86) + "=="
        return f"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key};EndpointSuffix=core.windows.net"

    def twilio(self):
        return "AC" + self.s(HEX, 32), self.s(HEX, 32)

    def password(self):
        words = ["Harbor", "Quill", "Maple", "Orbit", "Falcon", "Cedar", "Nimbus", "Tango", "Velvet", "Ember"]
        return self.r.choice(words) + self.r.choice("!#%&*$") + self.d(self.r.randint(2, 4)) + self.r.choice(words).lower() + self.r.choice("?!.")

    def private_key(self, kind="RSA"):
        raw = bytes(self.r.getrandbits(8) for _ in range(self.r.choice([600, 900])))
        if kind == "OPENSSH":
            raw = b"openssh-key-v1\x00\x00\x00\x00\x04none" + raw
            head = "OPENSSH PRIVATE KEY"
        elif kind == "EC":
            raw = b"\x30\x77\x02\x01\x01\x04\x20" + raw[:113]
            head = "EC PRIVATE KEY"
        else:
            raw = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + raw
            head = "RSA PRIVATE KEY" if kind == "RSA" else "PRIVATE KEY"
        b = base64.b64encode(raw).decode()
        width = 70 if kind == "OPENSSH" else 64
        lines = [b[i:i + width] for i in range(0, len(b), width)]
        return f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"

    def jwt(self, payload):
        def enc(obj):
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc({"alg": "HS256", "typ": "JWT"}) + "." + enc(payload) + "." + self.s(B64URL, 43)

    def uuid(self):
        h = self.s(HEX, 32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def hexs(self, n):
        return self.s(HEX, n)

    def b64(self, n):
        return self.s(B64, n)
