"""Provider token formats (GitLab, Hugging Face, Azure, Anthropic, Twilio, SendGrid, npm, PyPI, Telegram,
Discord): for each a leaked token that must be found and look-alikes that must not, masked evidence."""

from __future__ import annotations

import pytest

from mlward.datasets import detectors
from mlward.datasets.engine import DataScanOptions, Inspector

AZURE_KEY = "+tcUJ6Cus/7pIy+K8iEfnuSRxbEL7LVWO/web5NCfsvI/ilV5c2ORtyO1LfCdk0qWk12dwb4XYaQAkrWvaNAGw=="
ANTHROPIC = ("sk-ant-api03-o_799NksnRH9ucAUsdMlHUvTCQCyEZDz-TddJ8HyS5SUkCnD8zRA9a9SkpXz9w3QlY7Zkuvqdt7s8S"
             "tqcbnr3yBdGBLEPAA")
TWILIO_KEY = "SK575dcad6ba2b0aee0ca923732881584d"
SENDGRID = "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"
DISCORD = "NjQ1MjY4NjU5NDE2NjIwMzY2.cL6j5I.XAAjlsHUqJoUD-_Ydua_5ZMs1SWOpQaPRYpzbL"

# (category, text that must be found, the value reported, look-alikes that must not be found)
CASES = [
    ("secret.gitlab_token", 'GITLAB_TOKEN="glpat-PtYgjmUhBel31iEl2hpC"', "glpat-PtYgjmUhBel31iEl2hpC",
     ["glpat-XXXXXXXXXXXXXXXXXXXX", "token: glpat-<your-token>", "prefix glpat- marks personal tokens",
      "glpat-aaaaaaaaaaaaaaaaaaaa"]),
    ("secret.gitlab_token", "gitlab-runner register --token glrt-hYgCfrL1spNxnyVmihA-",
     "glrt-hYgCfrL1spNxnyVmihA-", ["glrt-runner-token-here-please"]),
    ("secret.huggingface_token", "HF_TOKEN=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",
     "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",
     ["from huggingface_hub import hf_hub_download", "token=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "hf_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh", "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",
      "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"]),
    ("secret.azure_storage_key",
     f"DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey={AZURE_KEY};EndpointSuffix=core.windows.net",
     AZURE_KEY,
     ["DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1"
      "OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/",
      f"key_b64 = AccountKey={AZURE_KEY}",  # no connection string around it
      "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=<your-account-key>"]),
    ("secret.azure_sas_token",
     "https://prodlogs.blob.core.windows.net/c/a.csv?sv=2022-11-02&ss=b&sp=r&se=2026-01-01T00:00:00Z"
     "&sig=6cjLzMk19s0fYSJq4VM4rho0AE0zug0kasBMgbG68j4%3D",
     "6cjLzMk19s0fYSJq4VM4rho0AE0zug0kasBMgbG68j4%3D",
     ["https://api.example.net/v1/webhook?sig=6cjLzMk19s0fYSJq4VM4rho0AE0zug0kasBMgbG68j4%3D",
      "https://a.blob.core.windows.net/c?sv=2022-11-02&sig=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]),
    ("secret.anthropic_key", f'client = Anthropic(api_key="{ANTHROPIC}")', ANTHROPIC,
     ["ANTHROPIC_API_KEY=sk-ant-api03-...", "sk-ant-api03-" + "X" * 95, "sk-ant-api03-shortbody123"]),
    ("secret.twilio_key",
     'account_sid = "AC8d41bed440e50454f31af3176813e02e"\nauth_token = "a68ef786e4d3cea27d26934b484e73cf"',
     "a68ef786e4d3cea27d26934b484e73cf",
     ['account_sid = "AC8d41bed440e50454f31af3176813e02e"  # the SID alone is an identifier',
      'account_sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"\nauth_token = "your_auth_token"',
      "sha: 0123456789abcdef0123456789abcdef"]),
    ("secret.twilio_key",
     "TWILIO_AUTH_TOKEN=a68ef786e4d3cea27d26934b484e73cf\nTWILIO_ACCOUNT_SID=AC8d41bed440e50454f31af3176813e02e",
     "a68ef786e4d3cea27d26934b484e73cf",
     ["TWILIO_AUTH_TOKEN=a68ef786e4d3cea27d26934b484e73cf  # no account SID anywhere near"]),
    ("secret.twilio_key", f"TWILIO_API_KEY={TWILIO_KEY}", TWILIO_KEY,
     ["SKU 575 in stock", "SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]),
    ("secret.sendgrid_key", f"SENDGRID_API_KEY={SENDGRID}", SENDGRID,
     ["SENDGRID_API_KEY=SG.your-key-here", "SG." + "x" * 22 + "." + "x" * 43,
      "Singapore (SG.) office"]),
    ("secret.npm_token", "//registry.npmjs.org/:_authToken=npm_aeOV4qBkdfQ1y3GQsMpSscDlkrCaqx9vJupc",
     "npm_aeOV4qBkdfQ1y3GQsMpSscDlkrCaqx9vJupc",
     ["run npm_install_dependencies_for_the_project", "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]),
    ("secret.pypi_token",
     "password = pypi-AgEIcHlwaS5vcmcNBTxaQWk8JzFalHlsZfYcMMDktXP-tKsf2rcDkdfrUnW5gcF_Ha6ili8GjHE",
     "pypi-AgEIcHlwaS5vcmcNBTxaQWk8JzFalHlsZfYcMMDktXP-tKsf2rcDkdfrUnW5gcF_Ha6ili8GjHE",
     ["tokens start with pypi-AgEIcHlwaS5vcmc", "username = __token__ # pypi-AgEIcHlwaS5vcmc..."]),
    ("secret.telegram_bot_token", "bot = Bot(token='6483920517:AAAD6-Wj9KfzjsQGMrb9h_ImB_LK777pzNk')",
     "6483920517:AAAD6-Wj9KfzjsQGMrb9h_ImB_LK777pzNk",
     ["https://api.telegram.org/bot123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11/getMe",
      "12345678:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]),
    ("secret.discord_bot_token", f"client.run('{DISCORD}')", DISCORD,
     # the first part must decode to a numeric user id
     ["MzRaNdOmStRiNgNoTaUsErId" + DISCORD[24:], "client.run('your-token-here')"]),
]


def _hits(text: str) -> list[tuple[str, str]]:
    return [(hit.category, text[hit.start:hit.end])
            for hit in Inspector(DataScanOptions()).hits(0, [("text", text)])]


@pytest.mark.parametrize(("category", "positive", "value", "negatives"), CASES, ids=[c[0] for c in CASES])
def test_token_found_and_look_alikes_not(category: str, positive: str, value: str,
                                         negatives: list[str]) -> None:
    assert (category, value) in _hits(positive)
    for negative in negatives:
        assert category not in {c for c, _ in _hits(negative)}, negative


def test_every_provider_detector_has_a_case() -> None:
    new = {c[0] for c in CASES}
    assert new <= {d.category for d in detectors.DETECTORS}


@pytest.mark.parametrize("text", [f"ANTHROPIC_API_KEY={ANTHROPIC}", f"openai.api_key = '{ANTHROPIC}'"])
def test_anthropic_key_is_not_claimed_by_openai_or_generic(text: str) -> None:
    cats = {c for c, _ in _hits(text)}
    assert "secret.anthropic_key" in cats
    assert not cats & {"secret.openai_key", "secret.generic_password"}


def test_admin_key_is_anthropic() -> None:
    admin = ANTHROPIC.replace("api03", "admin01")
    assert ("secret.anthropic_key", admin) in _hits(f"key: {admin}")


@pytest.mark.parametrize(("category", "value"), [(c[0], c[2]) for c in CASES])
def test_evidence_is_masked(category: str, value: str) -> None:
    masked = detectors.mask(value, category)
    assert value not in masked
    assert masked.endswith(f"({len(value)} chars)")
    assert len(masked) < 20
