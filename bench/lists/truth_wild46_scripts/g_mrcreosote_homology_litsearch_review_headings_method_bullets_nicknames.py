"""Wild46 truth for MrCreosote/KBaseGeneHomologyExperiments literature.md: a developer's literature-search notes on
gene-homology search methods (alignment-based and alignment-free sequence comparison; bioinformatics tools),
written while planning a JGI/KBase homology service.

Shape: ``# Literature search`` with intent and prose (1-17); ``### Alignment based homology`` (19): prose
paragraphs that mention tools inline by linked name (SANSparallel, DIAMOND, LAST, RAPSearch2 23-28, MMSeqs2 30,
AC-DIAMOND 37); ``### Alignment free homology`` (42): prose and a numbered list of selection criteria (55-61);
five review sections ``#### [Author et. al., Year](url)`` (67 Zielezinski, 125 Lu, 146 Bernard, 164 Song, 178
Luczak), each with note paragraphs, plain bullet lists of the distance measures or methods they compare
(77-110, 154-162, 171-176; no links), fenced quotations from the paper (129-139, 184-192), and under Zielezinski
three linked method bullets (118-123); ``#### Methods from reviews`` (205), ``#### Other methods`` (215),
``#### Other reviews`` (268), ``#### Other articles`` (279): bullets ``* [Method (Year)](url)`` with two-space
hard breaks and indented note lines, two nested bullets (249 'Prior paper', 251 'Follow up paper' under ALFRED),
one bullet with two bare year links (212 ``D S2, D*2 [(2009)](..), [(2010)](..)``), two bullets whose second line
spells out the method's name (217 SSAW, 220 FASTCAR); review bullets write ``[Author et. al., Year](url)`` then
a lower-case continuation.  Links: BMC/Genome Biology/AMB (DOI in URL), OUP (article paths, some ``/doi/``),
Nature article ids, Liebert and SAGE ``/doi/abs/``, Springer chapters (one percent-encoded ``%2F``), PLOS, IEEE
Xplore, ScienceDirect pii, bioRxiv ``content/early`` path, arXiv, Annual Reviews, Wikipedia.

Decisions:
- Entries (31): each paper-level record - the five review headings, and every linked bullet (a method's paper or
  a review/article): 3 under Zielezinski, 3 in 'Methods from reviews' (212 names two papers by two links: two
  entries), 16 in 'Other methods' (nested 249 and 251 included), 3 other reviews, 1 other article.
- Not entries: papers linked inline in prose paragraphs (23-40, 72-73 Google distance and a Wikipedia page) -
  running text, not records; the unlinked bullet lists of measures and methods; the numbered criteria; the
  'accompanying website' (69).
- Span: a bullet through its indented continuation lines (a nested bullet is its own entry); a review heading
  through the note paragraph directly under it (67-74, 125-127, 146-151, 164-168, 178-182) - the later
  paragraphs, lists and quotations of the section are notes, and the nested bullets are entries of their own.
- Title: the records name their papers by method names, author-year keys or lower-case descriptions ('Cis
  sequence complex DNA networks', 'kmacs with length distribution'), which are nicknames: null.  A title is
  recorded only where the file spells out a Title-Case name of the paper: the expansion lines 217 ('Sequence
  Similarity Analysis using the Stationary Discrete Wavelet Transform') and 220 ('Fast and Accurate Search Tool
  for Classification and Regression'), and the link text of 244 ('Entropic Profiles with Enhanced Suffix Arrays
  and Truncated Suffix Trees', year dropped).
- Ids: the helpers' DOI/arXiv of the entry's lines (the record's own link comes first); 212's second entry takes
  its own link's DOI.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import doi_of, entry, read_lines, write_truth

NAME = "MrCreosote__KBaseGeneHomologyExperiments__literature@2e8867e.md"
PART = "wild46_development"

HEADING = re.compile(r"^#### \[(?P<t>[^\]]+)\]\((?P<u>[^)]+)\)$")
BULLET = re.compile(r"^(?P<ind> *)\* (?P<rest>.*\]\(https?://.*)$")
EXPANSION_LINES = {217, 220}  # a Title-Case name of the paper on the line under the bullet
TITLE_LINK = {244}  # a link text that is a Title-Case paper name


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if HEADING.match(ln):
            last = n
            while lines[last].strip():
                last += 1
            papers.append(entry(lines, n, last, None))
            continue
        b = BULLET.match(ln)
        if not b:
            continue
        ind = len(b.group("ind"))
        last = n
        while last < len(lines) and lines[last].startswith(" " * (ind + 2)) and not lines[last].lstrip().startswith("* "):
            last += 1
        title = None
        if n + 1 in EXPANSION_LINES:
            title = lines[n].strip()
        elif n in TITLE_LINK:
            title = re.match(r"\* \[(.+?) \(\d{4}\)\]", ln).group(1)
        if ln.startswith("* D S2, D*2 "):
            urls = re.findall(r"\]\((\S+?)\)", ln)
            assert len(urls) == 2, urls
            papers.append(entry(lines, n, last, None))
            second = entry(lines, n, last, None)
            second["doi"] = doi_of(urls[1])
            papers.append(second)
            continue
        papers.append(entry(lines, n, last, title))
    assert [p["line"] for p in papers if p["title"]] == [216, 219, 244], [p["line"] for p in papers if p["title"]]
    assert [(p["line"], p["end"]) for p in papers if p["line"] < 200] == [
        (67, 74), (118, 119), (120, 121), (122, 123), (125, 127), (146, 151), (164, 168), (178, 182)
    ]
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each review heading '#### [Author et. al., Year](url)' (with the paragraph under it) and each linked bullet"
        " '* [Method (Year)](url)' with its indented notes is one paper (31; a bullet with two year links is two);"
        " titles are null except where the file spells out a Title-Case paper name (217, 220 expansion lines, 244"
        " link text), the rest being method names, author-year keys or descriptions; inline prose links and the"
        " unlinked lists of measures are not entries.",
        "Whole file (284 lines) read against the -v output: the five review headings with their first note"
        " paragraphs (spans asserted), Zielezinski's three method bullets 118-123, co-phylog 209 and the two-link"
        " bullet 212 (two entries, second DOI from its own link 10.1089/cmb.2010.0056), all 16 'Other methods'"
        " bullets with their note lines (nested 249/251 split from ALFRED 246-248), the 3 other reviews and the"
        " other article 280-285; the three titled records asserted (216/219 expansion lines, 244 link text);"
        " prose links 23-40 and 72-73, the unlinked measure lists and criteria left out; ids: 15 DOIs (BMC, OUP"
        " /doi/ paths with the article number dropped, Liebert, SAGE, Springer incl. the %2F one, PLOS, Annual"
        " Reviews) and arXiv 1709.01371; OUP article paths, Nature ids, IEEE, ScienceDirect and bioRxiv give none.",
    )


if __name__ == "__main__":
    main()
