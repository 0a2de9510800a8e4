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

CLEAN_FAULT = "PANTAU_UJI_GAGAL_BERSIH"
EXTRACT_FAULT = "PANTAU_UJI_GAGAL_EKSTRAK"


def _patch_clean(module) -> None:
    real = module.clean_articles

    def clean_articles(batch, *args, **kwargs):
        if batch.height and batch["text"].str.contains(CLEAN_FAULT, literal=True).any():
            raise ValueError("day is out of range for month")
        return real(batch, *args, **kwargs)

    module.clean_articles = clean_articles


def _patch_extract(module) -> None:
    real = module.extract_all

    def extract_all(batch, *args, **kwargs):
        if batch.height and batch["body"].str.contains(EXTRACT_FAULT, literal=True).any():
            raise IndexError("list index out of range")
        return real(batch, *args, **kwargs)

    module.extract_all = extract_all


PATCHES = {
    "orchestration.lib.clean_shards": _patch_clean,
    "orchestration.lib.extract_cache": _patch_extract,
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
