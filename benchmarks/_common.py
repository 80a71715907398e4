"""Helpers shared by the benchmarks: medians, RSS, one JSON line of results."""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))


def median(values: list[float]) -> float:
    return statistics.median(values)


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def report(name: str, ratio: float, target: float, **figures) -> None:
    verdict = "ok" if ratio <= target else "OVER TARGET"
    print(
        json.dumps(
            {
                "benchmark": name,
                "ratio": round(ratio, 2),
                "target": target,
                "verdict": verdict,
                **figures,
            },
            ensure_ascii=False,
        ),
        flush=True,
    )
