"""Secret records: live-looking credentials in their real formats with random bodies."""
import re

import vals as V
from common import rec


def build(rng):
    R = []

    # ------------------------------------------------------------------ English (16)
    kid, sec = V.aws_key_id(rng), V.aws_secret(rng)
    assert re.fullmatch(r"AKIA[A-Z2-7]{16}", kid) and not kid.endswith("EXAMPLE")
    R.append(rec("en", "secret.aws_access_key_id",
                 "`aws s3 ls` says InvalidClientTokenId. This is my ~/.aws/credentials:\n\n```\n[default]\n"
                 "aws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-west-1\n```" % (kid, sec),
                 rng=rng))

    kid, sec = V.aws_key_id(rng), V.aws_secret(rng)
    R.append(rec("en", "secret.aws_secret_access_key",
                 "Why does this upload script hang on large files?\n\n```python\nimport boto3\n\ns3 = boto3.client(\n"
                 "    's3',\n    aws_access_key_id='%s',\n    aws_secret_access_key='%s',\n)\n\n"
                 "def upload(path):\n    with open(path, 'rb') as f:\n        s3.put_object(Bucket='media-prod', "
                 "Key=path, Body=f.read())\n```" % (kid, sec), rng=rng))

    tok = V.github_pat(rng)
    R.append(rec("en", "secret.github_token",
                 "git push keeps asking for a password even though I set the remote like this. What's wrong?\n\n"
                 "$ git remote -v\norigin  https://%s@github.com/hollis-lab/field-notes.git (fetch)\n"
                 "origin  https://%s@github.com/hollis-lab/field-notes.git (push)" % (tok, tok), rng=rng))

    tok = V.github_fine(rng)
    R.append(rec("en", "secret.github_token",
                 "The release job fails at the tagging step. Log excerpt:\n\n```\nRun git config --global user.name "
                 "\"release-bot\"\nRun export GH_TOKEN=%s\nRun gh release create v2.4.0 --generate-notes\n"
                 "HTTP 403: Resource not accessible by personal access token\n```" % tok, rng=rng))

    tok = V.slack_bot(rng)
    R.append(rec("en", "secret.slack_token",
                 "My bot posts twice for every message. Any idea?\n\n```python\nfrom slack_bolt import App\n\n"
                 "app = App(token=\"%s\", signing_secret=\"%s\")\n\n@app.event(\"message\")\ndef echo(event, say):\n"
                 "    say(event[\"text\"])\n```" % (tok, V.rs(rng, V.HEX, 32)), rng=rng))

    hook = V.slack_webhook(rng)
    R.append(rec("en", "secret.slack_webhook",
                 "From my shell history, this worked yesterday and today returns `invalid_payload`:\n\n"
                 "  512  cd ~/deploy\n  513  ./build.sh --prod\n  514  curl -X POST -H 'Content-type: "
                 "application/json' --data '{\"text\":\"Deploy finished :rocket:\"}' %s\n  515  curl -X POST "
                 "--data 'text=done' %s" % (hook, hook), rng=rng))

    sk = V.stripe_live(rng)
    R.append(rec("en", "secret.stripe_key",
                 "Refunds work in test mode but not after we switched to live. Server code:\n\n```js\n"
                 "const stripe = require('stripe')('%s');\n\napp.post('/refund', async (req, res) => {\n"
                 "  const r = await stripe.refunds.create({ payment_intent: req.body.pi });\n  res.json(r);\n});\n```"
                 % sk, rng=rng))

    ok = V.openai_key(rng)
    R.append(rec("en", "secret.openai_key",
                 "docker compose doesn't seem to pick up my .env. Contents:\n\n```\nAPP_ENV=production\n"
                 "OPENAI_API_KEY=%s\nREDIS_URL=redis://cache:6379/0\nLOG_LEVEL=info\n```" % ok, rng=rng))

    gk = V.google_key(rng)
    R.append(rec("en", "secret.google_api_key",
                 "The map renders grey with 'For development purposes only'. Here's the snippet:\n\n```html\n"
                 "<script async src=\"https://maps.googleapis.com/maps/api/js?key=%s&callback=initMap\"></script>\n```"
                 % gk, rng=rng))

    pk = V.private_key(rng, "OPENSSH")
    R.append(rec("en", "secret.private_key",
                 "ssh says 'Load key \"deploy\": invalid format'. I copied the key from our wiki into a file:\n\n%s"
                 % pk, rng=rng))

    tok = V.jwt(rng, {"sub": "4821", "role": "admin", "iat": 1718000000, "exp": 1718086400})
    R.append(rec("en", "secret.jwt",
                 "Postman works but my curl gets 401. Same token:\n\ncurl -s https://api.orchardly.io/v2/orders "
                 "-H \"Authorization: Bearer %s\" -H 'Accept: application/json'" % tok, rng=rng))

    pw = V.password(rng)
    R.append(rec("en", "secret.password_in_url",
                 "SQLAlchemy throws this on startup:\n\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) "
                 "could not translate host name \"db-primary\" to address\n(Background on this error at: "
                 "https://sqlalche.me/e/20/e3q8)\n\nengine = create_engine(\"postgresql+psycopg2://ledger_app:%s@"
                 "db-primary:5432/ledger\")" % pw.replace("@", "x").replace("#", "y").replace("?", "z"), rng=rng))

    pw = V.password(rng, 12)
    R.append(rec("en", "secret.generic_password",
                 "Write a handover note for the new office manager. Include: the router admin page is "
                 "192.168.0.1, login admin, password %s; the printer toner is in the supply cupboard; the "
                 "alarm company number is on the fridge." % pw, rng=rng))

    ak = V.anthropic_key(rng)
    R.append(rec("en", "secret.anthropic_key",
                 "Is this YAML valid? The service won't start.\n\n```yaml\nllm:\n  provider: anthropic\n"
                 "  api_key: %s\n  max_tokens: 1024\n  timeout: 30\nretries: 3\n```" % ak, rng=rng))

    hf = V.hf_token(rng)
    R.append(rec("en", "secret.hf_token",
                 "In Colab this cell fails with 'Repository not found' for a private model:\n\n```python\n"
                 "from huggingface_hub import login\nlogin(token=\"%s\")\nfrom transformers import AutoModel\n"
                 "m = AutoModel.from_pretrained(\"quillworks/intent-clf-v3\")\n```" % hf, rng=rng))

    sg, tsid, ttok = V.sendgrid(rng), V.twilio_sid(rng), V.twilio_token(rng)
    R.append(rec("en", "secret.sendgrid_key",
                 "kubectl apply rejects this manifest with 'unknown field'. What did I get wrong?\n\n```yaml\n"
                 "apiVersion: v1\nkind: Secret\nmetadata:\n  name: notifier-creds\n  namespace: alerts\ntype: Opaque\n"
                 "stringData:\n  SENDGRID_API_KEY: %s\n  TWILIO_ACCOUNT_SID: %s\n  TWILIO_AUTH_TOKEN: %s\n"
                 "spec:\n  replicas: 1\n```" % (sg, tsid, ttok),
                 "A Secret has no `spec` section; remove it and the manifest will apply."))

    # ------------------------------------------------------------------ German (6)
    gl = V.gitlab(rng)
    R.append(rec("de", "secret.gitlab_token",
                 "Unsere Pipeline schlägt beim Pushen des Images fehl. Ich habe das Token testweise direkt in die "
                 ".gitlab-ci.yml geschrieben:\n\n```yaml\nrelease:\n  stage: deploy\n  script:\n"
                 "    - git remote set-url origin https://oauth2:%s@gitlab.firma-intern.de/team/lager.git\n"
                 "    - git push origin HEAD:main --tags\n```\nWarum kommt trotzdem 'HTTP Basic: Access denied'?" % gl,
                 rng=rng))

    tg = V.telegram(rng)
    R.append(rec("de", "secret.telegram_token",
                 "Mein Telegram-Bot für die Vereinstermine antwortet nicht mehr. Code:\n\n```python\n"
                 "from telegram.ext import Application, CommandHandler\n\nTOKEN = \"%s\"\n\nasync def termine(update, ctx):\n"
                 "    await update.message.reply_text(\"Nächstes Training: Do 19 Uhr\")\n\n"
                 "app = Application.builder().token(TOKEN).build()\napp.add_handler(CommandHandler(\"termine\", termine))\n"
                 "app.run_polling()\n```" % tg, rng=rng))

    az = V.azure_conn(rng, "lagerbestanddaten")
    R.append(rec("de", "secret.azure_connection_string",
                 "Die App findet den Blob-Container nicht. Auszug aus appsettings.json:\n\n```json\n{\n"
                 "  \"Storage\": {\n    \"ConnectionString\": \"%s\",\n    \"Container\": \"belege\"\n  }\n}\n```" % az,
                 rng=rng))

    pw = V.password(rng, 11)
    R.append(rec("de", "secret.generic_password",
                 "Formulier das bitte freundlicher für die Mail an meine Schwester: 'Das Passwort für die NAS im "
                 "Keller ist %s, Benutzer ist familie. Bitte nicht ändern!!'" % pw, rng=rng))

    pw = V.password(rng).replace("@", "x").replace("/", "y").replace("?", "z").replace("#", "q")
    R.append(rec("de", "secret.password_in_url",
                 "Warum bekomme ich 'Access denied for user'? Meine Verbindungszeile in der config.php:\n\n"
                 "$dsn = 'mysql://shop_admin:%s@10.0.4.12:3306/webshop?charset=utf8mb4';" % pw, rng=rng))

    pk = V.private_key(rng, "RSA")
    R.append(rec("de", "secret.private_key",
                 "Kannst du erkennen, ob dieser Schlüssel ein RSA- oder ein ECDSA-Schlüssel ist? Den hat mir der "
                 "Dienstleister für den SFTP-Zugang geschickt.\n\n%s" % pk,
                 "Der Kopf `BEGIN RSA PRIVATE KEY` zeigt, dass es ein RSA-Schlüssel im PKCS#1-Format ist."))

    # ------------------------------------------------------------------ French (6)
    npm = V.npm_token(rng)
    R.append(rec("fr", "secret.npm_token",
                 "npm publish me renvoie E401 alors que mon .npmrc contient bien le jeton :\n\n```\n"
                 "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\n```\nUne idée ?" % npm,
                 rng=rng))

    dc = V.discord_bot(rng)
    R.append(rec("fr", "secret.discord_token",
                 "Mon bot Discord se connecte puis se déconnecte tout de suite. Voici le code :\n\n```js\n"
                 "const { Client, GatewayIntentBits } = require('discord.js');\nconst client = new Client({ intents: "
                 "[GatewayIntentBits.Guilds] });\nclient.once('ready', () => console.log('prêt'));\n"
                 "client.login('%s');\n```" % dc, rng=rng))

    sk = V.stripe_live(rng, "rk_live_")
    R.append(rec("fr", "secret.stripe_key",
                 "Notre plugin WooCommerce maison plante au paiement. Extrait du fichier de config :\n\n```php\n"
                 "define('STRIPE_MODE', 'live');\ndefine('STRIPE_RESTRICTED_KEY', '%s');\n"
                 "define('STRIPE_WEBHOOK_TOLERANCE', 300);\n```" % sk, rng=rng))

    tok = V.jwt(rng, {"sub": "svc-facturation", "scope": "factures:lecture factures:ecriture", "exp": 1735689600})
    R.append(rec("fr", "secret.jwt",
                 "Voici les logs de la passerelle, pourquoi la requête est-elle refusée ?\n\n"
                 "2024-06-11T09:14:03Z WARN gateway rejected request path=/api/factures status=403\n"
                 "  headers: authorization=\"Bearer %s\" x-request-id=7f3a91" % tok, rng=rng))

    pw = V.password(rng, 16)
    R.append(rec("fr", "secret.generic_password",
                 "Mon docker-compose ne démarre pas la base, erreur « database is uninitialized ». Fichier :\n\n"
                 "```yaml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: compta\n"
                 "      POSTGRES_PASSWORD: %s\n    volumes:\n      - ./data:/var/lib/postgresql/data\n```" % pw,
                 rng=rng))

    kid, sec = V.aws_key_id(rng), V.aws_secret(rng)
    R.append(rec("fr", "secret.aws_access_key_id",
                 "terraform plan échoue sur le provider AWS. Mon fichier provider.tf :\n\n```hcl\n"
                 "provider \"aws\" {\n  region     = \"eu-west-3\"\n  access_key = \"%s\"\n  secret_key = \"%s\"\n}\n```"
                 % (kid, sec), rng=rng))

    # ------------------------------------------------------------------ Japanese (6)
    ok = V.openai_key(rng)
    R.append(rec("ja", "secret.openai_key",
                 "社内向けの要約ツールで RateLimitError が頻発します。コードはこれです。\n\n```python\nfrom openai import OpenAI\n"
                 "client = OpenAI(api_key=\"%s\")\n\ndef summarize(text):\n    r = client.chat.completions.create(\n"
                 "        model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", \"content\": text}])\n"
                 "    return r.choices[0].message.content\n```" % ok, rng=rng))

    hook = V.slack_webhook(rng)
    R.append(rec("ja", "secret.slack_webhook",
                 "監視スクリプトからSlackに通知が飛びません。設定ファイルの該当部分です。\n\n```ini\n[notify]\n"
                 "enabled = true\nwebhook_url = %s\nchannel = #infra-alerts\n```" % hook, rng=rng))

    tok = V.github_pat(rng)
    R.append(rec("ja", "secret.github_token",
                 "history を見返したら変なコマンドがありました。これは何をしているのでしょう？\n\n"
                 "  201  export GITHUB_TOKEN=%s\n  202  gh repo clone sakura-dev/inventory\n"
                 "  203  gh pr list --state open" % tok, rng=rng))

    pt = V.pypi_token(rng)
    R.append(rec("ja", "secret.pypi_token",
                 "twine upload で 403 Forbidden が出ます。~/.pypirc はこうなっています。\n\n```ini\n[distutils]\n"
                 "index-servers = pypi\n\n[pypi]\nusername = __token__\npassword = %s\n```" % pt, rng=rng))

    pw = V.password(rng, 12)
    R.append(rec("ja", "secret.generic_password",
                 "新しく入ったアルバイトさん向けの案内文を整えてください。「店のWi-FiはSSIDがkissa-hinata-staff、"
                 "パスワードは%sです。お客様には教えないでください。」" % pw, rng=rng))

    tsid, ttok = V.twilio_sid(rng), V.twilio_token(rng)
    R.append(rec("ja", "secret.twilio_token",
                 "SMS認証が送られません。環境変数の設定を貼ります。\n\nTWILIO_ACCOUNT_SID=%s\nTWILIO_AUTH_TOKEN=%s\n"
                 "TWILIO_FROM=KISSAHINATA" % (tsid, ttok), rng=rng))

    # ------------------------------------------------------------------ Russian (6)
    tg = V.telegram(rng)
    R.append(rec("ru", "secret.telegram_token",
                 "Бот для записи к мастеру перестал отвечать после переезда на VPS. Вот запуск:\n\n```python\n"
                 "import telebot\nbot = telebot.TeleBot('%s')\n\n@bot.message_handler(commands=['start'])\n"
                 "def start(m):\n    bot.send_message(m.chat.id, 'Здравствуйте! Выберите время записи.')\n\n"
                 "bot.infinity_polling()\n```" % tg, rng=rng))

    pw = V.password(rng, 13)
    R.append(rec("ru", "secret.generic_password",
                 "Перепиши сообщение для нового сотрудника покороче: «Привет! Доступ в 1С: логин buh_sklad, "
                 "пароль %s. Если не пускает — пиши в ИТ.»" % pw, rng=rng))

    pw = V.password(rng).replace("@", "x").replace("/", "y").replace("?", "z").replace("#", "q")
    R.append(rec("ru", "secret.password_in_url",
                 "Celery не подключается к брокеру. В settings.py:\n\nCELERY_BROKER_URL = "
                 "'redis://:%s@redis.prod.local:6379/1'\n\nОшибка: Error 111 connecting. Connection refused." % pw,
                 rng=rng))

    pk = V.private_key(rng, "EC")
    R.append(rec("ru", "secret.private_key",
                 "Nginx ругается «PEM_read_bio_PrivateKey failed». Вот содержимое файла ключа:\n\n%s\n\n"
                 "Сертификат лежит рядом в fullchain.pem." % pk, rng=rng))

    gk = V.google_key(rng)
    R.append(rec("ru", "secret.google_api_key",
                 "В Android-приложении доставки карта не грузится. AndroidManifest.xml:\n\n```xml\n"
                 "<meta-data\n    android:name=\"com.google.android.geo.API_KEY\"\n    android:value=\"%s\" />\n```" % gk,
                 rng=rng))

    gl = V.gitlab(rng)
    R.append(rec("ru", "secret.gitlab_token",
                 "Что значит эта ошибка в логе раннера?\n\n```\n$ docker login -u deploy-bot -p %s registry.gitlab.com\n"
                 "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n"
                 "Error response from daemon: Get \"https://registry.gitlab.com/v2/\": denied: access forbidden\n```"
                 % gl, rng=rng))
    return R
