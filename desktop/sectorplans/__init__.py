"""Sector plans out and back: many offices planning one operation, offline.

A Polsek plans the polling stations of its sector in a sector file exported from the Polres's
operation (`export.build_sector`); the operations section merges it back with a three-way
comparison of the base, the master now and the sector now (`merge.prepare_merge`,
`merge.apply_merge`); the roll-up (`rollup.rollup`) shows which sector went out and came back.
The records live in the operation file (`records`, schema version 7). No Qt.
"""

from desktop.sectorplans.export import SectorError, build_sector, operation_id, record_export
from desktop.sectorplans.merge import Conflict, MergeOutcome, apply_merge, prepare_merge
from desktop.sectorplans.records import SectorExport, SectorMerge, exports_of, origin_of
from desktop.sectorplans.rollup import SectorStatus, rollup

__all__ = [
    "Conflict",
    "MergeOutcome",
    "SectorError",
    "SectorExport",
    "SectorMerge",
    "SectorStatus",
    "apply_merge",
    "build_sector",
    "exports_of",
    "operation_id",
    "origin_of",
    "prepare_merge",
    "record_export",
    "rollup",
]
