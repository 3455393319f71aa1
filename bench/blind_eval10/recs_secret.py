"""Secret-positive records (family secret). No personal data in these records."""
from vals import S, U, A

RECS = []


def rec(fn):
    RECS.append(fn)
    return fn


# ============================================================ English (16)
@rec
def en_github_env(v):
    tok = v.gh_token("ghp_")
    return "en", "secret.github_token", [
        U("My script can't create issues, always 401. Here's my .env and the call:\n\n```\nGITHUB_OWNER=harbor-tools\nGITHUB_REPO=release-bot\nGITHUB_TOKEN=%s\nDEFAULT_LABELS=triage,bot\n```\n\n```python\nr = requests.post(f\"https://api.github.com/repos/{owner}/{repo}/issues\", headers={\"Authorization\": f\"Bearer {os.getenv('GITHUB_TOKEN')}\"}, json=payload)\n```" % tok),
        A("The call looks correct. Check that the token has the `repo` scope (or Issues: write for fine-grained tokens) and that `load_dotenv()` runs before `os.getenv`."),
    ]


@rec
def en_github_ci_log(v):
    tok = v.gh_token("ghs_")
    return "en", "secret.github_token", [
        U("Our self-hosted runner fails on checkout of a submodule. Log:\n\n```\nRun git submodule update --init --recursive\nSubmodule 'vendor/proto' (https://x-access-token:%s@github.com/acme-internal/proto.git) registered for path 'vendor/proto'\nCloning into '/home/runner/work/app/app/vendor/proto'...\nremote: Repository not found.\nfatal: repository 'https://github.com/acme-internal/proto.git/' not found\nError: Process completed with exit code 128.\n```" % tok),
        A("The installation token only covers repositories the GitHub App is installed on. Add `proto` to the app's repository access, or use a deploy key for the submodule."),
    ]


@rec
def en_gitlab_ci(v):
    tok = v.gitlab()
    return "en", "secret.gitlab_token", [
        U("Why does this job say 'HTTP Basic: Access denied' when pushing the tag?\n\n```yaml\nrelease:\n  stage: deploy\n  variables:\n    RELEASE_TOKEN: \"%s\"\n  script:\n    - git remote set-url origin https://oauth2:${RELEASE_TOKEN}@gitlab.com/platform/billing-svc.git\n    - git tag v$VERSION && git push origin v$VERSION\n  only: [main]\n```" % tok),
        A("A project access token needs the `write_repository` scope to push tags, and protected tags require the token's role to be allowed to create them. Also move the token into a masked CI/CD variable instead of the YAML."),
    ]


@rec
def en_slack_bot_python(v):
    tok = v.slack_bot()
    return "en", "secret.slack_token", [
        U("slack_sdk keeps returning `not_in_channel`. code:\n\n```python\nfrom slack_sdk import WebClient\nclient = WebClient(token=\"%s\")\nclient.chat_postMessage(channel=\"#deploys\", text=\"Deploy finished :rocket:\")\n```" % tok),
        A("The bot must be a member of the channel: invite it with `/invite @yourbot`, or add the `chat:write.public` scope to post without joining."),
    ]


@rec
def en_slack_webhook_cron(v):
    hook = v.slack_webhook()
    return "en", "secret.slack_token", [
        U("crontab -l on the backup box, the alert never shows up in Slack:\n\n```\n15 3 * * * /opt/backup/run.sh >> /var/log/backup.log 2>&1 || curl -s -X POST -H 'Content-type: application/json' --data '{\"text\":\"backup FAILED on db-02\"}' %s\n```" % hook),
        A("`||` only fires when run.sh exits non-zero, but the output redirection is fine. Check that run.sh actually returns a failing exit code (add `set -e`)."),
    ]


@rec
def en_stripe_trace(v):
    key = v.stripe("sk_live_", long=True)
    return "en", "secret.stripe_key", [
        U("Getting this in production, no idea why:\n\n```\nStripeAuthenticationError: Invalid API Key provided: %s\n    at res.toJSON.then.StripeAPIError.message (/app/node_modules/stripe/lib/StripeResource.js:214:23)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)\n```\nIt worked on staging." % key),
        A("Staging probably uses a test-mode key. If this live key was rotated or restricted in the dashboard, generate a new one and update the production secret store."),
    ]


@rec
def en_openai_history(v):
    key = v.openai(True)
    return "en", "secret.openai_key", [
        U("Here's my shell history, why does the python script still say no API key?\n\n```\n  501  python -m venv .venv && source .venv/bin/activate\n  502  pip install openai\n  503  export OPENAI_API_KEY=%s\n  504  tmux new -s bot\n  505  python bot.py\n```" % key),
        A("The export happened in the parent shell before `tmux new`; a new tmux session may start with the server's older environment. Export the variable inside the tmux pane or use `tmux set-environment`."),
    ]


@rec
def en_anthropic_compose(v):
    key = v.anthropic()
    return "en", "secret.anthropic_key", [
        U("docker compose up gives `401 invalid x-api-key` from the summariser container:\n\n```yaml\nservices:\n  summariser:\n    build: ./summariser\n    environment:\n      - ANTHROPIC_API_KEY='%s'\n      - LOG_LEVEL=info\n    ports: [\"8088:8088\"]\n```" % key),
        A("In the list syntax the single quotes become part of the value. Remove the quotes, or use the mapping form `ANTHROPIC_API_KEY: ...`."),
    ]


@rec
def en_google_maps(v):
    key = v.google_api()
    return "en", "secret.google_api_key", [
        U("Map shows 'This page can't load Google Maps correctly'. In index.html I have:\n\n```html\n<script async src=\"https://maps.googleapis.com/maps/api/js?key=%s&callback=initMap&libraries=places\"></script>\n```\nconsole: RefererNotAllowedMapError" % key),
        A("The key has HTTP referrer restrictions that don't include your current domain. Add the site (e.g. `https://yourdomain/*`) to the allowed referrers in the Cloud console."),
    ]


@rec
def en_aws_credentials(v):
    kid, sec = v.aws_id(), v.aws_secret()
    return "en", "secret.aws_access_key_id", [
        U("aws s3 ls works but terraform plan fails with NoCredentialProviders: no valid providers in chain. Any idea?"),
        A("Terraform uses the same credential chain, so it's usually a profile mismatch. Can you show the credentials file (you can redact it) and your provider block?"),
        U("~/.aws/credentials:\n\n```ini\n[default]\nregion = eu-west-1\n\n[tf-deploy]\naws_access_key_id = %s\naws_secret_access_key = %s\n```\nprovider block has profile = \"tf_deploy\"" % (kid, sec)),
        A("The profile is named `tf-deploy` with a hyphen in the file but `tf_deploy` with an underscore in the provider block. Make them identical."),
    ]


@rec
def en_twilio_config(v):
    sid, tok = v.twilio()
    return "en", "secret.twilio_token", [
        U("SMS reminders stopped sending after we moved servers. config/sms.yml:\n\n```yaml\ntwilio:\n  account_sid: %s\n  auth_token: %s\n  messaging_service_sid: MG%s\n  status_callback: https://app.internal/hooks/sms\n```\nerror 20003 Authenticate" % (sid, tok, v.rs("0123456789abcdef", 32))),
        A("Error 20003 means the SID/token pair was rejected — the auth token was probably rotated. Fetch the current primary token from the Twilio console."),
    ]


@rec
def en_sendgrid_env(v):
    key = v.sendgrid()
    return "en", "secret.sendgrid_key", [
        S("You are a senior backend engineer helping teammates debug. Be direct."),
        U("password reset e-mails go nowhere. .env.production:\n\nMAIL_DRIVER=smtp\nMAIL_HOST=smtp.sendgrid.net\nMAIL_PORT=587\nMAIL_USERNAME=apikey\nMAIL_PASSWORD=%s\nMAIL_FROM_ADDRESS=no-reply@example.com" % key),
        A("SendGrid rejects senders that aren't verified — `no-reply@example.com` won't be. Verify your real sending domain and use an address on it."),
    ]


@rec
def en_npm_rc(v):
    tok = v.npm()
    return "en", "secret.npm_token", [
        U("`npm publish` → E403 'You do not have permission to publish'. My project .npmrc:\n\n```\n@lumen-ui:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nalways-auth=true\n```" % tok),
        A("For a scoped package you need publish rights on the `@lumen-ui` org, and first publishes of scoped packages need `--access public`."),
    ]


@rec
def en_pypi_pypirc(v):
    tok = v.pypi()
    return "en", "secret.pypi_token", [
        U("twine upload fails with 403 Invalid or non-existent authentication information. ~/.pypirc:\n\n```\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = %s\n```" % tok),
        A("If the token is scoped to a single project, it can't create a new project name. Upload the first release with an account-wide token, then switch to a scoped one."),
    ]


@rec
def en_azure_appsettings(v):
    conn = v.azure_conn(v.c(["stprodinvoices", "mediastore01", "tfstatecorp"]))
    return "en", "secret.azure_connection_string", [
        U("BlobServiceClient throws 'Server failed to authenticate the request' only in the container. appsettings.json:\n\n```json\n{\n  \"Storage\": {\n    \"ConnectionString\": \"%s\",\n    \"Container\": \"invoices\"\n  }\n}\n```" % conn),
        A("That error is often a clock skew: the container's time is off, so the request signature expires. Check the container clock, then confirm the key wasn't regenerated."),
    ]


@rec
def en_hf_notebook(v):
    tok = v.hf()
    return "en", "secret.huggingface_token", [
        U("Colab cell fails with GatedRepoError even though I accepted the licence:\n\n```python\nfrom huggingface_hub import login\nlogin(token=\"%s\")\nfrom transformers import AutoTokenizer\ntok = AutoTokenizer.from_pretrained(\"meta-llama/Llama-3.1-8B\")\n```" % tok),
        A("Acceptance can take a while to propagate, and the token must be a read token of the same account that accepted. Restart the runtime after logging in."),
    ]


# ============================================================ German (6)
@rec
def de_ssh_key_deploy(v):
    key = v.ssh_ed25519_private("deploy@buildbox")
    return "de", "secret.private_key", [
        U("Der Deploy-Job bricht mit \"Load key: invalid format\" ab. So hab ich den Key in die GitLab-Variable SSH_KEY kopiert:\n\n%s\n\nMuss da am Ende noch ein Zeilenumbruch hin?" % key),
        A("Ja, OpenSSH erwartet am Ende einen Zeilenumbruch. Speichere die Variable als Typ „File“ oder hänge beim Schreiben ein `\\n` an."),
    ]


@rec
def de_wlan_prose(v):
    pw = v.password("de", 1)
    return "de", "secret.generic_password", [
        U("Schreib mir einen kurzen Zettel für die Ferienwohnung, den die Gäste auf dem Tisch finden: Willkommen, Check-out bis 10 Uhr, Müll bitte trennen, das WLAN heißt \"Haus-am-See\" und das Passwort ist %s. Schlüssel in die Box neben der Tür." % pw),
        A("Herzlich willkommen! Schön, dass Sie da sind. Hier das Wichtigste in Kürze: …"),
    ]


@rec
def de_spring_dsn(v):
    pw = v.password("de", 0)
    return "de", "secret.password_in_url", [
        U("Spring Boot startet nicht: \"FATAL: password authentication failed\". application.properties:\n\n```\n# Produktiv-DB (nicht anfassen!)\nspring.datasource.url=jdbc:postgresql://lager_app:%s@db-prod.lager.local:5432/lagerverwaltung\nspring.jpa.hibernate.ddl-auto=validate\n```" % pw),
        A("Der JDBC-Treiber liest Benutzer und Passwort nicht aus dem Host-Teil der URL. Setze `spring.datasource.username` und `spring.datasource.password` separat."),
    ]


@rec
def de_jwt_header(v):
    tok = v.jwt({"sub": "usr_%d" % v.rng.randint(10000, 99999), "iss": "https://auth.lagerplatz.de", "aud": "api", "iat": 1718000000 + v.rng.randint(0, 900000), "exp": 1718003600 + v.rng.randint(0, 900000), "scope": "orders:read orders:write"})
    return "de", "secret.jwt", [
        U("Warum bekomme ich 401 zurück? Request aus dem Browser:\n\nGET /api/v2/orders?status=offen\nHost: api.lagerplatz.de\nAuthorization: Bearer %s\nAccept: application/json" % tok),
        A("Prüfe `aud` und `exp`: Wenn die API eine andere Audience erwartet oder die Uhr des Servers abweicht, wird das Token abgelehnt."),
    ]


@rec
def de_k8s_secret(v):
    pw = v.password("de", 2)
    return "de", "secret.generic_password", [
        U("Das Secret wird angelegt, aber der Pod sieht die Variable nicht. Manifest:\n\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-db\n  namespace: shop\ntype: Opaque\nstringData:\n  DB_USER: shop\n  DB_PASSWORD: \"%s\"\n---\n# im Deployment\nenvFrom:\n  - secretRef:\n      name: shop-db-secret\n```" % pw),
        A("Der Name stimmt nicht überein: das Secret heißt `shop-db`, referenziert wird `shop-db-secret`."),
    ]


@rec
def de_aws_terraform_tfvars(v):
    kid, sec = v.aws_id(), v.aws_secret()
    return "de", "secret.aws_access_key_id", [
        S("Du bist ein DevOps-Mentor für Auszubildende. Erkläre Schritt für Schritt."),
        U("Mein Ausbilder sagt, die Datei darf nicht ins Repo. Warum eigentlich? terraform.tfvars:\n\naws_region     = \"eu-central-1\"\naws_access_key = \"%s\"\naws_secret_key = \"%s\"\ninstance_type  = \"t3.micro\"" % (kid, sec)),
        A("Weil darin echte Zugangsdaten stehen: Wer das Repo lesen kann, könnte damit in eurem AWS-Konto Ressourcen anlegen. Nutze stattdessen Profile oder Umgebungsvariablen."),
    ]


# ============================================================ French (6)
@rec
def fr_password_prose(v):
    pw = v.password("fr", 0)
    return "fr", "secret.generic_password", [
        U("Je pars en congé maternité demain. Rédige un mail de passation pour ma remplaçante : les factures fournisseurs sont dans le dossier partagé Compta/2024 et il faut valider les notes de frais avant le 25."),
        A("Voici une proposition de mail de passation, avec une section « Dossiers en cours » et une section « Échéances »."),
        U("Parfait. Ajoute aussi que le compte admin de l'outil de paie c'est « rh-admin » avec le mot de passe %s." % pw),
        A("Voici un mail de passation structuré. Je te conseille de transmettre le mot de passe par un autre canal et de le faire changer à ta reprise."),
    ]


@rec
def fr_wp_config(v):
    pw = v.password("fr", 2)
    return "fr", "secret.generic_password", [
        U("« Erreur lors de la connexion à la base de données » après migration chez OVH. Mon wp-config.php :\n\n```php\ndefine( 'DB_NAME', 'boulangerie_wp' );\ndefine( 'DB_USER', 'boulangerie' );\ndefine( 'DB_PASSWORD', '%s' );\ndefine( 'DB_HOST', 'localhost' );\n```" % pw),
        A("Chez OVH mutualisé, la base n'est pas sur `localhost` : remplace DB_HOST par le nom d'hôte indiqué dans l'espace client (du type `xxx.mysql.db`)."),
    ]


@rec
def fr_mongodb_url(v):
    pw = v.password("fr", 1)
    return "fr", "secret.password_in_url", [
        U("Le script Node plante avec « querySrv ENOTFOUND ». Voilà la ligne :\n\nconst uri = \"mongodb+srv://api_catalogue:%s@cluster0.k3x9q.mongodb.net/catalogue?retryWrites=true&w=majority\";" % pw),
        A("ENOTFOUND sur l'enregistrement SRV vient souvent du DNS local ; essaie un autre résolveur ou la chaîne de connexion standard (non-SRV) fournie par Atlas."),
    ]


@rec
def fr_rsa_key(v):
    key = v.rsa_private_1024()
    return "fr", "secret.private_key", [
        U("Mon vieux serveur refuse la clé, c'est normal ? J'ai collé ça dans ~/.ssh/id_rsa :\n\n%s" % key),
        A("Une clé RSA de 1024 bits est refusée par les versions récentes d'OpenSSH ; génère une clé ed25519 et remplace celle-ci."),
    ]


@rec
def fr_jwt_cookie(v):
    tok = v.jwt({"sub": "%d" % v.rng.randint(100000, 999999), "role": "admin", "tenant": "mairie-annecy", "iat": 1716000000 + v.rng.randint(0, 500000)}, alg="HS512")
    return "fr", "secret.jwt", [
        U("Dans les outils dev je vois ce cookie de session, pourquoi il n'expire jamais ?\n\nsession_token=%s; Path=/; HttpOnly; SameSite=Lax" % tok),
        A("Le jeton ne contient pas de claim `exp`, et le cookie n'a ni `Expires` ni `Max-Age`. Ajoute une expiration côté serveur."),
    ]


@rec
def fr_google_key_js(v):
    key = v.google_api()
    return "fr", "secret.google_api_key", [
        S("Tu es un assistant de code pour une agence web lyonnaise."),
        U("La recherche d'adresses (autocomplete) marche en local mais pas en prod. Extrait de config.js :\n\n```js\nexport const PLACES = {\n  apiKey: '%s',\n  country: 'fr',\n  types: ['address'],\n};\n```" % key),
        A("Vérifie les restrictions de la clé (référents HTTP) dans la console Google Cloud et que l'API Places est activée sur le projet de prod."),
    ]


# ============================================================ Japanese (6)
@rec
def ja_password_prose(v):
    pw = v.password("ja", 0)
    return "ja", "secret.generic_password", [
        U("新人さん向けの引き継ぎメモを整えてください。\n・共有NASは \\\\nas01\\営業部\n・複合機の管理者パスワードは %s\n・来客用Wi-Fiは受付に案内カードあり\n・月末は請求書の発行を忘れずに" % pw),
        A("【引き継ぎメモ】… なお、管理者パスワードはメモに残さず、パスワード管理ツールで共有することをおすすめします。"),
    ]


@rec
def ja_database_yml(v):
    pw = v.password("ja", 2)
    return "ja", "secret.generic_password", [
        U("Rails の本番デプロイで ActiveRecord::ConnectionNotEstablished が出ます。config/database.yml はこうです。\n\n```yaml\nproduction:\n  adapter: mysql2\n  encoding: utf8mb4\n  database: yoyaku_production\n  username: yoyaku\n  password: %s\n  host: 10.0.2.15\n```" % pw),
        A("ホスト 10.0.2.15 にアプリサーバーから到達できるか、MySQL 側でそのユーザーのホスト制限がないかを確認してください。"),
    ]


@rec
def ja_redis_url(v):
    pw = v.password("ja", 2).replace("@", "x").replace("#", "x").replace("?", "x").replace("%", "x")
    return "ja", "secret.password_in_url", [
        U("Sidekiq が起動直後に落ちます。ログの最後の行です。\n\n```\nINFO: Booting Sidekiq 7.2.0 with Sidekiq::RedisConnection::RedisClientAdapter options {:url=>\"redis://:%s@redis-queue.internal:6379/2\"}\nERROR: Redis::CannotConnectError: Error connecting to Redis on redis-queue.internal:6379 (Redis::TimeoutError)\n```" % pw),
        A("認証エラーではなくタイムアウトなので、まずセキュリティグループやネットワーク経路を確認してください。"),
    ]


@rec
def ja_ec_key(v):
    key = v.ec_private()
    return "ja", "secret.private_key", [
        U("Apple の Sign in with Apple 用の鍵ファイルを読み込むと「invalid curve」と言われます。中身はこれです。\n\n%s\n\nPython の jwt ライブラリで ES256 を指定しています。" % key),
        A("Apple から配布される .p8 は PKCS#8 形式（BEGIN PRIVATE KEY）です。SEC1 形式の鍵を使っている場合は変換が必要かもしれません。"),
    ]


@rec
def ja_github_wiki(v):
    tok = v.gh_token("ghp_")
    return "ja", "secret.github_token", [
        U("社内Wikiの手順書を読みやすく書き直してください。\n\n手順3：リリースタグを打つ前に以下を実行\n  export GH_TOKEN=%s\n  gh release create v$(cat VERSION) --generate-notes\n手順4：Slackの#release に報告" % tok),
        A("手順書を番号付きリストに整理しました。トークンは手順書に直書きせず、各自の環境変数で設定する形に変えることをおすすめします。"),
    ]


@rec
def ja_openai_python(v):
    key = v.openai(False)
    return "ja", "secret.openai_key", [
        U("このコードで RateLimitError が出続けます。課金はしてあります。\n\n```python\nimport openai\nclient = openai.OpenAI(api_key=\"%s\")\nfor row in rows:\n    client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", \"content\": row}])\n```" % key),
        A("ループで連続して呼んでいるため、RPM 制限に達している可能性があります。リトライと指数バックオフを入れてください。"),
    ]


# ============================================================ Russian (6)
@rec
def ru_password_prose(v):
    pw = v.password("ru", 0)
    return "ru", "secret.generic_password", [
        U("Сделай из этого аккуратную памятку для сменщика на складе: терминал ТСД включать кнопкой сбоку, вход в учётку «sklad2» — пароль %s, накладные сканировать до 17:00, брак складывать на стеллаж Б." % pw),
        A("Памятка для сменщика:\n1. Терминал ТСД включается кнопкой сбоку.\n2. …"),
    ]


@rec
def ru_env_config(v):
    pw = v.password("ru", 2)
    return "ru", "secret.generic_password", [
        U("Laravel не видит базу после переноса на новый VPS, на старом всё работало."),
        A("Покажите, пожалуйста, настройки подключения из .env и текст ошибки."),
        U(".env:\n\nAPP_ENV=production\nDB_CONNECTION=pgsql\nDB_HOST=127.0.0.1\nDB_PORT=5432\nDB_DATABASE=crm\nDB_USERNAME=crm_app\nDB_PASSWORD=%s\n\nОшибка: SQLSTATE[08006] could not connect to server" % pw),
        A("Проверьте, что PostgreSQL слушает 127.0.0.1 (listen_addresses) и что в pg_hba.conf есть правило для пользователя crm_app."),
    ]


@rec
def ru_amqp_url(v):
    pw = v.password("ru", 1)
    return "ru", "secret.password_in_url", [
        U("Celery-воркер не подключается к RabbitMQ. В settings.py:\n\nCELERY_BROKER_URL = \"amqp://orders:%s@rabbit.prod.local:5672/orders\"\n\nВ логе: AMQPConnectionError: ACCESS_REFUSED" % pw),
        A("ACCESS_REFUSED часто означает, что у пользователя нет прав на виртуальный хост `orders`. Выдайте их: `rabbitmqctl set_permissions -p orders orders \".*\" \".*\" \".*\"`."),
    ]


@rec
def ru_telegram_bot(v):
    tok = v.telegram()
    return "ru", "secret.telegram_bot_token", [
        U("Бот на aiogram не отвечает на команды, ошибок нет.\n\n```python\nbot = Bot(token=\"%s\")\ndp = Dispatcher()\n\n@dp.message(Command(\"start\"))\nasync def start(m): await m.answer(\"Привет!\")\n```" % tok),
        A("В коде не запускается поллинг: добавьте `await dp.start_polling(bot)` в main."),
    ]


@rec
def ru_ed25519_pkcs8(v):
    key = v.ed25519_pkcs8()
    return "ru", "secret.private_key", [
        U("Подписываю запросы к API биржи ключом Ed25519, сервер отвечает «invalid signature». Ключ загружаю из файла:\n\n%s\n\nЧто может быть не так?" % key),
        A("Проверьте, что подписываете именно ту строку, которую ожидает API (порядок параметров, timestamp), и что публичный ключ, зарегистрированный на бирже, соответствует этому закрытому."),
    ]


@rec
def ru_jwt_curl(v):
    tok = v.jwt({"sub": "svc-reports", "iss": "sso.corp.local", "iat": 1719000000 + v.rng.randint(0, 500000), "exp": 1719086400 + v.rng.randint(0, 500000), "roles": ["reports:read"]}, alg="RS256", kid="k2024-06")
    return "ru", "secret.jwt", [
        U("Почему curl отдаёт 403, хотя токен свежий?\n\ncurl -s https://reports.corp.local/api/export?month=06 \\\n  -H \"Authorization: Bearer %s\"" % tok),
        A("403 — это не проблема подлинности токена, а прав: у сервисной учётки есть только `reports:read`, а экспорт, вероятно, требует другую роль."),
    ]
