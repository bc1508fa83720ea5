"""Skymap loads no pydantic plugins.

pydantic looks for third-party plugins (entry points in the `pydantic` group) the first
time a model is built, and runs them on every validation. A program that holds a family's
case must not run code it did not choose on that data (observability plugins exist that
send what they see over the network), and the search itself costs about 40 ms of every
start-up (it reads the metadata of every installed package).

pydantic's documented switch turns the search off: the environment variable
PYDANTIC_DISABLE_PLUGINS set to "__all__" (pydantic 2.7 and later; it is read each time
pydantic asks for its plugins, so it only has to be set before the first model is built).
It is set here, not merely defaulted: a value naming only some plugins would let the others
in. Processes Skymap starts inherit it, which is what they want too. pydantic's loader
module still imports importlib.metadata (about 20 ms, less in the window, which imports
most of its dependencies anyway), but reads no package's metadata.
tests/model/test_no_plugins.py fails if a future pydantic drops the switch.
"""

from __future__ import annotations

import os

os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
