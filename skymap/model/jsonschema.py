"""The JSON Schema of the file format, generated from the models.

The checked-in copy under resources/schema/ is what other tools validate against; a test
fails when it drifts from the models. Regenerate it with:

    python -m skymap.model.jsonschema resources/schema/skymap-v6.schema.json
"""

from __future__ import annotations

import json
import sys

from .objects import CURRENT_VERSION, SkyMap

SCHEMA_FILE = f"skymap-v{CURRENT_VERSION}.schema.json"

BEYOND_THE_SCHEMA = (
    "Skymap also refuses what JSON Schema cannot express: an id used twice (or the id "
    "'family'), a reference to something that does not exist (a tie's ends, a person's "
    "cloud), a tie from someone to themselves, a contact that does not connect a person with "
    "a family member or the family, a coordination tie that does not connect two people, "
    "rc_weak_below above rc_strong_from, and a key written twice in one object."
)
"""The checks only the program makes; said in the schema so a reader of it knows."""


def json_schema() -> dict:
    schema = SkyMap.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"skymap-v{CURRENT_VERSION}",
        **schema,
        # A file without "format" or "version" is not a map (the loader refuses it), although
        # the model gives both a default for maps made in memory.
        "required": ["format", "version"],
        "title": f"Skymap map, file format version {CURRENT_VERSION}",
        "description": f"{schema.get('description', '').strip()}\n\n{BEYOND_THE_SCHEMA}".strip(),
    }


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":  # pragma: no cover - a developer's tool
    if len(sys.argv) > 1:
        with open(sys.argv[1], "w", encoding="utf-8") as fh:
            fh.write(schema_text())
    else:
        sys.stdout.write(schema_text())
