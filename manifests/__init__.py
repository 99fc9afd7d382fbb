"""Versioned manifests for curated datasets: build, write, validate, verify, diff, export, report.

Depends on nothing else in glossator. See SCHEMA.md for the format.
"""

from manifests.build import build_manifest, config_section, package_versions, parent_ref, python_version
from manifests.canonical import dumps, normalize, sha256_hex
from manifests.errors import ManifestError
from manifests.io import read_manifest, write_manifest
from manifests.ledger import ACTIONS, DEFAULT_FLAGGED_LABELS
from manifests.scan import scan_dataset
from manifests.schema import SCHEMA_VERSION, content_id, validate
from manifests.stats import histogram

__all__ = [
    "ACTIONS",
    "DEFAULT_FLAGGED_LABELS",
    "SCHEMA_VERSION",
    "ManifestError",
    "build_manifest",
    "config_section",
    "content_id",
    "dumps",
    "histogram",
    "normalize",
    "package_versions",
    "parent_ref",
    "python_version",
    "read_manifest",
    "scan_dataset",
    "sha256_hex",
    "validate",
    "write_manifest",
]
