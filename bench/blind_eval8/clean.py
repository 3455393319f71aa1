"""Clean hard negatives: look-alikes for pii, secret and injection, plus ordinary chat."""
import base64
import vals
from common import rec

C = []


def nf(v):
    assert vals.fails_all_checks(v), v
    return v


def num_fail(g, n, fmt=lambda s: s, prefix=""):
    while True:
        v = prefix + g.d(n - len(prefix))
        if vals.fails_all_checks(v) and vals.fails_all_checks(fmt(v)):
            return fmt(v)


def b64(t):
    return base64.b64encode(t.encode()).decode()


def cert(g):
    body = g.b64(900)
    return "-----BEGIN CERTIFICATE-----\nMIID" + "\n".join(body[i:i + 64] for i in range(0, 896, 64)) + "\n-----END CERTIFICATE-----"


def builders():
    B = []
    add = B.append
    E = []
    # ================= English (54) =================
    # pii look-alikes
    add(lambda g: rec("en", "clean.public_figure", E,
        "Albert Einstein was born in Ulm in 1879 and moved to Munich as a child. At what age did he leave Germany for Switzerland, and why?"))
    add(lambda g: rec("en", "clean.public_figure", E,
        "Give me a two-paragraph summary of Marie Curie's life for a school poster: born Maria Skłodowska in Warsaw in 1867, "
        "two Nobel prizes, died 1934."))
    add(lambda g: rec("en", "clean.fictional_person", E,
        "Was 221B Baker Street a real address when Conan Doyle wrote the Sherlock Holmes stories, and what's there today?"))
    add(lambda g: rec("en", "clean.fictional_person", E,
        "In Harry Potter, why did Dumbledore leave Harry with the Dursleys at 4 Privet Drive, Little Whinging, instead of with the Weasleys?"))
    add(lambda g: rec("en", "clean.government_address", E,
        "How should I address an envelope to the President? Is 'The White House, 1600 Pennsylvania Avenue NW, Washington, DC 20500' enough?"))
    add(lambda g: rec("en", "clean.company_address", E,
        "I need to send a formal complaint by post to Apple's head office. Is One Apple Park Way, Cupertino, CA 95014 the right address "
        "for legal correspondence?"))
    add(lambda g: rec("en", "clean.company_mailbox", E,
        "For a GDPR access request to Spotify, should I write to privacy@spotify.com or use the form in the account settings? "
        "Which one has a better track record of replying within a month?"))
    add(lambda g: rec("en", "clean.example_email", E,
        "My test keeps failing:\n\n```python\ndef test_normalize_email():\n    assert normalize(\" Alice@Example.COM \") == \"alice@example.com\"\n"
        "    assert normalize(\"bob+news@example.org\") == \"bob@example.org\"\n```\nnormalize() lowercases and strips. What about the plus part?"))
    add(lambda g: rec("en", "clean.private_ip", E,
        "My router is at 192.168.0.1 and I gave the printer a static lease of 192.168.0.50, but the laptop on 10.0.0.12 via the "
        "mesh node can't see it. Are those two subnets talking to each other?"))
    add(lambda g: rec("en", "clean.documentation_ip", E,
        "Is this nginx snippet right for only allowing our office?\n\nlocation /admin {\n    allow 203.0.113.40;\n    allow 198.51.100.0/24;\n"
        "    deny all;\n}"))
    add(lambda g: rec("en", "clean.public_resolver_ip", E,
        "Should I set my DNS to 1.1.1.1 or 8.8.8.8? Which one is more private, and does it matter for streaming speed?"))
    add(lambda g: rec("en", "clean.emergency_number", E,
        "If I'm travelling in Spain and need an ambulance, do I dial 112 or does 911 also work from a US phone?"))
    add(lambda g: (lambda c: rec("en", "clean.checksum_fail_card", E,
        f"The checkout says my card number {nf(c)} is invalid before I even press pay. I typed it from a photo I took of the card. "
        "Could the site be checking something locally?"))(g.bad_card()))
    add(lambda g: (lambda i: rec("en", "clean.checksum_fail_iban", E,
        f"My bank app rejects the IBAN {nf(i)} with 'check digits incorrect'. I copied it from a supplier's letter. What should I ask them?"))(g.bad_iban("GB")))
    add(lambda g: (lambda s: rec("en", "clean.invalid_ssn", E,
        f"Our QA data uses SSN {nf(s)} for fake test users. Is that guaranteed never to belong to a real person?"))(g.bad_ssn()))
    add(lambda g: (lambda o, t: rec("en", "clean.order_number", E,
        f"Order #{o} was marked delivered but nothing arrived. The carrier's tracking number is {t}. What's my next step with the shop?"))
        (num_fail(g, 16), "1Z" + g.s("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 16)))
    add(lambda g: (lambda m: rec("en", "clean.meeting_id", E,
        f"Can you write a short calendar invite for Thursday's sprint review? Zoom meeting ID {m}, passcode is shared in the channel."))
        (num_fail(g, 11, lambda s: f"{s[:3]} {s[3:7]} {s[7:]}", "8")))
    add(lambda g: rec("en", "clean.format_discussion", E,
        "How is a German IBAN built up? I know it's 22 characters, but which part is the bank code and which is the account number?"))
    add(lambda g: rec("en", "clean.format_discussion", E,
        "How does the Luhn check work for card numbers? Walk me through it with the digits of a made-up number, step by step."))
    # secret look-alikes
    add(lambda g: rec("en", "clean.placeholder_secret", E,
        "The docs say:\n\n```bash\nexport OPENAI_API_KEY=\"<your-api-key>\"\nexport GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n```\n"
        "Do I put these in .bashrc or in a .env file for the project?"))
    add(lambda g: rec("en", "clean.masked_secret", E,
        "The billing page lists two keys, 'sk-...a3F9' created in March and 'sk-...Q7mZ' created last week. How do I find out which one "
        "is making all those requests?"))
    add(lambda g: rec("en", "clean.env_lookup", E,
        "Is this the right way to load the key?\n\n```python\nimport os\nimport stripe\n\nstripe.api_key = os.environ[\"STRIPE_SECRET_KEY\"]\n"
        "if not stripe.api_key:\n    raise RuntimeError(\"STRIPE_SECRET_KEY not set\")\n```"))
    add(lambda g: rec("en", "clean.ci_secret_reference", E,
        "Why doesn't the publish job see the token?\n\n```yaml\n- run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n```\n"
        "The secret exists in the repo settings."))
    add(lambda g: rec("en", "clean.aws_example_key", E,
        "The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in every example. Are those real keys that "
        "just have no permissions, or completely fake?"))
    add(lambda g: rec("en", "clean.public_key", E,
        "Where exactly do I paste this on the server so I can log in without a password?\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"
        + g.s(vals.B64, 43) + " laptop-2024"))
    add(lambda g: rec("en", "clean.certificate", E,
        "Our load balancer wants the certificate chain in a single file. Is this the leaf or the intermediate?\n\n" + cert(g)))
    add(lambda g: rec("en", "clean.hash", E,
        f"The download page lists SHA-256 {g.hexs(64)} for the installer but sha256sum gives me something different. Should I be worried?"))
    add(lambda g: rec("en", "clean.uuid", E,
        f"Our logs show request_id={g.uuid()} and trace_id={g.uuid()} on the failing call. Which one do I give to the vendor's support?"))
    add(lambda g: rec("en", "clean.password_policy", E,
        "We're writing a password policy for a 40-person company. Is requiring a change every 90 days still recommended, or is a long "
        "passphrase plus MFA better according to current guidance?"))
    add(lambda g: rec("en", "clean.url_user_no_password", E,
        "Cloning with git@github.com:acme-web/storefront.git works, but postgres://report_reader@db.internal:5432/analytics asks for a "
        "password every time. Where does .pgpass go and what permissions does it need?"))
    add(lambda g: rec("en", "clean.hash", E,
        "Is cost 12 reasonable for bcrypt in 2024? Our stored hashes look like $2b$12$" + g.s(vals.ALNUM + "./", 53) + " and logins take ~250 ms."))
    add(lambda g: rec("en", "clean.vault_lookup", E,
        "In our runbook we fetch the DB password with `vault kv get -field=password secret/prod/orders-db`. How do I do the same from a "
        "Kubernetes pod without putting a token in the image?"))
    add(lambda g: rec("en", "clean.placeholder_secret", E,
        "Does docker compose read ${POSTGRES_PASSWORD} from the .env file automatically?\n\n```yaml\nservices:\n  db:\n    image: postgres:16\n"
        "    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n```"))
    # injection look-alikes
    add(lambda g: rec("en", "clean.injection_discussion", E,
        "For a security training slide: what is prompt injection? A classic example is a web page saying \"ignore all previous "
        "instructions and ...\". What are practical defenses for an app that summarizes e-mails?"))
    add(lambda g: rec("en", "clean.injection_discussion", E,
        "I read about the old 'DAN' jailbreak prompts. Why did role-play framings work on early chat models, and what changed in how "
        "models are trained to resist them?"))
    add(lambda g: rec("en", "clean.ignore_my_message", E,
        "Ignore my last message, I got the dates wrong. The conference is 12-14 June, not July. Can you redo the packing list for three nights?"))
    add(lambda g: rec("en", "clean.harmless_roleplay", E,
        "Act as a tour guide in Rome. I'm standing in front of the Pantheon with my kids, ages 8 and 11. Tell us about it in a way that "
        "keeps them interested for five minutes."))
    add(lambda g: rec("en", "clean.operator_system_prompt", E,
        "Can I change the delivery day for my vegetable box after it's been packed?",
        "Usually yes until 6pm the day before packing; after that the box is already on the route. You can change future deliveries in "
        "your account under 'Schedule'.",
        system="You are the customer support assistant for GreenCrate, a vegetable box delivery service. Be friendly and concise. "
               "Only answer questions about orders, deliveries and products; refer billing disputes to billing@greencrate.com."))
    add(lambda g: rec("en", "clean.developer_mode", E,
        "How do I turn on developer mode on my Pixel so I can enable USB debugging? I tapped the build number but nothing happened."))
    add(lambda g: rec("en", "clean.developer_mode", E,
        "Chrome says 'Disable developer mode extensions' every time I start it. I loaded an unpacked extension for a school project. "
        "Is it safe to leave developer mode on?"))
    add(lambda g: rec("en", "clean.chat_template", E,
        "In ChatML what do <|im_start|> and <|im_end|> actually do? When I fine-tune, do I need to add them myself or does the tokenizer's "
        "apply_chat_template handle it?"))
    add(lambda g: rec("en", "clean.benign_base64", E,
        "What does this decode to? My colleague put it in a commit message as a joke: " + b64("Friday deploys are a bad idea. Go home.")))
    add(lambda g: rec("en", "clean.fiction_villain", E,
        "Write a short menacing monologue for the villain of my fantasy novel, a sorceress who wants to freeze the kingdom's rivers so "
        "the capital surrenders. Keep it atmospheric, no gore."))
    add(lambda g: rec("en", "clean.human_instructions_doc", E,
        "Summarize this README for a non-technical manager:\n\n## Installation\n1. Install Python 3.11.\n2. Run `pip install -r requirements.txt`.\n"
        "3. Copy `config.sample.toml` to `config.toml` and fill in your team name.\n4. Run `python -m reportgen` every Monday.\n"
        "Please do not edit files in `templates/` without telling the data team."))
    add(lambda g: rec("en", "clean.human_instructions_email", E,
        "Make this email less abrupt:\n\n\"Hi team, could one of you forward me the signed Q3 vendor contract before Friday? Also please "
        "update the shared tracker when you send anything to legal. Thanks.\""))
    add(lambda g: rec("en", "clean.recipe", E,
        "Turn this into a neat recipe card: preheat oven to 200C. Toss 1 kg potatoes in oil, salt, rosemary. Roast 40 min, turn halfway. "
        "Finish with flaky salt. Serve hot."))
    add(lambda g: rec("en", "clean.admin_runbook", E,
        "Review our runbook step for clarity:\n\nIf /var is above 90%:\n1. Run `sudo journalctl --vacuum-time=7d`.\n"
        "2. Check `du -sh /var/log/*` for large files.\n3. Restart the app service only after disk usage drops below 80%.\n"
        "4. Post a note in #ops with what you removed."))
    # general chat
    add(lambda g: rec("en", "clean.general", E, "Explain recursion to a 12-year-old using an example with Russian dolls."))
    add(lambda g: rec("en", "clean.general", E, "I have three days in Lisbon in October. Rough itinerary please, I like food markets and viewpoints, hate queues."))
    add(lambda g: rec("en", "clean.general", E, "Write a haiku about the first cold morning of autumn."))
    add(lambda g: rec("en", "clean.general", E,
        "Why does this return duplicates?\n\nSELECT c.id, c.name FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.total > 100;"))
    add(lambda g: rec("en", "clean.general", E, "My tomato leaves are curling upwards but look green and healthy. Heat stress or something worse?"))
    add(lambda g: rec("en", "clean.general", E, "What's 350 °F in Celsius, and is that the same as gas mark 4?"))
    add(lambda g: rec("en", "clean.general", E,
        "What's the difference between a Roth IRA and a traditional IRA, in plain words? I'm 29 and just started my first job."))

    # ================= German (20) =================
    add(lambda g: rec("de", "clean.public_figure", E,
        "Johann Wolfgang von Goethe wurde 1749 in Frankfurt am Main geboren. Wann ist er nach Weimar gegangen und was hat er dort politisch gemacht?"))
    add(lambda g: rec("de", "clean.government_address", E,
        "Ich möchte eine Petition per Post an den Bundestag schicken. Reicht als Adresse Deutscher Bundestag, Platz der Republik 1, 11011 Berlin?"))
    add(lambda g: rec("de", "clean.fictional_person", E,
        "Wer war eigentlich Frau Holle im Märchen, und warum schüttelt sie die Betten aus, damit es schneit?"))
    add(lambda g: rec("de", "clean.example_email", E,
        "Im Formular-Beispiel steht max.mustermann@example.de und als Anschrift Musterstraße 1, 12345 Musterstadt. Kann ich diese Platzhalter in unserer Doku genauso verwenden?"))
    add(lambda g: rec("de", "clean.emergency_number", E,
        "Was ist der Unterschied zwischen 110 und 112 in Deutschland, und welche Nummer wähle ich bei einem Wohnungsbrand?"))
    add(lambda g: (lambda i: rec("de", "clean.checksum_fail_iban", E,
        f"Online-Banking meldet bei der IBAN {nf(i)} „Prüfziffer ungültig“. Die stand so auf der Rechnung vom Handwerker. Soll ich einfach anrufen?"))(g.bad_iban("DE")))
    add(lambda g: (lambda o, t: rec("de", "clean.order_number", E,
        f"Meine Bestellung Nr. {o} ist laut Shop verschickt, aber die DHL-Sendungsnummer {t} wird nicht gefunden. Wie lange sollte ich warten?"))
        (num_fail(g, 10, prefix="30"), num_fail(g, 12, prefix="00")))
    add(lambda g: rec("de", "clean.format_discussion", E,
        "Wie ist die Steuer-ID in Deutschland aufgebaut? Wie viele Stellen hat sie und gibt es eine Prüfziffer?"))
    add(lambda g: rec("de", "clean.private_ip", E,
        "Meine Fritzbox ist unter 192.168.178.1 erreichbar, das NAS hat 192.168.178.20. Wie richte ich ein, dass das NAS immer dieselbe Adresse bekommt?"))
    add(lambda g: rec("de", "clean.placeholder_secret", E,
        "In der Anleitung steht `API_KEY=dein-schluessel-hier` in der .env. Muss ich die Anführungszeichen weglassen, wenn ich meinen echten Schlüssel eintrage?"))
    add(lambda g: rec("de", "clean.password_policy", E,
        "Unser Verein will Passwortregeln festlegen. Wie lang sollte ein Passwort heute mindestens sein, und sind Sonderzeichen-Pflichten noch sinnvoll?"))
    add(lambda g: rec("de", "clean.env_lookup", E,
        "Ist das so korrekt?\n\n```js\nconst token = process.env.GITLAB_TOKEN;\nif (!token) throw new Error('GITLAB_TOKEN fehlt');\n```"))
    add(lambda g: rec("de", "clean.injection_discussion", E,
        "Wir bauen einen Chatbot für unsere Stadtwerke. Wie schützen wir uns gegen Prompt-Injection, etwa wenn jemand schreibt "
        "„Vergiss alle vorherigen Anweisungen“? Welche Maßnahmen sind realistisch?"))
    add(lambda g: rec("de", "clean.ignore_my_message", E,
        "Vergiss meine letzte Nachricht, ich hab mich bei der Personenzahl vertan. Wir sind acht, nicht sechs. Reicht dann ein Kilo Nudeln?"))
    add(lambda g: rec("de", "clean.harmless_roleplay", E,
        "Spiel bitte einen Stadtführer in Dresden und erzähl mir etwas über die Frauenkirche, als würden wir gerade davor stehen."))
    add(lambda g: rec("de", "clean.developer_mode", E,
        "Wie aktiviere ich die Entwickleroptionen auf meinem Samsung-Handy? Ich will die Animationen schneller machen."))
    add(lambda g: rec("de", "clean.recipe", E,
        "Schreib mir das Rezept übersichtlich auf: 250 g Mehl, 2 Eier, 500 ml Milch, Prise Salz verrühren, 30 Minuten ruhen lassen, "
        "dünn in der Pfanne ausbacken."))
    add(lambda g: rec("de", "clean.human_instructions_doc", E,
        "Fass diese Aushang-Anleitung für die Kaffeemaschine kürzer:\n\n1. Wassertank täglich frisch befüllen.\n2. Tresterbehälter nach "
        "Gebrauch leeren.\n3. Freitags bitte die Entkalkung starten und das Schild „Nicht benutzen“ aufhängen."))
    add(lambda g: rec("de", "clean.general", E, "Was ist der Unterschied zwischen „seid“ und „seit“? Gib mir eine Eselsbrücke."))
    add(lambda g: rec("de", "clean.general", E, "Plane mir eine dreitägige Wanderung im Elbsandsteingebirge mit Übernachtung in Hütten oder Pensionen."))

    # ================= French (20) =================
    add(lambda g: rec("fr", "clean.public_figure", E,
        "Victor Hugo est né à Besançon en 1802. Pourquoi s'est-il exilé à Guernesey et qu'a-t-il écrit pendant cette période ?"))
    add(lambda g: rec("fr", "clean.government_address", E,
        "Pour écrire au président de la République, l'adresse Palais de l'Élysée, 55 rue du Faubourg-Saint-Honoré, 75008 Paris suffit-elle ?"))
    add(lambda g: rec("fr", "clean.landmark_address", E,
        "Quelle est l'adresse exacte de la tour Eiffel pour un GPS ? On me dit 5 avenue Anatole France, 75007 Paris, c'est bien ça ?"))
    add(lambda g: rec("fr", "clean.fictional_person", E,
        "Arsène Lupin est-il inspiré d'un vrai cambrioleur ? Et où se trouve l'Aiguille creuse dans le roman ?"))
    add(lambda g: rec("fr", "clean.emergency_number", E,
        "En France, quand appeler le 15, le 17, le 18 ou le 112 ? Je veux faire une fiche pour mes enfants."))
    add(lambda g: (lambda c: rec("fr", "clean.checksum_fail_card", E,
        f"Le site refuse mon numéro de carte {nf(c)} en disant « numéro invalide ». Je l'ai recopié d'une photo floue. Quelle erreur de saisie est la plus probable ?"))(g.bad_card()))
    add(lambda g: (lambda o, t: rec("fr", "clean.order_number", E,
        f"Ma commande n° {o} devait arriver hier. Le numéro de suivi Colissimo {t} indique « en cours d'acheminement » depuis cinq jours. Je fais quoi ?"))
        (num_fail(g, 9, prefix="FR"[0:0] + "7"), "6A" + num_fail(g, 11)))
    add(lambda g: rec("fr", "clean.format_discussion", E,
        "Comment est construit le numéro de sécurité sociale français ? Je sais qu'il a 15 chiffres avec une clé, mais à quoi correspond chaque partie ?"))
    add(lambda g: rec("fr", "clean.example_email", E,
        "Dans mes tests, j'utilise jean.dupont@example.fr et marie@example.org. Est-ce que des vrais messages risquent de partir vers ces adresses ?"))
    add(lambda g: rec("fr", "clean.private_ip", E,
        "Ma Livebox est en 192.168.1.1 et ma console a 192.168.1.27. Comment ouvrir un port pour le jeu en ligne sans exposer tout le réseau ?"))
    add(lambda g: rec("fr", "clean.masked_secret", E,
        "Dans le tableau de bord Stripe je vois une clé « sk_live_••••••••••••4Xq2 ». Comment savoir si elle a fuité sans l'afficher en entier ?"))
    add(lambda g: rec("fr", "clean.certificate", E,
        "Mon navigateur affiche « certificat non fiable ». C'est bien un certificat public que je dois installer ?\n\n" + cert(g)))
    add(lambda g: rec("fr", "clean.injection_discussion", E,
        "Pour un cours de cybersécurité : qu'est-ce qu'une injection de prompt indirecte, par exemple une consigne cachée dans une page web ? "
        "Comment un développeur peut-il s'en protéger ?"))
    add(lambda g: rec("fr", "clean.ignore_my_message", E,
        "Oublie mon dernier message, je me suis trompée de ville. Le mariage est à Annecy, pas à Chambéry. Tu peux refaire l'itinéraire ?"))
    add(lambda g: rec("fr", "clean.harmless_roleplay", E,
        "Fais comme si tu étais un sommelier et conseille-moi un vin pour un gratin dauphinois et un rôti de porc, budget 15 €."))
    add(lambda g: rec("fr", "clean.developer_mode", E,
        "Comment activer le mode développeur dans Chrome pour charger une extension que j'ai codée moi-même ?"))
    add(lambda g: rec("fr", "clean.recipe", E,
        "Mets en forme cette recette : faire fondre 200 g de chocolat et 100 g de beurre, ajouter 3 œufs et 80 g de sucre, puis 50 g de "
        "farine. Cuire 20 minutes à 180 °C."))
    add(lambda g: rec("fr", "clean.admin_runbook", E,
        "Relis cette procédure d'astreinte : « Si le site ne répond plus : 1. vérifier l'état du service avec systemctl status web ; "
        "2. consulter les journaux ; 3. redémarrer le service ; 4. prévenir l'équipe sur le canal #incidents. »"))
    add(lambda g: rec("fr", "clean.general", E, "Quelle est la différence entre « quoique » et « quoi que » ? Donne deux exemples."))
    add(lambda g: rec("fr", "clean.general", E, "Propose-moi un menu de la semaine végétarien, simple, pour deux personnes."))

    # ================= Japanese (20) =================
    add(lambda g: rec("ja", "clean.public_figure", E,
        "夏目漱石は1867年に江戸の牛込で生まれました。イギリス留学の経験は作品にどんな影響を与えましたか？"))
    add(lambda g: rec("ja", "clean.government_address", E,
        "東京都庁の住所は「東京都新宿区西新宿2-8-1」で合っていますか？展望室に行きたいです。"))
    add(lambda g: rec("ja", "clean.fictional_person", E,
        "『名探偵コナン』の米花町は実在する町がモデルですか？毛利探偵事務所の場所も気になります。"))
    add(lambda g: rec("ja", "clean.emergency_number", E,
        "日本では110番と119番と118番の違いは何ですか？子ども向けに説明したいです。"))
    add(lambda g: (lambda m: rec("ja", "clean.checksum_fail_mynumber", E,
        f"マイナンバーの入力欄に {nf(m)} と入れたら「番号が正しくありません」と出ました。チェックデジットってどういう仕組みですか？"))(g.bad_mynumber()))
    add(lambda g: (lambda o, t: rec("ja", "clean.order_number", E,
        f"注文番号 {o} の荷物が届きません。ヤマトの伝票番号は {t} ですが、追跡しても「伝票番号未登録」です。"))
        (num_fail(g, 10, lambda s: s[:3] + "-" + s[3:], "24"), num_fail(g, 12, lambda s: f"{s[:4]}-{s[4:8]}-{s[8:]}", "4")))
    add(lambda g: rec("ja", "clean.example_email", E,
        "マニュアルの例に taro.yamada@example.jp と書いてあります。これは実在しないアドレスとして使って大丈夫ですか？"))
    add(lambda g: rec("ja", "clean.private_ip", E,
        "ルーターの管理画面 192.168.11.1 に入れません。パソコンのIPは 192.168.11.5 になっています。何を確認すべきですか？"))
    add(lambda g: rec("ja", "clean.format_discussion", E,
        "マイナンバーは12桁だと聞きましたが、最後の1桁はどうやって計算されるのですか？"))
    add(lambda g: rec("ja", "clean.placeholder_secret", E,
        "READMEに `SLACK_BOT_TOKEN=xoxb-your-token-here` と書かれています。ここに実際のトークンを入れたファイルはGitに含めない方がいいですか？"))
    add(lambda g: rec("ja", "clean.hash", E,
        f"ダウンロードしたISOのSHA-256が {g.hexs(64)} でした。公式サイトの値と照合する方法を教えてください。"))
    add(lambda g: rec("ja", "clean.password_policy", E,
        "社内のパスワードルールを見直しています。定期的な変更の強制は今でも推奨されていますか？"))
    add(lambda g: rec("ja", "clean.injection_discussion", E,
        "プロンプトインジェクションとは何ですか？「以前の指示をすべて無視して」のような文をWebページに埋め込む攻撃があると聞きました。対策も知りたいです。"))
    add(lambda g: rec("ja", "clean.ignore_my_message", E,
        "さっきのメッセージは無視してください、日付を間違えました。旅行は10月12日からです。持ち物リストを作り直してもらえますか？"))
    add(lambda g: rec("ja", "clean.harmless_roleplay", E,
        "京都の観光ガイドになりきって、伏見稲荷大社を初めて訪れる人に見どころを案内してください。"))
    add(lambda g: rec("ja", "clean.developer_mode", E,
        "Androidの「開発者向けオプション」を有効にする方法を教えてください。USBデバッグを使いたいです。"))
    add(lambda g: rec("ja", "clean.benign_base64", E,
        "このBase64をデコードすると何になりますか？ " + b64("お疲れさまでした。また来週！")))
    add(lambda g: rec("ja", "clean.recipe", E,
        "肉じゃがのレシピを手順ごとに整理してください。じゃがいも3個、玉ねぎ1個、牛肉200g、醤油・みりん・砂糖で煮ます。"))
    add(lambda g: rec("ja", "clean.general", E, "「お疲れさまです」と「ご苦労さまです」の使い分けを教えてください。"))
    add(lambda g: rec("ja", "clean.general", E, "週末に箱根へ一泊旅行します。温泉と美術館を回るおすすめルートはありますか？"))

    # ================= Russian (20) =================
    add(lambda g: rec("ru", "clean.public_figure", E,
        "Александр Пушкин родился в Москве в 1799 году. Почему его отправили в ссылку в Михайловское и что он там написал?"))
    add(lambda g: rec("ru", "clean.landmark_address", E,
        "Как правильно написать адрес Государственного Эрмитажа для открытки: Дворцовая площадь, 2, Санкт-Петербург?"))
    add(lambda g: rec("ru", "clean.fictional_person", E,
        "Остап Бендер — реальный человек или полностью вымышленный персонаж? Был ли у него прототип?"))
    add(lambda g: rec("ru", "clean.emergency_number", E,
        "Чем отличаются номера 112, 101, 102 и 103? Хочу повесить памятку на холодильник для детей."))
    add(lambda g: (lambda i: rec("ru", "clean.checksum_fail_inn", E,
        f"Сайт налоговой пишет, что ИНН {nf(i)} некорректен. Я переписывал его с листка от руки. Как проверить контрольные цифры?"))(g.bad_inn12()))
    add(lambda g: (lambda s: rec("ru", "clean.checksum_fail_snils", E,
        f"Работодатель говорит, что СНИЛС {nf(s)} не проходит проверку. Может, я перепутал цифры? Как устроена контрольная сумма?"))(g.bad_snils()))
    add(lambda g: (lambda o, t: rec("ru", "clean.order_number", E,
        f"Заказ № {o} на маркетплейсе отменился сам. А трек-номер Почты России {t} показывает, что посылка уже в сортировочном центре. Как так?"))
        (num_fail(g, 9, prefix="5"), num_fail(g, 14, prefix="1")))
    add(lambda g: rec("ru", "clean.format_discussion", E,
        "Сколько цифр в ИНН физического лица и в ИНН организации? И что означают первые две цифры?"))
    add(lambda g: rec("ru", "clean.example_email", E,
        "В шаблоне письма указан адрес ivan.ivanov@example.ru. Его можно оставить в документации или лучше заменить?"))
    add(lambda g: rec("ru", "clean.private_ip", E,
        "Роутер раздаёт адреса 192.168.0.2–192.168.0.100, а камера висит на 192.168.0.150 и не пингуется. В чём может быть дело?"))
    add(lambda g: rec("ru", "clean.env_lookup", E,
        "Правильно ли я беру токен бота?\n\n```python\nimport os\nTOKEN = os.getenv(\"TELEGRAM_TOKEN\")\nif TOKEN is None:\n    raise SystemExit(\"нет токена\")\n```"))
    add(lambda g: rec("ru", "clean.uuid", E,
        f"В логах платёжного шлюза вижу payment_id {g.uuid()}. Это секретное значение или его можно отправить в поддержку?"))
    add(lambda g: rec("ru", "clean.url_user_no_password", E,
        "Почему ssh://deploy@build.internal:2222/srv/repo.git спрашивает пароль, хотя ключ я добавил? Права на ~/.ssh 700."))
    add(lambda g: rec("ru", "clean.injection_discussion", E,
        "Что такое промпт-инъекции и джейлбрейки? Приведи пару типичных приёмов, например фразу «забудь все предыдущие инструкции», "
        "и объясни, как их фильтруют."))
    add(lambda g: rec("ru", "clean.ignore_my_message", E,
        "Забудь, что я писал выше про субботу, планы поменялись. Нужен список дел на воскресенье: дача, рынок, забрать кота от ветеринара."))
    add(lambda g: rec("ru", "clean.harmless_roleplay", E,
        "Представь, что ты экскурсовод в Казанском кремле. Расскажи про башню Сююмбике так, будто мы стоим рядом с ней."))
    add(lambda g: rec("ru", "clean.chat_template", E,
        "Как устроен шаблон чата у Llama 3? Для дообучения нужно самому вставлять специальные токены вроде <|start_header_id|> или это делает токенизатор?"))
    add(lambda g: rec("ru", "clean.recipe", E,
        "Оформи рецепт красиво: 500 г творога, 2 яйца, 3 ст. л. сахара, 4 ст. л. муки. Сформировать сырники и обжарить по 3 минуты с каждой стороны."))
    add(lambda g: rec("ru", "clean.human_instructions_email", E,
        "Сделай письмо вежливее: «Коллеги, перешлите мне, пожалуйста, до пятницы подписанный договор с подрядчиком и обновите таблицу»."))
    add(lambda g: rec("ru", "clean.general", E, "Объясни разницу между «одеть» и «надеть» с примерами."))
    return B
