"""Prints the vignette metrics at the end of the run (also without -s).

The main suite (cases.yml) and each lay set (lay_cases_dev.yml, and
lay_cases_final.yml with VIGNETTES_FINAL=1) get their own section: the lay
results are never counted in the main suite's metrics.
"""

from __future__ import annotations

from vignette_person import LAY_RESULTS, RESULTS, SESSION, format_summary


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ARG001
    nlu = bool(SESSION.get("nlu"))
    if RESULTS:
        terminalreporter.write_sep("=", "vignette metrics")
        if SESSION.get("total") and len(RESULTS) < SESSION["total"]:
            terminalreporter.write_line(f"(partial run: {len(RESULTS)} of {SESSION['total']} cases)")
        terminalreporter.write_line(format_summary(RESULTS, nlu))
        failed = [o for o in RESULTS if not o.correct or o.error]
        if failed:
            terminalreporter.write_sep("-", "transcripts of disagreeing cases")
            for outcome in failed:
                terminalreporter.write_line(outcome.transcript())
    for subset, outcomes in LAY_RESULTS.items():
        if not outcomes:
            continue
        terminalreporter.write_sep("=", f"lay vignette metrics ({subset}; reported, not held to the targets)")
        total = (SESSION.get("lay_total") or {}).get(subset)
        if total and len(outcomes) < total:
            terminalreporter.write_line(f"(partial run: {len(outcomes)} of {total} cases)")
        terminalreporter.write_line(format_summary(outcomes, nlu, title=f"Lay vignettes ({subset})",
                                                   targets=False, details=subset != "final"))
        failed = [o for o in outcomes if not o.correct or o.error]
        if failed and subset != "final":  # the blind set: numbers only, as they come out
            terminalreporter.write_sep("-", f"transcripts of disagreeing lay {subset} cases")
            for outcome in failed:
                terminalreporter.write_line(outcome.transcript())
