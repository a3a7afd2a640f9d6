"""Wild46 truth for EBI-Metagenomics/assembly-analysis-pipeline CITATIONS.md: the citations file of a
metagenomics assembly-analysis pipeline (Nextflow, nf-core template), one citation per bioinformatics tool.

Shape: ``# ...: Citations``; three ``## [Tool](url)`` headings (MGnify, nf-core, Nextflow, 3-13), each followed by
a blank line and a one-line blockquote citation ``> ...``; then ``## Pipeline tools`` (15) and ``## Software
packaging/containerisation tools`` (89), each a run of bullets ``- [Tool](url)``, a blank line and an indented
blockquote citation ``  > ...`` (no blank line at the end of the file).  Citation styles: most are Vancouver as
exported by a reference manager (``Authors. Title. Vol. N, Journal. Publisher; Year. p. pages. Available from:
http://dx.doi.org/...``, some with the year clipped to ``202p.``/``201.``, two with an inserted ``Pearson WR,
editor.``/``Zou Q, editor.``, MGnify with ``[Internet]`` after the title, SanntiS a preprint ``Cold Spring Harbor
Laboratory; 2023``); the nf-core template's PubMed style (``Authors. Title. Nat Biotechnol. 2020 Mar;38(3):...
doi: ... PubMed PMID: ...``) for nf-core, Nextflow, Bioconda, BioContainers, Singularity; APA for Docker
(``Merkel, D. (2014). Title. Linux Journal, ...``); IEEE with a quoted title for GenomeTools (87); a software
citation for Anaconda (93, ``Anaconda Software Distribution. Computer software. Vers. ... Web.``).  The tool
links are doi.org (pipeline tools), PubMed, or home pages.

Decisions:
- Entries: every tool record whose citation is a paper (25): the 3 headings, the 18 pipeline-tool bullets, and
  Bioconda, BioContainers, Docker (a Linux Journal article, with an ACM DOI) and Singularity.  Anaconda's
  citation is a software distribution, not a paper: not an entry.  'Combined Gene Caller' (25-27) cites the
  MGnify paper again and 'tabix' (65-67) cites the SAMtools paper: each record is its own entry.
- Span: the heading or bullet line through its blockquote line (3 lines).
- Title: the citation's title: Vancouver/PubMed - after the author list (ending in initials, 'et al.' or 'Bioconda
  Team') up to the period before the 'Vol.' / editor / journal-and-year / publisher-and-year part; the medium tag
  '[Internet]' (5) is not part of the title; APA - after '(Year). ' up to '. Journal'; IEEE - the quoted text.
  The tool name in the link is not the title.
- Ids: the helpers' DOI of the record's lines: the bullet's doi.org link, else the citation's DOI (PubMed links
  give none).  No arXiv.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "EBI-Metagenomics__assembly-analysis-pipeline__CITATIONS@193cf9b.md"
PART = "wild46_development"

HEAD = re.compile(r"^(?:## |- )\[(?P<tool>[^\]]+)\]\([^)]+\)$")
AUTHORS = re.compile(r"^(?P<a>.+?(?:et al|\b[A-Z]{1,3}|Bioconda Team))\. ")
AFTER_TITLE = re.compile(
    r"^(?:Vol\. \d|[^.]+, editor\. |[A-Z][A-Za-z ]*\. \d{4} |[A-Z][^.;]*; \d{4}\.)"
)
NOT_PAPERS = {"Anaconda"}


def title_of(cite: str) -> str:
    apa = re.match(r"^[^()]+\(\d{4}\)\. (?P<t>.+?)\. [A-Z][a-z]+ Journal, ", cite)
    if apa:
        return apa.group("t")
    ieee = re.match(r'^[^"]+\. "(?P<t>[^"]+)" in ', cite)
    if ieee:
        return ieee.group("t")
    a = AUTHORS.match(cite)
    assert a, cite
    rest = cite[a.end():]
    for m in re.finditer(r"\. ", rest):
        if AFTER_TITLE.match(rest[m.end():]):
            return rest[: m.start()].removesuffix(" [Internet]")
    raise AssertionError(cite)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    tools = []
    for n, ln in enumerate(lines, 1):
        m = HEAD.match(ln)
        if not m:
            continue
        tool = m.group("tool")
        assert lines[n] == "", (n, lines[n])
        cite_line = lines[n + 1]
        assert re.match(r"^ {0,2}> ", cite_line), (n + 2, cite_line)
        tools.append(tool)
        if tool in NOT_PAPERS:
            continue
        papers.append(entry(lines, n, n + 2, title_of(cite_line.lstrip(" >"))))
    assert len(tools) == 26, tools
    assert len(papers) == 25, len(papers)
    assert sum(1 for p in papers if p["doi"]) == 25
    write_truth(
        NAME,
        PART,
        papers,
        "Each tool record ('## [Tool](url)' heading or '- [Tool](url)' bullet with its blockquote citation) whose"
        " citation is a paper is one entry (25 of 26; Anaconda's software citation is not), spanning the heading/"
        "bullet through the citation line; title = the citation's title (Vancouver/PubMed: after the authors up to"
        " the volume/journal/publisher part, '[Internet]' dropped; APA and IEEE-quoted forms handled).",
        "Whole file (109 lines) read against the -v output: all 26 records (3 headings, 18 pipeline tools, 5"
        " packaging tools; counts asserted), each title compared with its citation (Vancouver with clipped years"
        " 31/75, editors 75/83, '[Internet]' 5, preprint 55; PubMed style 9/13/97/101/109; APA 105; IEEE 87),"
        " Anaconda's software citation 93 left out, the repeated MGnify paper (5, 27) kept twice; 25 DOIs"
        " (asserted), the PubMed links give none.",
    )


if __name__ == "__main__":
    main()
