"""What this desk remembers between runs for its user: the window's layout, the folder used
last, the facility chosen last (one INI file in the user's config folder)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from quarantine_desk.config import window_state_path


def store() -> QSettings:
    return QSettings(str(window_state_path()), QSettings.Format.IniFormat)


def recall(key: str) -> object:
    return store().value(key)


def remember(values: dict[str, object]) -> bool:
    """Keep these values; False where the profile is read-only (nothing is kept then)."""
    try:
        window_state_path().parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    settings = store()
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()
    return True
