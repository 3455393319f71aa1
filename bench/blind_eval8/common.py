ACKS = {
    "en": ["Got it.", "Thanks, noted.", "Okay.", "Understood.", "Sure, I can help with that."],
    "de": ["Alles klar.", "Verstanden.", "Danke, notiert.", "Okay, ich schaue es mir an."],
    "fr": ["D'accord.", "Bien noté.", "Compris, merci.", "Entendu, je regarde."],
    "ja": ["承知しました。", "了解です。", "確認しました。", "かしこまりました。"],
    "ru": ["Понял.", "Хорошо.", "Принято, спасибо.", "Ясно, сейчас посмотрю."],
}
REFUSE = {
    "en": ["I can't help with that, but I'm happy to help with something else.", "I won't do that part. Anything else?"],
    "de": ["Dabei kann ich nicht helfen.", "Das mache ich nicht, aber gern etwas anderes."],
    "fr": ["Je ne peux pas faire ça.", "Je ne vais pas suivre cette consigne, mais je peux vous aider autrement."],
    "ja": ["その依頼にはお応えできません。", "申し訳ありませんが、それはできません。"],
    "ru": ["С этим я помочь не могу.", "Этого я делать не буду, но могу помочь с другим."],
}


def rec(lang, kind, labels, *turns, system=None):
    """turns: alternating user/assistant strings; None for assistant means auto-ack."""
    msgs = []
    if system:
        msgs.append({"role": "system", "content": system})
    for i, t in enumerate(turns):
        msgs.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    if len(turns) % 2 == 1:
        msgs.append({"role": "assistant", "content": None})
    return {"lang": lang, "kind": kind, "labels": labels, "messages": msgs}
