"""Rotating log files in the user log directory, and the one way unexpected errors are
reported: the traceback goes to the log file, the user gets a plain sentence naming it."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from prosjektark import paths
from prosjektark.i18n import translate

LOG_NAME = "prosjektark.log"
# Long exception texts (a whole SQL statement, a path list) belong in the log, not the message.
_MAX_DETAIL = 160

log = logging.getLogger("prosjektark.errors")


def setup_logging(level: int = logging.INFO) -> Path:
    """Route the package's logging to a rotating file; idempotent. Returns the file."""
    log_file = paths.log_dir() / LOG_NAME
    logger = logging.getLogger("prosjektark")
    logger.setLevel(level)
    if not any(getattr(h, "baseFilename", None) == str(log_file) for h in logger.handlers):
        handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    return log_file


def describe_exception(exc: BaseException) -> str:
    """`KeyError: 'x'` on one short line (just the type when the text is empty)."""
    text = " ".join(str(exc).split())
    if len(text) > _MAX_DETAIL:
        text = text[: _MAX_DETAIL - 1] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def report_unexpected(exc: BaseException, context: str = "") -> str:
    """Write `exc` with its traceback to the log file and return the message for the user,
    in the current language: "Uventet feil (…). Detaljer er skrevet til loggfilen <path>."

    Call it from the `except Exception` that keeps a command or a batch going; `context`
    (e.g. the package being imported) goes into the log line, not the message."""
    detail = describe_exception(exc)
    try:
        log_file = setup_logging()
    except OSError as log_error:  # no usable log folder: say so rather than lose the cause
        return translate(
            "logs",
            "Uventet feil ({detail}). Detaljene kunne ikke skrives til loggfilen: {reason}.",
        ).format(detail=detail, reason=log_error.strerror or log_error)
    log.exception("Uventet feil%s", f" ({context})" if context else "", exc_info=exc)
    for handler in logging.getLogger("prosjektark").handlers:
        handler.flush()
    return translate(
        "logs", "Uventet feil ({detail}). Detaljer er skrevet til loggfilen {path}."
    ).format(detail=detail, path=log_file)
