"""Wild46 truth for adioshun/gitBook_SensorFusion to-read.md (newest commit 33f9a70, 2019-07-26): the to-read page
of a Korean autonomous-driving engineer's personal GitBook of notes on sensor fusion; items already read are struck
through (``~~...~~``) and many carry his Korean remarks (2017, 석사학위 = master's thesis, 추천 = recommended, page
counts, what he took from it).

Shape (139 lines, LF, final newline, 8 KB; nine blank lines at the end): ``# Sensor Fusion`` (1), an empty
``## 1. List`` (3), then ``## 2. Paper`` (5-69), ``## 3. Article (Post, blog, etc.)`` (70), ``## 3. Tutorial
(Series, )`` (102, empty), ``## 4. Youtube`` (106), ``## 6. Material (Pdf, ppt)`` (112), ``## 7. Implementation
(Project)`` (118), ``## 8. Research Group / Conference`` (130).  The Paper section mixes bullet markers (``-`` and
``*``) and record forms, separated by one to five blank lines or none:
- ``[Title](url)`` optionally followed by ``: 2017, 69p`` / ``: 2016.04`` remarks (8, 10, 12, 13, 15, 18, 22, 62,
  66, 68), and the same struck through ``~~[Title](url)~~: remark`` (37, 39, 43, 60, 64);
- plain text ``Title [\\[Author, Venue 'yy\\]](url)`` with a label link after the title (19, 21);
- written-out citations: ``Shruti Gangadhar, SENSOR FUSION ... VEHICLE, 2017, [석사학위](pdf)`` (25, a master's
  thesis), IEEE-style ``C. Lundquist, “Sensor fusion for automotive applications,” Ph.D. dissertation, ...`` (31) and
  ``N.-E. E. Faouzi, ..., “Data fusion ...: A survey,” Information Fusion, ...`` (33);
- bare titles with a remark: ``Title : A study ... can be found in Sanchez-Riera et al. [2016].`` (28), ``Title:
  2016`` / ``Title: 2016, keywords`` (45, 47), ``~~Title~~: Korean remark`` (53), ``Title, Author`` (55, 57).
Special cases: 16 ``* Unstructured Environments: 농장`` and 17 ``* lidar + camera sensing using a conditional random
field`` are his notes on 15 written as sibling bullets; 43 repeats 12 (struck through) and 55 repeats 18 in other
casing; 116 under "Material (Pdf, ppt)" is Lundquist's 331-page PhD thesis again (the PDF of 31); 114 in the same
section is a slide deck (``: ppt``).  The other sections hold Medium/blog posts, a tutorial site, YouTube videos,
GitHub repositories and a company page: none is a paper.

Decisions:
- Entry = each bullet of the Paper section whose subject is a paper or thesis (26: 8-68 without the notes 16/17),
  plus the thesis PDF 116 under Material = 27.  15's entry spans its note bullets 16-17.  Repeats (12/43, 18/55,
  31/116) are separate entries; struck-through (already read) items are entries like the others.  Blog posts,
  videos, repositories, the slide deck 114 and the company page 132 are not entries.
- Title = the link text for linked records (strikethrough removed, 62's ``Applications:A`` kept as written); for
  the other forms the part the file writes as the title: before the label link (19, 21), the all-caps title between
  author and year (25), the text inside the curly quotes without its comma (31, 33), before `` : `` (28), before
  ``: 2016`` (45, 47), inside ``~~...~~`` (53), before the final ``, Author`` (55, 57).
- Ids from the entry's lines: arXiv ids (13, 15), the Springer chapter DOI (12, 43); IEEE Xplore, PMC, HAL, Google
  Scholar and PDF links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "adioshun__gitBook_SensorFusion__to-read@33f9a70.md"
PART = "wild46_development"

PAPER_SECTION = (5, 69)
BULLET = re.compile(r"^[-*] (?P<body>.+)$")
LINKED = re.compile(r"^(?:~~)?\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)(?:~~)?(?:\s*:.*)?$")
NOTES_OF = {15: 17}  # 16 and 17 are notes on 15 written as sibling bullets
UNLINKED = {
    19: re.compile(r"^(?P<title>.+?) \[\\\["),
    21: re.compile(r"^(?P<title>.+?) \[\\\["),
    25: re.compile(r"^[^,]+, (?P<title>[^,]+), \d{4}, \[석사학위\]"),
    28: re.compile(r"^(?P<title>.+?) : "),
    31: re.compile(r"“(?P<title>[^”]+?),?”"),
    33: re.compile(r"“(?P<title>[^”]+?),?”"),
    45: re.compile(r"^(?P<title>.+): 2016$"),
    47: re.compile(r"^(?P<title>.+?): 2016, "),
    53: re.compile(r"^~~(?P<title>[^~]+)~~: "),
    55: re.compile(r"^(?P<title>.+), [A-Z][a-z]+$"),
    57: re.compile(r"^(?P<title>.+), [A-Z][a-z]+$"),
}
MATERIAL_THESIS = 116


def title_of(n: int, body: str) -> str:
    if n in UNLINKED:
        m = UNLINKED[n].search(body)
    else:
        m = LINKED.match(body)
    assert m, (n, body)
    return m.group("title")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skip = set()
    for n in range(PAPER_SECTION[0], PAPER_SECTION[1] + 1):
        text = lines[n - 1]
        m = BULLET.match(text)
        if not m or n in skip:
            assert not text.strip() or text.startswith("#") or n in skip, (n, text)
            continue
        last = NOTES_OF.get(n, n)
        skip.update(range(n + 1, last + 1))
        papers.append(entry(lines, n, last, title_of(n, m.group("body"))))
    m = BULLET.match(lines[MATERIAL_THESIS - 1])
    assert m and "Lundquist2011.pdf" in m.group("body"), lines[MATERIAL_THESIS - 1]
    papers.append(entry(lines, MATERIAL_THESIS, MATERIAL_THESIS, title_of(MATERIAL_THESIS, m.group("body"))))
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '-'/'*' bullet of the '## 2. Paper' section is an entry (26; 15 spans its note bullets 16-17), plus"
        " Lundquist's thesis PDF 116 under 'Material' (27); title = link text (strikethrough removed) or, for"
        " unlinked records, the title part of the citation (before the label link, inside the curly quotes, the"
        " all-caps thesis title, before ': 2016' / ' : ' / ', Author', inside ~~ ~~); blog posts, videos, repos,"
        " the slide deck 114 and the company page are not entries; repeats 12/43, 18/55, 31/116 kept.",
        "Whole file read (139 lines) against the -v output: every bullet of the Paper section 8-68 (linked, struck"
        " through 37/39/43/53/60/64, label-link 19/21, citation 25/31/33, bare 28/45/47/55/57), the notes 16-17 kept"
        " inside 15's span and not taken, titles checked in each form (31's comma inside the quotes dropped, 33's"
        " ': A survey' kept, 62's 'Applications:A' kept), the Article/Tutorial/Youtube/Implementation/Research Group"
        " sections (72-132) all blog posts, videos, repos or company pages and not taken, 114 (ppt) not taken, 116"
        " (Lundquist thesis PDF) taken, arXiv 13/15, Springer DOI 12/43, no ids elsewhere.",
    )


if __name__ == "__main__":
    main()
