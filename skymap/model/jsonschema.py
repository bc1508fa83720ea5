"""The JSON Schema of the file format, generated from the models.

The checked-in copy under resources/schema/ is what other tools validate against; a test
fails when it drifts from the models. Regenerate it with:

    python -m skymap.model.jsonschema resources/schema/skymap-v3.schema.json
"""

from __future__ import annotations

import json
import sys

from .objects import CURRENT_VERSION, SkyMap

SCHEMA_FILE = f"skymap-v{CURRENT_VERSION}.schema.json"


def json_schema() -> dict:
    schema = SkyMap.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"skymap-v{CURRENT_VERSION}",
        **schema,
        "title": f"Skymap map, file format version {CURRENT_VERSION}",
    }


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":  # pragma: no cover - a developer's tool
    if len(sys.argv) > 1:
        with open(sys.argv[1], "w", encoding="utf-8") as fh:
            fh.write(schema_text())
    else:
        sys.stdout.write(schema_text())
