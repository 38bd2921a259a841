"""`selfcompass doctor`: each part of this installation with a plain verdict and, where needed, what to do.

The checks are the ones `--self-test` runs too (selfcompass/cli/checks.py); the person's data is only read.
"""

from __future__ import annotations

import argparse

from selfcompass import APP_NAME, __version__
from selfcompass.cli import checks
from selfcompass.cli.checks import OK, PROBLEM, Finding, run_check
from selfcompass.paths import resolve


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("doctor", help="check this installation: data, database, speech, sound and tray")
    p.set_defaults(func=run)


def run(ns: argparse.Namespace) -> int:
    paths = resolve(ns.data_dir)
    print(f"{APP_NAME} {__version__}: checking this installation")
    findings: list[Finding] = []
    for check in ORDER:
        findings.extend(run_check(check, paths))
    for f in findings:
        print(f"  {f.verdict:<8} {f.part:<17} {f.text}")
    bad = [f for f in findings if f.verdict == PROBLEM and f.essential]
    if bad:
        print("\nSomething essential needs attention (see PROBLEM above).")
        return 1
    print("\nEverything essential works." + (" Notes are for information only." if any(
        f.verdict != OK for f in findings) else ""))
    return 0


#: The person's data first (what they came to ask about), then the program, this computer and the log.
ORDER: tuple[checks.Check, ...] = (
    checks.check_data_folder, checks.check_database, checks.check_keys, checks.check_backups,
    checks.check_file_modes, checks.check_safekeeping, checks.check_resources, checks.check_practices,
    checks.check_managed_settings, checks.check_speech, checks.check_audio, checks.check_tray, checks.check_log,
)
