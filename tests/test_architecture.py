"""The rules that keep Skymap easy to change, checked rather than hoped for."""

import json
import subprocess
import sys

import jsonschema
import pytest

from skymap.model.jsonschema import SCHEMA_FILE, schema_text
from tests.helpers import ROOT


def test_layers_follow_the_import_contracts():
    """import-linter: no Qt in model/storage/export; export does not import the interface."""
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout.lower() and "0 broken" in result.stdout.lower(), result.stdout


def test_model_works_without_qt():
    """Building, editing, measuring and saving a map loads neither Qt nor reportlab."""
    code = (
        "import sys, tempfile, os\n"
        "from skymap.model.template import new_map\n"
        "from skymap.model.document import MapDocument\n"
        "from skymap.model.metrics import stats\n"
        "from skymap.storage.mapfile import save_map, load_map\n"
        "doc = MapDocument(new_map(family_name='Test'))\n"
        "m = doc.add_member('Anna')\n"
        "a = doc.add_actor('Bo', domain='d-school')\n"
        "from skymap.model.vocabulary import LinkKind\n"
        "doc.add_link(LinkKind.CONTACT, a.id, m.id)\n"
        "stats(doc.map)\n"
        "p = os.path.join(tempfile.mkdtemp(), 'm.json'); save_map(doc.map, p); load_map(p)\n"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'reportlab'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_checked_in_schema_matches_the_models():
    checked_in = (ROOT / "resources" / "schema" / SCHEMA_FILE).read_text(encoding="utf-8")
    assert checked_in == schema_text(), (
        "The JSON Schema drifted from the models; regenerate it with "
        f"'python -m skymap.model.jsonschema resources/schema/{SCHEMA_FILE}'"
    )


@pytest.mark.parametrize("example", sorted((ROOT / "resources" / "examples").glob("*.json")), ids=lambda p: p.name)
def test_examples_validate_against_the_schema(example):
    schema = json.loads((ROOT / "resources" / "schema" / SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(example.read_text(encoding="utf-8")), schema)


def test_schema_rejects_what_the_loader_rejects():
    schema = json.loads((ROOT / "resources" / "schema" / SCHEMA_FILE).read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"format": "skymap", "version": 3, "actors": [{"id": "a-1", "name": 5}]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"format": "other", "version": 1}, schema)


def test_the_example_in_format_md_is_a_valid_map():
    import re

    from skymap.storage.mapfile import parse_map

    text = (ROOT / "docs" / "FORMAT.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```json\n(.*?)\n```", text, re.S) if '"format": "skymap"' in b]
    assert blocks, "docs/FORMAT.md has no ```json example of a map"
    skymap = parse_map(blocks[0], "FORMAT.md")
    assert skymap.actors and skymap.links and skymap.family
