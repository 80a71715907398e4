"""Search in the content of every sheet: its texts, remarks and answers (issue 13, item 12).

`search_texts` holds one row per text: a sheet's field (domain/search_text.py flattens the
sheet with the form), a remark, or an answer to a remark, each with the field path the
editor opens at and the step that shows it. Our code writes it, in the same transaction as
the sheet, remark or answer it comes from: the texts live in JSON that SQL cannot read.

On SQLite, `search_fts` is an FTS5 index over `search_texts.text` (external content, kept
in step by triggers on `search_texts`, migration 0007) with the trigram tokenizer: a
query matches anywhere inside a word, like the list's filter. Norwegian joins words
(«sykkelveg», «gang- og sykkelvegen»), so «veg» must find «Sykkelveg»; a word tokenizer
finds only what a word starts with. Letter case is ignored; letters are not folded, so
«mål» does not find «Malvik» nor «år» «areal» (the diacritic folding of unicode61 would).
A trigram needs three characters: shorter words are checked on the rows found.

PostgreSQL (a shared server, issue 16) has no FTS5: there `search` asks with `LIKE` on
`lower(text)`, which migration 0008's trigram index (pg_trgm, GIN) serves where the server
has that extension; without it the same query scans the table. It finds what FTS5 finds:
every word inside a text, letter case aside (`lower` in the database's UTF-8 locale, so
«ÆRØ» finds «ærø»), letters not folded; the short words are checked the same way.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, and_, delete, func, insert, select, text, update

from prosjektark.domain.search_text import sheet_texts
from prosjektark.i18n import translate
from prosjektark.store.models import SearchTextRow

if TYPE_CHECKING:
    from prosjektark.domain.caseflow import Answer, Remark
    from prosjektark.domain.form import FormDefinition
    from prosjektark.domain.sheet import Sheet

FTS_TABLE = "search_fts"
# A trigram index cannot look up fewer characters than this.
MIN_WORD = 3
SNIPPET_CHARS = 100
PER_SHEET = 3  # hits shown per sheet, so one long sheet does not fill the list

KIND_FIELD, KIND_REMARK, KIND_ANSWER = "field", "remark", "answer"


@dataclass(frozen=True)
class ContentHit:
    sheet_id: uuid.UUID
    kind: str  # "field", "remark" or "answer"
    field: str  # the path the editor opens at ("" for a remark on the whole sheet)
    step: str  # the form step's id ("" when none shows it)
    step_title: str  # the step as the form names it
    label: str  # the field as the form names it, or «Merknad» / «Svar på merknad»
    snippet: str  # the text around the first match, on one line
    spans: tuple[tuple[int, int], ...]  # where the query's words are in `snippet`


def shipped_form(language: str | None = None) -> FormDefinition:
    """The form the program ships with (the catalog's form), for indexing and naming, with
    its texts in `language` (the current language when None).

    The index holds paths, step ids and what people wrote, the same in every language;
    only the names of steps and fields shown with a hit depend on the language."""
    from prosjektark import i18n

    return _shipped_form(i18n.check_language(language or i18n.language()))


_shipped_forms: dict[str, FormDefinition] = {}


def _shipped_form(language: str) -> FormDefinition:
    form = _shipped_forms.get(language)
    if form is None:
        import tomllib

        from prosjektark import paths
        from prosjektark.domain.form import FormDefinition
        from prosjektark.i18n import localize

        # The file carries its texts as language tables (`label = { nb = …, nn = … }`).
        with paths.resource("forms", "prosjektark.toml").open("rb") as fh:
            data = localize(tomllib.load(fh), language)
        form = _shipped_forms.setdefault(language, FormDefinition.model_validate(data))
    return form


def _naming_form(form: FormDefinition) -> FormDefinition:
    """The form whose names a hit shows: the shipped form in the current language when
    `form` is the shipped form in any language (a store outlives a language switch);
    otherwise `form` itself."""
    if any(form is shipped for shipped in list(_shipped_forms.values())):
        return shipped_form()
    return form


def query_words(query: str) -> list[str]:
    return query.casefold().split()


def match_expression(words: Iterable[str]) -> str | None:
    """The FTS5 query for `words`: each word of at least MIN_WORD characters as a quoted
    string (a double quote doubled), so nothing the user types is FTS5 syntax: «"»,
    «AND», «*», «-», «:» and «(» are text to find. None when no word is long enough."""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words if len(w) >= MIN_WORD]
    return " ".join(quoted) if quoted else None


# -- keeping the index current (called inside the writer's transaction) -----------------


def _in_bin(conn: Connection, sheet_id: uuid.UUID) -> bool:
    row = conn.execute(
        text("SELECT deleted_at IS NOT NULL FROM sheets WHERE id = :id"), {"id": str(sheet_id)}
    ).first()
    return bool(row[0]) if row else False


def index_sheet(conn: Connection, sheet: Sheet, form: FormDefinition) -> None:
    """Bring the sheet's field texts in the index up to `sheet`. Only what changed is
    written: autosave calls this every second or so, mostly with one field changed."""
    key = str(sheet.id)
    wanted = {(t.path, t.step, t.text) for t in sheet_texts(sheet, form)}
    stored = conn.execute(
        select(SearchTextRow.id, SearchTextRow.field, SearchTextRow.step, SearchTextRow.text).where(
            SearchTextRow.sheet_id == key, SearchTextRow.kind == KIND_FIELD
        )
    ).all()
    have = {(r.field, r.step, r.text): r.id for r in stored}
    gone = [row_id for entry, row_id in have.items() if entry not in wanted]
    new = [entry for entry in wanted if entry not in have]
    if gone:
        conn.execute(delete(SearchTextRow).where(SearchTextRow.id.in_(gone)))
    if new:
        deleted = _in_bin(conn, sheet.id)
        conn.execute(
            insert(SearchTextRow),
            [
                {
                    "sheet_id": key,
                    "kind": KIND_FIELD,
                    "ref": "",
                    "field": field,
                    "step": step,
                    "text": body,
                    "deleted": deleted,
                }
                for field, step, body in sorted(new)
            ],
        )


def _step_of(form: FormDefinition, path: str) -> str:
    step = form.step_of(path) if path else None
    return step.id if step else ""


def index_remark(conn: Connection, remark: Remark, form: FormDefinition) -> None:
    _add_ref(conn, remark.sheet_id, KIND_REMARK, remark.id, remark.field, remark.text, form)


def index_answer(conn: Connection, answer: Answer, field: str, form: FormDefinition) -> None:
    """`field`: the answered remark's field, where the answer is opened too."""
    _add_ref(conn, answer.sheet_id, KIND_ANSWER, answer.id, field, answer.text, form)


def _add_ref(
    conn: Connection,
    sheet_id: uuid.UUID,
    kind: str,
    ref: uuid.UUID,
    field: str,
    body: str,
    form: FormDefinition,
) -> None:
    if not body.strip():
        return
    conn.execute(delete(SearchTextRow).where(SearchTextRow.ref == str(ref)))
    conn.execute(
        insert(SearchTextRow).values(
            sheet_id=str(sheet_id),
            kind=kind,
            ref=str(ref),
            field=field,
            step=_step_of(form, field),
            text=body,
            deleted=_in_bin(conn, sheet_id),
        )
    )


def remove_ref(conn: Connection, ref: uuid.UUID) -> None:
    conn.execute(delete(SearchTextRow).where(SearchTextRow.ref == str(ref)))


def set_in_bin(conn: Connection, sheet_id: uuid.UUID, in_bin: bool) -> None:
    conn.execute(
        update(SearchTextRow)
        .where(SearchTextRow.sheet_id == str(sheet_id), SearchTextRow.deleted != in_bin)
        .values(deleted=in_bin)
    )


def remove_sheet(conn: Connection, sheet_id: uuid.UUID) -> None:
    conn.execute(delete(SearchTextRow).where(SearchTextRow.sheet_id == str(sheet_id)))


def rebuild(conn: Connection, form: FormDefinition) -> int:
    """Index every stored sheet, remark and answer afresh; returns the number of texts.
    A sheet whose JSON cannot be read is left out (opening it says why)."""
    from prosjektark.domain.sheet import SheetError, sheet_from_json

    conn.execute(delete(SearchTextRow))
    rows: list[dict[str, object]] = []
    sheets = conn.execute(text("SELECT id, json, deleted_at IS NOT NULL FROM sheets")).all()
    in_bin = {sheet_id: bool(binned) for sheet_id, _body, binned in sheets}
    for sheet_id, body, binned in sheets:
        try:
            sheet = sheet_from_json(body)
        except SheetError:
            continue
        rows += [
            {
                "sheet_id": sheet_id,
                "kind": KIND_FIELD,
                "ref": "",
                "field": t.path,
                "step": t.step,
                "text": t.text,
                "deleted": bool(binned),
            }
            for t in sheet_texts(sheet, form)
        ]
    remark_fields: dict[str, str] = {}
    for remark_id, sheet_id, field, body in conn.execute(
        text("SELECT id, sheet_id, field, text FROM remarks ORDER BY at, id")
    ).all():
        remark_fields[remark_id] = field
        if sheet_id in in_bin and body.strip():
            rows.append(_ref_row(sheet_id, KIND_REMARK, remark_id, field, body, in_bin, form))
    for answer_id, remark_id, sheet_id, body in conn.execute(
        text("SELECT id, remark_id, sheet_id, text FROM remark_answers ORDER BY at, id")
    ).all():
        field = remark_fields.get(remark_id, "")
        if sheet_id in in_bin and body.strip():
            rows.append(_ref_row(sheet_id, KIND_ANSWER, answer_id, field, body, in_bin, form))
    if rows:
        conn.execute(insert(SearchTextRow), rows)
    return len(rows)


def _ref_row(sheet_id, kind, ref, field, body, in_bin, form) -> dict[str, object]:
    return {
        "sheet_id": sheet_id,
        "kind": kind,
        "ref": ref,
        "field": field,
        "step": _step_of(form, field),
        "text": body,
        "deleted": in_bin[sheet_id],
    }


# -- searching --------------------------------------------------------------------------

_FTS_QUERY = f"""
SELECT t.sheet_id, t.kind, t.field, t.step, t.text
FROM {FTS_TABLE} JOIN search_texts t ON t.id = {FTS_TABLE}.rowid
WHERE {FTS_TABLE} MATCH :match AND t.deleted = :deleted
ORDER BY {FTS_TABLE}.rowid DESC
LIMIT :limit
"""


def search(
    conn: Connection,
    query: str,
    form: FormDefinition,
    *,
    deleted: bool = False,
    limit: int = 50,
) -> list[ContentHit]:
    """The texts that hold every word of `query` (case ignored), newest written first, at
    most PER_SHEET per sheet and `limit` in all; sheets in the bin when `deleted`.

    Nothing for a query without a word of MIN_WORD characters: every text has an «a»."""
    words = query_words(query)
    if not any(len(w) >= MIN_WORD for w in words):
        return []
    fetch = limit * PER_SHEET
    if conn.dialect.name == "sqlite":
        rows = conn.execute(
            text(_FTS_QUERY),
            {"match": match_expression(words), "deleted": deleted, "limit": fetch},
        ).all()
    else:
        rows = _search_like(conn, words, deleted, fetch)
    return _hits(rows, words, _naming_form(form), limit)


def _search_like(conn: Connection, words: list[str], deleted: bool, fetch: int) -> list:
    """The texts holding every word (PostgreSQL): `lower(text) LIKE '%word%'`, the form
    the trigram index of migration 0008 is built for; LIKE's own wildcards are escaped."""
    t = SearchTextRow
    conditions = [func.lower(t.text).like(f"%{_like_escape(w)}%", escape="\\") for w in words]
    query = (
        select(t.sheet_id, t.kind, t.field, t.step, t.text)
        .where(and_(*conditions), t.deleted == deleted)
        .order_by(t.id.desc())
        .limit(fetch)
    )
    return list(conn.execute(query).all())


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _hits(rows, words: list[str], form: FormDefinition, limit: int) -> list[ContentHit]:
    pattern = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len)[::-1]), re.I)
    per_sheet: dict[str, int] = {}
    hits: list[ContentHit] = []
    for sheet_id, kind, field, step, body in rows:
        folded = body.casefold()
        # The index found the long words; the short ones are checked here.
        if not all(w in folded for w in words):
            continue
        if per_sheet.get(sheet_id, 0) >= PER_SHEET:
            continue
        per_sheet[sheet_id] = per_sheet.get(sheet_id, 0) + 1
        snippet, spans = make_snippet(body, pattern)
        hits.append(
            ContentHit(
                sheet_id=uuid.UUID(sheet_id),
                kind=kind,
                field=field,
                step=step,
                step_title=_step_title(form, step),
                label=_label(form, kind, field),
                snippet=snippet,
                spans=spans,
            )
        )
        if len(hits) >= limit:
            break
    # A sheet's hits together, sheets in the order of their newest hit.
    first = {h.sheet_id: n for n, h in reversed(list(enumerate(hits)))}
    return sorted(hits, key=lambda h: first[h.sheet_id])


class _Names:
    """A form's step titles and field labels, looked up per hit without walking the form."""

    def __init__(self, form: FormDefinition) -> None:
        self.form = form
        self.steps = {s.id: s.title for s in form.steps}
        self.labels: dict[str, str] = {}

    def label(self, path: str) -> str:
        """The label of the field that shows `path`: itself or its nearest parent."""
        if path not in self.labels:
            hit = self.form.covering_field(path) if path else None
            self.labels[path] = hit[1].label if hit else ""
        return self.labels[path]


_names: dict[int, _Names] = {}


def _names_of(form: FormDefinition) -> _Names:
    names = _names.get(id(form))
    if names is None or names.form is not form:
        names = _names[id(form)] = _Names(form)
    return names


def _step_title(form: FormDefinition, step_id: str) -> str:
    return _names_of(form).steps.get(step_id, "")


def _label(form: FormDefinition, kind: str, path: str) -> str:
    if kind == KIND_REMARK:
        return translate("search", "Merknad")
    if kind == KIND_ANSWER:
        return translate("search", "Svar på merknad")
    return _names_of(form).label(path)


def make_snippet(body: str, pattern: re.Pattern[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text around the first match on one line, cut at spaces, with «…» where cut,
    and where the matches are in it."""
    flat = " ".join(body.split())
    first = pattern.search(flat)
    start = 0 if first is None else max(0, first.start() - SNIPPET_CHARS // 3)
    end = min(len(flat), start + SNIPPET_CHARS)
    if start > 0:
        space = flat.find(" ", start, first.start() if first else end)
        start = space + 1 if space >= 0 else start
    if end < len(flat):
        space = flat.rfind(" ", first.end() if first else start, end)
        end = space if space > 0 else end
    head = "…" if start > 0 else ""
    tail = "…" if end < len(flat) else ""
    snippet = head + flat[start:end] + tail
    spans = tuple(
        (m.start() + len(head), m.end() + len(head)) for m in pattern.finditer(flat[start:end])
    )
    return snippet, spans
