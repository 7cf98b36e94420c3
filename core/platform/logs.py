"""Process logging for the web and worker processes: one line per event, as JSON when RESKONTRA_LOG_FORMAT=json
(for a log collector) or as text, at RESKONTRA_LOG_LEVEL (default INFO). Every record passes a filter that masks
personal identity numbers (dataskyddslagen 2018:218 3 kap. 10 §: shown only where needed, never in logs), so a
number typed into a search or quoted in an error message does not reach the log in full."""
from __future__ import annotations

import json
import logging
import os

from core.kernel.identifiers import mask_pins


class MaskPins(logging.Filter):
    """Masks personal identity numbers in the formatted message of every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_pins(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class JsonLines(logging.Formatter):
    """One JSON object per record: time, level, logger, message (and the exception, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"), "level": record.levelname,
                 "logger": record.name, "message": record.getMessage(), "pid": record.process}
        if record.exc_info:
            entry["exception"] = mask_pins(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def configure(role: str) -> None:
    """Root logging for a process of `role` ("web", "worker"), from the environment."""
    handler = logging.StreamHandler()
    handler.addFilter(MaskPins())
    if os.environ.get("RESKONTRA_LOG_FORMAT", "text").lower() == "json":
        handler.setFormatter(JsonLines())
    else:
        handler.setFormatter(logging.Formatter(f"%(asctime)s {role} %(process)d %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(os.environ.get("RESKONTRA_LOG_LEVEL", "INFO").upper())
