"""Wild44 truth for NASA-SW-VnV/fret PUBLICATIONS.md: the bibliography of FRET, NASA's formal requirements
elicitation tool (requirements formalization, realizability checking, runtime monitoring, PLC verification,
robotics and aerospace case studies), as its repository keeps it.

Shape (297 lines): a setext title, two intro paragraphs, then two lists of the same works: "# Categorized
Publication List" (8-160: ``###`` topic headings -- Tutorial paper, Tool paper, Case studies, Language ..., ...,
External publications) and "# Chronological Publication List" (163-297, newest first).  Every record is a ``* ``
bullet in author-first style: ``* Authors. [Title](url), Venue Year.`` on one line, or wrapped after the author
list and after the link (``* Authors.`` / ``[Title](url),`` / ``NFM 2024.``, e.g. 22-24, 79-81, 121-123); records
are separated by blank lines (none after the headings 74 and 108, two before 175).  Venues: conference acronyms with a
year, NASA technical memoranda (``NASA/TM–20220017032 2023``), CERN and Galois technical reports, "Martin Franzle's
Festschrift 2025", a journal (IST) with the year in parentheses after the authors (58, 279).  Two records have no
link at all (97 and 168: ``* Authors. From Natural Language Requirements to Runtime Monitors for Resource-Constrained
Systems: Integrating FRET and R2U2, NFM 2026.``).  Links: Springer chapters (``10.1007/...`` DOIs), ACM DL (56, 273),
AIAA (``arc.aiaa.org/doi/abs/10.2514/...``), Frontiers (``10.3389/...``), IEEE Xplore documents, arXiv pdf (101,
109, 170, 264), NTRS, CEUR, university repositories, Google Scholar (50, 295), a GitHub pdf (148, 250), and one
malformed ``(/https://ceur-ws.org/...)`` (93).

Decisions:
- Entries (99): every bullet record; each names one work (papers, a tutorial paper, tool and poster papers, NASA
  technical memoranda and other technical reports).  The chronological list repeats the categorized one: the
  repeated records are separate entries.
- Span: the record's lines, from the ``* `` line to the last line before the blank line (or the next bullet).
- Title: the link text of the record's first link; for the two unlinked records 97 and 168, the text after the
  author list (``... Kristin Yvonne Rozier. ``) up to ``, NFM 2026``.
- Ids: from the record's lines (Springer/ACM/AIAA/Frontiers DOIs, arXiv pdf links); ScienceDirect ``pii`` (58, 279)
  and IEEE document numbers are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "NASA-SW-VnV__fret__PUBLICATIONS@cf0f913.md"
PART = "wild44_development"

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
UNLINKED = re.compile(r"Rozier\. (From Natural Language .+?), NFM 2026\.$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 0
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if not ln.startswith("*"):
            assert not ln.strip() or ln.startswith("#") or n <= 9 or set(ln) == {"-"}, (n, ln)
            continue
        assert ln.startswith(("* ", "*  ")), (n, ln)
        last = n
        while last < len(lines) and lines[last].strip() and not lines[last].startswith(("*", "#")):
            last += 1
        text = " ".join(lines[n - 1:last])
        m = LINK.search(text)
        if m:
            title = m.group(1)
            assert ". [" in text or "). [" in text or ".\n[" in "\n".join(lines[n - 1:last]), (n, text)
        else:
            title = UNLINKED.search(text).group(1)
            assert n in (97, 168), n
        papers.append(entry(lines, n, last, title))
        n = last
    assert len(papers) == 99, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* Authors. [Title](url), Venue Year.' bullet record (one to three lines) is one work (99: papers,"
        " tool/poster/tutorial papers, NASA technical memoranda and other technical reports), the records the"
        " chronological list repeats from the categorized one counted again; title = the first link's text, for the"
        " unlinked records 97 and 168 the text between the author list and ', NFM 2026'; ids from the record.",
        "Script asserts every non-blank line outside the records is a heading, a rule or the intro (1-9) and that the"
        " link follows the author list; all 99 -v lines compared by eye with the file: first and last record of each"
        " section (12, 16, 20, 50, 54, 60, 64, 72, 75, 79, 93, 97, 106, 109, 115, 121, 160, 166, 297), the wrapped"
        " records (22-24, 83-85, 111-113, 133-135, 191-193), the unlinked 97/168, the malformed link 93, the"
        " double-spaced bullet 141; DOIs checked for the Springer, ACM, AIAA and Frontiers links, none taken from the"
        " ScienceDirect pii (58, 279).",
    )


if __name__ == "__main__":
    main()
