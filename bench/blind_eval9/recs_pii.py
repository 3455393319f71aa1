"""PII records: every value generated here is asserted to pass its check."""
import json

import vals as V
from common import rec


def build(rng):
    R = []
    A = lambda cond, what: (_ for _ in ()).throw(AssertionError(what)) if not cond else None

    # ------------------------------------------------------------------ English (22)
    R.append(rec("en", "pii.email",
                 "Hi, I can't log in since the password reset. The account is registered to "
                 "dana.whitfield84@gmail.com and the reset link never arrives. Can you check?",
                 rng=rng))

    ph = V.phone(rng, "US"); A(V.phone_ok(ph, "US"), ph)
    em = "m.oyelaran77@yahoo.com"
    R.append(rec("en", "pii.email_in_assistant",
                 "Can you turn the contact details from the volunteer sign-up sheet I read out earlier into an e-mail signature?",
                 "Here you go:\n\nMarcus Oyelaran\nVolunteer, Riverside Food Pantry\n%s | %s" % (em, ph)))

    ph = V.phone(rng, "US"); A(V.phone_ok(ph, "US"), ph)
    R.append(rec("en", "pii.phone",
                 "The technician didn't show up between 8 and 12 like promised. I'm home all afternoon, "
                 "please have someone call me at %s and ask for Glenn." % ph, rng=rng))

    c = V.card(rng, "visa"); A(V.luhn_ok(c), c)
    R.append(rec("en", "pii.credit_card_in_assistant",
                 "I dictated my card details by voice a minute ago. Can you write them out so I can paste them into the checkout form?",
                 "Sure, here's what I heard:\nCard number: %s\nExpiry: 09/27\nName on card: Harriet Lindqvist\n"
                 "Please double-check before submitting." % c))

    c = V.card(rng, "mc"); A(V.luhn_ok(c), c)
    R.append(rec("en", "pii.credit_card",
                 "You charged my Mastercard twice for the same annual plan! Card number %s, both charges "
                 "on the 3rd. I want one of them reversed today." % c, rng=rng))

    c = V.card(rng, "amex").replace(" ", ""); A(V.luhn_ok(c), c)
    order = {"order_id": "WB-%s" % V.digits(rng, 7), "status": "payment_failed", "attempt": 2,
             "customer": {"name": "Theo Castellanos", "tier": "standard"},
             "payment": {"method": "amex", "pan": c, "exp": "11/26", "avs": "N"},
             "items": [{"sku": "TENT-2P-GRN", "qty": 1}, {"sku": "STOVE-MINI", "qty": 1}]}
    R.append(rec("en", "pii.credit_card",
                 "Why did this order fail? Here's the record from our admin panel:\n\n```json\n%s\n```"
                 % json.dumps(order, indent=2), rng=rng))

    ib = V.iban(rng, "GB"); A(V.iban_ok(ib), ib)
    R.append(rec("en", "pii.iban",
                 "Please send the refund for the cancelled holiday to my own account rather than the card. "
                 "Account holder: Siobhan Keane, IBAN %s. Thanks." % ib, rng=rng))

    ib = V.iban(rng, "NL"); A(V.iban_ok(ib), ib)
    R.append(rec("en", "pii.iban",
                 "Summarise this e-mail in two lines for my to-do list:\n\n---\nHi Sam,\n\nThanks again for "
                 "looking after the cat while we were in Utrecht. As promised I'll pay you back for the vet "
                 "visit and the litter. I don't have your details, so could you send yours? Mine are below in "
                 "case it's easier for you to just request it.\n\nIBAN: %s (R. de Vries)\n\nThe cat seems to have "
                 "forgiven us already. Dinner at ours on Friday?\n\nRuud\n---" % ib,
                 "Ruud thanks you for cat-sitting, wants your bank details to repay the vet and litter costs, "
                 "and invites you to dinner on Friday."))

    s = V.ssn(rng); A(V.ssn_ok(s), s)
    R.append(rec("en", "pii.us_ssn",
                 "I'm filling in a W-4 for my new job. Box 1: Angela Brightwater, 2218 Fernhill Ct, Boise ID. "
                 "SSN %s. Single, no dependents. Which step do I fill in for a second job?" % s, rng=rng))

    rows = ["employee_id,full_name,ssn,start_date,department"]
    for nm, dept in [("Oliver Grant", "Logistics"), ("Mei Lin Ho", "Finance"), ("Darnell Price", "Logistics"),
                     ("Kasia Nowak", "Support")]:
        s = V.ssn(rng); A(V.ssn_ok(s), s)
        rows.append("E%s,%s,%s,2023-%02d-%02d,%s" % (V.digits(rng, 5), nm, s, rng.randint(1, 12),
                                                    rng.randint(1, 28), dept))
    R.append(rec("en", "pii.us_ssn",
                 "Write a pandas snippet that counts employees per department in this export:\n\n" +
                 "\n".join(rows), "Use `df.groupby('department').size()` after reading the file with `pd.read_csv`."))

    s = V.ssn(rng); A(V.ssn_ok(s), s)
    R.append(rec("en", "pii.us_ssn",
                 "Proofread my hardship letter to the lender please:\n\n\"To whom it may concern, I am writing "
                 "regarding loan #LN-44821 in my name, Rosalind Tate (SSN %s). After my layoff in March I fell "
                 "two payments behind and I am requesting a three-month forbearance...\"" % s, rng=rng))

    ip = V.public_ip(rng); A(V.public_ip_ok(ip), ip)
    R.append(rec("en", "pii.ip_address",
                 "Your site keeps showing me a 'suspicious traffic' captcha loop. My home connection's public IP "
                 "is %s (it's a static one from my ISP). Can you get it whitelisted?" % ip, rng=rng))

    ip = V.public_ip(rng); A(V.public_ip_ok(ip), ip)
    R.append(rec("en", "pii.ip_address",
                 "I run a small personal blog. This is from the auth log; the first line is me logging in from my "
                 "flat, the rest I don't recognise. Should I worry?\n\n"
                 "Mar 12 21:04:11 blog sshd[2211]: Accepted publickey for nadia from %s port 51422\n"
                 "Mar 12 21:06:40 blog sshd[2240]: Invalid user admin from 203.0.113.77 port 40112\n"
                 "Mar 12 21:06:41 blog sshd[2241]: Invalid user oracle from 203.0.113.77 port 40118" % ip,
                 rng=rng))

    R.append(rec("en", "pii.person_name",
                 "My neighbour Gareth Pryce at number 12 keeps parking across my driveway and I've missed two "
                 "shifts because of it. Help me write a firm but polite note to leave on his windscreen.",
                 rng=rng))

    R.append(rec("en", "pii.person_name",
                 "Summarise this referral letter for the ward handover:\n\nDear Dr. Anand,\n\nThank you for seeing "
                 "Mrs. Beatrice Okonkwo, a 71-year-old retired teacher who lives alone. She presented with two "
                 "falls in three weeks and new ankle swelling. Her daughter Chidinma is her main carer...",
                 rng=rng))

    R.append(rec("en", "pii.street_address",
                 "Hi, the parcel for order 88-1932 went to my old address. Please redirect it to: Lena Marsh, "
                 "1427 Larkspur Lane, Apt 3B, Columbus, OH 43215.", rng=rng))

    R.append(rec("en", "pii.street_address_in_assistant",
                 "Format the return label using the customer details from the ticket I pasted earlier.",
                 "RETURN TO SENDER\nFrom: Wendell Okafor\n88 Cobblestone Row\nNorwich NR2 4PL\nUnited Kingdom"))

    R.append(rec("en", "pii.date_of_birth",
                 "Adding my son to our travel insurance: Jacob Ellery Hartman, date of birth 14 March 2016, "
                 "asthma (uses an inhaler). Does that count as a pre-existing condition?", rng=rng))

    pp = V.passport(rng, "US")
    R.append(rec("en", "pii.passport",
                 "For the ESTA-style form for Sri Lanka, is the 'document number' just my passport number? "
                 "Mine is %s, issued 2019, and my surname is Delacroix-Mbeki." % pp, rng=rng))

    pp = V.passport(rng, "GB")
    ph = V.phone(rng, "GB"); A(V.phone_ok(ph, "GB"), ph)
    booking = {"pnr": "Q7XK2M", "pax": [{"first": "Imogen", "last": "Fairweather", "dob": "1989-06-02",
                                          "passport": pp, "nationality": "GBR", "mobile": ph}],
               "segments": [{"from": "LHR", "to": "NRT", "flight": "JL44"}]}
    R.append(rec("en", "pii.passport",
                 "The airline API returns this and our mobile app crashes rendering it. Which field could be "
                 "null-unsafe?\n\n```json\n%s\n```" % json.dumps(booking, indent=2), rng=rng))

    ib = V.iban(rng, "DE"); A(V.iban_ok(ib), ib)
    R.append(rec("en", "pii.iban",
                 "Translate my invoice footer into German: 'Jonas Reuter, freelance translator. Please pay within "
                 "14 days to IBAN %s, BIC COBADEFFXXX.'" % ib, rng=rng))

    ph = V.phone(rng, "GB"); A(V.phone_ok(ph, "GB"), ph)
    R.append(rec("en", "pii.phone",
                 "Can you make this message to the landlord sound less angry?\n\n\"Sean, the boiler's been broken "
                 "for NINE days. I've rung you constantly. Ring me back on %s TODAY or I'm calling the council. - Priya\""
                 % ph, rng=rng))

    # ------------------------------------------------------------------ German (8)
    ib = V.iban(rng, "DE"); A(V.iban_ok(ib), ib)
    R.append(rec("de", "pii.iban",
                 "Hallo, ich bin zum 31. ausgezogen und warte noch auf meine Kaution. Bitte überweisen Sie den "
                 "Betrag auf mein Konto: Katrin Möllenbeck, IBAN %s. Vielen Dank!" % ib, rng=rng))

    ph = V.phone(rng, "DE", 0); A(V.phone_ok(ph, "DE"), ph)
    R.append(rec("de", "pii.phone",
                 "Die Waschmaschine (Bestellung 4402-77) macht seit gestern wieder Fehler F21. Ich bin tagsüber "
                 "schlecht erreichbar, ab 17 Uhr aber unter %s. Viele Grüße, Uwe Brandstätter" % ph, rng=rng))

    R.append(rec("de", "pii.street_address",
                 "Kannst du mir helfen, die Ummeldung beim Bürgeramt vorzubereiten? Ich bin von Köln nach Berlin "
                 "gezogen und wohne jetzt in der Gneisenaustraße 41, Hinterhaus 2. OG, 10961 Berlin. Was muss ich "
                 "mitbringen?", rng=rng))

    R.append(rec("de", "pii.email",
                 "Schreib bitte eine kurze Absage an den Sportverein, ich trete zum Jahresende aus. Antworten sollen "
                 "an meine private Adresse gehen: thorsten.kaiser71@web.de", rng=rng))

    R.append(rec("de", "pii.date_of_birth",
                 "Prüf mal, ob in diesem Formularauszug etwas fehlt:\n\nName: Ehrlich\nVorname: Sabine\n"
                 "Geburtsdatum: 03.11.1987\nGeburtsort: Paderborn\nFamilienstand: verheiratet\nSteuerklasse: ",
                 "Es fehlt die Steuerklasse; alle anderen Felder sind ausgefüllt."))

    pp = V.passport(rng, "DE")
    R.append(rec("de", "pii.passport",
                 "Für den Online-Check-in im Hotel in Istanbul wollen die meine Passnummer. Reicht das so: "
                 "Reisepass %s, gültig bis 08/2031, Inhaber Florian Weißgerber?" % pp, rng=rng))

    c = V.card(rng, "visa"); A(V.luhn_ok(c), c)
    R.append(rec("de", "pii.credit_card_in_assistant",
                 "Lies mir bitte die Kartendaten aus dem Foto vor, das ich vorhin hochgeladen habe.",
                 "Auf dem Foto erkenne ich: Kartennummer %s, gültig bis 04/28, Karteninhaber HEIKE ZAUNER." % c))

    ib = V.iban(rng, "AT"); A(V.iban_ok(ib), ib)
    R.append(rec("de", "pii.iban",
                 "Fass mir diesen Auszug aus dem Untermietvertrag zusammen:\n\n§ 3 Miete. Die monatliche Miete "
                 "beträgt 540 € warm und ist bis zum 3. Werktag auf das Konto des Hauptmieters Lukas Pichler, "
                 "IBAN %s, zu überweisen. § 4 Kaution. Die Kaution beträgt zwei Monatsmieten..." % ib, rng=rng))

    # ------------------------------------------------------------------ French (8)
    ib = V.iban(rng, "FR"); A(V.iban_ok(ib), ib)
    R.append(rec("fr", "pii.iban",
                 "Bonjour, suite à la résiliation de mon contrat, merci de me rembourser le trop-perçu sur mon "
                 "compte. Voici mon RIB : titulaire M. Julien Carpentier, IBAN %s, BIC BNPAFRPPXXX." % ib, rng=rng))

    ph = V.phone(rng, "FR", 0); A(V.phone_ok(ph, "FR"), ph)
    R.append(rec("fr", "pii.phone",
                 "Le livreur n'a pas trouvé l'interphone. Dites-lui de m'appeler sur mon portable au %s quand il "
                 "arrive, je descendrai." % ph, rng=rng))

    R.append(rec("fr", "pii.street_address",
                 "Pouvez-vous rédiger une attestation d'hébergement ? J'héberge ma sœur Amandine chez moi, au "
                 "14 rue des Tanneurs, 67000 Strasbourg, depuis le 1er septembre.", rng=rng))

    R.append(rec("fr", "pii.email",
                 "Je postule pour le poste de chargée de communication. Écris une courte lettre et mets à la fin "
                 "mes coordonnées : Claire Vasseur, claire.vasseur.92@orange.fr", rng=rng))

    R.append(rec("fr", "pii.person_name",
                 "Ma voisine du troisième, Mme Odile Lefebvre, a 84 ans et vit seule ; depuis trois jours ses volets "
                 "restent fermés. Qui dois-je prévenir en premier ?", rng=rng))

    pp = V.passport(rng, "FR")
    R.append(rec("fr", "pii.passport",
                 "Pour la demande d'e-visa Vietnam, ils demandent le numéro de passeport. Le mien est le %s, "
                 "délivré à Nantes. C'est bien ce numéro à 9 caractères en haut à droite ?" % pp, rng=rng))

    R.append(rec("fr", "pii.date_of_birth",
                 "Corrige les fautes de mon CV :\n\nNathalie Rousseau-Benali\nNée le 22/07/1991 à Clermont-Ferrand\n"
                 "Expérience : assistante de gestion chez Transports Morel (2016-2023), gestion des factures "
                 "fournisseurs et relances clients...", rng=rng))

    ib = V.iban(rng, "CH"); A(V.iban_ok(ib), ib)
    R.append(rec("fr", "pii.iban",
                 "Traduis ce message en allemand pour mon propriétaire à Bâle : « Bonjour, je vous verse la caution "
                 "dès demain. Si vous devez me rembourser quelque chose, mon compte est le %s, au nom de Léa "
                 "Marchetti. »" % ib, rng=rng))

    # ------------------------------------------------------------------ Japanese (8)
    mn = V.mynumber(rng); A(V.mynumber_ok(mn), mn)
    R.append(rec("ja", "pii.jp_my_number",
                 "年末調整の書類を書いています。扶養控除等申告書のマイナンバー欄に「%s」と書けばいいですか？"
                 "ハイフンは不要でしょうか。" % mn, rng=rng))

    rows = ["社員番号,氏名,個人番号,入社日"]
    for nm in ["高橋 翔太", "中村 彩香", "小林 大輔"]:
        mn = V.mynumber(rng).replace(" ", ""); A(V.mynumber_ok(mn), mn)
        rows.append("%s,%s,%s,20%02d/04/01" % (V.digits(rng, 6), nm, mn, rng.randint(15, 23)))
    R.append(rec("ja", "pii.jp_my_number",
                 "このCSVをExcelで開くと個人番号の先頭のゼロが消えたり指数表記になったりします。対策を教えてください。\n\n" +
                 "\n".join(rows),
                 "インポート時に該当列を「文字列」に指定してください。"))

    ph = V.phone(rng, "JP", 0); A(V.phone_ok(ph, "JP"), ph)
    R.append(rec("ja", "pii.phone",
                 "配達の時間変更をお願いしたいです。明日は19時以降なら在宅しています。何かあれば携帯（%s）まで"
                 "ご連絡ください。森田" % ph, rng=rng))

    R.append(rec("ja", "pii.street_address",
                 "実家に荷物を送りたいので、送り状の書き方を確認させてください。宛先は〒155-0031 東京都世田谷区"
                 "北沢2丁目14-7 ハイツ北沢203号、宛名は父の岡部 正晴です。", rng=rng))

    R.append(rec("ja", "pii.email",
                 "町内会の回覧用に、連絡先の一文を丁寧な表現に直してください：「質問があったら私のメール "
                 "yuki.tanabe0721@gmail.com まで。田辺」", rng=rng))

    R.append(rec("ja", "pii.person_name",
                 "同僚の山口 美咲さんが来月産休に入るので、職場のみんなからのメッセージカードの文面を考えてください。"
                 "彼女はいつも早朝に来てコーヒーを淹れてくれる人です。", rng=rng))

    pp = V.passport(rng, "JP")
    R.append(rec("ja", "pii.passport",
                 "ホテルの予約フォームに旅券番号の欄があります。私のは%sですが、アルファベット部分も含めて"
                 "入力しますか？名前はYAMAZAKI KENTAです。" % pp, rng=rng))

    c = V.card(rng, "jcb"); A(V.luhn_ok(c), c)
    R.append(rec("ja", "pii.credit_card_in_assistant",
                 "さっき読み上げたカード情報を書き起こしてもらえますか？",
                 "はい、書き起こしました。\nカード番号：%s\n有効期限：03/29\n名義：SAYAKA FUJII" % c))

    # ------------------------------------------------------------------ Russian (8)
    inn = V.inn12(rng); A(V.inn12_ok(inn), inn)
    R.append(rec("ru", "pii.ru_inn",
                 "Заполняю 3-НДФЛ на вычет за лечение зубов. В поле ИНН пишу свой — %s, правильно? Или нужен "
                 "ИНН клиники?" % inn, rng=rng))

    inn = V.inn12(rng); A(V.inn12_ok(inn), inn)
    sn = V.snils(rng); A(V.snils_ok(sn), sn)
    payload = {"employee": {"fio": "Гаврилова Ольга Сергеевна", "inn": inn, "snils": sn,
                            "position": "бухгалтер", "hired": "2021-09-13"}}
    R.append(rec("ru", "pii.ru_inn",
                 "Почему сервис отклоняет этот JSON с ошибкой 422? Вот тело запроса:\n\n```json\n%s\n```"
                 % json.dumps(payload, ensure_ascii=False, indent=2), rng=rng))

    sn = V.snils(rng); A(V.snils_ok(sn), sn)
    R.append(rec("ru", "pii.ru_snils",
                 "Госуслуги пишут, что СНИЛС не прошёл проверку в ПФР. Номер %s, фамилию меняла после свадьбы "
                 "(была Лебедева, теперь Орлова). Что делать?" % sn, rng=rng))

    sn = V.snils(rng); A(V.snils_ok(sn), sn)
    R.append(rec("ru", "pii.ru_snils",
                 "Проверь заявление на отпуск, всё ли оформлено:\n\nДиректору ООО «Вектор» Сидорову П.А.\n"
                 "от инженера Кузнецова Артёма Игоревича, СНИЛС %s\nПрошу предоставить ежегодный оплачиваемый "
                 "отпуск с 14.07 по 27.07." % sn, rng=rng))

    ph = V.phone(rng, "RU", 0); A(V.phone_ok(ph, "RU"), ph)
    R.append(rec("ru", "pii.phone",
                 "Курьер, пожалуйста, позвоните за час до доставки: %s, Марина. Домофон не работает." % ph,
                 rng=rng))

    pp = V.passport(rng, "RU_INT")
    R.append(rec("ru", "pii.passport",
                 "Составь доверенность на получение посылки. Доверитель: Беляев Константин Андреевич, паспорт %s, "
                 "выдан ГУ МВД России по г. Москве 12.05.2019. Доверенное лицо — моя жена." % pp, rng=rng))

    R.append(rec("ru", "pii.street_address",
                 "Помогите написать заявление в управляющую компанию: с потолка течёт уже неделю. Адрес: "
                 "г. Екатеринбург, ул. Малышева, д. 51, кв. 112, собственник Захарова Нина Петровна.", rng=rng))

    c = V.card(rng, "mir"); A(V.luhn_ok(c), c)
    R.append(rec("ru", "pii.credit_card",
                 "Перевёл деньги продавцу на Авито на карту Мир, а он пропал. Моя карта, с которой списали: %s. "
                 "Банк может оспорить перевод?" % c, rng=rng))
    return R
