"""Value generators for the blind10 evaluation set.

Every generator draws from the Random instance handed in (seeded once with 1010
in make_set.py); nothing here touches global randomness.  Checksum-bearing
values are logged as (type, value, should_be_valid) so that check_set.py can
re-validate them with its own, independently written validators.
"""
import base64
import json
import string
import struct
import zlib

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"


# ---------------------------------------------------------------- checksums
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # these get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def fr_rib_key(bank, guichet, account):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(account)) % 97)


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def my_number_check(eleven):
    # P_n counted from the right of the 11-digit body, Q_n = n+1 (n<=6) else n-5
    total = 0
    for n in range(1, 12):
        p = int(eleven[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


def inn12_checks(ten):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * b for a, b in zip(ten, w1)) % 11 % 10
    eleven = ten + str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(a) * b for a, b in zip(eleven, w2)) % 11 % 10
    return str(c1) + str(c2)


def snils_check(nine):
    s = sum(int(c) * (9 - i) for i, c in enumerate(nine))
    if s < 100:
        return "%02d" % s
    if s in (100, 101):
        return "00"
    r = s % 101
    return "00" if r == 100 else "%02d" % r


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def wrap(s, n=64):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


def _ssh_str(b):
    return struct.pack(">I", len(b)) + b


FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fullwidth(s):
    return s.translate(FW)


class V:
    """Value helper bound to one Random instance; logs checksum values."""

    def __init__(self, rng):
        self.rng = rng
        self.log = []

    # ---------------------------------------------------------- basics
    def c(self, seq):
        return self.rng.choice(seq)

    def rs(self, alphabet, n):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def digits(self, n, first_nonzero=False):
        s = self.rs(DIG, n)
        if first_nonzero and s[0] == "0":
            s = self.rng.choice("123456789") + s[1:]
        return s

    def rbytes(self, n):
        return bytes(self.rng.getrandbits(8) for _ in range(n))

    def _log(self, typ, value, valid):
        self.log.append([typ, value, valid])

    # ---------------------------------------------------------- cards
    CARD_PREFIX = {
        "visa": (["4"], 16),
        "mastercard": (["51", "52", "53", "54", "55", "2221", "2305", "2484", "2680"], 16),
        "amex": (["34", "37"], 15),
        "discover": (["6011", "644", "65"], 16),
        "jcb": (["3528", "3540", "3566", "3589"], 16),
        "mir": (["2200", "2201", "2202", "2204"], 16),
        "unionpay": (["62"], 16),
    }

    def card(self, brand):
        pref, n = self.CARD_PREFIX[brand]
        p = self.c(pref)
        body = p + self.rs(DIG, n - 1 - len(p))
        num = body + luhn_digit(body)
        self._log("luhn", num, True)
        return num

    def card_invalid(self, brand):
        pref, n = self.CARD_PREFIX[brand]
        p = self.c(pref)
        body = p + self.rs(DIG, n - 1 - len(p))
        good = luhn_digit(body)
        bad = str((int(good) + self.rng.randint(1, 9)) % 10)
        num = body + bad
        self._log("luhn", num, False)
        return num

    def luhn_fail_digits(self, n, first_nonzero=True):
        body = self.digits(n - 1, first_nonzero)
        good = luhn_digit(body)
        num = body + str((int(good) + self.rng.randint(1, 9)) % 10)
        self._log("luhn", num, False)
        return num

    @staticmethod
    def fmt_card(num, style=0):
        if len(num) == 15:
            parts = [num[:4], num[4:10], num[10:]]
        else:
            parts = [num[i:i + 4] for i in range(0, 16, 4)]
        return [" ".join(parts), "-".join(parts), num, "  ".join(parts)][style]

    # ---------------------------------------------------------- IBAN
    def _bban(self, cc):
        if cc == "DE":
            return self.c(["10010010", "37040044", "50010517", "70150000", "12030000", "20050550", "86055592"]) + self.digits(10)
        if cc == "FR":
            bank = self.c(["30004", "30002", "10278", "20041", "30003", "17515"])
            gui = self.digits(5)
            acc = self.digits(11)
            return bank + gui + acc + fr_rib_key(bank, gui, acc)
        if cc == "GB":
            return self.c(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + self.digits(6) + self.digits(8)
        if cc == "ES":
            bank = self.c(["2100", "0049", "0182", "0081", "2038"])
            br = self.digits(4)
            acc = self.digits(10)
            return bank + br + str(es_dc("00" + bank + br)) + str(es_dc(acc)) + acc
        if cc == "AT":
            return self.c(["20111", "12000", "32000", "14000", "60000"]) + self.digits(11)
        if cc == "CH":
            return self.c(["00230", "00700", "09000", "00762", "08390"]) + self.digits(12)
        if cc == "BE":
            ten = self.c(["001", "068", "310", "363", "735"]) + self.digits(7)
            k = int(ten) % 97
            return ten + "%02d" % (k if k else 97)
        raise ValueError(cc)

    def iban(self, cc):
        bban = self._bban(cc)
        s = cc + iban_check(cc, bban) + bban
        self._log("iban", s, True)
        return s

    def iban_invalid(self, cc):
        bban = self._bban(cc)
        good = cc + iban_check(cc, bban) + bban
        # flip one digit of the BBAN: a single-digit change always breaks mod-97
        idxs = [i for i in range(6, len(good)) if good[i].isdigit()]
        i = self.c(idxs)
        d = str((int(good[i]) + self.rng.randint(1, 9)) % 10)
        s = good[:i] + d + good[i + 1:]
        self._log("iban", s, False)
        return s

    # ---------------------------------------------------------- national ids
    def ssn(self):
        while True:
            a = self.rng.randint(1, 899)
            if a != 666:
                break
        s = "%03d-%02d-%04d" % (a, self.rng.randint(1, 99), self.rng.randint(1, 9999))
        self._log("ssn", s, True)
        return s

    def ssn_invalid(self, how):
        g, n = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        a = {"000": 0, "666": 666, "9xx": self.rng.randint(900, 999)}[how]
        s = "%03d-%02d-%04d" % (a, g, n)
        self._log("ssn", s, False)
        return s

    def my_number(self):
        body = self.digits(11, True)
        s = body + my_number_check(body)
        self._log("my_number", s, True)
        return s

    def my_number_invalid(self):
        body = self.digits(11, True)
        good = int(my_number_check(body))
        s = body + str((good + self.rng.randint(1, 9)) % 10)
        self._log("my_number", s, False)
        return s

    def inn(self):
        ten = self.c(["77", "78", "50", "66", "16", "54", "52", "23", "63", "02"]) + self.digits(8)
        s = ten + inn12_checks(ten)
        self._log("inn", s, True)
        return s

    def inn_invalid(self):
        ten = self.c(["77", "78", "50", "66", "16", "54"]) + self.digits(8)
        chk = inn12_checks(ten)
        s = ten + chk[0] + str((int(chk[1]) + self.rng.randint(1, 9)) % 10)
        self._log("inn", s, False)
        return s

    def snils(self):
        while True:
            nine = self.digits(9)
            if int(nine) > 1001998:
                break
        s = "%s-%s-%s %s" % (nine[:3], nine[3:6], nine[6:], snils_check(nine))
        self._log("snils", s, True)
        return s

    def snils_invalid(self):
        while True:
            nine = self.digits(9)
            if int(nine) > 1001998:
                break
        good = int(snils_check(nine))
        bad = (good + self.rng.randint(1, 90)) % 101
        if bad == 100:
            bad = 1
        s = "%s-%s-%s %02d" % (nine[:3], nine[3:6], nine[6:], bad)
        self._log("snils", s, False)
        return s

    # ---------------------------------------------------------- phones
    def phone_us(self, style=None):
        area = self.c(["212", "312", "415", "503", "617", "720", "646", "469", "404", "206", "512", "602", "773", "818", "919", "614"])
        while True:
            ex = self.rng.choice("23456789") + self.digits(2)
            if ex != "555" and ex[1:] != "11":
                break
        line = self.digits(4)
        style = self.rng.randint(0, 3) if style is None else style
        return ["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s"][style] % (area, ex, line)

    def phone_uk(self, mobile=True):
        if mobile:
            while True:
                rest = self.rng.choice("345789") + self.digits(8)
                if not rest.startswith("7009"):
                    break
            n = "07" + rest
            return self.c(["%s %s" % (n[:5], n[5:]), "+44 %s %s" % (n[1:5], n[5:]), "%s %s %s" % (n[:5], n[5:8], n[8:])])
        while True:
            a = self.rng.choice("2345689") + self.digits(3)
            b = self.digits(4)
            if not (a == "7946" and b[0] == "0"):
                break
        return "020 %s %s" % (a, b)

    def phone_de(self, mobile=True):
        if mobile:
            p = self.c(["0151", "0152", "0157", "0160", "0170", "0171", "0175", "0176", "0177"])
            sub = self.digits(8 if p.startswith("015") else 7, True)
            return self.c(["%s %s" % (p, sub), "+49 %s %s" % (p[1:], sub), "%s/%s" % (p, sub), "%s-%s %s" % (p, sub[:3], sub[3:])])
        p = self.c(["030", "089", "040", "0221", "069", "0711"])
        sub = self.rng.choice("23456789") + self.digits(6 if len(p) == 4 else 7)
        return self.c(["%s %s" % (p, sub), "(%s) %s" % (p, sub), "+49 %s %s" % (p[1:], sub)])

    def phone_fr(self, mobile=True):
        if mobile:
            while True:
                n = self.c(["06", "07"]) + self.rng.choice("123456789") + self.digits(7)
                if not n.startswith("063998"):
                    break
        else:
            n = self.c(["01", "04", "05"]) + self.rng.choice("2345678") + self.digits(7)
        pairs = [n[i:i + 2] for i in range(0, 10, 2)]
        return self.c([" ".join(pairs), ".".join(pairs), "+33 " + n[1] + " " + " ".join(pairs[1:]), n])

    def phone_jp(self, mobile=True):
        if mobile:
            return "%s-%s-%s" % (self.c(["090", "080", "070"]), self.rng.choice("123456789") + self.digits(3), self.digits(4))
        return "%s-%s-%s" % (self.c(["03", "06"]), self.rng.choice("3456789") + self.digits(3), self.digits(4))

    def phone_ru(self, mobile=True):
        if mobile:
            code = self.c(["903", "905", "910", "915", "916", "917", "921", "926", "977", "985", "999", "912", "950"])
        else:
            code = self.c(["495", "499", "812", "843", "343"])
        a, b, c_ = self.rng.choice("23456789") + self.digits(2), self.digits(2), self.digits(2)
        return self.c(["+7 %s %s-%s-%s", "8 (%s) %s-%s-%s", "+7(%s)%s%s%s", "8-%s-%s-%s-%s"]) % (code, a, b, c_)

    # ---------------------------------------------------------- misc pii
    def public_ipv4(self):
        first = self.c([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95, 109, 176, 178, 188, 212, 213, 217, 24, 68, 71, 73, 98, 99])
        return "%d.%d.%d.%d" % (first, self.rng.randint(0, 255), self.rng.randint(0, 255), self.rng.randint(1, 254))

    def public_ipv6(self):
        return "2a02:%s:%s:%s:%s:%s:%s:%s" % tuple(self.rs(HEX, 4).lstrip("0") or "0" for _ in range(7))

    def passport(self, country):
        if country == "US":
            return self.c([self.rng.choice("56") + self.digits(8), self.c("ACEFGHJKLMN") + self.digits(8)])
        if country == "UK":
            return self.rng.choice("12345") + self.digits(8)
        if country == "DE":
            return self.rng.choice("CFGHJK") + self.rs("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if country == "FR":
            return self.digits(2) + self.rs(UP, 2) + self.digits(5)
        if country == "JP":
            return self.c(["TK", "TR", "TZ", "MU", "MZ", "TS"]) + self.digits(7)
        if country == "RU_INT":
            return "%s %s %s" % (self.c(["45", "40", "46", "92", "65", "50"]), "%02d" % self.rng.randint(5, 23), self.digits(6))
        if country == "RU_FOREIGN":
            return "%s %s" % (self.c(["75", "76", "77"]), self.digits(7))
        raise ValueError(country)

    # ---------------------------------------------------------- secrets
    def gh_token(self, prefix="ghp_"):
        body = self.rs(ALNUM, 30)
        return prefix + body + b62(zlib.crc32(body.encode()), 6)

    def gh_fine(self):
        return "github_pat_11" + self.rs(UP + DIG, 20) + "_" + self.rs(ALNUM, 59)

    def gitlab(self):
        return "glpat-" + self.rs(URLSAFE, 20)

    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.digits(11, True), self.digits(13, True), self.rs(ALNUM, 24))

    def slack_user(self):
        return "xoxp-%s-%s-%s-%s" % (self.digits(11, True), self.digits(11, True), self.digits(13, True), self.rs(HEX, 32))

    def slack_webhook(self):
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (self.rs(UP + DIG, 8), self.rs(UP + DIG, 10), self.rs(ALNUM, 24))

    def stripe(self, kind="sk_live_", long=True):
        return kind + ("51" + self.rs(ALNUM, 97) if long else self.rs(ALNUM, 24))

    def openai(self, proj=True):
        if proj:
            return "sk-proj-" + self.rs(URLSAFE, 74) + "T3BlbkFJ" + self.rs(URLSAFE, 74)
        return "sk-" + self.rs(ALNUM, 20) + "T3BlbkFJ" + self.rs(ALNUM, 20)

    def anthropic(self):
        return "sk-ant-api03-" + self.rs(URLSAFE, 93) + "AA"

    def google_api(self):
        return "AIzaSy" + self.rs(URLSAFE, 33)

    def aws_id(self, prefix="AKIA"):
        return prefix + self.rs(UP + "234567", 16)

    def aws_secret(self):
        return self.rs(B64, 40)

    def twilio(self):
        return "AC" + self.rs(HEX, 32), self.rs(HEX, 32)

    def sendgrid(self):
        return "SG." + self.rs(URLSAFE, 22) + "." + self.rs(URLSAFE, 43)

    def npm(self):
        return "npm_" + self.rs(ALNUM, 36)

    def pypi(self):
        return "pypi-AgEIcHlwaS5vcmcCJD" + self.rs(URLSAFE, 150)

    def azure_conn(self, account):
        key = base64.b64encode(self.rbytes(64)).decode()
        return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (account, key)

    def hf(self):
        return "hf_" + self.rs(string.ascii_letters, 34)

    def telegram(self):
        return "%s:AA%s" % (self.digits(10, True), self.rs(URLSAFE, 33))

    def jwt(self, payload, alg="HS256", kid=None):
        hdr = {"alg": alg, "typ": "JWT"}
        if kid:
            hdr["kid"] = kid
        h = b64url(json.dumps(hdr, separators=(",", ":")).encode())
        p = b64url(json.dumps(payload, separators=(",", ":")).encode())
        sig = b64url(self.rbytes(32 if alg.startswith("HS") else 256 if alg == "RS256" else 64))
        return "%s.%s.%s" % (h, p, sig)

    def password(self, lang="en", style=None):
        words = {
            "en": ["Sunflower", "Harbor", "Maple", "Falcon", "Copper", "Winter", "Bluebird", "Granite"],
            "de": ["Kaffeetasse", "Sommerwind", "Zugspitze", "Lindenbaum", "Regenbogen", "Brezel", "Nordsee"],
            "fr": ["Soleil", "Marmotte", "Bretagne", "Citron", "Papillon", "Montagne", "Croissant"],
            "ja": ["sakura", "fujisan", "tanuki", "hanabi", "momiji", "yuzu", "kotatsu"],
            "ru": ["Medved", "Matryoshka", "Sirenevyi", "Volga", "Baikal", "Pelmeni", "Zvezda"],
        }[lang]
        style = self.rng.randint(0, 2) if style is None else style
        if style == 0:
            return self.c(words) + self.digits(self.rng.randint(2, 4)) + self.c("!?#$%&*")
        if style == 1:
            return self.c(words).lower() + self.c(".-_") + self.c(words) + self.digits(2)
        return self.rs(ALNUM + "!#%*+-=?@^_", self.rng.randint(14, 20))

    # ---------------------------------------------------------- key material
    def ssh_ed25519_private(self, comment="deploy"):
        pub = self.rbytes(32)
        seed = self.rbytes(32)
        pubblob = _ssh_str(b"ssh-ed25519") + _ssh_str(pub)
        chk = self.rbytes(4)
        priv = chk + chk + _ssh_str(b"ssh-ed25519") + _ssh_str(pub) + _ssh_str(seed + pub) + _ssh_str(comment.encode())
        pad = 1
        while len(priv) % 8:
            priv += bytes([pad])
            pad += 1
        blob = (b"openssh-key-v1\x00" + _ssh_str(b"none") + _ssh_str(b"none") + _ssh_str(b"")
                + struct.pack(">I", 1) + _ssh_str(pubblob) + _ssh_str(priv))
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % wrap(base64.b64encode(blob).decode(), 70)

    def ec_private(self):
        der = (bytes.fromhex("30770201010420") + self.rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
               + b"\x04" + self.rbytes(64))
        return "-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----" % wrap(base64.b64encode(der).decode())

    def ed25519_pkcs8(self):
        der = bytes.fromhex("302e020100300506032b657004220420") + self.rbytes(32)
        return "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----" % base64.b64encode(der).decode()

    def rsa_private_1024(self):
        def integer(nbytes, top=True):
            b = bytearray(self.rbytes(nbytes))
            if top:
                b[0] |= 0x80
            b = b"\x00" + bytes(b) if b[0] & 0x80 else bytes(b)
            return b"\x02" + _der_len(len(b)) + b
        body = (b"\x02\x01\x00" + integer(128) + b"\x02\x03\x01\x00\x01" + integer(128) + integer(64) + integer(64)
                + integer(64) + integer(64) + integer(64))
        der = b"\x30" + _der_len(len(body)) + body
        return "-----BEGIN RSA PRIVATE KEY-----\n%s\n-----END RSA PRIVATE KEY-----" % wrap(base64.b64encode(der).decode())

    def ssh_ed25519_public(self, comment="ci-runner"):
        blob = _ssh_str(b"ssh-ed25519") + _ssh_str(self.rbytes(32))
        return "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode(), comment)

    def ed25519_public_pem(self):
        der = bytes.fromhex("302a300506032b6570032100") + self.rbytes(32)
        return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % base64.b64encode(der).decode()

    def fake_cert(self, nbytes=300):
        der = b"\x30\x82" + struct.pack(">H", nbytes) + b"\x30\x82" + struct.pack(">H", nbytes - 4) + b"\xa0\x03\x02\x01\x02" + self.rbytes(nbytes - 9)
        return "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % wrap(base64.b64encode(der).decode())

    def uuid4(self):
        h = self.rs(HEX, 32)
        h = h[:12] + "4" + h[13:16] + self.c("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def sha256(self):
        return self.rs(HEX, 64)

    def sha1(self):
        return self.rs(HEX, 40)

    def bcrypt(self):
        return "$2b$12$" + self.rs("./" + ALNUM, 53)


def _der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return b"\x81" + bytes([n])
    return b"\x82" + struct.pack(">H", n)


def S(t):
    return {"role": "system", "content": t}


def U(t):
    return {"role": "user", "content": t}


def A(t):
    return {"role": "assistant", "content": t}
