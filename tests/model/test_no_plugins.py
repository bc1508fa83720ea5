"""pydantic loads no plugins in Skymap (see skymap/model/_no_plugins.py)."""

import subprocess
import sys


def test_pydantic_is_told_to_load_no_plugins_and_finds_none():
    import os

    from pydantic.plugin import _loader

    import skymap.model.objects  # noqa: F401

    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"
    assert tuple(_loader.get_plugins()) == ()


def test_loading_a_map_reads_no_package_metadata_even_with_a_plugin_installed():
    # A plugin "installed" (an entry point in the pydantic group) and a user environment that
    # disables only another one: loading a map neither searches the entry points nor runs it.
    code = (
        "import os, importlib.metadata as md\n"
        "os.environ['PYDANTIC_DISABLE_PLUGINS'] = 'some_other_plugin'\n"
        "searched = []\n"
        "def entry_points(**kw):\n"
        "    searched.append(kw)\n"
        "    return [md.EntryPoint('spy', 'os:getcwd', 'pydantic')]\n"
        "md.entry_points = entry_points\n"
        "import skymap.model.objects as o\n"
        "from skymap.model.template import new_map\n"
        "o.SkyMap.model_validate_json(new_map('standard', lang='da').model_dump_json())\n"
        "from pydantic.plugin import _loader\n"
        "print(searched, tuple(_loader.get_plugins()))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[] ()"
