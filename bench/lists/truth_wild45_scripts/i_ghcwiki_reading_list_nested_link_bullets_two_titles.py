"""Wild45 truth for AriFordsham/GHCWiki ``reading-list.md``: a mirror of the GHC (Glasgow Haskell Compiler) wiki
page "The GHC reading list", an annotated bibliography for new GHC contributors (type inference, optimisation,
data parallelism and concurrency, Core, code generation, IO, the run-time system, modules, other features).

Shape (185 lines): a ``#`` title and three intro paragraphs (4-10), then ``##`` topic headings with ``- `` bullets
separated by blank lines, one record per line.  Most records are ``[Title](url)`` followed by authors and venue in
one of several orders: ``[Title](url), Authors, Venue Year.  Description`` (57, 79), ``[Title](url). Authors. VENUE
'YY. [ doi](...) Description`` (34, 46), ``[Title](url) (Authors) In ICFP '09: ...`` (109, 163), ``[Title](url)
(2016), Author.`` (28), and a few with a bare ``[Title](url) Description`` (119).  Three group bullets
("Type equalities in GHC's intermediate language: <a name=.../>" 36, "Type families:" 44, "from ghc-proposals
..." 63) carry nested ``  - `` records (38-42, 46-49, 65-71); four of the nested records (39-42) give the title in
italics, ``*Equality proofs and deferred type errors*, Authors (ICFP 2012)``, with ``[doi](...)`` and ``[ pdf]``
links after it.  Secondary links keep the wiki converter's leading space (``[ doi]``, ``[ extended pdf]``,
``[ TR]``).  One record names two papers (97: ``[Call Arity](...), Joachim Breitner, TFP, 2014, as well as
[ Formally Proving a Compiler Transformation Safe](...), Joachim Breitner, Haskell 2015``).  Descriptions link
further works without their titles (77 "Andre's [ PhD thesis]", 81 "Andy's [ PhD thesis]", 131 links back to
two listed papers).

Decisions:
- Entries (76): every record bullet whose work is a paper, thesis, technical report, draft or working note,
  specification document or chapter: journal and conference papers, Eisenberg's PhD thesis (28), the core-spec
  document "System FC, as implemented in GHC" (30), the External Core document (119), the C-- language
  specification (137), the Concurrent Haskell FFI report addendum (171), the non-moving GC design document
  (161), the Marktoberdorf lecture notes "Tackling the awkward squad" (145), the demand-analysis draft (93), the
  arity-analysis working notes (95), and the AOSA chapter "The Glasgow Haskell Compiler", which the page calls a
  paper (16).  Line 97 gives two entries on the same line.
- Not entries: the GHC Commentary wiki (14), Simon PJ's home/publications pages (18), his two books (22, 23, the
  group bullet 20 and the continuation line 24), the three group bullets (36, 44, 63), and the theses and papers
  only linked inside descriptions (77, 81, 131).
- Span: the record's line.
- Title: the first link's text, leading space trimmed (the second link's text for the second paper of 97); for
  the italic records 39-42, the italic text.
- Ids: from the record's line: ``dx.doi.org`` DOIs (the first one when a record has several links, e.g. 32, 53),
  arXiv abs links (28, 69, 70); line 97's two entries share the line's (absent) ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "AriFordsham__GHCWiki__reading-list@648ae75.md"
PART = "wild45_development"

NOT_ENTRIES = {14, 18, 20, 22, 23, 36, 44, 63}
ITALIC = {39, 40, 41, 42}
TWO_TITLES = 97
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
ITALIC_TITLE = re.compile(r"^  - \*([^*]+)\*[,.] ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for n, ln in enumerate(lines, 1):
        if not re.match(r"^ *- ", ln):
            assert not ln.strip() or ln.startswith("#") or n in (4, 7, 10, 24, 73), (n, ln)
            continue
        bullets += 1
        if n in NOT_ENTRIES:
            continue
        if n in ITALIC:
            papers.append(entry(lines, n, n, ITALIC_TITLE.match(ln).group(1)))
            continue
        m = LINK.search(ln)
        assert m and ln.index(m.group(0)) <= 4, (n, ln)  # the record opens with its title link
        papers.append(entry(lines, n, n, m.group(1).strip()))
        if n == TWO_TITLES:
            second = LINK.findall(ln)[1][0].strip()
            assert second == "Formally Proving a Compiler Transformation Safe", second
            papers.append(entry(lines, n, n, second))
    assert bullets == 83, bullets
    assert len(papers) == 76, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- ' / '  - ' record bullet naming a paper, thesis, report, draft, specification or chapter is one"
        " entry (76; line 97 names two papers, two entries), not the wiki, home pages, two books or the three group"
        " bullets; title = the first link's text, leading space trimmed (the italic text for 39-42, the second"
        " link's text for 97's second paper); ids (dx.doi.org DOIs, arXiv abs links) from the record's line.",
        "All 83 bullets read and sorted (non-entries 14, 18, 20, 22, 23, 36, 44, 63 listed in the docstring); all 76"
        " -v lines compared with the file: first and last record of every section (16, 28, 61, 65, 71, 77, 97, 101,"
        " 115, 119, 121, 125, 141, 145, 157, 161, 173, 177, 179, 183, 185), the italic records 39-42, the two-paper"
        " line 97, the records whose DOI is not the first link (32, 34, 53), the arXiv records 28, 69, 70, the"
        " documents taken as reports (30, 93, 95, 119, 137, 145, 161, 171) and the descriptions' inline thesis links"
        " (77, 81) not counted; every title found in its line.",
    )


if __name__ == "__main__":
    main()
