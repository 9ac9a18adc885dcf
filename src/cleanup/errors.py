"""The one family of errors newsdump raises on purpose, for library users and the command alike.

Catch `NewsdumpError` for all of them, or `InputError` for input that is not a
page dump (bytes in no encoding we can tell, binary data); `str(error)` is one
line that says what is wrong and where.
"""

from __future__ import annotations


class NewsdumpError(Exception):
    """An error the caller can act on; `str(error)` is the one line to show."""


class InputError(NewsdumpError, ValueError):
    """The input cannot be read as a page dump."""


class DecodeError(InputError):
    """The bytes are not text in any encoding we can tell; says where it went wrong."""
