"""Deterministic value generators; every value is checked before it is returned."""
import string
import checks as C

B32 = string.ascii_uppercase + "234567"
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"


class V:
    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n, first_nonzero=True):
        d = self.s("0123456789", n)
        if first_nonzero and d[0] == "0":
            d = str(self.r.randint(1, 9)) + d[1:]
        return d

    # ---------- PII ----------
    def card(self, brand="visa"):
        if brand == "visa":
            num = C.luhn_complete("4" + self.digits(14, False))
            out = " ".join(num[i:i + 4] for i in range(0, 16, 4))
        elif brand == "mc":
            num = C.luhn_complete("5" + str(self.r.randint(1, 5)) + self.digits(13, False))
            out = "-".join(num[i:i + 4] for i in range(0, 16, 4))
        else:
            num = C.luhn_complete(self.r.choice(["34", "37"]) + self.digits(12, False))
            out = f"{num[:4]} {num[4:10]} {num[10:]}"
        assert C.luhn_ok(out)
        return out

    def iban(self, country):
        if country == "DE":
            ib = C.iban_make("DE", self.digits(8) + self.digits(10, False))
        elif country == "FR":
            bank, branch, acct = self.digits(5), self.digits(5), self.digits(11, False)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
            ib = C.iban_make("FR", f"{bank}{branch}{acct}{key:02d}")
        elif country == "GB":
            ib = C.iban_make("GB", self.r.choice(["NWBK", "BARC", "HBUK", "LOYD"]) + self.digits(6) + self.digits(8, False))
        elif country == "NL":
            ib = C.iban_make("NL", self.r.choice(["INGB", "RABO", "ABNA"]) + self.digits(10, False))
        else:
            ib = C.iban_make("ES", self.digits(20))
        assert C.iban_ok(ib)
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a == 666:
                continue
            v = f"{a:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
            if C.ssn_ok(v):
                return v

    def mynumber(self):
        d11 = self.digits(11)
        v = d11 + str(C.mynumber_check(d11))
        assert C.mynumber_ok(v)
        return f"{v[:4]} {v[4:8]} {v[8:]}"

    def inn10(self):
        v = C.inn_make10(self.r.choice(["77", "78", "50", "54", "66"]) + self.digits(7, False))
        assert C.inn_ok(v)
        return v

    def inn12(self):
        v = C.inn_make12(self.r.choice(["77", "78", "50", "16", "23"]) + self.digits(8, False))
        assert C.inn_ok(v)
        return v

    def snils(self):
        while True:
            d9 = self.digits(9)
            v = f"{d9[:3]}-{d9[3:6]}-{d9[6:]} {C.snils_cs(d9):02d}"
            if C.snils_ok(v):
                return v

    def phone(self, region):
        for _ in range(1000):
            if region == "US":
                v = f"({self.r.choice(['312','415','617','206','512','718'])}) {self.r.randint(201, 989)}-{self.digits(4, False)}"
                if v[6:9] == "555":
                    continue
            elif region == "DE":
                v = self.r.choice([f"+49 151 {self.digits(8, False)}", f"030 {self.digits(8)}", f"0176 {self.digits(8, False)}", f"+49 89 {self.digits(7)}"])
            elif region == "FR":
                v = self.r.choice([f"06 {self.digits(2,False)} {self.digits(2,False)} {self.digits(2,False)} {self.digits(2,False)}",
                                   f"+33 7 {self.digits(2,False)} {self.digits(2,False)} {self.digits(2,False)} {self.digits(2,False)}",
                                   f"01 {self.digits(2)} {self.digits(2,False)} {self.digits(2,False)} {self.digits(2,False)}"])
            elif region == "JP":
                v = self.r.choice([f"090-{self.digits(4)}-{self.digits(4, False)}", f"080-{self.digits(4)}-{self.digits(4, False)}", f"03-{self.digits(4)}-{self.digits(4, False)}"])
            else:
                v = self.r.choice([f"+7 916 {self.digits(3, False)}-{self.digits(2, False)}-{self.digits(2, False)}",
                                   f"8 (926) {self.digits(3)}-{self.digits(2, False)}-{self.digits(2, False)}",
                                   f"+7 (812) {self.digits(3)}-{self.digits(2, False)}-{self.digits(2, False)}"])
            if C.phone_ok(v, region):
                return v
        raise AssertionError(region)

    def passport(self, kind):
        if kind == "US":
            return self.digits(9)
        if kind == "DE":
            return "C" + self.s("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if kind == "FR":
            return f"{self.digits(2)}{self.s('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}{self.digits(5)}"
        if kind == "JP":
            return self.r.choice(["TK", "TR", "MZ", "TZ"]) + self.digits(7)
        return f"{self.digits(2)} {self.digits(2, False)} {self.digits(6)}"

    def public_ip(self):
        return f"{self.r.choice([84, 91, 178, 185, 212, 31, 62, 77, 93, 109])}.{self.r.randint(1, 254)}.{self.r.randint(1, 254)}.{self.r.randint(2, 253)}"

    # ---------- secrets ----------
    def aws(self):
        return "AKIA" + self.s(B32, 16), self.s(ALNUM + "/+", 40)

    def github(self):
        return self.r.choice(["ghp_", "gho_", "ghs_"]) + self.s(ALNUM, 36)

    def github_pat(self):
        return "github_pat_" + self.s(ALNUM, 22) + "_" + self.s(ALNUM, 59)

    def gitlab(self):
        return "glpat-" + self.s(URLSAFE, 20)

    def slack(self):
        return f"xoxb-{self.digits(11)}-{self.digits(13)}-{self.s(ALNUM, 24)}"

    def slack_webhook(self):
        return f"https://hooks.slack.com/services/T{self.s(B32[:26]+'0123456789', 8)}/B{self.s(B32[:26]+'0123456789', 10)}/{self.s(ALNUM, 24)}"

    def stripe(self, kind="sk_live_"):
        return kind + self.s(ALNUM, 24)

    def openai(self):
        return self.r.choice([
            "sk-" + self.s(ALNUM, 20) + "T3BlbkFJ" + self.s(ALNUM, 20),
            "sk-proj-" + self.s(URLSAFE, 74) + "T3BlbkFJ" + self.s(URLSAFE, 74)])

    def anthropic(self):
        return "sk-ant-api03-" + self.s(URLSAFE, 93) + "AA"

    def google(self):
        return "AIza" + self.s(URLSAFE, 35)

    def twilio(self):
        return "AC" + self.s(HEX, 32), self.s(HEX, 32), "SK" + self.s(HEX, 32)

    def sendgrid(self):
        return "SG." + self.s(URLSAFE, 22) + "." + self.s(URLSAFE, 43)

    def npm(self):
        return "npm_" + self.s(ALNUM, 36)

    def pypi(self):
        return "pypi-AgEIcHlwaS5vcmc" + self.s(URLSAFE, 60)

    def hf(self):
        return "hf_" + self.s(string.ascii_letters, 34)

    def azure(self, acct):
        return (f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={self.s(B64, 86)}==;"
                "EndpointSuffix=core.windows.net")

    def telegram(self):
        return f"{self.digits(10)}:AA{self.s(URLSAFE, 33)}"

    def password(self):
        return (self.s(string.ascii_uppercase, 1) + self.s(string.ascii_lowercase, 5) + self.s("!#%&*?", 1)
                + self.s(string.digits, 3) + self.s(string.ascii_letters, 3))

    def pem(self, kind="RSA"):
        import base64
        raw = bytes(self.r.getrandbits(8) for _ in range(600 if kind == "RSA" else 300))
        if kind == "RSA":
            body = base64.b64encode(b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + raw).decode()
            head, tail = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"
        elif kind == "EC":
            body = base64.b64encode(b"\x30\x77\x02\x01\x01\x04\x20" + raw[:110]).decode()
            head, tail = "-----BEGIN EC PRIVATE KEY-----", "-----END EC PRIVATE KEY-----"
        else:
            body = base64.b64encode(b"openssh-key-v1\x00\x00\x00\x00\x04none" + raw).decode()
            head, tail = "-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----"
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "\n".join([head] + lines + [tail])

    def jwt(self, payload):
        import base64, json
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc({"alg": "HS256", "typ": "JWT"}) + "." + enc(payload) + "." + self.s(URLSAFE, 43)
