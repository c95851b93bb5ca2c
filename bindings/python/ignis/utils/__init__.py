"""ignis.utils: ignis.utils.data (datasets and data loaders)."""
from . import data  # noqa: F401
