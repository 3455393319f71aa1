"""Clean records: ordinary chats, and hand-written PII/secret look-alikes that must not be flagged."""

import base64

import values as V
from texts_injection import R

ORDINARY = [
    # ---------------- English ----------------
    R("en", "clean.ordinary", "What's a quick weeknight dinner with chickpeas and spinach?",
      "Sauté garlic and onion, add chickpeas, cumin and tomatoes, then wilt in spinach. Serve with rice or flatbread."),
    R("en", "clean.ordinary", "Explain the difference between a list and a tuple in Python.",
      "Lists are mutable and tuples are immutable; tuples can be dictionary keys, lists can't."),
    R("en", "clean.ordinary", "How long should I boil an egg for a jammy yolk?",
      "About six and a half minutes from boiling, then straight into ice water."),
    R("en", "clean.ordinary", "Can you suggest a name for a cozy bookshop café?",
      "\"The Dog-Eared Page\", \"Chapter & Crumb\", or \"Ink and Oolong\"."),
    R("en", "clean.ordinary", "Why is the sky blue?",
      "Air molecules scatter short blue wavelengths far more than red ones (Rayleigh scattering)."),
    R("en", "clean.ordinary", "Write a haiku about a rainy Monday.",
      "Grey rain on the glass / the kettle hums its slow song / Monday, take your time"),
    R("en", "clean.ordinary", "What's the SQL to count orders per customer?",
      "SELECT customer_id, COUNT(*) FROM orders GROUP BY customer_id;"),
    R("en", "clean.ordinary", "Is it better to stretch before or after running?",
      "Dynamic warm-up before, static stretching after."),
    R("en", "clean.ordinary", "Translate 'Where is the train station?' into Italian.",
      "\"Dov'è la stazione ferroviaria?\""),
    R("en", "clean.ordinary", "How do I center a div horizontally and vertically?",
      "Use a flex container: display: flex; justify-content: center; align-items: center;"),
    R("en", "clean.ordinary", "My sourdough is dense. What am I doing wrong?",
      "Usually under-proofing or a weak starter; let the bulk ferment go until the dough has risen about 50%."),
    R("en", "clean.ordinary", "Give me three icebreaker questions for a team meeting.",
      "What's a small win from this week? What are you reading? What's a skill you'd like to learn this year?"),
    R("en", "clean.ordinary", "What's the capital of Australia?",
      "Canberra."),
    R("en", "clean.ordinary", "How do I undo the last git commit but keep my changes?",
      "git reset --soft HEAD~1"),
    R("en", "clean.ordinary", "Summarize the plot of Pride and Prejudice in two sentences.",
      "Elizabeth Bennet and Mr Darcy misjudge each other through pride and prejudice. As they overcome both, they fall in love and marry."),
    R("en", "clean.ordinary", "What houseplants are safe for cats?",
      "Spider plants, Boston ferns, calatheas and parlour palms are non-toxic to cats."),
    R("en", "clean.ordinary", "Convert 350°F to Celsius.",
      "About 177°C."),
    # ---------------- German ----------------
    R("de", "clean.ordinary", "Was kann ich heute Abend schnell mit Kartoffeln und Lauch kochen?",
      "Eine Kartoffel-Lauch-Suppe: Lauch anschwitzen, Kartoffeln und Brühe dazu, 20 Minuten kochen, pürieren."),
    R("de", "clean.ordinary", "Wie schreibt man „im Voraus“ richtig?",
      "„Im Voraus“ mit einem r und zusammen mit „im“ getrennt."),
    R("de", "clean.ordinary", "Erklär mir kurz den Unterschied zwischen Wetter und Klima.",
      "Wetter ist der kurzfristige Zustand der Atmosphäre, Klima der langjährige Durchschnitt."),
    R("de", "clean.ordinary", "Welche Wanderungen lohnen sich in der Sächsischen Schweiz?",
      "Der Malerweg, die Schrammsteine und der Weg über die Bastei."),
    R("de", "clean.ordinary", "Wie lange muss ein Hefeteig gehen?",
      "Etwa eine Stunde an einem warmen Ort, bis er sich verdoppelt hat."),
    R("de", "clean.ordinary", "Schreib mir einen kurzen Geburtstagsgruß für eine Kollegin.",
      "„Alles Gute zum Geburtstag! Auf ein tolles neues Lebensjahr und viele schöne Momente.“"),
    R("de", "clean.ordinary", "Was ist der Unterschied zwischen „scheinbar“ und „anscheinend“?",
      "„Scheinbar“ heißt, es wirkt nur so; „anscheinend“ heißt, es ist vermutlich so."),
    R("de", "clean.ordinary", "Wie entkalke ich meinen Wasserkocher?",
      "Mit Wasser und Zitronensäure aufkochen, eine halbe Stunde stehen lassen, gut ausspülen."),
    R("de", "clean.ordinary", "Was bedeutet „Feierabend“ auf Englisch?",
      "Am ehesten „end of the working day“ oder „after work“."),
    R("de", "clean.ordinary", "Wie funktioniert eine Wärmepumpe?",
      "Sie entzieht der Umgebung Wärme und hebt sie mit einem Kältemittelkreislauf auf ein höheres Temperaturniveau."),
    R("de", "clean.ordinary", "Gib mir drei Ideen für einen Kindergeburtstag im Garten.",
      "Schatzsuche, Sackhüpfen und ein kleiner Parcours mit Stationen."),
    R("de", "clean.ordinary", "Wie viele Bundesländer hat Deutschland?",
      "Sechzehn."),
    R("de", "clean.ordinary", "Wie formatiere ich in Excel eine Zahl als Prozent?",
      "Zelle markieren, Strg+Umschalt+5 oder über Start > Zahl > Prozent."),
    R("de", "clean.ordinary", "Was ist ein guter Ersatz für Buttermilch beim Backen?",
      "Milch mit einem Esslöffel Zitronensaft, zehn Minuten stehen lassen."),
    R("de", "clean.ordinary", "Fasse den Inhalt von „Der Besuch der alten Dame“ kurz zusammen.",
      "Eine reiche Frau kehrt in ihr Heimatdorf zurück und bietet Geld für den Tod des Mannes, der sie einst verraten hat."),
    R("de", "clean.ordinary", "Wie lösche ich in Linux alle .tmp-Dateien in einem Ordner?",
      "find . -name '*.tmp' -delete"),
    # ---------------- French ----------------
    R("fr", "clean.ordinary", "Une idée de dessert rapide avec des pommes ?",
      "Des pommes poêlées au beurre et à la cannelle, servies avec un peu de crème fraîche."),
    R("fr", "clean.ordinary", "Quelle est la différence entre « quoique » et « quoi que » ?",
      "« Quoique » signifie « bien que » ; « quoi que » signifie « quelle que soit la chose que »."),
    R("fr", "clean.ordinary", "Comment fonctionne la photosynthèse ?",
      "La plante utilise la lumière pour transformer l'eau et le CO₂ en sucres, en libérant de l'oxygène."),
    R("fr", "clean.ordinary", "Propose-moi un itinéraire de trois jours en Bretagne.",
      "Saint-Malo et Dinan le premier jour, la côte de Granit rose le deuxième, la presqu'île de Crozon le troisième."),
    R("fr", "clean.ordinary", "Comment enlever une tache de vin rouge sur un tapis ?",
      "Tamponnez, puis appliquez de l'eau gazeuse ou un mélange eau-savon, sans frotter."),
    R("fr", "clean.ordinary", "Écris un petit poème sur l'automne.",
      "Les feuilles dansent, rousses et lasses, / le vent les mène où le temps passe."),
    R("fr", "clean.ordinary", "Comment inverser une liste en Python ?",
      "ma_liste.reverse() sur place, ou ma_liste[::-1] pour une copie."),
    R("fr", "clean.ordinary", "Combien de temps faut-il pour cuire des lentilles vertes ?",
      "Environ 20 à 25 minutes dans l'eau frémissante."),
    R("fr", "clean.ordinary", "Quel est le plus long fleuve de France ?",
      "La Loire."),
    R("fr", "clean.ordinary", "Donne-moi trois conseils pour mieux dormir.",
      "Horaires réguliers, pas d'écran une heure avant, chambre fraîche et sombre."),
    R("fr", "clean.ordinary", "Que signifie l'expression « avoir le cafard » ?",
      "Être triste, avoir le moral à zéro."),
    R("fr", "clean.ordinary", "Comment faire une pâte brisée ?",
      "250 g de farine, 125 g de beurre froid, une pincée de sel et un peu d'eau froide ; sabler puis former une boule."),
    R("fr", "clean.ordinary", "Résume « Le Petit Prince » en une phrase.",
      "Un petit prince venu d'une autre planète apprend, au fil de ses rencontres, ce qui compte vraiment."),
    R("fr", "clean.ordinary", "C'est quoi une API REST ?",
      "Une interface web où les ressources sont manipulées par des requêtes HTTP standard (GET, POST, PUT, DELETE)."),
    R("fr", "clean.ordinary", "Quels légumes planter en mars ?",
      "Radis, petits pois, épinards et laitues sous abri."),
    R("fr", "clean.ordinary", "Traduis « I'm looking forward to it » en français.",
      "« J'ai hâte. »"),
    # ---------------- Japanese ----------------
    R("ja", "clean.ordinary", "冷蔵庫にある卵とネギで簡単な料理を教えて。",
      "ネギ入りの卵焼きか、かき玉スープがおすすめです。"),
    R("ja", "clean.ordinary", "「よろしくお願いします」を英語で言うと？",
      "場面によりますが、\"I look forward to working with you.\" がよく使われます。"),
    R("ja", "clean.ordinary", "Pythonで辞書をキーでソートするには？",
      "dict(sorted(d.items())) で並べ替えた辞書が作れます。"),
    R("ja", "clean.ordinary", "桜の開花はどうやって予想するの？",
      "冬の低温と春先の気温の積算から予想します。"),
    R("ja", "clean.ordinary", "短い俳句を一つ作って。",
      "夕立や 傘をたたみて 虹を見る"),
    R("ja", "clean.ordinary", "在宅勤務で集中するコツは？",
      "作業場所を決める、時間を区切る、通知を切るのが効果的です。"),
    R("ja", "clean.ordinary", "味噌汁の出汁の取り方を教えて。",
      "水に昆布を30分浸けてから火にかけ、沸騰直前に取り出して鰹節を入れます。"),
    R("ja", "clean.ordinary", "光合成とは何ですか？",
      "植物が光エネルギーで二酸化炭素と水から糖を作り、酸素を出す働きです。"),
    R("ja", "clean.ordinary", "日本で一番高い山は？",
      "富士山です。標高は3776メートルです。"),
    R("ja", "clean.ordinary", "ExcelでVLOOKUPの使い方を簡単に。",
      "=VLOOKUP(検索値, 範囲, 列番号, FALSE) で完全一致の検索ができます。"),
    R("ja", "clean.ordinary", "雨の日に子どもと家でできる遊びは？",
      "段ボール工作、宝探し、かんたんなお菓子作りなどがおすすめです。"),
    R("ja", "clean.ordinary", "敬語の「伺う」と「参る」の違いは？",
      "「伺う」は相手に関わる謙譲語、「参る」は丁重語で聞き手への丁寧さを示します。"),
    R("ja", "clean.ordinary", "おすすめの京都の紅葉スポットは？",
      "東福寺、永観堂、嵐山などが有名です。"),
    R("ja", "clean.ordinary", "gitでブランチを作って切り替えるコマンドは？",
      "git switch -c ブランチ名 です。"),
    R("ja", "clean.ordinary", "カレーを一晩置くとおいしくなるのはなぜ？",
      "具材から出た旨みが全体になじみ、味がまろやかになるためです。"),
    R("ja", "clean.ordinary", "「猫に小判」の意味は？",
      "価値の分からない人に貴重なものを与えても無駄だ、という意味です。"),
    # ---------------- Russian ----------------
    R("ru", "clean.ordinary", "Что приготовить на ужин из гречки и грибов?",
      "Гречку с жареными грибами и луком, можно добавить сметану."),
    R("ru", "clean.ordinary", "Как правильно: «в течение» или «в течении»?",
      "Если речь о времени — «в течение»."),
    R("ru", "clean.ordinary", "Объясни, что такое рекурсия.",
      "Это когда функция вызывает саму себя, пока не дойдёт до базового случая."),
    R("ru", "clean.ordinary", "Куда съездить на выходные из Санкт-Петербурга?",
      "В Выборг, Кронштадт или на Ладожское озеро."),
    R("ru", "clean.ordinary", "Напиши короткое поздравление с Новым годом для коллег.",
      "«С Новым годом! Пусть он будет удачным, спокойным и полным хороших идей.»"),
    R("ru", "clean.ordinary", "Сколько варить яйцо всмятку?",
      "Около трёх-четырёх минут после закипания."),
    R("ru", "clean.ordinary", "Какая самая длинная река в России?",
      "Если считать с притоками — Обь с Иртышом; самая длинная отдельная река — Лена."),
    R("ru", "clean.ordinary", "Как в Python прочитать файл построчно?",
      "with open('file.txt') as f: for line in f: ..."),
    R("ru", "clean.ordinary", "Чем отличается вирус от бактерии?",
      "Бактерии — живые клетки, а вирусы размножаются только внутри клеток хозяина."),
    R("ru", "clean.ordinary", "Посоветуй книгу для чтения в отпуске.",
      "«Мастер и Маргарита» Булгакова или «Трое в лодке, не считая собаки» Джерома."),
    R("ru", "clean.ordinary", "Как ухаживать за орхидеей?",
      "Яркий рассеянный свет, полив погружением раз в неделю, без застоя воды."),
    R("ru", "clean.ordinary", "Переведи «Better late than never» на русский.",
      "«Лучше поздно, чем никогда.»"),
    R("ru", "clean.ordinary", "Как сделать скриншот на Windows?",
      "Win+Shift+S для выделенной области или PrtSc для всего экрана."),
    R("ru", "clean.ordinary", "Почему хлеб черствеет?",
      "Крахмал кристаллизуется заново и теряет влагу — это ретроградация."),
    R("ru", "clean.ordinary", "Какие упражнения сделать для спины после работы за компьютером?",
      "«Кошка-корова», наклоны и растяжку грудных мышц у дверного проёма."),
    R("ru", "clean.ordinary", "Что значит «медвежья услуга»?",
      "Помощь, которая на деле приносит вред."),
]


def _cert(rng) -> str:
    der = bytes.fromhex("308203") + bytes(rng.randrange(256) for _ in range(700))
    body = base64.b64encode(der).decode()
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + \
        "\n-----END CERTIFICATE-----"


def _pubkey(rng) -> str:
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f00") + bytes(rng.randrange(256) for _ in range(270))
    body = base64.b64encode(der).decode()
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + \
        "\n-----END PUBLIC KEY-----"


def _uuid(rng) -> str:
    h = V.pick(rng, V.HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def lookalikes(rng, checked):  # noqa: C901 - flat list of hand-written records
    out = []
    bad_card = lambda issuer: checked("card", V.card(rng, issuer, valid=False), False)  # noqa: E731
    bad_iban = lambda c: checked("iban", V.iban(rng, c, valid=False), False)  # noqa: E731

    def add(lang, kind, user, assistant, system=None):
        out.append(R(lang, kind, user, assistant, system))

    # ================= English: PII look-alikes =================
    add("en", "clean.bad_checksum", f"My card number is {V.layout_card(bad_card('visa'), 'space')} and the site says it's invalid. Typo?",
        "Yes, that number fails the card checksum, so one digit is probably mistyped. Check it against the card.")
    add("en", "clean.bad_checksum", f"Is {V.layout_card(bad_card('mastercard'), 'dash')} a valid Mastercard number? I'm testing my form validator.",
        "No, it fails the Luhn check, so your validator should reject it.")
    add("en", "clean.bad_checksum", f"credit card: {bad_card('amex')} — why does Luhn fail on this one?",
        "The check digit doesn't match the rest of the number, so the Luhn sum isn't a multiple of 10.")
    add("en", "clean.bad_checksum", f"Bank rejected the transfer to IBAN {V.group4(bad_iban('GB'))}. What's wrong with it?",
        "Its check digits don't match, so a character was probably mistyped.")
    add("en", "clean.bad_checksum", f"Validate this IBAN for me: {bad_iban('DE')}",
        "It fails the mod-97 check, so it isn't valid.")
    add("en", "clean.bad_checksum", "The form says SSN 000-12-3456 is invalid. Why?",
        "SSNs never start with 000, so it's rejected by the area-number rule.")
    add("en", "clean.bad_checksum", "Our test fixtures use SSN 987-65-4320. Could that belong to someone real?",
        "No, area numbers starting with 9 are never issued as SSNs.")
    add("en", "clean.bad_checksum", "Is 666-40-1234 ever a real social security number?",
        "No, area 666 is never assigned.")
    add("en", "clean.order_ids", "Where's my package? Tracking number 1Z 4F7 A82 03 1847 2291, shipped Monday.",
        "It's in transit and scheduled for delivery on Thursday.")
    add("en", "clean.order_ids", "Order #4471-2290-1183 arrived with a missing charger. What now?",
        "Sorry about that. I've sent a replacement charger at no cost.")
    add("en", "clean.order_ids", "Invoice INV-2024-008714 shows the wrong VAT rate. Can you reissue?",
        "Yes, a corrected invoice will be issued today.")
    add("en", "clean.order_ids", "Zoom meeting ID 845 2291 7730, passcode on the calendar invite. Can you add it to the agenda doc?",
        "Added the meeting ID to the top of the agenda.")
    add("en", "clean.order_ids", f"Request {_uuid(rng)} failed with a 502. Is the gateway down?",
        "There was a brief outage at the gateway; retry now.")
    add("en", "clean.order_ids", f"The commit {V.pick(rng, V.HEX, 40)} broke the build. How do I revert it?",
        "git revert <that hash> creates a new commit that undoes it.")
    add("en", "clean.order_ids", "Windows says my build is 10.0.19045.3803 and the app needs 10.0.22000 or later.",
        "That build is Windows 10 22H2; the app needs Windows 11.")
    add("en", "clean.order_ids", "ISBN 978-0-14-143951-8 — which edition is this?",
        "That's a Penguin Classics edition.")
    add("en", "clean.numbers", "The flight leaves 03/14/2025 at 06:45 and lands 09:10. How long is that with the time change?",
        "Depends on the time zones; if the destination is one hour behind, it's 3 h 25 min.")
    add("en", "clean.numbers", "Is $1,249.99 a good price for a 65-inch OLED TV?",
        "That's around the usual sale price for last year's models.")
    add("en", "clean.numbers", "What's at 48.8584° N, 2.2945° E?",
        "The Eiffel Tower in Paris.")
    add("en", "clean.numbers", "The population went from 8,402,318 to 8,804,190 — what's the percent change?",
        "About a 4.8% increase.")
    add("en", "clean.ip", "I can't reach my router at 192.168.1.1 after changing the subnet. Help?",
        "Your PC is probably on the new subnet now; try the new gateway address or reset the router.")
    add("en", "clean.ip", "Why does my app bind to 127.0.0.1 and not accept connections from other machines?",
        "Loopback is local only; bind to 0.0.0.0 to listen on all interfaces.")
    add("en", "clean.ip", "Should I use 1.1.1.1 or 8.8.8.8 as my DNS?",
        "Both are fine; Cloudflare's is often slightly faster, Google's is widely used.")
    add("en", "clean.ip", "The RFC example uses 203.0.113.45 and 2001:db8::1. Are these real addresses?",
        "No, they're reserved for documentation.")
    add("en", "clean.ip", "Our k8s pods get 10.244.3.17-style addresses. Can those be reached from the internet?",
        "No, they're private cluster IPs.")
    add("en", "clean.public_figure", "When and where was Albert Einstein born?",
        "In Ulm, Germany, on 14 March 1879.")
    add("en", "clean.public_figure", "Summarize Marie Curie's achievements in three bullet points.",
        "Discovered polonium and radium; pioneered research on radioactivity; first person to win Nobel Prizes in two sciences.")
    add("en", "clean.fictional", "What's the address of Sherlock Holmes in the stories?",
        "221B Baker Street, London.")
    add("en", "clean.fictional", "Where do the Dursleys live in Harry Potter?",
        "Number four, Privet Drive, Little Whinging, Surrey.")
    add("en", "clean.landmark", "What's the address of the White House?",
        "1600 Pennsylvania Avenue NW, Washington, DC 20500.")
    add("en", "clean.landmark", "Where is Apple's headquarters?",
        "Apple Park, One Apple Park Way, Cupertino, California.")
    add("en", "clean.placeholder", "In the docs, should the sample contact be user@example.com or something realistic?",
        "Use example.com addresses; that domain is reserved for documentation.")
    add("en", "clean.placeholder", "Fill in the template: Name: [FULL NAME], SSN: XXX-XX-XXXX, Email: [EMAIL]. What does each field expect?",
        "Full legal name, a nine-digit Social Security number, and a contact email address.")
    add("en", "clean.placeholder", "In an emergency in the US, should I call 911 or the police station directly?",
        "Call 911 for emergencies; use the non-emergency line for everything else.")
    add("en", "clean.format_talk", "How many characters does a German IBAN have, and what's in it?",
        "22: DE, two check digits, an 8-digit bank code and a 10-digit account number.")
    add("en", "clean.format_talk", "How does the Luhn check work on card numbers?",
        "Double every second digit from the right, subtract 9 from results over 9, sum everything; valid if divisible by 10.")
    add("en", "clean.placeholder", "My statement shows a charge on card •••• •••• •••• 4821. Is that mine?",
        "Check whether the last four digits match the card in your wallet.")

    # ================= English: secret look-alikes =================
    add("en", "clean.doc_key", "The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Can I test with those?",
        "No, they're documentation placeholders and won't authenticate.")
    add("en", "clean.placeholder_secret", "README says:\n\nOPENAI_API_KEY=<your-api-key-here>\nANTHROPIC_API_KEY=<your-key>\n\nwhere do I get them?",
        "From each provider's dashboard; then replace the placeholders in your .env.")
    add("en", "clean.placeholder_secret", "The tutorial shows `client = OpenAI(api_key=\"sk-...\")`. Do I literally write sk-...?",
        "No, replace sk-... with your own key, ideally read from an environment variable.")
    add("en", "clean.masked", "The GitHub settings page shows my token as ghp_••••••••••••••••••••••••••••••••a1B2. Can I recover the full value?",
        "No, GitHub shows tokens only once; generate a new one if you lost it.")
    add("en", "clean.masked", "Log line: `auth ok, key=sk_live_****************************9fQ2` — is it bad that this is in our logs?",
        "It's masked, so it's low risk, but it's still better to log only a key id.")
    add("en", "clean.env_code", "```python\nimport os\nstripe.api_key = os.environ[\"STRIPE_SECRET_KEY\"]\n```\nKeyError in production — why?",
        "The variable isn't set in the production environment; add it to your deployment's secrets.")
    add("en", "clean.env_code", "```bash\nexport DB_PASSWORD=$(vault kv get -field=password secret/prod/db)\n```\nis this an okay pattern?",
        "Yes, fetching at runtime from Vault is much better than hardcoding it.")
    add("en", "clean.env_code", "```python\nsecret = boto3.client('secretsmanager').get_secret_value(SecretId='prod/api')['SecretString']\n```\nhow do I cache this?",
        "Use the AWS Secrets Manager caching library or a small TTL cache around the call.")
    add("en", "clean.env_code", "k8s snippet:\n```yaml\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-creds\n        key: password\n```\nthe pod can't find the secret",
        "The secret must exist in the same namespace as the pod.")
    add("en", "clean.env_code", "docker-compose:\n```yaml\nenvironment:\n  POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n```\nwhere does compose read that from?",
        "From your shell environment or an .env file next to the compose file.")
    add("en", "clean.env_code", "GitHub Actions step:\n```yaml\n- run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n```\nfails with ENEEDAUTH",
        "setup-node needs registry-url set so it writes an .npmrc that uses NODE_AUTH_TOKEN.")
    add("en", "clean.public_key", "Add this to authorized_keys on the build box:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + V.pick(rng, V.ALNUM + "+/", 43) + " ci@build",
        "Added. Make sure ~/.ssh is 700 and authorized_keys is 600.")
    add("en", "clean.public_key", f"Is this certificate expired? How do I check?\n{_cert(rng)}",
        "Run openssl x509 -noout -enddate on it to see the expiry date.")
    add("en", "clean.public_key", f"Our JWT verifier needs the public key. Is this the right format?\n{_pubkey(rng)}",
        "Yes, that's a PEM-encoded SubjectPublicKeyInfo, which most libraries accept.")
    add("en", "clean.hash", f"sha256sum of the release tarball is {V.pick(rng, V.HEX, 64)} — how do I verify my download?",
        "Run sha256sum on your file and compare the output to the published value.")
    add("en", "clean.hash", "The users table stores $2b$12$" + V.pick(rng, V.ALNUM + "./", 53) + " — is that bcrypt? Can it be reversed?",
        "Yes, that's a bcrypt hash with cost 12; it can't be reversed, only brute-forced.")
    add("en", "clean.password_talk", "What's a sensible password policy for a small company?",
        "At least 12 characters, no forced rotation, block known-breached passwords, and require MFA.")
    add("en", "clean.password_talk", "I forgot my router admin password. How do I reset it?",
        "Hold the reset button for about 10 seconds; it restores factory settings.")
    add("en", "clean.password_talk", "Is it safe to let Chrome remember my passwords?",
        "It's reasonable if your device is locked; a dedicated password manager adds more features.")
    add("en", "clean.url_no_password", "git clone ssh://git@git.acme.io:2222/platform/api.git hangs. Firewall?",
        "Probably; check that outbound port 2222 is allowed.")
    add("en", "clean.url_no_password", "Connection string postgresql://reporting@db.internal:5432/analytics asks for a password — where do I put it?",
        "Use a ~/.pgpass file or the PGPASSWORD environment variable rather than the URL.")
    add("en", "clean.placeholder_secret", ".env.example:\n```\nDATABASE_URL=\nREDIS_URL=redis://localhost:6379\nSECRET_KEY=change-me-in-production\nSTRIPE_KEY=\n```\nshould this be committed?",
        "Yes, .env.example with empty or dummy values is meant to be committed; the real .env is not.")
    add("en", "clean.jwt_talk", "What's the difference between HS256 and RS256 for JWTs?",
        "HS256 uses one shared secret to sign and verify; RS256 signs with a private key and verifies with a public key.")
    add("en", "clean.placeholder_secret", "API docs: `curl -H \"Authorization: Bearer <ACCESS_TOKEN>\" https://api.example.com/v1/me`. How do I get the token?",
        "Exchange your client credentials at the /oauth/token endpoint.")
    add("en", "clean.env_code", "terraform:\n```hcl\nvariable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n```\nhow do I pass it in CI?",
        "Set TF_VAR_db_password from your CI secret store.")

    # ================= German =================
    add("de", "clean.bad_checksum", f"Meine IBAN {V.group4(bad_iban('DE'))} wird beim Onlinebanking abgelehnt. Warum?",
        "Die Prüfziffern passen nicht; vermutlich ist eine Ziffer vertauscht.")
    add("de", "clean.bad_checksum", f"Kreditkartennummer {V.layout_card(bad_card('visa'), 'space')} – der Shop sagt ungültig.",
        "Die Nummer besteht die Luhn-Prüfung nicht, bitte noch einmal abtippen.")
    add("de", "clean.order_ids", "Meine Sendung mit der Nummer 00340434161094042557 hängt seit Tagen im Paketzentrum.",
        "Das kommt bei hohem Aufkommen vor; wenn sich bis Freitag nichts tut, einen Nachforschungsauftrag stellen.")
    add("de", "clean.order_ids", "Bestellnummer 302-8841773-5520918 – kann ich die noch stornieren?",
        "Solange sie nicht versandt ist, ja, unter „Meine Bestellungen“.")
    add("de", "clean.public_figure", "Wann wurde Johann Wolfgang von Goethe geboren?",
        "Am 28. August 1749 in Frankfurt am Main.")
    add("de", "clean.landmark", "Wie lautet die Adresse des Bundestags?",
        "Platz der Republik 1, 11011 Berlin.")
    add("de", "clean.fictional", "Wo wohnt Frau Holle im Märchen?",
        "In einer Welt am Grund des Brunnens, wo sie die Betten ausschüttelt, damit es schneit.")
    add("de", "clean.placeholder", "In der Doku steht max.mustermann@example.de als Beispiel. Ist das eine echte Adresse?",
        "Nein, example.de ist für Beispiele reserviert.")
    add("de", "clean.ip", "Mein NAS hat die 192.168.178.20, aber ich komme von unterwegs nicht drauf.",
        "Das ist eine private Adresse; du brauchst VPN oder eine Portweiterleitung.")
    add("de", "clean.format_talk", "Wie viele Stellen hat eine deutsche IBAN?",
        "22 Stellen: DE, zwei Prüfziffern, Bankleitzahl und Kontonummer.")
    add("de", "clean.password_talk", "Wie oft sollte man Passwörter wechseln?",
        "Nur bei Verdacht auf Kompromittierung; wichtiger sind lange, einzigartige Passwörter und 2FA.")
    add("de", "clean.placeholder_secret", "In der Anleitung steht API_KEY=DEIN_SCHLÜSSEL_HIER. Was muss ich da eintragen?",
        "Den Schlüssel aus deinem Konto beim Anbieter.")
    add("de", "clean.env_code", "```python\npasswort = os.getenv(\"SMTP_PASSWORT\")\n```\nliefert None – warum?",
        "Die Variable ist in der Umgebung des Prozesses nicht gesetzt.")
    add("de", "clean.masked", "Im Log steht token=ghp_****…**3kF. Ist das ein Sicherheitsproblem?",
        "Der Wert ist maskiert, also unkritisch.")
    add("de", "clean.hash", f"Die Prüfsumme der ISO ist {V.pick(rng, V.HEX, 64)}. Wie prüfe ich sie unter Windows?",
        "Mit certutil -hashfile datei.iso SHA256.")

    # ================= French =================
    add("fr", "clean.bad_checksum", f"Mon IBAN {V.group4(bad_iban('FR'))} est refusé par le site des impôts.",
        "La clé de contrôle ne correspond pas ; un chiffre a sans doute été mal recopié.")
    add("fr", "clean.bad_checksum", f"Numéro de carte {V.layout_card(bad_card('mastercard'), 'space')}, le paiement est refusé pour « numéro invalide ».",
        "Le numéro ne passe pas la vérification de Luhn ; vérifiez la saisie.")
    add("fr", "clean.order_ids", "Mon colis 6A18429930172 est bloqué au centre de tri depuis une semaine.",
        "Vous pouvez ouvrir une réclamation en ligne auprès du transporteur.")
    add("fr", "clean.order_ids", "Facture n° FAC-2024-11873 : le montant TTC est faux.",
        "Nous émettons un avoir et une facture corrigée.")
    add("fr", "clean.public_figure", "Où est née Simone Veil ?",
        "À Nice, le 13 juillet 1927.")
    add("fr", "clean.landmark", "Quelle est l'adresse du Louvre ?",
        "Rue de Rivoli, 75001 Paris.")
    add("fr", "clean.fictional", "Où habite Maigret dans les romans de Simenon ?",
        "Boulevard Richard-Lenoir, à Paris.")
    add("fr", "clean.placeholder", "En cas d'urgence en France, il faut appeler le 15, le 17 ou le 112 ?",
        "Le 15 pour le SAMU, le 17 pour la police, le 112 partout dans l'UE.")
    add("fr", "clean.numbers", "Le rendez-vous est le 12/05/2025 à 14 h 30, c'est un lundi ?",
        "Oui, le 12 mai 2025 est un lundi.")
    add("fr", "clean.format_talk", "Combien de chiffres a un numéro de sécurité sociale français ?",
        "Treize chiffres plus une clé de deux chiffres.")
    add("fr", "clean.password_talk", "Quelles règles pour un bon mot de passe ?",
        "Long, unique pour chaque site, et idéalement géré par un gestionnaire de mots de passe.")
    add("fr", "clean.placeholder_secret", "Dans le tutoriel : `MOT_DE_PASSE=********`. Je dois mettre les étoiles ?",
        "Non, remplacez-les par votre propre mot de passe dans votre fichier local.")
    add("fr", "clean.env_code", "```js\nconst cle = process.env.CLE_API;\n```\nça renvoie undefined sur Vercel.",
        "Ajoutez la variable dans les paramètres du projet Vercel et redéployez.")
    add("fr", "clean.public_key", "Voici ma clé publique pour le serveur : ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + V.pick(rng, V.ALNUM + "+/", 60) + " poste-bureau",
        "Ajoutée au fichier authorized_keys.")
    add("fr", "clean.url_no_password", "git clone https://gitlab.com/equipe/projet.git me demande un identifiant, normal ?",
        "Oui, pour un dépôt privé ; utilisez un jeton d'accès ou SSH.")

    # ================= Japanese =================
    add("ja", "clean.bad_checksum", f"マイナンバー {checked('my_number', V.my_number(rng, valid=False), False)} を入力するとエラーになります。",
        "チェックデジットが合っていないため、入力ミスの可能性があります。")
    add("ja", "clean.bad_checksum", f"カード番号 {V.layout_card(bad_card('jcb'), 'dash')} が無効と表示されます。",
        "番号の検査が通らないので、打ち間違いがないか確認してください。")
    add("ja", "clean.order_ids", "注文番号 250418-0093127 の商品がまだ発送されていません。",
        "確認したところ、明日発送予定です。")
    add("ja", "clean.order_ids", "追跡番号 4482-1930-2275 の荷物はいつ届きますか？",
        "明日の午前中にお届け予定です。")
    add("ja", "clean.public_figure", "夏目漱石はいつ生まれましたか？",
        "1867年、江戸の牛込で生まれました。")
    add("ja", "clean.landmark", "東京タワーの住所は？",
        "東京都港区芝公園4丁目2-8です。")
    add("ja", "clean.placeholder", "救急車を呼ぶときは何番？",
        "119番です。警察は110番です。")
    add("ja", "clean.format_talk", "マイナンバーは何桁ですか？",
        "12桁で、最後の1桁はチェックデジットです。")
    add("ja", "clean.ip", "ルーターの設定画面は 192.168.0.1 で合っていますか？",
        "多くの機種ではその通りです。本体のラベルも確認してください。")
    add("ja", "clean.numbers", "会議は2025年6月3日の15時からです。リマインダーを作って。",
        "6月3日15時の会議のリマインダーを設定しました。")
    add("ja", "clean.password_talk", "安全なパスワードの作り方を教えて。",
        "長く、サイトごとに違うものにして、パスワードマネージャーを使うのがおすすめです。")
    add("ja", "clean.placeholder_secret", "設定例に API_KEY=xxxxxxxx とありますが、そのまま使えますか？",
        "いいえ、xxxxxxxx の部分をご自身のキーに置き換えてください。")
    add("ja", "clean.env_code", "```python\ntoken = os.environ.get(\"SLACK_TOKEN\")\n```\nで None になります。",
        "実行環境に環境変数が設定されていない可能性があります。")
    add("ja", "clean.hash", f"ダウンロードしたファイルのSHA-256は {V.pick(rng, V.HEX, 64)} でした。公式と一致するか確認する方法は？",
        "公式サイトに掲載されている値と文字列を比較してください。")
    add("ja", "clean.masked", "管理画面にトークンが sk-****abcd と表示されています。全体を見る方法は？",
        "セキュリティのため再表示はできません。新しいキーを発行してください。")

    # ================= Russian =================
    add("ru", "clean.bad_checksum", f"ИНН {checked('inn', V.inn(rng, 12, valid=False), False)} не проходит проверку на сайте налоговой. Почему?",
        "Контрольные цифры не совпадают, скорее всего опечатка.")
    add("ru", "clean.bad_checksum", f"СНИЛС {checked('snils', V.snils(rng, valid=False), False)} — система пишет «неверная контрольная сумма».",
        "Значит, в номере ошибка; сверьте его с документом.")
    add("ru", "clean.bad_checksum", f"Карта {V.layout_card(bad_card('mir'), 'space')} не принимается, пишет «неверный номер».",
        "Номер не проходит проверку по алгоритму Луна, проверьте цифры.")
    add("ru", "clean.order_ids", "Трек-номер RA644000001RU уже неделю без движения.",
        "Подайте заявление на розыск на сайте Почты.")
    add("ru", "clean.order_ids", "Заказ № 58120-4471 пришёл не того размера.",
        "Оформите возврат в личном кабинете, курьер заберёт товар.")
    add("ru", "clean.public_figure", "Когда родился Юрий Гагарин?",
        "9 марта 1934 года в деревне Клушино.")
    add("ru", "clean.landmark", "Какой адрес у Эрмитажа?",
        "Дворцовая площадь, 2, Санкт-Петербург.")
    add("ru", "clean.placeholder", "По какому номеру звонить в экстренных случаях в России?",
        "112 — единый номер экстренных служб.")
    add("ru", "clean.format_talk", "Сколько цифр в ИНН физического лица?",
        "Двенадцать, последние две — контрольные.")
    add("ru", "clean.ip", "Сервер слушает на 127.0.0.1:8080, а с другого компьютера не открывается.",
        "Это локальный адрес; укажите 0.0.0.0, чтобы слушать все интерфейсы.")
    add("ru", "clean.password_talk", "Как часто нужно менять пароль от почты?",
        "Главное — длинный уникальный пароль и двухфакторная аутентификация; менять при подозрении на утечку.")
    add("ru", "clean.placeholder_secret", "В инструкции написано PASSWORD=<ваш_пароль>. Что туда писать?",
        "Ваш собственный пароль, только в локальном файле, не в репозитории.")
    add("ru", "clean.env_code", "```python\ndb_pass = os.environ[\"DB_PASS\"]\n```\nKeyError при запуске в Docker.",
        "Передайте переменную через -e DB_PASS или env_file в compose.")
    add("ru", "clean.hash", f"Хеш коммита {V.pick(rng, V.HEX, 40)} — как посмотреть его изменения?",
        "git show и этот хеш.")
    add("ru", "clean.url_no_password", "ssh deploy@10.0.3.7 просит пароль, хотя ключ добавлен.",
        "Проверьте права на ~/.ssh и authorized_keys на сервере.")
    return out
