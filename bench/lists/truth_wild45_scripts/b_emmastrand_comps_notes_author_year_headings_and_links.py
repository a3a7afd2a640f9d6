"""Wild45 truth for emmastrand/EmmaStrand_Notebook Comprehensive-Exams/Thermal-History/Variability.md (newest commit
8cbb3a5, 2025-04-23; the file was last changed 2021-04-08, "thermal variability papers and start"): one topic page of
the notes a coral-biology PhD student (University of Rhode Island) wrote while reading for her comprehensive exams,
on how environmental history and variability shape coral stress responses.

Shape (152 lines, LF, final newline, 11 KB): ``# History matters: influence of variability`` (1) with ``## pCO2
variability`` (3) and ``## Thermal variability`` (103), then ``# History matters: influence of recurrent stress
events / pre conditioning`` (124), ``# History matters: influence of origin (general)`` (132) and ``# Environmental
memory`` (148).  Papers appear in two forms, neither giving the paper's title:
- a heading per paper read closely, written ``### Author et al Year: the reader's topic`` (5 Wall et al 2020, 23
  Wall et al 2018, 38 Rivest et al 2017, 85 Cornwall et al 2018) or ``### Castillo and Helmuth 2005`` (136), each
  followed by ``Paper link [here](url)`` and the reader's notes (paragraphs, numbered findings, a figure);
- one-line paragraphs ``[Author et al Year](url)`` (105-109, 115, 126, 128), often after the reader's one-line
  summary and a colon (``High variability reduces the risk of coral bleaching: [Safaie et al 2018](url)`` 111, 113,
  117-122, 130, 134, 146, 152) or inside parentheses (144, ``(... ([Randall et al 2014](url)``); 119 and 120 are two
  records on consecutive lines (119 ends with a Markdown hard break).
Special cases: 140 ``### Kev's Global change biology paper`` names a paper only by whose it is (a lab member's
paper), with no link or notes; it is followed by ``#### General to sort through later`` (142), a heading, not a
paper.  The Rivest section lists five studies as numbered findings with parenthesised citations ("... (Oliver and
Palumbi 2011)", 53-57), and notes everywhere cite papers in running text ("see Palmer papers", "Wall et al",
"Dixon et al"); these are the reader's notes on the paper of the section, not records.  Links: bioRxiv full-text
PDF (7), NSF PAR (25), Springer article and content/pdf links (40, 119, 138, 146, 152), Royal Society ``doi/pdf`` and
``doi/full`` (87, 113, 115, 130), Wiley ``doi/pdf`` / ``doi/pdfdirect`` with ``casa_token`` queries (120, 122, 144),
Nature article pages (105, 111 with ``%20`` in place of hyphens, 117 with ``/briefing/signup/``), PNAS and JEB PDFs,
ScienceDirect ``pii`` (134).

Decisions:
- Entry = each paper heading (5, 23, 38, 85, 136 and the link-less 140), spanning the heading through the last
  non-blank line before the next heading, and each ``[Author et al Year](url)`` paragraph (one line each): 6 + 17 =
  23 entries.  Numbered findings and in-text citations inside a section are not entries; ``#### General to sort
  through later`` is not.
- Title = None for every entry: the headings and link texts give only authors and year (plus the reader's own
  topic words after the colon), and the summaries before the links are the reader's findings, not titles.
- Ids from the entry's lines: DOIs from Springer, Royal Society, Wiley and ESA URLs (query strings and ``.pdf``
  dropped); bioRxiv PDF, NSF PAR, Nature article ids, PNAS/JEB PDFs and ScienceDirect pii give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "emmastrand__EmmaStrand_Notebook__Comprehensive-Exams__Thermal-History__Variability@8cbb3a5.md"
PART = "wild45_development"

PAPER_HEADING = re.compile(r"^### (?:[A-Z][a-z]+ et al \d{4}: .+|Castillo and Helmuth 2005|Kev's Global change biology paper)$")
LINK_RECORD = re.compile(r"\[[A-Z][A-Za-z]+(?: et al| and [A-Za-z ]+)? \d{4}\]\(https?://[^)]+\)")
HEADING = re.compile(r"^#{1,6} ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    headings = []
    for n, text in enumerate(lines, 1):
        if PAPER_HEADING.match(text):
            last = n
            k = n
            while k < len(lines) and not HEADING.match(lines[k]):
                k += 1
                if lines[k - 1].strip():
                    last = k
            headings.append(n)
            papers.append(entry(lines, n, last, None))
        elif not text.startswith("#") and LINK_RECORD.search(text):
            assert len(LINK_RECORD.findall(text)) == 1, (n, text)
            papers.append(entry(lines, n, n, None))
    assert headings == [5, 23, 38, 85, 136, 140], headings
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '### Author et al Year: topic' paper heading (5, 23, 38, 85, 136, and the link-less 140 'Kev's Global"
        " change biology paper') spanning its notes, and each '[Author et al Year](url)' paragraph line, is an entry"
        " (23); all titles None (only authors/year given); in-text citations and numbered findings inside a section are"
        " notes, not entries.",
        "Whole file read (152 lines) against the -v output: the six paper headings with their spans (5-21, 23-36,"
        " 38-83, 85-101, 136-138, 140), the 17 link paragraphs 105-152 including the two consecutive records 119/120"
        " and the parenthesised link 144, the numbered findings 53-57 and in-text citations left as notes, the"
        " '#### General to sort through later' heading not taken, all titles None, DOIs from Springer/Royal"
        " Society/Wiley/ESA URLs with casa_token queries and .pdf dropped, none for bioRxiv/NSF PAR/Nature/PNAS/JEB"
        "/ScienceDirect links.",
    )


if __name__ == "__main__":
    main()
