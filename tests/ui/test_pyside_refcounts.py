"""Guards against a Qt binding that leaks references to None.

PySide6 6.12.0 decrements None's reference count in several ownership-transferring calls.
On Python 3.11, None is not immortal, so a long editing session (the findings panel
rebuilds its tree on every keystroke) ends in "Fatal Python error: none_dealloc".
"""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QTreeWidget, QTreeWidgetItem, QWidget


def _none_delta(call, times: int = 300) -> int:
    """Change in None's reference count over `times` calls; the bug loses one per call.

    The collector is kept out of the way: freeing other tests' garbage mid-loop also
    lowers None's count, legitimately."""
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for i in range(times):
            call(i)
        return sys.getrefcount(None) - before
    finally:
        gc.enable()


@pytest.mark.parametrize("case", ["tree", "combo", "grid", "item_model"])
def test_qt_calls_the_app_repeats_do_not_drop_references_to_none(qapp, case):
    tree, combo, host = QTreeWidget(), QComboBox(), QWidget()
    grid = QGridLayout(host)
    model = QStandardItemModel(300, 1)
    calls = {
        "tree": lambda i: tree.addTopLevelItem(QTreeWidgetItem([str(i)])),
        "combo": lambda i: combo.addItem(str(i), i),
        "grid": lambda i: grid.addWidget(QLabel(str(i)), i, 0),
        "item_model": lambda i: model.setItem(i, 0, QStandardItem(str(i))),
    }
    assert _none_delta(calls[case]) > -150, "this PySide6 build leaks references to None"
