"""Errors raised by the core for bad input; the algorithm layer turns them into
QgsProcessingException messages that name the parameter."""


class InputError(ValueError):
    """Input that cannot be used, with a message that says what to change.

    ``parameter`` is the Processing parameter name when the core knows it (else None)."""

    def __init__(self, message, parameter=None):
        super().__init__(message)
        self.parameter = parameter


class Cancelled(Exception):
    """The user cancelled; partial outputs have been removed."""
