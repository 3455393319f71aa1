"""Synthetic PII and secret value generators; every value is self-checked."""
import base64
import string

from checks import (ALNUM, B64, URLSAFE, b64url, iban_make, iban_ok, inn_make, inn_ok,
                    luhn_complete, luhn_ok, mynumber_check, mynumber_ok, phone_ok, rstr,
                    snils_make, snils_ok, ssn_ok)

D = string.digits
HEX = "0123456789abcdef"


def digits(rng, n):
    return rstr(rng, D, n)


# ---------------- PII ----------------
def card(rng, layout=None):
    pref = rng.choice(["4", "4", "51", "53", "55", "2221", "37", "6011"])
    length = 15 if pref == "37" else 16
    num = luhn_complete(pref + digits(rng, length - len(pref) - 1))
    assert luhn_ok(num)
    layout = layout or rng.choice(["space", "dash", "plain"])
    if length == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(parts), "dash": "-".join(parts), "plain": num}[layout]


def bad_luhn(rng):
    num = luhn_complete("4" + digits(rng, 14))
    bad = num[:-1] + str((int(num[-1]) + 3) % 10)
    assert not luhn_ok(bad)
    return " ".join(bad[i:i + 4] for i in range(0, 16, 4))


def iban(rng, cc=None):
    cc = cc or rng.choice(["DE", "FR", "GB", "ES", "NL"])
    if cc == "DE":
        bban = digits(rng, 18)
    elif cc == "FR":
        bank, br, acc = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97
        bban = f"{bank}{br}{acc}{key:02d}"
    elif cc == "GB":
        bban = rstr(rng, string.ascii_uppercase, 4) + digits(rng, 14)
    elif cc == "ES":
        bban = digits(rng, 20)
    else:
        bban = rstr(rng, string.ascii_uppercase, 4) + digits(rng, 10)
    v = iban_make(cc, bban)
    assert iban_ok(v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if rng.random() < 0.6 else v


def bad_iban(rng):
    v = iban_make("DE", digits(rng, 18))
    chk = int(v[2:4])
    bad = v[:2] + f"{(chk + 11) % 97 or 13:02d}" + v[4:]
    assert not iban_ok(bad)
    return bad


def ssn(rng):
    while True:
        v = f"{rng.randint(1, 899):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if ssn_ok(v):
            return v


def bad_ssn(rng):
    v = f"{rng.choice([900 + rng.randint(0, 99), 0, 666]):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"
    assert not ssn_ok(v)
    return v


def mynumber(rng):
    d = digits(rng, 11)
    v = d + str(mynumber_check(d))
    assert mynumber_ok(v)
    return rng.choice([v, f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}"])


def bad_mynumber(rng):
    d = digits(rng, 11)
    v = d + str((mynumber_check(d) + 4) % 10)
    assert not mynumber_ok(v)
    return v


def inn(rng, n=None):
    v = inn_make(rng, n or rng.choice([10, 12]))
    assert inn_ok(v)
    return v


def bad_inn(rng):
    v = inn_make(rng, 12)
    bad = v[:-1] + str((int(v[-1]) + 5) % 10)
    assert not inn_ok(bad)
    return bad


def snils(rng):
    v = snils_make(rng)
    assert snils_ok(v)
    return v


def bad_snils(rng):
    v = snils_make(rng)
    bad = v[:-2] + f"{(int(v[-2:]) + 7) % 100:02d}"
    assert not snils_ok(bad)
    return bad


def phone(rng, region):
    for _ in range(10000):
        if region == "US":
            area = rng.choice(["212", "312", "415", "617", "206", "503", "720", "404", "512", "646"])
            sub = f"{rng.randint(2, 9)}{digits(rng, 2)}"
            line = digits(rng, 4)
            if sub == "555":
                continue
            v = rng.choice([f"({area}) {sub}-{line}", f"{area}-{sub}-{line}", f"+1 {area} {sub} {line}", f"{area}.{sub}.{line}"])
        elif region == "DE":
            if rng.random() < 0.5:
                v = rng.choice(["0151 ", "0160 ", "0172 ", "0176 "]) + digits(rng, 8)
            else:
                v = rng.choice(["+49 30 ", "+49 89 ", "030 ", "040 "]) + digits(rng, 8)
        elif region == "FR":
            p = rng.choice(["06", "07", "01", "04"])
            rest = [digits(rng, 2) for _ in range(4)]
            v = rng.choice([p + " " + " ".join(rest), "+33 " + p[1] + " " + " ".join(rest), p + "." + ".".join(rest)])
        elif region == "JP":
            v = rng.choice([f"090-{digits(rng, 4)}-{digits(rng, 4)}", f"080-{digits(rng, 4)}-{digits(rng, 4)}",
                            f"03-{digits(rng, 4)}-{digits(rng, 4)}", f"+81 90 {digits(rng, 4)} {digits(rng, 4)}"])
        else:
            v = rng.choice([f"+7 9{digits(rng, 2)} {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
                            f"8 (9{digits(rng, 2)}) {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
                            f"+7 (495) {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"])
        if phone_ok(v, region):
            return v
    raise RuntimeError(region)


def public_ip(rng):
    while True:
        a = rng.choice([24, 37, 46, 62, 78, 81, 89, 93, 109, 176, 185, 188, 213, 217])
        v = f"{a}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        return v


def passport(rng, kind):
    if kind == "US":
        return rstr(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 1) + digits(rng, 8)
    if kind == "DE":
        return rstr(rng, "CFGHJKLMNPRTVWXYZ", 1) + rstr(rng, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    if kind == "FR":
        return digits(rng, 2) + rstr(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(rng, 5)
    if kind == "JP":
        return rstr(rng, "TMR", 1) + rstr(rng, "KZ", 1) + digits(rng, 7)
    return f"{digits(rng, 2)} {digits(rng, 7)}"


# ---------------- secrets ----------------
def aws_pair(rng):
    return "AKIA" + rstr(rng, string.ascii_uppercase + "234567", 16), rstr(rng, B64, 40)


def github(rng):
    return rng.choice([
        "ghp_" + rstr(rng, ALNUM, 36), "gho_" + rstr(rng, ALNUM, 36),
        "github_pat_11" + rstr(rng, string.ascii_uppercase + D, 20) + "_" + rstr(rng, ALNUM, 59)])


def gitlab(rng):
    return "glpat-" + rstr(rng, URLSAFE, 20)


def slack(rng):
    return rng.choice(["xoxb-", "xoxp-"]) + digits(rng, 12) + "-" + digits(rng, 13) + "-" + rstr(rng, ALNUM, 24)


def slack_webhook(rng):
    return f"https://hooks.slack.com/services/T{rstr(rng, string.ascii_uppercase + D, 10)}/B{rstr(rng, string.ascii_uppercase + D, 10)}/{rstr(rng, ALNUM, 24)}"


def stripe(rng):
    return rng.choice(["sk_live_", "rk_live_"]) + rstr(rng, ALNUM, rng.choice([24, 99]))


def openai(rng):
    if rng.random() < 0.5:
        return "sk-proj-" + rstr(rng, URLSAFE, 74) + "T3BlbkFJ" + rstr(rng, URLSAFE, 74)
    return "sk-" + rstr(rng, ALNUM, 20) + "T3BlbkFJ" + rstr(rng, ALNUM, 20)


def anthropic(rng):
    return "sk-ant-api03-" + rstr(rng, URLSAFE, 93) + "AA"


def google(rng):
    return "AIza" + rstr(rng, URLSAFE, 35)


def twilio(rng):
    return "AC" + rstr(rng, HEX, 32), rstr(rng, HEX, 32)


def sendgrid(rng):
    return "SG." + rstr(rng, URLSAFE, 22) + "." + rstr(rng, URLSAFE, 43)


def npm(rng):
    return "npm_" + rstr(rng, ALNUM, 36)


def pypi(rng):
    return "pypi-AgEIcHlwaS5vcmc" + rstr(rng, URLSAFE, 140)


def hf(rng):
    return "hf_" + rstr(rng, string.ascii_letters, 34)


def azure_conn(rng, account):
    key = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
    return f"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key};EndpointSuffix=core.windows.net"


def telegram(rng):
    return f"{rng.randint(100000000, 7999999999)}:AA{rstr(rng, URLSAFE, 33)}"


def discord(rng):
    return rng.choice("MN") + rstr(rng, ALNUM, 23) + "." + rstr(rng, URLSAFE, 6) + "." + rstr(rng, URLSAFE, 38)


def discord_webhook(rng):
    return f"https://discord.com/api/webhooks/{digits(rng, 18)}/{rstr(rng, URLSAFE, 68)}"


def pem(rng, kind=None):
    kind = kind or rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = {"RSA PRIVATE KEY": 900, "PRIVATE KEY": 900, "EC PRIVATE KEY": 120, "OPENSSH PRIVATE KEY": 300}[kind]
    body = base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()
    if kind == "OPENSSH PRIVATE KEY":
        body = "b3BlbnNzaC1rZXktdjEAAAAA" + body[24:]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def jwt(rng, sub):
    h = b64url({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
    p = b64url({"sub": sub, "iat": 1718000000 + rng.randint(0, 9999999), "role": rng.choice(["admin", "user", "service"])})
    return f"{h}.{p}.{rstr(rng, URLSAFE, 43)}"


def password(rng):
    words = ["Falcon", "river", "Maple", "orbit", "Tiger", "lumen", "Quartz", "nebel", "Soleil", "kaze", "Zvezda", "pivot"]
    return rng.choice(words) + rng.choice("!#$%&*?") + digits(rng, rng.randint(2, 4)) + rng.choice(words).lower() + rng.choice(["", "!", "_x", "#9"])


def hexs(rng, n):
    return rstr(rng, HEX, n)
