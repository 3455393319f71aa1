"""Walk the paths a user named, without leaving the scanned tree and without opening special files."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from mlward.files.access import display_path, special_kind


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing found under a scanned path.

    kind is "file" (a regular file to scan), "escape" (a symlink leading out of the scanned tree),
    "special" (FIFO, socket, device), "duplicate" (a name for a file already listed), "broken"
    (a dangling symlink), "dirlink" (a link to a directory inside the tree) or "error".
    """

    path: str
    kind: str
    detail: str = ""
    explicit: bool = False  # the user named this path on the command line
    real: str = ""  # the path to open: the link's resolved target, or the path itself

    @property
    def open_path(self) -> str:
        """The path to open (never a symlink, so opening with O_NOFOLLOW works)."""
        return self.real or self.path


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def walk(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Entry]:
    """Every file under the given paths, in a stable order, each real file once."""
    seen: dict[tuple[int, int], str] = {}
    for given in paths:
        path = os.fspath(given)
        try:
            st = os.stat(path)  # a path the user names is followed: it is their choice of tree
        except OSError as exc:
            yield Entry(path, "error", exc.strerror or str(exc), explicit=True)
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk_tree(path, seen)
        else:
            yield from _entry(path, st, seen, explicit=True, real=os.path.realpath(path))


def _entry(
    path: str,
    st: os.stat_result,
    seen: dict[tuple[int, int], str],
    *,
    explicit: bool = False,
    real: str = "",
) -> Iterator[Entry]:
    kind = special_kind(st.st_mode)
    if kind is not None:
        yield Entry(path, "special", f"is a {kind}; not opened", explicit=explicit)
        return
    key = (st.st_dev, st.st_ino)
    first = seen.setdefault(key, path)
    if first != path:
        yield Entry(path, "duplicate", f"same file as {display_path(first)}", explicit=explicit)
        return
    yield Entry(path, "file", explicit=explicit, real=real)


def _walk_tree(top: str, seen: dict[tuple[int, int], str]) -> Iterator[Entry]:
    root = os.path.realpath(top)
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                children = sorted(it, key=lambda e: os.fsencode(e.name))
        except OSError as exc:
            yield Entry(folder, "error", exc.strerror or str(exc))
            continue
        subdirs: list[str] = []
        for child in children:
            try:
                if child.is_symlink():
                    yield from _link(child.path, root, seen)
                elif child.is_dir(follow_symlinks=False):
                    subdirs.append(child.path)
                else:
                    yield from _entry(child.path, child.stat(follow_symlinks=False), seen)
            except OSError as exc:
                yield Entry(child.path, "error", exc.strerror or str(exc))
        stack.extend(reversed(subdirs))


def _link(path: str, root: str, seen: dict[tuple[int, int], str]) -> Iterator[Entry]:
    """A symlink inside the tree: followed only while its target stays inside the scanned root."""
    try:
        target = os.readlink(path)
    except OSError as exc:
        yield Entry(path, "error", exc.strerror or str(exc))
        return
    resolved = os.path.realpath(path)
    if not _inside(resolved, root):
        yield Entry(path, "escape", f"symbolic link to {display_path(target)}, outside the scanned tree")
        return
    try:
        st = os.stat(resolved)
    except OSError:
        yield Entry(path, "broken", f"dangling symbolic link to {display_path(target)}")
        return
    if stat.S_ISDIR(st.st_mode):
        yield Entry(path, "dirlink", f"link to a directory inside the tree ({display_path(target)})")
        return
    yield from _entry(path, st, seen, real=resolved)
