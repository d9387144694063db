"""The folder with the unmodified source files the build scripts read (prepare_demo_data.py,
prepare_test_data.py): only where RUIMTE_NL_DATA points. These tools are no part of the suite
or the demo, and they guess no folder outside the checkout."""

import os
import sys


def source_folder():
    """RUIMTE_NL_DATA, which must name an existing folder; else the script stops and says so."""
    folder = os.environ.get("RUIMTE_NL_DATA")
    if not folder or not os.path.isdir(folder):
        sys.exit("Set RUIMTE_NL_DATA to the folder with the unmodified source files (their "
                 "public origins are listed in SOURCES.md).")
    return folder
