"""Great Expectations imported without loading scipy.stats and altair until something uses them.

`import great_expectations` cost ~2.1 s CPU in a run's process (Dagster, pandas, Polars, DuckDB and SQLAlchemy
already loaded), ~0.9 s of it scipy.stats and altair: GE's `__init__` imports every core expectation, and one
of them (`ExpectColumnKLDivergenceToBeLessThan`) imports both at module level, as two Kolmogorov-Smirnov metrics
import scipy.stats, to call them inside methods only (`stats.entropy`, `stats.kstest`, `alt.Chart` in its
renderers). None of pantau's suites uses those (expectations/suites.py: not null, unique, between, in set,
regex, column pairs, compound keys, row counts), and GE calls nothing of either elsewhere.

`import_gx()` imports GE with those two modules deferred: each is the real module, found by the usual finders and
registered in `sys.modules` as usual, and its code runs on the first access to one of its attributes (what
`importlib.util.LazyLoader` does, except that the import metadata such as `__file__` is read without running it). So nothing of GE is
replaced or stubbed (every expectation class, metric and renderer is registered as before), and any code that
does use scipy.stats or altair (a KL-divergence expectation, GE's Data Docs renderer for it, a test) loads them
then, transparently. A process that already imported them keeps its modules; a plain `import
great_expectations` elsewhere loads everything as GE does.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import threading
import types
from collections.abc import Sequence
from typing import Any

LAZY_MODULES = ("scipy.stats", "altair")
# What the import system set on the module before its code runs (importlib._bootstrap._init_module_attrs): read
# without loading it. `inspect.getmodule` reads `__file__` of every module in sys.modules (dbt calls
# `inspect.stack()` in a run's process, while building its adapter); with the standard library's LazyLoader that
# loaded both modules in every run, so the import saved nothing there.
_SET_BEFORE_EXEC = frozenset(
    {"__name__", "__file__", "__cached__", "__spec__", "__loader__", "__package__", "__path__", "__class__"}
)

_lock = threading.Lock()
# One thread runs a deferred module's code; the others wait for it to finish (the module's own code, which may
# import its submodules, re-enters in the same thread and sees the module as it is so far).
_load_lock = threading.RLock()


class _DeferredModule(types.ModuleType):
    """A module whose code runs on the first access to anything but the attributes set before it runs.

    The steps of the standard library's `importlib.util._LazyModule` (Python 3.11), with the import metadata
    (_SET_BEFORE_EXEC) answered without running the module, and a lock: another thread never sees it half run."""

    def __getattribute__(self, attr: str) -> Any:
        if attr in _SET_BEFORE_EXEC:
            return object.__getattribute__(self, attr)
        with _load_lock:
            if object.__getattribute__(self, "__class__") is _DeferredModule:
                state = object.__getattribute__(self, "__spec__").loader_state
                if state.get("running"):  # its own code, in this thread, while it runs
                    return object.__getattribute__(self, attr)
                state["running"] = True
                try:
                    _execute(self)
                finally:
                    state["running"] = False
        return getattr(self, attr)

    def __delattr__(self, attr: str) -> None:
        self.__getattribute__(attr)  # runs the module (and raises if the attribute does not exist)
        delattr(self, attr)


def _execute(module: types.ModuleType) -> None:
    spec = module.__spec__
    assert spec is not None and spec.loader is not None
    before = spec.loader_state["__dict__"]
    # attributes set on the module since its creation (e.g. a submodule imported first) win, as in an eager load
    updated = {k: v for k, v in module.__dict__.items() if k not in before or v is not before[k]}
    spec.loader.exec_module(module)
    if sys.modules.get(spec.name, module) is not module:
        raise ValueError(f"module object for {spec.name!r} substituted in sys.modules during a deferred load")
    module.__dict__.update(updated)
    module.__class__ = types.ModuleType


class _DeferredLoader(importlib.abc.Loader):
    """Wraps a loader: creates the module as it does, and runs its code when _DeferredModule says so."""

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        assert module.__spec__ is not None
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        module.__spec__.loader_state = {"__dict__": module.__dict__.copy()}
        module.__class__ = _DeferredModule


class _DeferFinder(importlib.abc.MetaPathFinder):
    """Finds `names` as the other finders do, with the loader wrapped to run the module on first use."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = frozenset(names)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.names:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _DeferredLoader(spec.loader)
                return spec
        return None


def deferred(module: types.ModuleType) -> bool:
    """True while `module`'s code has not run (it was deferred and nothing has used it yet)."""
    return type(module) is _DeferredModule


def import_gx() -> types.ModuleType:
    """The `great_expectations` module, imported (once per process) with LAZY_MODULES deferred."""
    if "great_expectations" not in sys.modules:
        with _lock:
            if "great_expectations" not in sys.modules:
                finder = _DeferFinder([name for name in LAZY_MODULES if name not in sys.modules])
                sys.meta_path.insert(0, finder)
                try:
                    import great_expectations  # noqa: F401
                finally:
                    sys.meta_path.remove(finder)
    import great_expectations

    return great_expectations
