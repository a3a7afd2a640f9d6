"""The errors a user can meet, as one hierarchy with one root.

Every error a user can fix derives from :class:`ZoterodigestError`, through
one family that says what went wrong (the ``kind`` in ``--json`` error
objects) and which exit code the command ends with.  The message of each
error names the problem and the fix; it never holds a secret (the API key).

The CLI turns these, and only these (plus ``OSError`` from the file system
and Ctrl-C), into one line on stderr and an exit code, in one place
(:func:`zoterodigest.cli.reporting.reported`).  Anything else is a bug and is left to
crash with its traceback.

Families (``kind``, exit code):

* :class:`UsageError` (``usage``, 2): a bad option or combination of
  options, no digest given.
* :class:`InputError` (``input``, 1): an input file that cannot be read.
* :class:`ConfigError` (``config``, 1): settings or mappings files that
  cannot be used (``ZOTERO_*`` settings, the config file, mappings/).
* :class:`ZoteroServerError` (``zotero``, 1): Zotero refused or could not
  answer (:class:`zoterodigest.zotero.errors.ZoteroError` and its kin).
* :class:`MetadataError` (``metadata``, 1): arXiv (or its mirror) could not
  give the metadata asked for.
* :class:`StoreError` (``state``, 1): the state directory or the arXiv cache
  cannot be used.
* :class:`ExportError` (``export``, 1): the BibTeX output cannot be written
  where asked (one of the digests, a file that is not BibTeX, no permission).

Existing classes keep their names and modules (``ZoteroError``,
``StateUnavailable``, ``MappingError``, ``DigestReadError``, ...); only their
base changed, so every ``except`` written against them still works.
"""

from __future__ import annotations

#: The exit codes of every command, named once.
OK_EXIT = 0
#: Something failed (a paper, a file, the service): said on stderr.
FAILED_EXIT = 1
#: An option or input that cannot be used as given.
USAGE_EXIT = 2
#: A field changed on both sides was left open (both texts kept and listed).
CONFLICT_EXIT = 3
#: Exit code of a command stopped by Ctrl-C (128 + SIGINT), as shells do.
INTERRUPTED_EXIT = 130


class ZoterodigestError(Exception):
    """Something the user can fix; ``str(error)`` says what and how."""

    #: What ``--json`` prints as the error's ``kind``.
    kind = "error"
    #: The exit code the CLI ends with.
    exit_code = FAILED_EXIT


class UsageError(ZoterodigestError):
    """An option or an input file that cannot be used as given."""

    kind = "usage"
    exit_code = USAGE_EXIT


class InputError(ZoterodigestError):
    """An input file (a digest) that cannot be read at all."""

    kind = "input"


class ConfigError(ZoterodigestError):
    """Settings, the config file or a mappings file cannot be used."""

    kind = "config"


class ZoteroServerError(ZoterodigestError):
    """Zotero (web, desktop or connector) refused a request or gave no usable answer."""

    kind = "zotero"


class MetadataError(ZoterodigestError):
    """A metadata source (arXiv or its mirror) could not give what was asked for."""

    kind = "metadata"


class StoreError(ZoterodigestError):
    """The state directory or the arXiv cache cannot be used."""

    kind = "state"


class ExportError(ZoterodigestError):
    """The BibTeX file cannot be written where asked."""

    kind = "export"


__all__ = [
    "INTERRUPTED_EXIT",
    "ConfigError",
    "ExportError",
    "InputError",
    "MetadataError",
    "StoreError",
    "UsageError",
    "ZoteroServerError",
    "ZoterodigestError",
]
