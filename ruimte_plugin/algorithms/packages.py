"""The Python packages the algorithms need besides QGIS and numpy, and the message when one is
missing."""

import importlib.util

from qgis.core import QgsProcessingException

from ..i18n import tr


#: Python packages the algorithms need besides QGIS and numpy: (module, Debian package)
REQUIRED_PACKAGES = (("rasterio", "python3-rasterio"), ("scipy", "python3-scipy"),
                     ("shapely", "python3-shapely"))


def missing_packages():
    """The required packages that cannot be imported: [(module, Debian package)]."""
    return [(m, deb) for m, deb in REQUIRED_PACKAGES if importlib.util.find_spec(m) is None]


def missing_packages_message(missing):
    return tr("This algorithm needs the Python package(s) {}, which are not installed. "
              "Debian/Ubuntu: sudo apt install {}. Windows (OSGeo4W Shell): python -m pip "
              "install {}. Then restart QGIS.").format(
        ", ".join(m for m, _ in missing), " ".join(d for _, d in missing),
        " ".join(m for m, _ in missing))


def load_rasterio_io():
    """The rasterio-based I/O module, imported only when an algorithm runs."""
    try:
        from ..core import rasterio_io
    except ImportError:
        raise QgsProcessingException(missing_packages_message(
            missing_packages() or REQUIRED_PACKAGES[:1])) from None
    return rasterio_io
