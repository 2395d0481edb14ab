"""The interface language: Vietnamese (the source language) or English, through Qt's catalogs.

Every string a person reads on screen or in the terminal goes through `tr()`:

    tr("Đã nhập {n} người", n=len(rows))

The Vietnamese text is the message id. `pyside6-lupdate` collects these calls (and the
`QT_TR_NOOP` marks on label tables) into `resources/translations/quarantine_desk_en.ts`;
`pyside6-lrelease` turns that into the `.qm` file loaded here with a `QTranslator`. The
placeholders are `str.format` names, so a translation may reorder them but must keep them all
(a test compares them).

Official papers are Vietnamese whatever the interface language: the report code uses the label
tables directly and never calls `tr()` on them.

Qt is imported only for English or inside a running Qt application, so the core and the
Vietnamese command line stay Qt-free.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_config_dir

from quarantine_desk.config import APP_AUTHOR, APP_NAME, resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "vi"
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}  # each in its own language
CATALOG = "quarantine_desk_{}.qm"

_lookup: Callable[[str], str] | None = None
_language = SOURCE_LANGUAGE
# The loaded catalog of the chosen language, kept alive while in use. For English it holds the
# program's strings; for Vietnamese, Qt's own words (standard buttons, edit menus), since Qt ships
# no Vietnamese catalog and the program's strings need none.
_catalog = None


def tr(text: str, /, **values: object) -> str:
    """`text` in the interface language, with `{name}` placeholders filled from `values`."""
    if _lookup is not None:
        text = _lookup(text) or text
    return text.format(**values) if values else text


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks a string for the catalog where it is defined; `tr()` translates it where shown."""
    return text


def language() -> str:
    return _language


def catalog_path(code: str) -> Path:
    return resource_path("translations", CATALOG.format(code))


def use_language(code: str) -> bool:
    """Switch the interface language for the whole process; False if it cannot be loaded.

    Qt is imported here only when it is needed: for English, or when a Qt application runs.
    """
    global _lookup, _language, _catalog
    if code not in LANGUAGES:
        return False
    application = _qt_application()
    if code == SOURCE_LANGUAGE and application is None:
        _lookup, _language, _catalog = None, code, None
        return True
    from PySide6.QtCore import QCoreApplication, QTranslator

    catalog = QTranslator()
    if not catalog.load(str(catalog_path(code))):
        log.error("translation catalog for %s not found at %s", code, catalog_path(code))
        return False
    if application is not None:
        if _catalog is not None:
            QCoreApplication.removeTranslator(_catalog)
        QCoreApplication.installTranslator(catalog)
        _use_qt_locale(code)
    _catalog, _language = catalog, code
    _lookup = None if code == SOURCE_LANGUAGE else (
        lambda text: catalog.translate("", text) or text)
    return True


def _use_qt_locale(code: str) -> None:
    """Qt's own names of months and days (the calendar pop-up, dates in words) in the
    interface language; numbers and dates the program formats itself are unaffected."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
                       if code == "vi" else
                       QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def _qt_application() -> object | None:
    """The running Qt application, without importing Qt into a process that has none."""
    qt = sys.modules.get("PySide6.QtCore")
    return None if qt is None else qt.QCoreApplication.instance()


def preference_path() -> Path:
    """The language chosen at this desk, per user (like the window layout)."""
    return Path(user_config_dir(APP_NAME, APP_AUTHOR)) / "language.json"


def saved_language() -> str:
    try:
        code = json.loads(preference_path().read_text("utf-8")).get("language")
    except (OSError, ValueError, AttributeError):
        return SOURCE_LANGUAGE
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def save_language(code: str) -> bool:
    """Remember the language for the next start; False where the profile is read-only."""
    try:
        preference_path().parent.mkdir(parents=True, exist_ok=True)
        preference_path().write_text(json.dumps({"language": code}), "utf-8")
    except OSError:
        return False
    return True
