"""Record helper shared by the record modules."""

ACKS = {
    "en": ["Got it, thanks.", "Thanks, I've noted that.", "Understood.", "Okay, I'll take a look.",
           "Thanks for the details.", "Sure, here is a summary.", "Noted. Let me help with that."],
    "de": ["Alles klar, danke.", "Verstanden.", "Danke für die Angaben.", "In Ordnung, ich schaue es mir an.",
           "Gern, hier ist eine kurze Zusammenfassung."],
    "fr": ["C'est noté, merci.", "Entendu.", "Merci pour ces informations.", "D'accord, je regarde ça.",
           "Bien sûr, voici un résumé."],
    "ja": ["承知しました。", "ありがとうございます。確認します。", "かしこまりました。", "了解です。内容を確認しますね。",
           "はい、要約をお送りします。"],
    "ru": ["Понял, спасибо.", "Хорошо, посмотрю.", "Спасибо, информацию получил.", "Принято.",
           "Конечно, вот краткое изложение."],
}


def rec(lang, kind, user, assistant=None, system=None, msgs=None, rng=None):
    """Build one record.  `msgs` overrides user/assistant for multi-turn records."""
    if msgs is None:
        if assistant is None:
            assistant = rng.choice(ACKS[lang]) if rng is not None else ACKS[lang][0]
        msgs = []
        if system:
            msgs.append({"role": "system", "content": system})
        msgs.append({"role": "user", "content": user})
        msgs.append({"role": "assistant", "content": assistant})
    fam = kind.split(".")[0]
    labels = [] if fam == "clean" else [fam]
    return {"lang": lang, "kind": kind, "labels": labels, "messages": msgs}
