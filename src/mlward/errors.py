"""The errors mlward reports to a user; only the CLI and the service turn them into exit codes."""

from __future__ import annotations


class MlwardError(Exception):
    """Base for every error mlward reports to a user."""


class UsageError(MlwardError):
    """The command was called with arguments that cannot work (missing path, bad option value)."""


class UnreadableArtifact(MlwardError):
    """An input could not be read at all: missing, a special file, permission denied."""


class PolicyFileInvalid(MlwardError):
    """A policy or allow-list file is malformed; the message names the file and the line."""


class SignatureInvalid(MlwardError):
    """A signature did not verify."""
