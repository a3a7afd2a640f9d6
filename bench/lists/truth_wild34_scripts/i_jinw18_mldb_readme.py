"""Wild34 truth for jinw18/Readings_MLDB README.md: papers on scalable ML systems in data management venues.

Shape: one paper per ``* `` bullet, ``* Title. Venue Vol(No), pages, Year. &nbsp;[Paper](url)`` with
optional ``&nbsp;[Project](...)``/``[Code](...)`` links, under ``###`` topic headings (lines 7-106,
45 bullets).  Every bullet is an entry; the title is the plain text before the venue (SIGMOD, PVLDB,
ICDE, CIDR or PODS), its final ``.`` dropped.
Special cases: line 76 ends its title with ``?`` (kept); lines 17 ``MLlib*:`` and 90 ``LDA*:`` keep the
literal asterisk (a lone ``*`` is not emphasis); line 61 has a stray `` .`` before the link; the
``dl.acm.org/citation.cfm?doid=...`` links do not write a DOI, the ``dl.acm.org/doi/10.1145/...`` ones do.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "jinw18__Readings_MLDB__README@c42d13f.md"
PART = "wild34_development"

ITEM = re.compile(r"^\* (.+?[.?])\s+(?:SIGMOD|PVLDB|ICDE|CIDR|PODS)\b")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if ln.startswith("* "):
            m = ITEM.match(ln)
            assert m, (i, ln)
            papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 45, len(papers)
    write_truth(
        NAME, PART, papers,
        "Every '* ' bullet is one paper; the title is the text before the venue abbreviation, without its final period.",
        "All 45 entries checked by eye against the file (titles, the '?' title at 76, the asterisks at 17 and 90, DOIs only from dl.acm.org/doi links).",
    )


if __name__ == "__main__":
    main()
