"""Wild45 truth for ud-pci/pCI docs/publications.md: the list of publications that employ pCI, the University of
Delaware group's parallel configuration-interaction package for high-precision atomic structure (optical clocks
with highly charged ions, negative ions, Fe XVII astrophysical lines, kilonova opacities), kept in the package docs.

Shape (49 lines, no final newline): ``# Publications``, one intro sentence, then ``## 2026`` .. ``## 2015`` year
headings (2023 and older each preceded by a ``---`` rule; no 2016-2019), each with ``- `` bullets
``**Title**, Authors, *[Journal Vol, Page (Year)](url)*.`` on one line.  Titles carry HTML ``<sup>``/``<sub>``
markup for ions and term symbols (12, 13, 17, 30, 32, 36, 39, 44), an arrow (13), and once plain ``Sn2+`` and
``sub-10-19`` without markup (18).  Two records append an APS commentary link after the venue (31 ``*[Physics
Viewpoint: Getting a Clearer View of Iron Emission Lines](...)*``, 43 ``*[Physics Synopsis: ...]*``); one author
list is ``Steffen Kühn et al.`` (43); a venue typo ``Phys. Rev. 103`` (39); a trailing space (18-20, 25) or a
two-space line (40).  Links: APS abstract pages (old ``PhysRevA.111.062809`` and new-style ``10.1103/6641-mdhr``
DOIs), IOP and Springer pages holding the DOI, ScienceDirect ``pii`` pages, a Nature article page and an MDPI page
(no DOI).  Two records are the group's own software papers (14 pCI, 49 CI-MBPT): both are journal articles.

Decisions:
- Entries (25): every bullet; each is one journal article.  The APS Physics Viewpoint/Synopsis links in 31 and 43 are
  news commentary on the record's paper, not entries of their own.
- Title: the bold text, HTML tags removed (``Ca<sup>14+</sup>`` -> ``Ca14+``), as the markup-free text reads.
- Ids: from the bullet's line (DOIs from APS/IOP/Springer URLs; none from pii, Nature or MDPI; no arXiv).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "ud-pci__pCI__docs__publications@4d685d8.md"
PART = "wild45_development"

BULLET = re.compile(r"^- \*\*(.+?)\*\*, ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    years: dict[str, int] = {}
    year = ""
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            if ln.startswith("## "):
                year = ln[3:].strip()
            else:
                assert not ln.strip() or ln == "---" or n <= 3, (n, ln)
            continue
        years[year] = years.get(year, 0) + 1
        papers.append(entry(lines, n, n, re.sub(r"<[^>]+>", "", m.group(1))))
    assert years == {"2026": 1, "2025": 6, "2024": 4, "2023": 3, "2022": 3, "2021": 4, "2020": 3, "2015": 1}, years
    assert len(papers) == 25, len(papers)
    assert [p["line"] for p in papers if not p["doi"]] == [6, 11, 14, 18, 37, 49]
    assert not any(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- **Title**, Authors, *[Venue (Year)](url)*.' bullet under the year headings is one journal article"
        " using pCI (25); title = the bold text with <sup>/<sub> tags removed; the APS Physics Viewpoint/Synopsis"
        " links appended to 31 and 43 are commentary, not entries; ids from the bullet's line.",
        "Whole file read (49 lines): every non-bullet line asserted to be a heading, a '---' rule, blank or the intro;"
        " bullets per year asserted (1, 6, 4, 3, 3, 4, 3, 1); all 25 -v titles compared with the file, in particular"
        " the <sup>/<sub> titles (12, 13, 17, 30, 32, 36, 39, 44), the plain 'Sn2+'/'sub-10-19' (18) and the arrow (13);"
        " the commentary links of 31/43 left out; DOIs checked for the new-style APS ids (9, 12, 13), IOP (19, 36) and"
        " Springer (25), none for the pii (6, 11, 14, 49), Nature (18) and MDPI (37) pages (asserted); no arXiv.",
    )


if __name__ == "__main__":
    main()
