"""Translation hook of the core, which must not import QGIS.

Every user-visible core message is written as ``tr("English text with {} placeholders")
.format(values)`` with a string literal, so that pylupdate5 files it under "@default" like the
algorithm layer's messages. ``tr`` is the identity until the plugin's i18n module (QGIS side)
installs QCoreApplication.translate with ``set_translator``; without QGIS (unit tests) the core
stays English. Call ``tr`` when the message is built, never at import time: a module-level
``tr()`` would run before the translator is installed.
"""


def _identity(text):
    return text


_translator = _identity


def tr(text):
    """``text`` (English source) in the user's language, once a translator is installed."""
    return _translator(text)


def set_translator(fn):
    """Install ``fn(text) -> str`` as the translator; None restores the identity."""
    global _translator
    _translator = fn if fn is not None else _identity
