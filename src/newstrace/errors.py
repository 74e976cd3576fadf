"""The exceptions newstrace raises, one tree, each message with a stable code.

    NewstraceError
    ├── InputError                 an input could not be read as an article
    │   ├── EmptyInputError        E001 nothing but white space
    │   ├── BinaryInputError       E002 the bytes are not text
    │   ├── EncodingError          E003 not decodable in any supported encoding
    │   ├── InputTooLargeError     E004 over the size limit
    │   ├── HTMLExtractionError    E005 no main text found in an HTML page
    │   ├── RecordFormatError      E006 a JSON Lines record is malformed
    │   └── UnsupportedInputError  E007 a path that is neither file, directory nor '-'
    ├── ConfigError                a setting is wrong
    │   ├── ModelNotFoundError     E101 the spaCy model is not installed
    │   ├── LanguageError          E102 no language pack for this language
    │   ├── OntologyError          E103 an event ontology file is invalid
    │   └── ModelFileError         E104 a learned model's weights file is unreadable
    └── StoreError                 E201 the store could not be opened or written

Messages name the file and the reason, so that a batch can report and move on.
"""

from __future__ import annotations


class NewstraceError(Exception):
    """Base of every error newstrace raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.reason = message
        where = f"{path}: " if path else ""
        super().__init__(f"[{self.code}] {where}{message}")


class InputError(NewstraceError):
    code = "E000"


class EmptyInputError(InputError):
    code = "E001"


class BinaryInputError(InputError):
    code = "E002"


class EncodingError(InputError):
    code = "E003"


class InputTooLargeError(InputError):
    code = "E004"


class HTMLExtractionError(InputError):
    code = "E005"


class RecordFormatError(InputError):
    code = "E006"


class UnsupportedInputError(InputError):
    code = "E007"


class ConfigError(NewstraceError):
    code = "E100"


class ModelNotFoundError(ConfigError):
    code = "E101"


class LanguageError(ConfigError):
    code = "E102"


class OntologyError(ConfigError):
    code = "E103"


class ModelFileError(ConfigError):
    code = "E104"


class StoreError(NewstraceError):
    code = "E201"
