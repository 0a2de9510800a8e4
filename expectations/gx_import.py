"""Great Expectations imported without loading scipy.stats and altair until something uses them.

`import great_expectations` cost ~2.1 s CPU in a run's process (Dagster, pandas, Polars, DuckDB and SQLAlchemy
already loaded), ~0.9 s of it scipy.stats and altair: GE's `__init__` imports every core expectation, and one
of them (`ExpectColumnKLDivergenceToBeLessThan`) imports both at module level, as two Kolmogorov-Smirnov metrics
import scipy.stats, to call them inside methods only (`stats.entropy`, `stats.kstest`, `alt.Chart` in its
renderers). None of pantau's suites uses those (expectations/suites.py: not null, unique, between, in set,
regex, column pairs, compound keys, row counts), and GE calls nothing of either elsewhere.

`import_gx()` imports GE with those two modules loaded lazily (`importlib.util.LazyLoader`): each is the real
module, registered in `sys.modules` as usual, and executed on its first attribute access. So nothing of GE is
replaced or stubbed (every expectation class, metric and renderer is registered as before), and any code that
does use scipy.stats or altair (a KL-divergence expectation, GE's Data Docs renderer for it, a test) loads them
then, transparently. A process that already imported them keeps its modules; a plain `import
great_expectations` elsewhere loads everything as GE does.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
import threading
from collections.abc import Sequence
from types import ModuleType

LAZY_MODULES = ("scipy.stats", "altair")

_lock = threading.Lock()


class _LazyFinder(importlib.abc.MetaPathFinder):
    """Finds `names` as the other finders do, with the loader wrapped to execute the module on first use."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = frozenset(names)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.names:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = importlib.util.LazyLoader(spec.loader)
                return spec
        return None


def import_gx() -> ModuleType:
    """The `great_expectations` module, imported (once per process) with LAZY_MODULES deferred."""
    if "great_expectations" not in sys.modules:
        with _lock:
            if "great_expectations" not in sys.modules:
                finder = _LazyFinder([name for name in LAZY_MODULES if name not in sys.modules])
                sys.meta_path.insert(0, finder)
                try:
                    import great_expectations  # noqa: F401
                finally:
                    sys.meta_path.remove(finder)
    import great_expectations

    return great_expectations
