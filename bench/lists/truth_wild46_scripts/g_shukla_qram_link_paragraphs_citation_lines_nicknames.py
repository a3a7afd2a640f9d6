"""Wild46 truth for shashvatshukla/awesome-quantum-ram README.md: a personal "awesome" list of papers on quantum
random access memory (QRAM), quantum computing.

Shape: ``# Awesome Quantum Random Access Memory``, an intro, ``# List``, then ``##`` sections (Reviews, overviews
and surveys 8; Theses 25; Curated Papers 33; Hardware and Physics 91; Algorithms that use QRAM 125; Talks 141;
Miscellany 149; Interesting papers in a similar theme 163; Other papers on QRAM 175).  No bullets: every record
is a paragraph that is a single Markdown link ``[Text](url)``, optionally followed by a citation paragraph
``Title. Authors. Year. Venue. N pages.`` and by description paragraphs (multi-line, with LaTeX, inline links to
a talk, a thesis, code, 'this follow up paper').  Several link texts are nicknames, the real title being in
the citation line (27 'Practicality of QRAM PhD Thesis', 35 'Original QRAM paper', 41 'Longer QRAM paper shortly
after original', 57 'Fault tolerant resource estimation of QRAM', 73 'QRAM via Quantum Walk', 81 a shortened
title).  Two blank lines at 189-190.  Links: arXiv, APS journals (DOI in the URL), IOP (DOI + ``/meta``), Nature
npj/Sci Rep article ids, IEEE Xplore, MDPI, ScienceDirect pii, Quantum journal, a Yale dissertation page.

Decisions:
- Entries: every link-paragraph record in the paper sections (47): reviews 4, theses 1 (a PhD thesis), curated 11,
  hardware 15, algorithms 6, similar theme 4, other papers 6.  Not entries: the Talks section (YouTube videos)
  and the Miscellany section (a blog post, a Nature News & Views and an APS Physics viewpoint - news items - a
  course-project write-up, an nLab wiki page); links inside description prose (55 thesis, 63 thesis and code, 67
  code, 79 'this follow up paper', 17 talk) are mentions, not records.
- Span: the link line through the record's last non-blank line before the next record or heading (citation and
  description paragraphs included).
- Title: the citation line's title when the record has one (the nickname link texts are not titles; 41's
  citation names the PRA paper although its link repeats the PRL URL of 35 - the title follows the citation, the
  id the link); else the link text.
- Ids: the helpers' arXiv/DOI of the record's lines; the link comes first, so description links never decide
  (checked: no description link carries an id before the record's own link).
"""

import re
import sys
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "shashvatshukla__awesome-quantum-ram__README@460be7d.md"
PART = "wild46_development"

LINK = re.compile(r"^\[(?P<t>[^\]]+)\]\((?P<u>[^)\s]+)\)\s*$")
CITE = re.compile(r"^(?P<t>.+?)\. [A-Z][^.]+?(?: et al)?\. (?:19|20)\d\d\. ")
SKIP = {"Talks", "Miscellany"}


def main() -> None:
    lines = read_lines(NAME)
    starts = []
    section = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("#"):
            section = ln.lstrip("# ").strip()
            starts.append((n, None))
            continue
        m = LINK.match(ln)
        if m:
            starts.append((n, section))
    starts.append((len(lines) + 1, None))
    papers = []
    cited = []
    for (n, section), (nxt, _) in pairwise(starts):
        if section is None or section in SKIP:
            continue
        last = nxt - 1
        while not lines[last - 1].strip():
            last -= 1
        title = LINK.match(lines[n - 1]).group("t")
        follow = lines[n + 1] if n + 1 < len(lines) else ""
        c = CITE.match(follow)
        if c and n + 2 <= last:
            title = c.group("t")
            cited.append(n)
        papers.append(entry(lines, n, last, title))
    assert cited == [27, 35, 41, 47, 57, 73, 81], cited
    assert len(papers) == 47, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 18, sum(1 for p in papers if p["arxiv"])
    write_truth(
        NAME,
        PART,
        papers,
        "Each paragraph that is a lone Markdown link in the paper sections is one record (47), spanning its link,"
        " citation and description paragraphs up to the next record; title = the title of the citation line"
        " 'Title. Authors. Year. ...' when there is one (the link texts there are nicknames), else the link text;"
        " the Talks and Miscellany sections (videos, blog, news pieces, a course project, a wiki page) and links in"
        " description prose are not entries.",
        "Whole file (194 lines) read against the -v output: all 47 records by section (reviews 10-23, thesis 27-31,"
        " curated 35-89, hardware 93-123, algorithms 127-139, similar theme 165-173, other 177-193), the seven"
        " citation-line titles replacing nickname link texts (27, 35, 41, 47, 57, 73, 81; asserted), spans through"
        " the descriptions (10-17 with its talk line, 47-55, 57-63, 73-79, 177-180), the double blank 189-190; Talks"
        " 143-147 and Miscellany 151-161 left out; ids: 18 arXiv (all the file's arXiv links, asserted), 17 DOIs from"
        " APS/IOP URLs; 41 carries 35's PRL DOI and 101/188 share one PRA URL, as the file links them; Nature,"
        " IEEE, MDPI, ScienceDirect and Quantum links give none.",
    )


if __name__ == "__main__":
    main()
