"""pydantic's plugin search is replaced (see skymap/model/_no_plugins.py)."""

import subprocess
import sys


def test_pydantic_uses_skymaps_loader_and_finds_no_plugins():
    import pydantic.plugin._schema_validator as sv  # noqa: F401

    import skymap.model.objects  # noqa: F401 - first: it replaces pydantic's plugin loader

    # isort: split
    from pydantic.plugin import _loader

    assert _loader.get_plugins() == ()
    assert "replaced by Skymap" in (_loader.__doc__ or "")


def test_loading_a_map_does_not_read_package_metadata():
    code = (
        "import sys; import skymap.model.objects as o; from skymap.model.template import new_map;"
        "o.SkyMap.model_validate_json(new_map('standard', lang='da').model_dump_json());"
        "print('importlib.metadata' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
