"""NLTK's Punkt and Porter modules, loaded without running NLTK's package `__init__`.

`import nltk.tokenize.punkt` first runs `nltk/__init__.py`, which imports nearly all of
NLTK (parsers, corpus readers, the downloader, ...): about 0.3 s of a briefing that takes
1.3 s. The two modules the pipeline uses need only a few of NLTK's leaf modules, so they are
imported under stand-in package modules (`nltk`, `nltk.tokenize`, `nltk.stem` created from
their specs, their `__init__` not run) that are taken out of `sys.modules` again at once,
with every NLTK module imported meanwhile. A later `import nltk` (by the user's own code)
therefore runs the real package and gets the whole of NLTK; the pipeline keeps its own
copies of the two modules. When NLTK is already imported, its modules are used as they are.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import sys
import threading
from collections.abc import Iterator
from functools import cache
from types import ModuleType

_PACKAGES = ("nltk", "nltk.tokenize", "nltk.stem")
_LOCK = threading.Lock()


@cache
def load(name: str) -> ModuleType:
    """The NLTK module `name` ("nltk.tokenize.punkt", "nltk.stem.porter"), imported once."""
    with _LOCK, _holding_import_lock("nltk"):
        if "nltk" in sys.modules:  # the real package is (being) imported: use it
            return importlib.import_module(name)
        before = set(sys.modules)
        try:
            for package in _PACKAGES:
                spec = importlib.util.find_spec(package)
                if spec is None:
                    raise ModuleNotFoundError(f"No module named {package!r}", name=package)
                sys.modules[package] = importlib.util.module_from_spec(spec)
            return importlib.import_module(name)
        finally:
            for loaded in set(sys.modules) - before:
                if loaded == "nltk" or loaded.startswith("nltk."):
                    del sys.modules[loaded]


@contextlib.contextmanager
def _holding_import_lock(name: str) -> Iterator[None]:
    """Hold the import system's lock for module `name`: another thread's `import nltk`
    waits until the stand-ins are gone instead of getting one of them."""
    bootstrap = getattr(importlib, "_bootstrap", None)
    manager = getattr(bootstrap, "_ModuleLockManager", None)
    if manager is None:  # an interpreter without CPython's import locks
        yield
        return
    with manager(name):
        yield
