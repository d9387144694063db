"""Translation helper. pylupdate5 files bare tr() calls under the "@default" context, so the
lookup must use that context too.

Importing this module also installs ``tr`` as the translator of the QGIS-free core
(core/i18n.py), so that core messages are translated whenever the plugin runs inside QGIS."""

import contextlib

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .core import i18n as core_i18n
from .paths import PLUGIN_DIR

_chosen = None      # (language code, translate function) inside ``language(...)``


def tr(text):
    """Translate ``text`` (English source) into the user's QGIS locale, if a .qm is loaded, or
    into the language chosen with ``language``."""
    if _chosen is not None:
        return _chosen[1](text)
    return QCoreApplication.translate("@default", text)


core_i18n.set_translator(tr)


def user_language():
    """'nl' when QGIS runs in Dutch, else 'en' (for texts that come in both, e.g. profile
    names)."""
    if _chosen is not None:
        return _chosen[0]
    from qgis.core import QgsApplication
    return "nl" if QgsApplication.locale().lower().startswith("nl") else "en"


@contextlib.contextmanager
def language(code):
    """tr() and user_language() in ``code`` ('en', or 'nl' from i18n/ruimte_nl.qm) inside the
    ``with`` block, whatever the QGIS locale; 'auto' (or empty) keeps the user's language. For
    a document in a chosen language (ruimte:report), not for the user interface. Yields the
    language code in use. (Not thread-safe: for algorithms that run in the main thread.)"""
    global _chosen
    if code in (None, "", "auto"):
        yield user_language()
        return
    translate = str
    if code != "en":
        translator = QTranslator()
        if translator.load(str(PLUGIN_DIR / "i18n" / f"ruimte_{code}.qm")):
            def translate(text, translator=translator):
                return translator.translate("@default", text) or text
    previous, _chosen = _chosen, (code, translate)
    try:
        yield code
    finally:
        _chosen = previous
