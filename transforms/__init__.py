"""pantau's extractor. The version of its code is taken once, when the process imports this package: the bytes of
every transforms/**/*.py as they are now, before any rule module is loaded. `extractor_version` combines it with
the bytes of the reference CSVs the process actually read (transforms/reference.py), so the extraction cache and
the build record name the code and the data that ran, not what is on disk later (an edit during a run)."""

from __future__ import annotations

import hashlib
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def file_chunk(name: str, data: bytes) -> bytes:
    """`name NUL bytes NUL`: how pantau fingerprints one file, here and in orchestration/lib/build_inputs.py's
    hash_files, so that a digest of the imported code and one of the files on disk agree."""
    return name.encode() + b"\0" + data + b"\0"


def _snapshot() -> tuple[bytes, ...]:
    """The file chunks of every transforms/**/*.py, in sorted path order."""
    return tuple(
        file_chunk(path.relative_to(_PACKAGE).as_posix(), path.read_bytes())
        for path in sorted(_PACKAGE.rglob("*.py"))
    )


_CODE = hashlib.sha256()
for _chunk in _snapshot():
    _CODE.update(_chunk)
del _chunk


def code_version() -> str:
    """Digest of the extractor's source as this process imported it."""
    return _CODE.hexdigest()[:16]


def extractor_version(reference_chunks: tuple[bytes, ...]) -> str:
    """The extractor's version: the source imported by this process, then the reference CSVs as read
    (`name NUL bytes NUL` each, in sorted path order): equal to build_inputs.extractor_version() of unchanged
    files."""
    digest = _CODE.copy()
    for chunk in reference_chunks:
        digest.update(chunk)
    return digest.hexdigest()[:16]


class CodeChanged(RuntimeError):
    """A worker process imported other transforms/ code than the process whose version keys its output."""


def check_code_version(expected: str) -> None:
    """Raise CodeChanged unless this process imported the code of version `expected` (a worker started after
    transforms/ was edited would store new code's rows under the old key)."""
    if code_version() != expected:
        raise CodeChanged(
            f"transforms/ changed during the run (this worker imported {code_version()}, the run uses "
            f"{expected}): rerun"
        )
