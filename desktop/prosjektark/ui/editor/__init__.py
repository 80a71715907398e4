"""The guided sheet editor, generated from the form definition."""

from prosjektark.ui.editor.base import AttachmentHandler
from prosjektark.ui.editor.sheet_editor import SheetEditor

__all__ = ["AttachmentHandler", "SheetEditor"]
