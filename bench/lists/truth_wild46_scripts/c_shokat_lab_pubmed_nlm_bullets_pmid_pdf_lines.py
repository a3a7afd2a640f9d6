"""Wild46 truth for UCSF-CMP/shokat-lab pubs.md: the publication page of Kevan Shokat's chemical biology lab at UCSF
(kinase inhibitors and chemical genetics, KRAS G12C/G12D/G12S/G12R covalent drugs, mTOR, SARS-CoV-2 host
interactomes), generated from a PubMed download of author "Shokat K" (see the repository's commit messages) and
kept in the lab's Jekyll site.

Shape (1560 lines): YAML front matter (1-5), then 389 records, newest first (2023 back to 1987), each four lines: a
``* `` bullet holding one NLM/MEDLINE-style citation, a blank line, an indented continuation line of links, a blank
line.  The citation is ``Authors. Title. Journal. Date;Vol(Issue):Pages. doi: 10.xxx. Epub ... .`` with authors as
``Surname Initials`` (``Moss FR 3rd``, ``van 't Veer LJ``, ``..., Peters JK, et al.`` for a cut list of 100+ names,
``Muñoz DP``), the journal abbreviated without full stops (``Proc Natl Acad Sci U S A``, ``J Appl Physiol (1985)``,
``bioRxiv``) and dates in the PubMed forms (``2023 Feb 28;22(4):100522``, ``2022 Oct 5:CD-22-0381`` for an online
article, ``2021 Jun 7:2021.06.06.446826`` for a bioRxiv preprint, ``2014;548:xi-xii``); ``Online ahead of print.``,
``Preprint.`` and ``Epub`` notes follow.  Titles end with a full stop or a question mark, and hold full stops of
their own (486, 882 ``S. cerevisiae``; 430 ``Methods in Enzymology. Protein kinase inhibitors ... Preface.``), a
question mark inside (1558 ``Does ... orotidine 5'-phosphate? Kinetics of ...``), brackets (1082
``bicyclo[4.4.1]undecane``), Greek letters (``Gαs``, ``PKCβ1``) and double quotes (``Drugging the "Undruggable"
MYCN ...``).  The link line is ``([PMID n](ncbi url)) ([PDF]({{ site.baseurl }}/pdfs/n.pdf))`` and sometimes ``([SI](...))``
-- Liquid tags inside the Markdown links.  Preprint and journal versions of one study are both listed (e.g. the
SARS-CoV-2 B.1.1.7 bioRxiv record and the Nature paper).

Decisions:
- Entries (380): every bullet that cites a scholarly work (articles, reviews, perspectives, preprints, methods
  chapters, protocols).  Not entries (9): journal items that are not papers -- the "Drugging the undruggable: Ross
  Cagan interviews Kevan Shokat" interview (62); the seven notes of the Chemistry & Biology / Cell Chemical Biology
  editorial team (Kostic, Crews, Shokat, Suga, ... as the journal's editors) about the journal itself -- its
  renaming, anniversary, board and scope (302, 334, 338, 342, 438, 546, 698: news items of the journal); and the
  Methods in Enzymology volume preface (430: front matter of a book).  A topical perspective such as "A Bounty of
  New Challenging Targets in Oncology for Chemical Discovery" (166, Biochemistry) stays an entry.
- Span: the bullet's line to its link line (two lines below: the indented paragraph continues the list item).
- Title: the citation after the authors (which end at the first ``. ``; NLM author lists hold no full stops) up to
  the journal, the journal being the last segment that ends with a full stop before the PubMed date
  (``. 2023 ...``); the final full stop dropped (also after a capital letter: 446 ``... Aurora kinase A.``, 1066 ``... MHC-I.``), a
  final ``?`` kept.
- Ids: the ``doi:`` text of the citation (the helper's first DOI); no arXiv anywhere (PMIDs are not ids here).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "UCSF-CMP__shokat-lab__pubs@fda6848.md"
PART = "wild46_development"

DATE = re.compile(r"\. (?:19|20)\d\d(?=[ ;:.])")
LINKS = re.compile(r"^    \(\[PMID \d+\]\(https://www\.ncbi\.nlm\.nih\.gov/pubmed/\d+\)\)")
NOT_PAPERS = {62, 302, 334, 338, 342, 430, 438, 546, 698}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    journals: dict[str, int] = {}
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            assert n <= 5 or not ln.strip() or LINKS.match(ln), (n, ln)
            continue
        bullets += 1
        assert not lines[n].strip() and LINKS.match(lines[n + 1]), n
        if n in NOT_PAPERS:
            continue
        text = ln[2:]
        rest = text[text.index(". ") + 2 :]
        head = rest[: DATE.search(rest).start()]
        k = max(head.rfind(". "), head.rfind("? "))
        assert k > 0, (n, head)
        title, journal = head[: k + 1].removesuffix("."), head[k + 2 :]
        assert "." not in journal and len(journal) <= 40, (n, journal)
        journals[journal] = journals.get(journal, 0) + 1
        papers.append(entry(lines, n, n + 2, title))
    assert bullets == 389, bullets
    assert len(papers) == 380, len(papers)
    assert len(journals) == 130 and journals["Proc Natl Acad Sci U S A"] == 29, (len(journals), journals)
    assert not any(p["arxiv"] for p in papers)
    missing = [p["line"] for p in papers if not p["doi"]]
    assert missing == [1310], missing
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* ' NLM citation bullet (with its indented PMID/PDF link line two lines below) is one paper (380 of"
        " 389); not entries: the interview (62), seven journal-house notes of the Chem Biol / Cell Chem Biol editorial"
        " team (302, 334, 338, 342, 438, 546, 698) and a volume preface (430); title = the text after the authors' first '. ' up to the journal, i.e. the last segment"
        " ending in '. ' or '? ' before the PubMed date '. YYYY'; final '.' dropped, '?' kept; DOI from 'doi:' text.",
        "Whole file read in passes (1560 lines): the script asserts the 4-line record rhythm (bullet, blank, PMID"
        " link line, blank) for all 389 bullets, the journal segment of every record (no full stop, 130 distinct"
        " abbreviations, all looked through as a list: PNAS 29, J Biol Chem 18, Nature 17, ...), and the one DOI-less"
        " record (1310, a 2003 Cancer Res article).  Every -v title was read through for authors or journal leaking in;"
        " special cases opened: 486 and 882 ('S. cerevisiae' inside), 1558 ('?' inside the title, journal"
        " Biochemistry), 1082 (brackets), the nine left out (62, 302, 334, 338, 342, 430, 438, 546, 698; 166 kept), the cut author list with 'et al.' (the"
        " Gordon et al. Science 2020 record), 'Moss FR 3rd', bioRxiv preprints (e.g. the B.1.1.7 preprint) and"
        " 'Online ahead of print' records; 20 random records side by side with the file (seed 46: 14, 94, 170, 262,"
        " 358, 446, 518, 602, 706, 754, 830, 906, 982, 1046, 1110, 1190, 1262, 1338, 1410, 1494, 1550); first and"
        " last records (6-8, 1558-1560).",
    )


if __name__ == "__main__":
    main()
