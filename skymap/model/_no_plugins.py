"""Skymap loads no pydantic plugins.

pydantic looks for third-party plugins (entry points in the `pydantic` group) the first
time a model is built, and runs them on every validation. A program that holds a family's
case must not run code it did not choose on that data (observability plugins exist that
send what they see over the network), and the search itself costs about 40 ms of every
start-up (it reads the metadata of every installed package). So before pydantic builds
Skymap's models, its plugin loader is replaced by one that finds none. If a future
pydantic moves the loader, this stub simply goes unused and pydantic finds plugins again
(tests/model/test_no_plugins.py then fails, so it is noticed).
"""

from __future__ import annotations

import sys
import types

LOADER = "pydantic.plugin._loader"


def _no_plugins() -> tuple:
    return ()


if LOADER not in sys.modules:
    _stub = types.ModuleType(LOADER, "pydantic's plugin loader, replaced by Skymap: no plugins are loaded.")
    _stub.get_plugins = _no_plugins  # type: ignore[attr-defined]
    sys.modules[LOADER] = _stub
