"""Wild44 truth for mileistone/study_resources modeling/supervised_learning/3d/temporal_action_detection/README.md:
one page of a personal study-notes repository, the author's paper list on temporal action detection /
localization in untrimmed video; newest commit of the repository (542f9b2, 2024-03-13; the file last changed in
4c33915, 2021-06-24).

Shape: 118 lines, CRLF line ends, no title.  Headings only: ``### Single-Stage`` (1) > ``#### Detection-based`` (3)
with year headings ``##### 2021`` ... ``##### 2017`` (5-56) and ``#### Segmentation-based`` (60, no years);
``### Multi-Stage`` (65) > ``#### Proposal Generation`` (66) with years 2021-2018, then ``##### Detection`` (95,
written at the year level) followed by more year headings (96-115).  Every record is a top-level bullet
``- [TAG] [Title](url)`` where TAG is a venue+year (``CVPR2020``, ``TIP2020``, ``MM2020``, ``BMVC2017``), an arXiv
number (``2101.08540``) or ``THUMOS14 submission`` (62, 63: challenge technical reports); many bullets carry the
author's notes as nested sub-bullets two to six spaces deep (``- two-stream``, ``- early fusion``, ``- concatenate``).
114 is a whitespace-only line (three spaces) after a record's notes.  Links: arXiv abs (44 with ``v2``), CVF open
access PDFs, AAAI OJS with a double slash (48, 104), ECVA (93), a Stanford PDF (57), a UCF PDF with ``&`` in the path
(62), HAL ``/document`` (63).

Decisions:
- Entry = each top-level ``- [`` bullet (31), from its line through its last nested note line; title = the link
  text; the bracketed TAG is a list tag, not part of the title.
- The two THUMOS14 submissions (62, 63) are technical reports, so entries.
- Ids: arXiv abs ids (version dropped); no DOIs are written (CVF, OJS, ECVA, HAL, university PDFs).
- Not entries: headings and the nested note bullets (they belong to their record).
"""
import re

from _wild44 import entry, read_lines, write_truth

NAME = "mileistone__study_resources__modeling__supervised_learning__3d__temporal_action_detection__README@542f9b2.md"
PART = "wild44_development"

RECORD = re.compile(r"^- \[(?P<tag>[^\]]+)\] \[(?P<t>[^\]]+)\]\((?P<u>[^)\s]+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    tags = []
    n = 0
    while n < len(lines):
        ln = lines[n]
        n += 1
        if not ln.startswith("- "):
            assert not ln.strip() or ln.startswith("#"), (n, ln)
            continue
        m = RECORD.match(ln)
        assert m, (n, ln)
        last = n
        while last < len(lines) and lines[last].strip() and lines[last].startswith("  "):
            assert lines[last].lstrip().startswith("- "), (last + 1, lines[last])
            last += 1
        papers.append(entry(lines, n, last, m.group("t")))
        tags.append(m.group("tag"))
        n = last
    assert tags.count("THUMOS14 submission") == 2
    t = {p["line"]: p for p in papers}
    assert (t[6]["line"], t[6]["end"]) == (6, 12), t[6]
    assert (t[110]["line"], t[110]["end"]) == (110, 113), t[110]
    assert t[44]["arxiv"] == "2006.07526", t[44]
    assert t[116]["title"] == "R-C3D: Region Convolutional 3D Network for Temporal Activity Detection"
    assert not any(p["doi"] for p in papers)
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each top-level '- [TAG] [Title](url)' bullet is an entry (31), spanning its nested note sub-bullets; title ="
        " the link text without the bracketed venue/arXiv-number/THUMOS tag; the two THUMOS14 challenge submissions"
        " are technical reports and count; headings and note bullets are not entries.",
        "Read the whole 118-line CRLF file; compared all 31 -v lines with the bullets: first/last record under every"
        " heading (6, 14/44, 47/49, 52, 57/58, 61/63, 68/72, 75/81, 84/89, 92/93, 97, 104, 110, 116), the note spans"
        " 6-12, 16-24, 25-34, 37-43, 68-71, 85-88, 97-101, 104-107, 110-113 (the whitespace-only 114 ends it), the"
        " 'Detection' heading at year level (95), tags of every kind (venue, arXiv number, THUMOS14 submission);"
        " ids: arXiv abs (44 'v2' dropped), none from CVF/OJS/ECVA/HAL/Stanford/UCF PDFs.",
    )


if __name__ == "__main__":
    main()
