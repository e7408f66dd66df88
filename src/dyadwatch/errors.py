"""Errors raised by dyadwatch.

Every error carries a stable code, printed as ``[D123] message``. The hierarchy::

    DyadwatchError (D000)
    ├── InputError (D1xx)             the user's input cannot be read
    │   ├── MissingInputError (D101)     a path that does not exist
    │   ├── UnreadableInputError (D102)  binary, undecodable or empty input
    │   ├── BadRecordError (D103)        one JSONL line or record is malformed
    │   ├── InputTooLargeError (D104)    an article over the size limit
    │   ├── NothingToCodeError (D105)    no readable article in the whole input
    │   ├── NotEnglishError (D106)       a text not in English (skipped, not quarantined)
    │   ├── RecordFailedError (D107)     one record failed unexpectedly while read, coded or stored
    │   ├── NewVersionError (D108)       an article id seen again with new text (a note)
    │   └── DuplicateTextError (D109)    a stored text under another id or URL (a note)
    ├── ConfigError (D2xx)            settings, options, models
    │   ├── BadOptionError (D201)        an option value that makes no sense
    │   ├── ModelNotFoundError (D202)    the parser model is not installed
    │   └── SchedulerError (D203)        the Dask scheduler cannot be reached
    ├── DataError (D3xx)              the project's own tables
    │   ├── UnknownCodeError (D301)      a CAMEO code not in the table
    │   └── KnowledgeBaseError (D302)    a malformed knowledge-base row
    ├── StoreError (D4xx)             the event store
    │   ├── StoreOpenError (D401)        the database cannot be opened
    │   ├── StoreSchemaError (D402)      the database's schema is older than this dyadwatch
    │   ├── ExportError (D403)           an export cannot be written or read back
    │   └── NotFoundError (D406)         an event (or other record) asked for is not in the store
    └── ServeError (D5xx)             the web server (dyadwatch serve)
        ├── ReviewDisabledError (D501)   a review sent to a server started without --allow-review
        ├── NotAuthorizedError (D502)    a missing or wrong token, session or CSRF token
        └── QueryTimeoutError (D503)     a query ran past the server's time limit
"""

from __future__ import annotations


class DyadwatchError(Exception):
    """Base of every dyadwatch error; ``str(err)`` is ``[CODE] message``."""

    code = "D000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message

    def __reduce__(self) -> tuple[type, tuple[str]]:
        # pickles (to and from worker processes) as the message alone, so the code is not doubled
        return (type(self), (self.message,))


class InputError(DyadwatchError):
    code = "D100"


class MissingInputError(InputError):
    code = "D101"


class UnreadableInputError(InputError):
    code = "D102"


class BadRecordError(InputError):
    code = "D103"


class InputTooLargeError(InputError):
    code = "D104"


class NothingToCodeError(InputError):
    code = "D105"


class NotEnglishError(InputError):
    code = "D106"


class RecordFailedError(InputError):
    code = "D107"


class NewVersionError(InputError):
    code = "D108"


class DuplicateTextError(InputError):
    code = "D109"


class ConfigError(DyadwatchError):
    code = "D200"


class BadOptionError(ConfigError):
    code = "D201"


class ModelNotFoundError(ConfigError):
    code = "D202"


class SchedulerError(ConfigError):
    code = "D203"


class DataError(DyadwatchError):
    code = "D300"


class UnknownCodeError(DataError):
    code = "D301"


class KnowledgeBaseError(DataError):
    code = "D302"


class StoreError(DyadwatchError):
    code = "D400"


class StoreOpenError(StoreError):
    code = "D401"


class StoreSchemaError(StoreError):
    code = "D402"


class ExportError(StoreError):
    code = "D403"


class StoreDamagedError(StoreError):
    code = "D404"


class NotAStoreError(StoreError):
    code = "D405"


class InterruptedRunError(DyadwatchError):
    code = "D001"


class InternalError(DyadwatchError):
    code = "D002"


class NotFoundError(StoreError):
    code = "D406"


class ServeError(DyadwatchError):
    code = "D500"


class ReviewDisabledError(ServeError):
    code = "D501"


class NotAuthorizedError(ServeError):
    code = "D502"


class QueryTimeoutError(ServeError):
    code = "D503"
