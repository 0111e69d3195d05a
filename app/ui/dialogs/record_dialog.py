"""The generic edit dialog for one reference record, built from its kind's FieldSpecs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.services import reference
from app.services.errors import ConflictError, ValidationError
from app.services.pickers import record_values
from app.ui.base_dialog import BaseDialog
from app.ui.dialogs import combos
from app.ui.generated.ui_record_edit import Ui_RecordEditDialog


class RecordEditDialog(BaseDialog):
    """New (record_id None) or edit one record of ``kind``; ``outcome`` is the record id."""

    def __init__(
        self,
        parent: QWidget | None,
        kind: str,
        record_id: int | None = None,
        actor: str = "",
    ) -> None:
        super().__init__(Ui_RecordEditDialog(), parent)
        self.kind = kind
        self.record_id = record_id
        self.actor = actor
        self.spec = reference.kind_spec(kind)
        self._failed_field = ""
        values = record_values(kind, record_id) if record_id is not None else {}
        title = self.tr("编辑{kind}") if record_id is not None else self.tr("新增{kind}")
        self.setWindowTitle(title.format(kind=self.spec.label))
        self.widgets: dict[str, QWidget] = {}
        for f in self.spec.fields:
            widget = self._widget_for(f, values.get(f.name))
            widget.setObjectName(f"{f.name}_field")
            self.widgets[f.name] = widget
            if f.kind == "bool":
                self.ui.form_layout.addRow("", widget)
            else:
                self.ui.form_layout.addRow(f.label + ("*" if f.required else ""), widget)
        first = self.widgets[self.spec.fields[0].name]
        first.setFocus()
        self.adjustSize()

    def _widget_for(self, f: reference.FieldSpec, value: Any) -> QWidget:
        if f.kind == "bool":
            box = QCheckBox(f.label)
            box.setChecked(bool(value))
            return box
        if f.kind.startswith("ref:"):
            combo = QComboBox()
            combos.make_searchable(combo)
            combos.fill_reference(combo, f.kind[4:], current=value)
            return combo
        edit = QLineEdit("" if value is None else str(value))
        if f.kind == "text":
            edit.setMaxLength(f.max_length)
        else:
            edit.setMaxLength(3)
            edit.setPlaceholderText(self.tr("整数"))
        return edit

    def values(self) -> dict[str, Any]:
        """What the form holds, keyed by field name (ids for references)."""
        out: dict[str, Any] = {}
        for f in self.spec.fields:
            widget = self.widgets[f.name]
            if isinstance(widget, QCheckBox):
                out[f.name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                out[f.name] = combos.current_id(widget)
            elif isinstance(widget, QLineEdit):
                out[f.name] = widget.text()
        return out

    def accept(self) -> None:
        """Save through reference.save_record; a refusal focuses the field it is about."""
        self.clear_error()
        for f in self.spec.fields:
            widget = self.widgets[f.name]
            if isinstance(widget, QComboBox) and combos.has_unknown_text(widget):
                self.show_error(
                    self.tr("没有名为“{text}”的{label}，请从列表中选择。").format(
                        text=widget.currentText().strip(), label=f.label
                    ),
                    widget,
                )
                return
        self._failed_field = ""
        if not self.try_accept(self._save):
            widget = self.widgets.get(self._failed_field)
            if widget is not None:
                self.show_error(self.ui.error_label.text(), widget)

    def _save(self) -> int:
        try:
            return reference.save_record(
                self.kind, self.values(), record_id=self.record_id, actor=self.actor
            )
        except ValidationError as exc:
            self._failed_field = exc.field
            raise
        except ConflictError:
            # A conflict is a duplicate of the kind's unique fields: point at the first one.
            self._failed_field = self.spec.unique[0] if self.spec.unique else ""
            raise
