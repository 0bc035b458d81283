"""Rubric test outcomes as JUnit XML, the report format every CI system can show.

ElementTree escapes markup but writes control characters as they are, which makes XML
no parser accepts; case names and evidence come from YAML, so they are cleaned first.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..rubrictest import Outcome

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(value: str) -> str:
    """Replace characters XML 1.0 cannot hold with U+FFFD."""
    return _NOT_XML.sub("\ufffd", value)


def render(outcomes: list[Outcome], name: str = "hsimpact rubric test") -> str:
    """One <testsuite> per test-case file (its ``file`` attribute), one <testcase> per case.

    The JUnit schemas CI servers validate against (Jenkins' junit-10.xsd among them) allow
    ``file`` on a suite but neither ``file`` nor ``line`` on a case, so a case's line goes
    into its failure text as ``path:line:``, which logs and editors turn into a link.
    """
    failures = sum(1 for o in outcomes if not o.passed)
    suites = ET.Element("testsuites", name=clean(name), tests=str(len(outcomes)), failures=str(failures), errors="0")
    by_file: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        by_file.setdefault(str(outcome.test.path), []).append(outcome)
    for path, group in by_file.items():
        failed = sum(1 for o in group if not o.passed)
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=clean(f"rubric.{group[0].test.area}"),
            tests=str(len(group)),
            failures=str(failed),
            errors="0",
            skipped="0",
            file=clean(path),
        )
        for outcome in group:
            test = outcome.test
            case = ET.SubElement(suite, "testcase", classname=clean(f"rubric.{test.area}"), name=clean(test.id))
            if not outcome.passed:
                failure = ET.SubElement(
                    case, "failure", message=clean("; ".join(outcome.failures)), type="RubricCaseFailure"
                )
                failure.text = clean(outcome.report())  # starts "path:line: case-id"
    ET.indent(suites)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
