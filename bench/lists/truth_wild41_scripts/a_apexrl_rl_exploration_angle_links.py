"""Wild41 truth for apexrl/RL-Exploration-Paper-Lists README.md: a lab's paper list on exploration in
multi-armed bandits, reinforcement learning and multi-agent RL; newest commit (40ba829, 2019-11-09).

Shape: an intro (1-17), an ``## Overview`` table of contents of links to the file's own anchors (19-39:
not entries), then ``##``/``###``/``####``/``#####`` sections (MAB Exploration 41-80, RL Exploration
82-174, MARL Exploration 176-180, Coordinated Exploration 182-192).  Every record is one ``* `` bullet on
one line, blank-line separated, of the form ``* **[NICK]** <[Title](url)> by Authors, year.``: the title is
a Markdown link wrapped in literal angle brackets (``<`` ``>``, which render as text), an optional bold
bracketed nickname first (``**[POKER]**``, ``**[MBIE, MBIE-EB]**``, ``**[Interesting]**``), authors after
``by`` (116 has no space: ``)>by``), the year last, the final '.' sometimes missing (60, 116, 167, 169).

Decisions:
- Every ``<[...](...)>`` bullet is one entry on its own line, title = the link text; the bold bracketed
  nickname and the ``by ...`` tail are not part of it.  Titles are kept as written, including the
  PDF-extraction hyphen ``up- per`` (68) and the leading ``#`` of ``# Exploration: A study of count-based
  Exploration ...`` (122, the paper's real title is "#Exploration"), and the list's habit of capitalising
  "Exploration" inside titles.
- The literal ``<`` ``>`` around each link are not an HTML tag (``<[`` cannot open one; GitHub shows them as
  text around the linked title), so the title is checked against the raw line: a tag-stripper that removes
  ``<...>`` greedily would delete the title with the brackets.
- Line 45 (the only MAB Review Papers record) is not an entry: "Bandit problems: sequential allocation of
  experiments (monographs on statistics and applied probability)" by Berry and Fristedt, 1985 is a book
  (Chapman & Hall monograph; the Springer link is to the book's PDF).  Every other record is a paper
  (journal, conference, workshop, JMLR proceedings).
- Ids: arXiv ids from arxiv.org links (the RND link 145 carries a newsletter query, still 1810.12894;
  line 186 links 1905.12127, the same arXiv id as line 184 -- a copy-paste slip in the list, kept since
  the entry gives it); DOIs from link.springer.com content URLs (60, 62, 103, 169) and the frontiersin.org
  article URL (90); CiteSeerX ``doi=10.1.1...`` query ids (56, 97, 132) are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "apexrl__RL-Exploration-Paper-Lists__README@40ba829.md"
PART = "wild41_development"

REC = re.compile(r"^\* (?:\*\*\[[^\]]+\]\*\* )?<\[(.+?)\]\((\S+?)\)> ?by ")
BOOKS = {45}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if "<[" not in ln:
            continue
        m = REC.match(ln)
        assert m, (i, ln)
        if i in BOOKS:
            continue
        papers.append(entry(lines, i, i, m.group(1)))
    assert sum(1 for ln in lines if ln.startswith("* ") and "<[" not in ln) == 3  # Overview 20, 28, 38
    assert len(papers) == 48, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* [**[NICK]**] <[Title](url)> by Authors, year' bullet is one entry on its line, title = the"
        " link text inside the literal angle brackets (nickname and 'by' tail dropped); the 1985 Berry & Fristedt"
        " monograph (45) is a book and left out; the Overview table of contents is not an entry.",
        "Whole 194-line file read; every bullet compared with the -v output (48 entries + the book 45), first and"
        " last record of each section (49/56, 60/64, 68/70, 74/76, 80, 88/90, 97/105, 110, 114/116, 120/122,"
        " 130/132, 136, 141/149, 153/163, 167/169, 174, 178/180, 184/192), nickname prefixes dropped (POKER, UCB,"
        " Pursuit, Beyesian UCB, Interesting, MBIE, R-max, E3, CoEX, RND, ICM, SoftAC, SoftQ, UCT, Go-Explore),"
        " the ')>by' record 116, the '# Exploration:' title 122 and 'up- per' 68 kept as written, every title found in its raw line; ids: arXiv"
        " links incl. the query URL 145 and the duplicated 1905.12127 on 184/186, Springer and Frontiers DOIs"
        " (60, 62, 90, 103, 169), none from CiteSeerX doi= query ids.",
    )


if __name__ == "__main__":
    main()
