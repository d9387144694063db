"""Paths inside the plugin folder and the version from metadata.txt (no QGIS imports)."""

import configparser
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent
RESOURCES = PLUGIN_DIR / "resources"


def resource(*parts):
    """Absolute path (str) of a file under resources/."""
    return str(RESOURCES.joinpath(*parts))


def plugin_metadata(key, default=""):
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return parser.get("general", key, fallback=default)


def plugin_version():
    return plugin_metadata("version", "unknown")


def plugin_homepage():
    """The homepage from metadata.txt, without a trailing slash."""
    return plugin_metadata("homepage", "").rstrip("/")
