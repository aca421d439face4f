"""The operation file (`.renpam`): schema and migrations, safe opening, atomic saving, locks,
recovery copies, and the open document that ties them together."""

from desktop.storage.document import SUFFIX, ExternalChangeError, OperationDocument, ReadOnlyError
from desktop.storage.opener import OperationFileError, open_operation_file
from desktop.storage.writer import save_plan

__all__ = [
    "SUFFIX",
    "ExternalChangeError",
    "OperationDocument",
    "OperationFileError",
    "ReadOnlyError",
    "open_operation_file",
    "save_plan",
]
