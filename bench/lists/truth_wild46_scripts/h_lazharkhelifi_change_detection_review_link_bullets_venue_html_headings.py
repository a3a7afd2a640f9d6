"""Wild46 truth for lazharkhelifi/deeplearning_changedetection_remotesensing_review README.md: the companion page
of a survey ("Deep Learning for Change Detection in Remote Sensing Images: Comprehensive Review and
Meta-Analysis", Khelifi & Mignotte, IEEE Access 2020) listing the reviewed papers by learning paradigm; newest
commit ff535ed (2020-07-05).

Shape: ``## <survey title>`` (1), a sentence and the survey's arXiv link in brackets (3-4), a fenced plain-text
citation of the survey itself (5-11: authors, title, journal, placeholder DOI ``xxxx/ACCESS.2020.xxxx``), two
figure images (14-15), then three HTML headings ``<h2 id="1">1. FULLY SUPERVISED LEARNING BASED-METHODS</h2>``
(18), ``2. FULLY UNSUPERVISED ...`` (47), ``3. DEEP TRANSFER LEARNING ...`` (70, its id repeats "2"), each
followed by star bullets ``* [Title](url), Venue`` separated by blank lines (sometimes none: 37-38, or two).
Irregular records: an escaped code link on its own next line ``\\[[code](url)\\]`` (24-25, 30-31; 31 ends
``)]`` without the backslash), or on the same line (84, ``\\[[code](...)]``); a venue wrapped onto the next
line (59-60 ``... Applied Earth Observations and`` / ``Remote Sensing``); a trailing space inside the link text
(33); a misspelt venue ``EEE Transactions on Geo-science`` (62); lower-case titles as the survey's reference list
gives them (``Sar image change detection ...``).  Hosts: MDPI, IEEE Xplore (document ids), ScienceDirect pii,
Springer (DOI in the URL, 76), arXiv (38).

Decisions:
- An entry is every bullet (26: 11 supervised, 9 unsupervised, 6 transfer learning), each one
  reviewed paper.  Span: the bullet line plus a continuation line that belongs to it (the code-link lines 25 and
  31, the venue tail 60).  Title = the link text (trailing space dropped); no venue or code link.
- Ids from the entry's lines: arXiv 38, Springer DOI 76; none for MDPI, IEEE, ScienceDirect (pii is no DOI).
- Not entries: the survey's own citation (line 4 link and the fenced block 5-11: the list's boilerplate
  citation of itself, not a record of the list), the figures, the HTML headings.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "lazharkhelifi__deeplearning_changedetection_remotesensing_review__README@ff535ed.md"
PART = "wild46_development"

BULLET = re.compile(r"^\* \[(?P<t>[^\]]+)\]\((?P<url>https?://[^)\s]+)\), (?P<venue>.+)$")
CONTINUATION = {25: 24, 31: 30, 60: 59}
HEADINGS = {18: "1", 47: "2", 70: "3"}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 88 and lines[86] == "" and lines[87] == "", len(lines)
    assert lines[4] == "```" and lines[10] == "```" and lines[3] == "[https://arxiv.org/abs/2006.05612]"
    papers = []
    section = None
    per_section: dict[str, int] = {}
    for n, ln in enumerate(lines, 1):
        if n in HEADINGS:
            assert ln.startswith('<h2 id="') and f">{HEADINGS[n]}. " in ln, (n, ln)
            section = HEADINGS[n]
            continue
        if n < 18 or not ln.strip():
            continue
        if n in CONTINUATION:
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        last = max((c for c, b in CONTINUATION.items() if b == n), default=n)
        papers.append(entry(lines, n, last, m.group("t")))
        per_section[section] = per_section.get(section, 0) + 1
    assert lines[24].startswith("\\[[code](") and lines[30].startswith("\\[[code](") and lines[59] == "Remote Sensing"
    by = {p["line"]: p for p in papers}
    assert by[24]["end"] == 25 and by[30]["end"] == 31 and by[59]["end"] == 60
    assert by[33]["title"].endswith("Using CNN-Based Classification")
    assert by[38]["arxiv"] == "1807.09562" and by[76]["doi"] == "10.1007/s11220-019-0252-0"
    assert sum(1 for p in papers if p["arxiv"] or p["doi"]) == 2
    assert per_section == {"1": 11, "2": 9, "3": 6}, per_section
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* [Title](url), Venue' bullet under the three HTML paradigm headings is an entry (26), spanning its"
        " code-link or venue continuation line, title = the link text; ids from the entry's lines (one arXiv, one"
        " Springer DOI); the survey's own link and fenced citation, figures and headings are not entries.",
        "Whole 87-line file read; every non-blank line after the figures classified as heading, bullet (matched"
        " by the bullet pattern) or one of the three continuation lines (25, 31, 60); -v output compared with"
        " every bullet: spans 24-25, 30-31, 59-60, titles of 33 (trailing space), 37-38 (no blank line between),"
        " 62, 84 (code link on the line), ids of 38 (arXiv) and 76 (Springer DOI), no id for MDPI/IEEE/"
        "ScienceDirect rows.",
    )


if __name__ == "__main__":
    main()
