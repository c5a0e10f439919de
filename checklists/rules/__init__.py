"""The machine rules. Importing this package registers every rule by name."""
from . import contents, deadlines, decision, people  # noqa: F401
