"""Content-addressed store of original bytes: blobs/ab/abcdef… named by SHA-256.

Written through a temporary file in the same directory and renamed, so a crash never
leaves a half-written original under its final name.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        target = self.path(sha)
        if target.exists():
            return sha
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha

    def put_file(self, source: Path, chunk: int = 1 << 20) -> str:
        """Copy a (possibly large) file in, hashing as it streams; return its SHA-256."""
        digest = hashlib.sha256()
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as fh:
                while block := fh.read(chunk):
                    digest.update(block)
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path(sha)
            if target.exists():
                Path(tmp).unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha

    def all(self) -> Iterator[str]:
        """The hash of every blob in the store (by file name)."""
        if not self.root.exists():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir():
                for blob in sorted(sub.iterdir()):
                    if not blob.name.startswith(".tmp-"):
                        yield blob.name

    def rehash(self, sha256: str, chunk: int = 1 << 20) -> str | None:
        """The SHA-256 of the bytes now on disk under that name; None when missing."""
        path = self.path(sha256)
        if not path.exists():
            return None
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            while block := fh.read(chunk):
                digest.update(block)
        return digest.hexdigest()

    def get(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def verify(self, sha256: str) -> bool:
        return self.rehash(sha256) == sha256
