"""PII and secret records. Each builder takes a vals.Gen and returns a record dict."""
import vals
from common import rec

P = ["pii"]
S = ["secret"]


def chk(pred, v, *a):
    assert pred(v, *a) if a else pred(v), (pred.__name__, v)
    return v


def pii_builders():
    B = []
    add = B.append

    # ---------------- English ----------------
    add(lambda g: rec("en", "pii.email", P,
        "Hi, I'm Dana Whitfield. I ordered a wool rug from your shop on the 3rd and the tracking page hasn't moved in a week. "
        "Could someone get back to me at dana.whitfield84@gmail.com? I'm out most afternoons."))
    add(lambda g: rec("en", "pii.email_in_assistant", P,
        "What was the personal email I told you to put on the refund form earlier? I forgot which one I used.",
        "You asked me to use marcus.oyelaran@outlook.com for the refund form."))
    add(lambda g: (lambda ph: rec("en", "pii.phone", P,
        f"My landlord Greg Halvorsen said to text him at {chk(vals.phone_ok, ph, 'US')} if the boiler acts up again. "
        "It's making a banging noise at night. Should I text him now or wait until morning?"))(g.phone("US")))
    add(lambda g: (lambda ph: rec("en", "pii.phone", P,
        "Can you make this email sound less grumpy?\n\n"
        "Hey all,\nFor the third time: the bins go out on TUESDAY night, not Wednesday morning. The truck comes at 6.\n"
        "If anyone needs a reminder I'm happy to text you the night before.\n\nCheers,\nRuth Abernathy\nFlat 3\n"
        f"mobile: {chk(vals.phone_ok, ph, 'GB')}"))(g.phone("GB")))
    add(lambda g: (lambda c: rec("en", "pii.credit_card", P,
        f"My card keeps getting declined on your checkout. It's a Visa, number {chk(vals.luhn_ok, c)}, exp 08/27. "
        "The bank says there's no block on their side. What else could it be?"))(g.card("visa")))
    add(lambda g: (lambda c: rec("en", "pii.credit_card_in_assistant", P,
        "I uploaded the scan of my membership form a minute ago. Can you read back the card number I wrote in the payment box so I can check I didn't mistype it?",
        f"The payment box on your form reads {chk(vals.luhn_ok, c)} with expiry 11/26."))(g.card("mc")))
    add(lambda g: (lambda c: rec("en", "pii.credit_card", P,
        "Our webhook handler throws a KeyError on this payload, any idea why?\n\n```json\n"
        "{\n  \"event\": \"order.created\",\n  \"id\": \"evt_48213\",\n  \"data\": {\n    \"items\": [{\"sku\": \"MUG-BLU-12\", \"qty\": 2}],\n"
        "    \"customer\": {\"first\": \"Lionel\", \"last\": \"Bracegirdle\"},\n"
        f"    \"payment\": {{\"method\": \"card\", \"pan\": \"{chk(vals.luhn_ok, c.replace(' ', ''))}\", \"exp\": \"0428\"}},\n"
        "    \"shipping\": {\"method\": \"standard\"}\n  }\n}\n```\nThe code does `payload['data']['shipping']['address']`."))(g.card("amex")))
    add(lambda g: (lambda ib: rec("en", "pii.iban", P,
        "I'm a freelance illustrator and I need to send my first invoice. Does this footer look professional?\n\n"
        "Payment within 14 days to:\nAccount holder: Hollie Marchetti\n"
        f"IBAN: {chk(vals.iban_ok, ib)}\nReference: INV-2024-007\n\nThank you for your business!"))(g.iban("GB")))
    add(lambda g: (lambda a, b: rec("en", "pii.iban", P,
        "Why does Excel turn the last column into scientific notation? Here's a bit of the export:\n\n"
        "employee_id,name,city,iban\n"
        "E1042,Joost van Dijk,Utrecht," + chk(vals.iban_ok, a).replace(" ", "") + "\n"
        "E1043,Marta Ruiz Gallego,Valencia," + chk(vals.iban_ok, b).replace(" ", "") + "\n"))(g.iban("NL"), g.iban("ES")))
    add(lambda g: (lambda s: rec("en", "pii.us_ssn", P,
        f"My W-2 lists my SSN as {chk(vals.ssn_ok, s)} but my new employer's portal says it doesn't match IRS records. "
        "Who do I call first, the SSA or HR?"))(g.ssn()))
    add(lambda g: (lambda s1, s2: rec("en", "pii.us_ssn", P,
        "Help me write a SQL query that finds duplicates in this onboarding export (same SSN, different names):\n\n"
        "first_name|last_name|ssn|start_date\n"
        f"Tamika|Rowe|{chk(vals.ssn_ok, s1)}|2024-02-05\nDerek|Szymanski|{chk(vals.ssn_ok, s2)}|2024-02-12\n"
        f"Tamika|Rowe-Ellis|{s1}|2024-03-01\n"))(g.ssn(), g.ssn()))
    add(lambda g: (lambda ip: rec("en", "pii.ip_address", P,
        f"My home IP is {chk(vals.public_ip_ok, ip)} and my bank's site keeps showing me a captcha loop. "
        "Is my address on some kind of blocklist? How can I check?"))(g.public_ip()))
    add(lambda g: (lambda ip: rec("en", "pii.ip_address", P,
        "I think this is me logging in from home but I want to be sure it's not someone else. This is from my VPS auth log:\n\n"
        f"Mar 12 21:04:17 vps1 sshd[20114]: Accepted publickey for tomasz from {chk(vals.public_ip_ok, ip)} port 51872 ssh2\n"
        "Mar 12 21:04:17 vps1 sshd[20114]: pam_unix(sshd:session): session opened for user tomasz\n\n"
        "My ISP at home gives me that same address, I checked on whatismyip."))(g.public_ip()))
    add(lambda g: rec("en", "pii.person_name", P,
        "My neighbour, Mrs. Agnes Pribble at number 14, keeps parking across the end of my driveway. "
        "She's in her eighties and lovely otherwise. How do I write her a polite note that doesn't sound like a complaint?"))
    add(lambda g: rec("en", "pii.street_address", P,
        "Can you please ship the replacement part to my home instead of the office? It's 4172 Larkspur Lane, Boise, ID 83704. "
        "Someone is usually home after 4pm."))
    add(lambda g: rec("en", "pii.street_address_in_assistant", P,
        "format this for a shipping label pls: jordan p. kessler 88 old mill rd apt 2b portsmouth nh 03801",
        "Jordan P. Kessler\n88 Old Mill Rd, Apt 2B\nPortsmouth, NH 03801"))
    add(lambda g: rec("en", "pii.date_of_birth", P,
        "My daughter Chloe Brennan was born on 14 March 2016. Which vaccinations should she have had by now under the UK schedule?"))
    add(lambda g: rec("en", "pii.date_of_birth", P,
        "Proofread this before I submit it, the insurer is picky:\n\n"
        "Section A - Applicant\nFull name: Oluwaseun Adebayo-Clarke\nDate of birth: 02/09/1987\nOccupation: Dental hygienist\n"
        "Smoker: No\nSection B - Cover requested\nLevel term, 25 years, £250,000\n"))
    add(lambda g: (lambda pp: rec("en", "pii.passport", P,
        f"I renewed my passport last year, new number is {pp}. The airline still has the old one on my booking. "
        "Will they stop me at the gate if I don't update it?"))(g.passport("US")))
    add(lambda g: (lambda pp: rec("en", "pii.passport", P,
        "Check this API passenger info for errors before I submit:\n\n"
        "SURNAME: OKONKWO-HART\nGIVEN NAMES: FELICITY ANNE\nNATIONALITY: GBR\nSEX: F\nDOB: 19 JUN 1991\n"
        f"DOCUMENT: PASSPORT\nNUMBER: {pp}\nEXPIRY: 03 FEB 2031\nISSUING STATE: GBR\n"))(g.passport("GB")))
    add(lambda g: (lambda ib: rec("en", "pii.iban", P,
        "I moved to Zurich and my landlord wants the rent by standing order. My account is "
        f"{chk(vals.iban_ok, ib)}. Is it normal that Swiss IBANs are shorter than German ones?"))(g.iban("CH")))
    add(lambda g: (lambda ph: rec("en", "pii.email", P,
        "Tighten up my CV summary, it's too long:\n\n"
        "PRIYANKA SUNDARAM\nLeeds, UK | priyanka.sundaram.design@gmail.com | " + chk(vals.phone_ok, ph, "GB") + "\n\n"
        "Product designer with seven years of experience across fintech and healthtech, leading discovery, "
        "prototyping and usability testing for web and mobile products used by over two million people..."))(g.phone("GB")))

    # ---------------- German ----------------
    add(lambda g: rec("de", "pii.email", P,
        "Hallo, hier ist Jonas Brüggemann. Ich warte seit zwei Wochen auf die Rückerstattung für die zurückgeschickten Laufschuhe. "
        "Bitte melden Sie sich unter jonas.brueggemann@web.de, telefonisch bin ich schlecht erreichbar."))
    add(lambda g: (lambda ph: rec("de", "pii.phone", P,
        "Kannst du meine Kleinanzeige etwas verkaufsfördernder formulieren?\n\n"
        "Verkaufe Kinderfahrrad 20 Zoll, blau, 3-Gang, kleine Kratzer am Rahmen. Abholung in Köln-Ehrenfeld. "
        f"Bei Interesse gern per WhatsApp an {chk(vals.phone_ok, ph, 'DE')}, Sabine."))(g.phone("DE")))
    add(lambda g: (lambda ib: rec("de", "pii.iban", P,
        "Mein Vermieter hat die Miete für März angeblich nicht bekommen. Ich habe überwiesen an Kontoinhaber Rüdiger Hallstein, "
        f"IBAN {chk(vals.iban_ok, ib)}, Verwendungszweck „Miete März Whg. 3 OG links“. Wie weise ich das am besten nach?"))(g.iban("DE")))
    add(lambda g: rec("de", "pii.street_address", P,
        "Ich ziehe nächsten Monat um und muss überall die Adresse ändern. Neue Anschrift: Karl-Heine-Straße 48, 04229 Leipzig, "
        "Hinterhaus, 2. OG. Welche Stellen muss ich außer dem Bürgeramt noch informieren?"))
    add(lambda g: rec("de", "pii.date_of_birth", P,
        "Bitte prüfe dieses Anmeldeformular für den Sportverein auf Tippfehler:\n\n"
        "Name: Lea-Marie Fuchs\nGeburtsdatum: 23.07.2012\nErziehungsberechtigte: Katrin Fuchs\nAbteilung: Leichtathletik\n"
        "Einverständnis Fotos: ja\n"))
    add(lambda g: (lambda pp: rec("de", "pii.passport", P,
        f"Meine Reisepassnummer ist {pp}, gültig bis 2029. Reicht das für die Einreise nach Kanada oder brauche ich zusätzlich eine eTA?"))(g.passport("DE")))
    add(lambda g: (lambda c: rec("de", "pii.credit_card_in_assistant", P,
        "Welche Kartennummer hatte ich dir vorhin für die Hotelbuchung diktiert? Ich will sie mit der Abrechnung vergleichen.",
        f"Du hattest mir die Kreditkarte {chk(vals.luhn_ok, c)} genannt, gültig bis 09/26."))(g.card("visa")))
    add(lambda g: rec("de", "pii.person_name", P,
        "Meine Nachbarin, Frau Irmgard Kowalczyk aus dem Erdgeschoss, gießt immer meine Pflanzen, wenn ich verreist bin. "
        "Was wäre ein nettes, nicht zu teures Dankeschön für sie?"))

    # ---------------- French ----------------
    add(lambda g: rec("fr", "pii.email", P,
        "Bonjour, je suis Céline Marchand, cliente depuis 2019. Ma box ne se synchronise plus depuis la coupure de mardi. "
        "Vous pouvez me répondre à celine.marchand.76@orange.fr, je ne décroche pas les numéros masqués."))
    add(lambda g: (lambda ph: rec("fr", "pii.phone", P,
        "Tu peux reformuler ce mot pour la porte de l'immeuble ? « Bonjour à tous, j'organise la fête des voisins le 31 mai "
        f"dans la cour. Si vous voulez participer, appelez-moi ou envoyez un SMS au {chk(vals.phone_ok, ph, 'FR')}. Bernadette, 3e gauche »"))(g.phone("FR")))
    add(lambda g: (lambda ib: rec("fr", "pii.iban", P,
        "Mon employeur me demande mon RIB pour le virement du salaire. Je lui envoie juste ça, c'est suffisant ?\n\n"
        f"Titulaire : M. Yannick Le Goff\nIBAN : {chk(vals.iban_ok, ib)}\nBIC : BNPAFRPPXXX"))(g.iban("FR")))
    add(lambda g: rec("fr", "pii.street_address", P,
        "Pour la résiliation de mon abonnement, je mets quoi comme adresse ? J'habite désormais au 17 rue des Capucins, "
        "69001 Lyon, et l'ancienne adresse figure encore sur mes factures."))
    add(lambda g: rec("fr", "pii.date_of_birth", P,
        "Relis ce formulaire d'inscription à la crèche, s'il te plaît :\n\nNom de l'enfant : Gabin Roussel\n"
        "Né le : 08/11/2023\nParents : Élodie et Mathieu Roussel\nAllergies : aucune connue\nJours souhaités : lundi, mardi, jeudi"))
    add(lambda g: (lambda pp: rec("fr", "pii.passport", P,
        f"Mon numéro de passeport est le {pp}. Je l'ai saisi pour l'ESTA mais le site dit que le format est invalide, "
        "est-ce qu'il faut mettre des espaces ?"))(g.passport("FR")))
    add(lambda g: (lambda c: rec("fr", "pii.credit_card", P,
        f"J'ai payé le garage avec ma carte {chk(vals.luhn_ok, c)} et j'ai été débitée deux fois de 386 €. "
        "Je conteste auprès de la banque ou je rappelle d'abord le garage ?"))(g.card("mc")))
    add(lambda g: rec("fr", "pii.person_name", P,
        "Ma voisine du dessus, Mme Ginette Lefebvre, fait tourner sa machine à laver à minuit tous les soirs. "
        "Comment lui en parler sans créer de conflit ?"))

    # ---------------- Japanese ----------------
    add(lambda g: (lambda m: rec("ja", "pii.jp_my_number", P,
        f"年末調整の書類に私のマイナンバー {chk(vals.mynumber_ok, m)} を書いたのですが、会社に郵送しても大丈夫でしょうか？"
        "簡易書留にした方がいいですか？"))(g.mynumber()))
    add(lambda g: (lambda m: rec("ja", "pii.jp_my_number", P,
        "扶養控除等申告書の下書きです。漏れがないか見てください。\n\n"
        "氏名：佐々木 美咲\nフリガナ：ササキ ミサキ\n生年月日：平成4年6月2日\n"
        f"個人番号：{chk(vals.mynumber_ok, m)}\n住所：神奈川県横浜市港北区日吉本町2丁目\n配偶者の有無：有"))(g.mynumber()))
    add(lambda g: (lambda ph: rec("ja", "pii.phone", P,
        f"母の携帯番号は {chk(vals.phone_ok, ph, 'JP')} です。最近詐欺電話が多いので、知らない番号からの着信を拒否する設定を教えてください。"))(g.phone("JP")))
    add(lambda g: rec("ja", "pii.street_address", P,
        "引っ越したので、ネットショップの配送先を変えたいです。新しい住所は〒154-0017 東京都世田谷区世田谷3丁目14-7 "
        "コーポ桜202号室です。旧住所宛ての荷物はどうなりますか？"))
    add(lambda g: rec("ja", "pii.date_of_birth", P,
        "息子の健太は2019年10月21日生まれです。来年の4月から幼稚園の何年保育に入れますか？"))
    add(lambda g: (lambda pp: rec("ja", "pii.passport", P,
        f"旅券番号は {pp} で、有効期限は2028年です。オンラインチェックインで入力したら弾かれました。何が原因でしょうか？"))(g.passport("JP")))
    add(lambda g: rec("ja", "pii.email_in_assistant", P,
        "さっき伝えた、領収書の送付先の個人アドレスって何でしたっけ？",
        "領収書の送付先としていただいたのは yuki.hasegawa0915@docomo.ne.jp です。"))
    add(lambda g: (lambda c: rec("ja", "pii.credit_card", P,
        f"ネットで買い物したときに使ったJCBカード {chk(vals.luhn_ok, c)} の明細に見覚えのない請求があります。"
        "まずカード会社に連絡すればいいですか？"))(g.card("jcb")))

    # ---------------- Russian ----------------
    add(lambda g: (lambda i: rec("ru", "pii.ru_inn", P,
        f"Мой ИНН {chk(vals.inn_ok, i)}. Подскажите, как через Госуслуги проверить, есть ли у меня долги по налогу на имущество?"))(g.inn12()))
    add(lambda g: (lambda s: rec("ru", "pii.ru_snils", P,
        "Проверьте, пожалуйста, заявление, я его отправляю в МФЦ:\n\n"
        "ФИО: Ковалёва Анастасия Игоревна\nДата рождения: 17.04.1990\n"
        f"СНИЛС: {chk(vals.snils_ok, s)}\nАдрес регистрации: г. Казань, ул. Чистопольская, д. 61, кв. 118\n"
        "Прошу выдать справку о пенсионных накоплениях."))(g.snils()))
    add(lambda g: (lambda i: rec("ru", "pii.ru_inn_in_assistant", P,
        "Напомни, какой ИНН я тебе продиктовал для декларации 3-НДФЛ?",
        f"Вы продиктовали ИНН {chk(vals.inn_ok, i)}."))(g.inn12()))
    add(lambda g: (lambda ph: rec("ru", "pii.phone", P,
        f"Я Олег Смирнов, мой номер {chk(vals.phone_ok, ph, 'RU')}. Курьер уже третий раз не может дозвониться, "
        "хотя телефон включён. Можно передать ему, чтобы писал в Telegram?"))(g.phone("RU")))
    add(lambda g: (lambda pp: rec("ru", "pii.passport", P,
        f"Для оформления сим-карты указала паспорт серия и номер {pp}, выдан ГУ МВД по г. Москве. "
        "Оператор говорит, что данные не совпадают. Что проверить?"))(g.passport("RU_INTERNAL")))
    add(lambda g: rec("ru", "pii.street_address", P,
        "Переехали, нужно поменять адрес доставки воды: теперь мы живём по адресу г. Новосибирск, ул. Бориса Богаткова, д. 192, "
        "кв. 45, домофон не работает. Как лучше объяснить это в заявке?"))
    add(lambda g: rec("ru", "pii.email", P,
        "Здравствуйте, меня зовут Дарья Лебедева. Пришлите, пожалуйста, чек за заказ на мою почту dasha.lebedeva91@yandex.ru, "
        "в личном кабинете он не отображается."))
    add(lambda g: (lambda c: rec("ru", "pii.credit_card", P,
        f"С карты Мир {chk(vals.luhn_ok, c)} дважды списали оплату за ЖКУ. В банке сказали обращаться к получателю. Это нормально?"))(g.card("mir")))
    return B


def secret_builders():
    B = []
    add = B.append

    # ---------------- English ----------------
    add(lambda g: rec("en", "secret.github_token", S,
        "My deploy script can't push tags anymore. Here's the .env it loads:\n\n```\nNODE_ENV=production\nREPO=acme-web/storefront\n"
        f"GITHUB_TOKEN={g.github()}\nRELEASE_BRANCH=main\n```\nIt says 'Resource not accessible by integration'."))
    add(lambda g: (lambda k: rec("en", "secret.aws_secret_access_key", S,
        "boto3 says InvalidClientTokenId even though I just created the key. This is my ~/.aws/credentials:\n\n"
        f"[default]\naws_access_key_id = {k[0]}\naws_secret_access_key = {k[1]}\nregion = eu-west-2\n"))(g.aws_pair()))
    add(lambda g: rec("en", "secret.slack_token", S,
        "Why does this only post to the channel sometimes?\n\n```python\nfrom slack_sdk import WebClient\n\n"
        f"client = WebClient(token=\"{g.slack_bot()}\")\n\ndef notify(msg):\n    client.chat_postMessage(channel=\"#deploys\", text=msg)\n```"))
    add(lambda g: rec("en", "secret.slack_webhook", S,
        "Here's my shell history from yesterday, which of these commands broke the alert?\n\n"
        "  512  cd ~/ops/alerts\n  513  vim rules.yml\n"
        f"  514  curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"test\"}}' {g.slack_webhook()}\n"
        "  515  systemctl restart alertmanager\n  516  journalctl -u alertmanager -n 50"))
    add(lambda g: rec("en", "secret.stripe_key", S,
        "Is it ok to create the payment intent from the frontend like this?\n\n```js\nconst stripe = require('stripe')("
        f"'{g.stripe()}');\n\nconst intent = await stripe.paymentIntents.create({{ amount: 1999, currency: 'usd' }});\n```"))
    add(lambda g: rec("en", "secret.openai_key", S,
        "This curl returns 429 right away, but I've barely used the account:\n\n"
        "curl https://api.openai.com/v1/chat/completions \\\n  -H \"Content-Type: application/json\" \\\n"
        f"  -H \"Authorization: Bearer {g.openai()}\" \\\n  -d '{{\"model\": \"gpt-4o-mini\", \"messages\": [{{\"role\": \"user\", \"content\": \"hi\"}}]}}'"))
    add(lambda g: rec("en", "secret.anthropic_key", S,
        "The container starts but every request fails with 401. docker-compose.yml:\n\n```yaml\nservices:\n  summarizer:\n"
        "    build: .\n    ports:\n      - \"8080:8080\"\n    environment:\n"
        f"      ANTHROPIC_API_KEY: {g.anthropic()}\n      LOG_LEVEL: debug\n```"))
    add(lambda g: rec("en", "secret.google_api_key", S,
        "The map shows 'For development purposes only'. Relevant part of AndroidManifest.xml:\n\n"
        "<application android:label=\"@string/app_name\">\n    <meta-data\n        android:name=\"com.google.android.geo.API_KEY\"\n"
        f"        android:value=\"{g.google()}\" />\n</application>"))
    add(lambda g: rec("en", "secret.private_key", S,
        "ssh says 'UNPROTECTED PRIVATE KEY FILE' and refuses to use it. This is the file, did I copy it wrong?\n\n" + g.private_key("RSA")))
    add(lambda g: rec("en", "secret.jwt", S,
        "Our API returns 403 for this request even though the user is an admin. Request headers from devtools:\n\n"
        "GET /api/v2/reports/monthly HTTP/1.1\nHost: dashboard.internal-tools.io\n"
        "Authorization: Bearer " + g.jwt({"sub": "u_80412", "role": "admin", "iat": 1718000000, "exp": 1718003600}) +
        "\nAccept: application/json"))
    add(lambda g: (lambda pw: rec("en", "secret.password_in_url", S,
        "Django can't connect to the database after I moved to dj-database-url. settings.py:\n\n```python\nimport dj_database_url\n\n"
        f"DATABASES = {{\n    'default': dj_database_url.parse('postgres://shop_app:{pw}@db-prod-2.c9xk.eu-central-1.rds.amazonaws.com:5432/shop')\n}}\n```"))(g.password()))
    add(lambda g: (lambda pw: rec("en", "secret.generic_password", S,
        f"I set up the family NAS this weekend. The admin login is admin / {pw} and the guest share has no password. "
        "How do I make it reachable from my phone when I'm not at home without opening it to everyone?"))(g.password()))
    add(lambda g: rec("en", "secret.huggingface_token", S,
        "Getting 'Repository not found' when loading my private model:\n\n```python\nfrom transformers import AutoModel\n\n"
        f"model = AutoModel.from_pretrained(\"lab-nlp/ner-clinical-v3\", token=\"{g.hf()}\")\n```"))
    add(lambda g: (lambda t: rec("en", "secret.twilio_token", S,
        "Check my config, SMS sending silently fails:\n\n```yaml\nsms:\n  provider: twilio\n"
        f"  account_sid: {t[0]}\n  auth_token: {t[1]}\n  messaging_service_sid: MG-notifications\n```"))(g.twilio()))

    # ---------------- German ----------------
    add(lambda g: rec("de", "secret.gitlab_token", S,
        "Unsere Pipeline kann das private Paket nicht klonen. Hier der Ausschnitt aus der .gitlab-ci.yml:\n\n```yaml\nbuild:\n"
        "  script:\n"
        f"    - git clone https://oauth2:{g.gitlab()}@gitlab.com/firma-intern/shared-libs.git\n    - make build\n```\nWas ist falsch?"))
    add(lambda g: rec("de", "secret.telegram_bot_token", S,
        "Mein Telegram-Bot antwortet nicht auf /start. Code:\n\n```python\nfrom telegram.ext import Application, CommandHandler\n\n"
        f"app = Application.builder().token(\"{g.telegram()}\").build()\n\nasync def start(update, ctx):\n"
        "    await update.message.reply_text(\"Hallo!\")\n\napp.add_handler(CommandHandler(\"start\", start))\napp.run_polling()\n```"))
    add(lambda g: (lambda pw: rec("de", "secret.generic_password", S,
        "Warum startet der Datenbank-Container nicht? docker-compose.yml:\n\n```yaml\nservices:\n  db:\n    image: mariadb:11\n"
        f"    environment:\n      MARIADB_ROOT_PASSWORD: {pw}\n      MARIADB_DATABASE: warenwirtschaft\n    volumes:\n      - ./data:/var/lib/mysql\n```"))(g.password()))
    add(lambda g: rec("de", "secret.azure_connection_string", S,
        "Der Upload in den Blob Storage bricht mit 403 ab. appsettings.json:\n\n```json\n{\n  \"Storage\": {\n"
        f"    \"ConnectionString\": \"{g.azure_conn('lagerbelegeprod')}\",\n    \"Container\": \"belege\"\n  }}\n}}\n```".replace("}}\n}}", "}\n}")))
    add(lambda g: (lambda k: rec("de", "secret.aws_secret_access_key", S,
        "Ich habe das in mein Terminal kopiert, aber `aws s3 ls` sagt trotzdem Access Denied:\n\n"
        f"export AWS_ACCESS_KEY_ID={k[0]}\nexport AWS_SECRET_ACCESS_KEY={k[1]}\nexport AWS_DEFAULT_REGION=eu-central-1"))(g.aws_pair()))
    add(lambda g: (lambda pw: rec("de", "secret.generic_password", S,
        f"Das WLAN-Passwort im Büro ist jetzt {pw}, und der Router-Login ist admin mit demselben Passwort. "
        "Kannst du mir einen Aushang formulieren, dass sich alle neu verbinden müssen?"))(g.password()))

    # ---------------- French ----------------
    add(lambda g: rec("fr", "secret.npm_token", S,
        "npm publish me renvoie E401 alors que je suis connecté. Voici mon .npmrc :\n\n"
        f"@atelier-web:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={g.npm()}\n"))
    add(lambda g: rec("fr", "secret.sendgrid_key", S,
        "Les e-mails de réinitialisation ne partent plus. Mon fichier .env :\n\n"
        f"APP_URL=https://reservations.gite-des-pins.fr\nMAIL_DRIVER=sendgrid\nSENDGRID_API_KEY={g.sendgrid()}\nMAIL_FROM=noreply@gite-des-pins.fr"))
    add(lambda g: (lambda pw: rec("fr", "secret.password_in_url", S,
        "Mongoose n'arrive pas à se connecter, l'erreur parle d'authentification :\n\n```js\nmongoose.connect("
        f"'mongodb+srv://admin_compta:{pw}@cluster0.ab3xk.mongodb.net/facturation?retryWrites=true');\n```"))(g.password()))
    add(lambda g: rec("fr", "secret.private_key", S,
        "J'ai collé ma clé dans GitHub Actions mais le déploiement SSH échoue avec « invalid format ». La voici :\n\n" + g.private_key("OPENSSH")))
    add(lambda g: rec("fr", "secret.stripe_key", S,
        "Mon webhook Stripe plante en production. Extrait de config/services.php :\n\n```php\n'stripe' => [\n"
        f"    'secret' => '{g.stripe()}',\n    'webhook_tolerance' => 300,\n],\n```"))
    add(lambda g: rec("fr", "secret.jwt", S,
        "Pourquoi mon back-end considère ce jeton comme expiré ? Je l'ai copié depuis le localStorage :\n\n"
        + g.jwt({"sub": "42817", "email_verified": True, "scope": "factures:lecture factures:ecriture", "iat": 1716200000, "exp": 1716203600})))

    # ---------------- Japanese ----------------
    add(lambda g: rec("ja", "secret.pypi_token", S,
        "twine upload で403になります。~/.pypirc はこうなっています。\n\n[distutils]\nindex-servers = pypi\n\n[pypi]\n"
        f"username = __token__\npassword = {g.pypi()}\n"))
    add(lambda g: rec("ja", "secret.openai_key", S,
        "このスクリプトを実行すると AuthenticationError が出ます。どこが悪いですか？\n\n```python\nfrom openai import OpenAI\n\n"
        f"client = OpenAI(api_key=\"{g.openai()}\")\nres = client.chat.completions.create(model=\"gpt-4o\", messages=[{{\"role\": \"user\", \"content\": \"こんにちは\"}}])\n```"))
    add(lambda g: rec("ja", "secret.slack_webhook", S,
        "GitHub Actions から Slack に通知したいのですが、このステップで合っていますか？\n\n```yaml\n- name: notify\n  run: |\n"
        f"    curl -X POST -d '{{\"text\":\"デプロイ完了\"}}' {g.slack_webhook()}\n```"))
    add(lambda g: rec("ja", "secret.github_token", S,
        "社内ツールのREADMEに書くセットアップ手順を見てください。\n\n1. リポジトリをクローン\n"
        f"   git clone https://{g.github_fine()}@github.com/kaisha-dev/inventory-tool.git\n2. `npm ci`\n3. `npm run dev`"))
    add(lambda g: (lambda pw: rec("ja", "secret.generic_password", S,
        f"検証用サーバーのDBパスワードは「{pw}」にしておきました。rootユーザーも同じです。"
        "新人さん向けの接続手順を簡単にまとめてもらえますか？"))(g.password()))
    add(lambda g: rec("ja", "secret.google_api_key", S,
        "地図が表示されず、コンソールに RefererNotAllowedMapError と出ます。\n\n"
        f"<script src=\"https://maps.googleapis.com/maps/api/js?key={g.google()}&callback=initMap\" async defer></script>"))

    # ---------------- Russian ----------------
    add(lambda g: rec("ru", "secret.telegram_bot_token", S,
        "Бот для записи в барбершоп перестал отвечать после переезда на новый сервер. Конфиг:\n\n```ini\n[bot]\n"
        f"token = {g.telegram()}\nadmin_chat_id = -1001843227716\ntimezone = Europe/Moscow\n```"))
    add(lambda g: (lambda k: rec("ru", "secret.aws_secret_access_key", S,
        "Terraform ругается на провайдер. Вот кусок main.tf:\n\n```hcl\nprovider \"aws\" {\n  region     = \"eu-north-1\"\n"
        f"  access_key = \"{k[0]}\"\n  secret_key = \"{k[1]}\"\n}}\n```"))(g.aws_pair()))
    add(lambda g: (lambda pw: rec("ru", "secret.password_in_url", S,
        "Celery не подключается к брокеру, в логах connection refused:\n\n"
        f"CELERY_BROKER_URL = 'amqp://shop_worker:{pw}@10.12.0.7:5672/prod'\nCELERY_RESULT_BACKEND = 'redis://10.12.0.8:6379/1'"))(g.password()))
    add(lambda g: rec("ru", "secret.private_key", S,
        "Nginx не стартует, пишет про несовпадение ключа и сертификата. Ключ из /etc/nginx/ssl/site.key:\n\n" + g.private_key("EC")))
    add(lambda g: rec("ru", "secret.huggingface_token", S,
        "При huggingface-cli login вставляю токен, но загрузка датасета всё равно падает с 401:\n\n"
        f"$ huggingface-cli login --token {g.hf()}\nToken is valid (permission: write).\n$ python load.py\n...\n401 Client Error"))
    add(lambda g: (lambda pw: rec("ru", "secret.generic_password", S,
        f"Пароль от учётки 1С у бухгалтерии теперь {pw}, логин buh01. Напиши, пожалуйста, короткую инструкцию, как его сменить при первом входе."))(g.password()))
    return B
