"""Wild54 truth for anthonykasza/hdc_experiments README.md: one person's study notes on hyperdimensional computing /
vector symbolic architectures (HDC/VSA, a niche machine-learning sub-field), newest commit (aa8df66, 2026-08-04).

Shape: 1990 lines, 148 KB, almost no Markdown headings: setext headings (``References`` / ``----------`` 4-5,
``Summary`` 1580, ``Notable VSAs`` 1608, ``HDC Operations`` 1683, ``Misc`` 1755).  The ``References`` section (6-1577) is
a reading log: 175 top-level ``- `` bullets, most of them a bare paper title with no link, author, venue or year
(``- Language Geometry using Random Indexing`` 6), many followed by deep nested bullets of the reader's notes (quotes,
figure remarks, ``[code](github...)`` links, a pipe table 154-162).  A few top-level bullets carry a link on the title
(``[Understanding Hyperdimensional Computing for Parallel Single-Pass Learning](github...)`` 77) or an author in
parentheses (``(Kanerva)`` 7, ``(Plate)`` 8).  Mixed in at the same level are talks and videos (YouTube, UC Davis,
ESA, IMA links), web sites (VSAONLINE, MIDNIGHTVSA, NISAR page), courses (MIT 9.13, SICP), books (Plate's
``Holographic Reduced Representation: Distributed Representation for Cognitive Structures`` 9, ``Category Theory
Illustrated`` 755, Kanerva's ``Sparse Distributed Memory`` 1525), a note heading ``oscillators and Kuramotosan`` 658
and a Google-Drive deck 1194.  No arXiv id or DOI anywhere in References; the only arXiv link is 1595 (Summary).

Special cases:
- 95: one bullet names two papers, ``A Survey on ... Part I: Models and Data Transformations, A Survey on ... Part
  II: Applications, Cognitive Models, and Challenges``: two entries on the same line.
- Repeats are separate entries: 531/1027 (speaker identification), 1172/1286 (image descriptors); 754 (bare title)
  vs 979 (the same title linked to a YouTube talk: a talk, not an entry).
- Talk links that carry a paper's title (979, 986, 1175 on YouTube, 197) are talks, not entries; 770 links a paper
  title to a university press release and 918 to the code repo: both name the paper, so both are entries.
- Nested list items that are only a paper's title are entries too: 666 (a linked PubMed paper under the Kuramoto
  note; its sibling 667 is a Scientific American article, not an entry), 1243, 1244, 1257 (papers cited inside the
  hypervector-encoding notes), 1917 (``nPrint: ...`` under a Misc note).  The Misc ``datasets mentioned in
  literature`` list (1804-1831) names datasets (some are dataset papers, e.g. FMA): not entries.
- 1595 (Summary): ``[A comparison of Vector Symbolic Architectures](arxiv 2001.11797) provides a comprehensive
  taxonomy ...``: an entry, title = the link text (the top-level 69 bullet is the same paper, lower-case ``vector``).
- Titles keep the file's spelling and case (``Accela=erators`` 607, ``Atacks`` 728, the all-caps 101 and 588, the
  leading double space of 1225 is dropped by tidying); ``(in brief)`` 103 is part of that paper's real title and kept;
  the nickname ``(MCR)`` after 595 and the author parentheses ``(Kanerva)``/``(Plate)`` are dropped.
- Judgement calls: 588 (a PhD thesis) is an entry; ``Why an animal needs a brain`` 1570 (a chapter of Sterling and
  Laughlin's book) is an entry as a book chapter; ``Waking Up From The Boolean Dream`` 1514 (Hofstadter's essay) is an
  entry; 1525 ``Sparse Distributed Memory`` is Kanerva's 1988 book (the note calls it his early theory): not an entry.

Decisions:
- Entry = a top-level bullet of References naming a research work (not in ``NOT_WORKS``), the extra nested title
  bullets ``NESTED`` and the Summary bullet 1595; one line each (the notes below carry no ids of the paper).
- Title = the bullet text (link text if linked), an author/nickname parenthesis at its end dropped.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "anthonykasza__hdc_experiments__README@aa8df66.md"
PART = "wild54_development"

# top-level References bullets that are not research works: book, talks/videos, sites, courses, a note heading
NOT_WORKS = {9, 70, 73, 197, 603, 658, 724, 725, 726, 730, 731, 755, 935, 979, 986, 992, 1022, 1039, 1047, 1050,
             1175, 1194, 1204, 1525}
NESTED = {666, 1243, 1244, 1257, 1917}
LINK = re.compile(r"^\[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)(?P<rest>.*)$")
TAIL = re.compile(r"\s*\((?:Kanerva|Plate|MCR)\)\s*$")


def title_of(text: str) -> str:
    text = text.strip()
    m = LINK.match(text)
    if m:
        text = m.group("text")
    return TAIL.sub("", text)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[3] == "References" and lines[1579] == "Summary", (lines[3], lines[1579])
    papers = []
    top = 0
    for n in range(6, 1580):
        ln = lines[n - 1]
        if ln.startswith("- "):
            top += 1
            if n in NOT_WORKS:
                continue
            text = ln[2:]
            if n == 95:
                a, b = text.split(", A Survey on", 1)
                papers.append(entry(lines, n, n, a))
                papers.append(entry(lines, n, n, "A Survey on" + b))
                continue
            papers.append(entry(lines, n, n, title_of(text)))
        elif n in NESTED:
            papers.append(entry(lines, n, n, title_of(ln.strip()[2:])))
    for n in (1917,):
        papers.append(entry(lines, n, n, lines[n - 1].strip()[2:]))
    assert top == 175, top
    ln = lines[1594]
    papers.append(entry(lines, 1595, 1595, LINK.match(ln[2:]).group("text")))
    t: dict[int, list] = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p)
    assert t[7][0]["title"] == ("Hyperdimensional Computing: An Introduction to Computing in Distributed Representation"
                                " with High-Dimensional Random Vectors"), t[7]
    assert t[8][0]["title"] == "Holographic Reduced Representations", t[8]
    survey = "A Survey on Hyperdimensional Computing aka Vector Symbolic Architectures, Part "
    assert [p["title"] for p in t[95]] == [
        survey + "I: Models and Data Transformations",
        survey + "II: Applications, Cognitive Models, and Challenges"], t[95]
    assert t[103][0]["title"] == "Computing on Functions Using Randomized Vector Representations (in brief)"
    assert t[595][0]["title"] == "Modular Composite Representation", t[595]
    assert t[666][0]["title"] == "Self-organization in natural swarms of Photinus carolinus synchronous fireflies"
    assert t[1225][0]["title"].startswith("Development of Hybrid Systems"), t[1225]
    assert t[1595][0]["arxiv"] == "2001.11797", t[1595]
    assert t[1917][0]["title"] == "nPrint: A Standard Data Representation for Network Traffic Analysis", t[1917]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers if p["line"] != 1595)
    assert len(papers) == 175 - len(NOT_WORKS) + 1 + len(NESTED) + 1, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "References section (6-1577): every top-level '- ' bullet naming a research work is an entry (151 of 175;"
        " the book at 9 and 1525, talks/videos, web sites, courses, a Drive deck and the note heading 658 are not),"
        " line 95 names two survey parts (two entries); plus nested bullets that are only a paper title (666, 1243,"
        " 1244, 1257, 1917) and the Summary bullet 1595 linking arXiv 2001.11797.  Title = the bullet text or its"
        " link text, trailing '(Kanerva)', '(Plate)', '(MCR)' dropped; repeats kept as separate entries.  The Misc"
        " datasets list and prose mentions inside notes are not entries.",
        "Listed all 175 top-level References bullets and judged each (talk/site/course/book vs paper, checking the"
        " notes under the doubtful ones: 9 book quote, 1514 Hofstadter, 1525 Kanerva, 1552, 1570, 1194); scanned all"
        " nested bullets for title-only lines (title-case filter plus every linked nested bullet) and the sections"
        " after 1580; compared the -v output for every entry (split of 95, author/nickname parens, typos 607/728"
        " kept, all-caps 101/588, 1225 leading space).",
    )


if __name__ == "__main__":
    main()
