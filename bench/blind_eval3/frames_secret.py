"""Secret records: hand-written settings filled with freshly generated token bodies of the right shape."""

import values as V


def build_secrets(rng, add, checked):  # noqa: C901 - a flat list of records reads best
    S = ["secret"]
    pw = lambda style="words": V.password(rng, style)  # noqa: E731

    # ---------------- English: provider tokens ----------------
    kid, sec = V.aws_key_id(rng), V.aws_secret(rng)
    add("en", "secret.aws", S,
        f"boto3 keeps saying InvalidClientTokenId. Here's what I'm using:\n\nAWS_ACCESS_KEY_ID={kid}\n"
        f"AWS_SECRET_ACCESS_KEY={sec}\nAWS_DEFAULT_REGION=eu-west-1",
        "Check that the key is active in IAM and that no other credentials (like a profile) override these.")
    kid, sec = V.aws_key_id(rng), V.aws_secret(rng)
    add("en", "secret.aws", S,
        f"Is this ~/.aws/credentials file formatted right?\n\n[default]\naws_access_key_id = {kid}\n"
        f"aws_secret_access_key = {sec}\n\n[staging]\nregion = us-east-2",
        "Yes, the format is fine. The staging profile has no keys, so it will fall back to other sources.")
    kid, sec = V.aws_key_id(rng), V.aws_secret(rng)
    add("en", "secret.aws", S,
        f"```python\ns3 = boto3.client('s3', aws_access_key_id='{kid}',\n    aws_secret_access_key='{sec}')\n"
        "s3.upload_file('report.csv', 'team-reports', 'q3/report.csv')\n```\nwhy is the upload so slow",
        "For large files use upload_file with a TransferConfig to enable multipart uploads.")
    add("en", "secret.github", S,
        f"git push fails with 403. I set the remote to https://oauth2:{V.github_token(rng)}@github.com/acme-labs/infra.git — what's wrong?",
        "The token probably lacks the repo scope, or the org requires SSO authorisation for it.")
    add("en", "secret.github", S,
        f"GitHub Actions can't read the private package. I hardcoded GH_TOKEN: {V.github_token(rng, 'fine')} in the workflow.",
        "Give the workflow packages: read permission and use the built-in GITHUB_TOKEN instead of a hardcoded one.")
    add("en", "secret.github", S,
        f"my gh CLI says token invalid: {V.github_token(rng, 'gho')}",
        "Run gh auth login again to refresh it.")
    add("en", "secret.gitlab", S,
        f"curl --header \"PRIVATE-TOKEN: {V.gitlab_token(rng)}\" https://gitlab.com/api/v4/projects returns 401, why?",
        "The token may have expired or lack the read_api scope.")
    add("en", "secret.gitlab", S,
        f"Runner registration: url = https://gitlab.example-corp.net, token = {V.gitlab_token(rng)}. Does the runner need the same token later?",
        "No, after registration the runner uses its own authentication token stored in config.toml.")
    add("en", "secret.slack", S,
        f"Our bot posts nothing. SLACK_BOT_TOKEN={V.slack_token(rng)} and the channel is #deploys.",
        "Invite the bot to #deploys and make sure it has the chat:write scope.")
    add("en", "secret.slack", S,
        f"Why does this webhook return invalid_payload?\ncurl -X POST -d 'hello' {V.slack_webhook(rng)}",
        "The body must be JSON, e.g. -H 'Content-type: application/json' -d '{\"text\":\"hello\"}'.")
    add("en", "secret.stripe", S,
        f"Stripe says 'No such customer'. I'm calling it with stripe.api_key = \"{V.stripe_key(rng)}\"",
        "You're probably mixing live and test mode; the customer may exist only in test mode.")
    add("en", "secret.stripe", S,
        f"Restricted key for the reporting job: {V.stripe_key(rng, 'rk_live')} — which permissions does it need for payouts?",
        "Read access to Payouts and Balance is enough for reporting.")
    add("en", "secret.openai", S,
        f"export OPENAI_API_KEY={V.openai_key(rng)}\npython chat.py\n\n→ RateLimitError on the first call. Why?",
        "A rate limit on the first call usually means the account has no credit or a low tier limit.")
    add("en", "secret.openai", S,
        f"client = OpenAI(api_key=\"{V.openai_key(rng, project=False)}\")\nresponse = client.models.list()\nthis hangs forever",
        "Set a timeout on the client and check for a proxy blocking outbound HTTPS.")
    add("en", "secret.anthropic", S,
        f"Getting authentication_error with x-api-key: {V.anthropic_key(rng)} — the key was created today.",
        "Check the key belongs to the workspace you expect and that the header name is exactly x-api-key.")
    add("en", "secret.google_api", S,
        f"<script src=\"https://maps.googleapis.com/maps/api/js?key={V.google_api_key(rng)}&callback=initMap\"></script>\nmap shows 'For development purposes only'",
        "Billing isn't enabled on the project that owns the key.")
    add("en", "secret.google_api", S,
        f"YOUTUBE_API_KEY = '{V.google_api_key(rng)}'\nquota exceeded after 100 searches?",
        "Each search costs 100 units of the 10,000 daily quota, so that's expected.")
    add("en", "secret.twilio", S,
        f"Twilio returns 20003. account_sid = '{V.twilio_sid(rng)}', auth_token = '{V.twilio_auth(rng)}'",
        "20003 is an authentication failure; the auth token was likely rotated.")
    add("en", "secret.sendgrid", S,
        f"SENDGRID_API_KEY={V.sendgrid_key(rng)}\nEmails go to spam on Outlook. Ideas?",
        "Set up SPF, DKIM and domain authentication in SendGrid.")
    add("en", "secret.npm", S,
        f"My .npmrc:\n//registry.npmjs.org/:_authToken={V.npm_token(rng)}\npublish still says E401.",
        "Make sure the token is a publish-capable one and that 2FA for publishing is satisfied.")
    add("en", "secret.huggingface", S,
        f"huggingface-cli login --token {V.hf_token(rng)} works but the gated Llama repo still gives 403",
        "You need to accept the model's licence on its page with the same account.")
    add("en", "secret.azure", S,
        f"BlobServiceClient.from_connection_string(\"{V.azure_storage(rng, 'acmeprodlogs')}\") throws AuthorizationFailure",
        "The storage firewall may block your IP, or the key was regenerated.")
    # ---------------- English: private keys and JWTs ----------------
    add("en", "secret.private_key", S,
        f"ssh says 'invalid format' for this key, did I paste it wrong?\n\n{V.private_key(rng, 'openssh')}",
        "Make sure the file ends with a newline and has permissions 600.")
    add("en", "secret.private_key", S,
        f"nginx won't start: key values mismatch. Key file:\n{V.private_key(rng, 'rsa')}",
        "The key doesn't match the certificate; compare their modulus with openssl.")
    add("en", "secret.private_key", S,
        f"What curve is this key on?\n{V.private_key(rng, 'ec')}",
        "The OID in it is prime256v1, i.e. P-256.")
    tok = V.jwt(rng, {"sub": "usr_48213", "role": "admin", "iat": 1735689600, "exp": 1767225600})
    add("en", "secret.jwt", S,
        f"Why is this token rejected by the API? Authorization: Bearer {tok}",
        "Check that the API expects HS256 and shares the same signing secret.")
    tok = V.jwt(rng, {"iss": "auth.internal", "sub": "svc-billing", "scope": "payments:write", "exp": 1790000000})
    add("en", "secret.jwt", S,
        f"service account token for billing, paste into the cron config:\n{tok}",
        "Added to the cron configuration.")
    # ---------------- English: passwords in URLs and configs ----------------
    add("en", "secret.password_in_url", S,
        f"DATABASE_URL=postgres://app_user:{pw('url')}@db.internal.acme:5432/orders\nmigrations time out, help",
        "Check the security group allows 5432 from the migration host.")
    add("en", "secret.password_in_url", S,
        f"mongo \"mongodb+srv://reporting:{pw('url')}@cluster0.ab12c.mongodb.net/analytics\" gives a DNS error",
        "SRV lookups need a DNS server that supports them; try a different resolver.")
    add("en", "secret.password_in_url", S,
        f"Our Jenkins clones with https://deploy:{pw('url')}@git.acme.io/platform/api.git, is that fine?",
        "Better to use a credentials binding so the password isn't in the job config.")
    add("en", "secret.config_env", S,
        f"Here's my .env, why doesn't Django pick up the DB settings?\n\nDEBUG=False\nDB_HOST=10.0.3.14\nDB_USER=shop\n"
        f"DB_PASSWORD={pw()}\nSECRET_KEY={V.pick(rng, V.ALNUM + '!@#%^&*(-_=+)', 50)}",
        "Django doesn't read .env by itself; load it with django-environ or python-dotenv.")
    add("en", "secret.config_yaml", S,
        f"Spring config:\n\n```yaml\nspring:\n  datasource:\n    url: jdbc:mysql://mysql.prod:3306/inventory\n"
        f"    username: inventory_svc\n    password: {pw()}\n```\nconnection pool exhausted under load",
        "Increase hikari.maximum-pool-size and check for connections that are never closed.")
    add("en", "secret.config_json", S,
        "appsettings.json:\n```json\n{\n  \"Smtp\": {\n    \"Host\": \"smtp.office365.com\",\n    \"Port\": 587,\n"
        f"    \"User\": \"noreply-bot\",\n    \"Password\": \"{pw('random')}\"\n  }}\n}}\n```\nmails fail with 5.7.3",
        "Office 365 needs SMTP AUTH enabled for that mailbox.")
    add("en", "secret.config_ini", S,
        f"Is this pgAdmin/psql config right?\n\n[postgresql]\nhost = 10.2.0.7\nport = 5432\nuser = etl\npassword = {pw()}\ndbname = warehouse",
        "Yes, the section and keys look fine.")
    add("en", "secret.config_xml", S,
        "Maven settings.xml:\n<servers>\n  <server>\n    <id>nexus-releases</id>\n    <username>ci-publisher</username>\n"
        f"    <password>{pw('random')}</password>\n  </server>\n</servers>\nupload gets 401",
        "Make sure the server id matches the repository id in distributionManagement.")
    add("en", "secret.config_compose", S,
        "docker-compose.yml:\n```yaml\nservices:\n  db:\n    image: postgres:16\n    environment:\n"
        f"      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {pw()}\n    ports:\n      - \"5432:5432\"\n```\n"
        "data is gone after docker compose down",
        "Add a named volume for /var/lib/postgresql/data.")
    add("en", "secret.config_k8s", S,
        "```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: redis-auth\ntype: Opaque\ndata:\n"
        f"  password: {V.b64(pw('random'))}\n```\nthe pod says NOAUTH",
        "Mount the secret as REDIS_PASSWORD and pass it to the client; the secret alone isn't used.")
    add("en", "secret.prose_password", S,
        f"the wifi password for the cabin is {pw()} — can you write that on a little welcome card for guests?",
        "\"Welcome! Make yourselves at home. Wi-Fi details are on the fridge.\"")

    # ---------------- Other languages ----------------
    add("de", "secret.prose_password", S,
        f"Das WLAN-Passwort für die Ferienwohnung lautet {pw()}. Kannst du daraus einen netten Willkommenstext machen?",
        "„Herzlich willkommen! Fühlt euch wie zu Hause. Die WLAN-Daten findet ihr am Kühlschrank.“")
    add("de", "secret.prose_password", S,
        f"Mein Passwort für das Firmenportal ist {pw('random')}, aber der Login klappt trotzdem nicht.",
        "Bitte setzen Sie das Passwort über „Passwort vergessen“ zurück und teilen Sie es nicht im Chat.")
    add("de", "secret.github", S,
        f"Mein GitHub-Token {V.github_token(rng)} funktioniert in der CI nicht mehr. Abgelaufen?",
        "Wahrscheinlich; prüfe das Ablaufdatum unter Settings > Developer settings.")
    add("de", "secret.password_in_url", S,
        f"Die Verbindung mit mysql://shop:{pw('url')}@192.168.10.5:3306/shop schlägt fehl: Access denied.",
        "Der Benutzer darf sich vermutlich nur von localhost anmelden.")
    add("de", "secret.openai", S,
        f"Warum bekomme ich 'insufficient_quota' mit dem Schlüssel {V.openai_key(rng)}?",
        "Das Konto hat kein Guthaben mehr oder das Projektlimit ist erreicht.")
    add("de", "secret.config_env", S,
        f"Meine .env für den Shop:\n\nMAIL_HOST=smtp.strato.de\nMAIL_USER=info\nMAIL_PASSWORD={pw()}\n\nMails kommen nicht an.",
        "Port 465 mit SSL verwenden und die Absenderadresse prüfen.")

    add("fr", "secret.prose_password", S,
        f"Le code wifi du gîte c'est {pw()}, tu peux me rédiger un petit mot d'accueil ?",
        "« Bienvenue ! Installez-vous, les infos wifi sont sur le frigo. »")
    add("fr", "secret.prose_password", S,
        f"Pour te connecter au serveur de la compta, l'identifiant est admin et le mot de passe {pw('random')}.",
        "Merci, je me connecte.")
    add("fr", "secret.slack", S,
        f"Notre bot Slack n'envoie rien, jeton : {V.slack_token(rng)}",
        "Vérifie que le bot est invité dans le canal et a le scope chat:write.")
    add("fr", "secret.password_in_url", S,
        f"redis://:{pw('url')}@cache.interne:6379/0 — est-ce que cette URL est correcte pour Celery ?",
        "Oui, le format est correct.")
    add("fr", "secret.stripe", S,
        f"Je teste Stripe en prod avec {V.stripe_key(rng)} et le webhook ne se déclenche pas.",
        "Vérifie que l'endpoint du webhook est configuré en mode live.")
    add("fr", "secret.config_yaml", S,
        f"Mon fichier de config :\n\nsmtp:\n  serveur: smtp.ovh.net\n  utilisateur: contact\n  mot_de_passe: {pw()}\n\nça ne marche pas",
        "Essaie le port 587 avec STARTTLS.")

    add("ja", "secret.prose_password", S,
        f"別荘のWi-Fiパスワードは {pw()} です。ゲスト向けのウェルカムカードを書いて。",
        "「ようこそ！ごゆっくりお過ごしください。Wi-Fi情報は冷蔵庫に貼ってあります。」")
    add("ja", "secret.prose_password", S,
        f"社内ポータルのパスワードは {pw('random')} なのにログインできません。",
        "パスワード再設定をお試しください。チャットにパスワードを書くのは避けてください。")
    add("ja", "secret.aws", S,
        f"このキーでS3にアクセスできません。\nアクセスキーID: {V.aws_key_id(rng)}\nシークレット: {V.aws_secret(rng)}",
        "IAMポリシーでバケットへの権限が付与されているか確認してください。")
    add("ja", "secret.password_in_url", S,
        f"postgresql://webapp:{pw('url')}@10.0.0.21:5432/shop に接続するとタイムアウトします。",
        "セキュリティグループで5432番ポートが許可されているか確認してください。")
    add("ja", "secret.huggingface", S,
        f"Hugging Faceのトークン {V.hf_token(rng)} でモデルをダウンロードできません。",
        "モデルのページで利用規約に同意しているか確認してください。")
    add("ja", "secret.private_key", S,
        f"この秘密鍵でサーバーに入れません。\n{V.private_key(rng, 'openssh')}",
        "鍵ファイルのパーミッションを600にしてください。")

    add("ru", "secret.prose_password", S,
        f"Пароль от вайфая на даче — {pw()}. Напиши записку для гостей.",
        "«Добро пожаловать! Располагайтесь. Данные от Wi-Fi на холодильнике.»")
    add("ru", "secret.prose_password", S,
        f"Логин для 1С: buh, пароль {pw('random')}. Зайди и проверь отчёт за квартал.",
        "У меня нет доступа к вашей системе, но я подскажу, где смотреть отчёт.")
    add("ru", "secret.gitlab", S,
        f"Токен GitLab {V.gitlab_token(rng)} перестал работать в пайплайне. Что проверить?",
        "Срок действия токена и его scope (read_repository).")
    add("ru", "secret.password_in_url", S,
        f"amqp://rabbit:{pw('url')}@mq.local:5672/ — Celery не подключается, в чём дело?",
        "Проверьте права пользователя на vhost «/».")
    add("ru", "secret.google_api", S,
        f"Ключ Google Maps {V.google_api_key(rng)} выдаёт ошибку RefererNotAllowedMapError.",
        "Добавьте ваш домен в ограничения HTTP-рефереров ключа.")
    add("ru", "secret.config_json", S,
        f"config.json:\n{{\"db\": {{\"host\": \"10.1.1.5\", \"user\": \"crm\", \"password\": \"{pw()}\"}}}}\nне подключается",
        "Проверьте, слушает ли база на внешнем интерфейсе.")

    # ---------------- secret only in the assistant turn ----------------
    add("en", "mixed.secret_in_assistant", S,
        "Generate a docker-compose snippet for Postgres with the password already filled in so I can paste it.",
        f"```yaml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: {pw('random')}\n```")
    add("en", "mixed.secret_in_assistant", S,
        "What's the deploy key for the staging bucket? I lost the note.",
        f"Staging uses access key {V.aws_key_id(rng)} with secret {V.aws_secret(rng)}.")
    add("en", "mixed.secret_in_assistant", S,
        "Remind me which token the release bot uses?",
        f"The release bot authenticates with {V.github_token(rng)}.")
    add("de", "mixed.secret_in_assistant", S,
        "Wie lautet nochmal das Passwort für den Gäste-WLAN im Büro?",
        f"Das Gäste-WLAN-Passwort ist {pw()}.")
    add("ru", "mixed.secret_in_assistant", S,
        "Напомни строку подключения к тестовой базе.",
        f"postgres://tester:{pw('url')}@10.0.5.2:5432/test")
