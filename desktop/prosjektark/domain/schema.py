"""The JSON Schema of the sheet JSON, one per format version, generated from the model.

This program writes and regenerates the schema of its own version
(`prosjektark-MAJOR.MINOR.schema.json`); the schemas of earlier versions stay in
resources/schema/ as they were released and are never regenerated.

The schema describes the JSON actually written by `sheet_to_json` (pydantic's
serialization mode): money and percentages are JSON numbers, dates are ISO strings.
Pydantic drops the bounds of a decimal that is serialized as a float, so the generator
below puts them back. The committed copy lives in resources/schema/; regenerate it with

    python -m prosjektark.domain.schema [PATH]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue

from prosjektark.domain import format as sheet_format
from prosjektark.domain.format.steps import CURRENT, STEPS
from prosjektark.domain.sheet import Sheet
from prosjektark.i18n import language_from_environment, translate, use_language

VERSION_NAME = sheet_format.name(CURRENT)  # prosjektark/1.1
SCHEMA_FILENAME = f"prosjektark-{CURRENT[0]}.{CURRENT[1]}.schema.json"
SCHEMA_ID = f"https://prosjektark.no/schema/{SCHEMA_FILENAME}"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
TITLE = "Prosjektark"
DESCRIPTION = (
    f"Ett prosjektark i kanonisk JSON-form ({VERSION_NAME}). Beløp er i millioner kroner (MNOK) "
    "med høyst tre desimaler, i prisnivået `cost.price_year`. Et ark beholder sin UUID "
    "(`id`) på tvers av versjoner; `revision` teller versjonene."
)


class _SerializedShapeSchema(GenerateJsonSchema):
    """Serialization-mode schema that keeps the bounds of decimals written as numbers."""

    def generate_inner(self, schema: Any) -> JsonSchemaValue:
        json_schema = super().generate_inner(schema)
        if (
            self.mode == "serialization"
            and isinstance(schema, dict)
            and schema.get("type") == "decimal"
            and json_schema.get("type") == "number"
        ):
            json_schema = dict(json_schema)
            for core_key, json_key in (
                ("ge", "minimum"),
                ("le", "maximum"),
                ("gt", "exclusiveMinimum"),
                ("lt", "exclusiveMaximum"),
            ):
                if schema.get(core_key) is not None:
                    json_schema[json_key] = _number(schema[core_key])
            places = schema.get("decimal_places")
            if places is not None:
                json_schema.setdefault("description", f"Desimaltall med høyst {places} desimaler.")
        return json_schema


def _number(value: Any) -> int | float:
    as_float = float(value)
    return int(as_float) if as_float.is_integer() else as_float


def written_tags() -> list[str]:
    """The tags this version writes: the oldest that holds a sheet (see domain/format)."""
    versions = [(CURRENT[0], 0)] + [s.target for s in STEPS if s.target[0] == CURRENT[0]]
    return sorted({sheet_format.tag(v) for v in versions if v <= CURRENT})


def _closed(node: Any) -> None:
    """Unknown fields are kept only in a newer version's documents, whose own schema
    describes them: in this version's schema every object is closed."""
    if isinstance(node, dict):
        if node.get("additionalProperties") is True:
            node["additionalProperties"] = False
        for value in node.values():
            _closed(value)
    elif isinstance(node, list):
        for value in node:
            _closed(value)


def sheet_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the sheet JSON, as a dict."""
    body = Sheet.model_json_schema(mode="serialization", schema_generator=_SerializedShapeSchema)
    _closed(body)
    body["properties"]["format"] = {
        "description": "Formatversjonen: den eldste som rommer alt arket bruker.",
        "enum": written_tags(),
        "title": "Format",
        "type": "string",
    }
    return {
        "$schema": DRAFT,
        "$id": SCHEMA_ID,
        **body,
        "title": TITLE,
        "description": DESCRIPTION,
    }


def schema_text(schema: dict[str, Any] | None = None) -> str:
    """The schema as committed: pretty, sorted keys, UTF-8 characters, trailing newline."""
    return (
        json.dumps(schema or sheet_json_schema(), indent=2, sort_keys=True, ensure_ascii=False)
        + "\n"
    )


def default_schema_path() -> Path:
    from prosjektark.paths import resource_dir  # paths has no Qt; imported late on purpose

    return resource_dir() / "schema" / SCHEMA_FILENAME


def write_schema(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_text(), encoding="utf-8", newline="\n")
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else default_schema_path()
    write_schema(path)
    # A command of its own: it speaks the language LANG asks for, as the CLI does.
    with use_language(language_from_environment()):
        print(translate("schema", "Skrev {path}").format(path=path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
