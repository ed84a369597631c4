"""Prints the vignette metrics at the end of the run (also without -s)."""

from __future__ import annotations

from vignette_person import RESULTS, SESSION, format_summary


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ARG001
    if not RESULTS:
        return
    terminalreporter.write_sep("=", "vignette metrics")
    if SESSION.get("total") and len(RESULTS) < SESSION["total"]:
        terminalreporter.write_line(f"(partial run: {len(RESULTS)} of {SESSION['total']} cases)")
    terminalreporter.write_line(format_summary(RESULTS, bool(SESSION.get("nlu"))))
    failed = [o for o in RESULTS if not o.correct or o.error]
    if failed:
        terminalreporter.write_sep("-", "transcripts of disagreeing cases")
        for outcome in failed:
            terminalreporter.write_line(outcome.transcript())
