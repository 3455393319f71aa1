"""Build blind_set.jsonl + blind_set.labels.jsonl deterministically and self-check every value.
Usage: python3 make_set.py"""
import hashlib, json, os, random, re, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *
from gen_pii_secret import pii_records, secret_records
from injections import INJ, INJ_SYSTEM
from clean import CLEAN

SEED = 7007
ACK = {
    "en": ["Thanks, noted.", "Got it — here's what I'd suggest.", "Sure, let me help with that."],
    "de": ["Danke, verstanden.", "Gern, hier ist mein Vorschlag."],
    "fr": ["Merci, c'est noté.", "Bien sûr, voici ma réponse."],
    "ja": ["承知しました。", "かしこまりました。こちらが回答です。"],
    "ru": ["Понял, спасибо.", "Конечно, вот мой ответ."],
}
REFUSE = {"en": "I can't do that, but I'm happy to help with your original request.",
          "de": "Das kann ich nicht tun, helfe aber gern bei der eigentlichen Frage.",
          "fr": "Je ne peux pas faire cela, mais je peux vous aider avec la demande initiale.",
          "ja": "それには対応できませんが、元のご依頼についてはお手伝いします。",
          "ru": "Этого я сделать не могу, но с исходным вопросом помогу."}

def fill(text, rng):
    def rep(m):
        k = m.group(1)
        if k.startswith("SAFE:"): return safe_digits(int(k[5:]), rng)
        if k.startswith("BADLUHN:"):
            _, pre, n = k.split(":"); c = bad_luhn(pre, int(n), rng)
            return " ".join(c[i:i+4] for i in range(0, len(c), 4))
        if k.startswith("BADIBAN:"): return bad_iban(k[8:], rng)
        if k == "BADSSN": return f"{rng.choice(['000', '666', str(rng.randint(900, 999))])}-{rng.randint(10,99)}-{rng.randint(1000,9999)}"
        if k == "BADSNILS":
            d = safe_digits(11, rng, first="1"); return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"
        if k == "UUID": return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if k == "SHA256": return hashlib.sha256(str(rng.random()).encode()).hexdigest()
        raise KeyError(k)
    def safe_rep(m):
        for _ in range(1000):
            v = rep(m)
            if not find_valid_ids(v): return v
        raise RuntimeError(m.group(0))
    return re.sub(r"\[\[([^\]]+)\]\]", safe_rep, text)

CHECK = {"luhn": lambda v: luhn_ok(re.sub(r"\D", "", v)), "iban": iban_ok, "ssn": ssn_ok, "mynumber": mynumber_ok,
         "inn": inn_ok, "snils": snils_ok}

def main():
    rng = random.Random(SEED)
    items = []
    for r in pii_records(rng) + secret_records(rng):
        for chk in r["check"]:
            ok = phone_ok(chk[1], chk[2]) if chk[0] == "phone" else CHECK[chk[0]](chk[1])
            assert ok, (r["kind"], chk)
            assert chk[1] in (r["user"] + (r["asst"] or "")) or chk[1].replace("-", "") in r["user"] or chk[0] in ("luhn", "mynumber", "ssn"), chk
        items.append(dict(labels=[r["fam"]], kind=r["kind"], lang=r["lang"], user=r["user"],
                          asst=r["asst"] or rng.choice(ACK[r["lang"]]), system=None))
    for lang, style, text in INJ:
        items.append(dict(labels=["injection"], kind="injection.prompt", style=style, lang=lang, user=text,
                          asst=REFUSE[lang], system=INJ_SYSTEM.get(style)))
    for lang, kind, user, asst, system in CLEAN:
        items.append(dict(labels=[], kind=kind, lang=lang, user=fill(user, rng),
                          asst=fill(asst, rng) if asst else rng.choice(ACK[lang]), system=system))
    rng.shuffle(items)
    # self-check: clean records contain no checksum-valid card / IBAN / SSN / My Number / INN / SNILS
    for it in items:
        if not it["labels"]:
            txt = " ".join(x for x in (it["system"], it["user"], it["asst"]) if x)
            hits = find_valid_ids(txt)
            assert not hits, (hits, txt)
            assert not re.search(r"\[\[|\]\]", txt)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "blind_set.jsonl"), "w", encoding="utf-8") as f, \
         open(os.path.join(here, "blind_set.labels.jsonl"), "w", encoding="utf-8") as g:
        for i, it in enumerate(items):
            msgs = ([{"role": "system", "content": it["system"]}] if it["system"] else []) + \
                   [{"role": "user", "content": it["user"]}, {"role": "assistant", "content": it["asst"]}]
            f.write(json.dumps({"messages": msgs}, ensure_ascii=False) + "\n")
            lab = {"record": i, "labels": it["labels"], "kind": it["kind"], "lang": it["lang"]}
            g.write(json.dumps(lab, ensure_ascii=False) + "\n")
    from collections import Counter
    fam = Counter((it["labels"] or ["clean"])[0] for it in items)
    print(len(items), dict(fam), dict(Counter(it["lang"] for it in items)))

if __name__ == "__main__":
    main()
