"""The one exception manifests raise."""


class ManifestError(Exception):
    """A manifest that cannot be built, read or trusted. The message names the file or key."""
