"""Pass rate of the core-construction sweep per slot value (round 18, grammar18): which slot values fail.

Run from the worktree: ``PYTHONPATH=. python tests/nlp/core_sweep_report.py [frames] [--failures N]``
(frames: a comma-separated subset of gov_page, wire, bare).  Prints every slot value below 1.0, the near misses
that gave a fact, and writes nothing.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from core_sweep import FRAMES, NEAR_MISSES, OPEN_QUESTIONS, sweep
from test_core_sweep import _pairs

__all__ = ["report"]


def report(frames: list[str], failures: int = 0) -> None:
    """Rates per slot value (exact pairs and statuses; parties alone in brackets), worst first."""
    total, exact, parties = collections.Counter(), collections.Counter(), collections.Counter()
    shown = 0
    for case in sweep():
        for frame in frames:
            got = _pairs(frame, case.text)
            good = case.passes(got)
            same = {p for p, _s in got} == {p for p, _s in case.expect}
            for key in ["ALL", f"frame={frame}", *(f"{k}={v}" for k, v in case.slots.items())]:
                total[key] += 1
                exact[key] += good
                parties[key] += same
            if not good and shown < failures:
                shown += 1
                print(f"FAIL [{frame}] {case.text}\n   want {sorted(case.expect)}\n   got  {sorted(got)}")
    for key in sorted(total, key=lambda k: exact[k] / total[k]):
        if exact[key] < total[key] or key == "ALL":
            print(f"{exact[key] / total[key]:.3f} ({parties[key] / total[key]:.3f}) n={total[key]:4d} {key}")
    for frame in frames:
        for text in NEAR_MISSES + OPEN_QUESTIONS:
            got = _pairs(frame, text)
            if got:
                print(f"NEAR MISS GAVE A FACT [{frame}] {text} -> {sorted(got)}")


if __name__ == "__main__":
    args = sys.argv[1:]
    n = int(args[args.index("--failures") + 1]) if "--failures" in args else 0
    chosen = next((a.split(",") for a in args if not a.startswith("--") and not a.isdigit()), list(FRAMES))
    report(chosen, n)
