"""Memory checks before a step that needs large arrays, so that an extent too big for the
machine is refused with an estimate instead of crashing halfway."""

from .errors import InputError
from .i18n import tr

#: Share of the currently available memory a single step may plan to use.
USABLE_SHARE = 0.7


def available_bytes():
    """MemAvailable from /proc/meminfo (Linux); None where it cannot be read."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import psutil  # optional, e.g. on Windows
        return int(psutil.virtual_memory().available)
    except Exception:
        return None


def format_bytes(count):
    for unit, size in (("GB", 1e9), ("MB", 1e6)):
        if count >= size:
            return f"{count / size:.1f} {unit}"
    return f"{count / 1e3:.0f} kB"


def check_memory(needed, what, advice=None, available=None):
    """Raise InputError when ``needed`` bytes exceed the usable share of free memory (the caller
    names the input that sets the size)."""
    free = available_bytes() if available is None else available
    if free is None or needed <= free * USABLE_SHARE:
        return
    raise InputError(
        tr("{} needs about {} of memory but only {} is free; {}").format(
            what, format_bytes(needed), format_bytes(free),
            advice or tr("use a larger pixel size or a smaller extent")))
