"""Fault injection for end-to-end tests, never imported by pantau itself: a folder holding this file put first on
PYTHONPATH makes every Python process of a `pantau run` (the CLI, and the worker processes, which are spawned and
so start from PYTHONPATH too) load it at start-up. It wraps the stages' real functions, once their modules are
imported, so that they raise like a rule's bug would on one odd article:

- the cleaner (`orchestration.lib.clean_shards.clean_articles`) raises ValueError on a batch holding a raw text
  with CLEAN_FAULT,
- the extractor (`orchestration.lib.extract_cache.extract_all`) raises IndexError on a batch holding a cleaned body
  with EXTRACT_FAULT,

and behave as the real functions on every other batch. What happens next is production code: the batch is split
until the article stands alone, the cleaner's failure becomes a rejected input and the extractor's a withheld
article (tests/integration/test_bad_input.py)."""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys
from collections.abc import Callable
from typing import Any

CLEAN_FAULT = "PANTAU_UJI_GAGAL_BERSIH"
EXTRACT_FAULT = "PANTAU_UJI_GAGAL_EKSTRAK"


def _failing_on(marker: str, column: str, name: str, error: Callable[[], Exception]) -> Callable[[Any], None]:
    """A patch that makes `module.<name>` raise `error()` on a batch whose `column` holds `marker`, and call the real
    function on every other batch."""

    def patch(module: Any) -> None:
        real = getattr(module, name)

        def fragile(batch, *args, **kwargs):
            if batch.height and batch[column].str.contains(marker, literal=True).any():
                raise error()
            return real(batch, *args, **kwargs)

        setattr(module, name, fragile)

    return patch


PATCHES = {
    "orchestration.lib.clean_shards": _failing_on(
        CLEAN_FAULT, "text", "clean_articles", lambda: ValueError("day is out of range for month")
    ),
    "orchestration.lib.extract_cache": _failing_on(
        EXTRACT_FAULT, "body", "extract_all", lambda: IndexError("list index out of range")
    ),
}


class _PatchAfterImport(importlib.abc.MetaPathFinder):
    """Finds the modules of PATCHES as usual, and patches each once its code has run."""

    def find_spec(self, name, path, target=None):
        if name not in PATCHES:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        execute = spec.loader.exec_module

        def exec_module(module) -> None:
            execute(module)
            PATCHES[name](module)

        spec.loader.exec_module = exec_module
        return spec


if __name__ == "sitecustomize":  # loaded at start-up, not imported by a test for its markers
    sys.meta_path.insert(0, _PatchAfterImport())
