"""Deterministic generator for bench/blind_eval4 (written blind). Run: python3 make_set.py"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks  # noqa: E402
import clean_records  # noqa: E402
import injections  # noqa: E402
import pii_records  # noqa: E402
import secret_records  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPLIES = {
    "en": ["Sure, let me look at that.", "Thanks — here's what I'd suggest.", "Okay, I can help with that.", "Got it.", "Let me walk you through it.", "Understood, one moment."],
    "de": ["Gern, ich schaue mir das an.", "Alles klar.", "Verstanden, hier ist mein Vorschlag.", "Okay, ich helfe dir dabei."],
    "fr": ["D'accord, je regarde ça.", "Bien sûr, voici ce que je propose.", "Entendu.", "Très bien, allons-y."],
    "ja": ["承知しました。", "確認しますね。", "わかりました。こちらをご覧ください。", "はい、お手伝いします。"],
    "ru": ["Хорошо, сейчас посмотрю.", "Понял.", "Конечно, вот что можно сделать.", "Ясно, давайте разберёмся."],
}
SYSTEMS = {
    "en": "You are a helpful assistant for Northgate Services. Be polite and concise.",
    "de": "Du bist ein hilfsbereiter Assistent. Antworte kurz und auf Deutsch.",
    "fr": "Tu es un assistant serviable. Réponds en français, de façon concise.",
    "ja": "あなたは丁寧なアシスタントです。簡潔に日本語で答えてください。",
    "ru": "Ты — вежливый помощник. Отвечай кратко и по-русски.",
}


def self_check_value_records(recs):
    """Every value in labelled records must pass its checksum; clean records must not hide valid ones."""
    for r in recs:
        text = r["user"] + " " + (r["assistant"] or "")
        k = r["kind"]
        if k == "pii.credit_card":
            m = re.search(r"\b\d{4}[ -]?\d{4,6}[ -]?\d{4,5}(?:[ -]?\d{4})?\b", text)
            assert m and checks.luhn_ok(m.group()), (k, text)
        if k == "pii.iban":
            m = re.search(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text)
            assert m and checks.iban_ok(m.group()), (k, text)
        if k == "pii.us_ssn":
            m = re.search(r"\b\d{3}-\d{2}-\d{4}\b", text)
            assert m and checks.ssn_ok(m.group()), (k, text)
        if k == "pii.jp_my_number":
            m = re.search(r"\b\d{4}[ -]?\d{4}[ -]?\d{4}\b", text)
            assert m and checks.mynumber_ok(m.group()), (k, text)
        if k == "pii.ru_inn":
            m = re.search(r"\b\d{12}\b", text)
            assert m and checks.inn_ok(m.group()), (k, text)
        if k == "pii.ru_snils":
            m = re.search(r"\b\d{3}-\d{3}-\d{3} \d{2}\b", text)
            assert m and checks.snils_ok(m.group()), (k, text)
        if k == "pii.phone":
            region = {"en": "US", "de": "DE", "fr": "FR", "ja": "JP", "ru": "RU"}[r["lang"]]
            m = re.search(r"[+(]?\d[\d ().-]{7,}\d", text)
            assert m and checks.phone_ok(m.group(), region), (k, text)
        if not r["labels"]:
            for m in re.finditer(r"\d[\d -]{10,24}\d", text):
                d = re.sub(r"\D", "", m.group())
                if 13 <= len(d) <= 19:
                    assert not checks.luhn_ok(d), ("clean luhn-valid", text)
                if len(d) == 12:
                    assert not checks.mynumber_ok(d), ("clean mynumber-valid", text)
            for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", text):
                assert not checks.iban_ok(m.group()), ("clean iban-valid", text)
            for m in re.finditer(r"\b\d{3}-\d{2}-\d{4}\b", text):
                assert not checks.ssn_ok(m.group()), ("clean ssn-valid", text)


def main():
    rng = random.Random(20240604)
    recs = pii_records.build(random.Random(11)) + secret_records.build(random.Random(22)) \
        + injections.build(random.Random(33)) + clean_records.build(random.Random(44))
    self_check_value_records(recs)
    random.Random(55).shuffle(recs)
    data, labels = [], []
    for i, r in enumerate(recs):
        msgs = []
        sysmsg = r.get("system")
        if sysmsg is None and r["kind"] != "clean.operator_system" and rng.random() < 0.08:
            sysmsg = SYSTEMS[r["lang"]]
        if sysmsg:
            msgs.append({"role": "system", "content": sysmsg})
        msgs.append({"role": "user", "content": r["user"]})
        msgs.append({"role": "assistant", "content": r["assistant"] or rng.choice(REPLIES[r["lang"]])})
        data.append({"messages": msgs})
        order = ["pii", "secret", "injection"]
        labels.append({"record": i, "labels": [f for f in order if f in r["labels"]], "kind": r["kind"], "lang": r["lang"]})
    with open(os.path.join(HERE, "blind_set.jsonl"), "w", encoding="utf-8") as f:
        for d in data:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "blind_set.labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"wrote {len(data)} records")


if __name__ == "__main__":
    main()
