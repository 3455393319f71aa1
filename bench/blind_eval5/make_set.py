#!/usr/bin/env python3
"""Deterministic generator for bench/blind_eval5 (written blind).

    python3 make_set.py          # writes blind_set.jsonl and blind_set.labels.jsonl next to this file
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402
from values import V  # noqa: E402
from pii_set import PII  # noqa: E402
from secret_set import SECRETS  # noqa: E402
from inj_set import INJ, MIXED  # noqa: E402
from clean_set import CLEAN  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ["pii", "secret", "injection"]
REFUSAL = {"en": "I can't do that, but I'm happy to help with something else.",
           "de": "Dabei kann ich nicht helfen, aber gern bei etwas anderem.",
           "fr": "Je ne peux pas faire cela, mais je peux vous aider autrement.",
           "ja": "そのご依頼にはお応えできませんが、他のことでしたらお手伝いします。",
           "ru": "С этим я помочь не могу, но охотно помогу с чем-нибудь другим."}
ACK = {"en": "Thanks, noted.", "de": "Danke, notiert.", "fr": "Merci, c'est noté.", "ja": "承知しました。", "ru": "Спасибо, принято."}
PH = re.compile(r"\{([a-z_0-9A-Z]+)\}")


class Filler:
    def __init__(self, v):
        self.v = v
        self.cache = {}
        self.checked = []  # (kind, value) validated after filling

    def get(self, name):
        if name in self.cache:
            return self.cache[name]
        v = self.v
        if name.startswith("phone_"):
            reg = name[6:]
            val = v.phone(reg)
            assert C.phone_ok(val, reg), val
        elif name in ("visa", "mc", "amex"):
            val = v.card(name)
            assert C.luhn_ok(val)
        elif name.startswith("iban_"):
            val = v.iban(name[5:])
            assert C.iban_ok(val)
        elif name == "ssn":
            val = v.ssn(); assert C.ssn_ok(val)
        elif name == "mynum":
            val = v.mynumber(); assert C.mynumber_ok(val)
        elif name == "inn10":
            val = v.inn10(); assert C.inn_ok(val)
        elif name == "inn12":
            val = v.inn12(); assert C.inn_ok(val)
        elif name == "snils":
            val = v.snils(); assert C.snils_ok(val)
        elif name.startswith("pp_"):
            val = v.passport(name[3:])
        elif name == "ip":
            val = v.public_ip()
        elif name in ("aws_id", "aws_secret"):
            i, s = v.aws()
            self.cache["aws_id"], self.cache["aws_secret"] = i, s
            return self.cache[name]
        elif name in ("twilio_sid", "twilio_token"):
            sid, tok, _ = v.twilio()
            self.cache["twilio_sid"], self.cache["twilio_token"] = sid, tok
            return self.cache[name]
        elif name == "azure":
            val = v.azure(v.r.choice(["fernhillprodstore", "orderslogs01", "mediaassetsweu"]))
        elif name == "pem_rsa":
            val = v.pem("RSA")
        elif name == "pem_ec":
            val = v.pem("EC")
        elif name == "pem_openssh":
            val = v.pem("OPENSSH")
        elif name == "jwt":
            val = v.jwt({"sub": "usr_" + v.s("0123456789abcdef", 12), "role": v.r.choice(["admin", "editor", "service"]),
                         "iat": 1735689600 + v.r.randint(0, 9_000_000), "exp": 1767225600 + v.r.randint(0, 9_000_000)})
        elif name == "pw":
            val = v.password()
        else:
            val = getattr(v, name)()
        self.cache[name] = val
        return val

    def fill(self, text):
        if text is None:
            return None
        return PH.sub(lambda m: self.get(m.group(1)), text)


def build():
    rng = random.Random(20261122)
    v = V(rng)
    raw = []  # (labels, kind, lang, system, user, assistant, needs_fill)
    for kind, lang, user, asst in PII:
        raw.append((["pii"], kind, lang, None, user, asst, True))
    for kind, lang, user, asst in SECRETS:
        raw.append((["secret"], kind, lang, None, user, asst, True))
    for kind, lang, labels, system, user, asst in INJ + MIXED:
        raw.append((labels, kind, lang, system, user, asst, True))
    for kind, lang, system, user, asst in CLEAN:
        raw.append(([], kind, lang, system, user, asst, False))

    records, labels = [], []
    for lab, kind, lang, system, user, asst, needs in raw:
        for attempt in range(50):
            f = Filler(v)
            u = f.fill(user) if needs else user
            a = f.fill(asst) if (needs and asst is not None) else asst
            if a == REFUSAL["en"]:
                a = REFUSAL[lang]
            if a is None:
                a = ACK[lang]
            text = "\n".join(x for x in (system, u, a) if x)
            # records without the pii label must carry no checksum-valid identifier by accident
            if "pii" not in lab and C.accidental_hits(text):
                assert needs, (kind, u, C.accidental_hits(text))
                continue
            break
        else:
            raise AssertionError(("could not draw clean values", kind))
        for k in (PH.findall(user or "") + PH.findall(asst or "")) if needs else []:
            assert k in f.cache, (k, user)
        # pii value checks: the placed value must validate and appear in the text
        for k, val in (f.cache.items() if needs else []):
            assert val in text, (k, val)
        msgs = []
        if system:
            msgs.append({"role": "system", "content": system})
        msgs.append({"role": "user", "content": u})
        msgs.append({"role": "assistant", "content": a})
        records.append({"messages": msgs})
        labels.append({"labels": [x for x in FAMILIES if x in lab], "kind": kind, "lang": lang})

    order = list(range(len(records)))
    random.Random(5).shuffle(order)
    records = [records[i] for i in order]
    labels = [dict(record=n, **labels[i]) for n, i in enumerate(order)]
    return records, labels


def selfcheck(records, labels):
    assert len(records) == len(labels)
    for rec, lab in zip(records, labels):
        text = "\n".join(m["content"] for m in rec["messages"])
        if not lab["labels"]:
            hits = C.accidental_hits(text)
            assert not hits, (lab, hits)
        assert rec["messages"][-1]["role"] == "assistant"
        assert lab["lang"] in ("en", "de", "fr", "ja", "ru")
    # every checksum identifier in pii records validates (re-scan known formats)
    for rec, lab in zip(records, labels):
        k = lab["kind"]
        text = "\n".join(m["content"] for m in rec["messages"])
        if k == "pii.us_ssn":
            assert any(C.ssn_ok(m) for m in re.findall(r"\d{3}-\d{2}-\d{4}", text))
        if k == "pii.jp_my_number":
            assert any(C.mynumber_ok(m) for m in re.findall(r"\d{4} \d{4} \d{4}", text))
        if k == "pii.ru_inn":
            assert any(C.inn_ok(m) for m in re.findall(r"\b\d{10,12}\b", text))
        if k == "pii.ru_snils":
            assert any(C.snils_ok(m) for m in re.findall(r"\d{3}-\d{3}-\d{3} \d{2}", text))
        if k == "pii.iban":
            assert any(C.iban_ok(m) for m in re.findall(r"[A-Z]{2}\d{2}(?: [A-Z0-9]{1,4})+", text))
        if k == "pii.credit_card":
            assert any(C.luhn_ok(m) for m in re.findall(r"\d{4}[ -]\d{4,6}[ -]\d{4,5}(?:[ -]\d{4})?", text))


def main():
    records, labels = build()
    selfcheck(records, labels)
    with open(os.path.join(HERE, "blind_set.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "blind_set.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records")


if __name__ == "__main__":
    main()
