"""Errors raised by the core for bad input; the algorithm layer turns them into
QgsProcessingException messages that name the parameter."""


class InputError(ValueError):
    """Input that cannot be used, with a message that says what to change.

    ``parameter``: None, or the name of the core field the value belongs to (e.g. "height");
    the algorithm layer maps it to its Processing parameter (input_for in
    algorithms/parameters.py)."""

    def __init__(self, message, parameter=None):
        super().__init__(message)
        self.parameter = parameter


class Cancelled(Exception):
    """The user cancelled; partial outputs have been removed."""
