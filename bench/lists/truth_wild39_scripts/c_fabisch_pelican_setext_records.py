"""Wild39 truth for AlexanderFabisch/AlexanderFabisch.github.io content/pages/publications.md: the
publications page of a robot-learning researcher (DFKI Bremen), the Markdown source of a Pelican site.

Version: the repository's default branch (master, newest commit 40d6e2c, 2026-06-23, "Generate Pelican
site") holds only the generated HTML; the Markdown sources live on the ``source`` branch, whose newest
commit 81c57b1 (2026-07-01, "Fix arxiv link format in publications") is newer than master's, and the file
is taken from it.

Shape: Pelican metadata lines (1-3, ``Title:`` / ``Date:`` / ``Category:``), an intro paragraph with ORCID and
Google Scholar links (5-9), then setext ``Heading`` / ``-----`` sections: Robotic Manipulation (11), Robot
Skill Learning (25), Space (104), Software Development (123), Neural Networks (165), Lifelong Learning
(180), RoboCup SPL (189), Talks (215), Theses (238), Other Publications (253), Review Activities (267),
Acknowledgments (275), Videos (287).  A record is a paragraph of ``<br/>``-ended lines: ``Authors (YEAR).<br/>``,
``**Title**.<br/>`` (the period outside the bold, or inside it: 139, 219-229), a venue line, often a
plain-text ``DOI: 10.xxxx/...<br/>`` line, "Submitted." / "Accepted.", then a line of links ([IEEE],
[Preprint], [Slides], [Code], [Dataset]).  Line 67 lacks its ``<br/>``; 243 and 250 write the thesis type
in escaped brackets ``\\[Doctoral dissertation, ...\\]``.  The Acknowledgments section is a bullet list of
six ``* [Paper title](url)`` links to other people's papers that acknowledge the author.

Decisions:
- Entries: every record paragraph of the seven research sections (journal and conference papers, workshop
  papers, a DFKI research report, JOSS software papers, a submitted paper, accepted papers without links,
  RoboCup team reports / code releases (technical reports) and team description papers) and of Theses
  (a doctoral dissertation and a diploma thesis): 36.  The six Acknowledgments bullets each name one
  published paper (arXiv preprints, a Scientific Reports article, a workshop paper): entries too, titled
  by their link text: 42 in all.
- Not entries: the four Talks (talks, even though written like records), the Fraunhofer interview study
  and the Stack Overflow answer mentioned in prose under Other Publications, Review Activities and Videos.
- Title: the bold line, markup removed, a final '.' dropped; the diploma thesis (249) is written
  "Learning in Compressed Space (German: Lernen im komprimierten Raum)": the parenthesised German title is
  the translation note and is dropped.
- Ids: the first DOI and arXiv id in the record's lines (the ``DOI:`` text usually comes before the links;
  JOSS, Springer chapter and SAGE URLs also hold DOIs; 243's ``DOI: 10.26092/elib/382``); records with only
  an arXiv link get its id; the 10.5281 Zenodo dataset DOI on 23 comes after the paper's DOI; the nature.com
  article URL of 285 is not a DOI; JMLR (93), DFKI, HAL and b-human.de links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "AlexanderFabisch__AlexanderFabisch.github.io__content__pages__publications@81c57b1.md"
PART = "wild39_development"

BOLD = re.compile(r"^\*\*(.+?)\*\*\.?(?:<br/>)?$")
BULLET = re.compile(r"^\* \[([^\]]+)\]\(")
RESEARCH = {"Robotic Manipulation", "Robot Skill Learning", "Space", "Software Development", "Neural Networks",
            "Lifelong Learning", "RoboCup SPL", "Theses"}


def main() -> None:
    lines = read_lines(NAME)
    heads = {i - 1: lines[i - 2] for i, ln in enumerate(lines, 1) if i > 1 and re.fullmatch(r"-{3,}", ln)}
    assert len(heads) == 13, heads
    papers = []
    talks = 0
    i = 1
    while i <= len(lines):
        ln = lines[i - 1]
        above = [h for h in heads if h < i]
        section = heads[max(above)] if above else None
        if not ln.strip() or i in heads or (i - 1) in heads:
            i += 1
            continue
        last = i
        while last < len(lines) and lines[last].strip():
            last += 1
        if section in RESEARCH or section == "Talks":
            m = BOLD.match(lines[i])
            assert m and re.search(r"\((?:19|20)\d\d\)\.<br/>$", ln), i
            if section == "Talks":
                talks += 1
            else:
                title = re.sub(r"\s*\(German: [^)]*\)$", "", m.group(1))
                papers.append(entry(lines, i, last, title))
        elif section == "Acknowledgments":
            for k in range(i, last + 1):
                b = BULLET.match(lines[k - 1])
                if b:
                    papers.append(entry(lines, k, k, b.group(1)))
        i = last + 1
    assert talks == 4, talks
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[14] == 17 and spans[241] == 246 and spans[65] == 69 and spans[280] == 280, spans
    t = {p["line"]: p["title"] for p in papers}
    assert t[138] == "Common Data Fusion Framework: An open-source Common Data Fusion Framework for space robotics", t[138]
    assert t[248] == "Learning in Compressed Space", t[248]
    assert t[241] == "Learning and generalizing behaviors for robots from human demonstration", t[241]
    assert t[285] == "Intrinsic Interactive Reinforcement Learning - Using Error-related Potentials for Real World " \
        "Human-robot Interaction", t[285]
    assert t[14] == "Do Robots Really Need Anthropomorphic Hands?", t[14]
    d = {p["line"]: p["doi"] for p in papers}
    a = {p["line"]: p["arxiv"] for p in papers if p["arxiv"]}
    assert d[19] == "10.1109/humanoids53995.2022.10000165" and a[19] == "2203.02778", (d[19], a)
    assert d[54] == "10.1177/1729881420913741" and d[241] == "10.26092/elib/382" and d[60] == "10.1007/978-3-030-30179-8_14", d
    assert d[87] == "10.1007/s13218-015-0363-2" and d[93] is None and a[14] == "2508.05415", (d, a)
    assert d[285] is None and a[280] == "2202.12180", (d, a)
    assert len([p for p in papers if p["line"] < 275]) == 36
    assert len(papers) == 42, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '<br/>' record paragraph (authors (year), **title**, venue, DOI, links) under the seven research "
        "sections and Theses is one entry spanning its paragraph, and each of the six Acknowledgments bullets "
        "linking one paper is an entry; the four Talks records, prose mentions, review activities and videos are "
        "not; title = the bold line (or the bullet's link text), final '.' and the '(German: ...)' note dropped; "
        "ids = the first DOI / arXiv id in the entry's lines.",
        "All 296 lines read; the 13 setext headings found; every record paragraph classified by section (36 "
        "research/thesis records, 4 talks) and its span, title and ids compared with the -v output, with the "
        "missing <br/> of 67, the period inside the bold (139), the escaped thesis brackets (243, 250), the German "
        "note (249), the plain-text DOIs before the links, the arXiv-only records, the Zenodo dataset DOI after "
        "the paper's (23), and the six acknowledgment bullets.",
    )


if __name__ == "__main__":
    main()
