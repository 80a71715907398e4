"""Rotating log files in the user log directory."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from prosjektark import paths

LOG_NAME = "prosjektark.log"


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
