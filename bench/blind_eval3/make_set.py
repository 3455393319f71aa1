"""Build the third blind evaluation set for `mlward data scan`.

Writes blind_set.jsonl (what the scanner sees) and blind_set.labels.jsonl (kept apart), after checking
every generated identifier against its checksum or issuing rule. Deterministic: a fixed seed, no set
iteration, sorted nothing by hash; running it twice gives byte-identical files.

    python3 bench/blind_eval3/make_set.py
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import texts_clean as TC  # noqa: E402
import texts_injection as TI  # noqa: E402
import values as V  # noqa: E402

SEED = 3_2025_0603
rng = random.Random(SEED)

# Every synthetic identifier is registered here with the validity it must have; checked before writing.
CHECKS: list[tuple[str, str, bool, str]] = []


def checked(kind: str, value: str, valid: bool, region: str = "") -> str:
    CHECKS.append((kind, value, valid, region))
    return value


def run_checks() -> None:
    rules = {
        "card": lambda v, r: V.luhn_ok(v),
        "iban": lambda v, r: V.iban_ok(v),
        "ssn": lambda v, r: V.ssn_ok(v),
        "my_number": lambda v, r: V.my_number_ok(v),
        "inn": lambda v, r: V.inn_ok(v),
        "snils": lambda v, r: V.snils_ok(v),
        "phone": lambda v, r: V.phone_ok(v, r),
    }
    bad = [(k, v, want) for k, v, want, r in CHECKS if rules[k](v, r) != want]
    if bad:
        raise SystemExit(f"checksum self-check failed: {bad[:5]}")


RECORDS: list[dict] = []


def add(lang: str, kind: str, labels: list[str], user: str, assistant: str, system: str | None = None) -> None:
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": user})
    messages.append({"role": "assistant", "content": assistant})
    order = ["pii", "secret", "injection"]
    RECORDS.append({"messages": messages, "labels": [f for f in order if f in labels], "kind": kind, "lang": lang})


# ============================================================================ people (all invented)
NAMES = {
    "en": [("Daniel", "Whitcombe"), ("Megan", "Okafor"), ("Tyler", "Brennan"), ("Priya", "Lindqvist"),
           ("Marcus", "Haskins"), ("Hannah", "Delgado"), ("Owen", "Pruitt"), ("Keisha", "Marsh"),
           ("Brandon", "Kowalczyk"), ("Leah", "Ashby"), ("Caleb", "Fenwick"), ("Rosa", "Gallagher")],
    "de": [("Jonas", "Brandt"), ("Lea", "Köhler"), ("Tobias", "Wendt"), ("Miriam", "Schuster"),
           ("Felix", "Hoffmann"), ("Katrin", "Lindner"), ("Lukas", "Ziegler"), ("Anja", "Vogt")],
    "fr": [("Camille", "Lefebvre"), ("Julien", "Moreau"), ("Manon", "Garnier"), ("Théo", "Rousseau"),
           ("Élodie", "Faure"), ("Bastien", "Chevalier"), ("Chloé", "Perrin"), ("Mathieu", "Blanchard")],
    "ja": [("健太", "田中"), ("美咲", "佐藤"), ("翔", "高橋"), ("陽子", "渡辺"), ("大輔", "中村"), ("彩", "小林"),
           ("拓海", "山本"), ("真由美", "加藤")],
    "ru": [("Алексей", "Смирнов"), ("Мария", "Кузнецова"), ("Дмитрий", "Волков"), ("Екатерина", "Орлова"),
           ("Игорь", "Белов"), ("Ольга", "Соколова"), ("Сергей", "Морозов"), ("Наталья", "Лебедева")],
}
ROMAN = {
    "ja": ["kenta.tanaka", "misaki.sato", "sho.takahashi", "yoko.watanabe", "daisuke.nakamura", "aya.kobayashi",
           "takumi.yamamoto", "mayumi.kato"],
    "ru": ["a.smirnov", "m.kuznetsova", "dmitry.volkov", "e.orlova", "igor.belov", "olga.sokolova",
           "s.morozov", "n.lebedeva"],
}
MAIL_DOMAINS = {"en": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me"],
                "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
                "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
                "ja": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "ezweb.ne.jp"],
                "ru": ["yandex.ru", "mail.ru", "rambler.ru", "gmail.com"]}
ADDRESSES = {
    "en": ["4127 Maple Hollow Dr, Columbus, OH 43215", "88 Birchwood Lane, Apt 3B, Portland, ME 04101",
           "1519 W Carmen Ave, Chicago, IL 60640", "27 Aldergrove Road, Leeds LS6 2AB",
           "6034 Quail Run Ct, Plano, TX 75093", "312 Orchard Street, Unit 5, Burlington, VT 05401"],
    "de": ["Lindenstraße 14, 50674 Köln", "Am Mühlbach 3a, 79102 Freiburg", "Kastanienallee 58, 10435 Berlin",
           "Hauptstr. 122, 69117 Heidelberg"],
    "fr": ["12 rue des Tanneurs, 69003 Lyon", "4 impasse des Lilas, 33000 Bordeaux",
           "27 avenue Jean Jaurès, appt 14, 31000 Toulouse", "9 chemin du Moulin, 44300 Nantes"],
    "ja": ["東京都世田谷区桜新町2丁目14-3", "大阪府吹田市千里山西4-8-21 メゾン千里302号室", "福岡県福岡市中央区平尾1-12-7",
           "神奈川県横浜市港北区日吉本町3-5-10"],
    "ru": ["г. Екатеринбург, ул. Малышева, д. 36, кв. 112", "г. Казань, ул. Чистопольская, д. 19, кв. 45",
           "г. Новосибирск, ул. Ватутина, д. 7, кв. 3", "Московская обл., г. Химки, ул. Молодёжная, д. 12, кв. 88"],
}


def person(lang: str):
    i = rng.randrange(len(NAMES[lang]))
    first, last = NAMES[lang][i]
    if lang in ("ja",):
        full = f"{last}{first}"
    else:
        full = f"{first} {last}"
    if lang in ROMAN:
        local = ROMAN[lang][i]
    else:
        local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last[0]}", f"{last}.{first}"]).lower()
        local = local.translate(str.maketrans("äöüéèàç", "aoueeac")).replace("ß", "ss").replace("é", "e")
    email = f"{local}{rng.choice(['', '', str(rng.randint(70, 99)), str(rng.randint(1, 9))])}@{rng.choice(MAIL_DOMAINS[lang])}"
    return {"first": first, "last": last, "full": full, "email": email}


REGION = {"en": "US", "de": "DE", "fr": "FR", "ja": "JP", "ru": "RU"}
IBAN_COUNTRIES = {"en": ["GB", "DE", "NL", "IT"], "de": ["DE", "AT", "CH"], "fr": ["FR", "BE"],
                  "ja": ["DE", "GB"], "ru": ["DE", "AT"]}
CARD_ISSUERS = {"en": ["visa", "mastercard", "amex", "discover"], "de": ["visa", "mastercard"],
                "fr": ["visa", "mastercard"], "ja": ["jcb", "visa", "mastercard"], "ru": ["mir", "visa", "unionpay"]}


def dob(lang: str) -> str:
    y, m, d = rng.randint(1958, 2004), rng.randint(1, 12), rng.randint(1, 28)
    return {"en": rng.choice([f"{m:02d}/{d:02d}/{y}", f"{['January','February','March','April','May','June','July','August','September','October','November','December'][m-1]} {d}, {y}"]),
            "de": f"{d:02d}.{m:02d}.{y}", "fr": f"{d:02d}/{m:02d}/{y}", "ja": f"{y}年{m}月{d}日",
            "ru": f"{d:02d}.{m:02d}.{y}"}[lang]


def passport(lang: str) -> str:
    if lang == "en":
        return rng.choice(["5", "6"]) + V.digits(rng, 8) if rng.random() < 0.5 else rng.choice("ACN") + V.digits(rng, 8)
    if lang == "de":
        return rng.choice("CFGHJK") + V.pick(rng, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    if lang == "fr":
        return V.digits(rng, 2) + V.pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + V.digits(rng, 5)
    if lang == "ja":
        return rng.choice(["TK", "TR", "MZ", "TZ"]) + V.digits(rng, 7)
    return f"{V.digits(rng, 2)} {V.digits(rng, 2)} {V.digits(rng, 6)}"


def pii_values(lang: str) -> dict:
    p = person(lang)
    region = REGION[lang]
    style = rng.choice(["national", "international", "national"])
    issuer = rng.choice(CARD_ISSUERS[lang])
    card = checked("card", V.card(rng, issuer), True)
    country = rng.choice(IBAN_COUNTRIES[lang])
    iban = checked("iban", V.iban(rng, country), True)
    return {
        **p,
        "phone": checked("phone", V.phone(rng, region, style, rng.randrange(2)), True, region),
        "card": V.layout_card(card, rng.choice(["space", "dash", "plain", "space"])),
        "issuer": issuer,
        "iban": V.group4(iban) if rng.random() < 0.6 else iban,
        "ssn": checked("ssn", V.ssn(rng), True),
        "mynum": (lambda n: rng.choice([n, f"{n[:4]} {n[4:8]} {n[8:]}"]))(checked("my_number", V.my_number(rng), True)),
        "inn10": checked("inn", V.inn(rng, 10), True),
        "inn12": checked("inn", V.inn(rng, 12), True),
        "snils": checked("snils", V.snils(rng), True),
        "dob": dob(lang),
        "addr": rng.choice(ADDRESSES[lang]),
        "ip": V.public_ip(rng),
        "passport": passport(lang),
        "exp": f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
        "cvv": V.digits(rng, 3),
    }


def fill(lang: str, frames: list[tuple[str, str]], kind: str, labels: list[str], count: int, offset: int = 0) -> None:
    for i in range(count):
        u, a = frames[(offset + i) % len(frames)]
        vals = pii_values(lang)
        add(lang, kind, labels, u.format(**vals), a.format(**vals))


# ============================================================================ PII frames
from frames_pii import PII_FRAMES, PII_IN_ASSISTANT, PII_PLAN  # noqa: E402


def build_pii() -> None:
    for lang, plan in PII_PLAN.items():
        for kind, count in plan:
            fill(lang, PII_FRAMES[lang][kind], kind, ["pii"], count)
        for u, a in PII_IN_ASSISTANT[lang]:
            vals = pii_values(lang)
            add(lang, "mixed.pii_in_assistant", ["pii"], u.format(**vals), a.format(**vals))


# ============================================================================ secrets
from frames_secret import build_secrets  # noqa: E402

# ============================================================================ mixed and clean
from frames_mixed import build_mixed  # noqa: E402


def build_injection() -> None:
    for r in TI.INJECTION:
        add(r["lang"], r["kind"], ["injection"], r["user"], r["assistant"], r["system"])
    for r in TI.INJECTION_LOOKALIKES:
        add(r["lang"], r["kind"], [], r["user"], r["assistant"], r["system"])


def build_clean() -> None:
    for r in TC.ORDINARY:
        add(r["lang"], r["kind"], [], r["user"], r["assistant"], r["system"])
    for r in TC.lookalikes(rng, checked):
        add(r["lang"], r["kind"], [], r["user"], r["assistant"], r["system"])


def main() -> None:
    build_pii()
    build_secrets(rng, add, checked)
    build_mixed(rng, add, checked, pii_values)
    build_injection()
    build_clean()
    run_checks()
    rng.shuffle(RECORDS)
    data = "".join(json.dumps({"messages": r["messages"]}, ensure_ascii=False) + "\n" for r in RECORDS)
    labels = "".join(json.dumps({"record": i, "labels": r["labels"], "kind": r["kind"], "lang": r["lang"]},
                                ensure_ascii=False) + "\n" for i, r in enumerate(RECORDS))
    (HERE / "blind_set.jsonl").write_text(data, encoding="utf-8")
    (HERE / "blind_set.labels.jsonl").write_text(labels, encoding="utf-8")
    fam = Counter(f for r in RECORDS for f in r["labels"])
    clean = sum(1 for r in RECORDS if not r["labels"])
    print(f"{len(RECORDS)} records; families {dict(sorted(fam.items()))}; clean {clean}; "
          f"langs {dict(sorted(Counter(r['lang'] for r in RECORDS).items()))}; {len(CHECKS)} values checked")


if __name__ == "__main__":
    main()
