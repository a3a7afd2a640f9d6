"""Wild45 truth for glmess/uol Research-questions.md: a PhD student's research questions and initial
reference list on microservices (extraction from monoliths, composition, taxonomies, patterns, service
discovery), i.e. a software-engineering literature list.

Shape: ``## Research questions`` with four bold RQ bullets (5-11), ``## References`` (14) with two intro
paragraphs (16, 18), then 41 numbered references ``N. citation`` (20-103), one line each, separated by one or two
blank lines.  The citations mix three styles as pasted from different tools:
- IEEE (1, 35, 39, 40, 41): ``A. Author, B. Author and C. Author, "Title," Venue, place, year, pp., doi: ...``;
- APA (2-8, 12-28, 30, 33, 36, 38): ``Author, A., & Author, B. (Year). Title. Journal, vol(issue), pages. doi`` with
  the ``&`` HTML-escaped as ``&amp;`` in 25-28, 30, 36 and DOIs as ``https://doi.org/...`` or ``doi:...``;
- Springer (9-11, 29, 31, 32, 34, 37): ``Author A., Author B. (Year) Title. In: Editors (eds) Book. Series ...
  https://doi.org/...`` (11's title ends ``Services?.``).
Special cases: four books (12-15, ``(1st ed.). O'Reilly Media.`` / ``Manning Publications.``, no DOI); chapters
in edited volumes (10, 11) and a chapter with a DOI (28, ``Microservices From Day One, 3-18``); a title with
``vs.`` inside (36); a title with a parenthesis (38 ``PREvant (Preview Servant): ...``); an arXiv preprint given
as ``ArXiv, abs/1909.03249`` (33); an engrXiv preprint DOI (27); 40 and 41 are the same reference twice.

Decisions:
- Entries: each numbered reference except the four books (37): journal and conference papers, chapters
  (10, 11, 28: each a chapter record with its own DOI), preprints (27, 33); the repeated 40/41 are two entries.
  The RQ bullets and intro paragraphs are not entries.
- Title: IEEE: the text between the quotes, the citation comma dropped; APA: the text after ``(Year). `` up to
  the next ``. `` (not the one in ``vs. ``); Springer: the text after ``(Year) `` up to ``. In:``, its final ``.``
  separator dropped (``?`` kept).
- Ids: the helpers' DOI of the line (``doi:``, ``doi: `` or doi.org); for 33 the arXiv id ``1909.03249`` written
  as ``ArXiv, abs/1909.03249``, which the helper does not read, is set by hand.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "glmess__uol__Research-questions@ac30473.md"
PART = "wild45_development"

REF = re.compile(r"^(?P<num>\d+)\. (?P<body>.+)$")
IEEE = re.compile(r'"(?P<t>[^"]+?),?"')
SPRINGER = re.compile(r"^[^()]+ \((?P<y>\d{4})\) (?P<t>.+?)\.? In: ")
APA = re.compile(r"\((?P<y>\d{4})\)\. (?P<t>.+?)(?<! vs)\. ")
BOOKS = {12, 13, 14, 15}


def title_of(num: int, body: str) -> tuple[str, str]:
    if '"' in body:
        return "ieee", IEEE.search(body).group("t")
    m = SPRINGER.match(body)
    if m:
        return "springer", m.group("t")
    m = APA.search(body)
    assert m, (num, body)
    return "apa", m.group("t")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    styles: dict[str, list[int]] = {}
    nums = []
    for n, ln in enumerate(lines, 1):
        m = REF.match(ln)
        if not m:
            continue
        num = int(m.group("num"))
        nums.append(num)
        if num in BOOKS:
            assert "(1st ed.)" in ln, (n, ln)
            continue
        style, title = title_of(num, m.group("body"))
        styles.setdefault(style, []).append(num)
        p = entry(lines, n, n, title)
        if num == 33:
            assert p["arxiv"] is None and "ArXiv, abs/1909.03249." in ln
            p["arxiv"] = "1909.03249"
        papers.append(p)
    assert nums == list(range(1, 42)), nums
    assert styles["ieee"] == [1, 35, 39, 40, 41], styles
    assert styles["springer"] == [9, 10, 11, 29, 31, 32, 34, 37], styles
    assert len(papers) == 37, len(papers)
    assert sum(1 for p in papers if p["doi"]) == 35, [p["line"] for p in papers if not p["doi"]]
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered reference (IEEE, APA or Springer style) except the four O'Reilly/Manning books is an entry"
        " on its line (37, the duplicated 40/41 kept, chapters 10/11/28 included); title = the quoted text (IEEE),"
        " the text after '(Year). ' up to the next '. ' (APA) or after '(Year) ' up to '. In:' (Springer),"
        " separators dropped.",
        "Whole file read (103 lines): all 41 numbered references compared with the -v output one by one; styles"
        " asserted (IEEE 1/35/39/40/41, Springer 9/10/11/29/31/32/34/37, the rest APA); the four books 12-15 left"
        " out; titles checked for the IEEE quote/comma, 11's 'Services?.' kept as '?', 36's 'vs.' inside the"
        " title, 38's parenthesis, the &amp; entities before the year (25-36); DOIs: 35 (doi.org, 'doi:' and"
        " 'doi: ' forms), none for 33 (arXiv 1909.03249 set by hand) and 38; the duplicate 40/41 kept; count 37"
        " and numbering 1-41 asserted.",
    )


if __name__ == "__main__":
    main()
