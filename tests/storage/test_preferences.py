"""The user's choices of language and text size, kept in settings.json next to the recent files."""

import json

from skymap.storage import settings


def test_defaults_follow_the_system_at_normal_size():
    assert settings.language_choice() == "system"
    assert settings.stored_language() is None
    assert settings.text_scale() == 1.0


def test_choices_are_kept_beside_the_recent_files(tmp_path):
    settings.add_recent_file(tmp_path / "a.json")
    settings.set_preference("language", "da")
    settings.set_preference("text_scale", 1.5)
    assert settings.language_choice() == "da" and settings.stored_language() == "da"
    assert settings.text_scale() == 1.5
    assert settings.recent_files() == [str((tmp_path / "a.json").resolve())]
    data = json.loads(settings.settings_path().read_text(encoding="utf-8"))
    assert data["language"] == "da" and data["text_scale"] == 1.5


def test_odd_values_in_the_file_fall_back_quietly():
    path = settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"language": "fr", "text_scale": "huge"}), encoding="utf-8")
    assert settings.language_choice() == "system"
    assert settings.text_scale() == 1.0
    path.write_text(json.dumps({"text_scale": 9}), encoding="utf-8")
    assert settings.text_scale() == 2.0
    path.write_text(json.dumps({"text_scale": True}), encoding="utf-8")
    assert settings.text_scale() == 1.0
    path.write_text("not json", encoding="utf-8")
    assert settings.language_choice() == "system"
