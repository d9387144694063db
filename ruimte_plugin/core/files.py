"""Output files: the permissions of a new file, and text outputs (the HTML report) written
atomically: to a hidden temporary file beside the
target, flushed to disk, given the permissions a new file gets from the umask, then renamed onto
the target. A failed or killed write leaves the previous file as it was and no temporary file
(except after SIGKILL, when the hidden ``.ruimte-*`` file may stay beside the target)."""

import os
import tempfile

from .errors import InputError
from .i18n import tr


def new_file_mode():
    """Permission bits of a new regular file under the current umask (0o666 & ~umask): what
    QGIS's own outputs get, not the 600 of a temporary file."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_text_atomic(path, text, encoding="utf-8"):
    """Write ``text`` to ``path`` atomically (see the module docstring); an OSError (disk full,
    no permission) becomes an InputError naming the file."""
    path = os.path.abspath(path)
    tmp = None
    try:
        handle, tmp = tempfile.mkstemp(prefix=".ruimte-", suffix=".part",
                                       dir=os.path.dirname(path))
        with os.fdopen(handle, "w", encoding=encoding) as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, new_file_mode())
        os.replace(tmp, path)
    except OSError as err:
        if tmp is not None and os.path.exists(tmp):
            os.remove(tmp)
        raise InputError(tr("{} could not be written ({}); check the free disk space and the "
                            "folder's permissions").format(path, err.strerror or err)) from None
