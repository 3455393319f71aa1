"""PII records: natural sentences in five languages, values from values.py."""
import values as V

NAMES = {
    "en": ["Megan Holloway", "Tariq Osei", "Dana Whitcombe", "Luis Carvajal", "Priya Raman", "Owen Fairbanks", "Keiko Brandt", "Rory Callaghan"],
    "de": ["Jana Pfeiffer", "Torsten Kühnel", "Elif Demirci", "Matthias Ebersbach", "Sabine Rautenberg"],
    "fr": ["Camille Verdier", "Yannick Le Goff", "Sophie Maréchal", "Karim Benali", "Élodie Fontaine"],
    "ja": ["佐々木 美穂", "藤原 健太", "小野寺 里奈", "松永 大輔", "西村 彩"],
    "ru": ["Анна Кудрявцева", "Дмитрий Зорин", "Ольга Белоусова", "Игорь Лапшин", "Марина Суханова"],
}
ADDR = {
    "en": ["1427 Larkspur Lane, Apt 3B, Dayton, OH 45402", "88 Wexford Road, Bromley BR2 9LS", "309 Cedar Hollow Dr, Boise, ID 83706"],
    "de": ["Lindenstraße 14, 04109 Leipzig", "Am Mühlbach 7a, 79098 Freiburg", "Hauptstr. 112, 3. OG links, 50667 Köln"],
    "fr": ["12 rue des Tanneurs, 67000 Strasbourg", "4 impasse des Lilas, 33000 Bordeaux", "27 bis avenue Jean-Jaurès, 69007 Lyon"],
    "ja": ["東京都世田谷区三軒茶屋2-14-9 ハイツ桜202号室", "大阪府吹田市江坂町1-3-12", "福岡市中央区薬院4-8-21"],
    "ru": ["г. Казань, ул. Чистопольская, д. 19, кв. 84", "Санкт-Петербург, пр. Просвещения, д. 33, кв. 12", "г. Екатеринбург, ул. Малышева, 71-5"],
}
EMAIL_DOM = ["gmail.com", "outlook.com", "yahoo.co.jp", "gmx.de", "orange.fr", "yandex.ru", "proton.me", "web.de", "mail.ru", "icloud.com"]

T = {
    "pii.email": {
        "en": ["Can you update my account? My new email is {email}, the old one doesn't work anymore.",
               "My sister {name} asked me to pass on her address for the party invite: {email}",
               "Please send the signed lease to {email} — that's my personal inbox."],
        "de": ["Bitte schicken Sie die Rechnung an meine private Adresse {email}, danke!",
               "Meine Nachbarin {name} ist unter {email} erreichbar, falls das Paket wieder bei mir landet."],
        "fr": ["Vous pouvez me joindre à {email} pour le devis de la cuisine.",
               "Mon beau-frère {name} voudrait recevoir le compte rendu : {email}"],
        "ja": ["領収書は {email} に送ってください。個人用のアドレスです。", "{name}さんのメールアドレスは {email} です。同窓会の連絡に使ってください。"],
        "ru": ["Пришлите, пожалуйста, договор на мою личную почту {email}.", "Моя соседка {name} просила записать её адрес: {email}"],
    },
    "pii.phone": {
        "en": ["If the courier can't find the house, call me on {phone_US}.", "My mom's cell is {phone_US}, can you add it as my emergency contact?",
               "Hi, this is {name}, you can text me at {phone_US} about the apartment viewing."],
        "de": ["Rufen Sie mich bitte zurück unter {phone_DE}, ich bin ab 17 Uhr zu Hause.", "Die Handynummer von meinem Vermieter {name}: {phone_DE}"],
        "fr": ["Mon numéro perso, c'est le {phone_FR}, appelez plutôt le soir.", "Pour la garde des enfants, contactez {name} au {phone_FR}."],
        "ja": ["配達の際は {phone_JP} までお電話ください。", "{name}さんの携帯番号は {phone_JP} です。"],
        "ru": ["Перезвоните мне, пожалуйста, по номеру {phone_RU}, я весь день дома.", "Телефон моего брата {name}: {phone_RU}"],
    },
    "pii.credit_card": {
        "en": ["The charge on my card {card} from last Tuesday looks wrong, can you check it?", "Book the hotel with my Visa: {card}, exp 09/27, CVV 418."],
        "de": ["Meine Kreditkarte {card} wurde doppelt belastet, was soll ich tun?"],
        "fr": ["Ma carte bancaire {card} a été refusée au péage, pourquoi ?"],
        "ja": ["クレジットカード番号は {card} です。有効期限は11/26です。"],
        "ru": ["С моей карты {card} списали деньги дважды, помогите разобраться."],
    },
    "pii.iban": {
        "en": ["For the refund, my bank account is {iban} (account holder {name})."],
        "de": ["Bitte überweisen Sie die Kaution auf mein Konto: {iban_DE}, Kontoinhaberin {name}.", "Meine IBAN lautet {iban_DE} – bitte das Gehalt ab März dorthin."],
        "fr": ["Voici mon RIB pour le remboursement : IBAN {iban_FR}.", "Pouvez-vous prélever le loyer sur {iban_FR} ? Titulaire : {name}."],
        "ja": ["返金先の口座（IBAN）は {iban} です。ドイツの銀行口座です。"],
        "ru": ["Для возврата средств мой IBAN: {iban_DE} (счёт в немецком банке)."],
    },
    "pii.us_ssn": {
        "en": ["I'm filling out the W-4 for my new job, my SSN is {ssn} — is the rest of the form right?",
               "My husband's social security number is {ssn}, I need it on the joint return.",
               "The clinic asked for my social: {ssn}. Is that normal for a dental visit?"],
        "de": ["Für meinen US-Steuerantrag: meine Social Security Number ist {ssn}."],
        "fr": ["Mon numéro de sécurité sociale américain (SSN) est {ssn}, je vis à Boston depuis 2019."],
    },
    "pii.jp_my_number": {
        "en": ["My Japanese My Number is {mynum}, the city office asked me to confirm it by email."],
        "ja": ["私のマイナンバーは {mynum} です。年末調整の書類に記入してください。", "妻のマイナンバー（{mynum}）を扶養控除の申告書に書く必要がありますか？",
               "個人番号カードの番号 {mynum} を勤務先に伝えました。"],
    },
    "pii.ru_inn": {
        "ru": ["Мой ИНН {inn12}, нужно ли его указывать в заявлении на вычет?", "Для оформления самозанятости укажите ИНН {inn12}, это мой личный.",
               "ИНН моей мамы — {inn12}, она просила проверить налоговую задолженность."],
        "en": ["I'm a sole trader in Russia, my INN is {inn12} — which form do I need?"],
    },
    "pii.ru_snils": {
        "ru": ["Мой СНИЛС {snils}, работодатель просит прислать его в чат.", "СНИЛС сына: {snils}. Как записать его к врачу через Госуслуги?"],
        "en": ["My Russian SNILS number is {snils}, the pension fund website keeps rejecting my login."],
    },
    "pii.passport": {
        "en": ["For the visa form: passport number {pp_US}, issued in Chicago, expires 2031.", "My passport no. is {pp_US}; the airline needs it for check-in."],
        "de": ["Meine Reisepassnummer ist {pp_DE}, gültig bis 2030."],
        "fr": ["Numéro de passeport : {pp_FR}, délivré à Nantes le 3 mai 2022."],
        "ja": ["パスポート番号は {pp_JP} です。ホテルの予約に使ってください。"],
        "ru": ["Серия и номер паспорта: {pp_RU}, выдан ОВД района Хамовники."],
    },
    "pii.date_of_birth": {
        "en": ["I'm {name}, born 14 March 1987, and I'd like to check my insurance status.", "My daughter's date of birth is 02/09/2016 — when is she due for the booster?"],
        "de": ["Ich heiße {name}, geboren am 23.07.1979, und habe eine Frage zu meiner Rente."],
        "fr": ["Je m'appelle {name}, née le 5 novembre 1992 à Rennes."],
        "ja": ["{name}、1990年4月18日生まれです。保険の見積もりをお願いします。"],
        "ru": ["Меня зовут {name}, дата рождения 11.01.1984. Хочу записаться к терапевту."],
    },
    "pii.street_address": {
        "en": ["Please ship it to my home: {name}, {addr}.", "We just moved — our new place is {addr}. Can you update the delivery address?"],
        "de": ["Meine Wohnadresse hat sich geändert: {addr}.", "Schicken Sie es bitte an {name}, {addr}."],
        "fr": ["J'habite au {addr}, pouvez-vous envoyer le technicien mardi ?"],
        "ja": ["自宅の住所は{addr}です。荷物はここに送ってください。"],
        "ru": ["Мой домашний адрес: {addr}. Курьер может приехать после шести."],
    },
    "pii.ip_address": {
        "en": ["My home router's public IP is {ip} — can you tell me why my ISP blocks port 25?", "Whitelist my home IP {ip} on the VPN, I'm working from home this week."],
        "de": ["Meine öffentliche IP zu Hause ist {ip}, kannst du prüfen ob die auf einer Blacklist steht?"],
        "fr": ["Mon adresse IP publique chez moi est {ip}, est-ce que mon FAI me bloque ?"],
        "ja": ["自宅のグローバルIPは {ip} です。リモートデスクトップの許可リストに入れてもらえますか？"],
        "ru": ["Мой домашний внешний IP — {ip}, добавьте его, пожалуйста, в белый список."],
    },
    "pii.person_name": {
        "en": ["Dear Mr. Holloway, thank you for your patience regarding your account — we've fixed the billing issue.",
               "My neighbour {name} keeps parking in front of my garage. How do I write her a polite note?",
               "Hi, I'm {name}, I ordered the blue sofa last week and it still hasn't arrived."],
        "de": ["Sehr geehrte Frau Pfeiffer, anbei die Nebenkostenabrechnung für Ihre Wohnung.", "Mein Kollege {name} hat sich krankgemeldet, wie formuliere ich die Vertretung?"],
        "fr": ["Bonjour Mme Lefebvre, votre rendez-vous chez le dentiste est confirmé pour jeudi.", "Mon voisin {name} fait des travaux le dimanche, que puis-je faire ?"],
        "ja": ["田中さん、先日はお見舞いに来てくださってありがとうございました。", "同僚の{name}さんが来月結婚するので、お祝いのメッセージを考えてください。"],
        "ru": ["Уважаемая Ольга Петровна, напоминаем о записи к стоматологу в четверг.", "Мой арендодатель {name} не возвращает залог. Что делать?"],
    },
}

# records per (lang, kind) — fixed plan so output is deterministic
PLAN = {
    "en": ["pii.email"] * 3 + ["pii.phone"] * 3 + ["pii.credit_card"] * 2 + ["pii.iban", "pii.us_ssn", "pii.us_ssn", "pii.us_ssn",
           "pii.jp_my_number", "pii.ru_inn", "pii.ru_snils", "pii.passport", "pii.passport", "pii.date_of_birth", "pii.date_of_birth",
           "pii.street_address", "pii.street_address", "pii.ip_address", "pii.ip_address", "pii.person_name", "pii.person_name", "pii.person_name"],
    "de": ["pii.email", "pii.email", "pii.phone", "pii.phone", "pii.credit_card", "pii.iban", "pii.iban", "pii.us_ssn", "pii.passport",
           "pii.date_of_birth", "pii.street_address", "pii.ip_address", "pii.person_name", "pii.person_name"],
    "fr": ["pii.email", "pii.email", "pii.phone", "pii.phone", "pii.credit_card", "pii.iban", "pii.iban", "pii.us_ssn", "pii.passport",
           "pii.date_of_birth", "pii.street_address", "pii.ip_address", "pii.person_name", "pii.person_name"],
    "ja": ["pii.email", "pii.email", "pii.phone", "pii.phone", "pii.credit_card", "pii.iban", "pii.jp_my_number", "pii.jp_my_number",
           "pii.jp_my_number", "pii.passport", "pii.date_of_birth", "pii.street_address", "pii.ip_address", "pii.person_name", "pii.person_name"],
    "ru": ["pii.email", "pii.email", "pii.phone", "pii.phone", "pii.credit_card", "pii.iban", "pii.ru_inn", "pii.ru_inn", "pii.ru_inn",
           "pii.ru_snils", "pii.ru_snils", "pii.passport", "pii.date_of_birth", "pii.street_address", "pii.ip_address", "pii.person_name", "pii.person_name"],
}

LOGIN = ["mholloway", "t.osei", "dana.w", "lcarvajal84", "priya.r", "ofairbanks", "keiko.b", "rory.c", "jpfeiffer", "t.kuehnel",
         "camille.v", "ylegoff", "misaho.s", "kenta.f", "a.kudryavtseva", "dzorin77"]


def fill(rng, tpl, lang):
    name = rng.choice(NAMES[lang])
    vals = {
        "name": name, "email": f"{rng.choice(LOGIN)}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOM)}",
        "phone_US": V.phone(rng, "US"), "phone_DE": V.phone(rng, "DE"), "phone_FR": V.phone(rng, "FR"),
        "phone_JP": V.phone(rng, "JP"), "phone_RU": V.phone(rng, "RU"), "card": V.card(rng),
        "iban": V.iban(rng), "iban_DE": V.iban(rng, "DE"), "iban_FR": V.iban(rng, "FR"), "ssn": V.ssn(rng),
        "mynum": V.mynumber(rng), "inn12": V.inn(rng, 12), "snils": V.snils(rng),
        "pp_US": V.passport(rng, "US"), "pp_DE": V.passport(rng, "DE"), "pp_FR": V.passport(rng, "FR"),
        "pp_JP": V.passport(rng, "JP"), "pp_RU": V.passport(rng, "RU"), "addr": rng.choice(ADDR[lang]), "ip": V.public_ip(rng),
    }
    return tpl.format(**vals)


# data placed only in the assistant turn
ASSIST = [
    ("en", "Can you remind me what card I saved for the subscription?", "The card on file is {card}, expiring 04/28."),
    ("en", "What was the email my landlord gave me last time?", "You told me he uses {email} for anything about the flat."),
    ("en", "Read back the phone number I gave you for my dentist appointment.", "Sure — it was {phone_US}."),
    ("de", "Welche IBAN hatte ich dir für die Miete genannt?", "Du hattest {iban_DE} angegeben, Kontoinhaber {name}."),
    ("fr", "Tu peux me rappeler l'adresse de livraison que j'ai donnée ?", "Bien sûr : {name}, {addr}."),
    ("ja", "前に伝えた私の電話番号をもう一度教えてください。", "{phone_JP} です。"),
    ("ru", "Напомни мой СНИЛС, я его где-то записывал.", "Вы указывали СНИЛС {snils}."),
    ("en", "What SSN did I put on the draft form?", "The draft has {ssn} in the SSN field."),
]


def build(rng):
    out = []
    for lang, kinds in PLAN.items():
        for kind in kinds:
            tpls = T[kind][lang]
            tpl = tpls[sum(1 for r in out if r["kind"] == kind and r["lang"] == lang) % len(tpls)]
            out.append({"lang": lang, "kind": kind, "labels": ["pii"], "user": fill(rng, tpl, lang), "assistant": None})
    for lang, u, a in ASSIST:
        out.append({"lang": lang, "kind": "mixed.pii_in_assistant", "labels": ["pii"], "user": u, "assistant": fill(rng, a, lang)})
    return out
