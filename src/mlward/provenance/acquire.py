"""Bring a model in from outside: download to quarantine, check digests and revision, scan, then move in.

Sources (LLMSVS 2.3, 2.9):
- a local file or directory;
- an `http://` or `https://` URL of one file;
- `hf://ORG/NAME[@REVISION]`, a Hugging Face-style repository, through a configurable endpoint
  (`--endpoint`, else `HF_ENDPOINT`, else https://huggingface.co), using the hub's file API
  (`/api/models/<repo>/revision/<rev>` and `/<repo>/resolve/<sha>/<file>`);
- `s3://BUCKET/PREFIX` through fsspec/s3fs (`--s3-endpoint` or `AWS_ENDPOINT_URL` for a private store).

Everything lands in a quarantine folder beside the destination (same filesystem, so the final move is
one atomic rename). The destination appears only after every check passed: the source is on the
allow-list, the pinned revision is the one served, every expected digest matches (those given by the
caller and the LFS SHA-256 the hub reports), and `mlward.scan` finds nothing at the threshold. Any
failure removes the quarantine and says why; nothing is left in place.
"""

from __future__ import annotations

import errno
import fnmatch
import hashlib
import json
import os
import re
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, BinaryIO

from mlward.errors import MlwardError, PolicyFileInvalid, UsageError
from mlward.files.access import display_path, open_regular
from mlward.files.walk import walk
from mlward.findings import Report, Severity
from mlward.provenance.manifest import MANIFEST_NAME, Manifest, build_manifest

Progress = Callable[[int, int | None, str], None]  # (bytes done, bytes total or None, file name)

_COPY = 8 << 20
_SHA_RE = re.compile(r"^[0-9a-f]{40}$")
DEFAULT_HUB = "https://huggingface.co"


class AcquisitionRefused(MlwardError):
    """A check failed (allow-list, revision, digest, scan): the model was not brought in. Exit 1."""


@dataclass(frozen=True, slots=True)
class AcquireOptions:
    """What to check and where to fetch from."""

    revision: str | None = None
    expected: Mapping[str, str] = field(default_factory=dict)  # {file name: sha256 hex}
    allowed_sources: Sequence[str] = ()  # fnmatch patterns over the source URI; empty = any
    fail_on: Severity = Severity.MEDIUM
    endpoint: str | None = None
    s3_endpoint: str | None = None
    timeout: float = 60.0
    progress: Progress | None = None
    scan: bool = True


@dataclass(frozen=True, slots=True)
class Acquired:
    """What came in: where it is, from where, at which revision, with which digests and scan result."""

    destination: str
    source: str
    revision: str | None
    license: str | None
    manifest: Manifest
    report: Report | None
    report_sha256: str | None

    def ledger_details(self) -> dict[str, Any]:
        """The `acquired` ledger entry's details."""
        return {
            "source": self.source, "revision": self.revision, "license": self.license,
            "destination": self.destination, "root_digest": self.manifest.root_digest(),
            "files": dict(self.manifest.digests), "scan_report_sha256": self.report_sha256,
        }


def allowed_sources_from_policy(path: str) -> list[str]:
    """`[acquire] allowed_sources = [...]` from a TOML policy file."""
    import tomllib

    try:
        with open_regular(path) as handle:
            data = tomllib.loads(handle.read(1 << 20).decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PolicyFileInvalid(f"{display_path(path)}: {exc}") from exc
    section = data.get("acquire", {})
    patterns = section.get("allowed_sources", []) if isinstance(section, dict) else None
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise PolicyFileInvalid(f"{display_path(path)}: [acquire] allowed_sources must be a list of strings")
    return patterns


def check_allowed(source: str, patterns: Sequence[str]) -> None:
    """Refuse a source that no allow-list pattern matches (an empty list allows everything)."""
    if patterns and not any(fnmatch.fnmatchcase(source, p) for p in patterns):
        raise AcquisitionRefused(f"source {source} is not on the allow-list ({', '.join(patterns)}); "
                                 "add it to [acquire] allowed_sources in the policy if it is trusted")


def safe_name(name: str, source: str) -> str:
    """A remote file name as a relative POSIX path; refuse absolute paths and `..` (path traversal)."""
    posix = PurePosixPath(name.replace("\\", "/"))
    if not name or posix.is_absolute() or any(part in ("..", "") for part in posix.parts) \
            or "\x00" in name:
        raise AcquisitionRefused(
            f"{source}: refusing unsafe file name {name!r} (absolute or leaves the folder)")
    return posix.as_posix()


class _Fetcher:
    """Writes files into the quarantine folder, hashing on the way."""

    def __init__(self, root: str, progress: Progress | None) -> None:
        self.root = root
        self.progress = progress
        self.digests: dict[str, str] = {}

    def write(self, name: str, stream: BinaryIO, total: int | None) -> str:
        """Copy stream into the quarantine as `name`, fsync it, and return its SHA-256."""
        target = os.path.join(self.root, *name.split("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        hasher = hashlib.sha256()
        done = 0
        try:
            with open(target, "xb") as out:
                while True:
                    chunk = stream.read(_COPY)
                    if not chunk:
                        break
                    out.write(chunk)
                    hasher.update(chunk)
                    done += len(chunk)
                    if self.progress:
                        self.progress(done, total, name)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise MlwardError(f"disk full while writing {name} into quarantine") from exc
            raise MlwardError(f"cannot write {name} into quarantine: {exc.strerror or exc}") from exc
        if total is not None and done != total:
            raise AcquisitionRefused(f"{name}: received {done} bytes, the source announced {total}; "
                                     "the download was cut short or changed")
        self.digests[name] = hasher.hexdigest()
        return self.digests[name]


class _SameHostCredentials(urllib.request.HTTPRedirectHandler):
    """Follow redirects (hubs send large files to a CDN) without sending the token to another host."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                         headers: Any, newurl: str) -> urllib.request.Request | None:
        """The redirected request, without Authorization when it leaves the host."""
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        moved = urllib.parse.urlsplit(newurl).netloc != urllib.parse.urlsplit(req.full_url).netloc
        if new is not None and moved:
            new.remove_header("Authorization")
        return new


_OPENER = urllib.request.build_opener(_SameHostCredentials)


def _http_open(url: str, timeout: float, headers: Mapping[str, str] | None = None) -> Any:
    request = urllib.request.Request(url, headers={"User-Agent": "mlward", **(headers or {})})
    try:
        return _OPENER.open(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        raise MlwardError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise MlwardError(f"{url}: source unreachable ({reason})") from exc


def _length(response: Any) -> int | None:
    value = response.headers.get("Content-Length")
    return int(value) if value and value.isdigit() else None


def _from_local(source: str, fetch: _Fetcher) -> None:
    top = os.path.abspath(source)
    if not os.path.exists(top):
        raise MlwardError(f"{display_path(source)}: no such file or directory")
    base = top if os.path.isdir(top) else os.path.dirname(top)
    for entry in walk([top]):
        if entry.kind in ("dirlink", "duplicate"):
            continue
        if entry.kind != "file":
            raise AcquisitionRefused(f"{display_path(entry.path)}: {entry.detail or entry.kind}; not copied")
        name = os.path.relpath(entry.path, base).replace(os.sep, "/")
        with open_regular(entry.open_path) as handle:
            fetch.write(name, handle, os.fstat(handle.fileno()).st_size)


def _from_http(source: str, fetch: _Fetcher, options: AcquireOptions) -> None:
    name = os.path.basename(urllib.parse.urlparse(source).path) or "download"
    with _http_open(source, options.timeout) as response:
        fetch.write(safe_name(name, source), response, _length(response))


def parse_hub(source: str) -> tuple[str, str | None]:
    """`hf://org/name@rev` -> ("org/name", "rev")."""
    rest = source.split("://", 1)[1] if "://" in source else source.split(":", 1)[1]
    repo, _, revision = rest.partition("@")
    repo = repo.strip("/")
    if not re.fullmatch(r"[A-Za-z0-9][\w.-]*(/[A-Za-z0-9][\w.-]*)?", repo):
        raise UsageError(f"{source}: not a repository name (expected hf://ORG/NAME[@REVISION])")
    return repo, revision or None


def _from_hub(source: str, fetch: _Fetcher,
              options: AcquireOptions) -> tuple[str, str | None, dict[str, str]]:
    repo, in_uri = parse_hub(source)
    wanted = options.revision or in_uri
    if options.revision and in_uri and options.revision != in_uri:
        raise UsageError(f"{source}: two different revisions given ({in_uri} and {options.revision})")
    endpoint = (options.endpoint or os.environ.get("HF_ENDPOINT") or DEFAULT_HUB).rstrip("/")
    headers = {"Authorization": f"Bearer {os.environ['HF_TOKEN']}"} if os.environ.get("HF_TOKEN") else {}
    quoted_rev = urllib.parse.quote(wanted or "main", safe="")
    info_url = f"{endpoint}/api/models/{repo}/revision/{quoted_rev}?blobs=true"
    with _http_open(info_url, options.timeout, headers) as response:
        try:
            info = json.loads(response.read(64 << 20))
        except ValueError as exc:
            raise MlwardError(f"{info_url}: not a JSON answer from the hub") from exc
    sha = info.get("sha") if isinstance(info, dict) else None
    if not isinstance(sha, str) or not _SHA_RE.match(sha):
        raise MlwardError(f"{info_url}: the hub did not name a commit for {wanted or 'main'}")
    if wanted and _SHA_RE.match(wanted) and sha != wanted:
        raise AcquisitionRefused(f"{source}: pinned revision {wanted} but the hub served {sha}")
    lfs: dict[str, str] = {}
    siblings = info.get("siblings") or []
    for sibling in siblings:
        if not isinstance(sibling, dict) or not isinstance(sibling.get("rfilename"), str):
            raise MlwardError(f"{info_url}: malformed file list")
        name = safe_name(sibling["rfilename"], source)
        meta = sibling.get("lfs")
        if isinstance(meta, dict) and isinstance(meta.get("sha256"), str):
            lfs[name] = meta["sha256"].lower()
        url = f"{endpoint}/{repo}/resolve/{sha}/{urllib.parse.quote(name)}"
        with _http_open(url, options.timeout, headers) as response:
            fetch.write(name, response, _length(response))
        blob = sibling.get("blobId")
        if name not in lfs and isinstance(blob, str) and re.fullmatch(r"[0-9a-f]{40}", blob):
            # A file kept in git itself (not LFS): its blob id is the git SHA-1 of its content,
            # pinned by the commit, so check it too.
            actual = _git_blob_id(os.path.join(fetch.root, *name.split("/")))
            if actual != blob:
                raise AcquisitionRefused(f"{name}: git blob id {actual} does not match the hub's {blob}")
    license_ = None
    card = info.get("cardData")
    if isinstance(card, dict) and isinstance(card.get("license"), str):
        license_ = card["license"]
    else:
        for tag in info.get("tags") or []:
            if isinstance(tag, str) and tag.startswith("license:"):
                license_ = tag.split(":", 1)[1]
    return sha, license_, lfs


def _git_blob_id(path: str) -> str:
    """git's object id of a file: SHA-1 over `blob <size>\0` and the content."""
    size = os.path.getsize(path)
    hasher = hashlib.sha1(f"blob {size}\0".encode(), usedforsecurity=False)
    with open_regular(path) as handle:
        while chunk := handle.read(_COPY):
            hasher.update(chunk)
    return hasher.hexdigest()


def _from_s3(source: str, fetch: _Fetcher, options: AcquireOptions) -> None:
    try:
        import fsspec
    except ImportError as exc:  # pragma: no cover - fsspec is a dependency
        raise MlwardError("S3 sources need fsspec and s3fs: pip install 'mlward[s3]'") from exc
    endpoint = options.s3_endpoint or os.environ.get("AWS_ENDPOINT_URL")
    kwargs: dict[str, Any] = {"client_kwargs": {"endpoint_url": endpoint}} if endpoint else {}
    try:
        fs = fsspec.filesystem("s3", **kwargs)
        path = source.split("://", 1)[1].rstrip("/")
        if fs.isdir(path):
            found = fs.find(path, detail=True)
            base = path
        else:
            found = {path: fs.info(path)}
            base = path.rsplit("/", 1)[0]
    except ImportError as exc:
        raise MlwardError("S3 sources need s3fs: pip install 'mlward[s3]'") from exc
    except FileNotFoundError as exc:
        raise MlwardError(f"{source}: no such object or prefix") from exc
    except Exception as exc:  # botocore raises many types for an unreachable or refusing endpoint
        raise MlwardError(f"{source}: source unreachable ({type(exc).__name__}: {exc})") from exc
    if not found:
        raise MlwardError(f"{source}: no objects under this prefix")
    for key, info in sorted(found.items()):
        if info.get("type") == "directory":
            continue
        name = safe_name(key[len(base):].lstrip("/"), source)
        try:
            with fs.open(key, "rb", block_size=_COPY) as handle:
                fetch.write(name, handle, info.get("size"))
        except MlwardError:
            raise
        except Exception as exc:
            raise MlwardError(f"{source}: cannot read {key} ({type(exc).__name__}: {exc})") from exc


def _check_digests(got: Mapping[str, str], expected: Mapping[str, str], what: str) -> None:
    problems = []
    for name, digest in sorted(expected.items()):
        actual = got.get(name)
        if actual is None:
            problems.append(f"{name}: expected by {what} but not received")
        elif actual.lower() != digest.lower():
            problems.append(f"{name}: SHA-256 {actual[:16]}… does not match the expected {digest[:16]}…")
    if problems:
        raise AcquisitionRefused("digest check failed: " + "; ".join(problems))


def _check_destination(destination: str) -> None:
    if os.path.lexists(destination) and not (os.path.isdir(destination) and not os.listdir(destination)):
        raise UsageError(f"{display_path(destination)}: already exists and is not an empty folder; "
                         "choose a new --to")


def _summary(report: Report, threshold: Severity) -> str:
    blocking = [f for f in report.findings if f.severity >= threshold]
    shown = "; ".join(f"{f.severity.label} {f.rule} in {f.path}" for f in blocking[:5])
    more = f" (and {len(blocking) - 5} more)" if len(blocking) > 5 else ""
    return shown + more


def acquire(source: str, destination: str, options: AcquireOptions | None = None) -> Acquired:
    """Fetch `source` into quarantine, check and scan it, and only then move it to `destination`."""
    options = options or AcquireOptions()
    check_allowed(source, options.allowed_sources)
    dest = os.path.abspath(destination)
    _check_destination(dest)
    parent = os.path.dirname(dest)
    try:
        os.makedirs(parent, exist_ok=True)
        quarantine = tempfile.mkdtemp(prefix=f".{os.path.basename(dest)}.quarantine-", dir=parent)
    except OSError as exc:
        raise MlwardError(
            f"cannot create a quarantine folder in {display_path(parent)}: {exc.strerror}") from exc
    try:
        return _acquire_into(source, dest, quarantine, options)
    finally:
        shutil.rmtree(quarantine, ignore_errors=True)


def _acquire_into(source: str, dest: str, quarantine: str, options: AcquireOptions) -> Acquired:
    fetch = _Fetcher(quarantine, options.progress)
    revision: str | None = None
    license_: str | None = None
    scheme = source.split("://", 1)[0].lower() if "://" in source else ""
    if scheme in ("http", "https"):
        _from_http(source, fetch, options)
    elif scheme in ("hf", "hub") or source.startswith("hf:"):
        revision, license_, lfs = _from_hub(source, fetch, options)
        _check_digests(fetch.digests, lfs, "the hub's LFS metadata")
    elif scheme == "s3":
        _from_s3(source, fetch, options)
    elif scheme:
        raise UsageError(f"{source}: unsupported source scheme {scheme}:// (local path, http(s), hf, s3)")
    else:
        _from_local(source, fetch)
    if not fetch.digests:
        raise AcquisitionRefused(f"{source}: nothing was received")
    if options.revision and revision is None:
        raise UsageError(f"{source}: --revision applies to hub repositories only; use --sha256 here")
    expected = dict(options.expected)
    if "*" in expected:
        if len(fetch.digests) != 1:
            raise UsageError("a bare --sha256 HEX needs a single-file source; use --sha256 NAME=HEX")
        expected[next(iter(fetch.digests))] = expected.pop("*")
    _check_digests(fetch.digests, expected, "--sha256 / the expected manifest")
    # Re-read what is on disk: the manifest describes the bytes that will be moved, not the stream.
    manifest = build_manifest(quarantine, ignore=())
    _check_digests(manifest.digests, fetch.digests, "the download")
    report = report_sha = None
    if options.scan:
        from mlward.render import render
        from mlward.scanning import ScanOptions, scan

        report = scan(quarantine, ScanOptions())
        rendered = render(report, "json").encode()
        report_sha = hashlib.sha256(rendered).hexdigest()
        _keep_report(report_sha, rendered)
        if report.blocking(options.fail_on):
            raise AcquisitionRefused(f"scan blocked the model: {_summary(report, options.fail_on)}")
        if report.errors:
            raise AcquisitionRefused(f"scan could not process {report.errors} file(s); refusing what "
                                     "cannot be checked")
    named = Manifest(manifest.algorithm, manifest.digests, manifest.sizes, os.path.basename(dest))
    if MANIFEST_NAME not in manifest.digests:
        # So that `mlward verify DIR` checks the model against what was acquired, from day one.
        named.write(os.path.join(quarantine, MANIFEST_NAME))
    try:
        if os.path.isdir(dest):
            os.rmdir(dest)  # empty, checked above
        os.rename(quarantine, dest)
    except OSError as exc:
        raise MlwardError(f"cannot move the model into {display_path(dest)}: {exc.strerror}") from exc
    return Acquired(dest, source, revision, license_, named, report, report_sha)


def _keep_report(digest: str, rendered: bytes) -> None:
    """Store the scan report by its digest under mlward's home, so the ledger's digest resolves."""
    from mlward.home import home
    from mlward.provenance.manifest import write_atomic

    folder = home() / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / f"{digest}.json", rendered)


def parse_expected(values: Iterable[str]) -> dict[str, str]:
    """`NAME=HEX` pairs from the command line (a bare HEX applies to a single-file source)."""
    expected: dict[str, str] = {}
    for value in values:
        name, sep, digest = value.rpartition("=")
        if not sep:
            name, digest = "*", value
        digest = digest.strip().lower()
        if not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise UsageError(f"--sha256 {value}: expected NAME=<64 hex digits>")
        expected[name] = digest
    return expected


def progress_line(done: int, total: int | None, name: str) -> str:
    """One line of download progress (kept here so the CLI stays a printer)."""
    if total:
        return f"{name}: {done / 1e6:,.1f} / {total / 1e6:,.1f} MB ({100 * done / total:.0f}%)"
    return f"{name}: {done / 1e6:,.1f} MB"
