"""Wild32 truth for celestial-d/Persistent-memory-Paper README.md: a flat dump of persistent-memory /
NVM systems papers (architecture, file systems, databases, PL), newest venue-year first.

Shape: one heading (line 1), then 299 paragraphs separated by blank lines, each
``N.Title (venueYEAR)`` with no space after the number's dot (so Markdown does not render an
ordered list: each record is a plain paragraph), no links, no authors.  Every numbered paragraph
(1. to 299., lines 3-599, odd lines) is one entry; the heading is not.  The title is the text after
``N.`` up to the last parenthesised group, which is always the venue+year tag (``(asplos2023)``,
``(hpdc 2021)``, ``(ACM Computing Surveys2021)``).  Parentheses inside titles stay:
line 67 ``... memory expansion (CXL-SSD)``, line 161 ``PMEM-spec: persistent memory speculation
(strict persistency can trump relaxed persistency)``, line 311 ``(Almost) Fence-less Persist
Ordering``, line 581 ``History-Assisted Adaptive-Granularity Caches (HAAG$) for ...``.  Line 297
writes non-breaking spaces between words (collapsed to plain spaces by the markup cleaner).  Two
papers are listed twice and count twice: lines 415/423 (``Exploring and Optimizing Chipkill-correct
...``, same title with different capitals) and lines 375/439 (``On Configuring a Hierarchy of Storage
Media in the Age of NVM``, tagged icde2019 and icde2018).  No arXiv ids or DOIs anywhere.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "celestial-d__Persistent-memory-Paper__README@3aaebe1.md"
PART = "wild32_development"

REC = re.compile(r"^(\d+)\.(.+?)\s*\(([^()]*)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    expect = 1
    for i, ln in enumerate(lines, 1):
        if not re.match(r"^\d+\.", ln):
            continue
        m = REC.match(ln)
        assert m, (i, ln)
        assert int(m.group(1)) == expect, (i, ln)
        expect += 1
        papers.append(entry(lines, i, i, m.group(2)))
    assert len(papers) == 299, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every 'N.Title (venueYEAR)' paragraph (1-299) is one entry; title is the text between 'N.' and the"
        " final parenthesised venue tag, inner parentheses kept.",
        "All 299 records read against the file by eye in the -v listing; the four titles with inner"
        " parentheses and the non-breaking-space line checked one by one; numbering checked consecutive.",
    )


if __name__ == "__main__":
    main()
