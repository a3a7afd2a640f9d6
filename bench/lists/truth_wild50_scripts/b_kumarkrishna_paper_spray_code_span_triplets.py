"""Wild50 truth for kumarkrishna/paper-spray README.md: "Paper-Spray", the reading-habit list two IIT students (Kumar
Krishna Agrawal and Biswajit Paria; "currently being maintained only by Kumar") kept of papers they read or meant to
read, newest commit touching it (d8a130c, 2017-09-04).  The README is generated from ``paper-list.json`` by a script
(``create_readme.py``), which makes every entry the same three-line shape.

Shape: 598 lines, 42 KB.  Intro (1-13), an "Entry format" blockquote (15-18) that shows the shape with a placeholder
``<a href="link">Paper Title</a>`` (not an entry), abbreviations (20-26), "How it works?" (28-42), an HTML comment with
shell snippets (44-55), then ``## Papers`` (58) and 180 entries on lines 59-598, three lines each:

    * <a href="URL">Title</a>␠␠
    ```DD/MM/YYYY, keyword, keyword```␠␠
    ```Author, Author, Venue Year``` <a href="URL">\\[Review\\]</a>␠␠      (the review link on a few entries only)

Special cases:
- Titles are plain HTML anchor text; ``Plug & Play Generative Networks ...`` (89) carries a bare ``&``.
- Repeats are kept as separate entries: DDPG is listed twice (71 ``Continuous control with deep reinforcement
  learning``, 86 ``Continous Control with Deep Reinforcement Learning`` with its typo), and others recur.
- 260 ``Visual Genome`` (linked to the paper PDF, venue cell ``Ranjay Krishna et. al., Dataset``): the Visual Genome
  paper, an entry.  62 links a Google Books page for a Connection Science article; 596 a JSTOR page for Kullback and
  Leibler's 1951 paper (date cell ``01/03/1951, classics, ...``).
- ``\\[Review\\]`` links (blog posts, offconvex, the maintainer's own page) are not entries and carry no ids.

Decisions:
- Entry = each ``* <a href=...>Title</a>`` bullet with its two code-span lines (lines n..n+2), 180 in all.
- title = the anchor text as written.
- Ids: arXiv from abs/pdf links (``v1`` versions dropped by the helper); no DOI is written anywhere in the list.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "kumarkrishna__paper-spray__README@d8a130c.md"
PART = "wild50_development"

HEAD = re.compile(r'^\* <a href="(?P<url>[^"]+)">(?P<title>[^<]+)</a>\s*$')
DATE = re.compile(r"^```\d{2}/\d{2}/\d{4}, [^`]*```\s*$")
WHO = re.compile(r"^```[^`]*```(?: <a href=\"[^\"]+\">\\\[Review\\\]</a>)?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[57] == "## Papers", lines[57]
    papers = []
    n = 59
    while n <= len(lines) and lines[n - 1]:
        m = HEAD.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        assert DATE.match(lines[n]), (n + 1, lines[n])
        assert WHO.match(lines[n + 1]), (n + 2, lines[n + 1])
        papers.append(entry(lines, n, n + 2, m.group("title")))
        n += 3
    assert n == 599 and all(not ln for ln in lines[598:]), (n, lines[598:])
    t = {p["line"]: p for p in papers}
    assert (t[59]["title"], t[59]["arxiv"]) == (
        "Scalable trust-region method for deep reinforcement learning using Kronecker-factored approximation",
        "1708.05144"), t[59]
    assert (t[71]["arxiv"], t[86]["arxiv"]) == ("1509.02971", "1509.02971")
    assert t[86]["title"] == "Continous Control with Deep Reinforcement Learning", t[86]
    assert t[89]["title"] == "Plug & Play Generative Networks: Conditional Iterative Generation of Images in Latent Space"
    assert (t[83]["arxiv"], t[260]["title"], t[260]["arxiv"]) == ("1611.07004", "Visual Genome", None)
    assert (t[596]["title"], t[596]["doi"], t[596]["end"]) == ("On Information and Sufficiency", None, 598), t[596]
    assert not any(p["doi"] for p in papers)
    assert len(papers) == 180, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* <a href=URL>Title</a>' bullet under '## Papers' with its two code-span lines (date/keywords,"
        " authors/venue, optional [Review] link) is one entry, lines n..n+2 (180, lines 59-598); title = the anchor"
        " text as written; repeats (e.g. DDPG at 71 and 86) are separate entries; the 'Entry format' placeholder"
        " (15-18) and the review links are not entries.",
        "Checked the regular three-line shape of all 180 blocks by assertion (anchor line, date code span, author code"
        " span with optional review link) and read the -v list against the file for lines 59-140, 250-300 and"
        " 560-598: titles as written (typo 'Continous' 86, '&' 89, 'Visual Genome' 260), arXiv ids from abs/pdf"
        " links incl. '1611.07004v1' (83) and http arxiv.org/pdf links, none from JMLR/NIPS/JSTOR/Google Books/"
        "visualgenome links, no DOI in the file.",
    )


if __name__ == "__main__":
    main()
