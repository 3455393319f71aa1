"""The kinds of ledger entry (LLMSVS 2.4-2.6, 2.9, 2.18), apart from the ledger so the CLI can list
them without loading SQLAlchemy."""

KINDS = ("acquired", "transformed", "scanned", "gated", "signed", "registered", "promoted",
         "decommissioned", "revoked")
