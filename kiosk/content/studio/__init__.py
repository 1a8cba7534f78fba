"""The curators' studio without Qt: open a content folder, edit, translate, validate,
save with the smallest diff, publish (``kiosk studio`` is its window)."""

from .fields import FIELDS, Field
from .podoc import PoError
from .project import Item, LockedError, Project, StudioError, TextField, Translated, TreeNode
from .validate import Issue, Validator
from .yamledit import EditError, YamlDoc

__all__ = [
    "FIELDS",
    "EditError",
    "Field",
    "Issue",
    "Item",
    "LockedError",
    "PoError",
    "Project",
    "StudioError",
    "TextField",
    "Translated",
    "TreeNode",
    "Validator",
    "YamlDoc",
]
